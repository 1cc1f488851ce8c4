"""Who a noun phrase stands for: entity actors, else the actor dictionary and its agents.

    "Israeli troops"            -> ISR (a demonym) + troops (agent ~MIL)          -> ISRMIL
    "the Calenardhon government"-> CAL + government (~GOV)                        -> CALGOV
    "soldiers from Gondor"      -> no actor before the head: look in "from Gondor" -> GONMIL
    "Paris and Berlin"          -> two actors, one per conjunct
    "former Gondor prosecutors" -> GON + ELI: a former role is an elite

Names are matched longest first over the phrase's words (at most `MAX_NAME_WORDS`), agents
over the words no name took. A name coded ``---`` in the dictionary is known and not coded.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from ..actors import ActorDictionary, normalise, split_code
from ..records import Token, field_of
from .clauses import predicate_before
from .countries import STATE
from .lang import FORMER, GROUP_NOUNS, INFORMATION_NOUNS, PAIR_NOUNS, PAIR_WORDS, TREATY_NOUNS
from .tree import Sentence, perfect_auxiliary

MAX_NAME_WORDS = 6
ELITE = "ELI"  # "former officials": a role held before is an elite, as in CAMEO
CORE_SKIP = ("conj", "cc", "acl", "acl:relcl", "relcl", "appos", "punct", "nmod", "prep", "obl", "advcl",
             "ccomp", "xcomp", "parataxis", "dep", "case", "mark", "list", "nmod:tmod")
INNER_PREPOSITIONS = ("by", "of", "from", "", "in", "at", "for")  # in this order; "" is no preposition
LOCATIVE = ("in", "at")


@dataclass(frozen=True, slots=True)
class Found:
    """An actor code found in a phrase, with the words it came from."""

    code: str
    name: str | None
    start: int  # character span of the words
    end: int
    base: str = ""  # the name's own code, before agents were added ("ARN" of "ARNMIL"); "" for none
    means: bool = False  # an attack's means standing for its unnamed doer ("a roadside bomb")


class ActorFinder:
    """Actors of noun phrases in one article, on the article's day."""

    def __init__(self, dictionary: ActorDictionary, *, on: date | None, text: str,
                 entities: tuple[Any, ...] = (), entity_actors: bool = True):
        self.dictionary = dictionary
        self.on = on
        self.text = text
        self.entities = [e for e in entities if entity_actors and _entity_code(e)]
        # People the resolve stage looked up and found in no dictionary: their given name is no
        # dictionary's ("Hassan Mudane" is not the Hassan of the dictionary); their family name may
        # be ("al-Zarqawi" is listed with his group)
        self.unknown = [(e.start, e.end) for e in entities if entity_actors and _unknown_person(e)]
        self._starts = [e.start for e in self.entities]
        self._disjoint = all(a.end <= b.start for a, b in zip(self.entities, self.entities[1:]))
        self.longest = min(MAX_NAME_WORDS, max(dictionary.longest_name, 1))

    def of_phrase(self, sent: Sentence, head: Token, *, depth: int = 0) -> list[tuple[Found, Token]]:
        """(actor, conjunct head) for each coordinated head of the phrase that has actors; a
        compound code ("FRO/BIL/SAM") and a modifier with conjuncts ("lawmakers in X and Y") give several."""
        found: list[tuple[Found, Token]] = []
        for conjunct in sent.conjuncts(head):
            actors = self.of_head(sent, conjunct, depth=depth)
            if found and _bare_role(sent, conjunct, actors):  # "Danish media and [government]"
                actors = [_with_country(actors[0], found[-1][0])]
            elif found and _place_listed(sent, found[-1][1], conjunct, actors, found[-1][0]):
                role = found[-1][0]  # "lawmakers in Kenya and [Uganda]" misparsed: Uganda's lawmakers
                actors = [replace(actors[0], code=actors[0].code + role.code[3:], base=actors[0].code)]
            found += [(actor, conjunct) for actor in actors]
        return found

    def of_head(self, sent: Sentence, head: Token, *, depth: int = 0) -> list[Found]:
        if head.pos == "PRON":
            return self._pronoun(head)
        if head.pos in ("VERB", "AUX"):
            return []
        pair = self._pair(sent, head)
        if pair:
            return pair
        core = [t for t in _core(sent, head) if _is_word(t)]
        if not core or _information(sent, head, core):
            return []
        modifiers = _coordinated_modifiers(sent, head, core)
        found = self._of_core(sent, head, core, depth, modifiers[0][0] if modifiers else head)
        for modifier, other in modifiers:  # "Chinese and [Indian] troops"
            alternative = sorted([t for t in core if t is not modifier] + [other], key=lambda t: t.i)
            more = self._of_core(sent, head, alternative, depth, other)
            if other.i > head.i:  # "the governments of France, [Germany]": the later name is its own text
                words = sent.subtree(other, skip=("conj", "cc", "punct"))
                more = [replace(f, start=words[0].start, end=words[-1].end) for f in more]
            found += [f for f in more if f not in found]
        if head.lemma.lower() in TREATY_NOUNS and not self._names_a_country(core, head):
            found = [f for f in found if len(f.code) != 3]  # "the Paris Agreement", "the Minsk talks"
        return found

    def _pair(self, sent: Sentence, head: Token) -> list[Found]:
        """"both countries", "the two leaders": the two countries the text named in the few sentences
        before (`PAIR_REACH` characters), when it named exactly two; each with the noun's role."""
        role = PAIR_NOUNS.get(head.lemma.lower())
        counted = [c for c in sent.children(head, "det", "nummod") if c.text.lower() in PAIR_WORDS]
        if role is None or not counted or head.tag in ("NN", "NNP") or head.dep not in PAIR_DEPS:
            return []  # a plural noun, doer or object: not "relations between the two countries"
        countries: list[str] = []
        sides: dict[str, str] = {}  # for two sides of one country: its state (any of its roles) and another
        doers = _subject_spans(sent, head)  # "[The United States] urged both countries": not one of the two
        for entity in self.entities:
            if head.start - PAIR_REACH <= entity.start and entity.end <= counted[0].start \
                    and not any(a <= entity.start < b for a, b in doers):
                code = _entity_code(entity) or ""
                country, its_role = country_role(code)
                if country and country not in countries:
                    countries.append(country)
                if country and its_role:
                    sides.setdefault("state" if its_role[:3] in STATE else code, code)
        start = min([head.start] + [c.start for c in sent.children(head, "det", "nummod")])
        if len(countries) == 2:
            return [Found(country + role, None, start, head.end) for country in countries]
        if len(countries) == 1 and len(sides) == 2 and head.lemma.lower() in SIDE_NOUNS:
            # "President Petro suspended talks with the ELN ... urged both sides": government and rebels
            return [Found(code, None, start, head.end) for code in sides.values()]
        return []

    def _pronoun(self, head: Token) -> list[Found]:
        """The actor the resolve stage's coreference gave a pronoun ("Chinese Foreign Ministry
        spokesman Lin Jian spoke. [He] urged ..." -> CHNGOV); none for a pronoun it left alone."""
        n = self._entity_index([head])
        if n is None or (self.entities[n].start, self.entities[n].end) != (head.start, head.end):
            return []
        found = self._entity([head], head)
        return [found] if found is not None else []

    def _names_a_country(self, core: list[Token], head: Token) -> bool:
        """Whether a word before the head names a country or its people ("the US-Taliban agreement",
        "Iranian talks"); a city that names a treaty or talks is where they were made, not a party."""
        words = [t.text for t in core if t is not head]
        for size in (1, 2, 3):
            for at in range(len(words) - size + 1):
                match = self.dictionary.country(" ".join(words[at:at + size]))
                if match is not None and match.kind in ("name", "demonym"):
                    return True
        return False

    def _of_core(self, sent: Sentence, head: Token, core: list[Token], depth: int, key: Token) -> list[Found]:
        """The actors of the words of `core`; the entity holding `key` (the head, or the modifier
        that tells coordinated modifiers apart) comes first."""
        entity = self._entity(core, key)
        if entity is not None and depth < 2:
            shared = self._role_shared(sent, head, depth, entity)
            if shared:
                return shared
        name, agents = self._names(core) if entity is None else (entity, self._agents(core, entity))
        names = [name] if name is not None else []
        listed = not names and depth < 2
        if listed:
            names = self._inner(sent, head, depth, people=bool(agents) or head.lemma.lower() in GROUP_NOUNS)
        if depth < 2 and (not names or all(len(n.code) == 3 for n in names)):
            # "the rebel front (RUF)", "former president Carlos Menem": the apposition names it; and
            # "his Argentine counterpart [Javier Milei]" is that person, not Argentina at large
            named = [f for child in sent.children(head, "appos")
                     for f, _ in self.of_phrase(sent, child, depth=depth + 1)]
            if not names or named and all(country_role(f.code)[0] in {n.code for n in names} for f in named):
                names = named or names
        if not names:
            return [_combine(None, agents, core)] if agents else []
        # "the governments of France, [Germany] and [Italy]": a later name of the list is its own text
        return [_combine(n, agents, core, alone=listed and k > 0) for k, one in enumerate(names) for n in _split(one)]

    def _role_shared(self, sent: Sentence, head: Token, depth: int, entity: Found) -> list[Found]:
        """A role the resolve stage gave the country of its place ("officials in Kenya" -> KENGOV)
        holds for each country of a coordinated place: "officials in Kenya and [Uganda]" -> KENGOV,
        UGAGOV. Empty when the place names one country."""
        code, base = entity.code, entity.code[:3]
        if len(code) <= 3 or head.pos != "NOUN":
            return []
        places = self._inner(sent, head, depth, people=True)
        if len(places) < 2 or places[0].code != base or any(len(p.code) != 3 for p in places):
            return []
        return [entity] + [Found(p.code + code[3:], p.name, p.start, p.end, p.code) for p in places[1:]]

    def _inner(self, sent: Sentence, head: Token, depth: int, *, people: bool) -> list[Found]:
        """The actors of a prepositional modifier: "soldiers from Gondor", "the ambassadors of X and Y",
        "an attack by X" (the doer before the place: "an attack by X in Y" -> X). A place after "in"
        or "at" says whose people a role word means ("lawmakers in Fornost"); after any other noun it
        is where, not who ("climate talks in Madrid", "hospital care in Vietnam")."""
        children = sorted(sent.children(head, "nmod", "prep", "obl"), key=lambda c: self._rank(sent, c))
        for child in children:
            rank = self._rank(sent, child)
            if rank >= len(INNER_PREPOSITIONS) or not people and INNER_PREPOSITIONS[rank] in LOCATIVE:
                continue
            inner = [f for f, _ in self.of_phrase(sent, child, depth=depth + 1)]
            if inner:
                return inner
        return []

    @staticmethod
    def _rank(sent: Sentence, child: Token) -> int:
        word = sent.case_word(child)
        return INNER_PREPOSITIONS.index(word) if word in INNER_PREPOSITIONS else len(INNER_PREPOSITIONS)

    def _entity(self, core: list[Token], head: Token | None = None) -> Found | None:
        """The coded entity that holds the phrase's head ("Secretary of State [Marco Rubio]"), else
        the first one that holds a word of `core` ("[Assad's] government")."""
        n = self._entity_index([head]) if head is not None else None
        if n is None:
            n = self._entity_index(core)
        if n is None:
            return None
        entity = self.entities[n]
        actor = getattr(entity, "actor", None)
        name = field_of(actor, "name") if actor is not None else field_of(getattr(entity, "place", None), "name")
        return Found(_entity_code(entity), name, entity.start, entity.end)

    def _entity_index(self, core: list[Token]) -> int | None:
        if not self._disjoint:
            return next((n for n, e in enumerate(self.entities) if any(e.start <= t.start < e.end for t in core)), None)
        found = None  # entities in text order without overlaps: one search per word
        for t in core:
            n = bisect.bisect_right(self._starts, t.start) - 1
            if n >= 0 and t.start < self.entities[n].end and (found is None or n < found):
                found = n
        return found

    def _names(self, core: list[Token]) -> tuple[Found | None, list[tuple[str, bool, int, int]]]:
        """The first dictionary name of the words (longest match), and the agents of the other words."""
        words, used, name = [t.text for t in core], set(), None
        start = 0
        while start < len(words):
            size, matches = self._match(words, start, core)
            if size:
                used.update(range(start, start + size))
                code = next((m.code for m in matches if m.code), None)
                if name is None and code:
                    name = Found(code, matches[0].name, core[start].start, core[start + size - 1].end)
                start += size
            else:
                start += 1
        agents = self._agent_spans(core, used)
        return name, agents

    def _match(self, words: list[str], start: int, core: list[Token] | None = None):
        """The longest dictionary name at `start`. A name is written with a capital in English: words
        all in lower case ("stole a turkey", "attacked us") are not one. With `core` (the tokens of
        `words`), no given name of an unknown person counts."""
        for size in range(min(self.longest, len(words) - start), 0, -1):
            if all(w.islower() for w in words[start:start + size]):
                continue
            key = normalise(" ".join(words[start:start + size]))
            if key and key in self.dictionary.index and not self._in_unknown(core, start, size):
                matches = self.dictionary.lookup(key, self.on)
                if matches:
                    return size, matches
        return 0, []

    def _in_unknown(self, core: list[Token] | None, start: int, size: int) -> bool:
        """Whether words `start`..`start + size` of `core` lie in an unknown person's name and stop
        before its end (a given name, not the family name)."""
        if not self.unknown or core is None:
            return False
        first, last = core[start].start, core[start + size - 1].end
        return any(s < last and first < e and last < e for s, e in self.unknown)

    def _agents(self, core: list[Token], entity: Found) -> list[tuple[str, bool, int, int]]:
        used = {n for n, t in enumerate(core) if entity.start <= t.start < entity.end}
        return self._agent_spans(core, used)

    def _agent_spans(self, core: list[Token], used: set[int]) -> list[tuple[str, bool, int, int]]:
        agents, start = [], 0
        while start < len(core):
            for size in range(min(4, len(core) - start), 0, -1):
                words = core[start:start + size]
                if used & set(range(start, start + size)) or any(_time_of_day(t.text) for t in words):
                    continue
                entry = self.dictionary.agent_entry(" ".join(t.text for t in words))
                if entry is not None:
                    code = ELITE if any(t.text.lower() in FORMER for t in core[:start]) else entry.code
                    agents.append((code, entry.prefix, core[start].start, core[start + size - 1].end))
                    start += size
                    break
            else:
                start += 1
        return agents


