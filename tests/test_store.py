"""The embedded store, by example: one SQLite file that ingest writes and the CLI reads.

Every article text here is made up for these tests.
"""
from __future__ import annotations

import csv
import io
import json
import sqlite3
import time

import pytest
from hypothesis import given, strategies as st

from newsevents import dedup
from newsevents.errors import StoreError
from newsevents.ids import stable_id
from newsevents.records import Annotations, Article, Document, Failure, Removed
from newsevents.store import MIGRATIONS, SCHEMA_VERSION, Store, WriteSummary
from newsevents.store import schema

HARBOUR = (
    "The harbour authority of Port Veldmar closed the northern quay on Tuesday after a storm "
    "surge flooded the fish market and damaged three cranes. Harbour master Ilse Brandvik said "
    "the quay would stay shut until engineers had inspected the sea wall.\n\n"
    "\"We will not reopen a single berth before we know the wall is safe,\" she told reporters "
    "at the harbour office, adding that the inspection could take a week.\n\n"
    "Fishing crews moved their boats to the southern basin, where the water was calmer. Several "
    "skippers said they had lost nets and crates when the water rose over the quay shortly after "
    "midnight, and two trawlers were pushed against the pier.\n\n"
    "The town council met in an emergency session on Wednesday and set aside two million crowns "
    "for repairs. Mayor Oskar Lindqvist said the money would cover the sea wall, the cranes and "
    "temporary stalls for the traders. Traders from the fish market asked the council for help "
    "with lost stock, and the chamber of commerce promised low-interest loans.\n\n"
    "A spokesman for the regional coast guard said no one had been hurt during the night, but "
    "warned residents to stay away from the breakwater while the weather service kept its storm "
    "warning in place for the rest of the week. Forecasters expect winds to ease on Friday.\n\n"
    "Port Veldmar handles most of the region's fish catch and a growing number of ferry "
    "passengers in summer. The authority said ferry services from the southern terminal would "
    "run as planned."
)
LIBRARY = (
    "The national library of Ostrava Minor opened a new reading room for children on Saturday, "
    "with four thousand picture books donated by local families. The head librarian, Marta "
    "Kovalenko, said the room would host story hours every weekend and a chess club on Wednesday "
    "evenings. Entry is free, and the café on the ground floor will stay open until eight."
)
ELECTION = (
    "Voters in the province of Nordhavn elected a new regional assembly on Sunday. The Green "
    "Coast party won eleven of the thirty seats, and its leader promised a coalition by Easter. "
    "Turnout was sixty-two per cent, the highest since the assembly was created."
)


def article(text: str, *, title: str = "Storm closes the northern quay", url: str | None = None,
            source: str | None = "veldmar-courier.example", published: str | None = "2024-03-05",
            language: str | None = "en", id: str | None = None, **more) -> Document:
    """A made-up Document as the extract stage would hand it over."""
    url = url or f"https://{source}/{stable_id(title, text, length=8)}"
    return Document(Article(
        id=id or stable_id(url, text), input=url, url=url, source=source, title=title,
        published=published, published_source="html-meta" if published else None,
        language=language, text=text, extractor="trafilatura", **more))


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "news.db") as opened:
        yield opened


# -- the file ---------------------------------------------------------------------------------

def test_a_new_database_is_a_wal_file_with_its_migrations_recorded(tmp_path):
    with Store(tmp_path / "news.db") as store:
        assert [(m["version"], m["name"]) for m in store.migrations()] == [
            (m.version, m.name) for m in MIGRATIONS]
        assert store.schema_version == SCHEMA_VERSION
    raw = sqlite3.connect(tmp_path / "news.db")
    assert raw.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    assert {r[0] for r in raw.execute("SELECT name FROM sqlite_master")} >= {
        "articles", "failures", "articles_fts", "migrations", "articles_published",
        "articles_domain", "articles_text_hash"}


