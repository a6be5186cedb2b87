"""Results-row labels with a tail: "Net profit before minorities 320 mln": the label's noun is the head."""

from extract_helpers import one

_HEADLINE = "BLUE CIRCLE INDUSTRIES PLC YEAR"
_DATELINE = "LONDON, March 3 -"


def test_before_minorities_keeps_the_profit() -> None:
    text = "Net profit before minorities 320 mln vs 268 mln, making 960 mln vs 807 mln."
    for surface in ("320 mln", "268 mln", "960 mln"):
        fact = one(text, surface, headline=_HEADLINE, dateline=_DATELINE)
        assert fact.subject == "net profit before minorities"
        assert fact.subject_head == "profit"
        assert fact.unit == "pound sterling"
        assert fact.kind == "money"


def test_after_tax_and_after_items() -> None:
    fact = one("Profit after tax 25.1 mln vs 18.4 mln", "18.4 mln", headline=_HEADLINE, dateline=_DATELINE)
    assert (fact.subject, fact.subject_head) == ("profit after tax", "profit")
    text = "Pretax profit after extraordinary items 12.3 mln vs 10.1 mln"
    fact = one(text, "12.3 mln", headline=_HEADLINE, dateline=_DATELINE)
    assert (fact.subject, fact.subject_head) == ("pretax profit after extraordinary items", "profit")


def test_shouted_label_and_loss_row() -> None:
    fact = one(
        "PROFIT AFTER TAX 17.4 mln stg vs 14.1 mln", "17.4 mln", headline=_HEADLINE, dateline=_DATELINE
    )
    assert (fact.subject, fact.subject_head) == ("profit after tax", "profit")
    text = "Net loss after exceptional charges 198 mln francs vs profit 12 mln"
    fact = one(text, "198 mln", headline="ELF AQUITAINE YEAR", dateline="PARIS, March 3 -")
    assert (fact.subject_head, fact.unit) == ("loss", "French franc")


def test_turnover_excluding_and_net_of_keep_the_turnover() -> None:
    fact = one(
        "Turnover excluding VAT 257.66 mln vs 74.09 mln", "257.66 mln", headline=_HEADLINE, dateline=_DATELINE
    )
    assert (fact.subject, fact.subject_head) == ("turnover excluding VAT", "turnover")
    text = "Turnover net of duties 1.32 billion stg vs 1.46 billion."
    fact = one(text, "1.46 billion", headline=_HEADLINE, dateline=_DATELINE)
    assert (fact.subject, fact.subject_head) == ("turnover net of duties", "turnover")


def test_extraordinary_items_after_tax_are_items() -> None:
    fact = one(
        "Extraordinary items after tax 39.5 mln vs 4.2 mln",
        "39.5 mln",
        headline=_HEADLINE,
        dateline=_DATELINE,
    )
    assert fact.subject == "extraordinary items after tax"
    assert fact.subject_head == "item"


def test_a_tail_without_a_figure_is_no_row() -> None:
    text = "Net profit before minorities rose to 320 mln stg from 268 mln."
    fact = one(text, "320 mln", headline=_HEADLINE, dateline=_DATELINE)
    assert fact.subject_head == "profit"
    assert (
        one("Shr 5.1p vs 4.2p", "5.1p", headline=_HEADLINE, dateline=_DATELINE).subject
        == "earnings per share"
    )


def test_group_profit_row_with_a_tail() -> None:
    text = "Group profit after net financial items 1.39 billion crowns vs 1.32 billion."
    fact = one(text, "1.32 billion", headline="ASEA AB 1986 YEAR", dateline="STOCKHOLM, March 3 -")
    assert (fact.subject, fact.subject_head) == ("group profit after net financial items", "profit")
    assert (fact.unit, fact.kind) == ("krona", "money")
    text = "Group profit after tax 16 mln crowns vs 244 mln"
    assert (
        one(text, "244 mln", headline="ASEA AB 1986 YEAR", dateline="STOCKHOLM, March 3 -").subject_head
        == "profit"
    )
