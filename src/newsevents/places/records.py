"""What the places stage hands on: a `Place`, and the gazetteer rows behind it."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Place:
    """A place on the map, as a mention in the text names it.

    kind: "country", "admin1" (state, province, oblast), "city", "continent", "region"
    (disputed or historical areas, unions) or "water" (seas, straits, oceans).
    country: ISO 3166-1 alpha-3, None for places across several countries.
    """
    name: str
    lat: float
    lon: float
    country: str | None
    kind: str
    geonames_id: int | None
    raw: str


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    """One row of the gazetteer; `admin1` is the geonames admin1 code, `capital` marks a national capital."""
    name: str
    lat: float
    lon: float
    country: str | None
    kind: str
    geonames_id: int | None
    admin1: str
    population: int
    capital: bool

    def place(self, raw: str) -> Place:
        return Place(self.name, self.lat, self.lon, self.country, self.kind, self.geonames_id, raw)
