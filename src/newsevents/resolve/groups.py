"""Groups the entity recogniser does not mark: "Turkish troops", "Russian and Ukrainian
negotiators", "Egypt's foreign ministry", "the Defence Ministry".

A noun phrase whose head is a role word (agents dictionary or `lang.en.actors.ROLES`) and
whose modifiers name a country becomes a GROUP entity with that country and role; a
definite institution ("the Senate", "the foreign ministry") with no country takes the article's
focus country. A title right before a person ("Turkish Foreign Minister [Hakan Fidan]") or
an apposition to one is left to the person. Demonym entities inside a group are replaced by it.
"""
from __future__ import annotations

from ..lang.en.actors import INSTITUTIONS, PERSON_TITLES
from ..records import Entity, Token
from .context import Context, actor
from .titles import role_of

_MODIFIER_POS = frozenset({"NOUN", "PROPN", "ADJ"})
_MAX_RUN = 6
GROUP = "GROUP"


def find_groups(entities: list[Entity], ctx: Context) -> list[Entity]:
    """The entities with the groups added (in text order), demonyms inside them removed."""
    entities = _join_split_names(entities, ctx.text)
    taken = {t.i for e in entities if e.label in ("PERSON", "ORG") for t in ctx.tree.span(e.start, e.end)}
    found: list[Entity] = []
    for token in ctx.tree.tokens:
        if token.pos not in ("NOUN", "PROPN") or token.i in taken:
            continue
        if _ends_phrase(token, ctx):
            found += _group_at(token, taken, ctx)
        else:
            found += _titled_name(token, taken, ctx)
    if not found:
        return entities
    covered = [(g.start, g.end) for g in found]
    kept = [e for e in entities if not any(s <= e.start and e.end <= t for s, t in covered)]
    return sorted(kept + found, key=lambda e: (e.start, e.end))


def _join_split_names(entities: list[Entity], text: str) -> list[Entity]:
    """"Recep Tayyip" + "Erdogan", found as two names side by side, are one."""
    out: list[Entity] = []
    for e in entities:
        last = out[-1] if out else None
        if last and last.label == e.label == "PERSON" and not text[last.end:e.start].strip():
            out[-1] = Entity(text[last.start:e.end], "PERSON", last.start, e.end)
        else:
            out.append(e)
    return out


def _ends_phrase(token: Token, ctx: Context) -> bool:
    after = ctx.tree.following(token)
    if after is None:
        return True
    if after.ent == "PERSON" or after.pos in ("NOUN", "PROPN") and after.sent == token.sent:
        return False  # a modifier: "army [engineers]", "Ministry [spokesman]"
    return not (after.text == "," and _person_after(after, ctx))


def _person_after(comma: Token, ctx: Context) -> bool:
    nxt = ctx.tree.following(comma)
    return nxt is not None and nxt.ent == "PERSON"


def _group_at(head: Token, taken: set[int], ctx: Context) -> list[Entity]:
    run = _modifiers(head, taken, ctx)
    words = [t for t in run if not _country(t, ctx)] + [head]
    role, office = role_of([t.text.lower() for t in words if t.text not in ("'s", "’s")], ctx.actors)
    if office is None or role is None or not office.endswith(head.text.lower()):
        return []
    countries = [t for t in run if _country(t, ctx)]
    if countries:
        return _per_country(countries, run, head, role, ctx)
    phrase = " ".join(t.text.lower() for t in words)
    before = ctx.tree.previous(run[0] if run else head)
    definite = before is not None and before.text.lower() == "the"
    if definite and (office in INSTITUTIONS or head.text.lower() in INSTITUTIONS) and ctx.focus:
        start = (run[0] if run else head).start
        text = ctx.text[start:head.end]
        return [Entity(text, GROUP, start, head.end, actor=actor(text, ctx.focus, role, rule="institution"))]
    return []


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
    if not token.text[:1].isupper() or token.text.isupper() and len(token.text) > 3:
        return None
    match = ctx.actors.country(token.text)
    return match.country.iso3 if match is not None and match.kind != "capital" else None


def _per_country(countries: list[Token], run: list[Token], head: Token, role: str, ctx: Context) -> list[Entity]:
    """One group per country: "Russian and Ukrainian negotiators" -> "Russian", "Ukrainian negotiators"."""
    out = []
    for n, token in enumerate(countries):
        start, end = token.start, head.end if n == len(countries) - 1 else token.end
        text = ctx.text[start:end]
        out.append(Entity(text, GROUP, start, end, actor=actor(text, _country(token, ctx), role, rule="group")))
    return out
