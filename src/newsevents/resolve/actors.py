"""Actors of the annotate stage's entities, read in context.

Rules, in order, for each entity:
- a country or capital named as subject or object of a clause is an actor ("Beijing said" ->
  CHN GOV, "accused Moscow" -> RUS GOV, "Turkey offered" -> TUR); in a place phrase ("in
  Moscow") it stays a place;
- a person or organisation with a title before it ("Kremlin spokesman Dmitry Peskov") or an
  apposition next to it ("Ukraine's foreign minister, Dmytro Kuleba") takes the title's country
  and role, the dictionary filling what the title leaves open, then the article's focus country;
- a location entity named like an organisation ("Port of Rotterdam Authority") is one;
- an organisation no dictionary knows takes the country its name holds ("Rwandan Patriotic
  Front" -> RWA); a person followed by "administration" ("the Bush administration") is that
  person's government;
- otherwise the dictionary by the article's date, then a shorter form of a known person's
  name ("Carlos Menem" for Carlos Saul Menem, "President Reagan"); a person the date falls
  outside all dated codes of is the country's former official (ELI); unknown people keep
  their text, with no code.
"""
from __future__ import annotations

from dataclasses import replace

from .words import INSTITUTIONS, ORG_HEADS
from ..actors import ActorMatch, split_code
from ..actors.records import NULL_CODES
from ..records import Entity, Token
from .context import Context, actor, from_match, unknown
from .titles import Title, describe, role_of
from .tree import OBJECTS, SUBJECTS

_TITLE_POS = frozenset({"NOUN", "PROPN", "ADJ"})
_CLAUSE_STOP = frozenset({"VERB", "AUX", "SCONJ", "PRON"})
_APPOSITION_STOP = frozenset({",", ";", ":", ".", "(", ")", "—", "–", '"', "“", "”"})
_MAX_TITLE = 8
_ACTOR_LABELS = frozenset({"PERSON", "ORG", "NORP"})
_PLACE_LABELS = frozenset({"LOC", "GPE", "FAC"})
_GOVERNMENT_WORDS = frozenset({"administration", "government", "cabinet"})


def resolve_entity(entity: Entity, ctx: Context) -> tuple[Entity, Title | None]:
    """The entity with its actor (or None for a plain place), and the title that coded it."""
    tokens = ctx.tree.span(entity.start, entity.end)
    if entity.label in _PLACE_LABELS and _named_like_organisation(tokens):
        entity = replace(entity, label="ORG", place=None)
    as_country = _country_actor(entity, tokens, ctx)
    if as_country is not False:
        return replace(entity, actor=as_country), None
    if entity.label not in _ACTOR_LABELS or (entity.label == "NORP" and as_country is False
                                             and ctx.actors.country(_bare(entity.text))):
        return entity, None  # a demonym alone: the group rules give it its noun
    if entity.label == "PERSON":
        government = _government_of(entity, tokens, ctx)
        if government is not None:
            return government, None
        title = title_of(tokens, ctx)
        return replace(entity, actor=_coded(entity, title, ctx)), title
    return replace(entity, actor=_organisation(entity, tokens, ctx)), None


def _country_actor(entity: Entity, tokens: list[Token], ctx: Context):
    """An actor for a country or capital acting in the clause, None for one that is a place,
    False when the entity is no country or capital."""
    name = _bare(entity.text)
    match = ctx.actors.country(name) if name and not name.isupper() else None
    if match is None or match.kind == "demonym":
        return False
    root = ctx.tree.root(tokens)
    if root is None or not _acts(root, ctx):
        return None
    capital = match.kind == "capital"
    rule = "metonym" if capital else "country"
    return actor(match.country.name, match.country.iso3, "GOV" if capital else None, rule=rule)


def _named_like_organisation(tokens: list[Token]) -> bool:
    """"Port of Rotterdam Authority": a capitalised name ending in an organisation word."""
    return len(tokens) > 1 and tokens[-1].text[:1].isupper() and tokens[-1].text.lower() in ORG_HEADS


def _government_of(entity: Entity, tokens: list[Token], ctx: Context) -> Entity | None:
    """"the Bush administration", "the Netanyahu government": the person's government, as an
    organisation spanning both words."""
    after = ctx.tree.following(tokens[-1]) if tokens else None
    if after is None or after.text.lower() not in _GOVERNMENT_WORDS:
        return None
    text = ctx.text[entity.start:after.end]
    found = [m for m in ctx.actors.lookup(_bare(text), ctx.on) if m.code]
    if found:
        return Entity(text, "ORG", entity.start, after.end, actor=from_match(found[0]))
    person = _coded(entity, None, ctx)
    if person is None or not person.get("country"):
        return None
    return Entity(text, "ORG", entity.start, after.end, actor=actor(text, person["country"], "GOV", rule="name"))


