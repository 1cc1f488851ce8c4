"""HTML pages (`.html`, `.htm`, gzipped or not): one raw document of kind "html"."""
from __future__ import annotations

from typing import Iterator

from ..records import RawDocument
from .document import make_document
from .source import ReadOptions, Source


def read_html(text: str, encoding: str | None, source: Source, options: ReadOptions) -> Iterator[RawDocument]:
    yield make_document(source, options, kind="html", content=text, encoding=encoding)
