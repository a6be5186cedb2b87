"""Subjects of results lines whose label the row table lacks: "Trading profit 1.51 billion vs 1.29"."""

from extract_helpers import one

HEAD = "WIDGETCO PLC 1986 RESULTS"


def test_unlisted_label_before_vs_is_the_subject() -> None:
    fact = one("Trading profit 41.2 mln stg vs 38.9 mln\n", "41.2 mln", headline=HEAD)
    assert fact.subject == "Trading profit"
    assert fact.subject_head == "profit"


def test_segment_label_names_both_figures() -> None:
    text = "Garden tools and hardware 12.5 mln stg vs 10.1 mln\n"
    assert one(text, "12.5 mln", headline=HEAD).subject_head == "hardware"
    assert one(text, "10.1 mln", headline=HEAD).subject == "Garden tools and hardware"


def test_label_with_a_tail_after_its_head_is_left_alone() -> None:
    fact = one("Profit after tax 7.4 mln stg vs 6.2 mln\n", "7.4 mln", headline=HEAD)
    assert fact.subject_head != "tax"


def test_prose_sentence_with_vs_is_no_row() -> None:
    text = "The company said sales were 41.2 mln stg vs 38.9 mln a year earlier.\n"
    assert one(text, "41.2 mln", headline=HEAD).subject_head != "company"
