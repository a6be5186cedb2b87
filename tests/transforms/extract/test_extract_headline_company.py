"""The company an all-capitals wire headline names, and what it does not name."""

from extract_helpers import one

from transforms.extract.story import read_story


def _company(headline: str) -> str | None:
    return read_story("The company said so on Tuesday.", headline, "NEW YORK").company


def test_the_name_after_a_stake_in_a_ticker_headline() -> None:
    assert _company("INDUSTRIAL EQUITY HAS 5.4 PCT OF TRITON <OIL>") == "Triton"
    assert _company("APL CORP SELLS 1.3 MLN SHARES OF POREX <PORX.O>") == "Porex"


def test_the_name_after_a_dash_before_the_ticker() -> None:
    assert _company("LITTLE SCOPE FOR U.S. RATE RISE - FANNIE MAE<FNM>") == "Fannie Mae"


def test_a_bank_named_of_its_city_stays_whole() -> None:
    assert _company("SMITH SAYS BANK OF BOSTON <BKB>") == "Bank Of Boston"


def test_a_rate_headline_names_no_company() -> None:
    fact = one(
        "This week's yield was 8.34 pct, up from 8.33 pct.",
        "8.34 pct",
        headline="CANADA BANK RATE RISES TO 8.59 PCT",
        dateline="OTTAWA",
    )
    assert fact.about == "Canada"
