"""Export a table as JSON Lines, CSV or Parquet, streaming rows from SQLite.

`jsonl` of articles writes the stored document contract, one per line; `csv` and
`parquet` write the article columns, with the text but without the JSON columns.
Parquet needs pyarrow and is written in row groups of `BATCH` rows.
"""
from __future__ import annotations

import csv
import io
import json
import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, Iterator

from ..errors import StoreError

FORMATS = ("jsonl", "csv", "parquet")
BATCH = 2000

# (column name in the export, SQL expression, Arrow type name)
ARTICLE_COLUMNS = (
    ("id", "id", "string"), ("url", "url", "string"), ("source", "domain", "string"),
    ("title", "title", "string"), ("published", "published", "string"),
    ("published_source", "published_source", "string"), ("language", "language", "string"),
    ("author", "author", "string"), ("site_name", "site_name", "string"),
    ("extractor", "extractor", "string"), ("duplicate_of", "duplicate_of", "string"),
    ("text_hash", "text_hash", "string"), ("simhash", "simhash", "int64"),
    ("input", "input", "string"), ("ingested_at", "ingested_at", "string"), ("text", "text", "string"),
)
FAILURE_COLUMNS = tuple((c, c, "string") for c in ("input", "stage", "code", "message", "at"))


def _columns(spec: str) -> tuple[tuple[str, str, str], ...]:
    """'name:type name:type …' → export columns (the SQL expression is the column itself)."""
    kinds = {"s": "string", "i": "int64", "f": "float64"}
    return tuple((name, name, kinds[kind]) for name, kind in (item.split(":") for item in spec.split()))


ENTITY_COLUMNS = _columns("article_id:s start:i end:i text:s label:s actor_name:s actor_code:s actor_country:s "
                          "actor_role:s place_name:s place_lat:f place_lon:f place_country:s place_kind:s "
                          "geonames_id:i")
TIME_COLUMNS = _columns("article_id:s start:i end:i text:s value:s granularity:s")
QUOTE_COLUMNS = _columns("article_id:s start:i end:i text:s kind:s speaker:s speaker_code:s speaker_country:s "
                         "speaker_role:s cue:s")
EVENT_COLUMNS = _columns(
    "id:s article_id:s start:i end:i sentence:s actor1_text:s actor1_name:s actor1_code:s actor1_country:s "
    "actor1_role:s actor2_text:s actor2_name:s actor2_code:s actor2_country:s actor2_role:s cameo:s root:s "
    "label:s plover:s quad_class:i goldstein:f modality:s date:s date_source:s location_name:s location_lat:f "
    "location_lon:f location_country:s location_geonames_id:i confidence:f")
TABLES = {
    "articles": ("articles", "seq", ARTICLE_COLUMNS), "failures": ("failures", "at, id", FAILURE_COLUMNS),
    "entities": ("entities", "article_id, start", ENTITY_COLUMNS),
    "times": ("times", "article_id, start", TIME_COLUMNS),
    "quotes": ("quotes", "article_id, start", QUOTE_COLUMNS),
    "events": ("events", "article_id, start, id", EVENT_COLUMNS),
}


def export(conn: sqlite3.Connection, target: str | Path | IO[Any], *, fmt: str = "jsonl",
           table: str = "articles") -> int:
    """Write `table` to `target` (a path, a text stream, or a binary stream for parquet).

    Returns the number of rows written.
    """
    if fmt not in FORMATS:
        raise StoreError(f"unknown export format {fmt!r}: choose one of {', '.join(FORMATS)}")
    if table not in TABLES:
        raise StoreError(f"unknown table {table!r}: choose one of {', '.join(TABLES)}")
    writer = {"jsonl": _jsonl, "csv": _csv, "parquet": _parquet}[fmt]
    with _opened(target, binary=fmt == "parquet") as stream:
        return writer(conn, stream, table)


@contextmanager
def _opened(target: str | Path | IO[Any], *, binary: bool) -> Iterator[IO[Any]]:
    """`target` as a stream of the right kind; only a file opened here is closed here."""
    if isinstance(target, (str, Path)):
        try:
            handle = open(target, "wb") if binary else open(target, "w", encoding="utf-8", newline="")
        except OSError as error:
            raise StoreError(f"cannot write the export: {error.strerror}", input=str(target)) from error
        with handle:
            yield handle
    elif binary and isinstance(target, io.TextIOBase):  # e.g. sys.stdout: write to its buffer
        target.flush()
        yield target.buffer
    elif not binary and not isinstance(target, io.TextIOBase):  # a binary stream for jsonl/csv
        text = io.TextIOWrapper(target, encoding="utf-8", newline="", write_through=True)
        try:
            yield text
        finally:
            text.detach()  # leave the caller's stream open
    else:
        yield target


def _rows(conn: sqlite3.Connection, table: str) -> tuple[list[str], sqlite3.Cursor]:
    """Column names and a cursor that streams the rows from SQLite."""
    name, order, columns = TABLES[table]
    select = ", ".join(f"{sql} AS {col}" for col, sql, _ in columns)
    return [col for col, _, _ in columns], conn.execute(f"SELECT {select} FROM {name} ORDER BY {order}")


def _jsonl(conn: sqlite3.Connection, stream: IO[str], table: str) -> int:
    count = 0
    if table == "articles":  # the stored contract, byte for byte
        for row in conn.execute("SELECT document FROM articles ORDER BY seq"):
            stream.write(row[0] + "\n")
            count += 1
        return count
    names, rows = _rows(conn, table)
    for row in rows:
        stream.write(json.dumps(dict(zip(names, row)), ensure_ascii=False) + "\n")
        count += 1
    return count


def _csv(conn: sqlite3.Connection, stream: IO[str], table: str) -> int:
    names, rows = _rows(conn, table)
    out = csv.writer(stream)
    out.writerow(names)
    count = 0
    for row in rows:
        out.writerow(row)
        count += 1
    return count


def _parquet(conn: sqlite3.Connection, stream: IO[bytes], table: str) -> int:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise StoreError("parquet export needs pyarrow: pip install pyarrow") from None
    columns = TABLES[table][2]
    schema = pa.schema([(col, getattr(pa, kind)()) for col, _, kind in columns])
    names, rows = _rows(conn, table)
    count = 0
    with pq.ParquetWriter(stream, schema) as writer:
        while batch := rows.fetchmany(BATCH):
            arrays = [pa.array([r[i] for r in batch], type=schema.field(i).type) for i in range(len(names))]
            writer.write_table(pa.Table.from_arrays(arrays, schema=schema))
            count += len(batch)
    return count
