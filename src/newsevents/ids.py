"""Ids from content: the same natural key always gives the same id."""
from __future__ import annotations

import hashlib
import re
import unicodedata

_SPACE = re.compile(r"\s+")


def stable_id(*parts: str | None, length: int = 16) -> str:
    """A hex id from the parts, joined unambiguously."""
    h = hashlib.sha256()
    for part in parts:
        h.update((part or "").encode("utf-8"))
        h.update(b"\x1f")
    return h.hexdigest()[:length]


def normalise_text(text: str) -> str:
    """Text as compared for exact duplicates: NFKC, case-folded, spaces collapsed."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return _SPACE.sub(" ", text).strip()


def text_hash(text: str) -> str:
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()
