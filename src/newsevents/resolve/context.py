"""What every actor rule reads: the parse, the dictionary, the day and the article's focus."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..actors import ActorDictionary, ActorMatch
from .tree import Tree


@dataclass(frozen=True)
class Context:
    text: str
    tree: Tree
    actors: ActorDictionary
    on: date | None  # the article's date: dated codes apply by it
    focus: str | None  # the article's main country (ISO3)
    sentence_countries: dict = field(default_factory=dict)  # sentence -> countries of its places
    organisations: list = field(default_factory=list)  # organisations coded so far, in text order
    # (start, sentence, country, role, last word) of each state body coded so far
    state_actors: list = field(default_factory=list)


def actor(name: str, country: str | None, role: str | None, *, code: str | None = None,
          rule: str = "name", antecedent: int | None = None) -> dict:
    """The actor record entities carry: {name, code, country, role} plus how it was found."""
    found = {"name": name, "code": code if code is not None else ((country or "") + (role or "")) or None,
             "country": country, "role": role, "rule": rule}
    if antecedent is not None:
        found["antecedent"] = antecedent
    return found


def from_match(match: ActorMatch, *, rule: str = "name") -> dict:
    return actor(match.name, match.country, match.role, code=match.code, rule=rule)


def unknown(text: str) -> dict:
    """A person nobody knows: the text, and no code (never an invented one)."""
    return actor(text, None, None, code=None, rule="unknown")
