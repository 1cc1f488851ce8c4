"""Nominal events under light verbs: "held talks with Y", "launched an investigation into Y".

The noun carries the event; the verb only says it happened. `data/cameo/event_nouns.tsv` maps
the noun's lemma to a CAMEO code; a light verb (`lang.LIGHT_VERBS`) whose object is such a noun
(or its noun after "on"/"under": "went on strike") takes that code when the verb dictionary gives
it none, a null code, or only the verb's own code.
"""
from __future__ import annotations

from functools import lru_cache

from ..cameo.dictionary import DATA_DIR
from ..errors import DictionaryError
from ..records import Token
from .lang import LIGHT_VERBS, TIME_WORDS
from .tree import OBJECTS, Sentence

NOUNS_FILE = "event_nouns.tsv"
# "went on strike", "put under investigation"; "up" is a particle the parser may take for one ("sped
# [up] the withdrawal", "stepped [up] attacks").
NOUN_PREPOSITIONS = frozenset({"on", "under", "up"})
AIMED = frozenset({"on", "against"})  # "an attack on X", "strikes against X"
AIMED_NOUN_CODES = {"strike": "190"}  # a strike aimed at someone is an attack, not a walkout (143)


def event_noun(sent: Sentence, verb: Token) -> tuple[Token, str] | None:
    """The light verb's object noun and its code, if the table has it."""
    if verb.lemma.lower() not in LIGHT_VERBS:
        return None
    table = event_nouns()
    for child in sent.children(verb):
        if child.dep in OBJECTS or (child.dep.startswith("obl") and sent.case_word(child) in NOUN_PREPOSITIONS):
            code = (table.get(child.lemma.lower()) or table.get(child.text.lower())
                    or table.get(_hyphenated(sent, child)))
            if code and child.lemma.lower() in AIMED_NOUN_CODES and (
                    aimed_at(sent, child) or aimed_at(sent, verb, besides=child)):
                code = AIMED_NOUN_CODES[child.lemma.lower()]  # "launched strikes on X"
            if code:
                return child, code
    return None


def _hyphenated(sent: Sentence, word: Token) -> str:
    """The word with the one a hyphen joins to it, as one ("sit-in": the tokenizer splits it)."""
    hyphen, first = sent.token(word.i - 1), sent.token(word.i - 2)
    if hyphen is None or first is None or hyphen.text != "-" or first.end != hyphen.start or hyphen.end != word.start:
        return ""
    return f"{first.text}-{word.text}".lower()


def aimed_at(sent: Sentence, word: Token, *, besides: Token | None = None) -> Token | None:
    """The "on X" / "against X" phrase of a word: whom an attack or a strike was aimed at; not a
    time ("on Monday") and not ``besides``, the event noun itself ("went [on strike]")."""
    return next((c for c in sent.children(word, "nmod", "obl") if sent.case_word(c) in AIMED
                 and c is not besides and c.lemma.lower() not in TIME_WORDS), None)


@lru_cache(maxsize=1)
def event_nouns() -> dict[str, str]:
    path = DATA_DIR / NOUNS_FILE
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise DictionaryError(f"cannot read the event noun table: {exc.strerror}", file=str(path)) from exc
    table = {}
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 2 or not parts[1].strip().isdigit():
            raise DictionaryError("want 'noun<TAB>code'", file=str(path), line=number)
        table[parts[0].strip().lower()] = parts[1].strip()
    return table
