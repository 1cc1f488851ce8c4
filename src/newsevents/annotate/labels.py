"""Entity labels: every pipeline's scheme mapped onto the one newsevents uses.

Ours: PERSON, ORG, LOC (from the shipped model) and NORP (nationalities, religious and political
groups, from the entity ruler). OntoNotes (en_core_web_*), CoNLL and UNER labels map onto these;
other types (dates, money, works of art...) are dropped, later stages read times themselves.
"""
from __future__ import annotations

LABELS = ("PERSON", "ORG", "LOC", "NORP")

LABEL_MAP = {
    "PERSON": "PERSON",
    "PER": "PERSON",
    "ORG": "ORG",
    "LOC": "LOC",
    "GPE": "LOC",
    "FAC": "LOC",
    "NORP": "NORP",
}


def our_label(label: str) -> str | None:
    """Our label for a pipeline's entity label, or None when we do not keep that type."""
    return LABEL_MAP.get(label.upper())
