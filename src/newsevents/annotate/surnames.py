"""Names whose last word is a place: "Sudesh Amman", "Omar Paris", "Maria Lima".

The entity ruler runs after the recogniser and overwrites what it overlaps, so a person the
recogniser found whose family name is a capital lost the given name and became a LOC ("Sudesh
[Amman]"), and the actors stage then read the country's government in every later "Amman".
`newsevents_model_people` (just before the ruler) keeps the recogniser's PERSON spans of two
words or more; `newsevents_place_surnames` (just after it) gives such a span back when the
ruler left a place at its end and nothing else in it: the words before the place are all
capitalised and none starts a place name ("East Jerusalem" stays a place).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..lang.en.places import PLACE_NAME_STARTS
from ..lang.en.titles import NOT_NAMES, TITLES

if TYPE_CHECKING:
    from spacy.tokens import Doc

KEEP = "newsevents_model_people"
RESTORE = "newsevents_place_surnames"
KEY = "newsevents.model_people"
PLACE_LABELS = frozenset({"LOC", "GPE"})


def keep_people(doc: "Doc") -> "Doc":
    doc.user_data[KEY] = [(e.start, e.end) for e in doc.ents if e.label_ == "PERSON" and len(e) >= 2]
    return doc


def restore_people(doc: "Doc") -> "Doc":
    from spacy.tokens import Span

    people = doc.user_data.pop(KEY, [])
    if not people:
        return doc
    ents, changed = list(doc.ents), False
    for start, end in people:
        inside = [e for e in ents if e.start < end and start < e.end]
        if len(inside) == 1 and _place_surname(doc, inside[0], start, end):
            ents = [e for e in ents if e is not inside[0]] + [Span(doc, start, end, label="PERSON")]
            changed = True
    if changed:
        doc.ents = sorted(ents, key=lambda e: e.start)
    return doc


def _place_surname(doc: "Doc", place, start: int, end: int) -> bool:
    given = doc[start:place.start]
    return (place.label_ in PLACE_LABELS and place.end == end and place.start > start
            and all(t.is_title and t.is_alpha for t in given)
            and not any(t.lower_ in PLACE_NAME_STARTS or t.lower_ in TITLES or t.lower_ in NOT_NAMES for t in given))


def register() -> None:
    from spacy.language import Language

    if not Language.has_factory(KEEP):
        Language.component(KEEP, func=keep_people)
    if not Language.has_factory(RESTORE):
        Language.component(RESTORE, func=restore_people)
