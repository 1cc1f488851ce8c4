"""Which place does a name mean? Candidates by name, then a score.

The score of a candidate is its prior (feature type and size) plus what the document says:

* prior: a country 12, a continent 11, a hand-written region or sea 10, a first-level region
  9.5, a city 1.5 x log10(population), plus 2 for a national capital. So "Georgia" is the
  country, "Washington" the capital (8.8 + 2 > 9.5) and "New York" the city (10.4 > 9.5).
* context: +1.5 when the candidate lies in a country the document names elsewhere (weak:
  knowing the country says little about which of its towns is meant, so "Frankfurt" in a
  US story stays in Germany); +5 more when it lies in (or is) a first-level region the
  document names: "Paris" near "Texas" is Paris, Texas; "Georgia" near "Atlanta" is the state.
* a country hides its own cities of the same name ("Singapore", "Kuwait").
* +1 for a town whose own name the mention is, over one that only an alternate name gives:
  "Gao" is the Malian city, not Guantánamo (whose alternate names hold "Gao").
* in a story set in a known country, a town that only an alternate name gives, outside the
  countries the document names, must be a city of a million ("Kiev", "Bombay"): "Boni" in a
  story from Bamako is no name of Bonn.
* a mention without a capital letter ("federal", "government") is a word, not a name.
* qualifiers written with the name ("Toulouse, France", "Everett, Washington") keep only the
  candidates inside them.
"""
from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ..actors.countries import countries
from ..actors.normalise import normalise
from ..lang.en.places import PREFIXES, QUALIFIER_SEPARATORS, REGION_DEMONYMS, SUFFIXES
from .gazetteer import gazetteer
from .records import GazetteerEntry, Place

PRIOR = {"country": 12.0, "continent": 11.0, "region": 10.0, "water": 10.0, "building": 10.0, "admin1": 9.5}
CITY_WEIGHT = 1.5  # per power of ten of population
CAPITAL_BONUS = 2.0
COUNTRY_CONTEXT_BONUS = 1.2
ADMIN1_CONTEXT_BONUS = 5.0
FOCUS_BONUS = 1.0
OWN_NAME_BONUS = 1.0  # a city called "Gao" before one that an alternate name calls so (Guantánamo)
ALIAS_POPULATION = 1_000_000  # a town abroad named only by an alternate name must be this large


@dataclass(frozen=True)
class Context:
    """What the rest of the document says: the countries and first-level regions it names."""
    countries: frozenset[str] = frozenset()
    admin1s: frozenset[tuple[str, str]] = field(default_factory=frozenset)  # (ISO3, admin1 code)

    @classmethod
    def of(cls, entries: Iterable[GazetteerEntry], *, countries: Iterable[str] = ()) -> Context:
        entries = [e for e in entries if e.country]
        return cls(frozenset({*countries, *(e.country for e in entries)}),
                   frozenset((e.country, e.admin1) for e in entries if e.admin1))


def resolve_place(name: str, *, context_countries: Sequence[str] = (), focus: str | None = None) -> Place | None:
    """The place `name` means, or None (unknown, or a demonym such as "Turkish").

        >>> resolve_place("Kiev").name
        'Kyiv'
        >>> resolve_place("Birmingham").country, resolve_place("Birmingham", context_countries=["USA"]).country
        ('GBR', 'USA')
    """
    entry = best_entry(name, Context(frozenset(context_countries)), focus=focus)
    return entry.place(name) if entry else None


def best_entry(name: str, context: Context, *, focus: str | None = None) -> GazetteerEntry | None:
    own = _own_name(name)
    found = [e for e in candidates(name) if not stray_alias(e, name, context, focus)]
    if not found:
        return None
    return max(found, key=lambda e: score(e, context, focus=focus) + _own_name_bonus(e, own))


def stray_alias(place: GazetteerEntry | Place, name: str, context: Context, focus: str | None) -> bool:
    """In a story set in a known country, a town abroad that only an alternate name gives ("Boni", a
    Malian town, is also a name of Bonn): unless it is a large city whose old names news still
    writes ("Kiev", "Bombay") or lies in a country the document names, the name is more likely a
    place the gazetteer lacks."""
    return focus is not None and place.kind == "city" and place.country != focus \
        and place.country not in context.countries and normalise(place.name) != _own_name(name) \
        and _population(place, name) < ALIAS_POPULATION


