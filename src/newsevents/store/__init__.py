"""The embedded store: one SQLite file with articles, failures and a full-text index.

    from newsevents.store import Store
    with Store("newsevents.db") as store:
        store.write(results)             # Documents and Failures; upsert by id, one transaction
        store.articles(search="flood")   # newest first
        store.document("3f2a9c")         # the stored contract, by id or unique prefix

Modules: `schema` (the migrations), `write` (upserts, duplicates), `queries`
(reading), `export` (jsonl, csv, parquet), `core` (the `Store` that ties them).
"""
from __future__ import annotations

from .core import Store
from .schema import LATEST as SCHEMA_VERSION, MIGRATIONS, Migration
from .write import WriteSummary

__all__ = ["Store", "WriteSummary", "Migration", "MIGRATIONS", "SCHEMA_VERSION"]
