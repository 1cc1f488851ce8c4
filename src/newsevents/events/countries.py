"""The country of an event's actor that the text knows by its role alone.

"The Mozambique government accepted demands from [rebels]", "Chinese police arrested two
[activists]", "[The opposition newspaper] was ordered shut": a role word with no name and no
demonym. As the resolve stage does for titled people, the role takes the one country its
sentence names (its places and the countries of its actors); failing that, a role of the
state (and a former official) takes the article's focus country when the text firmly gives
one. International and religious roles (IGO, NGO, MUS ...) take none, nor does a sentence
that names two countries: the code is left as the role alone rather than guessed.
"""
from __future__ import annotations

from functools import cached_property
from typing import Any

from ..records import field_of
from ..resolve import firm_country

STATE = frozenset({"GOV", "MIL", "COP", "LEG", "JUD", "SPY", "ELI"})
DOMESTIC = STATE | frozenset({"REB", "OPP", "CRM", "BUS", "CVL", "MED", "HLH", "EDU", "UAF", "AGR", "LAB",
                              "REF", "PTY", "ENV", "RAD", "PPL"})


class CountryContext:
    """The countries an article's sentences name, and its firm focus country."""

    def __init__(self, text: str, entities: tuple[Any, ...], focus: Any):
        self.entities = [(e.start, country) for e in entities if (country := _entity_country(e))]
        self._focus = field_of(focus, "country")
        self._text = text
        self._all = entities

    def country_for(self, role: str | None, start: int, end: int) -> str | None:
        """The country of a role alone in the sentence spanning [start, end), or None."""
        if role not in DOMESTIC:
            return None
        named = {country for at, country in self.entities if start <= at < end}
        if len(named) == 1:
            return named.pop()
        if named or role not in STATE:
            return None
        return self.focus

    def antecedent_country(self, start: int, end: int) -> str | None:
        """The country of "the ambassador" (one noun after "the", at [start, end)) from the last
        earlier name ending in the same noun ("Ethiopia's ambassador ... gave the ambassador 72
        hours to leave"), or None."""
        noun = self._text[start:end].lower()
        if " " in noun or not self._text[max(0, start - 4):start].lower() == "the ":
            return None
        for entity in reversed(self._all):
            if entity.start < start and entity.text.lower().rsplit(" ", 1)[-1] == noun \
                    and (country := _entity_country(entity)):
                return country
        return None

    def place_country(self, start: int, end: int) -> str | None:
        """The country of the first place or actor the text names within [start, end)."""
        return next((country for at, country in self.entities if start <= at < end), None)

    @cached_property
    def focus(self) -> str | None:
        """The article's focus country when the text firmly gives it (`resolve.firm_country`)."""
        return firm_country(self._focus, self._all, self._text)


def _entity_country(entity: Any) -> str | None:
    """The country an entity names: its place's, else its actor's."""
    return field_of(getattr(entity, "place", None), "country") or field_of(getattr(entity, "actor", None), "country")
