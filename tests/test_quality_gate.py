"""Quality gate: where ../shared/data exists, score the benchmarks (extraction, times, places,
MEANTIME entities) and fail below the floors pinned in benchmarks/floors.json, so quality cannot
silently regress. The project's own gold sets (quotes, actors) have their gate in
test_gold_gate.py."""
import json
from pathlib import Path

import pytest

from benchmarks import plaintext, scoring
from newsevents.errors import NoArticle
from newsevents.extract import extract
from newsevents.records import RawDocument

FLOORS = json.loads((Path(__file__).resolve().parents[1] / "benchmarks" / "floors.json").read_text())

pytestmark = pytest.mark.skipif(not plaintext.BENCHMARK.is_dir(), reason="../shared/data is not here")


def _run(pages: dict[str, str], kind: str) -> dict[str, str | None]:
    predictions = {}
    for page, content in pages.items():
        try:
            predictions[page] = extract(RawDocument(id=page, input=page, kind=kind, content=content)).text
        except NoArticle:
            predictions[page] = None
    return predictions


@pytest.fixture(scope="module")
def extraction_pages():
    # Not called `benchmark`: pytest-benchmark, where installed, owns that fixture name and
    # stops the whole run when a test gets something else under it.
    html = dict(plaintext.pages())
    return html, {page: plaintext.page_to_lines(content) for page, content in html.items()}, plaintext.truths()


def test_html_extraction_stays_above_its_floor(extraction_pages):
    html, _, truths = extraction_pages
    numbers = scoring.score(_run(html, "html"), truths)
    floor = FLOORS["extraction_html"]
    assert numbers["f1"] >= floor["f1"], numbers
    assert numbers["precision"] >= floor["precision"], numbers


def test_text_cleaner_stays_above_its_floor(extraction_pages):
    _, texts, truths = extraction_pages
    numbers = scoring.score(_run(texts, "text"), truths)
    floor = FLOORS["extraction_text"]
    assert numbers["f1"] >= floor["f1"], numbers
    assert numbers["precision"] >= floor["precision"], numbers


def test_time_values_stay_above_their_floor():
    from benchmarks import times

    records = [r for r in times.load() if r["type"] == "DATE"]
    exact = sum(times.ours(r)[0] == r["value"] for r in records) / len(records)
    assert exact >= FLOORS["times_date"]["exact"], exact


def test_place_resolution_stays_above_its_floor():
    from benchmarks import places

    tally, _, _ = places.evaluate(places.read_documents())
    assert tally.right / tally.total >= FLOORS["places"]["right"], (tally.right, tally.total)


def test_meantime_entities_stay_above_their_floor():
    from benchmarks.annotate import bench_meantime

    scores = bench_meantime("default")
    assert scores["meantime_rulers"]["f"] >= FLOORS["meantime_entities"]["f"], scores["meantime_rulers"]
