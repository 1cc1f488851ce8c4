"""Within-document coreference for actors.

A later "Erdogan" (the surname of an earlier full name), "the president" / "the head of state" /
"the Turkish president" (a title an earlier person holds), "he" / "she" (a subject pronoun:
the nearest person before it, in its sentence or the one before), and an acronym of an
organisation named before ("the AU" after "the African Union") take the actor of the full
mention, with `antecedent` set to the full mention's start offset. So do a name the text gives
a person ("Mohamed Hamdan Dagalo, widely known as Hemedti"), "the judge" for a person titled
as one, the first word of an organisation's name ("Nordvik" after "Nordvik Maritime"), a noun
that points back to an organisation of its kind ("the company", "the bloc", "the charity":
`role_words.tsv`, kind back-reference) and a subject "they" whose nearest plural subject
before it heads a group ("Finnish police said that they had boarded"). Nominal mentions are
added as entities labelled NOMINAL, pronouns as PRONOUN.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..lang.en.actors import OBJECT_PRONOUNS, OFFICES, SUBJECT_PRONOUNS
from ..records import Entity, Token
from .context import Context
from .titles import Title, describe
from .tree import OBJECTS, SUBJECTS
from .words import BACK_REFERENCES, PERSON_TITLES

NOMINAL, PRONOUN = "NOMINAL", "PRONOUN"
_NOMINAL_POS = frozenset({"ADJ", "NOUN", "PROPN"})
_PERSONS = frozenset({"PERSON", NOMINAL})
_ORGANISATIONS = frozenset({"ORG", "NORP", "GROUP"})
_NOT_INITIALS = frozenset({"of", "the", "and", "for", "de", "la", "du", "des", "on", "in"})
_ALIAS = re.compile(  # "Mohamed Hamdan Dagalo, widely known as Hemedti"
    r",?\s+(?:(?:also|better|widely|commonly|popularly|locally)\s+)?(?:known as|nicknamed|dubbed)\s+"
    r"[\"'“‘]?([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})")
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})  # "Ferdinand Marcos Jr.": the surname is Marcos
_OPENING_QUOTES = frozenset({'"', "“", "‘", "'"})
# What "the group" does not point back to; a news outlet is mostly named as a source ("told VOA").
_NOT_ORGANISATIONS = frozenset({"GOV", "MIL", "COP", "LEG", "JUD", "SPY", "CVL", "MED"})


@dataclass
class Person:
    """A full mention and what later mentions may match it by."""

    start: int
    actor: dict
    surname: str
    office: str | None
    gender: str | None = None
    family_first: str | None = None  # the first word, a family name in East Asian order ("Kim" of "Kim Jong Un")


def link(entities: list[Entity], titles: dict[int, Title], ctx: Context) -> list[Entity]:
    entities = _acronyms(_glossed(entities, ctx), ctx)
    entities, aliases = _aliases(entities, ctx)
    entities = _short_organisations(entities, ctx)
    entities = sorted(entities + _back_references(entities, ctx), key=lambda e: (e.start, e.end))
    entities = sorted(entities + _they(entities, ctx), key=lambda e: (e.start, e.end))
    people = _full_mentions(entities, titles, ctx) + aliases
    if not people:
        return entities
    out = [_group_as_nominal(_surname(e, people, ctx), people, ctx) for e in entities]
    out += _missed_surnames(out, people, ctx)
    out += _nominals(out, people, ctx)
    out.sort(key=lambda e: (e.start, e.end))
    out += _pronouns(out, people, ctx)
    return sorted(out, key=lambda e: (e.start, e.end))


def _glossed(entities: list[Entity], ctx: Context) -> list[Entity]:
    """"the National Liberation Army (ELN)": letters in brackets right after a coded organisation
    stand for it, there and wherever the text uses them again."""
    meaning: dict[str, Entity] = {}
    out: list[Entity] = []
    for e in entities:
        named = meaning.get(e.text) if not _coded(e) else None
        before = out[-1] if out else None
        if named is None and before is not None and _glosses(e, before, ctx):
            meaning[e.text] = named = before
        out.append(e if named is None else replace(
            e, label="ORG", place=None, actor={**named.actor, "rule": "coref-acronym", "antecedent": named.start}))
    return out


def _glosses(entity: Entity, before: Entity, ctx: Context) -> bool:
    """Whether the entity is letters in brackets right after a coded organisation."""
    letters = entity.text.replace(".", "")
    return (not _coded(entity) and _coded(before) and before.label in _ORGANISATIONS
            and 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()
            and ctx.text[before.end:entity.start].strip() == "(" and ctx.text[entity.end:entity.end + 1] == ")")


def _coded(entity: Entity) -> bool:
    return bool(entity.actor and (entity.actor.get("code") or entity.actor.get("country")))


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


def _aliases(entities: list[Entity], ctx: Context) -> tuple[list[Entity], list[Person]]:
    """"Mohamed Hamdan Dagalo, widely known as Hemedti": the name given is the person's, here
    and later (whatever the recogniser made of it)."""
    found, people = [], []
    for e in entities:
        match = _ALIAS.match(ctx.text, e.end) if e.label == "PERSON" and e.actor else None
        if match is not None:
            start, end = match.span(1)
            found.append(Entity(match[1], "PERSON", start, end,
                                actor={**e.actor, "rule": "coref-alias", "antecedent": e.start}))
            people.append(Person(e.start, e.actor, match[1], None))
    if not found:
        return entities, people
    kept = [e for e in entities if not any(f.start < e.end and e.start < f.end for f in found)]
    return sorted(kept + found, key=lambda e: (e.start, e.end)), people


def _short_organisations(entities: list[Entity], ctx: Context) -> list[Entity]:
    """"Nordvik said", "Nordvik's chief executive" after "Nordvik Maritime": the first word
    of an organisation's name, when it is no country, capital or demonym, stands for it."""
    firsts: dict[str, Entity] = {}
    for e in entities:
        first = short_name(e, ctx) if e.label == "ORG" and e.actor else None
        if first and (e.actor.get("code") or e.actor.get("country")):
            if ctx.actors.country(first) is None and first.lower() not in BACK_REFERENCES:
                firsts.setdefault(first, e)
    if not firsts:
        return entities
    return [_as_organisation(e, firsts, ctx) for e in entities]


