"""Earnings digests and tables: "Shr 35 cts vs 41 cts", "Net 24,000 vs 612,000", "Avg shrs 12.3 mln".

A Reuters results story is a table written as lines. Each line starts with a row
label, the label says what every figure on the line measures, and bare figures are
in the story's currency. This module reads the label of a line and gives its
figures their written-out subject, kind and unit; "vs profit 5 cts" after a loss
switches the subject for the figures that follow it.
"""

from __future__ import annotations

import re
from typing import NamedTuple


class Row(NamedTuple):
    """What a row label means: the subject written out, its head and the kind of its figures."""

    subject: str
    head: str
    kind: str


_EPS = Row("earnings per share", "earnings", "money")
_LOSS_PER_SHARE = Row("loss per share", "loss", "money")
_PROFIT_PER_SHARE = Row("profit per share", "profit", "money")
_NET_PROFIT = Row("net profit", "profit", "money")
_NET = Row("net income", "income", "money")
_NET_LOSS = Row("net loss", "loss", "money")
_OPER_NET = Row("operating net income", "income", "money")
_OPER_EPS = Row("operating earnings per share", "earnings", "money")
_REVENUE = Row("revenue", "revenue", "money")
_SALES = Row("sales", "sales", "money")
_AVG_SHARES = Row("average shares", "share", "count")
_DIVIDEND = Row("dividend", "dividend", "money")
_QUARTERLY_DIVIDEND = Row("quarterly dividend", "dividend", "money")
_PRETAX = Row("pretax income", "income", "money")

_LABELS: dict[str, Row] = {
    "shr": _EPS,
    "shr primary": _EPS,
    "primary shr": _EPS,
    "shr diluted": _EPS,
    "diluted shr": _EPS,
    "shr fully diluted": _EPS,
    "fully diluted shr": _EPS,
    "group shr": _EPS,
    "shr basic": _EPS,
    "earnings per shr": _EPS,
    "shr profit": _PROFIT_PER_SHARE,
    "shr loss": _LOSS_PER_SHARE,
    "oper shr": _OPER_EPS,
    "oper shr diluted": _OPER_EPS,
    "oper shr primary": _OPER_EPS,
    "oper shr profit": Row("operating profit per share", "profit", "money"),
    "oper shr loss": Row("operating loss per share", "loss", "money"),
    "net": _NET,
    "net profit": _NET_PROFIT,
    "net income": _NET,
    "net earnings": _NET,
    "group net": _NET,
    "group profit": Row("group profit", "profit", "money"),
    "group loss": Row("group loss", "loss", "money"),
    "net after tax": _NET,
    "parent company net": _NET,
    "consolidated net profit": Row("consolidated net profit", "profit", "money"),
    "non-consolidated net profit": Row("non-consolidated net profit", "profit", "money"),
    "consolidated net turnover": Row("consolidated net turnover", "turnover", "money"),
    "current": Row("current profit", "profit", "money"),
    "current profit": Row("current profit", "profit", "money"),
    "current loss": Row("current loss", "loss", "money"),
    "profit": Row("profit", "profit", "money"),
    "net loss": _NET_LOSS,
    "loss": _NET_LOSS,
    "oper net": _OPER_NET,
    "oper net profit": Row("operating net profit", "profit", "money"),
    "operating net": _OPER_NET,
    "operating": _OPER_NET,
    "oper net loss": Row("operating net loss", "loss", "money"),
    "oper": _OPER_NET,
    "oper loss": Row("operating loss", "loss", "money"),
    "operating profit": Row("operating profit", "profit", "money"),
    "operating loss": Row("operating loss", "loss", "money"),
    "revs": _REVENUE,
    "rev": _REVENUE,
    "revenue": _REVENUE,
    "revenues": _REVENUE,
    "total revs": Row("total revenue", "revenue", "money"),
    "oper revs": Row("operating revenue", "revenue", "money"),
    "sales": _SALES,
    "net sales": Row("net sales", "sales", "money"),
    "turnover": Row("turnover", "turnover", "money"),
    "avg shrs": _AVG_SHARES,
    "avg shares": _AVG_SHARES,
    "avg shrs primary": _AVG_SHARES,
    "avg shrs diluted": _AVG_SHARES,
    "avg shrs fully diluted": _AVG_SHARES,
    "primary avg shrs": _AVG_SHARES,
    "diluted avg shrs": _AVG_SHARES,
    "fully diluted avg shrs": _AVG_SHARES,
    "shrs": Row("shares", "share", "count"),
    "shrs outstanding": Row("shares outstanding", "share", "count"),
    "shrs out": Row("shares outstanding", "share", "count"),
    "shr out": Row("shares outstanding", "share", "count"),
    "qtly div": _QUARTERLY_DIVIDEND,
    "qtrly": _QUARTERLY_DIVIDEND,
    "qtly": _QUARTERLY_DIVIDEND,
    "qtrly div": _QUARTERLY_DIVIDEND,
    "qtly dividend": _QUARTERLY_DIVIDEND,
    "quarterly div": _QUARTERLY_DIVIDEND,
    "mthly div": Row("monthly dividend", "dividend", "money"),
    "semi-annual div": Row("semi-annual dividend", "dividend", "money"),
    "annual div": Row("annual dividend", "dividend", "money"),
    "final div": Row("final dividend", "dividend", "money"),
    "interim div": Row("interim dividend", "dividend", "money"),
    "div": _DIVIDEND,
    "dividend": _DIVIDEND,
    "pretax": _PRETAX,
    "pre-tax": _PRETAX,
    "pretax net": _PRETAX,
    "pretax profit": Row("pretax profit", "profit", "money"),
    "pre-tax profit": Row("pretax profit", "profit", "money"),
    "pretax loss": Row("pretax loss", "loss", "money"),
    "tax": Row("tax", "tax", "money"),
    "assets": Row("assets", "asset", "money"),
    "total assets": Row("total assets", "asset", "money"),
    "deposits": Row("deposits", "deposit", "money"),
    "loans": Row("loans", "loan", "money"),
    "backlog": Row("backlog", "backlog", "money"),
    "other income": Row("other income", "income", "money"),
    "investment income": Row("investment income", "income", "money"),
    "total income": Row("total income", "income", "money"),
    "net interest income": Row("net interest income", "income", "money"),
    "minority interests": Row("minority interests", "interest", "money"),
    "minorities": Row("minority interests", "interest", "money"),
    "extraordinary items": Row("extraordinary items", "item", "money"),
    "extraordinary credit": Row("extraordinary credit", "credit", "money"),
    "extraordinary debit": Row("extraordinary debit", "debit", "money"),
    "gross": Row("gross income", "income", "money"),
}
_LONGEST_LABEL = max(len(label.split()) for label in _LABELS)
_FIRST_WORDS = frozenset(label.split(" ", 1)[0] for label in _LABELS)
"""The first word of every label: a line opening on another word is no row, whatever follows."""

