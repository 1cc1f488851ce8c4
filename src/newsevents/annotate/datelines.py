"""`newsevents_datelines`: the city of a dateline is a place.

Wire copy opens with where it was filed, in capitals: "MOSCOW, March 4 (Reuters) — Police
detained ...", "KOSTI, Sudan — ...". The recogniser, trained on text written in mixed case,
finds no entity there or a person ("KOSTI") or an organisation ("NAIROBI"), so the article lost
the one place its writer gave for it, and with it the country that "police" or "the foreign
ministry" of the story belong to. After the ruler, the capitalised words of a dateline
(`lang.en.datelines.DATELINE`, the same pattern the quotes stage reads so that a dateline never
speaks) become one LOC entity, replacing whatever overlapped them; the rest of the dateline (",
Sudan", "(Reuters)") keeps its entities. Heading words ("BREAKING —") are no place.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..lang.en.datelines import DATELINE, NOT_DATELINE_PLACES

if TYPE_CHECKING:
    from spacy.tokens import Doc

NAME = "newsevents_datelines"
LABEL = "LOC"
CITY = re.compile(r"[A-Z][A-Z.'’-]+(?:[ \t]+[A-Z][A-Z.'’-]+)*")


def mark_datelines(doc: "Doc") -> "Doc":
    cities = [span for m in DATELINE.finditer(doc.text) if (span := _city(doc, m)) is not None]
    if cities:
        kept = [e for e in doc.ents if not any(e.start < c.end and c.start < e.end for c in cities)]
        doc.ents = sorted(kept + cities, key=lambda e: e.start)
    return doc


def _city(doc: "Doc", match: re.Match):
    found = CITY.search(match.group(0))
    if found is None or any(w.strip(".'’-") in NOT_DATELINE_PLACES for w in found.group(0).split()):
        return None
    start = match.start() + found.start()
    return doc.char_span(start, start + len(found.group(0)), label=LABEL, alignment_mode="contract")


def register() -> None:
    from spacy.language import Language

    if not Language.has_factory(NAME):
        Language.component(NAME, func=mark_datelines)
