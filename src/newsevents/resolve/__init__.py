"""Resolve stage: who, where and when.

`resolve_document(article, annotations)` reads the annotate stage's entities and parse and
returns new `Annotations` whose entities carry `actor` ({name, code, country, role, rule,
antecedent?}) and `place` ({name, lat, lon, country, kind, geonames_id, raw}), with `times`
filled and `focus` ({country, place, published_inferred}) set. Steps, in order:

1. the date: `article.published`, else one inferred from the text (recorded in `focus`);
2. places of the location entities, then the article's focus country and place;
3. groups and titled names the recogniser missed (`groups.py`), then actors of the entities
   (`actors.py`: countries and capitals acting, titles, appositions, the dictionary by date),
   then coreference (`coref.py`); a country or capital coded as an actor loses its `place`.
   The focus country codes untitled institutions and titled state officials only when firm
   (named in the text, or two places in it); a private person the text gives no country
   takes the one country of the places in their own sentence, else none;
4. times, each with the tense of the verb that governs it (`times.py`).

Without a parse (no tokens) only times and the focus are filled.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from ..actors import ActorDictionary, load_actor_dictionary
from ..places import text_countries
from ..records import Annotations, Article, Entity, field_of
from .actors import STATE_ROLES, resolve_entity
from .context import Context
from .coref import link
from .groups import find_groups
from .places import locate
from .times import document_times, published_of
from .tree import Tree

__all__ = ["firm_country", "resolve_document", "resolve_documents"]


def resolve_document(article: Article, annotations: Annotations, *,
                     actors: ActorDictionary | None = None) -> Annotations:
    """The annotations with actors, places, times and the focus filled in."""
    published, inferred = published_of(article)
    if article.language not in (None, "en"):  # the rules read English
        return replace(annotations, focus={"country": None, "place": None, "published_inferred": inferred})
    tree = Tree(annotations.tokens)
    entities, country, main = locate(list(annotations.entities), text=article.text, title=article.title)
    if annotations.tokens:
        ctx = Context(article.text, tree, actors or load_actor_dictionary(), _day(published),
                      firm_country(country, entities, article.text), _sentence_countries(entities, tree))
        entities = _actors(entities, ctx)
    times = document_times(article.text, published=published, tree=tree)
    focus = {"country": country, "place": main, "published_inferred": inferred}
    return replace(annotations, entities=tuple(entities), times=tuple(times), focus=focus)


def resolve_documents(articles, annotations, *, actors: ActorDictionary | None = None) -> list[Annotations]:
    """`resolve_document` over pairs; a failure keeps the annotations and says why in `note`."""
    return [_safe(a, n, actors) for a, n in zip(articles, annotations)]


def _safe(article: Article, annotations: Annotations, actors) -> Annotations:
    try:
        return resolve_document(article, annotations, actors=actors)
    except Exception as error:  # one bad article must not cost the batch
        note = f"resolve failed: {type(error).__name__}: {error}"
        return replace(annotations, note=f"{annotations.note}; {note}" if annotations.note else note)


def firm_country(country: str | None, entities, text: str) -> str | None:
    """The focus country, when firm enough to code actors by: the text names it (or its people),
    or two place mentions lie in it. One city of a common name is not enough."""
    if country is None:
        return None
    if country in text_countries(text):
        return country
    placed = sum(1 for e in entities if field_of(getattr(e, "place", None), "country") == country)
    return country if placed >= 2 else None


def _actors(entities: list[Entity], ctx: Context) -> list[Entity]:
    resolved, titles = [], {}
    for entity in find_groups(entities, ctx):
        if entity.actor is not None:
            resolved.append(entity)
            _remember_state(entity, ctx)
            if _organisation_like(entity):
                ctx.organisations.append(entity)
            continue
        done, title = resolve_entity(entity, ctx)
        _remember_state(done, ctx)
        if done.actor and done.actor.get("rule") in ("country", "metonym"):
            done = replace(done, place=None)
        resolved.append(done)
        if _organisation_like(done):
            ctx.organisations.append(done)  # "the company", "the group's adviser" may point back to it
        if title is not None:
            titles[done.start] = title
    return _titles_of_people(link(resolved, titles, ctx), ctx.text)


def _titles_of_people(entities: list[Entity], text: str) -> list[Entity]:
    """A title the recogniser cut off the name it belongs to ("[Secretary of State] [Marco Rubio]"):
    a role with no country right before a coded person is that person."""
    out = list(entities)
    for n, (title, person) in enumerate(zip(entities, entities[1:])):
        actor, other = title.actor or {}, person.actor or {}
        if (actor.get("role") and not actor.get("country") and not actor.get("antecedent")
                and person.label == "PERSON" and other.get("country")
                and not text[title.end:person.start].strip()):
            out[n] = replace(title, actor={**other, "rule": "title-of", "antecedent": person.start})
    return out


def _remember_state(entity: Entity, ctx: Context) -> None:
    """A body of the state with its country ("the Lao energy ministry"): a titled official the
    text gives no country right after it may be of it."""
    found = entity.actor or {}
    token = ctx.tree.at(entity.start)
    if token is not None and found.get("country") and found.get("role") in STATE_ROLES:
        ctx.state_actors.append((entity.start, token.sent, found["country"], found["role"],
                                 entity.text.split()[-1].lower()))


def _organisation_like(entity: Entity) -> bool:
    """A coded organisation, or a group named by its own name ("Kenya Ports Authority"), that
    "the company", "its chairman" may point back to."""
    if not entity.actor or not (entity.actor.get("code") or entity.actor.get("country")):
        return False
    return entity.label == "ORG" or entity.label == "GROUP" and entity.text.split()[-1][:1].isupper()


def _sentence_countries(entities: list[Entity], tree: Tree) -> dict[int, set[str]]:
    """The countries of the places each sentence names."""
    found: dict[int, set[str]] = {}
    for e in entities:
        token = tree.at(e.start) if e.place is not None and e.place.country else None
        if token is not None:
            found.setdefault(token.sent, set()).add(e.place.country)
    return found


def _day(published: str | None) -> date | None:
    try:
        return date.fromisoformat(published) if published else None
    except ValueError:
        return None
