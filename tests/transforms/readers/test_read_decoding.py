"""Screening and decoding: what happens before any parser sees a payload."""

from __future__ import annotations

import codecs

from transforms.readers.decoding import (
    Decoded,
    decode_json,
    decode_legacy,
    decode_text,
    decode_xml,
    screen,
)
from transforms.records import Reject


def test_empty_payload_is_refused() -> None:
    assert screen(b"") == Reject("payload is empty")


def test_whitespace_only_payload_is_refused() -> None:
    assert screen(b" \n\t \r\n") == Reject("payload is empty (only whitespace)")


def test_nul_bytes_mean_binary() -> None:
    assert screen(b"headline\x00\x01\x02body") == Reject("payload looks binary (NUL bytes)")


def test_known_binary_signature_is_named() -> None:
    assert screen(b"\x1f\x8b\x08\x00rest") == Reject("payload looks binary (gzip data)")
    assert screen(b"%PDF-1.7\n...") == Reject("payload looks binary (a PDF document)")


def test_utf16_with_bom_is_not_mistaken_for_binary() -> None:
    assert screen(codecs.BOM_UTF16_LE + "<a/>".encode("utf-16-le")) is None


def test_oversized_payload_is_refused_by_length() -> None:
    assert screen(b"x" * 1_000_001, max_bytes=1_000_000) == Reject("payload exceeds the 1 MB limit (1 MB)")
    assert screen(b"x" * 2_500_000, max_bytes=1_000_000) == Reject("payload exceeds the 1 MB limit (2.5 MB)")


def test_size_limit_can_be_disabled() -> None:
    assert screen(b"x" * 10, max_bytes=None) is None


def test_xml_declared_charset_is_used_when_not_utf8() -> None:
    data = '<?xml version="1.0" encoding="ISO-8859-1"?><a>Zürich</a>'.encode("latin-1")
    assert decode_xml(data) == Decoded(
        '<?xml version="1.0" encoding="ISO-8859-1"?><a>Zürich</a>', "ISO-8859-1"
    )


def test_xml_without_declaration_must_be_utf8() -> None:
    assert decode_xml(b"<a>Z\xfcrich</a>") == Reject(
        "not valid UTF-8 and no declared charset worked "
        "(as utf-8: invalid start byte at byte 4; no charset is declared)"
    )


def test_xml_declaring_utf8_but_holding_latin1_is_refused() -> None:
    data = b'<?xml version="1.0" encoding="UTF-8"?><a>Z\xfcrich</a>'
    assert decode_xml(data) == Reject(
        "not valid UTF-8 and no declared charset worked (as UTF-8: invalid start byte at byte 42)"
    )


def test_xml_with_unknown_declared_charset_falls_back_to_utf8() -> None:
    data = '<?xml version="1.0" encoding="x-martian"?><a>é</a>'.encode()
    assert decode_xml(data) == Decoded(data.decode(), "utf-8")


def test_xml_with_unknown_charset_and_bad_bytes_names_both_problems() -> None:
    data = b'<?xml version="1.0" encoding="x-martian"?><a>\xff</a>'
    assert decode_xml(data) == Reject(
        "not valid UTF-8 and no declared charset worked "
        "(declared charset 'x-martian' is unknown; as utf-8: invalid start byte at byte 45)"
    )


def test_xml_byte_order_mark_wins() -> None:
    data = codecs.BOM_UTF16_BE + "<a>ö</a>".encode("utf-16-be")
    assert decode_xml(data) == Decoded("<a>ö</a>", "utf-16")


def test_json_with_utf8_bom_decodes() -> None:
    assert decode_json(codecs.BOM_UTF8 + b'{"a": 1}') == Decoded('{"a": 1}', "utf-8-sig")


def test_json_in_latin1_is_refused() -> None:
    assert decode_json('{"headline": "Zürich"}'.encode("latin-1")) == Reject(
        "not valid UTF-8 and no declared charset worked "
        "(as utf-8: invalid start byte at byte 15; no charset is declared)"
    )


def test_plain_text_in_windows_1252_is_guessed() -> None:
    text = "Le président a déclaré que l’économie française progressera de 1,5 % cette année."
    decoded = decode_text(text.encode("cp1252"))
    assert isinstance(decoded, Decoded)
    assert decoded.text == text


def test_legacy_corpus_falls_back_to_its_documented_charset() -> None:
    assert decode_legacy(b"Z\xfcrich", "latin-1") == Decoded("Zürich", "latin-1")
    assert decode_legacy("Zürich".encode(), "latin-1") == Decoded("Zürich", "utf-8")


STORY = (
    "PARIS, Nov 23, 2026 (AFP) - Around 2,500 jihadists hold 70 percent of the city, officials said.\n\n"
    "The wall is 2.5 kilometres long. It was built in 1990 by the Rennes firm.\n\n"
    "Some 300 guards patrol it, said a spokesman, who gave no other figure.\n"
)


def test_utf16_without_a_byte_order_mark_is_decoded_not_called_binary() -> None:
    """Red-team finding: UTF-16 with no BOM (Windows tools write it) was called 'binary (NUL bytes)'."""
    for codec in ("utf-16-le", "utf-16-be"):
        data = STORY.replace("Rennes", "Rennes-Fougères").encode(codec)
        assert screen(data) is None
        assert decode_text(data) == Decoded(STORY.replace("Rennes", "Rennes-Fougères"), codec)
        assert decode_xml("<a>ö</a>".encode(codec)) == Decoded("<a>ö</a>", codec)


def test_a_bomless_utf16_story_reads_end_to_end() -> None:
    from transforms.readers import read_payload

    result = read_payload(STORY.encode("utf-16-le"), "file:///drop/story.txt")
    assert result.rejects == []
    (article,) = result.articles
    assert "Some 300 guards patrol it" in article.body


def test_binary_with_scattered_nuls_is_still_binary() -> None:
    assert screen(bytes(range(256)) * 8) == Reject("payload looks binary (NUL bytes)")
    assert screen(b"ab\x00\x00cd\x00\x00") == Reject("payload looks binary (NUL bytes)")
