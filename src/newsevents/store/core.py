"""`Store`: the SQLite file behind `newsevents ingest`, `articles`, `show`, `export`, `stats`."""
from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path
from typing import IO, Any, Iterable, Iterator

from ..errors import StoreError
from ..records import Document, Failure
from . import export as _export
from . import event_queries, queries
from .schema import migrate
from .write import WriteSummary, write_results

__all__ = ["Store"]


class Store:
    """One SQLite file in WAL mode: one writer at a time, any number of readers.

        with Store("newsevents.db") as store:
            summary = store.write(documents_and_failures)
            store.articles(search="flood", since="2024-01-01")

    `near_bits`: simhash Hamming distance that still counts as a near-duplicate
    (0 to 3 are found exactly; above 3 only candidates sharing a 16-bit band are seen).
    `timeout`: seconds to wait for another writer before giving up.
    `create`: make the file when it does not exist; with False, a missing file is a
    StoreError (what `articles`, `show` and `stats` want, rather than an empty database).
    """

    def __init__(self, path: str | Path, *, near_bits: int = 3, timeout: float = 10.0,
                 create: bool = True):
        self.path = Path(path)
        if not 0 <= near_bits <= 64:
            raise StoreError(f"near_bits must be between 0 and 64, got {near_bits}")
        if not create and not self.path.is_file():
            raise StoreError("no database here: ingest something first", input=str(self.path))
        self.near_bits = near_bits
        self._conn = _connect(self.path, timeout=timeout)
        try:
            migrate(self._conn, path=str(self.path))
        except sqlite3.DatabaseError as error:
            self._conn.close()
            raise StoreError(f"not a usable newsevents database: {error}", input=str(self.path)) from error
        except BaseException:
            self._conn.close()
            raise

    # -- life cycle -------------------------------------------------------------------------

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({str(self.path)!r})"

    # -- writing ----------------------------------------------------------------------------

    def write(self, results: Iterable[Document | Failure]) -> WriteSummary:
        """Store documents (upsert by id, duplicates flagged) and failures in one transaction.

        All or nothing: if anything fails, nothing of this call is stored. Writing the
        same documents again changes nothing and counts them `unchanged`.
        """
        try:
            self._conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as error:
            raise StoreError(f"cannot start writing: {error}", input=str(self.path)) from error
        try:
            summary = write_results(self._conn, results, near_bits=self.near_bits)
            self._conn.execute("COMMIT")
        except BaseException as error:
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
            if isinstance(error, sqlite3.Error):
                raise StoreError(f"cannot write: {error}", input=str(self.path)) from error
            raise
        return summary

    def known_ids(self, ids: Iterable[str]) -> set[str]:
        """Those of `ids` already stored as articles: the runner can skip them."""
        wanted = list(ids)
        found: set[str] = set()
        for start in range(0, len(wanted), 500):
            chunk = wanted[start:start + 500]
            marks = ", ".join("?" * len(chunk))
            found.update(r[0] for r in self._conn.execute(
                f"SELECT id FROM articles WHERE id IN ({marks})", chunk))
        return found

    # -- reading ----------------------------------------------------------------------------

    def articles(self, *, search: str | None = None, since: str | None = None, until: str | None = None,
                 source: str | None = None, language: str | None = None, limit: int = 50,
                 offset: int = 0) -> list[dict[str, Any]]:
        """Articles matching every filter given, newest published first.

        `search`: words to find in the title or text (full-text, any user text is safe;
        a trailing `*` matches a prefix); `since`/`until`: published dates, inclusive;
        `source`: a domain, subdomains included; `language`: an ISO 639-1 code.
        Each dict has the listing columns and a `snippet`.
        """
        return queries.articles(self._conn, search=search, since=since, until=until, source=source,
                                language=language, limit=limit, offset=offset)

    def get(self, id: str) -> dict[str, Any] | None:
        """One article by id or unique id prefix (six characters or more), or None."""
        return queries.get(self._conn, id)

    def document(self, id: str) -> dict[str, Any] | None:
        """The stored document contract by id or unique id prefix, or None."""
        return queries.document(self._conn, id)

    def events(self, **filters: Any) -> list[dict[str, Any]]:
        """Coded events; filters: actor, country, cameo, root, quad_class, modality, since, until,
        source, search, limit (see `store.event_queries.events`)."""
        return event_queries.events(self._conn, **filters)

    def quotes(self, **filters: Any) -> list[dict[str, Any]]:
        """Quotes; filters: speaker, country, kind, since, until, source, search, limit."""
        return event_queries.quotes(self._conn, **filters)

    def actors(self, **filters: Any) -> list[dict[str, Any]]:
        """Actors mentioned with counts; filters: country, role, search, limit."""
        return event_queries.actors(self._conn, **filters)

    def documents(self) -> Iterator[dict[str, Any]]:
        """Every stored document (the contract), in the order they were stored."""
        for (text,) in self._conn.execute("SELECT document FROM articles ORDER BY seq"):
            yield json.loads(text)

    def failures(self, limit: int = 50, *, offset: int = 0) -> list[dict[str, Any]]:
        """Recorded failures, the latest first."""
        return queries.failures(self._conn, limit=limit, offset=offset)

    def stats(self) -> dict[str, Any]:
        """Counts of articles, duplicates, failures by code, languages, top sources, dates, size."""
        found = queries.stats(self._conn)
        found["db_bytes"] = sum(os.path.getsize(p) for p in self._files() if p.exists())
        found["schema_version"] = self.schema_version
        return found

    def export(self, target: str | Path | IO[Any], fmt: str = "jsonl", *, table: str = "articles") -> int:
        """Write `table` ("articles" or "failures") as jsonl, csv or parquet; return the row count."""
        return _export.export(self._conn, target, fmt=fmt, table=table)

    # -- the database itself ----------------------------------------------------------------

    @property
    def schema_version(self) -> int:
        row = self._conn.execute("SELECT max(version) FROM migrations").fetchone()
        return row[0] or 0

    def migrations(self) -> list[dict[str, Any]]:
        """The migrations recorded in this database, in order."""
        rows = self._conn.execute("SELECT version, name, applied_at FROM migrations ORDER BY version")
        return [dict(r) for r in rows]

    def check(self) -> list[str]:
        """Problems found by SQLite's integrity check and FTS5's; [] when all is well."""
        problems = [r[0] for r in self._conn.execute("PRAGMA integrity_check") if r[0] != "ok"]
        missing = self._conn.execute(
            "SELECT count(*) FROM articles a LEFT JOIN articles_fts_docsize d ON d.id = a.seq "
            "WHERE d.id IS NULL").fetchone()[0]
        if missing:
            problems.append(f"full-text index: {missing} articles are not indexed")
        try:  # rank 1: also compare the index with the articles table
            self._conn.execute("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)")
        except sqlite3.DatabaseError as error:
            problems.append(f"full-text index does not match the articles: {error}")
        return problems

    def _files(self) -> list[Path]:
        return [self.path, Path(f"{self.path}-wal")]


def _connect(path: Path, *, timeout: float) -> sqlite3.Connection:
    """A connection in autocommit mode (transactions are explicit), WAL, foreign keys on."""
    try:
        conn = sqlite3.connect(path, timeout=timeout, isolation_level=None)
    except sqlite3.Error as error:
        raise StoreError(f"cannot open the database: {error}", input=str(path)) from error
    conn.row_factory = sqlite3.Row
    try:
        conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
    except sqlite3.DatabaseError as error:
        conn.close()
        raise StoreError(f"not a usable newsevents database: {error}", input=str(path)) from error
    return conn

