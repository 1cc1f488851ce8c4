"""Entities from dictionaries: an entity ruler fed from `newsevents/data/entity_patterns/*.jsonl`.

Each line is a spaCy entity-ruler pattern, e.g. `{"label": "NORP", "pattern": "Ukrainian"}`.
The actor dictionaries will add their files to that folder; the ruler runs before the
statistical recogniser, which keeps the entities it finds.
"""
from __future__ import annotations

import json
from pathlib import Path

PATTERNS = Path(__file__).resolve().parent.parent / "data" / "entity_patterns"


def load_patterns(folder: Path = PATTERNS) -> list[dict]:
    """All patterns of the folder's JSONL files, in file order."""
    patterns: list[dict] = []
    for path in sorted(folder.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                patterns.append(json.loads(line))
    return patterns


def add_entity_ruler(nlp, patterns: list[dict]) -> None:
    """Add an entity ruler with `patterns` before the recogniser (or last, without one)."""
    if not patterns:
        return
    where = {"before": "ner"} if "ner" in nlp.pipe_names else {}
    ruler = nlp.add_pipe("entity_ruler", name="newsevents_entity_ruler",
                         config={"phrase_matcher_attr": "ORTH", "overwrite_ents": True}, **where)
    ruler.add_patterns(patterns)
