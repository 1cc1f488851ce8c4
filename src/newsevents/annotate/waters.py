"""`newsevents_waters`: a sea, gulf or strait is one place, not a country inside its name.

The recogniser reads "the South China Sea" as the place "China" and "the Gulf of Mexico" as an
organisation, so the resolve stage made China a place of the story and Mexico an actor. Runs
after the ruler: each name of two words or more of the gazetteer's seas, gulfs and straits
(`regions.tsv`, kind "water") becomes one LOC span over the whole name, replacing what overlaps
it, and the places stage puts it on the map. A name that goes on with a capitalised word is
something else named after the sea ("the Black Sea Fleet", "Red Sea Global") and is left alone.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

NAME = "newsevents_waters"
LABEL = "LOC"


class Waters:
    def __init__(self, nlp: "Language"):
        from spacy.matcher import PhraseMatcher

        from ..places.gazetteer import water_names

        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        # One-word names are left to the recogniser: "Atlantic" or "Caribbean" are as often adjectives.
        self.matcher.add(LABEL, [nlp.make_doc(name) for name in water_names() if " " in name])

    def __call__(self, doc: "Doc") -> "Doc":
        from spacy.tokens import Span
        from spacy.util import filter_spans

        found = [Span(doc, start, end, label=LABEL) for _, start, end in self.matcher(doc)
                 if not (end < len(doc) and doc[end].is_title and doc[end].is_alpha)]
        if not found:
            return doc
        waters = filter_spans(found)
        kept = [e for e in doc.ents if not any(e.start < w.end and w.start < e.end for w in waters)]
        doc.ents = sorted(kept + waters, key=lambda e: e.start)
        return doc


def register() -> None:
    from spacy.language import Language

    if not Language.has_factory(NAME):
        Language.factory(NAME, func=lambda nlp, name: Waters(nlp))
