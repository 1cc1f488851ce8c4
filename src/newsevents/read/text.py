"""Already-scraped text (`.txt`): one raw document of kind "text", cleaned later by extract."""
from __future__ import annotations

from typing import Iterator

from ..records import RawDocument
from .document import make_document
from .source import ReadOptions, Source


def read_text(text: str, encoding: str | None, source: Source, options: ReadOptions) -> Iterator[RawDocument]:
    yield make_document(source, options, kind="text", content=text, encoding=encoding)