def test_reopening_keeps_the_data_and_applies_no_migration_twice(tmp_path):
    with Store(tmp_path / "news.db") as store:
        store.write([article(HARBOUR)])
        store._conn.execute("UPDATE migrations SET applied_at = '2024-01-01T00:00:00+00:00'")
    with Store(tmp_path / "news.db") as store:
        assert {m["applied_at"] for m in store.migrations()} == {"2024-01-01T00:00:00+00:00"}
        assert len(store.migrations()) == len(MIGRATIONS)
        assert len(store.articles()) == 1


def test_opening_an_older_database_applies_only_the_missing_migrations(tmp_path, monkeypatch):
    monkeypatch.setattr(schema, "MIGRATIONS", MIGRATIONS[:1])
    with Store(tmp_path / "news.db") as store:
        assert store.schema_version == 1
        assert store._conn.execute(
            "SELECT count(*) FROM sqlite_master WHERE name = 'articles_fts'").fetchone()[0] == 0
    monkeypatch.undo()
    with Store(tmp_path / "news.db") as store:
        assert [m["version"] for m in store.migrations()] == [m.version for m in MIGRATIONS]
        store.write([article(HARBOUR)])
        assert store.articles(search="quay")


def test_a_database_newer_than_this_code_is_refused_with_a_clear_message(tmp_path):
    Store(tmp_path / "news.db").close()
    raw = sqlite3.connect(tmp_path / "news.db")
    raw.execute("INSERT INTO migrations VALUES (99, 'from the future', '2099-01-01T00:00:00')")
    raw.commit()
    raw.close()
    with pytest.raises(StoreError, match="schema version 99, newer than this newsevents knows"):
        Store(tmp_path / "news.db")


def test_a_file_that_is_not_a_database_is_a_store_error(tmp_path):
    (tmp_path / "notes.db").write_text("shopping list: bread, milk\n" * 200)
    with pytest.raises(StoreError, match="not a usable newsevents database"):
        Store(tmp_path / "notes.db")
    with pytest.raises(StoreError, match="cannot open"):
        Store(tmp_path / "no" / "such" / "folder" / "news.db")


def test_readers_can_refuse_to_create_a_database(tmp_path):
    with pytest.raises(StoreError, match="no database here"):
        Store(tmp_path / "typo.db", create=False)
    assert not (tmp_path / "typo.db").exists()


# -- writing: upserts by content-hash id ---------------------------------------------------------

def test_writing_the_same_documents_twice_changes_nothing(store):
    documents = [article(HARBOUR), article(LIBRARY, title="A reading room for children")]
    first = store.write(documents)
    assert (first.new, first.duplicate, first.unchanged) == (2, 0, 0)
    assert first.new_ids == tuple(d.article.id for d in documents)
    before = store.articles()

    again = store.write(documents)

    assert again == WriteSummary(unchanged=2)
    assert store.articles() == before  # ingested_at included: the rows were not touched


def test_a_changed_document_with_the_same_id_is_updated_in_place(store):
    original = article(HARBOUR, id="a1b2c3d4e5f60718")
    store.write([original])
    corrected = article(HARBOUR, id="a1b2c3d4e5f60718", title="Storm shuts Veldmar quay")

    summary = store.write([corrected])

    assert summary.updated == 1
    assert store.get("a1b2c3d4e5f60718")["title"] == "Storm shuts Veldmar quay"
    assert [a["id"] for a in store.articles(search="shuts")] == ["a1b2c3d4e5f60718"]
    assert store.articles(search="closes") == []  # the old title left the index
    assert store.check() == []


def test_a_write_is_all_or_nothing(store):
    def results():
        yield article(HARBOUR)
        raise RuntimeError("the worker died")

    with pytest.raises(RuntimeError):
        store.write(results())
    with pytest.raises(TypeError, match="Document or Failure"):
        store.write([article(LIBRARY), "not a record"])
    assert store.articles() == []


def test_known_ids_tells_the_runner_what_to_skip(store):
    stored = article(HARBOUR)
    store.write([stored])
    assert store.known_ids([stored.article.id, "0000000000000000"]) == {stored.article.id}
    assert store.known_ids(f"{i:016x}" for i in range(1200)) == set()  # more than one query's worth


