"""Near-duplicate fingerprints: a 64-bit simhash over word 3-gram shingles.

Two texts that differ in a few words get simhashes a few bits apart, so
`hamming(simhash(a), simhash(b)) <= 3` flags a near-duplicate. The store splits
each simhash into four 16-bit `bands`: two simhashes at most 3 bits apart agree
on at least one band (pigeonhole), so candidates are found by an index lookup.

Exact duplicates use `newsevents.ids.text_hash`; this module is for the rest.
"""
from __future__ import annotations

import hashlib
import re

from .ids import normalise_text

__all__ = ["simhash", "hamming", "bands", "to_signed", "to_unsigned", "BITS", "SHINGLE"]

BITS = 64
SHINGLE = 3  # words per shingle
_WORD = re.compile(r"\w+")
_MASK = (1 << BITS) - 1
_BIT_SET = [bytes((byte >> bit) & 1 for byte in range(256)) for bit in range(8)]  # byte -> 0/1


def shingles(text: str, *, size: int = SHINGLE) -> list[str]:
    """Overlapping runs of `size` words of the normalised text (one run if it is shorter)."""
    words = _WORD.findall(normalise_text(text))
    if len(words) <= size:
        return [" ".join(words)] if words else []
    return [" ".join(words[i:i + size]) for i in range(len(words) - size + 1)]


def simhash(text: str) -> int:
    """The unsigned 64-bit simhash of `text`; 0 for a text without words."""
    blob = b"".join(hashlib.blake2b(s.encode("utf-8"), digest_size=8).digest() for s in shingles(text))
    total = len(blob) // 8
    value = 0
    for position in range(8):  # count set bits a byte column at a time, in C: fast in pure Python
        column = blob[position::8]
        shift = (7 - position) * 8
        for bit in range(8):
            if 2 * column.translate(_BIT_SET[bit]).count(1) > total:
                value |= 1 << (shift + bit)
    return value


def hamming(a: int, b: int) -> int:
    """How many of the 64 bits differ (signed or unsigned inputs alike)."""
    return ((a ^ b) & _MASK).bit_count()


def bands(value: int) -> tuple[int, int, int, int]:
    """The four 16-bit bands of a simhash, most significant first."""
    value &= _MASK
    return tuple((value >> shift) & 0xFFFF for shift in (48, 32, 16, 0))  # type: ignore[return-value]


def to_signed(value: int) -> int:
    """An unsigned 64-bit value as SQLite's signed INTEGER."""
    value &= _MASK
    return value - (1 << BITS) if value >= 1 << (BITS - 1) else value


def to_unsigned(value: int) -> int:
    return value & _MASK
