"""Story-aware choices of ``about`` among a sentence's candidates.

Every sentence here is written for the test, none is a dev-set item, so each rule is
checked on text it was not tuned on.
"""

from __future__ import annotations

import pytest
from extract_helpers import one


# A country whose name ends in "-ly" opens its sentence as a name, not as an adverb ("Normally").
def test_country_in_ly_opening_the_sentence_is_a_name() -> None:
    text = "Italy exported 41,000 tonnes of olive oil in March, the farm ministry said."
    assert one(text, "41,000 tonnes").about == "Italy"


# A body cited after the figures (", X said") is the source; a place the sentence names
# comes first, also for a later clause that names nothing else.
@pytest.mark.parametrize(
    ("text", "surface", "about"),
    [
        (
            "Rents in Lisbon rose 4.2% in May, property portal firm Casaview said.",
            "4.2%",
            "Lisbon",
        ),
        (
            "Factories in Ohio cut 9,000 jobs in May, and the jobless rate rose to 5.2%, "
            "the Labor Department said.",
            "5.2%",
            "Ohio",
        ),
    ],
)
def test_cited_body_yields_to_the_sentence_place(text: str, surface: str, about: str) -> None:
    assert one(text, surface).about == about


# A clause that names nothing takes the body cited for the whole sentence.
def test_unnamed_clause_takes_the_cited_body() -> None:
    text = (
        "Used car sales fell 6.1% in April, while the average price slipped to $24,300, "
        "the Vehicle Dealers Association said."
    )
    assert one(text, "6.1%").about == "Vehicle Dealers Association"
