"""`newsevents_titled_names`: the capitalised name after a title word is a PERSON.

"President Emmanuel Macron", "Foreign Minister Hakan Fidan", "spokesman Dmitry Peskov": the
title words (`newsevents.lang.en.titles`) are matched in any case, the name is one to four
capitalised words (particles such as "bin" or "von der" inside), and only the name becomes
the entity. Runs after the recogniser: a PERSON that took the title in is cut back to the
name; a name the recogniser or the ruler gave another label that does not take the title
in ("President Obama" as LOC) becomes PERSON; an entity that holds the title as well
("General Motors" as ORG) is left alone.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..lang.en.titles import NAME_PARTICLES, NOT_NAMES, TITLES
from .documents import NAME_WORD, is_name_word

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

NAME = "newsevents_titled_names"


def _patterns() -> list[list[dict]]:
    title = {"LOWER": {"IN": sorted(TITLES)}, "OP": "+"}
    word = {"TEXT": {"REGEX": NAME_WORD.pattern}, "LOWER": {"NOT_IN": sorted(TITLES | NOT_NAMES)}}
    particle = {"LOWER": {"IN": sorted(NAME_PARTICLES)}, "OP": "?"}
    return [[title, word, particle, {**word, "OP": "?"}, particle, {**word, "OP": "?"}, {**word, "OP": "?"}]]


class TitledNames:
    def __init__(self, nlp: "Language"):
        from spacy.matcher import Matcher

        self.matcher = Matcher(nlp.vocab)
        self.matcher.add("TITLED", _patterns(), greedy="LONGEST")

    def __call__(self, doc: "Doc") -> "Doc":
        names = [n for n in (_name(doc[s:e]) for _, s, e in self.matcher(doc)) if n is not None]
        if names:
            doc.ents = _merged(doc, names)
        return doc


def _name(match: "Span") -> "Span | None":
    """The name part of a title + name match: after the last title word, particles trimmed."""
    start = next(i for i, t in enumerate(match) if t.lower_ not in TITLES)
    end = len(match)
    while end > start and match[end - 1].lower_ in NAME_PARTICLES:
        end -= 1
    if end <= start or any(not is_name_word(t.text) for t in (match[start], match[end - 1])):
        return None
    return match.doc[match.start + start:match.start + end]


def _merged(doc: "Doc", names: list["Span"]) -> list["Span"]:
    from spacy.tokens import Span

    ents = list(doc.ents)
    for name in names:
        title = doc[name.start - 1]
        touching = [e for e in ents if e.start < name.end and name.start < e.end]
        if any(e.label_ != "PERSON" and e.start <= title.i for e in touching):
            continue  # "General Motors": the title word belongs to another entity
        ents = [e for e in ents if e not in touching]
        ents.append(Span(doc, name.start, name.end, label="PERSON"))
    return sorted(ents, key=lambda e: e.start)


def register() -> None:
    from spacy.language import Language

    if not Language.has_factory(NAME):
        Language.factory(NAME, func=lambda nlp, name: TitledNames(nlp))
