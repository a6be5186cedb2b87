"""fast31: the cheap cues before costly searches give the answers the searches alone gave."""

from __future__ import annotations

import re

from extract_helpers import one

from transforms.extract import entities, extractor, story, subjects


def test_opening_company_reads_the_body_name() -> None:
    text = "Montreal Trustco Inc is issuing 100 mln Canadian dlrs of bonds."
    assert (
        story._opening_company("MONTREAL TRUSTCO ISSUES CANADIAN DOLLAR EUROBOND", text)
        == "Montreal Trustco Inc"
    )
    assert story._opening_company("FIRST BOSTON SAYS", "  The First Boston Corp said") == "First Boston Corp"
    # the pattern read "The" as the name's own word when the headline opens on it
    assert story._opening_company("THE FIRST BOSTON", "The First Boston Corp said") == "The First Boston Corp"
    assert story._opening_company("FIRST BOSTON SAYS", "First Bostonian Corp said") is None


def test_cited_before_agrees_with_its_pattern() -> None:
    for before in [
        "rose 5 pct, according to the ",
        "said lead manager ",
        "priced by co-lead managers ",
        "an economist at the official ",
        "figures issued by ",
        "the bank said in a statement ",
        "according to\n",
        "",
    ]:
        assert entities._cited_before(before) == (entities._ACCORDING.search(before) is not None), before


def test_moved_up_agrees_with_its_pattern() -> None:
    for before in ["output has come down by ", "prices have gone UP to ", "sales rose ", "went higher\n", ""]:
        found, cued = subjects._MOVE_UP.search(before), subjects._moved_up(before)
        assert (found and found.span()) == (cued and cued.span()), before


def test_broken_line_pattern_keeps_its_matches() -> None:
    led = re.compile(r"(?<=[a-z0-9,])\n[ \t]*\n\s*(?=[a-z])")
    text = "a 43.4 mln\n\ndlr contract,\n \n and more.\n\nNew"
    assert [m.span() for m in extractor._BROKEN_LINE.finditer(text)] == [m.span() for m in led.finditer(text)]


def test_left_word_without_dollar() -> None:
    text = "Retail sales volumes rose 0.4 pct, the office's figures show"
    assert subjects._left_word(text).findall(text) == subjects._LEFT_WORD.findall(text)
    assert subjects._left_word("C$2.5 mln") is subjects._LEFT_WORD


def test_phrasal_move_subject_unchanged() -> None:
    fact = one("Industrial output has come down by 3.5 pct in January.", "3.5 pct")
    assert fact.unit == "percent"