_PERIOD = re.compile(
    r"(?i)(?:(?:1st|2nd|3rd|4th|first|second|third|fourth)\s+(?:qtr|quarter|half)|"
    r"(?:three|six|nine|twelve|3|6|9|12)\s+(?:mths|months|mos)|qtr|year|yr|half|"
    r"(?:six|nine|twelve)-month)\s+"
)
_LABEL = re.compile(r"[A-Za-z][A-Za-z.'-]*(?:\s+[A-Za-z][A-Za-z.'-]*){0,4}")
_NUMBER_WORD = re.compile(
    r"(?i)(?:nil|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
    r"ninety)\b"
)
_SWITCH = re.compile(r"\s*(?:vs\.?|versus|against)\s+(?P<word>profit|loss|earnings)\s*$", re.I)
_MAX_ROW = 160
_SHARE_CLASS = re.compile(r"\s+[Cc]lass\s+[A-Z]\b")
"""The share class a row label names before its figures ("Annual div Class A 14 cts")."""
_SHARE_BASIS = re.compile(r"(?i)\s+(?:(?:fully\s+)?diluted|primary|basic|net\s+basis)\b")
"""How a per-share row counts its shares, written after the label ("Shr loss diluted 82 cts")."""
_SIGN = re.compile(
    r"(?i)\s+(?P<word>profit|loss)(?=\s+[\d$(]|\s+(?:nil|one|two|three|four|five|six|seven|eight|nine|ten)\b)"
)
"""A sign word between a results label and its first figure ("Shr diluted loss 31 cts vs profit 17 cts")."""
_TAIL = re.compile(
    r"(?i)\s+(?:before|after|excluding|excl\.?|including|incl\.?|net\s+of)"
    r"(?:\s+[a-z][a-z'-]*){1,4}?(?=\s+[\d$(])"
)
"""What a results label leaves out or takes in, before its first figure ("Net profit before minorities
320 mln", "Turnover excluding VAT 1.2 billion"): the label's noun stays the head."""