def test_failures_are_recorded_once_with_the_latest_time(store):
    empty = Failure("feeds/empty.xml", "read", "empty", "the file is empty")
    store.write([empty])
    first = store.failures()[0]["at"]
    time.sleep(0.01)

    summary = store.write([empty, Failure("page.html", "extract", "no_article", "no article found")])

    assert summary.failed == 2
    rows = store.failures()
    assert len(rows) == 2
    latest = next(r for r in rows if r["input"] == "feeds/empty.xml")
    assert latest["at"] > first
    assert store.stats()["failures_by_code"] == {"empty": 1, "no_article": 1}


def test_a_second_writer_waits_then_gives_a_clear_error(tmp_path):
    with Store(tmp_path / "news.db") as writer, Store(tmp_path / "news.db", timeout=0.1) as other:
        def results():
            yield article(HARBOUR)
            with pytest.raises(StoreError, match="locked"):
                other.write([article(LIBRARY)])
        writer.write(results())
        assert len(other.articles()) == 1


# -- readers while an ingest writes ---------------------------------------------------------------

def test_a_reader_browses_while_an_ingest_is_writing(tmp_path):
    with Store(tmp_path / "news.db") as writer:
        writer.write([article(LIBRARY, title="A reading room for children")])
        seen = {}

        def results():  # runs inside the writer's open transaction
            yield article(HARBOUR)
            started = time.monotonic()
            with Store(tmp_path / "news.db", timeout=5) as reader:
                seen["titles"] = [a["title"] for a in reader.articles()]
            seen["seconds"] = time.monotonic() - started
            yield article(ELECTION, title="Nordhavn elects a new assembly")

        writer.write(results())

    assert seen["titles"] == ["A reading room for children"]  # the committed state, not half a batch
    assert seen["seconds"] < 2  # and without waiting for the writer


# -- duplicates: flagged, never dropped ----------------------------------------------------------

def test_the_same_text_again_is_an_exact_duplicate_of_the_first(store):
    first = article(HARBOUR, url="https://veldmar-courier.example/storm")
    reprint = article("  " + HARBOUR.upper().replace("\n\n", "\n") + " ",
                      url="https://coast-news.example/storm", source="coast-news.example")
    summary = store.write([first, reprint])

    assert (summary.new, summary.duplicate) == (1, 1)
    assert store.get(reprint.article.id)["duplicate_of"] == first.article.id
    assert store.document(reprint.article.id)["duplicate_of"] == first.article.id
    assert store.get(first.article.id)["duplicate_of"] is None
    assert store.stats()["duplicates"] == 1


def test_a_lightly_edited_copy_is_a_near_duplicate(store):
    edited = HARBOUR.replace("Tuesday", "Monday").replace("two million", "three million")
    assert dedup.hamming(dedup.simhash(HARBOUR), dedup.simhash(edited)) <= 3
    first, copy = article(HARBOUR), article(edited, source="coast-news.example")

    summary = store.write([first, copy])

    assert summary.duplicate_ids == (copy.article.id,)
    assert store.get(copy.article.id)["duplicate_of"] == first.article.id


def test_a_different_article_is_not_flagged(store):
    store.write([article(HARBOUR), article(LIBRARY), article(ELECTION)])
    assert [a["duplicate_of"] for a in store.articles()] == [None, None, None]


def test_a_near_duplicate_beyond_near_bits_is_not_flagged(tmp_path):
    edited = HARBOUR.replace("Tuesday", "Monday").replace("two million", "three million")
    with Store(tmp_path / "news.db", near_bits=0) as store:
        summary = store.write([article(HARBOUR), article(edited)])
    assert (summary.new, summary.duplicate) == (2, 0)


def test_rewriting_the_original_never_makes_it_a_duplicate_of_its_copy(store):
    first, copy = article(HARBOUR, id="0000000000000001"), article(HARBOUR, id="0000000000000002")
    store.write([first, copy])
    store.write([article(HARBOUR, id="0000000000000001", title="Storm shuts the quay")])
    assert store.get("0000000000000001")["duplicate_of"] is None
    assert store.get("0000000000000002")["duplicate_of"] == "0000000000000001"


