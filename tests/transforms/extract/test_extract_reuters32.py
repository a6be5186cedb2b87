"""Rules of the reuters32 audit: booked gains and losses in results notes, bare sums before "this
year", and sums each held in their own noun."""

from __future__ import annotations

from extract_helpers import one


def test_includes_gain_is_the_gain() -> None:
    fact = one("NOTE: 1985 net both periods includes gain 743,000 dlrs from cancellation of debt.", "743,000")
    assert fact.subject_head == "gain"
    assert fact.change is None


def test_each_side_of_vs_books_its_own_item() -> None:
    text = "NOTE: Net excludes discontinued operations gain 451,000 dlrs vs loss 4,310,000 dlrs."
    assert one(text, "451,000").subject_head == "gain"
    assert one(text, "451,000").change is None
    assert one(text, "4,310,000").subject_head == "loss"


def test_extraordinary_losses_before_a_sum() -> None:
    assert one("Notes - Net excluded extraordinary losses 27.91 mln dlrs.", "27.91").subject_head == "loss"


def test_resulting_in_a_gain_books_it() -> None:
    fact = one("The sale resulted in a gain of about six mln dlrs.", "six mln")
    assert fact.subject_head == "gain"
    assert fact.change is None


def test_a_bare_gain_of_stays_a_change() -> None:
    fact = one("Revenues showed a gain of 5 mln dlrs from last year.", "5 mln")
    assert fact.subject_head != "gain"


def test_bare_sum_before_this_year_takes_the_currency() -> None:
    text = (
        "NTT expects its profits to fall to 328 billion yen next year from a projected 348 billion this year."
    )
    fact = one(text, "348 billion")
    assert fact.unit == "yen"
    assert fact.kind == "money"


def test_bare_sum_followed_by_a_noun_stays_a_count() -> None:
    fact = one("The company paid 40 mln dlrs for 2.5 mln shares this year.", "2.5 mln")
    assert fact.unit is None


def test_sums_in_their_own_nouns() -> None:
    text = (
        "The network would link 31 banks having 13.5 billion dlrs in assets and 7.5 billion dlrs in deposits."
    )
    assert one(text, "13.5 billion").subject_head == "asset"
    assert one(text, "7.5 billion").subject_head == "deposit"


def test_sum_in_a_period_keeps_the_subject() -> None:
    text = "NOTE: Net includes tax credits of 30,400 dlrs in quarter and 58,000 dlrs in year."
    assert one(text, "58,000").subject_head == "credit"


def test_change_apposed_to_a_figure_is_its_change() -> None:
    text = "Rhodes Inc said its February sales were 16,775,000 dlrs, a 12.2 pct increase over February 1986."
    assert one(text, "12.2 pct").subject_head == "sales"


def test_an_increase_of_after_a_figure() -> None:
    text = "Daily equity turnover was 1.55 billion stg after 1.33 billion in January, an increase of 17 pct."
    assert one(text, "17 pct").subject_head == "turnover"
