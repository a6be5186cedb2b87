"""Reuters-21578 audit, round 43: currency cues written "dlr", the old level of "to X from Y"."""

from __future__ import annotations

from extract_helpers import one

_AUD_BOND = (
    "IBM Australia Credit Ltd is issuing a 75 mln Australian dlr eurobond due April 24, 1990 with a "
    "14-1/8 pct coupon, Salomon Brothers International Ltd said as lead manager. The non-callable bonds "
    "will be issued in denominations of 1,000 and 10,000 dlrs and will be listed in Luxembourg."
)


def test_singular_dlr_names_the_story_currency() -> None:
    assert one(_AUD_BOND, "10,000 dlrs", dateline="LONDON").unit == "Australian dollar"


def test_singular_dlr_cue_in_hong_kong() -> None:
    text = (
        "Mitsubishi Bank Ltd's Hong Kong branch is planning a 40 mln New Zealand dlr certificate of "
        "deposit issue, banking sources said. The three-year CDs are denominated in 100,000 dlr units."
    )
    assert one(text, "100,000 dlr", dateline="HONG KONG").unit == "New Zealand dollar"


def test_us_dlr_cue_keeps_us_dollar() -> None:
    text = "The Canadian dlr rose against the U.S. dlr. The fund holds 10 mln dlrs."
    assert one(text, "10 mln dlrs", dateline="NEW YORK").unit == "US dollar"


def test_old_level_of_to_from_takes_the_new_levels_subject() -> None:
    text = (
        "HRE Properties said its board cut the quarterly dividend to 45 cts per share from 57 cts, "
        "payable April 20."
    )
    fact = one(text, "57 cts", dateline="NEW YORK")
    assert fact.subject_head == "dividend"


def test_old_level_before_now() -> None:
    text = (
        "The project would increase the plant's annual production to 264 mln pounds from 165 mln pounds now."
    )
    assert one(text, "165 mln", dateline="PITTSBURGH").subject_head == "production"


def test_old_level_before_payable() -> None:
    text = "Nynex Corp said it is raising its quarterly dividend to 95 cts from 87 cts payable May 1, 1987."
    assert one(text, "87 cts", dateline="NEW YORK").subject_head == "dividend"


def test_stock_move_on_an_exchange_is_about_the_stock() -> None:
    text = "Inco closed 1-3/8 lower at 19-3/8 in second most active trading on the Toronto Stock Exchange."
    assert one(text, "19-3/8", dateline="TORONTO").about == "Inco"


def test_listed_on_an_exchange_is_about_the_issuer() -> None:
    text = (
        "Norsk Hydro A/S is issuing a 100 mln stg eurobond, lead manager said. The bonds, which are "
        "available in denominations of 1,000 and 10,000 stg will be listed on the London Stock Exchange."
    )
    fact = one(text, "10,000 stg", headline="NORSK HYDRO <NHY> ISSUES STERLING BOND", dateline="LONDON")
    assert fact.about != "London Stock Exchange"


def test_volume_on_an_exchange_stays_about_the_exchange() -> None:
    text = (
        "The volume of contracts traded on the New Zealand Futures Exchange reached a record "
        "25,559 contracts."
    )
    assert one(text, "25,559", dateline="WELLINGTON").about == "New Zealand Futures Exchange"


def test_table_row_with_share_class() -> None:
    text = "Annual div Class A 14 cts vs 12 cts prior\nAnnual div Class B 12.1 cts vs 10.4 cts prior"
    headline = "BDM INTERNATIONAL <BDM> INCREASES QTRLY DIVS"
    assert one(text, "14 cts", headline=headline, dateline="MCLEAN").subject_head == "dividend"
    assert one(text, "10.4 cts", headline=headline, dateline="MCLEAN").subject_head == "dividend"


def test_prose_net_is_net_income() -> None:
    text = "For the previous full year, the company posted net of 273.5 mln dlrs or 5.03 dlrs per share."
    assert one(text, "273.5 mln", dateline="NEW YORK").subject_head == "income"


def test_bare_decimal_below_one_is_no_ratio() -> None:
    text = "Centrust Savings Bank said it will convert each share of common into 0.5 share of common."
    assert one(text, "0.5", dateline="MIAMI").kind != "ratio"


def test_fraction_word_is_still_a_ratio() -> None:
    text = "About a quarter of its workforce will go, the company said."
    assert one(text, "quarter", dateline="LONDON").kind == "ratio"