def test_simhash_is_64_bits_and_stored_signed(store):
    value = dedup.simhash(HARBOUR)
    assert 0 < value < 2 ** 64 and value == dedup.simhash(HARBOUR)
    assert dedup.simhash("") == 0
    store.write([article(HARBOUR)])
    stored = store.get(article(HARBOUR).article.id)["simhash"]
    assert stored < 0 or value < 2 ** 63  # SQLite INTEGER is signed 64-bit
    assert dedup.to_unsigned(stored) == value


@given(st.integers(0, 2 ** 64 - 1), st.sets(st.integers(0, 63), max_size=3))
def test_simhashes_at_most_three_bits_apart_share_a_band(value, flipped):
    other = value
    for bit in flipped:
        other ^= 1 << bit
    assert dedup.hamming(value, other) == len(flipped)
    assert set(enumerate(dedup.bands(value))) & set(enumerate(dedup.bands(other)))


# -- reading ----------------------------------------------------------------------------------

def test_articles_are_listed_newest_first_with_filters(store):
    store.write([
        article(HARBOUR, published="2024-03-05"),
        article(LIBRARY, title="A reading room for children", published="2024-04-20",
                source="ostrava-daily.example"),
        article(ELECTION, title="Nordhavn elects a new assembly", published="2024-05-12",
                source="news.nordhavn.example", language="da"),
        article("A short note without a date about nothing in particular at all.", title="Undated",
                published=None),
    ])
    titles = lambda **filters: [a["title"] for a in store.articles(**filters)]  # noqa: E731

    assert titles() == ["Nordhavn elects a new assembly", "A reading room for children",
                        "Storm closes the northern quay", "Undated"]
    assert titles(since="2024-04-01") == ["Nordhavn elects a new assembly", "A reading room for children"]
    assert titles(until="2024-04-20") == ["A reading room for children", "Storm closes the northern quay"]
    assert titles(source="nordhavn.example") == ["Nordhavn elects a new assembly"]  # subdomains too
    assert titles(source="OSTRAVA-DAILY.example") == ["A reading room for children"]
    assert titles(language="da") == ["Nordhavn elects a new assembly"]
    assert titles(limit=1, offset=1) == ["A reading room for children"]
    with pytest.raises(StoreError, match="YYYY-MM-DD"):
        store.articles(since="last tuesday")


def test_search_finds_words_in_the_title_and_the_text(store):
    store.write([article(HARBOUR), article(LIBRARY, title="A reading room for children")])

    assert [a["title"] for a in store.articles(search="breakwater")] == ["Storm closes the northern quay"]
    assert [a["title"] for a in store.articles(search="reading room")] == ["A reading room for children"]
    assert [a["title"] for a in store.articles(search="cafe")] == ["A reading room for children"]
    assert [a["title"] for a in store.articles(search="trawl*")] == ["Storm closes the northern quay"]
    assert "[breakwater]" in store.articles(search="breakwater")[0]["snippet"]
    assert store.articles(search="breakwater", source="ostrava-daily.example") == []


@pytest.mark.parametrize("nasty", [
    '"unbalanced', "AND OR", "NOT", "NEAR(", "title:quay", "*", "-quay", "(((", "'; DROP TABLE articles; --",
    "quay AND", '"', "", "   ", "ü^^", "\x00",
])
def test_search_accepts_any_user_text(store, nasty):
    store.write([article(HARBOUR)])
    found = store.articles(search=nasty)  # never an FTS syntax error
    assert all(a["title"] == "Storm closes the northern quay" for a in found)
    assert len(store.articles()) == 1


def test_get_and_document_accept_a_unique_id_prefix(store):
    stored = article(HARBOUR, removed=(Removed("Share on social media", "share"),),
                     provenance=(("title", "html-meta"),))
    store.write([stored])
    key = stored.article.id

    row = store.get(key[:6])
    assert row["id"] == key and row["text"] == HARBOUR and row["source"] == "veldmar-courier.example"
    assert row["removed"] == [{"text": "Share on social media", "reason": "share"}]
    assert store.document(key[:8]) == stored.to_dict()  # the contract, as `process` prints it
    assert store.get(key[:5]) is None  # too short to be a prefix
    assert store.get("ffffffffffffffff") is None and store.document("nothing") is None


