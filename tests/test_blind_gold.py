"""The blind gold sets (tests/data/blind/) are well-formed: every quote text and actor mention lies
at its offsets / occurrence in the clean text `newsevents.process` gives (model "none", so no
annotation is needed), kinds are valid, countries are ISO3 codes or null."""
import json
import re
from functools import lru_cache
from pathlib import Path

import pytest

import newsevents
from newsevents.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
BLIND = ROOT / "tests" / "data" / "blind"
KINDS = {"direct", "partial", "indirect", "scare"}
ROLES = {"GOV", "MIL", "LEG", "JUD", "OPP", "REB", "COP", "SPY", "BUS", "MED", "CVL", "IGO", "NGO", "LAB",
         "EDU", "REL", "HLH", "REF", "INS", "ELI", "AGR", "CRM", "UAF", "MNC", "PTY", "SEP"}


def _lines(name: str) -> list[dict]:
    path = BLIND / name
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@lru_cache(maxsize=None)
def _text(file: str, doc: int = 0) -> str:
    return newsevents.process(str(ROOT / file), settings=Settings(model="none"))[doc].article.text


def _nth(text: str, needle: str, occurrence: int) -> int:
    """Start of the occurrence-th match, counted as benchmarks.quotes.locate counts it."""
    at = -1
    for _ in range(occurrence + 1):
        at = text.index(needle, at + 1)
    return at


QUOTES = _lines("quotes_gold.jsonl")
ACTORS = _lines("actors_gold.jsonl")
BLIND2 = ROOT / "tests" / "data" / "blind2"
ACTORS2 = [json.loads(line) for line in (BLIND2 / "actors_gold.jsonl").read_text(encoding="utf-8").splitlines()
           if line.strip()]


def test_the_blind_set_has_its_articles_and_labels():
    articles = sorted(p.name for p in BLIND.glob("*.txt"))
    assert len(articles) == 6
    assert {Path(q["file"]).name for q in QUOTES} == set(articles)
    assert {Path(a["file"]).name for a in ACTORS} == set(articles)
    assert len(QUOTES) >= 40 and len(ACTORS) >= 80


def test_the_title_line_is_not_in_the_clean_text():
    for path in sorted(BLIND.glob("*.txt")):
        title = path.read_text(encoding="utf-8").splitlines()[0]
        assert title not in _text(str(path.relative_to(ROOT)))


@pytest.mark.parametrize("record", QUOTES, ids=lambda r: f"{Path(r['file']).stem}:{r['text'][:30]}")
def test_quote_records_are_well_formed(record):
    assert set(record) <= {"file", "doc", "text", "speaker", "kind", "occurrence"}
    assert record["kind"] in KINDS
    assert record["doc"] == 0
    assert record["speaker"] is None if record["kind"] == "scare" else isinstance(record["speaker"], str)
    text = _text(record["file"], record["doc"])
    count = text.count(record["text"])
    assert count >= 1, "quote text not in the clean text"
    if count > 1:
        assert "occurrence" in record, "ambiguous quote text needs an occurrence"
    _nth(text, record["text"], record.get("occurrence", 0))  # raises when the occurrence does not exist


def test_the_second_blind_set_has_its_articles_and_labels():
    articles = sorted(p.name for p in BLIND2.glob("*.txt"))
    assert len(articles) == 3
    assert {Path(a["file"]).name for a in ACTORS2} == set(articles)
    assert len(ACTORS2) >= 50


@pytest.mark.parametrize("record", ACTORS + ACTORS2, ids=lambda r: f"{Path(r['file']).stem}:{r['start']}:{r['mention']}")
def test_actor_records_are_well_formed(record):
    assert set(record) == {"file", "mention", "occurrence", "start", "end", "country", "role", "context"}
    assert record["country"] is None or re.fullmatch(r"[A-Z]{3}", record["country"])
    assert record["role"] is None or record["role"] in ROLES
    text = _text(record["file"])
    assert text[record["start"]:record["end"]] == record["mention"]
    assert _nth(text, record["mention"], record["occurrence"]) == record["start"]
    assert record["mention"] in record["context"]


def test_actor_mentions_are_not_listed_twice():
    spans = [(a["file"], a["start"], a["end"]) for a in ACTORS + ACTORS2]
    assert len(spans) == len(set(spans))
