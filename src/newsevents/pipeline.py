"""The ingest function: a batch of raw documents in, documents or failures out.

Pure over its input: it touches no store and keeps no state between calls beyond
caches of loaded models, so any runner can call it anywhere.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from .annotate import annotate_articles
from .errors import NewsEventsError
from .extract import extract
from .events import code_events
from .events.coder import coder_for
from .quotes import find_quotes
from .records import Annotations, Article, Document, Failure, RawDocument
from .resolve import resolve_documents
from .settings import Settings


def _extract_one(raw: RawDocument) -> Article | Failure:
    try:
        return extract(raw)
    except NewsEventsError as error:
        return Failure.from_error(error, input=raw.input)
    except Exception as error:  # a bug must not stop the batch: record it and go on
        return Failure(raw.input, "extract", "internal", f"{type(error).__name__}: {error}")


def _code(article: Article, annotations: Annotations, settings: Settings) -> Annotations:
    """Quotes and events from the parse; an article without a parse gets neither."""
    if not annotations.tokens:
        return annotations
    stage = "quotes"
    try:
        quotes = find_quotes(article, annotations)
        stage = "events"
        events = code_events(article, replace(annotations, quotes=quotes), coder=coder_for(settings))
    except Exception as error:  # a bug in one article must not cost the batch: say so and go on
        note = f"{stage} failed: {type(error).__name__}: {error}"
        return replace(annotations, note="; ".join(filter(None, (annotations.note, note))))
    return replace(annotations, quotes=quotes, events=events)


def process_batch(batch: Sequence[RawDocument], settings: Settings = Settings(), *,
                  tokens: bool = True) -> list[Document | Failure]:
    """Extract, annotate, resolve (actors, places, times) and code (quotes, events) each raw
    document of `batch`, in order. `tokens=False` drops the parse from the results once the
    coding stages have used it (the store keeps no tokens, and they are most of what a worker
    would send back)."""
    extracted = [_extract_one(raw) for raw in batch]
    articles = [a for a in extracted if isinstance(a, Article)]
    user = any(settings.dictionary_paths().values())
    actors = coder_for(settings).actors if user else None  # a user dictionary's actors code the entities too
    resolved = resolve_documents(articles, annotate_articles(articles, settings=settings), actors=actors)
    coded = iter([_code(a, n, settings) if tokens else replace(_code(a, n, settings), tokens=())
                  for a, n in zip(articles, resolved)])
    return [a if isinstance(a, Failure) else Document(a, next(coded)) for a in extracted]
