"""Subjects (probe round subject28): figures whose noun is not next to them."""

from extract_helpers import one


def test_gapped_conjunct_with_bare_figure() -> None:
    text = "Retail sales rose 0.4% and factory orders 1.1% in March."
    assert one(text, "0.4%").subject_head == "sales"
    assert one(text, "1.1%").subject_head == "order"


def test_gapped_list_of_prices() -> None:
    text = "Apples cost 30p, pears 45p and plums 60p."
    assert one(text, "30p").subject_head == "apple"
    assert one(text, "45p").subject_head == "pear"
    assert one(text, "60p").subject_head == "plum"


def test_gapped_conjunct_needs_a_figure_verb_first() -> None:
    # no verb taking a bare figure before: the conjunct is no gapped clause
    fact = one("Shares of the bank, worth 5%, and bonds 3% were sold.", "3%")
    assert fact.subject_head != "bond" or fact.subject_head is None


def test_thing_produced_at_a_rate_of() -> None:
    assert (
        one("The mine produces copper at a rate of 120,000 tonnes a year.", "120,000").subject_head
        == "copper"
    )
    assert one("The company is burning cash at a rate of $30m a month.", "$30m").subject_head == "cash"


def test_price_at_a_rate_of_keeps_rate() -> None:
    fact = one("Holders may buy marks at a rate of 1.79 marks per dollar.", "1.79 marks")
    assert fact.subject_head != "mark"


def test_sum_set_off_by_dashes_brackets_or_at() -> None:
    assert (
        one("The settlement - $725 million - is the largest of its kind.", "$725").subject_head
        == "settlement"
    )
    text = "The pension deficit ($3.1bn at the end of June) has doubled since 2020."
    assert one(text, "$3.1bn").subject_head == "deficit"
    assert one("Her lawyers said the fine, at £14m, was disproportionate.", "£14m").subject_head == "fine"


def test_comparison_with_a_level_is_no_subject() -> None:
    assert one("Rainfall in the region was 40% below average in September.", "40%").subject_head == "rainfall"


def test_adverb_before_the_verb_is_no_part_of_the_noun() -> None:
    assert one("Bitcoin briefly topped $70,000 on Tuesday.", "$70,000").subject_head == "bitcoin"
    assert one("The borrowings actually averaged 265 mln dlrs.", "265").subject_head == "borrowing"


def test_currency_paid_in_is_no_subject() -> None:
    assert one("The ransom demanded by the hackers was $4.5m in bitcoin.", "$4.5m").subject_head == "ransom"


def test_noun_in_ed_ends_the_phrase() -> None:
    text = "The average download speed in the country was 94 Mbps last year."
    assert one(text, "94 Mbps").subject_head == "speed"


def test_plural_of_ie_nouns() -> None:
    assert one("The rookies earned $1.2m apiece.", "$1.2m").subject_head == "rookie"
