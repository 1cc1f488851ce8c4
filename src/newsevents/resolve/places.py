"""Places of a document's location entities, and the article's focus."""
from __future__ import annotations

from dataclasses import replace

from ..places import Place, article_focus, resolve_places
from ..records import Entity

PLACE_LABELS = frozenset({"LOC", "GPE", "FAC"})


def locate(entities: list[Entity], *, text: str, title: str | None) -> tuple[list[Entity], str | None, Place | None]:
    """The entities with `place` set on location mentions, the focus country and the focus place."""
    where = [i for i, e in enumerate(entities) if e.label in PLACE_LABELS]
    places = resolve_places([entities[i].text for i in where], text=text) if where else []
    out = list(entities)
    for i, place in zip(where, places):
        if place is not None:
            out[i] = replace(out[i], place=place)
    country, main = article_focus(places, title=title)
    return out, country, main
