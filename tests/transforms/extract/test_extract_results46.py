"""Results lines whose label carries a share basis or a sign word, and a few more row labels."""

from extract_helpers import one

HEAD = "ACME CORP <ACM> 1ST QTR NET"


def test_diluted_loss_then_profit() -> None:
    text = "Shr diluted loss 31 cts vs profit 17 cts"
    first = one(text, "31 cts", headline=HEAD)
    assert (first.subject, first.subject_head, first.unit) == ("loss per share", "loss", "US cent")
    second = one(text, "17 cts", headline=HEAD)
    assert (second.subject, second.subject_head) == ("profit per share", "profit")


def test_basis_after_sign() -> None:
    fact = one("Shr loss diluted 82 cts vs 13 cts", "13 cts", headline=HEAD)
    assert (fact.subject_head, fact.kind) == ("loss", "money")


def test_fully_diluted_profit() -> None:
    fact = one("Shr fully diluted profit 33 cts vs profit 1.92 dlrs", "33 cts", headline=HEAD)
    assert fact.subject == "profit per share"


def test_operating_per_share_keeps_operating() -> None:
    fact = one("Oper shr diluted profit 2.05 dlrs vs profit 2.66 dlrs", "2.05 dlrs", headline=HEAD)
    assert (fact.subject, fact.subject_head) == ("operating profit per share", "profit")


def test_class_then_sign() -> None:
    fact = one("Shr Class A profit five cts vs profit 44 cts", "five cts", headline=HEAD)
    assert fact.subject_head == "profit"


def test_net_basis() -> None:
    fact = one("Shr net basis 24.8p vs 24.5p", "24.8p", headline=HEAD)
    assert fact.subject_head == "earnings"


def test_shares_out() -> None:
    fact = one("Shrs out 24.3 mln vs 22.3 mln", "24.3 mln", headline=HEAD)
    assert (fact.subject, fact.subject_head, fact.kind, fact.unit) == (
        "shares outstanding",
        "share",
        "count",
        None,
    )


def test_bare_quarterly() -> None:
    fact = one("Qtrly 25 cts vs 16 cts", "25 cts", headline="ACME CORP <ACM> SETS DIVIDEND")
    assert (fact.subject, fact.subject_head) == ("quarterly dividend", "dividend")


def test_prose_unchanged() -> None:
    fact = one("Shr 35 cts vs 41 cts", "35 cts", headline=HEAD)
    assert fact.subject == "earnings per share"


def test_profit_word_of_other_labels_is_no_sign() -> None:
    assert one("Gross profit 241.8 mln vs 357.6 mln", "241.8 mln", headline=HEAD).subject != "net profit"
    fact = one("Parent company net profit 191 mln vs 150.9 mln.", "191 mln", headline=HEAD)
    assert fact.subject != "net profit"


def test_japanese_current_profit() -> None:
    text = "Current loss 12.52 billion vs profit 4.44 billion"
    fact = one(text, "12.52 billion", headline="NIPPON WIDGET CO LTD YEAR TO MARCH 31")
    assert (fact.subject, fact.subject_head) == ("current loss", "loss")
    fact = one("Current 16.81 billion vs 20.84 billion", "16.81", headline="NIPPON WIDGET CO LTD YEAR")
    assert fact.subject_head == "profit"


def test_period_after_label_is_no_row() -> None:
    text = "Current nine month figures include a gain of 20.5 mln dlrs on property sales."
    assert one(text, "nine month", headline=HEAD).unit != "US dollar"


def test_consolidated_labels_and_shr_out() -> None:
    text = "Consolidated net turnover 6.68 billion guilders vs 6.40 billion"
    assert one(text, "6.40 billion", headline=HEAD).subject_head == "turnover"
    assert one("Shr out 5,950,000 vs 5,462,547", "5,950,000", headline=HEAD).subject == "shares outstanding"
