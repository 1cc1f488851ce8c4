"""Verbs too general to code by their CAMEO block alone ("led", "faced", "heading").

`data/cameo/vague_verbs.txt` lists their lemmas. With the shipped dictionaries such a verb gives
an event only when something more specific says what happened: a verb pattern, an event noun
under it or a speech/demand frame (`Coding.pattern` or `Coding.via`).
"""
from __future__ import annotations

from functools import lru_cache

from ..cameo.dictionary import DATA_DIR
from ..errors import DictionaryError
from ..records import Token
from .verbs import Coding

VAGUE_FILE = "vague_verbs.txt"


def vague(verb: Token, coding: Coding) -> bool:
    """Whether the coding is only the block code of a verb too general to trust alone."""
    return coding.pattern is None and not coding.via and verb.lemma.lower() in vague_verbs()


@lru_cache(maxsize=1)
def vague_verbs() -> frozenset[str]:
    path = DATA_DIR / VAGUE_FILE
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise DictionaryError(f"cannot read the vague verb list: {exc.strerror}", file=str(path)) from exc
    return frozenset(w.strip().lower() for w in lines if w.strip() and not w.startswith("#"))
