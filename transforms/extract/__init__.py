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

from transforms.extract.extractor import extract
from transforms.extract.model import CHANGES, KINDS, QUALIFIERS, Fact
from transforms.extract.units import UNITS

EXTRACTOR_VERSION: str = "1.6.0"
"""Version of the extraction rules; see the module docstring for bump semantics."""

__all__ = ["CHANGES", "EXTRACTOR_VERSION", "KINDS", "QUALIFIERS", "UNITS", "Fact", "extract"]