def _acts(root: Token, ctx: Context) -> bool:
    dep = ctx.tree.role(root)
    if dep in SUBJECTS or dep in OBJECTS or dep == "ROOT":
        return True
    after, before = ctx.tree.following(root), ctx.tree.previous(root)
    if before is not None and before.pos in ("ADP", "CCONJ"):
        return False
    # "Moscow accused": a verb right after, whatever the parse says
    return after is not None and after.pos in ("VERB", "AUX") and dep not in ("pobj", "compound", "poss")


def _bare(text: str) -> str:
    text = text.strip()
    if text.lower().startswith("the "):
        text = text[4:]
    for suffix in ("'s", "’s"):
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    return text


def title_of(tokens: list[Token], ctx: Context) -> Title | None:
    """The title before the entity, else an apposition before or after it."""
    if not tokens:
        return None
    for phrase in (_premodifiers(tokens[0], ctx), _apposition_before(tokens[0], ctx),
                   _apposition_after(tokens[-1], ctx)):
        if phrase:
            found = describe(phrase, ctx.actors, ctx.on)
            if found is not None:
                country = None if found.country else _of_country(tokens[-1], ctx)
                return replace(found, country=country) if country else found
    return None


def _of_country(last: Token, ctx: Context) -> str | None:
    """"King Hassan [of Morocco]": the country named right after the name."""
    of = ctx.tree.following(last)
    if of is None or of.text != "of":
        return None
    words, token = [], ctx.tree.following(of)
    while token is not None and token.pos == "PROPN" and len(words) < 3:
        words.append(token.text)
        match = ctx.actors.country(" ".join(words))
        if match is not None and match.kind == "name":
            return match.country.iso3
        token = ctx.tree.following(token)
    return None


def _premodifiers(first: Token, ctx: Context) -> list[Token]:
    """"Chinese Foreign Ministry spokesman [Wang Wenbin]": the nouns and adjectives right before."""
    run, token = [], ctx.tree.previous(first)
    while token is not None and len(run) < _MAX_TITLE:  # the parser may split "Union leader | Niek Stam"
        if token.pos in _TITLE_POS or token.tag == "POS" or token.text in ("'s", "’s"):
            if token.ent == "PERSON":
                break
            run.insert(0, token)
            token = ctx.tree.previous(token)
        else:
            break
    return run


def _apposition_before(first: Token, ctx: Context) -> list[Token]:
    """"the Israeli ambassador to the UN, [Gilad Erdan]": the phrase before a comma."""
    comma = ctx.tree.previous(first)
    if comma is None or comma.text != ",":
        return []
    run, token = [], ctx.tree.previous(comma)
    while token is not None and token.sent == first.sent and len(run) < _MAX_TITLE:
        if token.pos in _CLAUSE_STOP or token.text in _APPOSITION_STOP:
            break
        run.insert(0, token)
        token = ctx.tree.previous(token)
    return run


def _apposition_after(last: Token, ctx: Context) -> list[Token]:
    """"[Marco Bellini], the mayor of Faenza,": the phrase after a comma, up to the next."""
    comma = ctx.tree.following(last)
    if comma is None or comma.text != ",":
        return []
    run, token = [], ctx.tree.following(comma)
    while token is not None and token.sent == last.sent and len(run) < _MAX_TITLE:
        if token.pos in _CLAUSE_STOP or token.text in _APPOSITION_STOP or token.ent == "PERSON":
            break
        run.append(token)
        token = ctx.tree.following(token)
    return run if run and (run[0].text.lower() in ("the", "a", "an") or run[0].pos == "NOUN") else []


