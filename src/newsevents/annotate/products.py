"""`newsevents_products`: a maker's name with a model designation is a product, not an actor.

"the first Airbus A380 landed", "a Boeing 737-800", "Lockheed Martin F-35 jets", "the
DC-9": the recogniser and the ruler see "Airbus" or "Boeing" (an ORG) and the model code as a
word, or a person ("A350 jets"). Runs after the ruler: an entity followed by a model designation
(`newsevents.lang.en.products`), or holding one, becomes a PRODUCT span over the name and the
code, a label newsevents does not keep (`labels.our_label`), so no actor comes of it. The
maker named on its own ("Boeing said", "Boeing's 787") stays an ORG.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..lang.en.products import AMOUNT_WORDS, MODEL_CODE

if TYPE_CHECKING:
    from spacy.tokens import Doc

NAME = "newsevents_products"
LABEL = "PRODUCT"
MAKER_LABELS = frozenset({"ORG", "PERSON", "LOC", "GPE", "NORP"})


def is_model(doc: "Doc", i: int) -> bool:
    """Whether token i is a model designation (and not an amount: "300 million")."""
    if i >= len(doc) or not MODEL_CODE.match(doc[i].text):
        return False
    return not (doc[i].text[0].isdigit() and i + 1 < len(doc) and doc[i + 1].lower_ in AMOUNT_WORDS)


def mark_products(doc: "Doc") -> "Doc":
    from spacy.tokens import Span

    ents, changed = list(doc.ents), False
    for ent in list(ents):
        if ent.label_ not in MAKER_LABELS:
            continue
        holds = any(is_model(doc, t.i) for t in ent)
        follows = is_model(doc, ent.end) and not any(e.start <= ent.end < e.end for e in ents if e is not ent)
        if holds or follows:
            ents.remove(ent)
            ents.append(Span(doc, ent.start, ent.end + (0 if holds else 1), label=LABEL))
            changed = True
    if changed:
        doc.ents = sorted(ents, key=lambda e: e.start)
    return doc


def register() -> None:
    from spacy.language import Language

    if not Language.has_factory(NAME):
        Language.component(NAME, func=mark_products)