def _time_of_day(word: str) -> bool:
    """"p.m.", "a.m.": lower case with dots, never the agent "PM" (prime minister) they fold to."""
    return "." in word and word.islower()


def _combine(name: Found | None, agents: list[tuple[str, bool, int, int]], core: list[Token], *,
             alone: bool = False) -> Found:
    """ARN + ~GOV -> ARNGOV; NGO~ + ARN -> NGOARN; agents alone -> the role ("GOV"). The text spans
    the phrase and the name, or the name `alone`."""
    code = name.code if name else ""
    for agent, prefix, _, _ in agents:
        held = {code[i:i + 3] for i in range(0, len(code), 3)}
        agent = "".join(part for i in range(0, len(agent), 3) if (part := agent[i:i + 3]) not in held)
        if not agent:
            continue  # "Foreign Minister X" (GOV) with X known as ARNGOV; USAGOV + GOVMIL -> USAGOVMIL
        code = agent + code if prefix else code + agent
    if alone and name is not None:
        return Found(code, name.name, name.start, name.end, name.code)
    start = min([core[0].start] + ([name.start] if name else []))
    end = max([core[-1].end] + ([name.end] if name else []))
    return Found(code, name.name if name else None, start, end, name.code if name else "")


def _core(sent: Sentence, head: Token) -> list[Token]:
    """The phrase's words: modifiers before the head, and an "of" phrase after it
    ("the Prince of Dol Amroth", "the government of Gondor", "Ministry of Silly Walks"); nothing up
    to a verb the parser took for an adjective of the head ("Venezuela [blamed] Colombia")."""
    core = sent.subtree(head, skip=CORE_SKIP, limit=12)
    for child in sent.children(head, "nmod"):
        case = sent.child(child, "case")
        if case is not None and case.text.lower() == "of" and child.i > head.i and not _charge(sent, child):
            core += sent.subtree(child, skip=CORE_SKIP, limit=8) + [case]
    cut = predicate_before(sent, [t for t in core if t.pos in ("ADJ", "VERB")], head)
    return sorted((t for t in core if not _under_verb(sent, t, head) and t.i > cut), key=lambda t: t.i)


