"""General fallbacks and kind fixes added in extractor rules13.

Every sentence here is written for the test, none is a dev-set item, so each rule is
checked on text it was not tuned on.
"""

from __future__ import annotations

import pytest
from extract_helpers import one


# Kind 1: an unscaled sum a traded currency or commodity stands at is its quote (a price), whatever
# the verb before it; a sum listed after such a quote is a quote of the same thing.
@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("The dollar rose as high as 152.40 yen in Asian trading on Tuesday.", "152.40 yen", "dollar"),
        (
            "Sterling peaked at a high of 1.2850 dlrs early, before settling to a steady 1.2790 dlrs.",
            "1.2850 dlrs",
            "sterling",
        ),
        (
            "Sterling peaked at a high of 1.2850 dlrs early, before settling to a steady 1.2790 dlrs.",
            "1.2790 dlrs",
            "sterling",
        ),
    ],
)
def test_a_traded_currency_or_commodity_at_a_sum_is_quoted(text: str, surface: str, head: str) -> None:
    fact = one(text, surface)
    assert (fact.kind, fact.subject_head) == ("price", head)


# Fallback 2: a figure restated after another, without the comma wire copy often drops ("a loss of
# 4.2 mln dlrs or 31 cts a share"), or as the change of it (", off 3.4 pct from ..."), measures what
# the first figure measures.
@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("The brewer reported net profit of 8.4 mln dlrs or 61 cts a share.", "61 cts", "profit"),
        ("The 1986 results include a tax charge of 2.2 mln dlrs or 14 cts a share.", "14 cts", "charge"),
        (
            "Diesel demand averaged 3.12 mln bpd, off 3.4 pct from 3.23 mln a year earlier, the agency said.",
            "3.4 pct",
            "demand",
        ),
    ],
)
def test_a_restated_figure_measures_what_the_first_does(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head


# Fallback 3: a period closed on a date between a noun and its verb ("sales for the five weeks ended
# April 4 rose") is a prepositional tail; the date's day is no subject.
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Brightway said sales for the four weeks ended March 28 rose 9 pct to 212 mln dlrs.", "9 pct"),
        ("Brightway said sales for the four weeks ended March 28 rose 9 pct to 212 mln dlrs.", "212 mln"),
        ("Its sales for the five weeks ended May Two were up 4 pct to 88 mln dlrs.", "88 mln"),
    ],
)
def test_a_period_ended_on_a_date_is_skipped(text: str, surface: str) -> None:
    assert one(text, surface).subject_head == "sales"


# Fallback 4: a price with no subject of its own prices the noun its participle "priced" modifies.
@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("The trust said it will sell 3.2 mln units priced at 15 dlrs a unit.", "15 dlrs", "unit"),
        ("It placed 12-month bills priced at 96.20 pct with local banks.", "96.20 pct", "bill"),
        ("Each warrant, priced at 52.50 dlrs, gives the right to buy one share.", "52.50 dlrs", "warrant"),
    ],
)
def test_a_price_prices_the_noun_its_participle_modifies(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head


# Kind 2: a share listed after a named rate in its sentence, with no subject of its own, is that rate.
def test_a_share_listed_after_a_named_rate_is_that_rate() -> None:
    fact = one(
        "Inflation is forecast to be 3.5 pct at the end of the year, he said, adding it may exceed "
        "4.1 pct by the autumn before easing to 3.6 pct.",
        "3.6 pct",
    )
    assert (fact.kind, fact.subject_head) == ("rate", "inflation")


# Kind 3: ages behind a relative or an adverb, of a person named by title, or written in years of age.
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The actress, who is 67, said the film would be her last.", "67"),
        ("Ms Okafor, now 52, joined the lender in 2001.", "52"),
        ("The chairman, 74, will hand over to his deputy in June.", "74"),
        ("Its pilots have an average age of 46.5 years, the union said.", "46.5 years"),
    ],
)
def test_an_age_is_read_past_who_is_now_and_titles(text: str, surface: str) -> None:
    assert one(text, surface).kind == "age"


# Unit: after a sum in millions written with a currency sign, a glued "m" that modifies no noun is
# millions of that currency, not metres.
@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("United paid £38m for the midfielder, up from the 25m it bid in January.", "25m", "pound sterling"),
        ("The insurer made a loss of €95m, compared with a profit of 60m a year earlier.", "60m", "euro"),
    ],
)
def test_a_glued_m_after_a_signed_sum_is_millions(text: str, surface: str, unit: str) -> None:
    fact = one(text, surface)
    assert (fact.unit, fact.kind, fact.value) == (unit, "money", 1e6 * float(surface[:-1]))


# Fallback 5: a duration after "NOUN lasting/spanning" is the noun's, and a distance "away" right
# after a noun phrase is how far that thing is.
@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("Researchers tracked a moon with an orbit lasting just 19 days.", "19 days", "orbit"),
        ("Both sides agreed a ceasefire spanning 60 days from Monday.", "60 days", "ceasefire"),
        ("The telescope imaged a young star 450 light years away last month.", "450 light years", "star"),
    ],
)
def test_a_postmodifying_duration_or_distance_measures_its_noun(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head
