"""The ingest function: a batch of raw documents in, documents or failures out.

Pure over its input: it touches no store and keeps no state between calls beyond
caches of loaded models, so any runner can call it anywhere.
"""
from __future__ import annotations

from typing import Sequence

from .annotate import annotate_articles
from .errors import NewsEventsError
from .extract import extract
from .records import Article, Document, Failure, RawDocument
from .settings import Settings


def _extract_one(raw: RawDocument) -> Article | Failure:
    try:
        return extract(raw)
    except NewsEventsError as error:
        return Failure.from_error(error, input=raw.input)
    except Exception as error:  # a bug must not stop the batch: record it and go on
        return Failure(raw.input, "extract", "internal", f"{type(error).__name__}: {error}")


def process_batch(batch: Sequence[RawDocument], settings: Settings = Settings()) -> list[Document | Failure]:
    """Extract and annotate each raw document of `batch`, in order."""
    extracted = [_extract_one(raw) for raw in batch]
    articles = [a for a in extracted if isinstance(a, Article)]
    annotations = iter(annotate_articles(articles, settings=settings))
    return [a if isinstance(a, Failure) else Document(a, next(annotations)) for a in extracted]
