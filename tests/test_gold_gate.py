"""Quality gate on the project's own gold sets (no ../shared needed): quotes and actors over the
sample articles in examples/ and over the blind set in tests/data/blind/ must stay above the
floors pinned in benchmarks/floors.json (measured values: docs/benchmarks.md)."""
import json
from pathlib import Path

import pytest

from benchmarks import actors, quotes

ROOT = Path(__file__).resolve().parents[1]
FLOORS = json.loads((ROOT / "benchmarks" / "floors.json").read_text())
BLIND = ROOT / "tests" / "data" / "blind"


@pytest.mark.parametrize("gold, floor", [(quotes.GOLD, "quotes_direct"), (BLIND / "quotes_gold.jsonl", "quotes_direct_blind")])
def test_direct_quotes_stay_above_their_floor(gold, floor):
    records = quotes.load(gold)
    found, texts = quotes.run(records)
    direct = quotes.score(records, found, texts, "direct")
    assert direct["f1"] >= FLOORS[floor]["f1"], direct
    assert direct["speaker"] >= FLOORS[floor]["speaker"], direct


@pytest.mark.parametrize("gold, floor", [(actors.GOLD, "actors"), (BLIND / "actors_gold.jsonl", "actors_blind")])
def test_actor_codes_stay_above_their_floor(gold, floor):
    right, rows = actors.accuracy(gold)
    assert right >= FLOORS[floor]["right"], [r for r in rows if not r["right"]]
