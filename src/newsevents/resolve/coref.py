"""Within-document coreference for actors.

A later "Erdogan" (the surname of an earlier full name), "the president" / "the head of state" /
"the Turkish president" (a title an earlier person holds), "he" / "she" (a subject pronoun:
the nearest person before it, in its sentence or the one before), and an acronym of an
organisation named before ("the AU" after "the African Union") take the actor of the full
mention, with `antecedent` set to the full mention's start offset. Nominal mentions are added
as entities labelled NOMINAL, pronouns as PRONOUN.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from ..lang.en.actors import OFFICES, PERSON_TITLES, SUBJECT_PRONOUNS
from ..records import Entity, Token
from .context import Context
from .titles import Title, describe
from .tree import SUBJECTS

NOMINAL, PRONOUN = "NOMINAL", "PRONOUN"
_NOMINAL_POS = frozenset({"ADJ", "NOUN", "PROPN"})
_PERSONS = frozenset({"PERSON", NOMINAL})
_ORGANISATIONS = frozenset({"ORG", "NORP", "GROUP"})
_NOT_INITIALS = frozenset({"of", "the", "and", "for", "de", "la", "du", "des", "on", "in"})


@dataclass
class Person:
    """A full mention and what later mentions may match it by."""

    start: int
    actor: dict
    surname: str
    office: str | None
    gender: str | None = None


def link(entities: list[Entity], titles: dict[int, Title], ctx: Context) -> list[Entity]:
    entities = _acronyms(entities, ctx)
    people = _full_mentions(entities, titles, ctx)
    if not people:
        return entities
    out = [_group_as_nominal(_surname(e, people, ctx), people, ctx) for e in entities]
    out += _missed_surnames(out, people, ctx)
    out += _nominals(out, people, ctx)
    out.sort(key=lambda e: (e.start, e.end))
    out += _pronouns(out, people, ctx)
    return sorted(out, key=lambda e: (e.start, e.end))


def _acronyms(entities: list[Entity], ctx: Context) -> list[Entity]:
    """"the AU" after "the African Union": a capitalised short word the recogniser missed that
    spells the initials of an organisation named before, or that the dictionary codes as one."""
    named = [e for e in entities if e.actor and e.actor.get("code") and e.label in _ORGANISATIONS]
    if not named:
        return entities
    inside = {t.i for e in entities for t in ctx.tree.span(e.start, e.end)}
    found = []
    for token in ctx.tree.tokens:
        text = token.text.replace(".", "")
        if token.i in inside or not (2 <= len(text) <= 6 and text.isalpha() and text.isupper()):
            continue
        earlier = [e for e in named if e.end <= token.start]
        match = next((e for e in reversed(earlier) if _initials(e.text) == text or _same_code(text, e, ctx)), None)
        if match is not None:
            found.append(Entity(token.text, "ORG", token.start, token.end,
                                actor={**match.actor, "rule": "coref-acronym", "antecedent": match.start}))
    return sorted(entities + found, key=lambda e: (e.start, e.end)) if found else entities


def _initials(name: str) -> str:
    words = [w for w in name.replace("-", " ").split() if w.lower() not in _NOT_INITIALS]
    return "".join(w[0] for w in words).upper()


def _same_code(text: str, entity: Entity, ctx: Context) -> bool:
    return any(m.code == entity.actor["code"] for m in ctx.actors.lookup(text, ctx.on))


def _full_mentions(entities, titles, ctx) -> list[Person]:
    people = []
    for e in entities:
        words = e.text.split()
        if e.label == "PERSON" and len(words) >= 2 and e.actor:
            title = titles.get(e.start)
            people.append(Person(e.start, e.actor, words[-1], _canonical(title.office if title else None)))
    return people


def _canonical(office: str | None) -> str | None:
    if office is None:
        return None
    for canonical, words in OFFICES.items():
        if office in words:
            return canonical
    return office


def _earlier(people: list[Person], start: int) -> list[Person]:
    return [p for p in people if p.start < start]


def _follow(person: Person, *, rule: str) -> dict:
    return {**person.actor, "rule": rule, "antecedent": person.start}


def _surname(entity: Entity, people: list[Person], ctx: Context) -> Entity:
    if " " in entity.text.strip():
        return entity
    match = [p for p in _earlier(people, entity.start) if p.surname == entity.text]
    if not match:
        return entity
    return replace(entity, label="PERSON", actor=_follow(match[-1], rule="coref-name"), place=None)


def _group_as_nominal(entity: Entity, people: list[Person], ctx: Context) -> Entity:
    """"the Turkish president": a group rule found it; it is one person named before."""
    first = ctx.tree.at(entity.start)
    before = ctx.tree.previous(first) if first is not None else None
    if entity.label != "GROUP" or before is None or before.text.lower() != "the":
        return entity
    tokens = ctx.tree.span(entity.start, entity.end)
    if _names_someone(tokens[-1], before, ctx):
        return entity
    title = describe(tokens, ctx.actors, ctx.on)
    if title is None or title.office not in PERSON_TITLES:
        return entity
    person = _holder(title, _earlier(people, entity.start), ctx)
    if person is None:
        return entity
    return replace(entity, label=NOMINAL, actor=_follow(person, rule="coref-title"))


def _missed_surnames(entities: list[Entity], people: list[Person], ctx: Context) -> list[Entity]:
    """"Stam said": a surname the recogniser did not mark."""
    inside = {t.i for e in entities for t in ctx.tree.span(e.start, e.end)}
    found = []
    for token in ctx.tree.tokens:
        if token.i in inside or not token.text[:1].isupper() or token.pos not in ("PROPN", "NOUN"):
            continue
        match = [p for p in _earlier(people, token.start) if p.surname == token.text]
        if match:
            found.append(Entity(token.text, "PERSON", token.start, token.end,
                                actor=_follow(match[-1], rule="coref-name")))
    return found


def _nominals(entities: list[Entity], people: list[Person], ctx: Context) -> list[Entity]:
    """"the president", "the Turkish president", "the head of state"."""
    inside = {t.i for e in entities for t in ctx.tree.span(e.start, e.end)}
    found = []
    for token in ctx.tree.tokens:
        if token.text.lower() != "the" or token.i in inside:
            continue
        phrase = _nominal_phrase(token, ctx)
        if not phrase or any(t.i in inside for t in phrase) or _names_someone(phrase[-1], token, ctx):
            continue
        title = describe(phrase, ctx.actors, ctx.on)
        said = " ".join(t.text.lower() for t in phrase)
        if said in OFFICES:  # "the head of state"
            title = Title(None, "GOV", None, said)
        if title is None or title.office not in PERSON_TITLES:
            continue
        person = _holder(title, _earlier(people, token.start), ctx)
        if person is not None:
            start, end = phrase[0].start, phrase[-1].end
            found.append(Entity(ctx.text[start:end], NOMINAL, start, end, actor=_follow(person, rule="coref-title")))
    return found


def _nominal_phrase(the: Token, ctx: Context) -> list[Token]:
    run, token = [], ctx.tree.following(the)
    while token is not None and token.sent == the.sent and len(run) < 5:
        if token.pos in _NOMINAL_POS or (token.text == "of" and run):
            run.append(token)
            token = ctx.tree.following(token)
        else:
            break
    while run and run[-1].text == "of":
        run.pop()
    return run


def _names_someone(last: Token, the: Token, ctx: Context) -> bool:
    """A title in apposition or before a name is not a reference back."""
    after, before = ctx.tree.following(last), ctx.tree.previous(the)
    if after is not None and (after.ent == "PERSON" or after.text == "," and _person_next(after, ctx)):
        return True
    return before is not None and before.text == "," and _person_before(before, ctx)


def _person_next(comma: Token, ctx: Context) -> bool:
    nxt = ctx.tree.following(comma)
    return nxt is not None and nxt.ent == "PERSON"


def _person_before(comma: Token, ctx: Context) -> bool:
    prev = ctx.tree.previous(comma)
    return prev is not None and prev.ent == "PERSON"


def _holder(title: Title, people: list[Person], ctx: Context) -> Person | None:
    office = _canonical(title.office)
    for person in reversed(people):
        country = person.actor.get("country")
        if title.country and country != title.country:
            continue
        if person.office == office or _holds(person, office, ctx):
            return person
    return None


def _holds(person: Person, office: str | None, ctx: Context) -> bool:
    country = person.actor.get("country")
    if not office or not country or ctx.on is None:
        return False
    return any(t.name == person.actor.get("name") for t in ctx.actors.holders(country=country, office=office, on=ctx.on))


def _pronouns(entities: list[Entity], people: list[Person], ctx: Context) -> list[Entity]:
    """"he said", "she told reporters": the nearest person before, in this sentence or the last."""
    mentions = [e for e in entities if e.label in _PERSONS and e.actor]
    genders: dict[int, str] = {}
    found = []
    for token in ctx.tree.tokens:
        gender = SUBJECT_PRONOUNS.get(token.text.lower())
        if gender is None or (token.dep and token.dep not in SUBJECTS):
            continue
        antecedent = _nearest(token, mentions, genders, gender, ctx)
        if antecedent is None:
            continue
        head = antecedent.actor.get("antecedent", antecedent.start)
        genders[head] = gender
        found.append(Entity(token.text, PRONOUN, token.start, token.end,
                            actor={**antecedent.actor, "rule": "coref-pronoun", "antecedent": head}))
    return found


def _nearest(token: Token, mentions: list[Entity], genders: dict[int, str], gender: str, ctx: Context):
    for mention in reversed([m for m in mentions if m.end <= token.start]):
        sentence = ctx.tree.at(mention.start)
        if sentence is None or sentence.sent < token.sent - 1:
            return None
        head = mention.actor.get("antecedent", mention.start)
        if genders.get(head, gender) == gender:
            return mention
    return None