def row_at(sentence: str) -> tuple[Row, int] | None:
    """The row label that opens a table line, and the offset where its figures begin.

    Returns None for ordinary prose: the line must be short, start with a known
    label (after an optional period such as "Nine mths") and go straight on to a figure.
    """
    if len(sentence) > _MAX_ROW:
        return None
    pos = 0
    period = _PERIOD.match(sentence)
    if period is not None:
        pos = period.end()
    label = _LABEL.match(sentence, pos)
    if label is None:
        return None
    words = label.group().lower().split()
    if words[0] not in _FIRST_WORDS:
        return None  # most sentences: spare the joins and look-ups of every label length
    for size in range(min(len(words), _LONGEST_LABEL), 0, -1):
        row = _LABELS.get(" ".join(words[:size]))
        if row is not None:
            end = _word_end(sentence, pos, size)
            share_class = _SHARE_CLASS.match(sentence, end)
            if share_class is not None:
                end = share_class.end()  # "Qtly div Class B 2.5 cts vs 2.4 cts prior": the class's row
            if "per share" in row.subject:
                # "Gross profit", "Parent company net profit": on other rows a sign word is the label's own
                basis = _SHARE_BASIS.match(sentence, end)
                if basis is not None:
                    end = basis.end()  # "Shr loss diluted 82 cts": the basis is no part of the subject
                sign = _SIGN.match(sentence, end)
                if sign is not None:
                    # "Shr fully diluted profit 33 cts", "Oper shr diluted loss 1.05 dlrs": the sign word
                    # says which side of the line the first figure is on
                    signed = switched(row, f"vs {sign.group('word')}")
                    if row.subject.startswith("operating ") and not signed.subject.startswith("operating "):
                        signed = Row(f"operating {signed.subject}", signed.head, signed.kind)
                    row = signed
                    end = sign.end()
            elif row.kind == "money":
                tail = _TAIL.match(sentence, end)
                if tail is not None:
                    # "Pretax profit after extraordinary items 12.3 mln": the subject is written out whole
                    words = tail.group().split()
                    shouted = sentence[:end].isupper()  # "PROFIT AFTER TAX 17.4 mln": no acronym to keep
                    tail_text = " ".join(w if w.isupper() and not shouted else w.lower() for w in words)
                    row = Row(f"{row.subject} {tail_text}", row.head, row.kind)  # "turnover excluding VAT"
                    end = tail.end()
            rest = sentence[end:].lstrip()
            if _PERIOD.match(rest) or _PERIOD_FIGURE.match(rest):
                return None  # "Current nine mths net includes ...": a period, no figure of the row
            if rest[:1].isdigit() or rest[:1] in "$(-" or _NUMBER_WORD.match(rest):
                return row, end
            return None
    return None


_PERIOD_FIGURE = re.compile(r"(?i)[\w.]+[\s-]+(?:mths?|months?|mos|weeks?|qtrs?|quarters?|years?|yrs?)\b")
"""A span of time where a row's first figure would be ("Current nine month figures include ...")."""
_NEXT_WORD = re.compile(r"\s*\S+")


def _word_end(text: str, pos: int, count: int) -> int:
    for _ in range(count):
        match = _NEXT_WORD.match(text, pos)
        if match is None:
            break
        pos = match.end()
    return pos


def switched(row: Row, between: str) -> Row:
    """The row that holds after "vs profit" or "vs loss" between two figures of a line."""
    match = _SWITCH.search(between)
    if match is None:
        return row
    word = match.group("word").lower()
    if word == "loss":
        if row.head == "loss":
            return row
        if "per share" in row.subject:
            return _resigned(row, "loss", _LOSS_PER_SHARE)
        if row.head in ("income", "profit"):
            return _resigned(row, "loss", _NET_LOSS)
        return Row(f"{row.subject} loss", "loss", row.kind)
    if row.head == "profit" or word == "earnings":
        return row
    return _resigned(row, "profit", _PROFIT_PER_SHARE if "per share" in row.subject else _NET_PROFIT)


_RESULT_WORD = re.compile(r"\b(?:earnings|profit|income|loss)\b")


def _resigned(row: Row, word: str, plain: Row) -> Row:
    """The row's own words with its result word signed: "operating profit per share" -> "operating loss
    per share" for "Oper shr profit 57 cts vs loss 2.76 dlrs"; the plain row when no qualifier leads."""
    if not row.subject.startswith(("operating ", "diluted ", "primary ", "fully diluted ")):
        return plain
    signed = _RESULT_WORD.sub(word, row.subject, count=1)
    return Row(signed, word, row.kind) if signed != row.subject else plain
