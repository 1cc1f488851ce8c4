"""Bytes → text: gzip by content, binary sniffing, then the encoding.

The encoding is chosen in this order: a byte-order mark; the charset an HTTP header
declared; the charset the document declares (HTML `<meta>`, XML declaration); strict
UTF-8; charset-normalizer's best guess. The name used is returned with the text.
"""
from __future__ import annotations

import codecs
import re

from ..errors import DecodeError, EmptyInput
from . import binary, compressed

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_META = re.compile(rb"""<meta[^>]{0,300}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_DECL = re.compile(rb"""^\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.I)
_LATIN1_NAMES = {"latin_1", "ascii", "iso8859-1"}  # browsers read these as windows-1252


def unpack(data: bytes, *, input: str) -> bytes:
    """The content of a file: inflated when gzipped, EmptyInput when there is none."""
    if not data:
        raise EmptyInput("empty file", input=input)
    if compressed.is_gzip(data):
        data = compressed.gunzip(data, input=input)
        if not data:
            raise EmptyInput("empty file inside gzip", input=input)
    return data


def decode(data: bytes, *, input: str, declared: str | None = None) -> tuple[str, str]:
    """(text, encoding name) for content bytes; BinaryInput or DecodeError when not text."""
    bom = _bom(data)
    if bom:
        text, encoding = _strict(data, bom, input), bom
    else:
        text, encoding = _decode_plain(data, input, declared)
    binary.check_text(text, input=input)
    if not text.strip():
        raise EmptyInput("only whitespace", input=input)
    return text, encoding


def _decode_plain(data: bytes, input: str, declared: str | None) -> tuple[str, str]:
    utf16 = _utf16_without_bom(data)
    if utf16:
        return _strict(data, utf16, input), utf16
    binary.check_bytes(data, input=input)
    for name in _candidates(data, declared):
        text = _try(data, name)
        if text is not None:
            return text, name
    return _detect(data, input)


def _bom(data: bytes) -> str | None:
    for mark, name in _BOMS:
        if data.startswith(mark):
            return name
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text with no BOM: mostly ASCII, so every other byte is NUL."""
    sample = data[:4096]
    if len(sample) < 8 or len(sample) % 2:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.9 * len(odd) and even.count(0) == 0:
        return "utf-16-le"
    if even.count(0) > 0.9 * len(even) and odd.count(0) == 0:
        return "utf-16-be"
    return None


def _candidates(data: bytes, declared: str | None) -> list[str]:
    names: list[str] = []
    for raw in (declared, _declared_inside(data)):
        names.extend(_usable(raw))
    names.append("utf-8")
    return list(dict.fromkeys(names))


def _declared_inside(data: bytes) -> str | None:
    head = data[:4096]
    found = _XML_DECL.search(head) or _META.search(head)
    return found.group(1).decode("ascii") if found else None


def _usable(name: str | None) -> list[str]:
    """Codec names worth trying for a declared charset; none for unknown or UTF-16/32 ones."""
    try:
        codec = codecs.lookup(name.strip()) if name else None
    except LookupError:
        return []
    if codec is None or codec.name.startswith(("utf-16", "utf-32")):
        return []
    if codec.name in _LATIN1_NAMES:
        return ["cp1252", codec.name]
    return [codec.name]


def _try(data: bytes, name: str) -> str | None:
    try:
        return data.decode(name)
    except (UnicodeDecodeError, LookupError):
        return None


def _strict(data: bytes, name: str, input: str) -> str:
    try:
        return data.decode(name)
    except UnicodeDecodeError as error:
        raise DecodeError(f"not valid {name}: {error.reason} at byte {error.start}", input=input) from error


def _detect(data: bytes, input: str) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data))
    if not matches:
        raise DecodeError("no text encoding explains these bytes", input=input)
    western = _try(data, "cp1252") if _western_ties(matches) else None
    if western is not None:
        return western, "cp1252"
    return str(matches[0]), matches[0].encoding


def _western_ties(matches) -> bool:
    """Whether windows-1252 explains the bytes as well as the best guess does.

    Short Western European text fits several code pages equally well; the detector then
    picks one arbitrarily (often cp1250, turning "è" into "č"). News is far more often
    windows-1252, so it wins ties.
    """
    best = matches[0]
    tied = [m for m in matches if m.chaos <= best.chaos and m.coherence >= best.coherence - 0.01]
    return any("cp1252" in m.could_be_from_charset for m in tied)
