"""The actor dictionary: names, agents and discards, shipped and user-supplied.

    >>> actors = load_actor_dictionary()
    >>> [m.code for m in actors.lookup("Vladimir Putin", date(2024, 3, 5))]
    ['RUSGOV']
    >>> actors.agent("foreign minister"), actors.agent("troops")
    ('GOV', 'MIL')

Layers, lowest first: the countries table (names, demonyms, capitals; it only fills
names nobody else defines), the Phoenix dictionaries, our companies and media file
(home country + BUS or MED), our groups file (groups and
institutions Phoenix lacks or codes as of before 2015), the office-holders 2015-2026
(merged into the Phoenix entry of the same person, whose older codes are kept up
to the person's first term), then each user file in order. A name defined in a
layer hides that name in the layers below, as a later definition does in PETRARCH.
"""
from __future__ import annotations

import functools

import gzip
import json
from dataclasses import dataclass, field
from datetime import date
from functools import cache, lru_cache
from pathlib import Path
from typing import Iterable, Sequence

from .codes import split_code
from .countries import CountryTable, countries
from .datafiles import AGENTS, COMPANIES, COUNTRIES, DATA_DIR, GROUPS, OFFICEHOLDERS, PHOENIX_ACTORS, PHOENIX_AGENTS, PHOENIX_DISCARDS
from .dictionaries import parse_actors, parse_agents, read_actors, read_agents, read_discards
from ..errors import DictionaryError
from .normalise import normalise
from .officeholders import Term, clip_before, first_start, parse_terms, person_entries
from .records import ActorEntry, ActorMatch, AgentEntry, CountryMatch, DatedCode, Discard


class EntryTable(Sequence[ActorEntry]):
    """Actor entries; the shipped ones are kept as text until first asked for (fast loading)."""

    def __init__(self) -> None:
        self._items: list[ActorEntry | list[str]] = []

    def append(self, item: ActorEntry | list[str]) -> int:
        self._items.append(item)
        return len(self._items) - 1

    def __len__(self) -> int:
        return len(self._items)

    def __getitem__(self, i):  # type: ignore[override]
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        item = self._items[i]
        if isinstance(item, list):
            item = self._items[i] = _shipped_entry(item)
        return item


