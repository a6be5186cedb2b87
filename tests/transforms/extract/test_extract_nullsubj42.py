"""Figures left without a subject although the sentence names what they measure: a phrasal verb of
takings ("took in"), a verb of a figure reached or counted right before it ("have passed", "surpassed",
"numbered"), "cost" with its payer between it and the sum, and the later columns of a table row."""

import pytest
from extract_helpers import one


@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("The film took in $84 million in its opening weekend.", "$84 million", "film"),
        ("Dengue infections in Brazil have passed 4 million this year.", "4 million", "infection"),
        ("Cholera cases in Yemen have surpassed 2 million.", "2 million", "case"),
        ("Visitors to the park numbered 4.2 million last year.", "4.2 million", "visitor"),
        ("The strike cost the carmaker 1.5 billion dollars in lost output.", "1.5 billion", "strike"),
        ("The 2022 World Cup cost Qatar an estimated 220 billion dollars.", "220 billion", "cup"),
        ("The bridge is expected to cost the state 2 billion dollars.", "2 billion", "bridge"),
        ("Debt servicing cost Burma 1.62 billion kyats in 1985-1986.", "1.62 billion", "servicing"),
    ],
)
def test_subject_named_by_the_clause(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # "passed" without "has"/"have": a participle, and the time span measures nothing
        (
            "House leaders have rejected a plan to add a provision to curb imports of cloth, similar to a "
            "measure passed two years ago but vetoed by President Reagan.",
            "two years",
        ),
        # a duration keeps no subject
        ("He served 20 years in prison.", "20 years"),
    ],
)
def test_no_subject_from_these_rules(text: str, surface: str) -> None:
    assert one(text, surface).subject_head is None


def test_later_columns_of_a_row_take_its_label() -> None:
    text = "U.S. SOYBEAN SUPPLY\n\nProduction 0.35 0.35 0.39 0.39"
    assert one(text, "0.39").subject == "Production"


def test_row_without_an_accepted_label_stays_empty() -> None:
    text = "GRAIN TABLE\n\nWheat nil nil 0.1 0.3 10.5 479.7"
    assert one(text, "479.7").subject != "Wheat nil nil"


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("The company will sell 75 mln dlrs of 10 pct debentures due 2007.", "75 mln dlrs", "debentures"),
        ("The bank bought 50 billion yen of 10-year government bonds.", "50 billion yen", "government bonds"),
        ("It filed to cover up to 600 mln dlrs of such notes.", "600 mln dlrs", "notes"),
    ],
)
def test_sum_of_securities_past_coupon_or_tenor(text: str, surface: str, subject: str) -> None:
    assert one(text, surface).subject == subject


@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("The last six of 20 fighters ordered in 1983 were held back.", "six", "fighter"),
        ("Echo Bay said it encountered gold in 39 of 42 drill holes at Cove.", "39", "hole"),
    ],
)
def test_part_of_a_counted_whole(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head


def test_part_of_a_scaled_sum_takes_no_scale_word() -> None:
    text = "He said 35 billion of 61 billion schillings owed by firms had no guarantee."
    assert one(text, "35 billion").subject != "billion schillings"
