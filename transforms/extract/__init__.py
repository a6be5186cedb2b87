"""Numeric facts from news text: numbers, their units, hedges and subjects.

Public face of the extractor::

    from transforms.extract import extract
    facts = extract("The coalition estimates that around 2,500 IS jihadists are defending Raqa.")

``EXTRACTOR_VERSION`` is written into every fact row so a table can say which
rules produced it. Bump semantics: MAJOR when the :class:`Fact` shape or a
vocabulary changes incompatibly (a removed field, a renamed unit or kind),
MINOR when rules change which facts or values come out for the same text
(rows may differ, so re-extract), PATCH for changes that give identical output
(speed, refactoring, documentation).
"""

from transforms.extract import gazetteer, story, units
from transforms.extract.extractor import extract
from transforms.extract.model import CHANGES, KINDS, QUALIFIERS, Fact
from transforms.extract.units import UNITS

EXTRACTOR_VERSION: str = "1.18.0"
"""Version of the extraction rules; see the module docstring for bump semantics."""


def failure_reason(error: Exception) -> str:
    """What a quarantine row or an error line says of a text the extractor failed on: the
    version that failed and its error, so a re-run after the fix can be told apart."""
    return f"extractor {EXTRACTOR_VERSION} failed: {type(error).__name__}: {error}"


def load_tables() -> None:
    """Load every table the extractor otherwise builds on first need: pint's registry and the
    SI factors, the gazetteer and its cities' other spellings, the English dictionary that tells a
    coined name from a word (about a second in all; half a second
    once a process before has kept the gazetteer on disk, :mod:`transforms.extract.kept`).

    A warm-up calls it so that no story of a night pays for them (:mod:`flows.warm_up`).
    """
    units.load()
    gazetteer.load()
    story.load()


__all__ = [
    "CHANGES",
    "EXTRACTOR_VERSION",
    "KINDS",
    "QUALIFIERS",
    "UNITS",
    "Fact",
    "extract",
    "failure_reason",
    "load_tables",
]
