"""`newsevents_titled_names`: the capitalised name after a title word is a PERSON.

"President Emmanuel Macron", "Foreign Minister Hakan Fidan", "spokesman Dmitry Peskov": the
title words (`newsevents.lang.en.titles`) are matched in any case, the name is one to four
capitalised words (particles such as "bin" or "von der" inside), and only the name becomes
the entity. Runs after the recogniser: a PERSON that took the title in is cut back to the
name; a name the recogniser or the ruler gave another label that does not take the title
in ("President Obama" as LOC) becomes PERSON; an entity that holds the title as well
("General Motors" as ORG) is left alone.

The same way, the capitalised name in "the city of Kherson", "the province of Idlib" (the place
nouns of `newsevents.lang.en.places`, in lower case) is a LOC, whatever the recogniser made of it.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..lang.en.places import PLACE_NOUNS
from ..lang.en.titles import DEPARTMENTS, NAME_PARTICLES, NOT_NAMES, PARTICLE_NAME, TITLES
from .documents import NAME_WORD, is_name_word

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

NAME = "newsevents_titled_names"
_PLACE_LEAD = 3  # the words before a place's name: "the city of"


def _name_words() -> list[dict]:
    word = {"TEXT": {"REGEX": f"(?:{NAME_WORD.pattern})|(?:{PARTICLE_NAME})"},  # "Muqtada al-Sadr"
            "LOWER": {"NOT_IN": sorted(TITLES | NOT_NAMES)}}
    particle = {"LOWER": {"IN": sorted(NAME_PARTICLES)}, "OP": "?"}
    return [word, particle, {**word, "OP": "?"}, particle, {**word, "OP": "?"}, {**word, "OP": "?"}]


def _hyphened_name_words() -> list[dict]:
    """A name with a particle joined by a hyphen, as the tokenizer splits "al-Sadr": "Muqtada al - Sadr"."""
    word = {"TEXT": {"REGEX": NAME_WORD.pattern}, "LOWER": {"NOT_IN": sorted(TITLES | NOT_NAMES)}}
    return [word, {**word, "OP": "?"}, {"LOWER": {"IN": sorted(NAME_PARTICLES)}}, {"ORTH": "-"}, word]


def _patterns() -> dict[str, list[list[dict]]]:
    title = {"LOWER": {"IN": sorted(TITLES)}, "OP": "+"}
    # one pattern for every department (their words, any run); `_after_title` checks the phrase
    office = [{"LOWER": "of"}, {"LOWER": {"IN": sorted({w for d in DEPARTMENTS for w in d.split()})}, "OP": "+"}]
    place = [{"LOWER": "the"}, {"TEXT": {"IN": sorted(PLACE_NOUNS)}}, {"LOWER": "of"}]
    names = (_name_words(), _hyphened_name_words())
    return {"PERSON": [[title, *words] for words in names] + [[title, *office, *words] for words in names],
            "LOC": [[*place, *_name_words()]]}


class TitledNames:
    def __init__(self, nlp: "Language"):
        from spacy.matcher import Matcher

        self.matcher = Matcher(nlp.vocab)
        for label, patterns in _patterns().items():
            self.matcher.add(label, patterns, greedy="LONGEST")

    def __call__(self, doc: "Doc") -> "Doc":
        strings = doc.vocab.strings
        found = ((doc[s:e], strings[key]) for key, s, e in self.matcher(doc))
        names = [(match, name, label) for match, label in found if (name := _name(match, label)) is not None]
        if names:
            doc.ents = _merged(doc, names)
        return doc


def _name(match: "Span", label: str) -> "Span | None":
    """The name part of a title + name match: after the last title word and the office named
    after it ("Secretary of State"), or after "the city of"; particles trimmed."""
    start = _PLACE_LEAD if label == "LOC" else _after_title(match)
    end = len(match)
    while end > start and match[end - 1].lower_ in NAME_PARTICLES:
        end -= 1
    if end <= start or not is_name_word(match[start].text) \
            or not (is_name_word(match[end - 1].text) or re.match(PARTICLE_NAME, match[end - 1].text)):
        return None
    return match.doc[match.start + start:match.start + end]


def _after_title(match: "Span") -> int:
    """Where the name starts: after the title words, and after "of" and the longest department
    of `DEPARTMENTS` there; the match's end (no name) when no listed department follows "of"."""
    start = next(i for i, t in enumerate(match) if t.lower_ not in TITLES)
    if match[start].lower_ != "of":
        return start
    words = [t.lower_ for t in match]
    longest = max((d for d in DEPARTMENTS if words[start + 1:start + 1 + len(d.split())] == d.split()),
                  key=lambda d: len(d.split()), default=None)
    return len(match) if longest is None else start + 1 + len(longest.split())


def _merged(doc: "Doc", names: list[tuple["Span", "Span", str]]) -> list["Span"]:
    """The names in place of what they touch, unless a title word belongs to another entity
    ("General Motors"). After an office ("Secretary of State Rubio") the recogniser's entity
    that ends within the match is its misreading of the whole phrase, and gives way."""
    from spacy.tokens import Span

    ents = list(doc.ents)
    for match, name, label in names:
        title = doc[name.start - 1]
        touching = [e for e in ents if e.start < name.end and name.start < e.end]
        office = label == "PERSON" and any(t.lower_ == "of" for t in doc[match.start:name.start])
        if any(e.label_ != label and e.start <= title.i and not (office and e.end <= match.end) for e in touching):
            continue  # "General Motors": the title word belongs to another entity
        ents = [e for e in ents if e not in touching]
        ents.append(Span(doc, name.start, name.end, label=label))
    return sorted(ents, key=lambda e: e.start)


def register() -> None:
    from spacy.language import Language

    if not Language.has_factory(NAME):
        Language.factory(NAME, func=lambda nlp, name: TitledNames(nlp))
