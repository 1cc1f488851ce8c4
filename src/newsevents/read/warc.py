"""WARC archives (`.warc`, `.warc.gz`, read with warcio): each HTTP response with an HTML
body is one raw document of kind "html", named `path#N` (N counts every record of the
archive from 0), with the WARC-Target-URI as its URL.

The WARC-Date is when the page was crawled, not published, so it is not used as a date.
A truncated or corrupt archive yields the documents before the damage, then CorruptInput;
an archive with no HTML page at all gives EmptyInput, so every archive has an outcome.
"""
from __future__ import annotations

import io
from typing import Iterator

from ..errors import CorruptInput, EmptyInput, InputError
from ..records import Failure, RawDocument
from . import compressed, decode, sniff
from .document import make_document, record_name
from .source import ReadOptions, Source, content_type

_HTML_TYPES = {"text/html", "application/xhtml+xml"}
_DOCUMENT_RECORDS = {"response", "resource"}


def is_warc(head: bytes) -> bool:
    return head.lstrip()[:5] == b"WARC/"


def read_warc(source: Source, options: ReadOptions) -> Iterator[RawDocument | Failure]:
    from warcio.archiveiterator import ArchiveIterator

    archive = ArchiveIterator(io.BytesIO(source.data))
    index = found = 0
    while (record := _next(archive, index, source)) is not None:
        _check_header(record, index, source)
        item = _document(record, index, source, options)
        _check_complete(record, index, source)
        if item is not None:
            found += 1
            yield item
        index += 1
    if index == 0:
        raise CorruptInput("no WARC records in the archive", input=source.name)
    _check_end(archive, index, source)
    if found == 0:
        raise EmptyInput(f"no HTML pages among the archive's {index} records", input=source.name)


def _check_end(archive, count: int, source: Source) -> None:
    """CorruptInput when warcio stopped early: it takes a cut-off record header for the end."""
    offset = archive.offset if isinstance(archive.offset, int) else 0
    if source.data[offset:].strip():
        raise CorruptInput(f"truncated or corrupt archive: unreadable after record #{count - 1}", input=source.name)
    if compressed.is_gzip(source.data) and not compressed.is_complete(source.data):
        raise CorruptInput(f"truncated archive: the gzip stream ends inside record #{count - 1}", input=source.name)


def _next(records, index: int, source: Source):
    try:
        return next(records)
    except StopIteration:
        return None
    except Exception as error:  # warcio reports damage with many exception types
        where = "not a readable WARC archive" if index == 0 else f"corrupt archive after record #{index - 1}"
        raise CorruptInput(f"{where}: {type(error).__name__}: {error}", input=source.name) from error


def _check_header(record, index: int, source: Source) -> None:
    """CorruptInput for a header cut short: no type, or no length (warcio reads an empty
    "Content-Length:" at the cut as 0)."""
    declared = (record.rec_headers.get_header("Content-Length") or "").strip() if record.rec_headers else ""
    if not record.rec_type or record.length is None or not declared.isdigit():
        raise CorruptInput(f"record #{index} has an incomplete WARC header", input=source.name)


def _check_complete(record, index: int, source: Source) -> None:
    """CorruptInput when the archive ends before the record's declared length."""
    stream = record.raw_stream
    try:
        while stream.read(1 << 16):
            pass
    except Exception as error:
        raise CorruptInput(f"corrupt record #{index}: {type(error).__name__}: {error}", input=source.name) from error
    if getattr(stream, "limit", 0) > 0:
        raise CorruptInput(f"truncated archive: it ends inside record #{index}", input=source.name)


def _document(record, index: int, source: Source, options: ReadOptions) -> RawDocument | Failure | None:
    media, charset = _media(record)
    if record.rec_type not in _DOCUMENT_RECORDS or not _is_ok(record) or media not in _HTML_TYPES | {None}:
        return None
    name = record_name(source, index)
    try:
        body = record.content_stream().read()
        if media is None and sniff.sniff(body[:4096].decode("latin-1")) != "html":
            return None
        text, encoding = decode.decode(decode.unpack(body, input=name), input=name, declared=charset)
        return make_document(source, options, kind="html", content=text, encoding=encoding,
                             index=index, url=_target(record))
    except InputError as error:
        return Failure.from_error(error)
    except Exception as error:  # a broken Content-Encoding or chunking inside one record
        return Failure.from_error(CorruptInput(f"corrupt record: {type(error).__name__}: {error}", input=name))


def _media(record) -> tuple[str | None, str | None]:
    headers = record.http_headers if record.rec_type == "response" else record.rec_headers
    return content_type(headers.get_header("Content-Type") if headers else None)


def _is_ok(record) -> bool:
    if record.rec_type != "response":
        return True
    status = record.http_headers.get_statuscode() if record.http_headers else None
    return bool(status) and status.startswith("2")


def _target(record) -> str | None:
    uri = (record.rec_headers.get_header("WARC-Target-URI") or "").strip().strip("<>")
    return uri or None
