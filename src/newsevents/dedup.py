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

import numpy as np

from .ids import normalise_text

__all__ = ["simhash", "hamming", "bands", "to_signed", "to_unsigned", "BITS", "SHINGLE"]

BITS = 64
SHINGLE = 3  # words per shingle
_WORD = re.compile(r"\w+")
_MASK = (1 << BITS) - 1
_MIX = tuple(np.uint64(m) for m in (0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9))


def shingles(text: str, *, size: int = SHINGLE) -> list[str]:
    """Overlapping runs of `size` words of the normalised text (one run if it is shorter)."""
    words = _WORD.findall(normalise_text(text))
    if len(words) <= size:
        return [" ".join(words)] if words else []
    return [" ".join(words[i:i + size]) for i in range(len(words) - size + 1)]


def _word_hashes(words: list[str]) -> np.ndarray:
    """A stable 64-bit hash per word (blake2b, once per distinct word)."""
    table = {w: int.from_bytes(hashlib.blake2b(w.encode("utf-8"), digest_size=8).digest(), "big")
             for w in set(words)}
    return np.fromiter((table[w] for w in words), dtype=np.uint64, count=len(words))


def _shingle_hashes(words: list[str]) -> np.ndarray:
    """One 64-bit hash per run of SHINGLE words: the word hashes mixed by position."""
    h = _word_hashes(words + [""] * (SHINGLE - len(words)))  # a short text is one padded shingle
    n = len(h) - SHINGLE + 1
    mixed = h[:n] * _MIX[0]
    for offset in range(1, SHINGLE):
        mixed = (mixed ^ (mixed >> np.uint64(29))) + h[offset:offset + n] * _MIX[offset]
    return mixed ^ (mixed >> np.uint64(32))


def simhash(text: str) -> int:
    """The unsigned 64-bit simhash of `text` over word 3-gram shingles; 0 for a text without words."""
    words = _WORD.findall(normalise_text(text))
    if not words:
        return 0
    hashes = _shingle_hashes(words).astype(">u8")  # big-endian bytes: bit 0 is the most significant
    bits = np.unpackbits(hashes.view(np.uint8).reshape(-1, 8), axis=1)  # one row a shingle
    majority = 2 * bits.sum(axis=0, dtype=np.int64) > len(bits)
    return int.from_bytes(np.packbits(majority).tobytes(), "big")


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
