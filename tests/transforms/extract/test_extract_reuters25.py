"""Reuters-night hand audit (reuters25): a parent's unit that reports, number words counting figured
things, conjunctions and adverbs that are never subjects."""

from extract_helpers import one


def test_angled_unit_that_reports_is_the_story_company() -> None:
    text = (
        "Northern Mining Corp <NMC> unit <Northern Coal Ltd>, said its net profit rose to 12.4 mln dlrs "
        "in 1986 from 9.1 mln.\nRevenue rose to 310 mln dlrs from 280 mln."
    )
    fact = one(text, "310 mln dlrs", headline="NORTHERN COAL PROFIT UP", dateline="SYDNEY")
    assert fact.about == "Northern Coal Ltd"


def test_number_word_counting_parcels_takes_no_unit() -> None:
    text = "Shipments were made in two cargoes of 40,000 tonnes each and five of 15,000 tonnes each."
    fact = one(text, "five")
    assert fact.unit is None
    assert fact.kind == "count"


def test_number_word_before_another_figure_takes_no_price_unit() -> None:
    text = "Each bond carries two call warrants at a strike of 450 dlrs and three two year put warrants."
    fact = one(text, "three")
    assert fact.unit is None


def test_figure_in_digits_still_takes_its_partner_unit() -> None:
    text = "Reserves totalled 6.1 billion dlrs in March compared with 4.2 billion one year earlier."
    fact = one(text, "4.2 billion")
    assert fact.unit == "US dollar"


def test_conjunction_is_never_the_subject() -> None:
    text = "The reference price will be cut by four pct unless the council decides otherwise."
    fact = one(text, "four pct")
    assert fact.subject_head != "unless"


def test_together_is_never_the_subject() -> None:
    fact = one("The two issues, together totalling 90 mln dlrs, will refinance bank debt.", "90 mln dlrs")
    assert fact.subject_head != "together"


def test_bring_is_never_the_subject() -> None:
    text = "The increase will bring the posted price for light crude to 18.50 dlrs a barrel."
    fact = one(text, "18.50 dlrs")
    assert fact.subject_head == "price"


def test_a_revised_change_keeps_its_verb() -> None:
    fact = one("In March, housing starts fell a revised 2.1 pct to 1,702,000 units.", "2.1 pct")
    assert fact.change == "down"


def test_range_in_words_shares_the_scale_of_its_second_end() -> None:
    fact = one("The minister said the utility is worth between two and three billion dlrs.", "billion dlrs")
    assert fact.low == 2_000_000_000
    assert fact.high == 3_000_000_000


def test_range_in_words_after_a_verb_is_one_range() -> None:
    fact = one("Analysts said the Fed will add 2.5 to three billion dlrs of reserves.", "billion dlrs")
    assert fact.low == 2_500_000_000
    assert fact.value is None