def _charge(sent: Sentence, phrase: Token) -> bool:
    """An "of" phrase that opens with a gerund in lower case: what someone is accused of ("the
    army [of bombing markets]"), not part of a name ("the Ministry of Mining")."""
    first = sent.subtree(phrase)[1:2]  # the word after "of"
    return bool(first) and first[0].text.islower() and first[0].text.endswith("ing")


def _under_verb(sent: Sentence, token: Token, head: Token) -> bool:
    """A word of a verb hung inside the phrase ("Arabia [severed] relations", misparsed): not the phrase's."""
    while token is not None and token is not head:
        if token.pos in ("VERB", "AUX") or perfect_auxiliary(sent, token) is not None:
            return True
        token = sent.head(token)
    return False


def _coordinated_modifiers(sent: Sentence, head: Token, core: list[Token]) -> list[tuple[Token, Token]]:
    """(modifier, its conjunct) for modifiers coordinated inside the phrase: "Chinese and Indian"."""
    return [(t, c) for t in core if t is not head for c in sent.children(t, "conj")
            if _modifier_name(c) and _modifier_name(t)][:4]


def _modifier_name(token: Token) -> bool:
    """An adjective or a name ("Chinese", "Cameroon", "C.A.R." even when tagged a common noun)."""
    return token.pos in ("ADJ", "PROPN") or token.pos == "NOUN" and token.text[:1].isupper()


