"""Groups the entity recogniser does not mark: "Turkish troops", "Russian and Ukrainian
negotiators", "Egypt's foreign ministry", "the Defence Ministry".

A noun phrase whose head is a role word (agents dictionary or `lang.en.actors.ROLES`) and
whose modifiers name a country becomes a GROUP entity with that country and role; a
definite institution ("the Senate", "the foreign ministry") with no country takes the article's
focus country, and so does a bare state force or institution ("sent army engineers", "police
said", "lawmakers are due to debate", "called on parliament"). A place
among the modifiers or after the head gives the country ("Darfur rebels", "rebels in Darfur");
"ethnic" makes a demonym a people, not its state ("ethnic Albanians in south Serbia" -> SRB).
A kind of organisation with a country before a name the recogniser missed ("the Finnish
telecoms company [Elisa]") makes the name an organisation of that country; a proper-noun head
followed by "of" and capitalised words ("Kenya National Chamber of Commerce and Industry") is a
missed name, coded by its words. A title right before a person ("Turkish Foreign Minister
[Hakan Fidan]") or an apposition to one is left to the person. Demonym entities inside a group are replaced by it.
"""
from __future__ import annotations

import re

from ..lang.en.actors import COUNTRY_LEADERS
from ..records import Entity, Token
from .words import INSTITUTIONS, PERSON_TITLES
from .context import Context, actor, from_match
from .titles import role_of

_MODIFIER_POS = frozenset({"NOUN", "PROPN", "ADJ"})
_MAX_RUN = 6
_COUNTRY_WORDS = 3  # words of the longest country name looked for around a modifier
_HYPHEN_TAIL = re.compile(  # "-Bertrand Aristide", "-Wiwa", "-ur-Rehman", " al-Bashir"
    r"(?:-(?:[a-z]{1,3}-)?[A-Z][\w'’]+(?: [A-Z][\w'’]+)?|\s(?:al|el|bin|ibn|abu|ben|bint|ould)[- ][A-Z][\w'’]+)"
    r"(?=[\s,.;:!?)]|$)")
GROUP = "GROUP"
STATE_FORCES = frozenset({"MIL", "COP", "LEG"})  # a bare "troops", "police", "lawmakers" is the focus country's
NAMED_KINDS = frozenset({"BUS", "NGO", "MED"})  # "the Finnish telecoms company [Elisa]": the name is the actor


def find_groups(entities: list[Entity], ctx: Context) -> list[Entity]:
    """The entities with the groups added (in text order), demonyms inside them removed."""
    entities = _join_split_names(entities, ctx.text)
    taken = {t.i for e in entities if e.label in ("PERSON", "ORG") for t in ctx.tree.span(e.start, e.end)}
    places = {t.i: e.place.country for e in entities if e.place is not None and e.place.country
              for t in ctx.tree.span(e.start, e.end)}
    found: list[Entity] = []
    for token in ctx.tree.tokens:
        if token.pos not in ("NOUN", "PROPN") or token.i in taken:
            continue
        if _ends_phrase(token, ctx) or _names_organisation(token, taken, ctx):
            found += _group_at(token, taken, places, ctx)
        else:
            found += _titled_name(token, taken, ctx)
    if not found:
        return entities
    covered = [(g.start, g.end) for g in found]
    kept = [e for e in entities if not any(s <= e.start and e.end <= t for s, t in covered)]
    return sorted(kept + found, key=lambda e: (e.start, e.end))


def _join_split_names(entities: list[Entity], text: str) -> list[Entity]:
    """"Recep Tayyip" + "Erdogan", found as two names side by side, are one; a name cut at a
    hyphen or a particle ("Jean" of "Jean-Bertrand Aristide", "Omar Hassan" of "Omar Hassan
    al-Bashir") is made whole."""
    out: list[Entity] = []
    for e in entities:
        if e.label == "PERSON":
            e = _hyphen_tail(e, text)
        last = out[-1] if out else None
        if last and last.label == e.label == "PERSON" and e.start <= last.end:
            continue  # taken in by the name before
        if last and last.label == e.label == "PERSON" and not text[last.end:e.start].strip():
            out[-1] = Entity(text[last.start:e.end], "PERSON", last.start, e.end)
        else:
            out.append(e)
    return out


def _hyphen_tail(entity: Entity, text: str) -> Entity:
    tail = _HYPHEN_TAIL.match(text, entity.end)
    if tail is None:
        return entity
    return Entity(text[entity.start:tail.end()], "PERSON", entity.start, tail.end())


