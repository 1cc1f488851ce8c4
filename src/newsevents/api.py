"""The Python API: the CLI's powers as functions."""
from __future__ import annotations

from functools import partial
from itertools import islice
from typing import Iterable, Iterator

from .errors import NewsEventsError
from .pipeline import process_batch
from .read import read_inputs
from .records import Document, Failure, RawDocument
from .settings import Settings, load_settings


def process_stream(inputs: Iterable[str], *, published: str | None = None, url: str | None = None,
                   settings: Settings | None = None) -> Iterator[Document | Failure]:
    """Documents (or failures) for every document in `inputs`, streamed batch by batch."""
    settings = settings or load_settings()
    raws = read_inputs(inputs, published=published, url=url, timeout=settings.timeout,
                       retries=settings.retries, user_agent=settings.user_agent)
    run = partial(process_batch, settings=settings)
    while chunk := list(islice(raws, settings.batch_size)):
        docs = [r for r in chunk if isinstance(r, RawDocument)]
        results = iter(run(docs))
        for item in chunk:
            yield item if isinstance(item, Failure) else next(results)


def process(*inputs: str, published: str | None = None, url: str | None = None,
            settings: Settings | None = None, strict: bool = True) -> list[Document] | list[Document | Failure]:
    """Process files, folders, globs or URLs without storing anything.

    With `strict` (the default) the first failure raises a `NewsEventsError`;
    otherwise failures are returned in place as `Failure` records.
    """
    results = list(process_stream(inputs, published=published, url=url, settings=settings))
    if strict:
        for result in results:
            if isinstance(result, Failure):
                raise NewsEventsError(result.message, input=result.input)
    return results


def process_text(text: str, *, published: str | None = None, url: str | None = None,
                 title: str | None = None, html: bool = False, settings: Settings | None = None) -> Document:
    """Process one article given as a string of scraped text (or HTML with `html=True`)."""
    from .ids import stable_id, text_hash

    raw = RawDocument(id=stable_id(url or "string", text_hash(text)), input=url or "<string>",
                      kind="html" if html else "text", content=text, url=url, title=title,
                      published=published, published_source="user" if published else None)
    [result] = process_batch([raw], settings or load_settings())
    if isinstance(result, Failure):
        raise NewsEventsError(result.message, input=result.input)
    return result