def _bare_role(sent: Sentence, token: Token, actors: list[Found]) -> bool:
    """A conjunct that is a role word alone ("government", no name, no modifier)."""
    words = [c for c in sent.children(token) if c.dep not in ("cc", "punct", "det", "conj")]
    return len(actors) == 1 and not actors[0].base and not words


def _information(sent: Sentence, head: Token, core: list[Token]) -> bool:
    """"agreed to share [intelligence]": the word alone, with no modifier and no phrase of its
    own ("Israeli intelligence", "intelligence from Kenya" are the service)."""
    word = head.lemma.lower()
    return (word in INFORMATION_NOUNS and [t.lemma.lower() for t in core] == [word]
            and not sent.children(head, "nmod", "obl"))


def _place_listed(sent: Sentence, before: Token, conjunct: Token, actors: list[Found], role: Found) -> bool:
    """A bare country right after the place that gave the conjunct before it a role, which the
    parser hung on that role word, not on the place: "Lawmakers in Kenya and [Uganda]"."""
    if len(actors) != 1 or len(actors[0].code) != 3 or len(role.code) <= 3 or before.pos != "NOUN":
        return False
    if any(c.dep not in ("cc", "punct", "det") for c in sent.children(conjunct)):
        return False
    places = [c for c in sent.children(before, "nmod", "obl") if sent.case_word(c) in ("in", "from")]
    if not places or role.code[:3] == actors[0].code:
        return False
    last = max(t.i for t in sent.subtree(places[-1]))
    between = [sent.token(i) for i in range(last + 1, conjunct.i)]
    return all(t is not None and t.text.lower() in ("and", ",") for t in between)


