"""Plain frozen records for actor dictionaries.

A PETRARCH actor entry is a group of names with one or more codes, each code
optionally restricted by date::

    VLADIMIR_PUTIN_            ->  ActorEntry(names=("VLADIMIR PUTIN", "PUTIN", ...),
    +PUTIN_                                   codes=(DatedCode("RUSELI", 1970-01-01, 1999-08-08),
        [RUSELI 700101-990809]                       DatedCode("RUSGOV", 1999-08-09, None)))
        [RUSGOV >990809]

Dates are inclusive at both ends. On a given day the first dated code that
applies wins (file order); when none applies, the first undated code.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

NULL_CODES = frozenset({"---", "+++"})  # "known, but do not code"


@dataclass(frozen=True, slots=True)
class DatedCode:
    """A CAMEO code and the days it applies (None: open at that end)."""

    code: str
    start: date | None = None
    end: date | None = None

    @property
    def dated(self) -> bool:
        return self.start is not None or self.end is not None

    def applies_on(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)

    def code_on(self, day: date) -> str | None:
        """The code when it applies on `day`, else None."""
        return self.code if self.applies_on(day) else None


@dataclass(frozen=True, slots=True)
class ActorEntry:
    """Names of one actor and its codes; `source_file:line` says where it was defined."""

    names: tuple[str, ...]
    codes: tuple[DatedCode, ...]
    source_file: str
    line: int

    @property
    def label(self) -> str:
        """The first name, readable: "VLADIMIR PUTIN" -> "Vladimir Putin"."""
        first = self.names[0]
        if first != first.upper() or (" " not in first and len(first.replace(".", "")) <= 5):
            return first  # written in mixed case, or an acronym: "UN", "U.N.", "NATO"
        return " ".join(word[:1] + word[1:].lower() for word in first.split())

    def code_on(self, day: date | None) -> str | None:
        """The code on `day`; with no day, the code that is open-ended (the current one).

        A null code (``---``) gives None: the name is known and must not be coded.
        """
        found = _dated_code_on(self.codes, day) if day else _current_code(self.codes)
        if found is None:
            found = next((c.code for c in self.codes if not c.dated), None)
        return None if found in NULL_CODES else found


def _dated_code_on(codes: tuple[DatedCode, ...], day: date) -> str | None:
    return next((c.code for c in codes if c.dated and c.applies_on(day)), None)


def _current_code(codes: tuple[DatedCode, ...]) -> str | None:
    return next((c.code for c in codes if c.dated and c.end is None), None)


@dataclass(frozen=True, slots=True)
class AgentEntry:
    """A generic agent ("foreign minister", "troops") and its role code.

    `prefix` is True for codes written ``NGO~`` (put before the actor's code),
    False for the usual ``~GOV`` (put after it). `names` holds every surface form
    the entry stands for: substitutions (``!MINIST!``) and plurals made.
    """

    names: tuple[str, ...]
    code: str
    prefix: bool
    source_file: str
    line: int


@dataclass(frozen=True, slots=True)
class Discard:
    """A phrase whose presence drops the sentence (or, with `story`, the whole story)."""

    phrase: str
    story: bool
    source_file: str
    line: int


@dataclass(frozen=True, slots=True)
class ActorMatch:
    """What a name stands for on a day: `code` split into `country` and `role`."""

    name: str  # the entry's label, e.g. "Vladimir Putin"
    code: str | None
    country: str | None
    role: str | None
    source: str  # "file:line" of the entry
    entry: ActorEntry


@dataclass(frozen=True, slots=True)
class Country:
    """A row of the countries table."""

    iso3: str
    name: str
    names: tuple[str, ...]  # the name first, then other names
    demonyms: tuple[str, ...]  # adjectival forms: "Turkish", "Israeli"
    capitals: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class CountryMatch:
    """A country found by one of its names, a demonym or its capital."""

    country: Country
    kind: str  # "name", "demonym" or "capital"
