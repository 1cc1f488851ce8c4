"""Quality gate: where ../shared/data exists, score the extraction benchmark and fail below
the floors pinned in benchmarks/floors.json, so quality cannot silently regress."""
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
def benchmark():
    html = dict(plaintext.pages())
    return html, {page: plaintext.page_to_lines(content) for page, content in html.items()}, plaintext.truths()


def test_html_extraction_stays_above_its_floor(benchmark):
    html, _, truths = benchmark
    numbers = scoring.score(_run(html, "html"), truths)
    floor = FLOORS["extraction_html"]
    assert numbers["f1"] >= floor["f1"], numbers
    assert numbers["precision"] >= floor["precision"], numbers


def test_text_cleaner_stays_above_its_floor(benchmark):
    _, texts, truths = benchmark
    numbers = scoring.score(_run(texts, "text"), truths)
    floor = FLOORS["extraction_text"]
    assert numbers["f1"] >= floor["f1"], numbers
    assert numbers["precision"] >= floor["precision"], numbers