def _ends_phrase(token: Token, ctx: Context) -> bool:
    after = ctx.tree.following(token)
    if after is None:
        return True
    if after.ent == "PERSON":
        return False
    if after.pos in ("NOUN", "PROPN") and after.sent == token.sent and _modifies_next(token, ctx):
        return False  # a modifier: "army [engineers]", "Ministry [spokesman]"; not "the government [today]"
    return not (after.text == "," and _person_after(after, ctx))


def _modifies_next(token: Token, ctx: Context) -> bool:
    """Whether the token modifies a noun of the run of nouns right after it."""
    if token.dep == "compound":
        return True
    nxt = ctx.tree.following(token)
    while nxt is not None and nxt.pos in _MODIFIER_POS and nxt.sent == token.sent:
        if token.head == nxt.i:
            return True
        nxt = ctx.tree.following(nxt)
    return False


def _person_after(comma: Token, ctx: Context) -> bool:
    nxt = ctx.tree.following(comma)
    return nxt is not None and nxt.ent == "PERSON"


def _group_at(head: Token, taken: set[int], places: dict[int, str], ctx: Context) -> list[Entity]:
    run = _modifiers(head, taken, ctx)
    if _ethnic(run, head, ctx):
        return _ethnic_group(run, head, places, ctx)
    tail = _of_tail(head, taken, ctx) if head.pos == "PROPN" and not head.ent else []
    if tail:
        return _long_name(run, head, tail, places, ctx)
    words = [t for t in run if not _country(t, ctx)] + [head]
    role, office = role_of([t.text.lower() for t in words if t.text not in ("'s", "’s")], ctx.actors)
    if role is None and head.text.lower() in COUNTRY_LEADERS and run and _only_countries(run, places, ctx):
        role, office = "GOV", head.text.lower()  # "Israeli leader", "Russian and DPRK leaders"
    if office is None or role is None or not office.endswith(head.text.lower()):
        return []
    countries = [t for t in run if _country(t, ctx)]
    if countries:
        return _per_country(countries, run, head, role, ctx, taken)
    named = _known_phrase(run, head, ctx)
    if named is not None:  # "the Reagan administration"
        return [named]
    if _after_organisation(run[0] if run else head, ctx):
        return []  # "Hamas officials in Cairo": the organisation's people, not the place's
    start = (run[0] if run else head).start
    text = ctx.text[start:head.end]
    where = next((places[t.i] for t in run if t.i in places), None) or _place_after(head, places, ctx)
    if where is not None:  # "Darfur rebels", "rebels in Darfur", "police in Nairobi"
        return [Entity(text, GROUP, start, head.end, actor=actor(text, where, role, rule="group"))]
    before = ctx.tree.previous(run[0] if run else head)
    definite = before is not None and before.text.lower() == "the"
    if definite and (office in INSTITUTIONS or head.text.lower() in INSTITUTIONS) and ctx.focus:
        return [Entity(text, GROUP, start, head.end, actor=actor(text, ctx.focus, role, rule="institution"))]
    bare_state = role in STATE_FORCES or office in INSTITUTIONS
    if bare_state and ctx.focus and (before is None or _bare_before(before)):
        return [Entity(text, GROUP, start, head.end, actor=actor(text, ctx.focus, role, rule="institution"))]
    return []


def _only_countries(run: list[Token], places: dict[int, str], ctx: Context) -> bool:
    """Whether the words before a head name countries and nothing else ("Russian and DPRK")."""
    return all(_country(t, ctx) or t.i in places or t.text.lower() in ("and", ",", "'s", "’s") for t in run)


def _of_tail(head: Token, taken: set[int], ctx: Context) -> list[Token]:
    """"[Chamber] of Commerce and Industry": "of" and the capitalised words after a proper-noun head."""
    of = ctx.tree.following(head)
    if of is None or of.text != "of":
        return []
    tail, token = [of], ctx.tree.following(of)
    while token is not None and token.i not in taken and token.sent == head.sent and len(tail) < 6 and (
            token.pos in ("PROPN", "NOUN") and token.text[:1].isupper() or token.text in ("and", "&")):
        tail.append(token)
        token = ctx.tree.following(token)
    while tail and tail[-1].text in ("of", "and", "&"):
        tail.pop()
    return tail


