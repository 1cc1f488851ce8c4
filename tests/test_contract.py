"""The document contract: every sample validates against the shipped JSON Schema."""
import json
from pathlib import Path

import jsonschema
import pytest

import newsevents
from newsevents.records import SCHEMA_VERSION

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = json.loads((Path(newsevents.__file__).parent / "data" / "document.schema.json").read_text())
SAMPLES = sorted(str(p) for p in (ROOT / "examples").rglob("*") if p.suffix in {".html", ".txt", ".rss", ".jsonl"})


def test_schema_is_itself_valid_and_versioned():
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    assert SCHEMA["$id"].endswith(f"document-{SCHEMA_VERSION}.json")


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: Path(p).name)
def test_every_sample_document_validates(sample):
    documents = newsevents.process(sample)
    assert documents
    for document in documents:
        data = document.to_dict()
        jsonschema.validate(data, SCHEMA)
        for span in data["sentences"] + data["entities"]:
            assert 0 <= span["start"] < span["end"] <= len(data["text"])


def test_contract_fields_named_in_the_issue_are_all_there():
    [doc] = newsevents.process(str(ROOT / "examples" / "html" / "harbour-strike.html"))
    assert {"id", "url", "source", "title", "published", "published_source", "language", "text", "removed",
            "entities", "times", "quotes", "events"} <= set(doc.to_dict())


def test_documented_fields_match_the_schema():
    documented = (ROOT / "docs" / "schema.md").read_text()
    for field in SCHEMA["properties"]:
        assert f"`{field}`" in documented, f"{field} is not documented in docs/schema.md"
