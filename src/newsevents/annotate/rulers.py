"""Entities from dictionaries and patterns, added to every pipeline by `model.prepare`.

- `newsevents_entity_ruler`: spaCy's entity ruler fed from `newsevents/data/entity_patterns/*.jsonl`
  (`geo.jsonl`: countries, capitals, demonyms as NORP, IGOs; `actors.jsonl`, built by
  `scripts/build_entity_patterns.py`: office-holders as PERSON, groups, organisations and
  companies as ORG). Each line is a pattern, e.g. `{"label": "NORP", "pattern": "Ukrainian"}`,
  matched on the exact text.
  With them, token patterns for capitalised words ending in an organisation word
  ("Singapore Airlines") or a place word ("Changi International Airport"), and "Air" before
  a place's name as an airline ("Air China"; the words are in `lang/en/organisations.py`).
- `newsevents_lowercase_names` (`lowercase.py`, right after the recogniser): its names written
  without a capital letter, a digit or a word tagged a proper noun ("would [deploy joint
  patrols]") are dropped.
- `newsevents_model_people` and `newsevents_place_surnames` (`surnames.py`), on either side of
  the ruler: a person the recogniser found whose family name is a place stays a person, and an
  organisation's longer name the recogniser found stays whole.
- `newsevents_products` (`products.py`): a maker's name before a model designation ("Boeing
  787", "Airbus A380") is a product, which newsevents does not keep, not an organisation.
- `newsevents_waters` (`waters.py`): a sea, gulf or strait of the gazetteer ("the South China
  Sea", "the Gulf of Mexico") is one place, not the country inside its name.
- `newsevents_datelines` (`datelines.py`): the city of a dateline ("MOSCOW, March 4 (Reuters) —")
  is a LOC.
- `newsevents_titled_names` (`titles.py`): the name after a title word is a PERSON, the name in
  "the city of ..." a LOC.
- `newsevents_document_names` (`documents.py`, last): abbreviations defined in brackets and
  family names alone take the label of the name they stand for, across the document.

Placement, chosen on UNER EWT dev and the first half of MEANTIME (`python -m benchmarks.annotate
--split dev`): after the recogniser, its entities replacing the recogniser's where they overlap.
Before the recogniser scored the same on UNER dev and 0.001 lower on MEANTIME; after it without
overwriting scored 0.06 lower on MEANTIME (the model's "Apple" as LOC would stay).
"""
from __future__ import annotations

import json
from pathlib import Path

from ..lang.en.organisations import (AIRLINE_WORD, CORPORATE_SUFFIXES, NAME_PREPOSITIONS, NOT_AFTER_HEADS,
                                     NOT_IN_NAMES, ORG_HEADS, PLACE_HEADS)
from . import datelines, documents, lowercase, products, surnames, titles, waters
from .documents import NAME_WORD

PATTERNS = Path(__file__).resolve().parent.parent / "data" / "entity_patterns"
RULER = "newsevents_entity_ruler"
RULER_PLACE = "after"  # "before" or "after" the statistical recogniser
OVERWRITE = True  # the ruler's entities replace the recogniser's where they overlap


