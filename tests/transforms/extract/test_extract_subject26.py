"""Subject shapes from the subject26 probe: plural subjects before "get", "N of whom", a share
placed after ", with", comparatives, prices per buyer, and an age that stands as the noun."""

from extract_helpers import one


def test_plural_subject_before_get() -> None:
    fact = one("Broadband customers get 500 Mbps as standard.", "500 Mbps")
    assert fact.subject == "Broadband customers"
    assert fact.subject_head == "customer"


def test_count_of_whom_counts_the_antecedent() -> None:
    text = "About 90,000 pilgrims, half of whom came from abroad, attended the mass."
    assert one(text, "half").subject_head == "pilgrim"
    text = "Some 300 people were hurt, 40 of whom were children."
    assert one(text, "40").subject_head == "people"


def test_share_placed_after_with() -> None:
    text = "Monthly users rose to 88 million, with 55% in Europe."
    assert one(text, "55%").subject_head == "user"


def test_comparative_share_takes_the_clause_subject() -> None:
    assert one("Part-time staff earned 12% less than full-time colleagues.", "12%").subject_head == "staff"
    assert one("Electric vans cost 30% more than diesel models.", "30%").subject_head == "van"


def test_price_per_buyer_keeps_the_price() -> None:
    text = "Bus fares rose to £3 for adults and £1.50 for children."
    assert one(text, "£3").subject_head == "fare"
    assert one(text, "£1.50").subject_head == "fare"


def test_listed_purposes_still_read() -> None:
    text = "The fund covers €2m for cycle lanes, €1.5m for bus shelters."
    assert one(text, "€1.5m").subject_head == "shelter"


def test_age_that_stands_as_a_noun() -> None:
    fact = one("The 23-year-old scored twice on his debut.", "23-year")
    assert fact.subject == "The 23-year-old"
    assert fact.subject_head == "23-year-old"


def test_age_with_its_noun_is_unchanged() -> None:
    assert one("The 27-year-old defender has won 40 caps.", "27-year").subject_head == "defender"


def test_share_apposed_above_a_mark_compares_the_figure_before() -> None:
    text = "Box office takings reached £1.1bn, 6% below the 2019 level."
    assert one(text, "6%").subject_head == "taking"


def test_strong_apposed_counts_the_group() -> None:
    assert one("The delegation, 40-strong, arrived on Monday.", "40").subject_head == "delegation"


def test_participle_label_after_a_semicolon() -> None:
    text = "Dead: 88; missing: 140."
    assert one(text, "140").subject_head == "missing"