def test_an_ambiguous_prefix_is_an_error(store):
    store.write([article(HARBOUR, id="abcdef0000000001"), article(LIBRARY, id="abcdef0000000002")])
    with pytest.raises(StoreError, match="matches several articles"):
        store.get("abcdef")
    assert store.get("abcdef0000000002")["id"] == "abcdef0000000002"


def test_the_stored_document_keeps_annotations(store):
    doc = Document(article(HARBOUR).article, Annotations(note="annotation skipped: model 'none'"))
    store.write([doc])
    assert store.document(doc.article.id)["annotation_note"] == "annotation skipped: model 'none'"
    assert store.get(doc.article.id)["annotation_note"] == "annotation skipped: model 'none'"


def test_stats_sum_up_the_store(store):
    store.write([
        article(HARBOUR, published="2024-03-05"),
        article(HARBOUR, source="coast-news.example", published="2024-03-06"),
        article(ELECTION, title="Nordhavn elects", language="da", published="2024-05-12"),
        Failure("broken.warc.gz", "read", "corrupt", "truncated WARC record"),
    ])
    stats = store.stats()
    assert stats["articles"] == 3 and stats["duplicates"] == 1 and stats["failures"] == 1
    assert stats["failures_by_code"] == {"corrupt": 1}
    assert stats["languages"] == {"en": 2, "da": 1}
    assert stats["sources"] == {"veldmar-courier.example": 2, "coast-news.example": 1}
    assert stats["published"] == {"first": "2024-03-05", "last": "2024-05-12"}
    assert stats["db_bytes"] > 0 and stats["schema_version"] == SCHEMA_VERSION


# -- export ------------------------------------------------------------------------------------

@pytest.fixture
def three(store):
    documents = [article(HARBOUR), article(LIBRARY, title="A reading room for children"),
                 article(ELECTION, title="Nordhavn elects, \"again\"", language="da")]
    store.write(documents + [Failure("x.html", "extract", "no_article", "no article found")])
    return documents


def test_export_jsonl_writes_one_document_contract_per_line(store, three, tmp_path):
    assert store.export(tmp_path / "out.jsonl", "jsonl") == 3
    lines = (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in lines] == [d.to_dict() for d in three]


def test_export_csv_writes_the_article_columns(store, three):
    stream = io.StringIO()
    store.export(stream, "csv")
    rows = list(csv.DictReader(io.StringIO(stream.getvalue())))
    assert [r["title"] for r in rows] == [d.article.title for d in three]
    assert rows[0]["text"] == HARBOUR  # newlines and quotes survive
    assert rows[0]["source"] == "veldmar-courier.example"
    assert "document" not in rows[0] and "removed" not in rows[0]


def test_export_parquet_reads_back_with_pyarrow(store, three, tmp_path):
    import pyarrow.parquet as pq

    assert store.export(tmp_path / "out.parquet", "parquet") == 3
    table = pq.read_table(tmp_path / "out.parquet")
    assert table.column("id").to_pylist() == [d.article.id for d in three]
    assert table.column("text").to_pylist()[1] == LIBRARY
    assert dedup.to_unsigned(table.column("simhash").to_pylist()[0]) == dedup.simhash(HARBOUR)


def test_export_takes_text_or_binary_streams_for_any_format(store, three):
    import pyarrow.parquet as pq

    binary = io.BytesIO()
    assert store.export(binary, "csv") == 3
    assert binary.getvalue().decode("utf-8").startswith("id,url,source,title")
    text = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")  # like sys.stdout
    assert store.export(text, "parquet") == 3
    text.flush()
    assert pq.read_table(io.BytesIO(text.buffer.getvalue())).num_rows == 3


def test_export_failures_and_bad_formats(store, three):
    stream = io.StringIO()
    assert store.export(stream, "jsonl", table="failures") == 1
    assert json.loads(stream.getvalue())["code"] == "no_article"
    with pytest.raises(StoreError, match="unknown export format"):
        store.export(io.StringIO(), "xlsx")
    with pytest.raises(StoreError, match="unknown table"):
        store.export(io.StringIO(), "csv", table="sqlite_master")
