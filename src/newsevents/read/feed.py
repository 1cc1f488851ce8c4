"""RSS and Atom feeds (feedparser): each entry is one raw document of kind "html", named
`path#N` (N counts entries from 0), with the entry's link, title and date, and as content
its full HTML content when the feed carries it, else its summary.
"""
from __future__ import annotations

import io
from typing import Any, Iterator

from ..errors import CorruptInput, EmptyInput, InputError, InvalidRecord
from ..records import Failure, RawDocument
from . import dates
from .document import make_document, record_name
from .source import ReadOptions, Source


def read_feed(text: str, encoding: str | None, source: Source, options: ReadOptions) -> Iterator[RawDocument | Failure]:
    parsed = _parse(text)
    entries = parsed.get("entries") or []
    if not entries:
        raise _no_entries(parsed, source)
    for index, entry in enumerate(entries):
        yield _guarded(entry, index, encoding, source, options)


def _parse(text: str) -> Any:
    import feedparser

    # A stream, never a string: feedparser fetches strings that look like URLs or file names.
    # The text is already decoded, so its bytes are UTF-8 whatever the XML declaration says.
    stream = io.BytesIO(text.encode("utf-8", "surrogatepass"))
    return feedparser.parse(stream, response_headers={"content-type": "application/xml; charset=utf-8"})


def _no_entries(parsed: Any, source: Source) -> InputError:
    problem = parsed.get("bozo_exception") if parsed.get("bozo") else None
    if problem is not None and not parsed.get("feed"):
        return CorruptInput(f"not a readable feed: {problem}", input=source.name)
    return EmptyInput("a feed with no entries", input=source.name)


def _guarded(entry: Any, index: int, encoding: str | None, source: Source,
             options: ReadOptions) -> RawDocument | Failure:
    try:
        return _document(entry, index, encoding, source, options)
    except InputError as error:
        return Failure.from_error(error)


def _document(entry: Any, index: int, encoding: str | None, source: Source, options: ReadOptions) -> RawDocument:
    content = _content(entry)
    if content is None:
        raise InvalidRecord("feed entry has neither content nor a summary", input=record_name(source, index))
    published = dates.from_struct(entry.get("published_parsed") or entry.get("updated_parsed"))
    return make_document(
        source, options, kind="html", content=content, encoding=encoding, index=index,
        url=(entry.get("link") or "").strip() or None, title=entry.get("title"),
        published=published, published_source="feed" if published else None,
    )


def _content(entry: Any) -> str | None:
    """The longest full content of the entry, else its summary."""
    bodies = [c.get("value") or "" for c in entry.get("content") or []]
    best = max(bodies, key=len, default="")
    if best.strip():
        return best
    summary = entry.get("summary")
    return summary if isinstance(summary, str) else None
