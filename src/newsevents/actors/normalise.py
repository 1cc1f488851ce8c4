"""One way to compare names: "the U.N.", "UN_" and "un" are the same key.

Case, diacritics (Erdoğan/Erdogan), dots and apostrophes (U.N., People's),
other punctuation and underscores (Ban Ki-moon, BAN_KI-MOON), a leading "the"
and a final possessive ("Erdogan's") do not count.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Letters NFKD does not take apart.
_FOLD = str.maketrans({
    "ı": "i", "ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "ð": "d",
    "þ": "th", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ħ": "h",
})
_POSSESSIVE = re.compile(r"(?<=\w)['’`´]s?$")
_JOINERS = re.compile(r"[.'’`´ʼ]")
_SEPARATORS = re.compile(r"[\W_]+")


def fold(text: str) -> str:
    """Lower case without diacritics: "Erdoğan" -> "erdogan"."""
    if text.isascii():  # nothing to fold apart: most of the text, most of the time
        return text.casefold()
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD))
    if any(map(unicodedata.combining, decomposed)):
        decomposed = "".join(c for c in decomposed if not unicodedata.combining(c))
    return decomposed.casefold()


@lru_cache(maxsize=1 << 16)
def normalise(text: str) -> str:
    """The comparison key of a name or phrase ("" when nothing is left); remembered, as the
    resolver asks for the same few thousand words again and again."""
    key = _POSSESSIVE.sub("", fold(text).strip())
    key = _SEPARATORS.sub(" ", _JOINERS.sub("", key)).strip()
    if key.startswith("the "):
        key = key[4:]
    return key
