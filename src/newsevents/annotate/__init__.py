"""Annotate stage: sentences, entities (and later actors, places, times, quotes, events).

Filled by the English pipeline; until a pipeline is loaded, articles pass through with
empty annotations and a note saying why.
"""
from __future__ import annotations

from typing import Sequence

from ..records import Annotations, Article
from ..settings import Settings


def annotate_articles(articles: Sequence[Article], *, settings: Settings) -> list[Annotations]:
    if settings.model == "none":
        return [Annotations(note="annotation switched off (model = none)") for _ in articles]
    return [Annotations(note="no English pipeline installed yet") for _ in articles]