def short_name(entity: Entity, ctx: Context) -> str | None:
    """The first word of an organisation's name of two or more, when it is a proper noun
    ("Nordvik" of "Nordvik Maritime"; not "International" of "International Atomic Energy Agency")."""
    first = ctx.tree.at(entity.start)
    if " " not in entity.text or first is None or first.pos != "PROPN" or not first.text[:1].isupper():
        return None
    return first.text


def _as_organisation(entity: Entity, firsts: dict[str, Entity], ctx: Context) -> Entity:
    coded = entity.actor and (entity.actor.get("code") or entity.actor.get("country"))
    org = firsts.get(entity.text.strip()) if not coded and " " not in entity.text.strip() else None
    if org is None or org.end > entity.start:
        return entity
    return replace(entity, label="ORG", place=None,
                   actor={**org.actor, "rule": "coref-organisation", "antecedent": org.start})


def _back_references(entities: list[Entity], ctx: Context) -> list[Entity]:
    """"the company said", "the bloc would propose": the organisation named before that the
    noun fits (`role_words.tsv`, kind back-reference)."""
    organisations = [e for e in entities if e.label == "ORG" and e.actor and e.actor.get("code")]
    if not organisations:
        return []
    inside = {t.i for e in entities for t in ctx.tree.span(e.start, e.end)}
    found = []
    for token in ctx.tree.tokens:
        noun = ctx.tree.following(token) if token.text.lower() == "the" else None
        if noun is None or noun.i in inside or noun.text.lower() not in BACK_REFERENCES or _modifies(noun, ctx) \
                or _names_one(noun, ctx):
            continue
        org = antecedent(noun.text, noun.start, organisations)
        if org is not None:
            found.append(Entity(noun.text, NOMINAL, noun.start, noun.end,
                                actor={**org.actor, "rule": "coref-organisation", "antecedent": org.start}))
    return found


def _names_one(noun: Token, ctx: Context) -> bool:
    """"the Alliance of Sahel States": a capitalised noun with an "of" name after it is a name of
    its own, not a word pointing back to an organisation named before."""
    of = ctx.tree.following(noun)
    name = ctx.tree.following(of) if of is not None and of.text == "of" else None
    return noun.text[:1].isupper() and name is not None and name.text[:1].isupper()


def _modifies(noun: Token, ctx: Context) -> bool:
    """"the group leader": the noun is not the head of its phrase; "the group “Island
    Voices”": it introduces the name quoted after it."""
    after = ctx.tree.following(noun)
    if after is not None and after.text in _OPENING_QUOTES:
        after = ctx.tree.following(after)
        return after is not None and after.text[:1].isupper() and after.sent == noun.sent
    return after is not None and after.pos in ("NOUN", "PROPN") and after.sent == noun.sent


