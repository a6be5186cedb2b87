"""About: crypto and grain openers, long acronyms with a plus, adjectives of places, country forecasts."""

from __future__ import annotations

from extract_helpers import one


def test_crypto_opener_is_about_not_the_trading_session() -> None:
    assert one("Ether climbed 6% to $2,950 in European trading.", "6%").about == "Ether"


def test_grain_opener_is_about_not_the_exchange() -> None:
    assert one("Corn dropped 1.5% to $4.20 a bushel on the Chicago Board of Trade.", "1.5%").about == "Corn"


def test_opec_plus_is_a_name() -> None:
    fact = one("OPEC+ will raise output by 411,000 barrels per day in July.", "411,000")
    assert fact.about == "OPEC+"


def test_place_adjective_before_a_trade_is_not_the_about() -> None:
    fact = one("The Romanian state-run lender said net profit rose 12% in the quarter.", "12%")
    assert fact.about != "Romanian"


def test_forecast_for_a_country_is_about_the_country() -> None:
    fact = one("The World Bank raised its growth forecast for Vietnam to 6.8% on Tuesday.", "6.8%")
    assert fact.about == "Vietnam"


def test_country_economy_a_body_expects() -> None:
    fact = one("The Asian Development Bank expects Indonesia's economy to expand 5.1% next year.", "5.1%")
    assert fact.about == "Indonesia"
