"""Bytes to text, and the checks that must happen before any parser sees a payload.

A payload is screened first (size, emptiness, binary content) so that a 50 MB
body or a JPEG dropped in the wrong folder is refused without being handed to a
parser. Decoding then follows the order agencies actually rely on: a byte-order
mark (or the NUL pattern of UTF-16 written without one), then the charset the
document declares, then UTF-8, and only for free text a statistical guess.
Every failure is a :class:`Reject` with a reason an editor can act on, never
an exception.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from charset_normalizer import from_bytes

from transforms.records import Reject

DEFAULT_MAX_BYTES = 20_000_000
"""Largest payload read by default; a wire story is a few kilobytes."""

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x1f\x8b", "gzip data"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
)
_BLANK = re.compile(rb"\s*")
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']""")


@dataclass(frozen=True, slots=True)
class Decoded:
    """Text decoded from a payload and the charset that worked (kept for diagnostics)."""

    text: str
    charset: str


def screen(data: bytes, max_bytes: int | None = DEFAULT_MAX_BYTES) -> Reject | None:
    """Refuse payloads no reader should parse: too large, empty or binary.

    The size check comes first and looks only at the length, so an oversized
    payload is refused without scanning or parsing it.

    Args:
        data: The raw payload.
        max_bytes: Size limit in bytes; ``None`` disables it.

    Returns:
        A reject explaining the problem, or ``None`` when the payload may be read.
    """
    if max_bytes is not None and len(data) > max_bytes:
        return Reject(f"payload exceeds the {_megabytes(max_bytes)} limit ({_megabytes(len(data))})")
    if _BLANK.fullmatch(data):
        return Reject("payload is empty" if not data else "payload is empty (only whitespace)")
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return Reject(f"payload looks binary ({kind})")
    if b"\x00" in data and _bom_codec(data) is None:
        return Reject("payload looks binary (NUL bytes)")
    return None


def decode_xml(data: bytes) -> Decoded | Reject:
    """Decode an XML document: byte-order mark, then the prolog's ``encoding``, then UTF-8."""
    if (bom := _decode_bom(data)) is not None:
        return bom
    match = _XML_ENCODING.match(data[:1024])
    declared = match.group(1).decode("ascii") if match else None
    return _decode_declared(data, declared)


def decode_json(data: bytes) -> Decoded | Reject:
    """Decode JSON, which RFC 8259 requires to be UTF-8 (a byte-order mark is tolerated)."""
    if (bom := _decode_bom(data)) is not None:
        return bom
    return _decode_declared(data, None)


def decode_text(data: bytes) -> Decoded | Reject:
    """Decode free text: byte-order mark, UTF-8, then charset-normalizer's best guess.

    Plain-text drops carry no charset declaration, so a guess is the only way to
    read the Windows-1252 and Latin-1 files older desks still produce.
    """
    if (bom := _decode_bom(data)) is not None:
        return bom
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None:
        return Reject("not valid UTF-8 and no charset could be guessed")
    return Decoded(str(best), best.encoding)


def decode_legacy(data: bytes, legacy: str) -> Decoded:
    """Decode UTF-8 when the bytes are UTF-8, else the format's documented legacy charset.

    Used for corpora documented in a single-byte charset (Reuters-21578 is
    Latin-1), where decoding cannot fail but a re-encoded UTF-8 copy must still work.
    """
    codec = _bom_codec(data) or "utf-8"
    try:
        return Decoded(data.decode(codec), codec)
    except UnicodeDecodeError:
        return Decoded(data.decode(legacy, errors="replace"), legacy)


def _decode_declared(data: bytes, declared: str | None) -> Decoded | Reject:
    """Try the declared charset, then UTF-8; explain both failures if neither works."""
    failures: list[str] = []
    for charset in _candidates(declared):
        try:
            return Decoded(data.decode(charset), charset)
        except UnicodeDecodeError as exc:
            failures.append(f"as {charset}: {exc.reason} at byte {exc.start}")
        except LookupError:
            failures.append(f"declared charset {charset!r} is unknown")
    if declared is None:
        failures.append("no charset is declared")
    return Reject(f"not valid UTF-8 and no declared charset worked ({'; '.join(failures)})")


def _candidates(declared: str | None) -> list[str]:
    """Charsets to try in order, the declared one first, without trying UTF-8 twice."""
    names = [declared] if declared else []
    if not declared or _normal_name(declared) != "utf-8":
        names.append("utf-8")
    return names


def _normal_name(charset: str) -> str | None:
    """Python's canonical codec name, or ``None`` for an unknown charset."""
    try:
        return codecs.lookup(charset).name
    except LookupError:
        return None


def _bom_codec(data: bytes) -> str | None:
    """Codec named by a leading byte-order mark, else by the NUL pattern of UTF-16 without one."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return codec
    return _bomless_utf16(data)


def _bomless_utf16(data: bytes) -> str | None:
    """``utf-16-le`` or ``utf-16-be`` when the bytes look like UTF-16 written without a byte-order mark.

    Windows tools often write UTF-16 with no BOM; its Latin text puts a NUL in
    every other byte (the high byte of each code unit: odd offsets for little
    endian, even for big endian). Binary data has NULs scattered on both sides.
    So: an even length, most code units of the sample with a NUL on one side and
    almost none on the other, and the whole payload decoding cleanly.
    """
    if len(data) < 4 or len(data) % 2:
        return None
    sample = data[:8192]
    units = len(sample) // 2
    high_odd, high_even = sample[1::2].count(0), sample[0::2].count(0)
    for codec, high, low in (("utf-16-le", high_odd, high_even), ("utf-16-be", high_even, high_odd)):
        if high >= 0.3 * units and low <= 0.01 * units:
            try:
                data.decode(codec)
            except UnicodeDecodeError:
                return None
            return codec
    return None


def _decode_bom(data: bytes) -> Decoded | Reject | None:
    """Decode by byte-order mark; ``None`` when there is none (so other rules apply)."""
    codec = _bom_codec(data)
    if codec is None:
        return None
    try:
        return Decoded(data.decode(codec), codec)
    except UnicodeDecodeError as exc:
        return Reject(f"not valid {codec} despite its byte-order mark ({exc.reason} at byte {exc.start})")


def _megabytes(size: int) -> str:
    """Human size such as ``20 MB`` or ``52.4 MB``."""
    return f"{size / 1_000_000:.1f}".removesuffix(".0") + " MB"
