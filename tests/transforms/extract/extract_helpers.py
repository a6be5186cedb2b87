"""Shared helpers for the extractor tests (imported by name: test files sit on sys.path)."""

from __future__ import annotations

from pathlib import Path

from transforms.extract import Fact, extract

REPO_ROOT = Path(__file__).resolve().parents[3]
SHARED = REPO_ROOT.parent / "shared"


def only(text: str) -> Fact:
    """The single fact in ``text``; fails when there are zero or several."""
    facts = extract(text)
    assert len(facts) == 1, [f.surface for f in facts]
    return facts[0]


def one(text: str, surface: str, headline: str | None = None, dateline: str | None = None) -> Fact:
    """The first fact of ``text`` whose surface holds ``surface`` (headline and dateline given)."""
    found = [f for f in extract(text, headline=headline, dateline=dateline) if surface in f.surface]
    assert found, f"no fact {surface!r} in {[f.surface for f in extract(text)]}"
    return found[0]


def surfaces(text: str) -> list[str]:
    """Surfaces of every fact in ``text``, in order."""
    return [f.surface for f in extract(text)]


def extract_one_subject(text: str) -> str | None:
    """Subject of the last fact in ``text`` (the one the test sentence is about)."""
    facts = extract(text)
    assert facts, text
    return facts[-1].subject