@dataclass(frozen=True, eq=False)
class ActorDictionary:
    """Everything known about names of actors; build it with `load_actor_dictionary`."""

    entries: EntryTable = field(repr=False)
    index: dict[str, tuple[int, ...]] = field(repr=False)  # name key -> entries, best first
    agents: dict[str, AgentEntry] = field(repr=False)  # phrase key -> agent
    discards: dict[str, Discard] = field(repr=False)  # phrase key -> discard
    terms: tuple[Term, ...] = field(repr=False)  # office-holders
    countries: CountryTable = field(repr=False)
    longest_name: int = 0  # in words, for scanning text

    def lookup(self, name: str, on: date | None = None) -> list[ActorMatch]:
        """What `name` stands for on day `on` (None: today's code), best first; [] if unknown."""
        return _distinct(self.entries, self.index.get(normalise(name), ()), on)

    def offices_of(self, entry: ActorEntry) -> frozenset[str]:
        """The offices the office-holder table gives the person of `entry` ("head of government"),
        at any time; empty for anyone it does not list."""
        return frozenset().union(*(self._offices.get(normalise(n), ()) for n in entry.names))

    @functools.cached_property
    def _offices(self) -> dict[str, set[str]]:
        """Each office-holder name key and the offices held under it, indexed once."""
        found: dict[str, set[str]] = {}
        for term in self.terms:
            for name in (term.name, *term.alternatives):
                found.setdefault(normalise(name), set()).add(term.office)
        return found

    def is_person(self, name: str) -> bool:
        """Whether `name` is one of the people of the dictionary (entries with dated codes, as
        Phoenix and the office-holder data write people)."""
        return any(_dated(self.entries, i) for i in self.index.get(normalise(name), ()))

    def lookup_person(self, name: str, on: date | None = None) -> list[ActorMatch]:
        """People a shorter form of a name may stand for: "Carlos Menem" for "Carlos Saul Menem"
        (first and last word), "Reagan" for "Ronald Reagan" (a surname, when entries of two words
        or more end in it). Only entries with dated codes count (people, as Phoenix writes them);
        [] when the name is a key of its own (use `lookup`)."""
        words = normalise(name).split()
        if not words or " ".join(words) in self.index:
            return []
        key = (words[0], words[-1]) if len(words) > 1 else words[0]
        if len(words) == 1 and self._given_names.get(key, 0) >= len(self._short_names.get(key, ())):
            return []   # "Jerry" opens more names than it ends: a given name, no one's surname
        people = [i for i in dict.fromkeys(self._short_names.get(key, ())) if _dated(self.entries, i)
                  and any(_in_order(words, normalise(n).split()) for n in self.entries[i].names)]
        return _distinct(self.entries, people, on)  # "Fazl ur Rehman" is not "Atta ur Rehman"

    @functools.cached_property
    def _short_names(self) -> dict:
        """(first word, last word) of every name of three or more words, and the last word of
        every name of two or more -> entries; built on first use."""
        short: dict = {}
        for key, found in self.index.items():
            words = key.split()
            if len(words) < 2:
                continue
            if len(words) > 2:
                short.setdefault((words[0], words[-1]), []).extend(found)
            short.setdefault(words[-1], []).extend(found)
        return short

    @functools.cached_property
    def _given_names(self) -> dict[str, int]:
        """The first word of every name of two or more words -> how many names it opens."""
        given: dict[str, int] = {}
        for key, found in self.index.items():
            words = key.split()
            if len(words) > 1:
                given[words[0]] = given.get(words[0], 0) + len(found)
        return given

    def __contains__(self, name: str) -> bool:
        return normalise(name) in self.index

    def agent(self, phrase: str) -> str | None:
        """The role code of a generic agent: "foreign minister" -> "GOV"; None if unknown."""
        found = self.agent_entry(phrase)
        return found.code if found else None

    def agent_entry(self, phrase: str) -> AgentEntry | None:
        return self.agents.get(normalise(phrase))

    def is_discard(self, phrase: str) -> bool:
        return normalise(phrase) in self.discards

    def discard_in(self, text: str) -> Discard | None:
        """The first discard phrase found in `text` (whole words), or None."""
        words = normalise(text).split()
        sizes_from = self._discard_sizes
        for start, word in enumerate(words):
            for size in sizes_from.get(word, ()):
                found = start + size <= len(words) and self.discards.get(" ".join(words[start:start + size]))
                if found:
                    return found
        return None

    @functools.cached_property
    def _discard_sizes(self) -> dict[str, tuple[int, ...]]:
        """For each first word of a discard phrase, the phrase lengths (in words) starting with it."""
        sizes: dict[str, set[int]] = {}
        for phrase in self.discards:
            parts = phrase.split()
            if parts:
                sizes.setdefault(parts[0], set()).add(len(parts))
        return {word: tuple(sorted(found)) for word, found in sizes.items()}

    def country(self, text: str) -> CountryMatch | None:
        """The country a name, demonym or capital stands for: "Turkish" -> TUR."""
        return self.countries.lookup(text)

    def holders(self, *, country: str, office: str, on: date) -> list[Term]:
        """Who held `office` ("head of state", "foreign minister", ...) of `country` on `on`."""
        return [t for t in self.terms if t.country == country and t.office == office and t.holds_on(on)]


def _in_order(words: list[str], name: list[str]) -> bool:
    """Whether `words` occur in `name` in that order, others between them allowed."""
    rest = iter(name)
    return all(w in rest for w in words)


def _dated(entries: EntryTable, i: int) -> bool:
    """Whether entry i has a dated code; shipped entries are read from their text, not built."""
    item = entries._items[i]
    if isinstance(item, list):
        return "," in item[2] and any(c.split(",")[1] or c.split(",")[2] for c in item[2].split(";") if c)
    return any(c.dated for c in item.codes)


def _distinct(entries, indices, on: date | None) -> list[ActorMatch]:
    """The matches of the entries at `indices` on day `on`, coded ones first. The same code under
    another label adds nothing; entries with no code that day each count."""
    matches, seen = [], set()
    for i in indices:
        code = entries[i].code_on(on)
        key = code if code is not None else ("entry", i)
        if key not in seen:
            seen.add(key)
            matches.append(_match(entries[i], code))
    return sorted(matches, key=lambda m: m.code is None)


def _match(entry: ActorEntry, code: str | None) -> ActorMatch:
    country, role = split_code(code)
    return ActorMatch(entry.label, code, country, role, f"{entry.source_file}:{entry.line}", entry)


