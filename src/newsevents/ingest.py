"""Ingest: read inputs, run the pipeline function over batches, write with one writer.

Reading and writing happen here, in the main process; extraction and annotation run
in `process_batch`, through any runner with a `map` method.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from functools import partial
from itertools import islice
from typing import Callable, Iterable, Iterator

from .pipeline import process_batch
from .read import read_inputs
from .records import Failure, RawDocument
from .runner import LocalRunner
from .settings import Settings


@dataclass(slots=True)
class IngestSummary:
    read: int = 0  # documents found in the inputs
    new: int = 0  # articles stored for the first time, not duplicates
    duplicate: int = 0  # stored for the first time and flagged as a duplicate of an earlier article
    updated: int = 0  # stored before under the same id with a different result, now replaced
    unchanged: int = 0  # already stored by an earlier run: skipped
    failed: int = 0  # inputs or documents that failed
    seconds: float = 0.0
    failures: list[Failure] = field(default_factory=list)

    @property
    def per_second(self) -> float:
        return (self.read / self.seconds) if self.seconds else 0.0


def _batches(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def _fresh_batches(raws: Iterable[RawDocument | Failure], store, summary: IngestSummary,
                   size: int, on_item: Callable[[], None]) -> Iterator[list[RawDocument]]:
    """Batches of raw documents not stored yet; read failures go straight to the store."""
    for chunk in _batches(raws, size):
        failures = [r for r in chunk if isinstance(r, Failure)]
        docs = [r for r in chunk if isinstance(r, RawDocument)]
        summary.read += len(docs)
        if failures:
            store.write(failures)
            summary.failed += len(failures)
            summary.failures += failures
        known = store.known_ids([d.id for d in docs])
        summary.unchanged += len(known)
        for _ in range(len(known) + len(failures)):
            on_item()
        fresh = [d for d in docs if d.id not in known]
        if fresh:
            yield fresh


def ingest(inputs: Iterable[str], *, store, settings: Settings, runner=None,
           published: str | None = None, url: str | None = None,
           on_item: Callable[[], None] = lambda: None) -> IngestSummary:
    """Ingest every document of `inputs` into `store`; safe to re-run."""
    started = time.perf_counter()
    summary = IngestSummary()
    runner = runner or LocalRunner(workers=settings.workers)
    raws = read_inputs(inputs, published=published, url=url, timeout=settings.timeout,
                       retries=settings.retries, user_agent=settings.user_agent)
    batches = _fresh_batches(raws, store, summary, settings.batch_size, on_item)
    for results in runner.map(partial(process_batch, settings=settings, tokens=False), batches):
        written = store.write(results)
        summary.new += written.new
        summary.duplicate += written.duplicate
        summary.unchanged += written.unchanged
        summary.updated += written.updated
        failures = [r for r in results if isinstance(r, Failure)]
        summary.failed += len(failures)
        summary.failures += failures
        for _ in results:
            on_item()
    summary.seconds = time.perf_counter() - started
    return summary
