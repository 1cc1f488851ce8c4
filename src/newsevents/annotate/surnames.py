"""Names whose last word is a place: "Sudesh Amman", "Omar Paris", "Maria Lima".

The entity ruler runs after the recogniser and overwrites what it overlaps, so a person the
recogniser found whose family name is a capital lost the given name and became a LOC ("Sudesh
[Amman]"), and the actors stage then read the country's government in every later "Amman".
`newsevents_model_people` (just before the ruler) keeps the recogniser's spans of two
words or more; `newsevents_place_surnames` (just after it) gives such a span back when the
ruler left a place at its end or at its start and nothing else in it ("Sudesh [Amman]", "[Kobe]
Bryant"): the other words are all capitalised and none starts a place name or is a title ("East
Jerusalem" and "Istanbul Mayor ..." stay places).

The same two components keep an organisation's longer name: when the recogniser found an
organisation that holds the organisation the ruler found ("[Housing Authority] of New
Orleans", "[U.S.] [Senate]"), or a name of another kind that ends with the ruler's
organisation ("Port of [Hamburg Authority]" as a place), the recogniser's name is the
organisation (its other words capitalised, or "of", "for", "and"...).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..lang.en.places import PLACE_NAME_STARTS
from ..lang.en.titles import NOT_NAMES, TITLES
from .documents import is_name_word

if TYPE_CHECKING:
    from spacy.tokens import Doc

KEEP = "newsevents_model_people"
RESTORE = "newsevents_place_surnames"
KEY = "newsevents.model_people"
PLACE_LABELS = frozenset({"LOC", "GPE"})
CONNECTORS = frozenset({"of", "for", "and", "&", "the", "de"})  # inside organisation names


def keep_people(doc: "Doc") -> "Doc":
    doc.user_data[KEY] = [(e.start, e.end, e.label_) for e in doc.ents if len(e) >= 2]
    return doc


def restore_people(doc: "Doc") -> "Doc":
    from spacy.tokens import Span

    people = doc.user_data.pop(KEY, [])
    if not people:
        return doc
    ents, changed = list(doc.ents), False
    for start, end, label in people:
        inside = [e for e in ents if e.start < end and start < e.end]
        if label == "PERSON" and len(inside) == 1 and _place_surname(doc, inside[0], start, end):
            new = "PERSON"
        elif _longer_organisation(doc, inside, start, end, label):
            new = "ORG"
        else:
            continue
        ents = [e for e in ents if e not in inside] + [Span(doc, start, end, label=new)]
        changed = True
    if changed:
        doc.ents = sorted(ents, key=lambda e: e.start)
    return doc


def _place_surname(doc: "Doc", place, start: int, end: int) -> bool:
    """A place the ruler found as the family name ("Sudesh [Amman]") or the given name ("[Kobe]
    Bryant", "[Jos] Buttler") of a person the recogniser found."""
    if place.label_ not in PLACE_LABELS or (place.start, place.end) == (start, end):
        return False
    if place.end == end:
        rest = doc[start:place.start]
    elif place.start == start:
        rest = doc[place.end:end]
    else:
        return False
    return (all(t.is_title and t.is_alpha for t in rest)
            and not any(t.lower_ in PLACE_NAME_STARTS or t.lower_ in TITLES or t.lower_ in NOT_NAMES for t in rest))


def _longer_organisation(doc: "Doc", inside: list, start: int, end: int, label: str) -> bool:
    """The recogniser found an organisation holding the one organisation the ruler found, with
    places, nationalities or capitalised words besides ("[Apple] Inc.", "[U.S.] [Senate]",
    "[Housing Authority] of New Orleans"); or a name of another kind (not a person) that ends
    with the ruler's organisation ("Port of [Hamburg Authority]"). Without an organisation
    inside, the ruler's places stay: the actors stage reads "[Kenya] National Chamber of
    Commerce and Industry" whole from the place."""
    orgs = [e for e in inside if e.label_ == "ORG"]
    if len(orgs) != 1 or any(e.start < start or e.end > end for e in inside):
        return False
    if (orgs[0].start, orgs[0].end) == (start, end):
        return False
    if any(e.label_ not in PLACE_LABELS | {"NORP"} for e in inside if e is not orgs[0]):
        return False
    covered = {i for e in inside for i in range(e.start, e.end)}
    if not all(is_name_word(t.text) or t.lower_ in CONNECTORS for t in doc[start:end] if t.i not in covered):
        return False
    return label == "ORG" or (label != "PERSON" and orgs[0].end == end)


def register() -> None:
    from spacy.language import Language

    if not Language.has_factory(KEEP):
        Language.component(KEEP, func=keep_people)
    if not Language.has_factory(RESTORE):
        Language.component(RESTORE, func=restore_people)
