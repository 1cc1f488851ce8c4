"""newsevents: news in, event data out — offline, into one SQLite file.

    >>> import newsevents
    >>> [doc] = newsevents.process("article.html", published="2024-03-05")
    >>> doc.to_dict()["title"]
    >>> with newsevents.Store("newsevents.db") as store:
    ...     store.articles(search="Geneva")
"""
from __future__ import annotations

from typing import Any

from .errors import NewsEventsError
from .records import Annotations, Article, Document, Entity, Failure, RawDocument, Removed, Sentence
from .settings import Settings, load_settings

__all__ = [
    "process", "process_text", "process_stream", "ingest", "Store", "Settings", "load_settings",
    "NewsEventsError", "Document", "Article", "Annotations", "Entity", "Sentence", "Failure",
    "RawDocument", "Removed", "__version__",
]
__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    """Heavy parts load on first use, so `import newsevents` stays fast."""
    if name in ("process", "process_text", "process_stream"):
        from . import api

        return getattr(api, name)
    if name == "ingest":
        from .ingest import ingest

        return ingest
    if name == "Store":
        from .store import Store

        return Store
    raise AttributeError(f"module 'newsevents' has no attribute {name!r}")