# ---------------------------------------------------------------- loading

def load_actor_dictionary(paths: Iterable[Path | str] | None = None, *, base: bool = True) -> ActorDictionary:
    """The shipped dictionary, with PETRARCH dictionaries from `paths` on top.

    A file's kind comes from its name: "*agents*" is an agents dictionary,
    "*discards*" a discards one, anything else an actors one (verbs dictionaries
    belong to the event coder and are refused). With `base=False` only `paths` are
    used (e.g. the PETR.Validate dictionaries). Loaded once per process: a second
    call with the same files (unchanged on disk) returns the same object.
    """
    if paths is None:
        return _shipped() if base else _build((), base=False)
    return _cached(tuple(_stamp(Path(p)) for p in paths), base)


def dictionary_kind(path: Path | str) -> str:
    name = Path(path).name.lower()
    if "verbs" in name:
        raise DictionaryError("a verbs dictionary is read by the event coder, not here", file=str(path))
    return "agents" if "agents" in name else "discards" if "discards" in name else "actors"


def _stamp(path: Path) -> tuple[str, int, int]:
    try:
        stat = path.stat()
    except OSError as exc:
        raise DictionaryError(f"cannot read the dictionary: {exc.strerror}", file=str(path)) from exc
    return str(path), stat.st_mtime_ns, stat.st_size


@cache
def _shipped() -> ActorDictionary:
    return _build((), base=True)


@lru_cache(maxsize=8)
def _cached(stamps: tuple[tuple[str, int, int], ...], base: bool) -> ActorDictionary:
    return _build(tuple(Path(s[0]) for s in stamps), base=base)


def _build(paths: tuple[Path, ...], *, base: bool) -> ActorDictionary:
    builder = _Builder()
    agents: dict[str, AgentEntry] = {}
    discards: dict[str, Discard] = {}
    terms: list[Term] = []
    if base:
        builder.add_phoenix(_read_shipped_actors())
        for name in (COMPANIES, GROUPS):
            builder.add_layer([(e, _keys(e)) for e in parse_actors(_shipped_text(name), source=name)])
        terms = parse_terms(_shipped_text(OFFICEHOLDERS), source=OFFICEHOLDERS)
        builder.add_officeholders(person_entries(terms, source=OFFICEHOLDERS))
        agents.update(_read_shipped_agents())
        agents.update((k, a) for a in parse_agents(_shipped_text(AGENTS), source=AGENTS) for k in _keys(a))
        discards.update(_read_shipped_discards())
    for path in paths:
        kind = dictionary_kind(path)
        if kind == "actors":
            builder.add_layer([(e, _keys(e)) for e in read_actors(path)])
        elif kind == "agents":
            agents.update((k, a) for a in read_agents(path) for k in _keys(a))
        else:
            discards.update((normalise(d.phrase), d) for d in read_discards(path))
    if base:
        builder.fill_countries(countries())
    return builder.result(agents, discards, tuple(terms), countries())


def _keys(entry: ActorEntry | AgentEntry) -> list[str]:
    return list(dict.fromkeys(k for k in map(normalise, entry.names) if k))


class _Builder:
    """Entries and the name index, layer by layer."""

    def __init__(self) -> None:
        self.entries = EntryTable()
        self.keys: list[list[str]] = []
        self.index: dict[str, list[int]] = {}

    def _append(self, entry: ActorEntry | list[str], keys: list[str]) -> int:
        self.keys.append(keys)
        return self.entries.append(entry)

    def add_phoenix(self, rows: Iterable[tuple[list[str], list[str]]]) -> None:
        index = self.index
        for row, keys in rows:  # one layer: names shared inside it add up
            i = self._append(row, keys)
            for key in keys:
                if key in index:
                    index[key].append(i)
                else:
                    index[key] = [i]

    def add_layer(self, rows: list[tuple[ActorEntry, list[str]]]) -> None:
        layer: dict[str, list[int]] = {}
        for entry, keys in rows:
            i = self._append(entry, keys)
            for key in keys:
                layer.setdefault(key, []).append(i)
        self.index.update(layer)

    def add_officeholders(self, people: list[ActorEntry]) -> None:
        by_label: dict[str, list[int]] = {}
        for i, keys in enumerate(self.keys):
            if keys:
                by_label.setdefault(keys[0], []).append(i)
        rows = []
        for person in people:
            keys = _keys(person)
            older = [i for k in keys for i in by_label.get(k, ())]
            rows.append(_merged(person, keys, [self.entries[i] for i in dict.fromkeys(older)]))
        self.add_layer(rows)

    def fill_countries(self, table: CountryTable) -> None:
        for row in table.rows:
            names = (*row.names, *row.demonyms, *map(_people, row.demonyms), *row.capitals)
            keys = [k for k in dict.fromkeys(map(normalise, names)) if k and k not in self.index]
            if keys:
                i = self._append(ActorEntry(names, (DatedCode(row.iso3),), COUNTRIES, 0), keys)
                for key in keys:
                    self.index[key] = [i]

    def result(self, agents, discards, terms, table) -> ActorDictionary:
        index = {k: tuple(v) for k, v in self.index.items()}
        longest = max((k.count(" ") + 1 for k in index), default=0)
        return ActorDictionary(self.entries, index, agents, discards, terms, table, longest)


