"""Choices of ``about``: a company that reports its own results, a headline word the body writes in
lower case, a currency's mark, a court where a case was heard, a place or a country's adjective
leading a clause's subject, and clauses opened by a comma or "with" a name of their own.

Every sentence here is written for the test, none is a dev-set item, so each rule is
checked on text it was not tuned on.
"""

from __future__ import annotations

import pytest
from extract_helpers import one

from transforms.extract import entities, extract


# A name whose verb takes its results as the object reports its own figures: it is what they are
# about, not a source that only reports them.
@pytest.mark.parametrize(
    ("text", "surface", "about"),
    [
        ("Harbour Mills reported third-quarter earnings of 42 cents a share.", "42 cents", "Harbour Mills"),
        ("Kestrel Foods posted a quarterly loss of $3.4 million.", "$3.4 million", "Kestrel Foods"),
        ("Nordlys Energi announced annual revenue of 8.1 billion crowns.", "8.1 billion", "Nordlys Energi"),
    ],
)
def test_company_reporting_its_own_results(text: str, surface: str, about: str) -> None:
    assert one(text, surface).about == about


# Lookalike: a body that only reports someone else's figures stays a source.
def test_reporting_body_stays_a_source() -> None:
    text = "The Commerce Department reported retail sales of $712 billion in March."
    assert entities.names_in(text)[0].is_source


# A one-word place the headline capitalises but the body writes only in lower case is a common
# noun ("Man" is also the Isle of Man): no place of the story.
def test_headline_common_noun_is_no_place() -> None:
    text = "A 31-year-old man was fined $900 for speeding."
    assert one(text, "$900", headline="Man fined for speeding").about is None


def test_headline_place_named_in_the_body_stays() -> None:
    text = "Exports rose 4% in March, and Jersey's banks grew too."
    assert one(text, "4%", headline="Jersey exports rise").about == "Jersey"


# "NZ$", "HK$", "C$" are a currency's mark glued to the number, not a name.
def test_currency_mark_is_no_name() -> None:
    text = "A woman was jailed for two years after she stole HK$40,000 from a shop."
    assert all(fact.about is None for fact in extract(text))


# A court where a case was heard is a setting, not what the fine or sentence is about.
@pytest.mark.parametrize(
    "text",
    [
        "A building firm was fined £95,000 at Leeds Crown Court after a wall collapsed.",
        "A pharmacist was ordered to pay $12,000 in the Wellington District Court on Monday.",
    ],
)
def test_court_venue_is_not_about(text: str) -> None:
    assert extract(text)[0].about is None


# Lookalike: a court that acts is the clause's subject.
def test_court_that_acts_is_about() -> None:
    text = "The Supreme Court ruled 6-3 that the firm must pay $40 million."
    assert one(text, "$40 million").about == "Supreme Court"


# A place right before the subject of a clause of its own is that clause's entity.
def test_place_leading_a_while_clause() -> None:
    text = "Midwest farmers planted 3% more corn, while Brazil soybean exports fell by 1.1 million tonnes."
    assert one(text, "1.1 million tonnes").about == "Brazil"


# A definite subject led by a country's adjective is itself the thing: a currency, a bond.
@pytest.mark.parametrize(
    ("text", "surface", "about"),
    [
        (
            "The Norwegian crown weakened to 11.80 per euro after the central bank held its rate.",
            "11.80",
            "Norwegian crown",
        ),
        (
            "Stocks rose 1%, while the 10-year German government bond yield fell 4 basis points.",
            "4 basis points",
            "German government bond",
        ),
        (
            "The Australian dollar rose to 66.4 US cents after the Reserve Bank of Australia spoke.",
            "66.4",
            "Australian dollar",
        ),
    ],
)
def test_demonym_led_subject(text: str, surface: str, about: str) -> None:
    assert one(text, surface).about == about


# Lookalike: a country's adjective before a named body leaves the body as the entity.
def test_demonym_before_a_named_body() -> None:
    text = "The German Bundesbank sold 2 billion marks of bonds."
    assert one(text, "2 billion marks").about == "German Bundesbank"


# Market moves joined by commas each take their own index; "with X -ing" opens X's own clause.
def test_comma_joined_market_moves() -> None:
    text = "The FTSE 100 rose 0.4%, the DAX slipped 0.2% and the CAC 40 added 31 points."
    assert one(text, "0.4%").about == "FTSE 100"
    assert one(text, "0.2%").about == "DAX"
    assert one(text, "31").about == "CAC 40"


def test_with_a_name_doing_something() -> None:
    text = "Kenya sold $1.5 billion of bonds, with Citigroup arranging $600 million of the issue."
    assert one(text, "$1.5 billion").about == "Kenya"
    assert one(text, "$600 million").about == "Citigroup"


# "-ish" adjectives of places named "-land"/"-and": "Polish", "Scottish".
@pytest.mark.parametrize(("word", "expected"), [("Polish", True), ("Scottish", True), ("Parish", False)])
def test_ish_demonyms(word: str, expected: bool) -> None:
    assert entities.demonym(word) is expected


# A poll's own numbers (its sample, its margin of error) are the pollster's; the share it gives a
# party stays the party's.
def test_poll_sample_and_margin_are_the_pollsters() -> None:
    text = (
        "The Green Party leads with 41% in an Ipsos poll of 1,120 adults, with a margin of error of 3 points."
    )
    assert one(text, "41%").about == "Green Party"
    assert one(text, "1,120").about == "Ipsos"
    assert one(text, "3 points").about == "Ipsos"


# An age and a description after a person's name are one apposition: the person is still the
# subject, not the company named inside the description.
def test_age_and_description_apposition() -> None:
    text = "Dana Whitfield, 52, the founder of fintech lender Corvane, was ordered to repay $8 million."
    assert one(text, "$8 million").about == "Dana Whitfield"


def test_single_description_apposition_unchanged() -> None:
    text = "Corvane, a fintech lender, raised $80 million from investors."
    assert one(text, "$80 million").about == "Corvane"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The Canadian consumer price index rose 0.4 pct in February, the agency said.", "0.4 pct"),
        ("The Dutch current account surplus widened to 12 billion guilders.", "12 billion guilders"),
    ],
)
def test_country_led_measure_is_no_entity_of_its_own(text: str, surface: str) -> None:
    # a measured noun led by a country's adjective is the country's, not a "Canadian consumer"
    about = one(text, surface, dateline="Ottawa").about
    assert about is None or about.split()[0] not in ("Canadian", "Dutch")