def _long_name(run: list[Token], head: Token, tail: list[Token], places: dict[int, str], ctx: Context) -> list[Entity]:
    """"the Kenya National Chamber of Commerce and Industry": a name the recogniser missed, as
    an organisation of the country its words name and the role of its words."""
    names = [t for t in run if t.pos == "PROPN" or _country(t, ctx)]
    start = (names[0] if names else head).start
    words = [t.text.lower() for t in names + [head] + tail if not _country(t, ctx)]
    role = role_of(words, ctx.actors)[0]
    countries = {_country(t, ctx) or places.get(t.i) for t in names + tail} - {None}
    country = countries.pop() if len(countries) == 1 else None
    if role is None and country is None:
        return []
    text = ctx.text[start:tail[-1].end]
    return [Entity(text, "ORG", start, tail[-1].end, actor=actor(text, country, role, rule="name"))]


def _known_phrase(run: list[Token], head: Token, ctx: Context) -> Entity | None:
    """The phrase from its first proper noun, when the dictionary knows it ("Reagan administration")."""
    first = next((t for t in run if t.pos == "PROPN"), None)
    if first is None:
        return None
    text = ctx.text[first.start:head.end]
    found = [m for m in ctx.actors.lookup(text, ctx.on) if m.code]
    if not found:
        return None
    return Entity(text, GROUP, first.start, head.end, actor=from_match(found[0], rule="group"))


def _after_organisation(first: Token, ctx: Context) -> bool:
    """Whether a name the recogniser marked as an organisation comes right before the phrase."""
    before = ctx.tree.previous(first)
    return before is not None and before.sent == first.sent and before.ent == "ORG"


def _bare_before(token: Token) -> bool:
    """"sent [army engineers]", "the [police]": no possessive or other determiner before the group."""
    return token.text.lower() == "the" or token.pos in ("VERB", "AUX", "ADP", "CCONJ", "PUNCT", "SCONJ")


def _place_after(head: Token, places: dict[int, str], ctx: Context) -> str | None:
    """"rebels [in Darfur]", "guerrillas operating [in Macedonia]": the country of a place a few
    words after the head, after "in" or "from"."""
    token, seen = ctx.tree.following(head), 0
    while token is not None and token.sent == head.sent and seen < 4:
        if token.pos == "PUNCT" or token.pos in ("VERB", "AUX") and token.tag not in ("VBG", "VBN"):
            return None
        nxt = ctx.tree.following(token)
        if token.text.lower() in ("in", "from", "of") and nxt is not None:
            while nxt is not None and nxt.i not in places and nxt.pos == "ADJ":  # "in south Serbia"
                nxt = ctx.tree.following(nxt)
            return places.get(nxt.i) if nxt is not None else None
        token, seen = nxt, seen + 1
    return None


def _ethnic(run: list[Token], head: Token, ctx: Context) -> bool:
    """"ethnic Albanian guerrillas", "ethnic Albanians": a people, not its state."""
    first = run[0] if run else head
    before = ctx.tree.previous(first)
    word = first if first.text.lower() == "ethnic" else before
    return word is not None and word.text.lower() == "ethnic"


def _ethnic_group(run: list[Token], head: Token, places: dict[int, str], ctx: Context) -> list[Entity]:
    """An ethnic group takes the country of a place after it ("in south Serbia"), else none."""
    people = [t for t in run + [head] if _country(t, ctx)]
    if not people:
        return []
    words = [t.text.lower() for t in run + [head] if t not in people and t.text.lower() != "ethnic"]
    role = role_of(words, ctx.actors)[0] if words else None
    where = _place_after(head, places, ctx)
    if where is None and role is None:
        return []
    start = people[0].start
    text = ctx.text[start:head.end]
    return [Entity(text, GROUP, start, head.end, actor=actor(text, where, role, rule="group"))]


def _titled_name(head: Token, taken: set[int], ctx: Context) -> list[Entity]:
    """"Turkish Foreign Minister [Hakan Fidan]" when the recogniser missed the name: the
    capitalised words after a title become a PERSON entity (its actor comes later, from the title)."""
    nxt = ctx.tree.following(head)
    if nxt is None or nxt.i in taken:
        return []
    role, office = role_of([head.text.lower()], ctx.actors)
    if office is None or office not in PERSON_TITLES:
        return []
    name = []
    while (nxt is not None and nxt.pos == "PROPN" and nxt.text[:1].isupper() and len(name) < 4
           and (nxt.i not in taken or nxt.ent == "PERSON")):  # "Samia Suluhu [Hassan]": take in a half-found name
        name.append(nxt)
        nxt = ctx.tree.following(nxt)
    if len(name) < 2:
        return []
    taken.update(t.i for t in name)
    return [Entity(ctx.text[name[0].start:name[-1].end], "PERSON", name[0].start, name[-1].end)]