def _they(entities: list[Entity], ctx: Context) -> list[Entity]:
    """"Finnish police said that they had boarded": a subject "they" takes the group whose head
    is the last plural subject before it, in its sentence or the one before ("his members
    feared ... they" is not the union's employer named earlier)."""
    groups = {e.end: e for e in entities if e.label == "GROUP" and e.actor}
    found, subject = [], None  # the last plural subject noun before the token
    for token in ctx.tree.tokens:
        if (token.tag in ("NNS", "NNPS") or token.end in groups) and ctx.tree.role(token) in SUBJECTS:
            subject = token
            continue
        if token.text.lower() != "they" or (token.dep and token.dep not in SUBJECTS) or subject is None:
            continue
        group = groups.get(subject.end)
        if group is not None and subject.sent >= token.sent - 1:
            found.append(Entity(token.text, PRONOUN, token.start, token.end,
                                actor={**group.actor, "rule": "coref-pronoun", "antecedent": group.start}))
    return found


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
            surname = words[-2] if words[-1].lower().rstrip(".") in _SUFFIXES and len(words) > 2 else words[-1]
            people.append(Person(e.start, e.actor, surname, _canonical(title.office if title else None),
                                 family_first=words[0]))
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
    match = _named(entity.text, _earlier(people, entity.start))
    if match is None:
        return entity
    return replace(entity, label="PERSON", actor=_follow(match, rule="coref-name"), place=None)


def _named(word: str, people: list[Person]) -> Person | None:
    """The latest person whose surname is the word, else the latest whose name begins with it
    ("Kim" after "Kim Jong Un", "Xi" after "Xi Jinping")."""
    match = [p for p in people if p.surname == word] or [p for p in people if p.family_first == word]
    return match[-1] if match else None


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
        match = _named(token.text, _earlier(people, token.start))
        if match is not None:
            found.append(Entity(token.text, "PERSON", token.start, token.end, actor=_follow(match, rule="coref-name")))
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
        if person.office == office or _holds(person, office, ctx) or _same_role(title, person):
            return person
    return None


def _same_role(title: Title, person: Person) -> bool:
    """"the judge" for a person introduced as "Justice Margaret Wanjiru": a titled person of
    the same role, for roles other than government (too many offices share it)."""
    return person.office is not None and title.role not in (None, "GOV") and person.actor.get("role") == title.role


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
        word = token.text.lower()
        if word in OBJECT_PRONOUNS and token.dep in OBJECTS:
            gender = OBJECT_PRONOUNS[word]
            antecedent = _other_than_subject(token, mentions + found, genders, gender, ctx)
        else:
            gender = SUBJECT_PRONOUNS.get(word)
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
    """The person a subject pronoun points back to, among those of its gender before it in its
    sentence or the last: in its own sentence, the nearest subject ("Ruto told Abiy [he] would
    ..."); else the first subject of the sentence before ("Ruto met Abiy in Nairobi. [He] thanked
    him"); else the nearest person."""
    window = []  # nearest first
    for mention in reversed([m for m in mentions if m.end <= token.start]):
        first = ctx.tree.at(mention.start)
        if first is None or first.sent < token.sent - 1:
            break
        if genders.get(mention.actor.get("antecedent", mention.start), gender) == gender:
            window.append((mention, first.sent))
    if not window:
        return None
    same = [m for m, sent in window if sent == token.sent]
    subjects = [m for m in (same or [m for m, _ in window]) if _subject(m, ctx)]
    if subjects:
        return subjects[0] if same else subjects[-1]
    return window[0][0]


def _other_than_subject(token: Token, mentions: list[Entity], genders: dict[int, str], gender: str,
                        ctx: Context) -> Entity | None:
    """The person an object pronoun points back to: the nearest of its gender before it, in its
    sentence or the last, who is not its verb's subject ("Ruto met Abiy. He thanked [him]" is Abiy)."""
    verb = ctx.tree.tokens[token.head] if token.head != token.i else None
    subject = next((ctx.tree.tokens[i] for i in ctx.tree.children[verb.i] if ctx.tree.tokens[i].dep in SUBJECTS),
                   None) if verb is not None else None
    doer = next((m for m in mentions if subject is not None and m.start <= subject.start < m.end), None)
    doer_head = doer.actor.get("antecedent", doer.start) if doer is not None else None
    for mention in sorted((m for m in mentions if m.end <= token.start), key=lambda m: m.start, reverse=True):
        first = ctx.tree.at(mention.start)
        if first is None or first.sent < token.sent - 1:
            return None
        head = mention.actor.get("antecedent", mention.start)
        if head != doer_head and genders.get(head, gender) == gender and mention.label != PRONOUN:
            return mention
    return None


def _subject(mention: Entity, ctx: Context) -> bool:
    head = ctx.tree.root(ctx.tree.span(mention.start, mention.end))
    return head is not None and ctx.tree.role(head) in SUBJECTS


def antecedent(noun: str, start: int, organisations: list[Entity]) -> Entity | None:
    """The organisation a back-reference noun ("the company", "the bloc", "the group") points
    to: the nearest one named before `start` whose role fits the noun (`role_words.tsv`)."""
    roles = BACK_REFERENCES.get(noun.lower())
    if roles is None:
        return None
    return next((o for o in reversed(organisations) if o.end <= start and _fits(o.actor, roles)), None)


def _fits(found: dict, roles: tuple[str, ...]) -> bool:
    role = found.get("role")
    return role in roles if roles else role is not None and role not in _NOT_ORGANISATIONS

