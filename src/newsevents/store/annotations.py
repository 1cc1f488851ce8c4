"""The annotation parts of a stored document: entities, times, quotes, events.

Each part replaces the article's rows in its table (so an updated document leaves no
stale rows) inside the transaction that wrote the article row.
"""
from __future__ import annotations

import sqlite3
from typing import Any

from ..records import Document, plain


def _get(record: Any, *path: str) -> Any:
    """A nested field of a plain record (dict) or None: _get(e, "actor", "code")."""
    value = record
    for key in path:
        if not isinstance(value, dict):
            return None
        value = value.get(key)
    return value


def _replace(conn: sqlite3.Connection, table: str, article_id: str, rows: list[dict[str, Any]]) -> None:
    conn.execute(f"DELETE FROM {table} WHERE article_id = ?", (article_id,))
    if rows:
        columns = list(rows[0])
        conn.executemany(f"INSERT OR REPLACE INTO {table} ({', '.join(columns)}) "
                         f"VALUES ({', '.join('?' for _ in columns)})", [tuple(r.values()) for r in rows])


def _entity_row(article_id: str, e: dict[str, Any]) -> dict[str, Any]:
    return {"article_id": article_id, "start": e["start"], "end": e["end"], "text": e["text"], "label": e["label"],
            "actor_name": _get(e, "actor", "name"), "actor_code": _get(e, "actor", "code"),
            "actor_country": _get(e, "actor", "country"), "actor_role": _get(e, "actor", "role"),
            "place_name": _get(e, "place", "name"), "place_lat": _get(e, "place", "lat"),
            "place_lon": _get(e, "place", "lon"), "place_country": _get(e, "place", "country"),
            "place_kind": _get(e, "place", "kind"), "geonames_id": _get(e, "place", "geonames_id")}


def _time_row(article_id: str, t: dict[str, Any]) -> dict[str, Any]:
    return {"article_id": article_id, "start": t["start"], "end": t["end"], "text": t["text"],
            "value": t.get("value"), "granularity": t.get("granularity")}


def _quote_row(article_id: str, q: dict[str, Any]) -> dict[str, Any]:
    speaker = q.get("speaker")
    return {"article_id": article_id, "start": q["start"], "end": q["end"], "text": q["text"],
            "kind": q.get("kind"), "speaker": speaker.get("text") if isinstance(speaker, dict) else speaker,
            "speaker_code": _get(q, "speaker_actor", "code"), "speaker_country": _get(q, "speaker_actor", "country"),
            "speaker_role": _get(q, "speaker_actor", "role"), "cue": q.get("cue")}


def _actor_columns(prefix: str, actor: Any) -> dict[str, Any]:
    return {f"{prefix}_{key}": _get(actor, key) for key in ("text", "name", "code", "country", "role")}


def _event_row(article_id: str, e: dict[str, Any]) -> dict[str, Any]:
    sentence = e.get("sentence")
    return {"id": e["id"], "article_id": article_id, "start": e["start"], "end": e["end"],
            "sentence": None if sentence is None else str(sentence),
            **_actor_columns("actor1", e.get("actor1")), **_actor_columns("actor2", e.get("actor2")),
            "cameo": e["cameo"], "root": e.get("root"), "label": e.get("label"), "plover": e.get("plover"),
            "quad_class": e.get("quad_class"), "goldstein": e.get("goldstein"), "modality": e.get("modality"),
            "date": e.get("date"), "date_source": e.get("date_source"),
            "location_name": _get(e, "location", "name"), "location_lat": _get(e, "location", "lat"),
            "location_lon": _get(e, "location", "lon"), "location_country": _get(e, "location", "country"),
            "location_geonames_id": _get(e, "location", "geonames_id"), "confidence": e.get("confidence")}


def write_annotations(conn: sqlite3.Connection, document: Document) -> None:
    article_id, n = document.article.id, document.annotations
    _replace(conn, "entities", article_id, [_entity_row(article_id, plain(e)) for e in n.entities])
    _replace(conn, "times", article_id, [_time_row(article_id, plain(t)) for t in n.times])
    _replace(conn, "quotes", article_id, [_quote_row(article_id, plain(q)) for q in n.quotes])
    _replace(conn, "events", article_id, [_event_row(article_id, plain(e)) for e in n.events])