def _population(place: GazetteerEntry | Place, name: str) -> int:
    if isinstance(place, GazetteerEntry):
        return place.population
    return next((e.population for e in candidates(name) if e.geonames_id == place.geonames_id), 0)


def candidates(name: str) -> tuple[GazetteerEntry, ...]:
    """The places a mention may name, after its qualifiers have narrowed them; () for demonyms."""
    head, *qualifiers = _split_qualifiers(name)
    if head == head.lower() or is_demonym(head):
        return ()
    found = _by_name(head)
    for qualifier in qualifiers:
        inside = tuple(e for e in found if _within(e, _by_name(qualifier)))
        found = inside or found
    return _unshadowed(found)


def _own_name(name: str) -> str:
    """The mention's name as a gazetteer entry's own name would read, qualifiers left out."""
    return normalise(_split_qualifiers(name)[0])


def _own_name_bonus(entry: GazetteerEntry, own: str) -> float:
    """Among towns, the one the mention names by its own name ("New York" the state gets none:
    the city, "New York City", stays ahead of it on size)."""
    return OWN_NAME_BONUS if entry.kind == "city" and normalise(entry.name) == own else 0.0


def _unshadowed(found: tuple[GazetteerEntry, ...]) -> tuple[GazetteerEntry, ...]:
    """A country hides its own cities of the same name: "Singapore", "Kuwait", "Mexico"."""
    named = {e.country for e in found if e.kind == "country"}
    return tuple(e for e in found if e.kind != "city" or e.country not in named)


def score(entry: GazetteerEntry, context: Context, *, focus: str | None = None) -> float:
    value = prior(entry)
    if entry.country and entry.country in context.countries:
        value += COUNTRY_CONTEXT_BONUS
    if entry.admin1 and (entry.country, entry.admin1) in context.admin1s:
        value += ADMIN1_CONTEXT_BONUS
    if focus and entry.country == focus:
        value += FOCUS_BONUS
    return value


def prior(entry: GazetteerEntry) -> float:
    if entry.kind in PRIOR:
        return PRIOR[entry.kind]
    return CITY_WEIGHT * math.log10(max(entry.population, 1)) + (CAPITAL_BONUS if entry.capital else 0.0)


def is_region_demonym(name: str) -> bool:
    """"European", "Arab", "Western": a word for people and things of a region, not of one country."""
    return normalise(name) in REGION_DEMONYMS


def is_demonym(name: str) -> bool:
    """"Turkish", "Russians", "European": words for people and things of a place, not the place."""
    key = normalise(name)
    if is_region_demonym(name):
        return True
    match = countries().lookup(name)
    return match is not None and match.kind == "demonym" and not gazetteer().index.get(key)


def _by_name(name: str) -> tuple[GazetteerEntry, ...]:
    """Exact name first; then without the words around it ("central London", "Craiova-based")."""
    table = gazetteer()
    for variant in _peeled(normalise(name)):
        found = table.lookup(variant)
        if found:
            return found
    return ()


def _peeled(key: str) -> Iterable[str]:
    yield key
    for prefix in PREFIXES:
        if key.startswith(prefix + " "):
            yield key[len(prefix) + 1:]
    for suffix in SUFFIXES:
        if key.endswith(" " + suffix):
            yield key[: -len(suffix) - 1]


def _split_qualifiers(name: str) -> list[str]:
    parts = [name]
    for separator in QUALIFIER_SEPARATORS:
        parts = [piece for part in parts for piece in part.split(separator)]
    return [part.strip() for part in parts if part.strip()] or [name]


def _within(entry: GazetteerEntry, larger: Sequence[GazetteerEntry]) -> bool:
    for place in larger:
        if place.kind == "country" and place.country == entry.country and entry.kind != "country":
            return True
        if place.kind == "admin1" and (place.country, place.admin1) == (entry.country, entry.admin1) and place is not entry:
            return True
    return False
