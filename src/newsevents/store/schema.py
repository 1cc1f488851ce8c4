"""The schema as an ordered list of migrations, recorded in the `migrations` table.

To change the schema, append a `Migration` with the next version: never edit one
that has shipped. Opening a database applies the missing ones in order, in one
transaction, each together with its row in `migrations`: all of them or none.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone

from ..errors import StoreError


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    sql: str


ARTICLES = """
CREATE TABLE articles (
    seq INTEGER PRIMARY KEY,            -- rowid alias: insertion order, FTS rowid (stable under VACUUM)
    id TEXT NOT NULL UNIQUE,            -- the content-hash id: the key every upsert uses
    input TEXT,
    url TEXT,
    domain TEXT,
    title TEXT,
    published TEXT,                     -- ISO date
    published_source TEXT,
    language TEXT,
    author TEXT,
    site_name TEXT,
    text TEXT NOT NULL,
    text_hash TEXT NOT NULL,
    simhash INTEGER NOT NULL,           -- unsigned 64-bit simhash stored as signed 64-bit
    band0 INTEGER NOT NULL,             -- the four 16-bit bands of simhash, for candidate lookup
    band1 INTEGER NOT NULL,
    band2 INTEGER NOT NULL,
    band3 INTEGER NOT NULL,
    duplicate_of TEXT,                  -- id of the earliest stored article it duplicates
    extractor TEXT,
    provenance TEXT,                    -- JSON object: field -> path that produced it
    removed TEXT,                       -- JSON list of {text, reason}
    annotation_note TEXT,
    document TEXT NOT NULL,             -- the full document contract, JSON
    ingested_at TEXT NOT NULL
);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_domain ON articles(domain);
CREATE INDEX articles_text_hash ON articles(text_hash);
CREATE INDEX articles_duplicate_of ON articles(duplicate_of);
CREATE INDEX articles_band0 ON articles(band0);
CREATE INDEX articles_band1 ON articles(band1);
CREATE INDEX articles_band2 ON articles(band2);
CREATE INDEX articles_band3 ON articles(band3);

CREATE TABLE failures (
    id TEXT PRIMARY KEY,                -- hash of input, stage, code and message
    input TEXT NOT NULL,
    stage TEXT NOT NULL,
    code TEXT NOT NULL,
    message TEXT NOT NULL,
    at TEXT NOT NULL                    -- when it last happened
);
CREATE INDEX failures_code ON failures(code);
CREATE INDEX failures_at ON failures(at);
"""

FTS = """
CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, text, content='articles', content_rowid='seq', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
END;
"""

ANNOTATIONS = """
CREATE TABLE entities (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,             -- character offsets into articles.text
    end INTEGER NOT NULL,
    text TEXT NOT NULL,
    label TEXT NOT NULL,
    actor_name TEXT, actor_code TEXT, actor_country TEXT, actor_role TEXT,
    place_name TEXT, place_lat REAL, place_lon REAL, place_country TEXT, place_kind TEXT,
    geonames_id INTEGER,
    PRIMARY KEY (article_id, start, end, label)
);
CREATE INDEX entities_actor_code ON entities(actor_code);
CREATE INDEX entities_actor_country ON entities(actor_country);

CREATE TABLE times (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL,
    value TEXT,                         -- TIMEX3-style value resolved against the publication date
    granularity TEXT,
    PRIMARY KEY (article_id, start, end)
);

CREATE TABLE quotes (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL,
    kind TEXT,                          -- direct, partial, indirect, scare
    speaker TEXT,
    speaker_code TEXT, speaker_country TEXT, speaker_role TEXT,
    cue TEXT,
    PRIMARY KEY (article_id, start, end)
);
CREATE INDEX quotes_speaker_code ON quotes(speaker_code);

CREATE TABLE events (
    id TEXT PRIMARY KEY,                -- stable id from the event's content
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,             -- the clause's characters in articles.text
    end INTEGER NOT NULL,
    sentence TEXT,
    actor1_text TEXT, actor1_name TEXT, actor1_code TEXT, actor1_country TEXT, actor1_role TEXT,
    actor2_text TEXT, actor2_name TEXT, actor2_code TEXT, actor2_country TEXT, actor2_role TEXT,
    cameo TEXT NOT NULL,
    root TEXT,
    label TEXT,
    plover TEXT,
    quad_class INTEGER,
    goldstein REAL,
    modality TEXT,
    date TEXT,
    date_source TEXT,
    location_name TEXT, location_lat REAL, location_lon REAL, location_country TEXT,
    location_geonames_id INTEGER,
    confidence REAL
);
CREATE INDEX events_article ON events(article_id);
CREATE INDEX events_date ON events(date);
CREATE INDEX events_cameo ON events(cameo);
CREATE INDEX events_root ON events(root);
CREATE INDEX events_actor1_country ON events(actor1_country);
CREATE INDEX events_actor2_country ON events(actor2_country);
"""

MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "articles and failures", ARTICLES),
    Migration(2, "full-text search over title and text", FTS),
    Migration(3, "entities, times, quotes and events", ANNOTATIONS),
)

LATEST = MIGRATIONS[-1].version

_BOOTSTRAP = """CREATE TABLE IF NOT EXISTS migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"""


def statements(sql: str) -> list[str]:
    """Split a script into statements, keeping trigger bodies whole."""
    found, buffer = [], ""
    for piece in sql.split(";"):
        buffer += piece + ";"
        if sqlite3.complete_statement(buffer):
            if buffer.strip(" \n\t;"):
                found.append(buffer.strip())
            buffer = ""
    return found


def applied(conn: sqlite3.Connection) -> dict[int, str]:
    """Versions recorded in the database, {} for a new one."""
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'migrations'").fetchone()
    if not exists:
        return {}
    return dict(conn.execute("SELECT version, name FROM migrations"))


def _check_not_newer(done: dict[int, str], path: str) -> None:
    unknown = sorted(set(done) - {m.version for m in MIGRATIONS})
    if unknown:
        raise StoreError(
            f"the database has schema version {max(done)}, newer than this newsevents knows "
            f"({LATEST}): upgrade newsevents to open it", input=path)


def migrate(conn: sqlite3.Connection, *, path: str = "") -> list[Migration]:
    """Apply the missing migrations in order; return those applied now.

    `conn` must be in autocommit mode (`isolation_level=None`).
    """
    done = applied(conn)
    _check_not_newer(done, path)
    if all(m.version in done for m in MIGRATIONS):
        return []  # the common case: no write lock taken, so readers never wait here
    now: list[Migration] = []
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute(_BOOTSTRAP)
        done = applied(conn)  # again, under the lock: another process may have migrated
        _check_not_newer(done, path)
        for migration in MIGRATIONS:
            if migration.version not in done:
                _apply(conn, migration)
                now.append(migration)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return now


def _apply(conn: sqlite3.Connection, migration: Migration) -> None:
    for statement in statements(migration.sql):
        conn.execute(statement)
    conn.execute(
        "INSERT INTO migrations (version, name, applied_at) VALUES (?, ?, ?)",
        (migration.version, migration.name, datetime.now(timezone.utc).isoformat(timespec="seconds")))
