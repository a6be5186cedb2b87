"""Unit and kind leftovers (unitkind34): NZ/HK dollar abbreviations, points after percentage points,
note sums joined to an earlier sum."""

from extract_helpers import one


def test_nz_dlrs_is_new_zealand_dollar() -> None:
    text = "The company earned 12.5 mln NZ dlrs, up from 10.1 mln NZ dlrs."
    for dateline in ("WELLINGTON", "SYDNEY"):
        fact = one(text, "10.1 mln", dateline=dateline)
        assert fact.unit == "New Zealand dollar"
        assert fact.kind == "money"


def test_nz_cents_and_hk_dlrs() -> None:
    assert one("It paid a dividend of 30 NZ cents.", "30").unit == "New Zealand cent"
    assert one("It raised 40 mln HK dlrs in bonds.", "40 mln").unit == "Hong Kong dollar"


def test_later_points_are_percentage_points() -> None:
    text = (
        "In July/September, domestic demand contributed one percentage point to GNP growth "
        "while foreign trade knocked off 0.3 point."
    )
    fact = one(text, "0.3")
    assert fact.unit == "percentage point"
    assert fact.kind == "rate"
    bare = one(
        "Domestic demand contributed 0.5 percentage point to real GNP growth in October/December, "
        "while foreign trade added 0.2.",
        "0.2",
    )
    assert bare.unit == "percentage point"


def test_note_sum_joined_by_comma_and() -> None:
    text = (
        "Acme Corp <ACM> 4th qtr net\n"
        "Shr 10 cts vs 12 cts\n"
        "Net 1,200,000 vs 1,500,000\n"
        "NOTE: qtr and year current excludes foreign tax 312,000, and 1,179,000, respectively.\n"
        "NOTE: qtr excludes loss discontinued operations 2,441,000 and 4,078,000, respectively.\n"
        "NOTE: per share reflects issue of 600,000 shares in October 1986.\n"
    )
    assert one(text, "1,179,000").unit == "US dollar"
    assert one(text, "2,441,000").unit == "US dollar"
    assert one(text, "4,078,000").unit == "US dollar"
    assert one(text, "600,000").unit is None
