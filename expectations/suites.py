"""The expectation suites, as data: which column, which rule, which arguments.

Suites are declared as plain :class:`Rule` tuples so they can be read, listed
and tested without importing Great Expectations; :mod:`expectations.validate`
turns them into GX expectations when a validation actually runs.

Four suites cover a night:

* ``articles`` and ``facts``: row rules; a failing row is quarantined.
* ``join``: every fact's article is in the night (a broken join is a pipeline bug).
* ``night``: one row of night-level numbers, for distribution rules that catch a
  broken extractor (facts per 1,000 words within a band learned from history).

Rule names are recorded in quarantine reasons and in ``validation_results``:
keep them stable, and add a new rule rather than renaming one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from transforms.extract import KINDS, QUALIFIERS, UNITS

FORMATS = ("afp_text", "plain_text", "ninjs", "newsml_g2", "reuters_sgml")
DATE_SOURCES = ("content", "metadata", "file", "run_date")
PUB_STATUSES = ("usable", "withheld", "canceled")

YEAR_REGEX = r"^(?:1[89][0-9]{2}|20[0-9]{2}|2100)$"
"""A bare four-digit year 1800-2100: the same test as ``transforms.extract.exclusions.is_year``."""

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"
)
DATE_REGEX = (
    rf"\b{_MONTH}\s+[0-9]|[0-9](?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:\s|$)"
    r"|\b[0-9]{4}-[0-9]{2}-[0-9]{2}\b|\b[0-9]{1,2}/[0-9]{1,2}/[0-9]{2,4}\b"
)
"""A surface that holds a date: "March 5", "5th of March", "2026-11-23", "23/11/2026".

