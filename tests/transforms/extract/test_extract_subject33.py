"""subject33: a figure of a sentence opening on "It"/"They" measures what the sentence before opened on."""

from extract_helpers import one

from transforms.extract import extract


def test_they_stands_for_the_plural_opening_phrase() -> None:
    text = "German exports fell for a third month in August. They dropped 1.2% from July."
    assert one(text, "1.2%").subject_head == "export"


def test_it_stands_for_the_singular_opening_phrase() -> None:
    text = "Bitcoin rebounded on Monday. It rose 4% to $68,000 in Asian trading."
    assert one(text, "4%").subject_head == "bitcoin"
    assert one(text, "$68,000").subject_head == "bitcoin"


def test_currency_report_goes_on_with_the_currency() -> None:
    text = "The dollar moved sharply lower in New York. It closed at 145.25 yen."
    assert one(text, "145.25 yen").subject_head == "dollar"


def test_name_acting_on_an_object_is_not_the_pronoun() -> None:
    text = "Apple unveiled the iPhone 17 on Tuesday. It starts at $799 and ships next week."
    assert one(text, "$799").subject_head != "apple"


def test_plural_pronoun_needs_a_plural_phrase() -> None:
    text = "Inflation slowed in March. They said prices rose 2% in April."
    assert one(text, "2%").subject_head != "inflation"


def test_fed_noting_a_clause_is_not_the_pronoun() -> None:
    text = "The Fed noted that the dollar moved sharply lower. It closed the period down 11 pct."
    assert one(text, "11 pct").subject_head != "fed"


def test_said_then_subject_cut_by_a_relative_clause() -> None:
    text = (
        "Bouey said payments to chartered banks, which are made to banks facing liquidity problems, "
        "dropped to an average of 832.3 mln dlrs."
    )
    assert one(text, "832.3 mln dlrs").subject_head == "payment"


def test_said_then_subject_cut_by_an_apposition() -> None:
    text = "Novartis said sales of Entresto, its best-selling drug, rose 21% to $7.8 billion."
    assert one(text, "21%").subject_head == "sales"
    assert one(text, "$7.8 billion").subject_head == "sales"


def test_index_base_year_is_no_subject() -> None:
    text = "The office said the production index, base 1980, stood at 97.3 in December."
    assert one(text, "97.3").subject_head == "index"


def test_parenthetical_said_keeps_the_opening_subject() -> None:
    text = "Kuwait, they said, was pumping 1.2 mln bpd."
    assert one(text, "1.2 mln bpd").subject_head != "pumping"


def test_six_monthly_is_no_count() -> None:
    text = "The Treasury cut by 0.60 point six-monthly coupons payable on six issues."
    facts = [f.surface for f in extract(text)]
    assert "six" in facts  # the six issues
    assert facts.count("six") == 1
