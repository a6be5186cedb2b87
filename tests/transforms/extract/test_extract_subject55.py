"""Subjects of counts whose noun comes after adjectives, participles and names, and heads that
are no scale word or Latin plural.

Every sentence here is written for the test, none is a dev-set item, so each rule is
checked on text it was not tuned on.
"""

from __future__ import annotations

import pytest
from extract_helpers import one


# A count's noun is plural: an "-ing"/"-ed" word or a name between the number and that plural
# modifies it, and the phrase runs on to it instead of ending on the adjective before.
@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("Three small fishing firms signed the accord on Monday.", "Three", "firm"),
        ("The levy hits 12 large exporting nations, officials said.", "12", "nation"),
        ("The group will close four old bottling plants in the north.", "four", "plant"),
        ("Talks among the seven leading industrialised democracies ended.", "seven", "democracy"),
        ("Two former Swiss currency dealers have been charged.", "Two", "dealer"),
        ("Rebels opened two widely separated fronts last week.", "two", "front"),
    ],
)
def test_count_runs_on_to_its_plural_noun(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head


# A long phrase of a count runs past four words to the plural it needs, when the plural ends it.
def test_long_count_phrase_reaches_its_plural() -> None:
    text = "The six leading East German economic research institutes disagreed."
    assert one(text, "six").subject_head == "institute"


# A capitalised direction inside a name that modifies a noun is no trailing direction.
def test_direction_opening_a_name_is_kept() -> None:
    text = "The two big West German banks raised rates."
    assert one(text, "two").subject == "big West German banks"


# A verb in "-s" after a singular noun is no plural noun to run on to.
def test_verb_in_s_is_no_plural() -> None:
    text = "It kept 40 pct of its home market share, which looks likely to shrink."
    assert one(text, "40 pct").subject_head == "share"


# A plural count noun already read ends the phrase: the "-ing" word after it is a verb.
def test_participle_after_plural_still_ends() -> None:
    text = "About 1,000 workers seeking higher pay marched on Friday."
    assert one(text, "1,000").subject_head == "worker"


# Latin plurals in -a take their singular head.
def test_latin_plural_head() -> None:
    text = "The ministry is talking to three consortia about the order."
    assert one(text, "three").subject_head == "consortium"


# A scale word never heads a subject ("three billion by the private sector").
def test_scale_word_is_no_head() -> None:
    text = "The other 12 billion consists of eight billion owed by the state and four billion by banks."
    assert one(text, "four billion").subject_head is None


# "consist(s) of" is a verb, so the subject is the phrase before it.
def test_consist_is_a_verb() -> None:
    text = "Fees consist of 3/4 pct for management and 1-1/2 pct for selling."
    assert one(text, "3/4 pct").subject_head == "fee"


# "N others" counts more of what the count before it counted.
@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("The blast killed two guards and injured 14 others, police said.", "14", "guard"),
        ("The bank will shut nine branches and sell three others.", "three", "branch"),
    ],
)
def test_others_count_the_noun_before(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head


# A hyphened count counts the noun glued to it ("a three-member panel" counts members), unless
# that word is an adjective, a participle, a number or an idiom.
@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("The five-member board met on Friday.", "five", "member"),
        ("They rented a three-bedroom house near the port.", "three", "bedroom"),
        ("The 40-page report was published today.", "40", "page"),
    ],
)
def test_hyphened_count_counts_its_noun(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("This two-pronged plan drew little response.", "two"),
        ("The council won by a two-one margin.", "two"),
    ],
)
def test_hyphened_adjective_is_not_counted(text: str, surface: str) -> None:
    fact = one(text, surface)
    assert fact.subject_head not in ("prong", "pronged", "one")
