"""``wirefacts extract``: numeric facts from text on stdin, without a run."""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from enum import StrEnum
from typing import Annotated, Any, NamedTuple, TextIO

import typer
from rich.console import Console
from rich.table import Table

from flows.cli.common import console


class OutputFormat(StrEnum):
    """Output formats of ``wirefacts extract``."""

    jsonl = "jsonl"
    table = "table"


TABLE_HIDDEN_FIELDS = frozenset(
    {"start", "end", "low", "high", "change", "si_value", "si_unit", "sentence_index", "sentence", "linked"}
)
"""Fields of :class:`transforms.extract.Fact` that ``extract --format table`` leaves out (offsets,
bounds, SI forms, the sentence); ``--format jsonl`` prints every field."""


def table_columns() -> tuple[str, ...]:
    """The columns of ``extract --format table``: the input's id, then the fields of
    :class:`transforms.extract.Fact` (the one definition of a fact), in its order, but the hidden ones."""
    from dataclasses import fields

    from transforms.extract import Fact

    return ("id", *(f.name for f in fields(Fact) if f.name not in TABLE_HIDDEN_FIELDS))


def extract(
    output_format: Annotated[
        OutputFormat, typer.Option("--format", help="Output format.")
    ] = OutputFormat.jsonl,
    input_jsonl: Annotated[
        bool,
        typer.Option(
            "--input-jsonl",
            help='Read one {"id": ..., "text": ..., "headline": ..., "dateline": ...} object per line '
            "(headline and dateline optional).",
        ),
    ] = False,
) -> None:
    """Extract numeric facts from text on stdin and print one JSON object per fact.

    A text over the article limits (limits.* settings) is refused with one line on
    stderr and no facts, as the nightly run would quarantine it; so is a text the extractor
    fails on, with its error. The exit code is 1 only when every text was refused.
    """
    from flows.settings import load_settings
    from transforms.extract import extract as extract_facts
    from transforms.extract import failure_reason
    from transforms.limits import over_limit

    limits = load_settings().limits.article_limits()
    records = _read_inputs(sys.stdin, input_jsonl)
    columns = table_columns()
    out = Table(*columns)
    refused = 0
    for record in records:
        reason = over_limit(record.text, limits)
        if reason is not None:
            refused += 1
            sys.stderr.write(f"wirefacts: {'input' if record.id is None else record.id}: {reason}\n")
            continue
        try:
            facts = extract_facts(record.text, headline=record.headline, dateline=record.dateline)
        except Exception as error:  # one text's extractor fault is its own: the others still print
            refused += 1
            name = "input" if record.id is None else record.id
            sys.stderr.write(f"wirefacts: {name}: {failure_reason(error)}\n")
            continue
        for fact in facts:
            row: dict[str, Any] = {"id": record.id, **asdict(fact)}
            if output_format is OutputFormat.jsonl:
                sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
            else:
                out.add_row(*("NULL" if row[c] is None else str(row[c]) for c in columns))
    if output_format is OutputFormat.table:
        Console(width=max(160, Console().width)).print(out)
    if refused and refused == len(records):
        raise typer.Exit(code=1)


class ExtractInput(NamedTuple):
    """One text to extract from, with the story context that tells its facts' company and place."""

    id: Any
    text: str
    headline: str | None = None
    dateline: str | None = None


def _read_inputs(stream: TextIO, input_jsonl: bool) -> list[ExtractInput]:
    """The texts on stdin: the whole of it with id None, or one per JSONL line."""
    if not input_jsonl:
        return [ExtractInput(None, stream.read())]
    records = []
    for number, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
            records.append(
                ExtractInput(obj.get("id"), str(obj["text"]), obj.get("headline"), obj.get("dateline"))
            )
        except (json.JSONDecodeError, KeyError, AttributeError) as exc:
            console.print(f'[red]line {number}: not a JSON object with a "text" field ({exc}); skipped[/]')
    return records
