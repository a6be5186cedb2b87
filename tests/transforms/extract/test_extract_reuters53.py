"""Reuters-21578 audit, round 53: digest datelines, "-men" plurals, number words as owners, noun pairs
before "of", "at N each" prices, headline acronyms in the body's capitals."""

from __future__ import annotations

from extract_helpers import one

_DIGEST = (
    "The central bank bought dollars in early trading, dealers said.\n\n"
    "OSLO - Norway's trade surplus narrowed to 2.1 billion crowns in March, officials said.\n\n"
    "NOTE - Net is after tax of 4.5 mln dlrs."
)


def test_inline_dateline_is_no_part_of_the_subject() -> None:
    fact = one(_DIGEST, "2.1 billion", dateline="TOKYO")
    assert fact.subject == "Norway's trade surplus"
    assert fact.about == "Norway"


def test_inline_dateline_is_the_place_of_its_paragraph() -> None:
    text = "Markets were calm.\n\nLISBON - The bank sold 40 mln dlrs of bills at its tender."
    assert one(text, "40 mln", dateline="TOKYO").place == "Lisbon"


def test_note_label_is_no_part_of_the_subject() -> None:
    fact = one(_DIGEST, "4.5 mln", dateline="TOKYO")
    assert fact.subject is None or not fact.subject.startswith("NOTE")


def test_table_label_with_a_dash_is_kept() -> None:
    text = "COPPER - steady 600 tonnes cash 880.00"
    assert one(text, "600 tonnes").sentence.startswith("COPPER")


def test_men_compounds_are_singular() -> None:
    assert one("About 9,000 dockmen stayed on strike.", "9,000").subject_head == "dockman"
    assert one("Police said 12 gunmen escaped.", "12").subject_head == "gunman"


def test_singular_men_words_stay() -> None:
    assert one("The lab kept 40 specimens and 3 specimen jars.", "40").subject_head == "specimen"


def test_number_word_is_no_owner() -> None:
    text = "The six listed lenders are well above the four banks the agency said it needed."
    fact = one(text, "four")
    assert fact.about != "six"


def test_opening_number_word_is_no_name() -> None:
    text = "One, two and three-month deposits were quoted at 5-1/4 pct."
    assert one(text, "5-1/4").about != "One"


def test_modifier_before_of_is_part_of_the_subject() -> None:
    text = "The group took restructuring charges of 40 mln dlrs in the year."
    fact = one(text, "40 mln")
    assert fact.subject == "restructuring charges"
    assert fact.subject_head == "charge"


def test_verb_before_of_is_no_modifier() -> None:
    text = "He said the plan would cover deposits of up to two billion lire."
    assert one(text, "two billion").subject == "deposits"


def test_at_a_sum_each_is_a_price() -> None:
    text = "The company said its offering of 300,000 units is under way at 12 dlrs each."
    assert one(text, "12 dlrs").kind == "price"


def test_a_sum_each_pays_stays_money() -> None:
    text = "The two firms agreed to pay fines of 50,000 dlrs each."
    assert one(text, "50,000 dlrs").kind == "money"


def test_headline_acronym_takes_the_body_capitals() -> None:
    text = "KLX Corp said its net income rose to 12 mln dlrs."
    assert one(text, "12 mln", headline="KLX <KLX> NET RISES").about == "KLX Corp"
    fact = one("KLX Corp said it bought 20 trucks.", "20", headline="KLX <KLX> BUYS TRUCKS")
    assert fact.about is not None and "Klx" not in fact.about


def test_headline_initials_keep_their_capitals() -> None:
    text = "Parts Ltd said it won contracts. The contracts run for five years."
    fact = one(text, "five years", headline="S.K.P. PARTS <SKPL> WINS CONTRACT")
    assert fact.about is not None and "S.k.p." not in fact.about


_OPER_TABLE = "Oper shr profit 12 cts vs loss 1.05 dlrs\n\nOper net profit 2,400,000 vs loss 9.1 mln"


def test_operating_row_keeps_operating_after_vs_loss() -> None:
    assert one(_OPER_TABLE, "1.05 dlrs", headline="KLX CORP <KLX> YEAR NET").subject == (
        "operating loss per share"
    )
    assert one(_OPER_TABLE, "9.1 mln", headline="KLX CORP <KLX> YEAR NET").subject == "operating net loss"


def test_plain_row_after_vs_loss() -> None:
    fact = one("Shr profit 12 cts vs loss 30 cts", "30 cts", headline="KLX CORP <KLX> YEAR NET")
    assert fact.subject == "loss per share"


def test_modifier_after_a_results_verb() -> None:
    text = "Net excludes tax credits of 310,000 dlrs in the quarter."
    assert one(text, "310,000").subject == "tax credits"
    assert one("The figures exclude profits of 2 mln dlrs.", "2 mln").subject == "profits"


def test_table_story_takes_the_headline_company() -> None:
    text = "Shr loss 12 cts vs loss 20 cts\n\nNet loss 1.4 mln vs loss 2.2 mln"
    assert one(text, "1.4 mln", headline="HARTLEY BROTHERS 4TH QTR").about == "Hartley Brothers"
    assert one(text, "12 cts", headline="ELMWOOD PAPER (ELMP.TO) YEAR NET").about == "Elmwood Paper"


def test_prose_under_a_results_headline_is_no_table() -> None:
    text = "Consumer prices rose 0.4 pct in March, the bureau said."
    assert one(text, "0.4 pct", headline="CANADA 1ST QTR PRICES RISE").about != "Canada 1st"
