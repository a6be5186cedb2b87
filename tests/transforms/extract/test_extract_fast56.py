"""fast56: what a sentence's facts share is read once for all of them, with the same answers.

The sentence's fallback place (its first place, else the dateline) and its told-to stems are
now read once per sentence; these pin the answers each fact of such a sentence gets.
"""

from __future__ import annotations

from extract_helpers import one


def test_every_fact_of_a_sentence_takes_its_place() -> None:
    text = "Floods killed 12 people and injured 40 others in Bangladesh on Monday."
    assert one(text, "12").place == "Bangladesh"
    assert one(text, "40").place == "Bangladesh"


def test_a_sentence_with_no_place_falls_back_on_the_dateline_for_each_fact() -> None:
    text = "Exports rose 4% to $2.1 billion, while imports fell 3%."
    assert one(text, "4%", dateline="TOKYO").place == "Tokyo"
    assert one(text, "3%", dateline="TOKYO").place == "Tokyo"


def test_the_definite_one_told_to_act() -> None:
    assert one("A jury ordered the company to pay $2.1 billion in damages.", "$2.1").about == "company"


def test_the_name_told_to_act() -> None:
    text = "The court ordered Skyline Infraheights to refund Rs 1.2 crore to the buyers."
    assert one(text, "1.2 crore").about == "Skyline Infraheights"