UNCOUNTED_DEMONYMS = ("s", "sh", "ch", "ese", "man", "men", "x", "z")  # endings of demonyms not pluralised with -s


def _people(demonym: str) -> str:
    """The plural of a demonym that names people ("Albanian" -> "Albanians", "Iraqi" -> "Iraqis");
    the demonym itself where the plural is not made with -s ("Chinese", "British", "Frenchman", "U.S.")."""
    if not demonym.isalpha() or demonym.isupper() or demonym.endswith(UNCOUNTED_DEMONYMS):
        return demonym
    return demonym + "s"


def _merged(person: ActorEntry, keys: list[str], older: list[ActorEntry]) -> tuple[ActorEntry, list[str]]:
    """The person's entry, with the names and pre-2015 codes of their Phoenix entries."""
    if not older:
        return person, keys
    cut = first_start(person) or date.max
    names = tuple(dict.fromkeys(n for e in (person, *older) for n in e.names))
    codes = person.codes + tuple(c for e in older for c in clip_before(e.codes, cut))
    merged = ActorEntry(names, _dated_first(codes), person.source_file, person.line)
    return merged, _keys(merged)


def _dated_first(codes: tuple[DatedCode, ...]) -> tuple[DatedCode, ...]:
    return tuple(c for c in codes if c.dated) + tuple(c for c in codes if not c.dated)


# ---------------------------------------------------------------- shipped files

def _read_shipped_actors() -> Iterable[tuple[list[str], list[str]]]:
    """(row, keys) of each line of the built Phoenix file; rows become entries when used."""
    with gzip.open(DATA_DIR / PHOENIX_ACTORS, "rt", encoding="utf-8") as handle:
        lines = handle.read().splitlines()
    rows = (line.split("\t") for line in lines if line and not line.startswith("#"))
    next(rows)  # the header
    return ((row, row[1].split("|")) for row in rows)


def _shipped_entry(row: list[str]) -> ActorEntry:
    label, keys, codes, file, line = row
    names = (label, *keys.split("|")[1:])
    dated = tuple(_shipped_code(c) for c in codes.split(";") if c)
    return ActorEntry(names, dated, file, int(line))


def _shipped_code(text: str) -> DatedCode:
    code, start, end = text.split(",")
    return DatedCode(code, _day(start), _day(end))


@lru_cache(maxsize=4096)
def _day(text: str) -> date | None:
    return date.fromisoformat(text) if text else None


def _shipped_text(name: str) -> str:
    return (DATA_DIR / name).read_text(encoding="utf-8")


def _tsv_rows(name: str) -> list[list[str]]:
    lines = _shipped_text(name).splitlines()
    rows = [line.split("\t") for line in lines if line and not line.startswith("#")]
    return rows[1:]  # the header


def _read_shipped_agents() -> dict[str, AgentEntry]:
    agents = {}
    for key, code, line in _tsv_rows(PHOENIX_AGENTS):
        prefix = code.endswith("~")
        agents[key] = AgentEntry((key,), code.strip("~"), prefix, "Phoenix.agents.txt", int(line))
    return agents


def _read_shipped_discards() -> dict[str, Discard]:
    return {
        key: Discard(key, scope == "story", "Phoenix.discards.txt", int(line))
        for key, scope, line in _tsv_rows(PHOENIX_DISCARDS)
    }
