"""Crash safety, for real: an ingest killed with SIGKILL loses nothing and stores nothing twice.

This file is also the ingest that gets killed: `python tests/test_store_crash.py DB` commits
`KILL_AT` batches of made-up documents, then writes all the rest in one transaction and stops
just before its end, waiting to be killed.
"""
from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from newsevents.ids import stable_id
from newsevents.records import Article, Document
from newsevents.store import Store

BATCHES, PER_BATCH, KILL_AT = 60, 20, 3
WORDS = ("council harbour river mayor storm bridge school budget election minister court "
         "farmers strike festival museum railway hospital police flood drought market police "
         "union vote tax road port ferry library teachers doctors bank wind solar grain").split()


def made_up_document(i: int) -> Document:
    """Document `i`: random words around a unique marker; every 10th repeats the one before."""
    source = i - 1 if i % 10 == 9 else i
    rng = random.Random(source)
    words = [rng.choice(WORDS) for _ in range(80)]
    words.insert(40, f"item{source:05d}")
    url = f"https://made-up.example/{i}"
    return Document(Article(
        id=stable_id(url), input=url, url=url, source="made-up.example", title=f"Report {i}",
        published=f"2024-01-{i % 28 + 1:02d}", published_source="user", language="en",
        text=" ".join(words).capitalize() + ".", extractor="test"))


def batch(b: int) -> list[Document]:
    return [made_up_document(i) for i in range(b * PER_BATCH, (b + 1) * PER_BATCH)]


def all_documents() -> list[Document]:
    return [d for b in range(BATCHES) for d in batch(b)]


def ingest_until_killed(db: str) -> None:
    """The child: commit KILL_AT batches, then write all the rest in one transaction and hang
    before its end, with enough uncommitted pages that SQLite has spilled some to the WAL."""
    def rest():
        yield from all_documents()[KILL_AT * PER_BATCH:-1]
        print("inside", KILL_AT, flush=True)
        signal.pause()  # all but one written, nothing committed: kill me now
        yield all_documents()[-1]

    with Store(db) as store:
        for b in range(KILL_AT):
            store.write(batch(b))
            print("committed", b, flush=True)
        store.write(rest())


@pytest.fixture
def killed_ingest(tmp_path) -> tuple[Path, list[int]]:
    """A database whose ingest was SIGKILLed mid-transaction, and the batches it committed."""
    db = tmp_path / "news.db"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        [str(Path(__file__).parents[1] / "src"), os.environ.get("PYTHONPATH", "")])}
    child = subprocess.Popen([sys.executable, __file__, str(db)], stdout=subprocess.PIPE,
                             text=True, env=env)
    committed = []
    try:
        for line in child.stdout:
            word, b = line.split()
            if word == "inside":
                break
            committed.append(int(b))
        child.send_signal(signal.SIGKILL)
    finally:
        child.kill()
        child.wait(timeout=10)
        child.stdout.close()
    assert child.returncode == -signal.SIGKILL
    return db, committed


def test_a_killed_ingest_loses_nothing_and_a_rerun_stores_nothing_twice(killed_ingest, tmp_path):
    db, committed = killed_ingest
    assert committed == list(range(KILL_AT))

    # The file is sound, and holds exactly the committed batches: no half batch.
    raw = sqlite3.connect(db)
    assert raw.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    raw.close()
    with Store(db) as store:
        assert store.check() == []
        assert store.known_ids(d.article.id for d in all_documents()) == {
            d.article.id for b in committed for d in batch(b)}

        # The re-run writes the rest and leaves the committed documents alone.
        summary = store.write(all_documents())
        assert summary.unchanged == len(committed) * PER_BATCH
        assert summary.new + summary.duplicate == (BATCHES - len(committed)) * PER_BATCH
        assert store.check() == []
        conn = store._conn
        ids = [r[0] for r in conn.execute("SELECT id FROM articles")]
        assert sorted(ids) == sorted(d.article.id for d in all_documents())  # each exactly once
        assert conn.execute("SELECT count(*) FROM articles_fts_docsize").fetchone()[0] == len(ids)
        for i in range(0, BATCHES * PER_BATCH, 97):
            marker = f"item{i - 1 if i % 10 == 9 else i:05d}"
            found = {a["title"] for a in store.articles(search=marker, limit=10)}
            assert f"Report {i}" in found and len(found) <= 2

    # And the result is the same as that of an ingest that was never interrupted.
    with Store(db) as crashed, Store(tmp_path / "clean.db") as clean:
        clean.write(all_documents())
        columns = "SELECT id, duplicate_of, text_hash, simhash, document FROM articles ORDER BY id"
        assert crashed._conn.execute(columns).fetchall() == clean._conn.execute(columns).fetchall()
        assert crashed.stats()["duplicates"] == BATCHES * PER_BATCH // 10


if __name__ == "__main__":
    ingest_until_killed(sys.argv[1])
