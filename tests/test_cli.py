"""The `newsevents` command, run as a user runs it: a real process, a real SQLite file."""
import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def run(*args, cwd, stdin=None):
    env = {**os.environ, "COLUMNS": "200"}
    env.pop("NEWSEVENTS_DB", None)
    return subprocess.run([sys.executable, "-m", "newsevents", *args], cwd=cwd, input=stdin,
                          capture_output=True, text=True, env=env, timeout=120)


@pytest.fixture(scope="module")
def ingested(tmp_path_factory):
    """The sample articles ingested once into a fresh database, shared by the read-only tests."""
    cwd = tmp_path_factory.mktemp("cli")
    done = run("ingest", str(EXAMPLES / "html"), str(EXAMPLES / "feeds"), str(EXAMPLES / "records.jsonl"),
               "--db", "news.db", cwd=cwd)
    assert done.returncode == 0, done.stderr
    return cwd


def test_process_prints_the_document_contract(tmp_path):
    done = run("process", str(EXAMPLES / "html" / "ceasefire-talks.html"), "--format", "json", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    doc = json.loads(done.stdout)
    assert doc["title"].startswith("Ceasefire talks resume in Geneva")
    assert doc["published"] == "2024-03-05" and doc["published_source"] == "html-meta"
    assert doc["source"] == "dailymeridian.example"
    for field in ("entities", "times", "quotes", "events", "removed"):
        assert isinstance(doc[field], list)
    assert not list(tmp_path.glob("*.db")), "process stores nothing"


def test_process_jsonl_gives_one_document_per_line(tmp_path):
    done = run("process", str(EXAMPLES / "records.jsonl"), cwd=tmp_path)
    lines = done.stdout.strip().splitlines()
    assert [json.loads(line)["url"].split("/")[2] for line in lines] == [
        "www.valleytribune.example", "www.capitalwire.example"]


def test_process_published_and_url_flags_fill_what_the_input_lacks(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text("Harbour talks end without a deal\n\nUnion leaders and port managers failed to agree on "
                    "new shift rules after nine hours of talks on Monday, both sides said.\n\n"
                    "A spokesman for the union said a strike vote would follow next week.\n")
    done = run("process", str(page), "--published", "2024-06-03", "--url", "https://news.example.net/a",
               cwd=tmp_path)
    doc = json.loads(done.stdout)
    assert (doc["published"], doc["published_source"]) == ("2024-06-03", "user")
    assert doc["url"] == "https://news.example.net/a" and doc["source"] == "news.example.net"


def test_bad_inputs_each_get_one_line_and_the_batch_goes_on(tmp_path):
    (tmp_path / "empty.html").write_bytes(b"")
    (tmp_path / "blob.bin.html").write_bytes(bytes(range(256)) * 8)
    done = run("ingest", str(tmp_path / "empty.html"), str(tmp_path / "missing.txt"),
               str(tmp_path / "blob.bin.html"), str(EXAMPLES / "html" / "harbour-strike.html"),
               "--db", "x.db", cwd=tmp_path)
    assert done.returncode == 1
    errors = [line for line in done.stderr.splitlines() if "[read/" in line]
    assert len(errors) == 3
    assert any("missing.txt" in line and "not_found" in line for line in errors)
    assert "new 1" in done.stdout
    assert "Traceback" not in done.stderr


def test_ingest_twice_stores_nothing_twice(tmp_path):
    first = run("ingest", str(EXAMPLES / "html"), "--db", "n.db", cwd=tmp_path)
    second = run("ingest", str(EXAMPLES / "html"), "--db", "n.db", cwd=tmp_path)
    assert "new 4" in first.stdout
    assert "new 0" in second.stdout and "unchanged 4" in second.stdout


def test_workers_give_the_same_articles(tmp_path):
    run("ingest", str(EXAMPLES / "html"), str(EXAMPLES / "feeds"), "--db", "one.db", cwd=tmp_path)
    run("ingest", str(EXAMPLES / "html"), str(EXAMPLES / "feeds"), "--db", "two.db", "--workers", "2",
        cwd=tmp_path)
    ids = [sorted(a["id"] for a in json.loads(run("articles", "--db", db, "--format", "json", cwd=tmp_path).stdout))
           for db in ("one.db", "two.db")]
    assert ids[0] == ids[1] and len(ids[0]) == 6


def test_articles_search_filters_and_formats(ingested):
    rows = json.loads(run("articles", "--db", "news.db", "--search", "Geneva", "--format", "json", cwd=ingested).stdout)
    assert [r["title"] for r in rows] == ["Ceasefire talks resume in Geneva as envoys press for prisoner exchange"]
    rows = json.loads(run("articles", "--db", "news.db", "--since", "2024-04-01", "--until", "2024-04-30",
                          "--format", "json", cwd=ingested).stdout)
    assert sorted(r["published"] for r in rows) == ["2024-04-02", "2024-04-03"]
    rows = json.loads(run("articles", "--db", "news.db", "--source", "capitalwire.example", "--format", "json",
                          cwd=ingested).stdout)
    assert [r["source"] for r in rows] == ["capitalwire.example"]
    table = run("articles", "--db", "news.db", "--limit", "2", cwd=ingested).stdout
    assert "Nile Basin ministers" in table
    listed = list(csv.DictReader(io.StringIO(run("articles", "--db", "news.db", "--format", "csv", cwd=ingested).stdout)))
    assert len(listed) == 8 and {"id", "title", "published"} <= set(listed[0])


def test_show_prints_the_stored_document_by_id_prefix(ingested):
    [row] = json.loads(run("articles", "--db", "news.db", "--search", "Rotterdam", "--format", "json", cwd=ingested).stdout)
    doc = json.loads(run("show", row["id"][:8], "--db", "news.db", cwd=ingested).stdout)
    assert doc["id"] == row["id"] and "Maersk" in doc["text"]
    missing = run("show", "ffffffffffff", "--db", "news.db", cwd=ingested)
    assert missing.returncode == 2 and missing.stderr.startswith("error: ")


def test_export_jsonl_csv_parquet(ingested):
    jsonl = run("export", "--db", "news.db", "--format", "jsonl", cwd=ingested).stdout.splitlines()
    assert len(jsonl) == 8 and all(json.loads(line)["schema_version"] for line in jsonl)
    rows = list(csv.DictReader(io.StringIO(run("export", "--db", "news.db", "--format", "csv", cwd=ingested).stdout)))
    assert len(rows) == 8
    done = run("export", "--db", "news.db", "--format", "parquet", "-o", "a.parquet", cwd=ingested)
    assert done.returncode == 0, done.stderr
    assert pq.read_table(ingested / "a.parquet").num_rows == 8


def test_stats_counts_articles(ingested):
    numbers = json.loads(run("stats", "--db", "news.db", "--format", "json", cwd=ingested).stdout)
    assert numbers["articles"] == 8 and numbers["languages"] == {"en": 8}


def test_db_from_environment(tmp_path):
    env_db = tmp_path / "env.db"
    done = subprocess.run([sys.executable, "-m", "newsevents", "ingest", str(EXAMPLES / "html" / "harbour-strike.html")],
                          cwd=tmp_path, capture_output=True, text=True, env={**os.environ, "NEWSEVENTS_DB": str(env_db)})
    assert done.returncode == 0, done.stderr
    assert env_db.exists()


def test_demo_ingests_the_bundled_samples(tmp_path):
    done = run("demo", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "newsevents.db").exists()
    assert "Ceasefire talks resume in Geneva" in done.stdout
    assert "failed 0" in done.stdout


def test_user_dictionaries_code_the_articles_of_process_and_ingest(tmp_path):
    (tmp_path / "mine.verbs.txt").write_text("--- SCOLD [111] ---\nSCOLD\n")
    (tmp_path / "mine.actors.txt").write_text("ARNOR [ARN]\nGONDOR [GON]\n")
    (tmp_path / "story.txt").write_text("Arnor scolded Gondor on Monday over the border dispute.\n")
    flags = ("--verbs", "mine.verbs.txt", "--actors", "mine.actors.txt", "--published", "2024-03-06")
    done = run("process", "story.txt", *flags, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    events = json.loads(done.stdout)["events"]
    assert [(e["actor1"]["code"], e["actor2"]["code"], e["cameo"]) for e in events] == [("ARN", "GON", "111")]
    assert json.loads(run("process", "story.txt", cwd=tmp_path).stdout)["events"] == []  # shipped data alone
    done = run("ingest", "story.txt", *flags, "--db", "n.db", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    stored = json.loads(run("events", "--db", "n.db", "--format", "json", cwd=tmp_path).stdout)
    assert [(e["actor1_code"], e["actor2_code"], e["cameo"]) for e in stored] == [("ARN", "GON", "111")]


def test_a_broken_user_dictionary_is_refused_with_its_file_and_line(tmp_path):
    (tmp_path / "bad.verbs.txt").write_text("# mine\n--- SCOLD [111 ---\nSCOLD\n")
    (tmp_path / "story.txt").write_text("Arnor scolded Gondor on Monday.\n")
    done = run("ingest", "story.txt", "--verbs", "bad.verbs.txt", "--db", "n.db", cwd=tmp_path)
    assert done.returncode == 2 and "bad.verbs.txt:2" in done.stderr
    assert not (tmp_path / "n.db").exists()  # refused before anything was read or stored
