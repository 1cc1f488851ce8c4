"""Places of a document's location entities, and the article's focus."""
from __future__ import annotations

from dataclasses import replace

from ..actors.countries import countries
from ..lang.en.datelines import DATELINE
from ..places import Place, article_focus, refocused, resolve_places
from ..records import Entity

PLACE_LABELS = frozenset({"LOC", "GPE", "FAC"})
DATELINE_REACH = 400  # characters from the start of the text a story's dateline may lie in (after a title)
PLACE_LABEL = "LOC"  # what the recogniser calls a place, in our labels


def locate(entities: list[Entity], *, text: str, title: str | None) -> tuple[list[Entity], str | None, Place | None]:
    """The entities with `place` set on location mentions, the focus country and the focus place.
    A town the text qualifies with its country ("TRIPOLI, Lebanon —", "Tripoli, Lebanon's second
    city") is looked up in that country, and the same name elsewhere in the text follows it."""
    entities = _countries_as_places(entities)
    where = [i for i, e in enumerate(entities) if e.label in PLACE_LABELS]
    mentions = [_qualified(entities, i, text) for i in where]
    places = _raw(entities, where, resolve_places(mentions, text=text) if where else [])
    country, main = article_focus(places, title=title, dateline=_dateline_place(_placed(entities, where, places), text))
    places = _raw(entities, where, refocused(mentions, places, text=text, focus=country))
    return _placed(entities, where, places), country, main


def _raw(entities: list[Entity], where: list[int], places: list[Place | None]) -> list[Place | None]:
    """Each place with the entity's own words as its raw string (not the qualified mention)."""
    return [replace(p, raw=entities[i].text) if p is not None else None for i, p in zip(where, places)]


def _placed(entities: list[Entity], where: list[int], places: list[Place | None]) -> list[Entity]:
    out = list(entities)
    for i, place in zip(where, places):
        if place is not None:
            out[i] = replace(out[i], place=place)
    return out


def _dateline_place(entities: list[Entity], text: str) -> Place | None:
    """The place of the dateline that opens the story ("WASHINGTON —"), if it has one."""
    opening = DATELINE.search(text, 0, DATELINE_REACH)
    if opening is None:
        return None
    return next((e.place for e in entities if opening.start() <= e.start < opening.end() and e.place), None)


def _countries_as_places(entities: list[Entity]) -> list[Entity]:
    """A name the recogniser took for a person that is a country's name alone ("drag [Georgia]
    into the war") is the country, unless a person of the text bears it ("Michael Jordan ...
    Jordan said")."""
    table = countries()
    people = {word for e in entities if e.label == "PERSON" and " " in e.text for word in e.text.split()}
    return [replace(e, label=PLACE_LABEL) if e.label == "PERSON" and e.text not in people
            and (match := table.lookup(e.text)) is not None and match.kind == "name" else e for e in entities]


def _qualified(entities: list[Entity], i: int, text: str) -> str:
    """The mention, with the country written right after it when it names one ("Tripoli, Lebanon")."""
    entity = entities[i]
    after = entities[i + 1] if i + 1 < len(entities) else None
    if after is None or text[entity.end:after.start] not in (", ", ","):
        return entity.text
    table = countries()
    country, itself = table.lookup(after.text), table.lookup(entity.text)
    if country is None or country.kind == "capital" or itself is not None and itself.kind != "capital":
        return entity.text  # "Kenya, Uganda and Tanzania": a list, not a qualifier
    return f"{entity.text}, {after.text}"
