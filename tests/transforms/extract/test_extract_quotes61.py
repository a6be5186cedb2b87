"""Two-way dealing quotes dealt "yesterday" or "here", and per-share sums paid "cash"."""

from extract_helpers import one


def test_two_way_quote_dealt_yesterday_takes_the_currency() -> None:
    fact = one("The spot riyal stood at 3.7500/05 to the dollar after 3.7506/09 yesterday.", "3.7506/09")
    assert (fact.unit, fact.kind, fact.subject) == ("riyal", "price", "spot riyal")


def test_single_quote_dealt_yesterday_takes_the_currency() -> None:
    fact = one("The dollar was fixed lower at 1.8218 marks after 1.8243 yesterday, dealers said.", "1.8243")
    assert (fact.unit, fact.kind) == ("mark", "price")


def test_quote_followed_by_a_counted_word_stays_bare() -> None:
    fact = one("The dollar was fixed at 1.8218 marks after 1.8243 tonnes of gold were sold.", "1.8243")
    assert fact.unit != "mark"


def test_share_cash_is_no_subject() -> None:
    fact = one("Acme has raised its offer to 48 dlrs a share cash.", "48 dlrs")
    assert (fact.kind, fact.subject) == ("price", None)


def test_per_share_in_cash_is_no_subject() -> None:
    fact = one("Acme said it will pay 64 dlrs per share in cash.", "64 dlrs")
    assert fact.subject_head != "cash"


def test_thing_bought_for_a_share_in_cash_stays() -> None:
    fact = one("Acme agreed to acquire Beta for 64 dlrs a share in cash.", "64 dlrs")
    assert fact.subject == "Beta"


def test_sum_in_cash_keeps_cash() -> None:
    fact = one("Acme had 12 mln dlrs in cash at the end of the year.", "12 mln dlrs")
    assert fact.subject == "cash"


def test_pronoun_quote_takes_the_currency_of_the_sentence_before() -> None:
    text = "The dollar opened at 1.8195/8205 marks. It closed at 1.8205/15 in Tokyo."
    fact = one(text, "1.8205/15")
    assert (fact.unit, fact.kind) == ("mark", "price")


def test_pronoun_quote_far_from_the_level_before_stays_bare() -> None:
    text = "The dollar opened at 1.8195/8205 marks. It closed at 145.20/30 in Tokyo."
    fact = one(text, "145.20/30")
    assert fact.unit is None
