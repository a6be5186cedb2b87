"""The article bounds: the sentence split is skipped only where no sentence could break a bound."""

from __future__ import annotations

from transforms.limits import ArticleLimits, over_limit


def test_a_body_that_no_sentence_of_could_break_a_bound_passes() -> None:
    limits = ArticleLimits(max_sentence_chars=60, max_numbers_per_sentence=3)
    assert over_limit("Up 1, 2 and 3 pct.", limits) is None  # as many numbers as a sentence may hold


def test_the_sentence_bounds_are_still_checked_when_the_body_could_break_them() -> None:
    limits = ArticleLimits(max_sentence_chars=60, max_numbers_per_sentence=3)
    spread = "Sales rose 1 and 2 pct. Costs fell 3 and 4 pct."  # four numbers, two to a sentence
    assert over_limit(spread, limits) is None
    dense = "Sales rose 1, 2, 3 and 4 pct. Costs fell."
    reason = over_limit(dense, limits)
    assert reason is not None and reason.startswith("sentence 1 holds 4 numbers")
    long_second = "Short one. " + "A sentence that goes on and on without a full stop " * 2 + "ends."
    reason = over_limit(long_second, limits)
    assert reason is not None and reason.startswith("sentence 2 is ")
