"""Ingest end to end: the pure batch function, the runner, and a real SIGKILL mid-run."""
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

import newsevents
from newsevents.ingest import ingest
from newsevents.pipeline import process_batch
from newsevents.records import Document, Failure, RawDocument
from newsevents.runner import LocalRunner
from newsevents.settings import Settings

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
TOWNS = ["Arlen", "Brisk", "Caldor", "Dunmore", "Elsby", "Fenwick", "Garth", "Holm", "Ivers", "Jarrow"]


def write_articles(folder: Path, count: int) -> None:
    """`count` distinct short articles, written by the test."""
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        town = TOWNS[n % len(TOWNS)]
        (folder / f"story-{n:04d}.txt").write_text(
            f"Council of {town} approves budget number {n}\n\n"
            f"The council of {town} approved spending plan number {n} on Tuesday after a debate that "
            f"lasted {n % 7 + 2} hours, officials said.\n\n"
            f"Councillor {n} said the plan would pay for {n * 3 + 11} new street lights and repairs "
            f"to the {town} library before the winter of {2000 + n % 25}.\n")


def raw(text: str, n: int = 0) -> RawDocument:
    return RawDocument(id=f"id{n}", input=f"doc{n}", kind="text", content=text)


def test_process_batch_keeps_order_and_turns_bad_documents_into_failures():
    good = "Harbour talks end\n\nUnion leaders and port managers failed to agree on new shift rules on Monday."
    results = process_batch([raw(good, 1), raw("   ", 2), raw(good + " More.", 3)], Settings(model="none"))
    assert [type(r) for r in results] == [Document, Failure, Document]
    assert results[1].input == "doc2" and results[1].code == "no_article"


def test_process_batch_can_leave_the_parse_out_of_its_results():
    text = ("Envoys meet in Holm\n\nThe foreign minister of Arlen met the envoy of Brisk in Holm on Monday. "
            '"We will talk again," the minister said.')
    [full] = process_batch([raw(text, 1)], Settings())
    [lean] = process_batch([raw(text, 1)], Settings(), tokens=False)
    assert full.annotations.tokens and not lean.annotations.tokens
    assert lean.to_dict() == full.to_dict()


def test_local_runner_with_workers_gives_the_same_results_as_one_process():
    batches = [[raw(f"Story {n}\n\nThe mayor of Holm opened bridge number {n} on Friday, officials said.", n)]
               for n in range(6)]
    one = [r[0].article.text for r in LocalRunner(workers=1).map(process_batch, batches)]
    two = [r[0].article.text for r in LocalRunner(workers=2).map(process_batch, batches)]
    assert one == two and len(one) == 6


def test_workers_get_one_blas_thread_and_the_caller_keeps_its_environment(monkeypatch):
    monkeypatch.delenv("OPENBLAS_NUM_THREADS", raising=False)
    monkeypatch.setenv("OMP_NUM_THREADS", "3")  # a number the user chose is kept
    seen = list(LocalRunner(workers=2).map(os.getenv, ["OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS"]))
    assert seen == ["1", "3"]
    assert "OPENBLAS_NUM_THREADS" not in os.environ and os.environ["OMP_NUM_THREADS"] == "3"


def test_python_api_ingest_and_store(tmp_path):
    with newsevents.Store(tmp_path / "api.db") as store:
        summary = ingest([str(EXAMPLES / "html")], store=store, settings=Settings(model="none"))
        assert (summary.read, summary.new, summary.failed) == (4, 4, 0)
        assert store.articles(search="Rotterdam")[0]["title"].startswith("Dock workers")


def _count(db: Path) -> int:
    try:
        with sqlite3.connect(db, timeout=5) as connection:
            return connection.execute("select count(*) from articles").fetchone()[0]
    except sqlite3.Error:
        return 0


def test_ingest_killed_with_sigkill_then_rerun_loses_nothing_and_stores_nothing_twice(tmp_path):
    folder, db = tmp_path / "news", tmp_path / "crash.db"
    write_articles(folder, 240)
    command = [sys.executable, "-m", "newsevents", "ingest", str(folder), "--db", str(db), "--model", "none"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.time() + 60
    while _count(db) < 20 and time.time() < deadline and process.poll() is None:
        time.sleep(0.05)
    assert process.poll() is None, "ingest finished before it could be killed: make the input larger"
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    stored_before = _count(db)
    assert 0 < stored_before < 240

    rerun = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert f"unchanged {stored_before}" in rerun.stdout
    with sqlite3.connect(db) as connection:
        assert connection.execute("pragma integrity_check").fetchone()[0] == "ok"
        ids = [row[0] for row in connection.execute("select id from articles")]
        assert len(ids) == len(set(ids)) == 240
        fts = connection.execute("select count(*) from articles_fts where articles_fts match 'council'").fetchone()[0]
        assert fts == 240


def test_worker_batches_give_freed_memory_back_and_keep_results():
    from newsevents.runner import _ReturningMemory

    wrapped = _ReturningMemory(len)
    assert wrapped([1, 2, 3]) == 3
    with pytest.raises(ZeroDivisionError):  # the batch's own error still reaches the caller
        _ReturningMemory(lambda batch: 1 / 0)([])


def test_a_worker_leaves_what_its_first_batch_loaded_out_of_full_collections():
    import gc

    from newsevents.runner import _ReturningMemory, _freeze_once

    _freeze_once.cache_clear()
    gc.unfreeze()
    try:
        _ReturningMemory(len)([1])
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
