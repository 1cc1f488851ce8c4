"""Places in one document: resolve its mentions together, and find what the article is about.

    >>> [p.country for p in resolve_places(["Paris", "Texas"])]
    ['USA', 'USA']
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from ..actors.countries import countries
from ..actors.normalise import normalise
from .records import GazetteerEntry, Place
from .resolve import Context, best_entry, stray_alias

TITLE_WEIGHT = 2
DATELINE_WEIGHT = 2  # where the story was filed: "WASHINGTON —"
# Runs of capitalised words: where country names and demonyms in running text are.
_CAPITALISED = re.compile(r"[A-Z][\w'’.-]*(?:[ ](?:of|the|and|[A-Z][\w'’.-]*))*")
_LONGEST = 4


def resolve_places(mentions: Sequence[str], *, text: str | None = None) -> list[Place | None]:
    """One place (or None) per mention, each read in the light of the others and the text.

    A first pass takes each name on its own; the second gives each name the countries and
    regions of the other names (and the countries the text names, demonyms included).
    """
    alone = {key: best_entry(mention, Context()) for key, mention in _distinct(mentions)}
    named = text_countries(text) if text else frozenset()
    chosen = {}
    for key, mention in _distinct(mentions):
        others = [entry for other, entry in alone.items() if other != key and entry is not None]
        chosen[key] = best_entry(mention, Context.of(others, countries=named))
    return [_place(chosen[normalise(m)], m) for m in mentions]


def text_countries(text: str) -> frozenset[str]:
    """ISO3 codes of the countries a text names, by name or demonym ("Turkish" -> TUR).

    Capitals are left to the place mentions: "San Jose" must not bring Costa Rica in.
    """
    table = countries()
    found = set()
    for run in _CAPITALISED.findall(text):
        words = run.split()
        for start in range(len(words)):
            for end in range(min(len(words), start + _LONGEST), start, -1):
                match = table.lookup(" ".join(words[start:end]))
                if match is not None and match.kind != "capital":
                    found.add(match.country.iso3)
                    break
    return frozenset(found)


def refocused(mentions: Sequence[str], places: Sequence[Place | None], *, text: str,
              focus: str | None) -> list[Place | None]:
    """The places again once the story's main country is known: a town abroad that only an
    alternate name gave ("Boni" in a story from Bamako had been Bonn) is looked up again with that
    country in view, and stays unresolved when nothing else fits."""
    out, named = list(places), None
    for i, (mention, place) in enumerate(zip(mentions, places)):
        if focus is None or place is None or place.kind != "city" or place.country == focus:
            continue
        named = text_countries(text) if named is None else named  # read only when a town abroad is in question
        others = {p.country for j, p in enumerate(places) if j != i and p is not None and p.country}
        context = Context(frozenset(named | others))
        if stray_alias(place, mention, context, focus):
            out[i] = _place(best_entry(mention, context, focus=focus), mention)
    return out


def article_focus(places: Sequence[Place | None], *, title: str | None = None,
                  dateline: Place | None = None) -> tuple[str | None, Place | None]:
    """The article's main country (ISO3) and main place.

    The main country is the one its places fall in most often, places and countries named in
    the title, and the place of the story's dateline, counting twice more; the main place is its
    most named place below country level (the country itself when there is none).
    """
    known = [p for p in places if p is not None]
    votes = Counter(p.country for p in known if p.country)
    if dateline is not None and dateline.country:
        votes[dateline.country] += DATELINE_WEIGHT
    if title:
        votes.update({p.country: TITLE_WEIGHT for p in known if p.country and _in_title(p, title)})
        votes.update({code: TITLE_WEIGHT for code in text_countries(title)})
    if not votes:
        return None, (known[0] if known else None)
    country = max(votes, key=votes.get)  # the first named wins a tie
    inside = [p for p in known if p.country == country]
    local = Counter(_identity(p) for p in inside if p.kind != "country")
    if local:
        best = max(local, key=local.get)
        return country, next(p for p in inside if _identity(p) == best)
    return country, next((p for p in inside if p.kind == "country"), inside[0] if inside else None)


def _distinct(mentions: Sequence[str]):
    return {normalise(m): m for m in reversed(mentions)}.items()


def _place(entry: GazetteerEntry | None, raw: str) -> Place | None:
    return entry.place(raw) if entry else None


def _identity(place: Place) -> tuple:
    return place.geonames_id, place.name, place.kind


def _in_title(place: Place, title: str) -> bool:
    return normalise(place.raw) in normalise(title) or normalise(place.name) in normalise(title)
