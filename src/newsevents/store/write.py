"""Writing documents and failures: idempotent upserts keyed by content-hash ids.

A document is stored as parts. The article row comes first; later issues add
parts (entities, times, quotes, events) to `PARTS`, each writing its own table
in the same transaction, after the article row exists.
"""
from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Callable, Iterable

from .. import dedup
from ..ids import stable_id, text_hash
from ..records import Document, Failure
from .annotations import write_annotations


@dataclass(frozen=True, slots=True)
class WriteSummary:
    """What one `Store.write` call did.

    `new`: articles stored for the first time and not duplicates; `duplicate`: stored
    for the first time and flagged `duplicate_of` another; `updated`: already stored,
    with a different document now; `unchanged`: already stored exactly so;
    `failed`: failures recorded.
    """

    new: int = 0
    duplicate: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: int = 0
    new_ids: tuple[str, ...] = ()
    duplicate_ids: tuple[str, ...] = ()

    @property
    def documents(self) -> int:
        return self.new + self.duplicate + self.updated + self.unchanged


@dataclass(slots=True)
class _Tally:
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(
        ("new", "duplicate", "updated", "unchanged", "failed"), 0))
    new_ids: list[str] = field(default_factory=list)
    duplicate_ids: list[str] = field(default_factory=list)

    def summary(self) -> WriteSummary:
        return WriteSummary(**self.counts, new_ids=tuple(self.new_ids),
                            duplicate_ids=tuple(self.duplicate_ids))


Part = Callable[[sqlite3.Connection, Document], None]
PARTS: tuple[Part, ...] = (write_annotations,)  # written after the article row, in order


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def write_results(conn: sqlite3.Connection, results: Iterable[Document | Failure], *,
                  near_bits: int) -> WriteSummary:
    """Store each result; the caller owns the transaction."""
    tally = _Tally()
    for result in results:
        if isinstance(result, Failure):
            write_failure(conn, result)
            tally.counts["failed"] += 1
        elif isinstance(result, Document):
            outcome = write_document(conn, result, near_bits=near_bits)
            tally.counts[outcome] += 1
            if outcome in ("new", "duplicate"):
                getattr(tally, f"{outcome}_ids").append(result.article.id)
        else:
            raise TypeError(f"Store.write takes Document or Failure records, not {type(result).__name__}")
    return tally.summary()


def write_failure(conn: sqlite3.Connection, failure: Failure) -> None:
    """Record a failure; the same failure again keeps one row and updates `at`."""
    key = stable_id(failure.input, failure.stage, failure.code, failure.message)
    conn.execute(
        "INSERT INTO failures (id, input, stage, code, message, at) VALUES (?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(id) DO UPDATE SET at = excluded.at",
        (key, failure.input, failure.stage, failure.code, failure.message, now()))


def write_document(conn: sqlite3.Connection, document: Document, *, near_bits: int) -> str:
    """Upsert one document; return "new", "duplicate", "updated" or "unchanged"."""
    article = document.article
    stored = conn.execute("SELECT seq, duplicate_of, document FROM articles WHERE id = ?",
                          (article.id,)).fetchone()
    if stored and _document_json(document, stored["duplicate_of"]) == stored["document"]:
        return "unchanged"
    row = _article_row(document)
    row["duplicate_of"] = find_duplicate(conn, row, near_bits=near_bits,
                                         before=stored["seq"] if stored else None)
    row["document"] = _document_json(document, row["duplicate_of"])
    conn.execute(_UPDATE if stored else _INSERT, row)
    for part in PARTS:
        part(conn, document)
    if stored:
        return "updated"
    return "duplicate" if row["duplicate_of"] else "new"


def find_duplicate(conn: sqlite3.Connection, row: dict[str, Any], *, near_bits: int,
                   before: int | None = None) -> str | None:
    """The earliest stored article this one duplicates: same text hash, else a near simhash.

    Only articles stored before this one count (`before`: its own `seq` when it is
    already stored), so two articles never point at each other.
    """
    limit = before if before is not None else 1 << 62
    exact = conn.execute(
        "SELECT id FROM articles WHERE text_hash = ? AND id != ? AND seq < ? ORDER BY seq LIMIT 1",
        (row["text_hash"], row["id"], limit)).fetchone()
    if exact:
        return exact["id"]
    if row["simhash"] == 0:  # no words: nothing to compare
        return None
    candidates = conn.execute(
        "SELECT id, simhash FROM articles WHERE (band0 = ? OR band1 = ? OR band2 = ? OR band3 = ?) "
        "AND id != ? AND seq < ? AND simhash != 0 ORDER BY seq",
        (row["band0"], row["band1"], row["band2"], row["band3"], row["id"], limit))
    for candidate in candidates:
        if dedup.hamming(candidate["simhash"], row["simhash"]) <= near_bits:
            return candidate["id"]
    return None


def _document_json(document: Document, duplicate_of: str | None) -> str:
    contract = document.to_dict()
    contract["duplicate_of"] = duplicate_of
    return json.dumps(contract, ensure_ascii=False, separators=(",", ":"))


def _article_row(document: Document) -> dict[str, Any]:
    a = document.article
    fingerprint = a.simhash or dedup.simhash(a.text)
    band0, band1, band2, band3 = dedup.bands(fingerprint)
    return {
        "id": a.id, "input": a.input, "url": a.url, "domain": a.source, "title": a.title,
        "published": a.published, "published_source": a.published_source, "language": a.language,
        "author": a.author, "site_name": a.site_name, "text": a.text,
        "text_hash": a.text_hash or text_hash(a.text), "simhash": dedup.to_signed(fingerprint),
        "band0": band0, "band1": band1, "band2": band2, "band3": band3,
        "extractor": a.extractor, "provenance": json.dumps(dict(a.provenance), ensure_ascii=False),
        "removed": json.dumps([{"text": r.text, "reason": r.reason} for r in a.removed],
                              ensure_ascii=False),
        "annotation_note": document.annotations.note, "ingested_at": now(),
    }


_COLUMNS = ("id", "input", "url", "domain", "title", "published", "published_source", "language",
            "author", "site_name", "text", "text_hash", "simhash", "band0", "band1", "band2", "band3",
            "duplicate_of", "extractor", "provenance", "removed", "annotation_note", "document",
            "ingested_at")
_INSERT = (f"INSERT INTO articles ({', '.join(_COLUMNS)}) "
           f"VALUES ({', '.join(':' + c for c in _COLUMNS)})")
_UPDATE = ("UPDATE articles SET "
           + ", ".join(f"{c} = :{c}" for c in _COLUMNS if c not in ("id", "ingested_at"))
           + " WHERE id = :id")  # ingested_at stays: when it was first stored

