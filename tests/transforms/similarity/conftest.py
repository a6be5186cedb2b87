"""Small wire-story fixtures: one story, its copies and update, and a different story."""

from __future__ import annotations

import pytest

STORY = (
    "Islamic State fighters control about 70 percent of the town of Kobani, a monitoring group said "
    "on Tuesday, as Kurdish defenders held out in the west of the town near the Turkish border.\n\n"
    "The Syrian Observatory for Human Rights said at least 19 fighters were killed overnight in clashes "
    "around the cultural centre. Coalition aircraft carried out five strikes on positions east of the "
    "town, the group said.\n\n"
    "Turkish tanks stood on a hill overlooking the town but did not intervene, witnesses said."
)
RESEND = (
    "ADVERTISEMENT\n\n" + STORY.replace("percent", "per cent").replace("\n\n", "\n") + "\n\n"
    "Copyright 2014 AFP. All rights reserved. Read more world news on example-portal.com."
)
UPDATE = (
    STORY.replace("70 percent", "60 percent")
    + "\n\nA Kurdish official said reinforcements had arrived from Iraq overnight and that the "
    "defenders had retaken two streets in the south of the town after hours of fighting."
)
OTHER = (
    "Kurdish fighters pushed Islamic State militants back from two districts in the south of Kobani on "
    "Wednesday, a Kurdish official said, after a night of heavy coalition air strikes on the town.\n\n"
    "The Syrian Observatory for Human Rights said at least 30 militants were killed, and that the "
    "jihadists still held the eastern half of the town near the Turkish border.\n\n"
    "Turkey has refused to let Kurdish volunteers cross the frontier to join the defenders."
)


@pytest.fixture
def stories() -> list[str]:
    """Story, its re-send by a portal, its update, and an unrelated story on the same topic."""
    return [STORY, RESEND, UPDATE, OTHER]
