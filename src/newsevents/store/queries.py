"""Reading the store: article lists, one article, failures, statistics.

Every dict uses the contract's names (`source` for the domain column), so the
CLI can print them as a table, JSON or CSV without renaming.
"""
from __future__ import annotations

import json
import re
import sqlite3
from datetime import date
from typing import Any

from ..errors import StoreError

# The article columns a listing shows: everything but the text and the JSON columns.
LISTING = ("id", "url", "domain AS source", "title", "published", "published_source", "language",
           "author", "site_name", "extractor", "duplicate_of", "ingested_at")
_WORD = re.compile(r"\w+")
MIN_PREFIX = 6


def fts_query(search: str) -> str | None:
    """User text as a safe FTS5 query: each whitespace-separated term becomes a quoted phrase.

    Punctuation only separates words, so `"unbalanced`, `AND OR` or `title:x` are searched
    as plain words and never parsed as FTS syntax. A trailing `*` keeps its prefix meaning.
    Returns None when the text has no words at all.
    """
    phrases = []
    for term in search.split():
        words = _WORD.findall(term)
        if words:
            phrases.append('"' + " ".join(words) + '"' + ("*" if term.endswith("*") else ""))
    return " ".join(phrases) or None


def _day(value: str | None, name: str) -> str | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value.strip()[:10]).isoformat()
    except ValueError:
        raise StoreError(f"--{name} expects a date as YYYY-MM-DD, got {value!r}") from None


def articles(conn: sqlite3.Connection, *, search: str | None = None, since: str | None = None,
             until: str | None = None, source: str | None = None, language: str | None = None,
             limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
    """Articles matching every filter given, newest published first."""
    where, params = _filters(since=since, until=until, source=source, language=language)
    columns = ", ".join("a." + c for c in LISTING)
    if search is None:
        sql = f"SELECT {columns}, substr(a.text, 1, 160) AS snippet FROM articles a"
    else:
        query = fts_query(search)
        if query is None:
            return []
        sql = (f"SELECT {columns}, snippet(articles_fts, 1, '[', ']', '…', 16) AS snippet "
               "FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid")
        where.insert(0, "articles_fts MATCH ?")
        params.insert(0, query)
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY a.published DESC, a.ingested_at DESC, a.seq DESC LIMIT ? OFFSET ?"
    params += [max(0, int(limit)), max(0, int(offset))]
    return [dict(row) for row in conn.execute(sql, params)]


def _filters(*, since: str | None, until: str | None, source: str | None,
             language: str | None) -> tuple[list[str], list[Any]]:
    """WHERE clauses and their parameters for the listing filters."""
    where: list[str] = []
    params: list[Any] = []
    since, until = _day(since, "since"), _day(until, "until")
    if since:
        where.append("a.published >= ?")
        params.append(since)
    if until:
        where.append("substr(a.published, 1, 10) <= ?")
        params.append(until)
    if source:
        where.append("(a.domain = ? COLLATE NOCASE OR a.domain LIKE ? ESCAPE '\\')")
        params += [source.strip(), "%." + _like_escape(source.strip())]
    if language:
        where.append("a.language = ?")
        params.append(language)
    return where, params


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def resolve(conn: sqlite3.Connection, id_or_prefix: str) -> str | None:
    """The full id for an id or a unique prefix of at least six characters."""
    key = id_or_prefix.strip()
    if conn.execute("SELECT 1 FROM articles WHERE id = ?", (key,)).fetchone():
        return key
    if len(key) < MIN_PREFIX:
        return None
    rows = conn.execute("SELECT id FROM articles WHERE id >= ? AND id < ? ORDER BY id LIMIT 2",
                        (key, key + "\U0010ffff")).fetchall()
    if len(rows) > 1:
        raise StoreError(f"id prefix {key!r} matches several articles: give more characters")
    return rows[0]["id"] if rows else None


def get(conn: sqlite3.Connection, id_or_prefix: str) -> dict[str, Any] | None:
    """One article's row, with `text`, `removed` and `provenance` (parsed), or None."""
    key = resolve(conn, id_or_prefix)
    if key is None:
        return None
    row = conn.execute(
        f"SELECT {', '.join(LISTING)}, input, text, text_hash, simhash, provenance, removed, "
        "annotation_note FROM articles WHERE id = ?", (key,)).fetchone()
    found = dict(row)
    found["provenance"] = json.loads(found["provenance"] or "{}")
    found["removed"] = json.loads(found["removed"] or "[]")
    return found


def document(conn: sqlite3.Connection, id_or_prefix: str) -> dict[str, Any] | None:
    """The stored document contract, as `newsevents process` prints it, or None."""
    key = resolve(conn, id_or_prefix)
    if key is None:
        return None
    row = conn.execute("SELECT document FROM articles WHERE id = ?", (key,)).fetchone()
    return json.loads(row["document"])


def failures(conn: sqlite3.Connection, *, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
    """Recorded failures, the latest first."""
    rows = conn.execute("SELECT input, stage, code, message, at FROM failures "
                        "ORDER BY at DESC, id LIMIT ? OFFSET ?", (max(0, int(limit)), max(0, int(offset))))
    return [dict(row) for row in rows]


def stats(conn: sqlite3.Connection) -> dict[str, Any]:
    """Counts for `newsevents stats` (without the file size, which the Store adds)."""
    one = conn.execute(
        "SELECT count(*) AS articles, count(duplicate_of) AS duplicates, min(published) AS first, "
        "max(published) AS last FROM articles").fetchone()
    by_code = dict(conn.execute("SELECT code, count(*) FROM failures GROUP BY code ORDER BY 2 DESC, 1"))
    return {
        "articles": one["articles"],
        "duplicates": one["duplicates"],
        "failures": sum(by_code.values()),
        "failures_by_code": by_code,
        "languages": dict(conn.execute(
            "SELECT coalesce(language, '?'), count(*) FROM articles GROUP BY 1 ORDER BY 2 DESC, 1")),
        "sources": dict(conn.execute(
            "SELECT coalesce(domain, '?'), count(*) FROM articles GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 10")),
        "published": {"first": one["first"], "last": one["last"]},
        "by_month": dict(conn.execute(
            "SELECT month, n FROM (SELECT substr(published, 1, 7) AS month, count(*) AS n FROM articles "
            "WHERE published IS NOT NULL GROUP BY 1 ORDER BY 1 DESC LIMIT 24) ORDER BY month")),
    }
