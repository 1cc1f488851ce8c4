"""What a title says about its holder: "Chinese Foreign Ministry spokesman" -> CHN, GOV.

A title is a few words: countries and demonyms give the country, named institutions
("Kremlin", "UN") give a code of their own, role words give the role; a role word such as
"spokesman" or "leader" takes the role of the words before it ("union leader" -> LAB).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from collections.abc import Sequence

from ..actors import ActorDictionary, split_code
from ..lang.en.actors import DETERMINERS
from .words import INHERITING, ORG_HEADS, PERSON_TITLES, ROLES
from ..places import resolve_place
from ..records import Token

_STOP_PREPOSITIONS = frozenset({"to", "at", "in", "for", "with", "on", "from", "by"})
_LONGEST = 4


@dataclass(frozen=True, slots=True)
class Title:
    """The country, role and code a title gives; `office` is its role phrase ("foreign minister")."""

    country: str | None
    role: str | None
    code: str | None  # of an institution named in it: "Kremlin" -> RUSGOV, "UN" -> IGOUNO
    office: str | None

    @property
    def empty(self) -> bool:
        return self.role is None and self.code is None and self.office is None


def describe(tokens: Sequence[Token], actors: ActorDictionary, on: date | None) -> Title | None:
    """The title the tokens spell, or None when no role word is among them."""
    words = _words(tokens)
    country, code, rest, of_place = None, None, [], None
    i = 0
    while i < len(words):
        size, found = _named(words, i, actors, on)
        if found is None:
            rest.append(words[i][0].lower())
            i += 1
            continue
        kind, value = found
        if kind == "country":
            country = country or value
        elif kind == "actor":
            code = code or value
        elif kind == "place":
            of_place = of_place or value
        i += size
    role, office = role_of(rest, actors)
    if role is None and office is None and code is None:
        return None
    kinds = [ORG_HEADS[w.lower()] for w, after_of in words if after_of and w.lower() in ORG_HEADS]
    if role == "GOV" and kinds and kinds[-1] != "GOV":  # "president of the Lagos Chess Club": not of a state
        role, office = kinds[-1], None
    return Title(country or of_place or split_code(code)[0], role, code, office)


def _words(tokens: Sequence[Token]) -> list[tuple[str, bool]]:
    """(text, after "of") of the title's words: determiners, punctuation and "'s" left out,
    and nothing after a preposition other than "of" ("ambassador to the UN")."""
    out, after_of = [], False
    for t in tokens:
        low = t.text.lower()
        if low in _STOP_PREPOSITIONS:
            break
        if low == "of":
            after_of = True
            continue
        if t.pos == "PUNCT" or low in DETERMINERS or low in ("'s", "’s", "'"):
            continue
        out.append((t.text, after_of))
    return out


def _named(words, i, actors: ActorDictionary, on):
    """(length, (kind, value)) of the longest name starting at word i, or (1, None)."""
    if not words[i][0][:1].isupper():
        return 1, None
    for size in range(min(_LONGEST, len(words) - i), 0, -1):
        phrase = " ".join(w for w, _ in words[i:i + size])
        if size == 1 and _is_role_word(phrase.lower(), actors):
            continue
        match = actors.country(phrase)
        if match is not None:
            return size, ("country", match.country.iso3)
        if _is_role_word(phrase.lower(), actors):
            return 1, None
        found = [m for m in actors.lookup(phrase, on) if m.code]
        if found:
            return size, ("actor", found[0].code)
        if words[i][1]:
            place = resolve_place(phrase)
            if place is not None and place.country:
                return size, ("place", place.country)
    return 1, None


def _is_role_word(phrase: str, actors: ActorDictionary) -> bool:
    return phrase in ROLES or phrase in INHERITING or actors.agent(phrase) is not None


def role_of(words: Sequence[str], actors: ActorDictionary) -> tuple[str | None, str | None]:
    """(role, office phrase) of lower-case words: the rightmost, longest role phrase wins;
    an inheriting word ("spokesman") takes the role of the words before it; a military rank
    right before the name gives way to an office named before it ("government spokesman
    Colonel X" -> GOV, while "army spokesman Brigadier X" stays MIL)."""
    for end in range(len(words), 0, -1):
        for start in range(max(0, end - _LONGEST), end):
            phrase = " ".join(words[start:end])
            if phrase in INHERITING and phrase not in ROLES:
                before, _ = role_of(words[:start], actors)
                return before or INHERITING[phrase], phrase
            role = ROLES.get(phrase) if phrase in ROLES else _agent_role(phrase, actors)
            if role is not None or phrase in ROLES:
                if role == "MIL" and phrase in PERSON_TITLES and start > 0:
                    office = role_of(words[:start], actors)
                    if office[0] is not None:
                        return office
                return role, phrase
    return None, None


def _agent_role(phrase: str, actors: ActorDictionary) -> str | None:
    entry = actors.agent_entry(phrase)
    if entry is None or entry.prefix:
        return None
    return entry.code[:3] or None
