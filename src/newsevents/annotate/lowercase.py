"""`newsevents_lowercase_names`: a name the recogniser found without a capital letter is no name.

Edited news writes the names of people, organisations and places with capitals. The recogniser
sometimes labels a run of common words all the same ("would [deploy joint patrols]" as a
PERSON, "to [refuel]"), and the quotes and actors stages then take it for someone: a pronoun
"he" after it resolved to "deploy joint patrols". Just after the recogniser, this component
drops its entities none of whose words holds a capital letter or a digit or was tagged a proper
noun (web text writes "kerala" in lower case, and the tagger still reads a name there). A text written all
in lower case (chat, a lowercased corpus) is left alone: there the rule would drop every name.
The entity ruler runs after it, so dictionary names ("al-Shabaab" is written with a capital
anyway) are never dropped.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

NAME = "newsevents_lowercase_names"
# Below this share of alphabetic words that open with a capital, the text counts as lowercased.
MIN_CAPITALISED = 0.02


def drop_lowercase_names(doc: "Doc") -> "Doc":
    if not doc.ents or not _cased(doc):
        return doc
    kept = [e for e in doc.ents if _written_as_name(e)]
    if len(kept) < len(doc.ents):
        doc.ents = kept
    return doc


def _written_as_name(span) -> bool:
    """A capital or a digit in it, or a word the tagger read as a proper noun ("we flew to kerala"
    in web text)."""
    return any(ch.isupper() or ch.isdigit() for ch in span.text) or any(t.pos_ == "PROPN" for t in span)


def _cased(doc: "Doc") -> bool:
    words = [t.text for t in doc if t.is_alpha]
    return bool(words) and sum(w[0].isupper() for w in words) >= MIN_CAPITALISED * len(words)


def register() -> None:
    from spacy.language import Language

    if not Language.has_factory(NAME):
        Language.component(NAME, func=drop_lowercase_names)