Month names are matched capitalised only, so the verb "may" is not a month.
"""


def vocabulary_regex(names: frozenset[str]) -> str:
    """A regex that matches exactly ``names``, the compounds ("tonne per hectare") grouped.

    The unit vocabulary holds some 1,900 names, most of them compounds the extractor builds
    from two units. As a GX ``value_set`` that list made every validation a tenth of a second
    slower (GX serialises an expectation's arguments many times a run): one pattern with the
    compounds factored as "(A|B) per (C|D)" says the same in a few kilobytes.
    """
    plain: list[str] = []
    per: dict[str, set[str]] = {}
    for name in names:
        head, joined, tail = name.partition(" per ")
        if joined:
            per.setdefault(head, set()).add(tail)
        else:
            plain.append(name)
    groups: dict[frozenset[str], list[str]] = {}
    for head, tails in per.items():
        groups.setdefault(frozenset(tails), []).append(head)
    alternatives = [_either(plain)]
    alternatives += [f"{_either(heads)} per {_either(tails)}" for tails, heads in groups.items()]
    return "^(?:" + "|".join(sorted(alternatives)) + ")$"


def _either(words: Iterable[str]) -> str:
    """A non-capturing alternation of ``words`` as literals, longest first."""
    return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w))) + ")"


UNIT_REGEX = vocabulary_regex(UNITS)
"""The units the extractor emits, as one pattern (:func:`vocabulary_regex`)."""
MAX_PERCENT = 1e6
"""Largest plausible percent magnitude: record hyperinflations run to about 1e5 percent a year
(the 1e11 percent of Zimbabwe in 2008 is the exception a human should look at, not load)."""

DENSITY_RULE = "facts_per_1000_words_in_band"
"""Name of the night rule whose observed value is the night's facts per 1,000 words."""


@dataclass(frozen=True, slots=True)
class Rule:
    """One expectation: a GX expectation class name and its keyword arguments.

    Attributes:
        name: Stable, human-readable name recorded in quarantine rows and ``validation_results``.
        expectation: The GX 1.x expectation class name in ``gx.expectations``.
        kwargs: Arguments for that class.
        critical: A failure refuses the whole night (nothing is loaded). Row rules
            whose bad rows can simply be quarantined are not critical: the
            failure-rate gate of the flow judges those. Critical by default so a
            new rule blocks until someone decides its rows may be quarantined.
        doc: Why the rule exists, in one sentence; shown on the Data Docs page.
    """

    name: str
    expectation: str
    kwargs: dict[str, Any] = field(default_factory=dict)
    critical: bool = True
    doc: str = ""

    def description(self) -> str:
        """The text Data Docs shows for this expectation: the rule's name, GX type, role and reason.

        GX renders a ``description`` instead of its generated sentence, so the
        name analysts see in quarantine and ``validation_results`` is on the page too.
        """
        role = "critical: refuses the night" if self.critical else "bad rows are quarantined"
        reason = f" {self.doc}" if self.doc else ""
        return f"{self.name} ({self.expectation}; {role}).{reason}"


@dataclass(frozen=True, slots=True)
class FactsDensity:
    """The band that a night's facts per 1,000 words must fall in.

    Attributes:
        low: Lowest acceptable density (a broken extractor finds nothing: 0).
        high: Highest acceptable density (a runaway extractor finds every digit).
        min_words: The smallest sample the rate is judged on. A rate over a few hundred
            words says nothing about the extractor (one story without numbers is 0 facts
            per 1,000 words), so a night with fewer words is not held to the band. The
            default is about five wire stories; ``validation.min_words_for_rates`` sets it.
    """

    low: float
    high: float
    min_words: int = 2_000

    @classmethod
    def from_history(
        cls,
        past: Sequence[float],
        *,
        min_nights: int = 5,
        slack: float = 0.5,
        min_words: int | None = None,
    ) -> FactsDensity:
        """Learn the band from the densities of past accepted nights.

        The band is the range seen so far, widened by ``slack`` on each side
        (``[min * (1 - slack), max * (1 + slack)]``): news varies from night to
        night, but an extractor that breaks moves the density far outside what
        any past night saw. With fewer than ``min_nights`` nights there is no
        history worth learning from, and :data:`DEFAULT_DENSITY` applies.

        Args:
            past: Facts per 1,000 words of earlier nights (see
                ``warehouse.validation_store.density_history``).
            min_nights: Nights needed before the history replaces the default.
            slack: Relative widening of the observed range.
            min_words: The minimum sample (see ``min_words``); None keeps the default.
        """
        sample = DEFAULT_DENSITY.min_words if min_words is None else min_words
        if len(past) < min_nights:
            return replace(DEFAULT_DENSITY, min_words=sample)
        return cls(low=min(past) * (1 - slack), high=max(past) * (1 + slack), min_words=sample)


DEFAULT_DENSITY = FactsDensity(low=2.0, high=200.0)
"""The band without history: wire copy is number-dense (the bundled sample has about 65
facts per 1,000 words, single stories 25-175), so below 2 the extractor found almost
nothing and above 200 it is taking every token that looks like a number."""


def articles_rules(now: datetime) -> list[Rule]:
    """Rules every article row must meet; a failing article is quarantined with its facts.

    Args:
        now: The moment of validation: a publication date after it is in the future.
    """
    return [
        Rule(
            "article_id_not_null", "ExpectColumnValuesToNotBeNull", {"column": "article_id"}, critical=False
        ),
        Rule("article_id_unique", "ExpectColumnValuesToBeUnique", {"column": "article_id"}, critical=False),
        Rule("body_not_null", "ExpectColumnValuesToNotBeNull", {"column": "body"}, critical=False),
        Rule(
            "body_not_empty",
            "ExpectColumnValueLengthsToBeBetween",
            {"column": "body", "min_value": 1},
            critical=False,
        ),
        Rule(
            "format_known",
            "ExpectColumnValuesToBeInSet",
            {"column": "format", "value_set": list(FORMATS)},
            critical=False,
        ),
        Rule(
            "date_source_known",
            "ExpectColumnValuesToBeInSet",
            {"column": "date_source", "value_set": list(DATE_SOURCES)},
            critical=False,
        ),
        Rule(
            "pub_status_known",
            "ExpectColumnValuesToBeInSet",
            {"column": "pub_status", "value_set": list(PUB_STATUSES)},
            critical=False,
        ),
        Rule(
            "pub_date_not_in_future",
            "ExpectColumnValuesToBeBetween",
            {"column": "pub_date", "max_value": now.replace(tzinfo=None).isoformat()},
            critical=False,
            doc="A story cannot be published after the run that reads it.",
        ),
    ]


def facts_rules() -> list[Rule]:
    """Rules every fact row must meet (on the frame built by :func:`expectations.frames.facts_frame`)."""
    return [
        Rule("fact_id_not_null", "ExpectColumnValuesToNotBeNull", {"column": "fact_id"}, critical=False),
        Rule("fact_id_unique", "ExpectColumnValuesToBeUnique", {"column": "fact_id"}, critical=False),
        Rule(
            "article_id_not_null", "ExpectColumnValuesToNotBeNull", {"column": "article_id"}, critical=False
        ),
        Rule(
            "kind_known",
            "ExpectColumnValuesToBeInSet",
            {"column": "kind", "value_set": sorted(KINDS)},
            critical=False,
        ),
        Rule(
            "qualifier_known",
            "ExpectColumnValuesToBeInSet",
            {"column": "qualifier", "value_set": sorted(QUALIFIERS)},
            critical=False,
        ),
        Rule(
            "unit_known",
            "ExpectColumnValuesToMatchRegex",
            {"column": "unit", "regex": UNIT_REGEX},
            critical=False,
        ),
        Rule(
            "percent_of_whole_not_negative",
            "ExpectColumnValuesToBeBetween",
            {"column": "share_of_whole", "min_value": 0},
            critical=False,
            doc="A share of a whole ('N percent of ...') cannot be negative. Above 100 is real "
            "(bond prices at 108.96 pct, a 200 pct stock dividend, 440 pct inflation).",
        ),
        Rule(
            "percent_not_absurd",
            "ExpectColumnValuesToBeBetween",
            {"column": "percent_magnitude", "max_value": MAX_PERCENT},
            critical=False,
            doc="No percent the world reports reaches a million (hyperinflation peaks are lower); "
            "such a value is a misread number.",
        ),
        Rule(
            "start_not_negative",
            "ExpectColumnValuesToBeBetween",
            {"column": "start", "min_value": 0},
            critical=False,
        ),
        Rule(
            "end_inside_body",
            "ExpectColumnPairValuesAToBeGreaterThanB",
            {"column_A": "body_length", "column_B": "end", "or_equal": True},
            critical=False,
            doc="A fact's end offset lies inside its article's body.",
        ),
        Rule(
            "surface_equals_body_slice",
            "ExpectColumnPairValuesToBeEqual",
            {"column_A": "surface", "column_B": "body_slice"},
            critical=False,
            doc="A fact's surface text is exactly the body text at its offsets.",
        ),
        Rule(
            "fact_not_a_year",
            "ExpectColumnValuesToNotMatchRegex",
            {"column": "unitless_surface", "regex": YEAR_REGEX},
            critical=False,
            doc="A bare four-digit number 1800-2100 without a unit is a year, not a fact.",
        ),
        Rule(
            "fact_not_a_date",
            "ExpectColumnValuesToNotMatchRegex",
            {"column": "surface", "regex": DATE_REGEX},
            critical=False,
            doc="A surface holding a date (March 5, 2026-11-23) is a date, not a fact.",
        ),
    ]


def join_rules() -> list[Rule]:
    """Rules between facts and articles (on the facts frame): critical, a broken join is a pipeline bug."""
    return [
        Rule(
            "fact_article_exists",
            "ExpectColumnValuesToBeNull",
            {"column": "orphan_article_id"},
            critical=True,
            doc="Every fact's article_id is an article of the night; unexpected values are the missing ids.",
        ),
    ]


def night_rules(density: FactsDensity) -> list[Rule]:
    """Distribution rules over the night (on :func:`expectations.frames.night_frame`'s single row).

    Args:
        density: The band for facts per 1,000 words, learned from history or the default.
    """
    return [
        Rule(
            DENSITY_RULE,
            "ExpectColumnMeanToBeBetween",
            {"column": "facts_per_1000_words", "min_value": density.low, "max_value": density.high},
            critical=True,
            doc="Facts per 1,000 words of the night lie in the band past nights saw; "
            "outside it the extractor is broken.",
        ),
    ]