def _with_country(role: Found, before: Found) -> Found:
    """The role of a bare conjunct with the country of the conjunct before it ("Danish media and
    government" -> DNKMED, DNKGOV; "Danish Islamist media and government" -> DNKMUSMED, DNKMUSGOV)."""
    if not before.base:
        return role
    base = before.code[:-3] if len(before.code) - len(before.base) >= 3 else before.code  # less its last role
    return Found(base + role.code, before.name, role.start, role.end, before.base)


def _split(found: Found) -> list[Found]:
    """A compound code ("FRO/BIL/SAM", several actors under one name) as one actor per code."""
    if "/" not in found.code:
        return [found]
    return [Found(code, found.name, found.start, found.end, code if found.base else "")
            for code in found.code.split("/") if code]


def _is_word(token: Token) -> bool:
    return token.pos not in ("PUNCT", "DET") and token.text not in ("'s", "’s", "'", "’")


def _unknown_person(entity: Any) -> bool:
    """A person the resolve stage found in no dictionary (it keeps the text with no code)."""
    actor = getattr(entity, "actor", None)
    return getattr(entity, "label", None) == "PERSON" and actor is not None and field_of(actor, "rule") == "unknown"


PAIR_REACH = 600  # characters before "both countries" in which the two are looked for
SIDE_NOUNS = frozenset({"side"})  # the pair noun that may be two sides within one country


def _subject_spans(sent: Sentence, head: Token) -> list[tuple[int, int]]:
    """The character spans of the subjects of the verb a noun is the object of."""
    verb = sent.head(head)
    if verb is None or head.dep not in ("obj", "iobj"):
        return []
    spans = []
    for subject in sent.children(verb, "nsubj", "nsubj:pass"):
        words = sent.subtree(subject)
        spans.append((min(t.start for t in words), max(t.end for t in words)))
    return spans
PAIR_DEPS = frozenset({"nsubj", "nsubj:pass", "obj", "iobj"})


def _entity_code(entity: Any) -> str | None:
    """An entity's actor code; for a place the resolve stage left without one ("Bakhmut", a town no
    actor dictionary lists), its country, as the dictionaries code the cities they list ("Kharkiv")."""
    return field_of(getattr(entity, "actor", None), "code") or field_of(getattr(entity, "place", None), "country")


def country_role(code: str) -> tuple[str | None, str | None]:
    return split_code(code)