def _organisation(entity: Entity, tokens: list[Token], ctx: Context) -> dict | None:
    """"the U.S. Senate", "the FNV union", "Kremlin": the name with the words around it.

    A generic institution ("the Senate") takes the country the text gives it, else the
    article's focus; the dictionary's country (Phoenix reads "Senate" as the US one) comes last.
    """
    if not tokens:
        return None
    phrase = _premodifiers(tokens[0], ctx) + tokens + _head_nouns(tokens[-1], ctx)
    title = describe(phrase, ctx.actors, ctx.on)
    matches = [m for m in ctx.actors.lookup(_bare(entity.text), ctx.on) if m.code]
    generic = _bare(entity.text).lower() in INSTITUTIONS
    if matches and matches[0].role is None and not _is_country_name(entity.text, ctx):
        return None  # a city Phoenix codes as its country ("Kharkiv"): a place, not an actor
    if matches and not generic and (title is None or title.country in (None, matches[0].country)):
        return from_match(matches[0])
    if (title is None or title.empty) and not matches and entity.label == "ORG":
        person_like = title_of(tokens, ctx)  # "Grace Adeyemi, the union's regional secretary": a person the recogniser called an organisation
        if person_like is not None and not person_like.empty and person_like.role:
            return _coded(replace(entity, label="PERSON"), person_like, ctx)
        own = _country_in_name(tokens, ctx)
        if own is not None:  # "Rwandan Patriotic Front", "Montenegro Municipality Association"
            return actor(entity.text, own, None, rule="name")
    if title is None or title.empty:
        return from_match(matches[0]) if matches else unknown(entity.text) if entity.label == "ORG" else None
    if title.code and not title.country:
        return actor(entity.text, None, title.code[:3], code=title.code, rule="title")
    fallback = matches[0].country if matches else None
    country = title.country or ctx.focus or fallback
    own = role_of([_bare(entity.text).lower()], ctx.actors)[0] if generic else None
    role = own or title.role or (title.code[3:6] if title.code else None) or (matches[0].role if matches else None)
    return actor(entity.text, country, role, rule="institution" if generic else "title")


def _country_in_name(tokens: list[Token], ctx: Context) -> str | None:
    """The one country a name's own words name or qualify ("Rwandan", "Montenegro"), else None."""
    found = set()
    for token in tokens:
        if token.text[:1].isupper() and not (token.text.isupper() and len(token.text) > 3):
            match = ctx.actors.country(token.text)
            if match is not None and match.kind != "capital":
                found.add(match.country.iso3)
    return found.pop() if len(found) == 1 else None


def _is_country_name(text: str, ctx: Context) -> bool:
    match = ctx.actors.country(_bare(text))
    return match is not None and match.kind == "name"


def _head_nouns(last: Token, ctx: Context) -> list[Token]:
    """"[FNV] union": common nouns right after the name, in its noun phrase."""
    run, token = [], ctx.tree.following(last)
    while token is not None and token.pos == "NOUN" and len(run) < 3:
        run.append(token)
        token = ctx.tree.following(token)
    return run


def _coded(entity: Entity, title: Title | None, ctx: Context) -> dict | None:
    known = _known(entity, title, ctx)
    if title is None or title.empty or (title.role is None and title.country is None and not title.code):
        if known is not None:
            return from_match(known)
        return unknown(entity.text) if entity.label == "PERSON" else None
    if title.code and title.country is None and title.role is None or (title.code and not title.country):
        country, role, code = None, title.code[:3], title.code  # an IGO or NGO: its own code
        return actor(entity.text, country, role, code=code, rule="title")
    country = title.country or (known.country if known else None) or ctx.focus
    role = title.role or (known.role if known else None) or (title.code and title.code[3:6]) or None
    if known is not None and known.country == country and known.role == role:
        return from_match(known, rule="title")
    return actor(entity.text, country, role, rule="title")


def _known(entity: Entity, title: Title | None, ctx: Context) -> ActorMatch | None:
    """What the dictionary says of the name on the article's day: the name itself, else (for a
    person) a shorter form of a known name, of one country only."""
    name = _bare(entity.text)
    found = ctx.actors.lookup(name, ctx.on)
    if found:
        return found[0] if found[0].code else _former(found[0])
    if entity.label != "PERSON":
        return None
    people = [m if m.code else _former(m) for m in ctx.actors.lookup_person(name, ctx.on)]
    people = [m for m in people if m is not None and m.country]
    if title is not None and title.country:
        people = [m for m in people if m.country == title.country]
    titled = title is not None and not title.empty
    if not people or len({m.country for m in people}) > 1 or (" " not in name and not titled and len(people) > 1):
        return None
    return people[0]


def _former(match: ActorMatch) -> ActorMatch | None:
    """A person the day falls outside all dated codes of (Mitterrand in 2000): a former official
    (ELI) of their one country; None for a name coded "do not code" or of several countries."""
    codes = [c for c in match.entry.codes if c.dated and c.code not in NULL_CODES]
    countries = {split_code(c.code)[0] for c in codes}
    if len(countries) != 1 or None in countries:
        return None
    country = countries.pop()
    return replace(match, code=country + "ELI", country=country, role="ELI")
