"""Actors: who is this, for whom do they act?

The dictionary part (this package so far): PETRARCH dictionary readers, the
shipped actor data (Phoenix, groups, office-holders 2015-2026, countries), and
lookups by the article's date. Resolution in context (titles, appositions,
metonyms, coreference) comes with the parser.

    >>> from newsevents.actors import load_actor_dictionary
    >>> actors = load_actor_dictionary()
    >>> actors.lookup("Vladimir Putin", date(2024, 3, 5))[0].code
    'RUSGOV'
"""
from __future__ import annotations

from .codes import split_code
from .dictionaries import parse_actors, parse_agents, parse_discards, read_actors, read_agents, read_discards
from ..errors import DictionaryError
from .lexicon import ActorDictionary, dictionary_kind, load_actor_dictionary
from .normalise import normalise
from .officeholders import Term
from .records import ActorEntry, ActorMatch, AgentEntry, Country, CountryMatch, DatedCode, Discard

__all__ = [
    "load_actor_dictionary", "ActorDictionary", "ActorEntry", "ActorMatch", "AgentEntry", "Discard",
    "DatedCode", "Country", "CountryMatch", "Term", "DictionaryError", "normalise", "split_code",
    "dictionary_kind", "parse_actors", "parse_agents", "parse_discards", "read_actors", "read_agents",
    "read_discards",
]
