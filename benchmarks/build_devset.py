"""Build ``data/extract_devset.jsonl`` from the hand-labelled markup in ``data/extract_devset.src``.

The markup keeps each label next to the words it labels, which is much easier
to write and review than JSON offsets: ``[around 2,500](2500)``,
``[70 percent](70 percent)``, ``[20-30](20..30)``, ``[tens of thousands](~20000..99999)``.
A value is a number, ``LOW..HIGH`` for a range or ``~LOW..HIGH`` for a vague
quantity; the unit is a normalised unit name, or absent for a bare count.

Run: ``python -m benchmarks.build_devset`` from the repository root.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent / "data"
SOURCE = DATA / "extract_devset.src"
TARGET = DATA / "extract_devset.jsonl"

_LABEL = re.compile(r"\[(?P<surface>[^\[\]]+)\]\((?P<spec>[^()]*)\)")

KIND_OF_UNIT: dict[str, str] = {
    "percent": "percent",
    "percentage point": "percent",
    "basis point": "percent",
    "kilometre": "length",
    "metre": "length",
    "centimetre": "length",
    "millimetre": "length",
    "mile": "length",
    "foot": "length",
    "nautical mile": "length",
    "square kilometre": "area",
    "square mile": "area",
    "hectare": "area",
    "acre": "area",
    "tonne": "mass",
    "kilogram": "mass",
    "milligram": "mass",
    "pound": "mass",
    "barrel": "volume",
    "barrel per day": "volume",
    "litre": "volume",
    "cubic metre": "volume",
    "bushel": "volume",
    "kilometre per hour": "speed",
    "mile per hour": "speed",
    "knot": "speed",
    "degree Celsius": "temperature",
    "degree Fahrenheit": "temperature",
    "degree": "temperature",
    "megawatt": "power",
    "minute": "duration",
    "hour": "duration",
    "day": "duration",
    "week": "duration",
    "month": "duration",
    "year": "duration",
    "decade": "duration",
}
"""Kind of each unit used in the labels; money units are recognised by their codes."""

_MONEY = {
    "US dollar",
    "euro",
    "pound sterling",
    "yen",
    "Swiss franc",
    "mark",
    "guilder",
    "lira",
    "cruzado",
    "US cent",
}


def parse_label(surface: str, spec: str) -> dict[str, Any]:
    """One labelled fact from its surface and ``value unit`` spec."""
    value_text, _, unit_text = spec.strip().partition(" ")
    unit = unit_text.strip() or None
    value: float | None
    if value_text.startswith("~") or ".." in value_text:
        low_text, high_text = value_text.lstrip("~").split("..")
        value, low, high = None, float(low_text), float(high_text)
    else:
        value = low = high = float(value_text)
    kind = "count" if unit is None else ("money" if unit in _MONEY else KIND_OF_UNIT[unit])
    return {"surface": surface, "value": value, "low": low, "high": high, "unit": unit, "kind": kind}


def parse_line(line: str) -> tuple[str, list[dict[str, Any]]]:
    """Plain text and labelled facts of one markup line."""
    facts: list[dict[str, Any]] = []
    parts: list[str] = []
    last = 0
    for match in _LABEL.finditer(line):
        parts.append(line[last : match.start()])
        parts.append(match.group("surface"))
        facts.append(parse_label(match.group("surface"), match.group("spec")))
        last = match.end()
    parts.append(line[last:])
    return "".join(parts), facts


def build(source: Path = SOURCE) -> list[dict[str, Any]]:
    """Every labelled sentence in ``source``, with ids ``<section>-<n>``."""
    rows: list[dict[str, Any]] = []
    section, count = "misc", 0
    for raw in source.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@"):
            section, count = line[1:], 0
            continue
        count += 1
        text, facts = parse_line(line)
        rows.append({"id": f"{section}-{count:03d}", "text": text, "facts": facts})
    return rows


def main() -> None:
    """Write the JSONL dev set next to its source."""
    rows = build()
    with TARGET.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} sentences, {sum(len(r['facts']) for r in rows)} facts to {TARGET}")


if __name__ == "__main__":
    main()