def _modifiers(head: Token, taken: set[int], ctx: Context) -> list[Token]:
    """The words before the head in its noun phrase; coordinated demonyms included."""
    run, token = [], ctx.tree.previous(head)
    while token is not None and token.sent == head.sent and len(run) < _MAX_RUN and token.i not in taken:
        if token.pos in _MODIFIER_POS or token.text in ("'s", "’s") or token.tag == "VBG":  # "the mining ministry"
            run.insert(0, token)
        elif token.text.lower() in ("and", ",") and run and _country(run[0], ctx):
            earlier = ctx.tree.previous(token)
            if earlier is None or not _country(earlier, ctx):
                break
            run.insert(0, token)
        else:
            break
        token = ctx.tree.previous(token)
    return run


def _country(token: Token, ctx: Context) -> str | None:
    found = _country_name(token, ctx)
    return found[0] if found is not None else None


def _country_name(token: Token, ctx: Context) -> tuple[str, int, int] | None:
    """(country, start, end) of the longest country name or demonym of up to three capitalised words
    that holds the token: "North Korea's envoy" is North Korea's, not Korea's."""
    if not _capitalised(token):
        return None
    best = None
    for left in range(_COUNTRY_WORDS):
        first = _step(token, -left, ctx)
        for right in range(_COUNTRY_WORDS - left):
            last = _step(token, right, ctx)
            if first is None or last is None or best is not None and best[2] - best[1] >= last.end - first.start:
                continue
            match = ctx.actors.country(ctx.text[first.start:last.end])
            if match is not None and match.kind != "capital":
                best = (match.country.iso3, first.start, last.end)
    return best


def _step(token: Token, n: int, ctx: Context) -> Token | None:
    """The token `n` words away (before when negative) in the sentence, if it and all between are capitalised."""
    move = ctx.tree.previous if n < 0 else ctx.tree.following
    for _ in range(abs(n)):
        nxt = move(token)
        if nxt is None or nxt.sent != token.sent or not _capitalised(nxt):
            return None
        token = nxt
    return token


def _capitalised(token: Token) -> bool:
    return (token.text[:1].isupper() and token.pos in _MODIFIER_POS
            and not (token.text.isupper() and len(token.text.replace(".", "")) > 3 and token.ent != "LOC"))


def _per_country(countries: list[Token], run: list[Token], head: Token, role: str, ctx: Context,
                 taken: set[int]) -> list[Entity]:
    """One group per country: "Russian and Ukrainian negotiators" -> "Russian", "Ukrainian negotiators"."""
    out = []
    names = list(dict.fromkeys(_country_name(t, ctx) for t in countries))  # "North" and "Korea": one name
    for n, (country, start, end) in enumerate(names):
        end = head.end if n == len(names) - 1 else end
        text = ctx.text[start:end]
        out.append(Entity(text, GROUP, start, end, actor=actor(text, country, role, rule="group")))
    name = _name_after(head, taken, ctx) if role in NAMED_KINDS and len(countries) == 1 else []
    if name:  # "the Norwegian shipping group Nordvik": the company, of the country its description gives
        start, end = name[0].start, name[-1].end
        text = ctx.text[start:end]
        out[-1] = Entity(text, "ORG", start, end, actor=actor(text, out[-1].actor["country"], role, rule="apposition"))
    return out


def _names_organisation(head: Token, taken: set[int], ctx: Context) -> bool:
    """"[company] Elisa": a word for a kind of organisation right before a name the recogniser missed."""
    before = ctx.tree.previous(head)
    words = ([before.text.lower()] if before is not None else []) + [head.text.lower()]
    return role_of(words, ctx.actors)[0] in NAMED_KINDS and bool(_name_after(head, taken, ctx))


def _name_after(head: Token, taken: set[int], ctx: Context) -> list[Token]:
    """The capitalised proper nouns right after the head, in its sentence, none of them taken."""
    name, token = [], ctx.tree.following(head)
    while (token is not None and token.pos == "PROPN" and token.text[:1].isupper() and token.sent == head.sent
           and token.i not in taken and len(name) < 4):
        name.append(token)
        token = ctx.tree.following(token)
    return name
