"""`newsevents_document_names` (last): what one mention of a name says holds for the others in
the same document.

- **Abbreviations the text defines.** "the United States Air Force (USAF)", "European
  Aeronautic Defence and Space (EADS)": capitals in brackets right after an organisation or a
  place take its label, there and wherever else they stand in the document, when they can be
  read from the name (their first letter starts the name, the others follow in order, as in
  Schwartz and Hearst's rule for biomedical abbreviations).
- **Family names.** Once a person of two or more words is named ("Sandy Angers"), the family
  name alone is that person. It is taken only as a word of its own (a proper noun, or a
  capitalised word inside a sentence, with no other capitalised word beside it) that no entity
  holds, or that the recogniser alone made an organisation: names in the dictionaries keep
  their label, and places and nationalities stay what they are. (The first word of an
  organisation's name is not taken the same way: it is too often a place or a common word,
  "Texas" of "Texas Instruments", "Housing" of "Housing Authority".)

The recogniser labels each mention on its own; these rules make a document agree with itself,
which is what the actors stage reads ("Angers said" is the spokeswoman, "the USAF" the air force).
"""
from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from ..lang.en.titles import NAME_PARTICLES, NOT_NAMES, TITLES

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

NAME = "newsevents_document_names"
ABBREVIATION = re.compile(r"^[A-Z][A-Z&]{1,7}$")
ABBREVIATED_LABELS = frozenset({"ORG", "LOC"})
KEPT_LABELS = frozenset({"LOC", "NORP"})  # what a family name alone does not take over
# A capitalised word with lower-case letters ("Angers", "McCain", "AirTran", "Vardø"), or initials ("J.M.").
_LETTER, _LOWER = r"(?:[^\W\d_]|['’.-])", "[a-zß-öø-ÿ]"
NAME_WORD = re.compile(rf"^(?:[^\W\d_a-zß-öø-ÿ]{_LETTER}*{_LOWER}{_LETTER}*|(?:[A-Z]\.)+)$")


def is_name_word(text: str) -> bool:
    """A capitalised word with lower-case letters: "Angers", "McCain", "O'Leary", not "EADS"."""
    return bool(NAME_WORD.match(text))


@functools.lru_cache(maxsize=1)
def dictionary_names() -> frozenset[str]:
    """Every phrase of the shipped entity patterns: names the rulers label themselves."""
    from .rulers import load_patterns

    return frozenset(p["pattern"] for p in load_patterns() if isinstance(p["pattern"], str))


def document_names(doc: "Doc") -> "Doc":
    ents = list(doc.ents)
    found = _abbreviations(doc, ents) + _family_names(doc, ents)
    if found:
        doc.ents = _merged(ents, found)
    return doc


# --- abbreviations ---------------------------------------------------------------------

def _abbreviations(doc: "Doc", ents: list["Span"]) -> list["Span"]:
    from spacy.tokens import Span

    defined: dict[str, str] = {}
    for ent in ents:
        if ent.label_ not in ABBREVIATED_LABELS or ent.end + 2 >= len(doc):
            continue
        opening, short, closing = doc[ent.end], doc[ent.end + 1], doc[ent.end + 2]
        if (opening.text == "(" and closing.text == ")" and ABBREVIATION.match(short.text)
                and reads_as(short.text, ent.text)):
            defined.setdefault(short.text, ent.label_)
    return [Span(doc, t.i, t.i + 1, label=defined[t.text]) for t in doc if t.text in defined]


def reads_as(short: str, name: str) -> bool:
    """Whether abbreviation `short` can be read from `name`: its first letter starts a word of
    the name that is the name's first, and its other letters follow in order."""
    letters = [c.lower() for c in short if c.isalnum()]
    words = [w for w in re.split(r"[\s-]+", name) if w]
    if not letters or not words or words[0][0].lower() != letters[0]:
        return False
    rest = " ".join(words)[1:].lower()
    at = 0
    for letter in letters[1:]:
        at = rest.find(letter, at)
        if at < 0:
            return False
        at += 1
    return True


# --- family names ------------------------------------------------------------------------

def _family_names(doc: "Doc", ents: list["Span"]) -> list["Span"]:
    from spacy.tokens import Span

    known = dictionary_names()
    names = set()
    for ent in ents:
        words = [t for t in ent if t.text not in ("'s", "’s")]
        if (ent.label_ == "PERSON" and len(words) >= 2 and is_name_word(words[-1].text)
                and all(is_name_word(t.text) or t.lower_ in NAME_PARTICLES for t in words)):
            names.add(words[-1].text)
    names = {w for w in names if w not in known and w.lower() not in TITLES and w.lower() not in NOT_NAMES}
    if not names:
        return []
    holder = {t.i: e for e in ents for t in e}
    found = []
    for token in doc:
        if token.text not in names or not _alone(doc, token):
            continue
        ent = holder.get(token.i)
        if ent is None or (len(ent) == 1 and ent.label_ != "PERSON" and ent.label_ not in KEPT_LABELS):
            found.append(Span(doc, token.i, token.i + 1, label="PERSON"))
    return found


def _alone(doc: "Doc", token: "Token") -> bool:
    """A proper noun (or a capitalised word inside a sentence) with no other capitalised word of
    its sentence right before or after it (title words aside: "Senator McCain")."""
    if token.pos_ != "PROPN" and token.is_sent_start:
        return False
    before = doc[token.i - 1] if token.i > 0 and not token.is_sent_start else None
    after = doc[token.i + 1] if token.i + 1 < len(doc) and not doc[token.i + 1].is_sent_start else None
    return not any(n is not None and is_name_word(n.text) and n.lower_ not in TITLES for n in (before, after))


def _merged(ents: list["Span"], found: list["Span"]) -> list["Span"]:
    taken = {i for span in found for i in range(span.start, span.end)}
    kept = [e for e in ents if not any(i in taken for i in range(e.start, e.end))]
    return sorted(kept + found, key=lambda e: e.start)


def register() -> None:
    from spacy.language import Language

    if not Language.has_factory(NAME):
        Language.component(NAME, func=document_names)
