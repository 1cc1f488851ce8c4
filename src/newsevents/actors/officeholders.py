"""Office-holders 2015-2026: who held which office, from when to when.

The Phoenix dictionaries stop around 2015; `officeholders_2015_2026.tsv` (written by
hand) carries heads of state and government, foreign and defence ministers, envoys
and spokespeople since. One row per term::

    name  alternatives  country  role  office  start  end
    Olaf Scholz  Scholz  DEU  GOV  head of government  2021-12-08  2025-05-06

`country` is an ISO3 code, or IGO for an international organisation with the
organisation in `role` as Phoenix codes it (IGO + UNO, WSTNAT (NATO), EUREEC (EU),
AFRAFU (AU)). Both dates are inclusive; an empty end: still in office.

Each person becomes one `ActorEntry`: a dated code per term, then the home
country + ELI ("former official") from the day after the first term ended (terms
come first, so a later term wins), and the bare home country for days before any
term. People whose terms are all IGO get no such fallback.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from ..errors import DictionaryError
from .records import ActorEntry, DatedCode

COLUMNS = ("name", "alternatives", "country", "role", "office", "start", "end")


@dataclass(frozen=True, slots=True)
class Term:
    """One row: a person in an office."""

    name: str
    alternatives: tuple[str, ...]
    country: str
    role: str
    office: str
    start: date
    end: date | None
    line: int

    @property
    def code(self) -> str:
        return self.country + self.role

    def holds_on(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


def parse_terms(text: str, *, source: str) -> list[Term]:
    """Every row of an office-holders table; a malformed row is a DictionaryError."""
    terms = []
    header_seen = False
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        if not header_seen:
            if tuple(line.split("\t")) != COLUMNS:
                raise DictionaryError(f"the header must be {' / '.join(COLUMNS)}", file=source, line=number)
            header_seen = True
            continue
        terms.append(_term(line, source, number))
    return terms


def _term(line: str, source: str, number: int) -> Term:
    cells = line.split("\t")
    if len(cells) != len(COLUMNS):
        raise DictionaryError(f"{len(cells)} columns, not {len(COLUMNS)}", file=source, line=number)
    name, alternatives, country, role, office, start, end = (c.strip() for c in cells)
    if not (name and len(country) == 3 and country.isupper() and role.isalpha() and role.isupper()):
        raise DictionaryError("a row needs a name, an ISO3 country and a role code", file=source, line=number)
    first, last = _day(start, source, number), _day(end, source, number) if end else None
    if first is None or (last is not None and last < first):
        raise DictionaryError("a term needs a start, and an end that is not before it", file=source, line=number)
    alts = tuple(a.strip() for a in alternatives.split("|") if a.strip())
    return Term(name, alts, country, role, office, first, last, number)


def _day(text: str, source: str, number: int) -> date | None:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise DictionaryError(f"{text!r} is not a YYYY-MM-DD date", file=source, line=number) from None


def person_entries(terms: list[Term], *, source: str) -> list[ActorEntry]:
    """One entry per person (rows grouped by name), in the order people first appear."""
    people: dict[str, list[Term]] = {}
    for term in terms:
        people.setdefault(term.name, []).append(term)
    return [_person(rows, source) for rows in people.values()]


def _person(rows: list[Term], source: str) -> ActorEntry:
    rows = sorted(rows, key=lambda t: t.start)
    names = tuple(dict.fromkeys(n for t in rows for n in (t.name, *t.alternatives)))
    codes = [DatedCode(t.code, t.start, t.end) for t in rows]
    home = next((t.country for t in rows if t.country != "IGO"), None)
    if home is not None:
        ended = [t.end for t in rows if t.end is not None]
        if ended:
            codes.append(DatedCode(home + "ELI", min(ended) + timedelta(days=1), None))
        codes.append(DatedCode(home))
    return ActorEntry(names, tuple(codes), source, min(t.line for t in rows))


def first_start(entry: ActorEntry) -> date | None:
    """The first day of the first term of a person entry."""
    return min((c.start for c in entry.codes if c.start and c.code[3:] != "ELI"), default=None)


def clip_before(codes: tuple[DatedCode, ...], cut: date) -> tuple[DatedCode, ...]:
    """Dated codes of an older dictionary, cut to end the day before `cut`; undated ones dropped."""
    kept = []
    last = cut - timedelta(days=1)
    for code in codes:
        if not code.dated or (code.start is not None and code.start > last):
            continue
        kept.append(code if code.end is not None and code.end <= last else DatedCode(code.code, code.start, last))
    return tuple(kept)
