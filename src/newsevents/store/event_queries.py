"""Reading the annotation tables: events, quotes and actors, with the CLI's filters."""
from __future__ import annotations

import sqlite3
from typing import Any

from .queries import _day, fts_query

EVENT_COLUMNS = ("id", "article_id", "date", "actor1_name", "actor1_code", "cameo", "label", "actor2_name",
                 "actor2_code", "root", "plover", "quad_class", "goldstein", "modality", "date_source",
                 "location_name", "location_country", "actor1_country", "actor2_country", "actor1_role",
                 "actor2_role", "start", "end", "confidence")


def _like(value: str) -> str:
    return "%" + value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _article_filters(where: list[str], params: list[Any], *, source: str | None, search: str | None) -> None:
    if source:
        where.append("a.domain = ?")
        params.append(source.lower().removeprefix("www."))
    if search:
        query = fts_query(search)
        where.append("a.seq IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)")
        params.append(query or '""')


def events(conn: sqlite3.Connection, *, actor: str | None = None, country: str | None = None,
           cameo: str | None = None, root: str | None = None, quad_class: int | None = None,
           modality: str | None = None, since: str | None = None, until: str | None = None,
           source: str | None = None, search: str | None = None, limit: int = 50) -> list[dict[str, Any]]:
    """Events matching every filter, latest event date first."""
    where, params = [], []
    if actor:
        where.append("(" + " OR ".join(f"e.actor{n}_{f} LIKE ? ESCAPE '\\'" for n in (1, 2)
                                       for f in ("name", "code", "text")) + ")")
        params += [_like(actor)] * 6
    if country:
        where.append("(e.actor1_country = ? OR e.actor2_country = ?)")
        params += [country.upper()] * 2
    for column, value in (("e.cameo", cameo), ("e.root", root), ("e.modality", modality)):
        if value:
            where.append(f"{column} LIKE ?" if column == "e.cameo" else f"{column} = ?")
            params.append(value + "%" if column == "e.cameo" else value)
    if quad_class:
        where.append("e.quad_class = ?")
        params.append(int(quad_class))
    for op, value, name in ((">=", since, "since"), ("<=", until, "until")):
        if value:
            where.append(f"e.date {op} ?")
            params.append(_day(value, name))
    _article_filters(where, params, source=source, search=search)
    sql = (f"SELECT {', '.join('e.' + c for c in EVENT_COLUMNS)}, a.domain AS source, a.url, "
           "substr(a.text, e.start + 1, e.end - e.start) AS clause FROM events e JOIN articles a ON a.id = e.article_id"
           + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY e.date DESC, e.id LIMIT ?")
    return [dict(row) for row in conn.execute(sql, (*params, limit))]


def quotes(conn: sqlite3.Connection, *, speaker: str | None = None, country: str | None = None,
           kind: str | None = None, since: str | None = None, until: str | None = None,
           source: str | None = None, search: str | None = None, limit: int = 50) -> list[dict[str, Any]]:
    """Quotes matching every filter, newest article first."""
    where, params = [], []
    if speaker:
        where.append("(q.speaker LIKE ? ESCAPE '\\' OR q.speaker_code LIKE ? ESCAPE '\\')")
        params += [_like(speaker)] * 2
    if country:
        where.append("q.speaker_country = ?")
        params.append(country.upper())
    if kind:
        where.append("q.kind = ?")
        params.append(kind)
    for op, value, name in ((">=", since, "since"), ("<=", until, "until")):
        if value:
            where.append(f"a.published {op} ?")
            params.append(_day(value, name))
    if search:
        where.append("q.text LIKE ? ESCAPE '\\'")
        params.append(_like(search))
    _article_filters(where, params, source=source, search=None)
    sql = ("SELECT q.article_id, a.published, q.speaker, q.speaker_code, q.speaker_country, q.speaker_role, "
           "q.kind, q.cue, q.text, q.start, q.end, a.domain AS source FROM quotes q "
           "JOIN articles a ON a.id = q.article_id"
           + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY a.published DESC, q.start LIMIT ?")
    return [dict(row) for row in conn.execute(sql, (*params, limit))]


def actors(conn: sqlite3.Connection, *, country: str | None = None, role: str | None = None,
           search: str | None = None, limit: int = 50) -> list[dict[str, Any]]:
    """Actors mentioned, with their mention and article counts, most mentioned first."""
    where, params = ["(e.actor_code IS NOT NULL OR e.actor_name IS NOT NULL)"], []
    if country:
        where.append("e.actor_country = ?")
        params.append(country.upper())
    if role:
        where.append("e.actor_role = ?")
        params.append(role.upper())
    if search:
        where.append("(e.actor_name LIKE ? ESCAPE '\\' OR e.text LIKE ? ESCAPE '\\')")
        params += [_like(search)] * 2
    sql = ("SELECT coalesce(e.actor_name, e.text) AS name, e.actor_code AS code, e.actor_country AS country, "
           "e.actor_role AS role, count(*) AS mentions, count(DISTINCT e.article_id) AS articles "
           "FROM entities e WHERE " + " AND ".join(where) + " GROUP BY 1, 2, 3, 4 ORDER BY mentions DESC, name LIMIT ?")
    return [dict(row) for row in conn.execute(sql, (*params, limit))]
