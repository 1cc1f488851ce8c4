"""The countries table: ISO3 code, names, demonyms and capitals.

    >>> table = countries()
    >>> table.lookup("Turkish")
    CountryMatch(country=Country(iso3='TUR', ...), kind='demonym')
    >>> table.lookup("Beijing").country.iso3
    'CHN'
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from .datafiles import COUNTRIES, DATA_DIR
from ..errors import DictionaryError
from .normalise import normalise
from .records import Country, CountryMatch

# CAMEO country codes that are no longer states but appear in dictionaries.
HISTORICAL = frozenset({"SUN", "DDR", "YUG", "CSK", "SCG", "ROC", "ZAR", "BUR", "RHO"})


@dataclass(frozen=True)
class CountryTable:
    rows: tuple[Country, ...]
    by_iso3: dict[str, Country]
    index: dict[str, CountryMatch]  # normalised name, demonym or capital -> match

    def lookup(self, text: str) -> CountryMatch | None:
        """The country a name, demonym ("Israelis") or capital stands for."""
        key = normalise(text)
        found = self.index.get(key)
        if found is None and key.endswith("s"):
            found = self.index.get(key[:-1])
            if found is not None and found.kind != "demonym":
                found = None
        return found

    def is_country_code(self, code: str) -> bool:
        return code in self.by_iso3 or code in HISTORICAL


@cache
def countries() -> CountryTable:
    """The shipped table, read once per process."""
    text = (DATA_DIR / COUNTRIES).read_text(encoding="utf-8")
    return parse_countries(text, source=COUNTRIES)


def parse_countries(text: str, *, source: str) -> CountryTable:
    rows = tuple(_rows(text, source))
    index: dict[str, CountryMatch] = {}
    for kind, field in (("name", "names"), ("demonym", "demonyms"), ("capital", "capitals")):
        for row in rows:
            for value in getattr(row, field):
                index.setdefault(normalise(value), CountryMatch(row, kind))
    return CountryTable(rows, {row.iso3: row for row in rows}, index)


def _rows(text: str, source: str):
    lines = [(n, line) for n, line in enumerate(text.splitlines(), 1) if line and not line.startswith("#")]
    for number, line in lines[1:]:  # the first is the header
        cells = line.split("\t")
        if len(cells) != 5 or len(cells[0]) != 3:
            raise DictionaryError("a row needs iso3, name, names, demonyms, capitals", file=source, line=number)
        iso3, name, names, demonyms, capitals = cells
        yield Country(iso3, name, (name, *_list(names)), _list(demonyms), _list(capitals))


def _list(cell: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(v.strip() for v in cell.split("|") if v.strip()))
