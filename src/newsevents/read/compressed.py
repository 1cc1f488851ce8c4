"""Gzip, recognised by its magic bytes (1f 8b), never by a file name."""
from __future__ import annotations

import zlib
from typing import Iterator

from ..errors import CorruptInput

GZIP_MAGIC = b"\x1f\x8b"
MAX_BYTES = 512 * 1024 * 1024  # refuse to inflate past this: a gzip bomb is not news
_CHUNK = 1024 * 1024


def is_gzip(data: bytes) -> bool:
    return data[:2] == GZIP_MAGIC


def peek(data: bytes, size: int = 4096) -> bytes:
    """The first `size` bytes of the content, inflated when gzipped; b"" when that fails."""
    if not is_gzip(data):
        return data[:size]
    try:
        return zlib.decompressobj(wbits=31).decompress(data[:65536], size)
    except zlib.error:
        return b""


def gunzip(data: bytes, *, input: str) -> bytes:
    """All members of a gzip stream, inflated; CorruptInput when truncated, broken or a bomb."""
    parts: list[bytes] = []
    size = 0
    for chunk in _chunks(data, input):
        size += len(chunk)
        if size > MAX_BYTES:
            raise CorruptInput(f"gzip inflates past {MAX_BYTES // 2**20} MiB", input=input)
        parts.append(chunk)
    return b"".join(parts)


def is_complete(data: bytes) -> bool:
    """Whether every gzip member in `data` ends properly (a truncated .warc.gz does not)."""
    try:
        for _ in _chunks(data, ""):
            pass
    except CorruptInput:
        return False
    return True


def _chunks(data: bytes, input: str) -> Iterator[bytes]:
    """Inflated chunks of each gzip member in turn; bytes after the last member are ignored."""
    rest = data
    try:
        while is_gzip(rest):
            inflater = zlib.decompressobj(wbits=31)
            yield from _member(inflater, rest, input)
            rest = inflater.unused_data
    except zlib.error as error:
        raise CorruptInput(f"corrupt gzip: {error}", input=input) from error


def _member(inflater, data: bytes, input: str) -> Iterator[bytes]:
    pending = data
    while not inflater.eof:
        chunk = inflater.decompress(pending, _CHUNK)
        pending = inflater.unconsumed_tail
        if not chunk and not pending and not inflater.eof:
            raise CorruptInput("truncated gzip: the stream ends before its end marker", input=input)
        yield chunk
