"""fast32: the speed-ups keep every search's answer (chunk-bounded $-searches, is_rate's cues)."""

import pytest
from extract_helpers import one

from transforms.extract import kinds, subjects

_TEXTS = [
    "Sales rose 5% and profits ",
    "Apples cost 30p, pears ",
    "apples cost 30p,and pears about ",
    "it proposed a quarterly dividend of ",
    "the company reported net earnings of about ",
    "a big long list of words then a total of more\tthan ",
    "x of of \n an estimated\n",
    "up to at least of ",
    "",
    "of ",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_chunk_bounded_searches_agree(text: str) -> None:
    for pattern, chunks in (
        (subjects._OF_OWNER, subjects._OF_OWNER_CHUNKS),
        (subjects._GAPPED_BARE, subjects._GAPPED_BARE_CHUNKS),
    ):
        whole = pattern.search(text)
        bounded = pattern.search(text, subjects._chunks_start(text, chunks))
        assert (whole is None) == (bounded is None)
        if whole is not None and bounded is not None:
            assert (whole.span(), whole.groupdict()) == (bounded.span(), bounded.groupdict())


@pytest.mark.parametrize(
    ("clause", "after"),
    [
        ("the three-month bills yielded an average", ""),
        ("a management fee of", ""),
        ("the UNEMPLOYMENT rate was", " of the workforce"),
        ("import Duties of", ""),
        ("the CPI rose", ""),
        ("paying", " bonds due 1990"),
        ("sales rose", ""),
        ("the Zürich prime was", ""),
    ],
)
def test_is_rate_cues_agree(clause: str, after: str) -> None:
    for pattern, cues, width in (
        (kinds._FEE_WORDS, kinds._FEE_CUES, 60),
        (kinds._NAMED_RATE, kinds._NAMED_RATE_CUES, 80),
        (kinds._SECURITY_YIELDED, kinds._YIELDED_CUES, 120),
        (kinds._RATE_WORDS, kinds._RATE_CUES, 0),
    ):
        if pattern.search(clause[-width:] if width else clause):
            assert kinds._cued(clause.lower() if clause.isascii() else None, cues, width)


def test_gapped_and_of_owner_subjects_unchanged() -> None:
    assert one("Sales rose 5% and profits 8% last year.", "8%").subject is not None
    assert one("The company proposed a dividend of 10 cents a share.", "10 cents").subject is not None
