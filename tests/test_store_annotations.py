"""Entities, times, quotes and events are stored with the article, queried and exported."""
import csv
import io
import json
import os
import subprocess
import sys

import pytest

from newsevents.export.gdelt import EVENT_COLUMNS, read_events
from newsevents.ids import stable_id
from newsevents.records import Annotations, Article, Document, Entity
from newsevents.store import Store

TEXT = "Russia accused Ukraine of shelling Kharkiv on Monday. \u201cWe want peace,\u201d said Dmytro Kuleba."
RUS = {"name": "Russia", "code": "RUS", "country": "RUS", "role": None}
UKR = {"name": "Ukraine", "code": "UKR", "country": "UKR", "role": None}
KULEBA = {"name": "Dmytro Kuleba", "code": "UKRGOV", "country": "UKR", "role": "GOV"}
KHARKIV = {"name": "Kharkiv", "lat": 49.98, "lon": 36.25, "country": "UKR", "kind": "city", "geonames_id": 706483,
           "raw": "Kharkiv"}


def document(article_id="a1", events=True) -> Document:
    article = Article(id=article_id, input="t", url="https://news.example.org/a", source="news.example.org",
                      title="Shelling", published="2024-03-05", published_source="user", language="en", text=TEXT)
    event = {"id": stable_id(article_id, "0", "52", "112"), "actor1": {"text": "Russia", **RUS}, "actor2": {"text": "Ukraine", **UKR},
             "cameo": "112", "root": "11", "label": "Accuse", "plover": "ACCUSE", "quad_class": 3, "goldstein": -2.0,
             "modality": "asserted", "date": "2024-03-04", "date_source": "text", "location": KHARKIV,
             "sentence": 0, "start": 0, "end": 52, "confidence": 0.8}
    annotations = Annotations(
        entities=(Entity("Russia", "LOC", 0, 6, actor=RUS), Entity("Kharkiv", "LOC", 35, 42, place=KHARKIV),
                  Entity("Dmytro Kuleba", "PERSON", 82, 95, actor=KULEBA)),
        times=({"text": "Monday", "start": 46, "end": 52, "value": "2024-03-04", "granularity": "day"},),
        quotes=({"text": "We want peace,", "start": 55, "end": 69, "speaker": {"text": "Dmytro Kuleba", "start": 82, "end": 95},
                 "speaker_actor": KULEBA, "cue": "say", "kind": "direct"},),
        events=(event,) if events else ())
    return Document(article, annotations)


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "news.db") as opened:
        opened.write([document()])
        yield opened


def test_events_are_found_by_actor_country_code_date_and_source(store):
    [event] = store.events(actor="Russia")
    assert (event["actor1_code"], event["cameo"], event["actor2_code"]) == ("RUS", "112", "UKR")
    assert event["clause"] == TEXT[0:52] and event["location_name"] == "Kharkiv"
    assert store.events(country="ukr") and store.events(cameo="11") and store.events(root="11")
    assert store.events(quad_class=3) and store.events(modality="asserted")
    assert store.events(since="2024-03-01", until="2024-03-04") and not store.events(since="2024-03-05")
    assert store.events(source="news.example.org") and not store.events(source="other.example")
    assert store.events(search="shelling") and not store.events(search="volcano")
    assert not store.events(actor="Nobody")


def test_quotes_and_actors(store):
    [quote] = store.quotes(speaker="Kuleba")
    assert (quote["text"], quote["speaker_code"], quote["kind"]) == ("We want peace,", "UKRGOV", "direct")
    assert store.quotes(country="UKR", kind="direct", search="peace")
    assert {a["code"] for a in store.actors()} == {"RUS", "UKRGOV"}
    assert [a["name"] for a in store.actors(country="UKR", role="GOV")] == ["Dmytro Kuleba"]


def test_an_updated_document_leaves_no_stale_rows(store):
    store.write([document(events=False)])
    assert store.events() == []
    assert len(store.quotes()) == 1


def test_every_annotation_table_exports(store, tmp_path):
    for table in ("entities", "times", "quotes", "events"):
        buffer = io.StringIO()
        assert store.export(buffer, "csv", table=table) >= 1
        assert list(csv.DictReader(io.StringIO(buffer.getvalue())))
        assert store.export(tmp_path / f"{table}.parquet", "parquet", table=table) >= 1


def _run(*args, cwd):
    return subprocess.run([sys.executable, "-m", "newsevents", *args], cwd=cwd, capture_output=True, text=True,
                          env={k: v for k, v in os.environ.items() if k != "NEWSEVENTS_DB"}, timeout=120)


def test_cli_events_quotes_actors_and_gdelt_export(tmp_path):
    with Store(tmp_path / "news.db") as store:
        store.write([document()])
    rows = json.loads(_run("events", "--db", "news.db", "--country", "UKR", "--format", "json", cwd=tmp_path).stdout)
    assert [r["cameo"] for r in rows] == ["112"]
    assert "Kuleba" in _run("quotes", "--db", "news.db", cwd=tmp_path).stdout
    assert "UKRGOV" in _run("actors", "--db", "news.db", "--format", "csv", cwd=tmp_path).stdout
    done = _run("export", "--db", "news.db", "--format", "gdelt", "-o", "out", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    lines = (tmp_path / "out.export.CSV").read_text().splitlines()
    assert len(lines) == 1 and len(lines[0].split("\t")) == len(EVENT_COLUMNS) == 61
    [row] = read_events(tmp_path / "out.export.CSV")
    assert (row["Actor1Code"], row["EventCode"], row["Actor2Code"], row["QuadClass"]) == ("RUS", "112", "UKR", 3)
    assert row["SQLDATE"] == 20240304 and row["ActionGeo_FullName"].startswith("Kharkiv")
    assert (tmp_path / "out.mentions.CSV").read_text().count("\n") == 1