def load_patterns(folder: Path = PATTERNS) -> list[dict]:
    """All patterns of the folder's JSONL files, in file order."""
    patterns: list[dict] = []
    for path in sorted(folder.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                patterns.append(json.loads(line))
    return patterns


def organisation_patterns() -> list[dict]:
    """Capitalised words ending in an organisation word ("Singapore Airlines", "Labour Party")
    or a place word ("Changi International Airport"); an organisation word carried on by "of",
    "on" or "for" and capitalised words ("Kenya National Commission on Human Rights", "Ministry
    of Foreign Affairs", "Directorate of Criminal Investigations"), and names joined by "and"
    before one ("Independent Electoral and Boundaries Commission")."""
    word = {"TEXT": {"REGEX": NAME_WORD.pattern}, "LOWER": {"NOT_IN": sorted(NOT_IN_NAMES)}}
    tail = {"TEXT": {"REGEX": NAME_WORD.pattern}, "LOWER": {"NOT_IN": sorted(NOT_IN_NAMES | NOT_AFTER_HEADS)}}
    org, joined = {"ORTH": {"IN": sorted(ORG_HEADS)}}, {"LOWER": "and"}
    bodies = {"ORTH": {"IN": sorted(ORG_HEADS - CORPORATE_SUFFIXES)}}  # not "Google Inc. of Mountain View"
    patterns = [{"label": label, "pattern": [word] * n + [{"ORTH": {"IN": sorted(heads)}}]}
                for label, heads in (("ORG", ORG_HEADS), ("LOC", PLACE_HEADS)) for n in (1, 2, 3, 4)]
    by = {"LOWER": {"IN": list(NAME_PREPOSITIONS)}}
    carried = [[by] + [tail] * n for n in (1, 2, 3)]
    # "of Housing and Urban Development"
    carried += [[by] + [tail] * a + [joined] + [tail] * b for a in (1, 2) for b in (1, 2)]
    patterns += [{"label": "ORG", "pattern": [word] * n + [bodies] + rest} for n in (0, 1, 2, 3) for rest in carried]
    inner = {"TEXT": {"REGEX": NAME_WORD.pattern}, "LOWER": {"NOT_IN": sorted(NOT_IN_NAMES)},
             "ORTH": {"NOT_IN": sorted(ORG_HEADS)}}  # not "Shanghai Airlines and Xiamen Airlines"
    patterns += [{"label": "ORG", "pattern": [word] * (a - 1) + [inner, joined] + [word] * b + [org]}
                 for a in (1, 2) for b in (1, 2)]
    return patterns


def airline_patterns(patterns: list[dict]) -> list[dict]:
    """"Air" before a place's name is an airline: "Air China", "Air Moldova"."""
    return [{"label": "ORG", "pattern": f"{AIRLINE_WORD} {p['pattern']}"} for p in patterns
            if p["label"] == "LOC" and isinstance(p["pattern"], str)]


def add_entity_ruler(nlp, patterns: list[dict], *, place: str = RULER_PLACE, overwrite: bool = OVERWRITE,
                     titled: bool = True, heads: bool = True) -> None:
    """Add the entity ruler with `patterns` next to the recogniser (or last, without one),
    then the titled-names component."""
    if patterns:
        where = {place: "ner"} if "ner" in nlp.pipe_names else {}
        ruler = nlp.add_pipe("entity_ruler", name=RULER, **where,
                             config={"phrase_matcher_attr": "ORTH", "overwrite_ents": overwrite})
        phrases = [p for p in patterns if isinstance(p["pattern"], str)]
        tokens = [p for p in patterns if not isinstance(p["pattern"], str)]
        ruler.add_patterns(tokens + (organisation_patterns() if heads else []))
        _add_phrases(nlp, ruler, phrases + (airline_patterns(phrases) if heads else []))
        if "ner" in nlp.pipe_names and place == "after" and overwrite:  # "Sudesh Amman" stays a person
            surnames.register()
            nlp.add_pipe(surnames.KEEP, before=RULER)
            nlp.add_pipe(surnames.RESTORE, after=RULER)
    if "ner" in nlp.pipe_names:  # right after the recogniser, before anything the ruler adds
        lowercase.register()
        nlp.add_pipe(lowercase.NAME, after="ner")
    products.register()
    nlp.add_pipe(products.NAME)
    waters.register()
    nlp.add_pipe(waters.NAME)
    datelines.register()
    nlp.add_pipe(datelines.NAME)
    if titled:
        titles.register()
        nlp.add_pipe(titles.NAME)
    documents.register()
    nlp.add_pipe(documents.NAME)


def _add_phrases(nlp, ruler, patterns: list[dict]) -> None:
    """Feed phrase patterns straight to the ruler's phrase matcher, which keeps only token
    hashes: `ruler.add_patterns` would also keep a Doc of every pattern (50 MB for 10,000
    names) and run the components before the ruler over each. They are matched all the same,
    but `ruler.patterns` does not list them."""
    tokenizer, special = nlp.tokenizer, set(nlp.tokenizer.rules or {})
    for pattern in patterns:
        ruler.phrase_matcher.add(pattern["label"], [_tokenize(nlp, tokenizer, special, pattern["pattern"])])


def _tokenize(nlp, tokenizer, special: set[str], text: str):
    """A text of plain words and single spaces ("Hakan Fidan") is split on the spaces, which
    is what the tokenizer would do, faster; anything else goes through the tokenizer."""
    from spacy.tokens import Doc

    words = text.split(" ")
    if all(w.isalpha() and w not in special for w in words):
        return Doc(nlp.vocab, words=words)
    return tokenizer(text)
