"""The read stage: news inputs in, `RawDocument`s (or `Failure`s) out.

    read_inputs(["page.html", "feeds/", "*.jsonl", "-", "https://example.com/a"])

Inputs: HTML (`.html`, `.htm`, gzipped or not), scraped text (`.txt`), JSON and JSON Lines
records, WARC archives, RSS/Atom feeds, folders (recursive), globs, `-` for stdin and
http(s) URLs. Gzip is recognised by content; the kind by extension, else by content.

Names: a document is named by its input as the user gave it (`page.html`, a URL, `stdin`);
the N-th record, entry or WARC record of a multi-document input is `name#N`, from 0.
Ids: `stable_id(url or record id or absolute path[#N] or "stdin"[#N], sha256(content))`.
Nothing raises for bad input: each problem is one `Failure` and the other inputs go on.
"""
from __future__ import annotations

import sys
from typing import BinaryIO, Iterable, Iterator

from ..records import Failure, RawDocument
from .dispatch import read_source, read_value
from .source import ReadOptions, Source

__all__ = ["read_inputs", "read_source", "ReadOptions", "Source"]


def read_inputs(inputs: Iterable[str], *, published: str | None = None, url: str | None = None,
                timeout: float = 20.0, retries: int = 2, user_agent: str = "newsevents/0.1",
                stdin: BinaryIO | None = None) -> Iterator[RawDocument | Failure]:
    """One `RawDocument` per document found in `inputs`, or a `Failure` per bad input or record.

    `published` (a date) and `url` apply to documents that carry none of their own.
    """
    options = ReadOptions(published=published, url=url, timeout=timeout, retries=retries, user_agent=user_agent)
    for value in [inputs] if isinstance(inputs, str) else inputs:
        yield from read_value(value, options, stdin if stdin is not None else sys.stdin.buffer)
