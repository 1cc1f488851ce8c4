"""Building a `RawDocument`: its input name, its stable id and the user's defaults."""
from __future__ import annotations

import hashlib
import re

from ..errors import EmptyInput
from ..ids import stable_id
from ..records import RawDocument
from . import dates
from .source import ReadOptions, Source

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")  # JSON "\\ud800" decodes to one; UTF-8 cannot hold it


def record_name(source: Source, index: int | None) -> str:
    """`path` for a single document, `path#N` for the N-th (0-based) record of a file."""
    return source.name if index is None else f"{source.name}#{index}"


def make_document(source: Source, options: ReadOptions, *, kind: str, content: str,
                  encoding: str | None, index: int | None = None, url: str | None = None,
                  title: str | None = None, published: str | None = None,
                  published_source: str | None = None, key: str | None = None) -> RawDocument:
    """A raw document; `url` and `published` fall back to the source's and then the user's.

    The id comes from the URL when one is known, else from `key` (an id the record
    carries), else from the absolute path (plus `#N` for the N-th record), and the content.
    """
    name = record_name(source, index)
    content, title, url = _scrub(content), _scrub(title), _scrub(url)
    if not content.strip():
        raise EmptyInput("no content", input=name)
    url = url or source.url or options.url
    if not published and options.published:
        published, published_source = dates.iso_date(options.published) or options.published, "user"
    origin = url or (f"id:{key}" if key else None) or _record_origin(source, index)
    return RawDocument(
        id=document_id(origin, content), input=name, kind=kind, content=content,
        url=url, title=_clean(title), published=published or None,
        published_source=published_source if published else None, encoding=encoding,
    )


def _record_origin(source: Source, index: int | None) -> str:
    return source.origin if index is None else f"{source.origin}#{index}"


def document_id(origin: str, content: str) -> str:
    """`stable_id(origin, sha256(content))`: the same document read twice has the same id."""
    sha = hashlib.sha256(content.encode("utf-8")).hexdigest()
    return stable_id(origin, sha)


def _scrub(value: str | None) -> str | None:
    return _LONE_SURROGATE.sub("\ufffd", value) if value else value


def _clean(title: str | None) -> str | None:
    title = " ".join((title or "").split())
    return title or None
