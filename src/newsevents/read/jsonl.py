"""JSON (`.json`: one object or a list of objects) and JSON Lines (`.jsonl`: one object a line).

Each record is one raw document named `path#N` (N counts records from 0; in JSON Lines
every non-blank line is a record, even a broken one). Fields: `url`, `html` or `text`,
and optionally `title`, `published` (or its alias `date`) and `id`. A broken record is a
`Failure` of its own and the other records are still read.
"""
from __future__ import annotations

import json
from typing import Any, Iterator

from ..errors import EmptyInput, InputError, InvalidJson, InvalidRecord
from ..records import Failure, RawDocument
from . import dates
from .document import make_document, record_name
from .source import ReadOptions, Source

_STRING_FIELDS = ("url", "html", "text", "title", "published", "date")


def read_json(text: str, encoding: str | None, source: Source, options: ReadOptions) -> Iterator[RawDocument | Failure]:
    try:
        value = _parse(text)
    except json.JSONDecodeError as error:
        if error.msg == "Extra data" and _looks_like_lines(text):
            yield from read_jsonl(text, encoding, source, options)
            return
        raise InvalidJson(_describe(error), input=source.name) from error
    records = value if isinstance(value, list) else [value]
    if not records:
        raise EmptyInput("a JSON list with no records", input=source.name)
    for index, record in enumerate(records):
        yield _guarded(record, index, encoding, source, options)


def read_jsonl(text: str, encoding: str | None, source: Source, options: ReadOptions) -> Iterator[RawDocument | Failure]:
    index = 0
    for number, line in enumerate(text.split("\n"), start=1):  # not splitlines: U+2028 may sit in a string
        if line.strip():
            yield _line(line, number, index, encoding, source, options)
            index += 1


def _line(line: str, number: int, index: int, encoding: str | None, source: Source,
          options: ReadOptions) -> RawDocument | Failure:
    try:
        record = _parse(line)
    except json.JSONDecodeError as error:
        message = f"invalid JSON on line {number}: {error.msg} (column {error.colno})"
        return Failure.from_error(InvalidJson(message, input=record_name(source, index)))
    return _guarded(record, index, encoding, source, options)


def _parse(text: str) -> Any:
    try:
        return json.loads(text)
    except RecursionError as error:
        raise json.JSONDecodeError("nested too deeply", text, 0) from error


def _guarded(record: Any, index: int, encoding: str | None, source: Source,
             options: ReadOptions) -> RawDocument | Failure:
    try:
        return _document(record, index, encoding, source, options)
    except InputError as error:
        return Failure.from_error(error)


def _document(record: Any, index: int, encoding: str | None, source: Source, options: ReadOptions) -> RawDocument:
    name = record_name(source, index)
    if not isinstance(record, dict):
        raise InvalidRecord(f"a record must be a JSON object, not {_json_type(record)}", input=name)
    fields = {key: _string(record, key, name) for key in _STRING_FIELDS}
    if fields["html"] is None and fields["text"] is None:
        raise InvalidRecord("record has neither 'html' nor 'text'", input=name)
    kind, content = _content(fields)
    published = dates.iso_date(fields["published"] or fields["date"])
    return make_document(
        source, options, kind=kind, content=content, encoding=encoding, index=index,
        url=(fields["url"] or "").strip() or None, title=fields["title"], published=published,
        published_source="json" if published else None, key=_key(record, name),
    )


def _content(fields: dict[str, str | None]) -> tuple[str, str]:
    html = fields["html"]
    if html is not None and (html.strip() or fields["text"] is None):
        return "html", html
    return "text", fields["text"] or ""


def _string(record: dict, key: str, name: str) -> str | None:
    value = record.get(key)
    if value is None or isinstance(value, str):
        return value
    raise InvalidRecord(f"field '{key}' must be a string, not {_json_type(value)}", input=name)


def _key(record: dict, name: str) -> str | None:
    value = record.get("id")
    if value is None or (isinstance(value, (str, int)) and not isinstance(value, bool)):
        return None if value is None or value == "" else str(value)
    raise InvalidRecord(f"field 'id' must be a string or an integer, not {_json_type(value)}", input=name)


def _json_type(value: Any) -> str:
    names = {dict: "an object", list: "a list", str: "a string", bool: "a boolean", type(None): "null"}
    return names.get(type(value), "a number")


def _looks_like_lines(text: str) -> bool:
    first = text.lstrip().split("\n", 1)[0].strip()
    return first.startswith("{") and first.endswith("}")


def _describe(error: json.JSONDecodeError) -> str:
    return f"invalid JSON on line {error.lineno}, column {error.colno}: {error.msg}"
