"""Who is speaking: the speaker mention in a phrase, pronouns to antecedents, the speaker's actor."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..lang.en.quotes import PRONOUNS, TITLE_WORDS
from ..records import Token
from .context import Context

TRIM = " \t\n,;:.—–-\"'“”‘’«»‹›„()"
CLAUSE_CUT = re.compile(r",\s*(?:who|which|whose|where|speaking|adding|in a|at a|on |after )|\s+(?:on|at|in|after|during|to|from|before|when)\s+(?=[a-z])|,")
ORG_LABELS = ("ORG",)


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    kind: str  # "person", "org", "phrase", "pronoun"
    entity: Any = None

    def text(self, ctx: Context) -> str:
        return ctx.text[self.start:self.end]


def subject(ctx: Context, verb: Token) -> tuple[int, int] | None:
    """The span of the verb's subject; a participle or conjoined verb borrows its head's subject."""
    for _ in range(3):
        found = ctx.kids(verb.i, "nsubj")
        if found and not found[0].dep.endswith("pass"):
            ids = ctx.subtree(found[0].i)
            return ctx.tokens[ids[0]].start, ctx.tokens[ids[-1]].end
        if verb.dep.split(":")[0] not in ("conj", "advcl", "xcomp", "acl") or verb.head == verb.i:
            return None
        verb = ctx.tokens[verb.head]
    return None


def mention_in(ctx: Context, start: int, end: int, *, inverted: bool = False) -> Mention | None:
    """The speaker named in `text[start:end]`: a person before an organisation before the phrase."""
    start, end = _trim(ctx.text, start, end)
    if start >= end:
        return None
    if inverted:
        return _inverted(ctx, start, end)
    word = ctx.text[start:end].lower()
    if word in PRONOUNS:
        return Mention(start, end, "pronoun")
    return _person(ctx, start, end) or _phrase(ctx, start, end)


def _inverted(ctx: Context, start: int, end: int) -> Mention | None:
    """`said Grace Adeyemi, the union's secretary` / `said the bank's chief economist, Jane Doe`."""
    segments = [m.span() for m in re.finditer(r"[^,]+", ctx.text[start:end])][:2]
    for a, b in segments:
        found = _person(ctx, start + a, start + b)
        if found:
            return found
    a, b = segments[0]
    cut = CLAUSE_CUT.search(ctx.text, start + a, start + b)
    stop = cut.start() if cut else start + b
    s, e = _trim(ctx.text, start + a, stop)
    return _phrase(ctx, s, e) if s < e else None


def _person(ctx: Context, start: int, end: int) -> Mention | None:
    people = ctx.entities_in(start, end, "PERSON")
    if people:
        e = people[0]
        return Mention(_extend_left(ctx, e.start, start), e.end, "person", e)
    return _name_run(ctx, start, end)


def _name_run(ctx: Context, start: int, end: int) -> Mention | None:
    """The last run of capitalised proper nouns that is no organisation or place, titles left out."""
    others = [(e.start, e.end) for e in ctx.entities if e.label != "PERSON" and e.start < end and start < e.end]
    runs, run = [], []
    for t in ctx.tokens_in(start, end):
        named = t.pos == "PROPN" and t.text[:1].isupper() and t.text.lower() not in TITLE_WORDS
        named = named and not any(a <= t.start < b for a, b in others) and t.start >= start
        if named:
            run.append(t)
        elif run:
            runs.append(run)
            run = []
    runs += [run] if run else []
    runs = [r for r in runs if len(r) >= 2 or _alone(ctx, r[0], start, end)]
    return Mention(runs[-1][0].start, runs[-1][-1].end, "person") if runs else None


def _alone(ctx: Context, token: Token, start: int, end: int) -> bool:
    """A single capitalised word that is the whole phrase: a surname ("Lane said")."""
    s, e = _trim(ctx.text, start, end)
    return (s, e) == (token.start, token.end)


def _extend_left(ctx: Context, at: int, floor: int) -> int:
    """Take first names the entity recogniser left out: "Christine [Lagarde]"."""
    for t in reversed(ctx.tokens_in(floor, at)):
        if t.end > at or t.pos != "PROPN" or not t.text[:1].isupper() or t.text.lower() in TITLE_WORDS:
            break
        if any(e.start <= t.start < e.end and e.label != "PERSON" for e in ctx.entities):
            break
        at = t.start
    return at


def _phrase(ctx: Context, start: int, end: int) -> Mention | None:
    words = ctx.text[start:end].split()
    if not words or len(words) > 10:
        return None
    orgs = ctx.entities_in(start, end, *ORG_LABELS)
    if orgs and _trim(ctx.text, start, end) == (orgs[0].start, orgs[0].end):
        return Mention(start, end, "org", orgs[0])
    return Mention(start, end, "phrase")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in TRIM:
        start += 1
    while end > start and text[end - 1] in TRIM:
        end -= 1
    return start, end


def resolve(ctx: Context, mention: Mention, known: list[Mention], quoted: list[tuple[int, int]]) -> Mention:
    """A pronoun's antecedent: the resolve stage's, else the nearest compatible mention before it."""
    if mention.kind != "pronoun":
        return mention
    given = _given_antecedent(ctx, mention)
    if given:
        return given
    labels = PRONOUNS[mention.text(ctx).lower()]
    if "PERSON" not in labels:
        return mention
    people = [Mention(e.start, e.end, "person", e) for e in ctx.entities if e.label == "PERSON"]
    people += [m for m in known if m.kind == "person"]
    people = [m for m in people if m.end <= mention.start and not any(a <= m.start < b for a, b in quoted)]
    return max(people, key=lambda m: (m.start, m.end - m.start), default=mention)


def _given_antecedent(ctx: Context, mention: Mention) -> Mention | None:
    for e in ctx.entities:
        if (e.start, e.end) == (mention.start, mention.end) and isinstance(e.actor, dict):
            ante = e.actor.get("antecedent")
            if isinstance(ante, dict) and "start" in ante and "end" in ante:
                return Mention(ante["start"], ante["end"], "person", _entity_at(ctx, ante["start"], ante["end"]))
    return None


def _entity_at(ctx: Context, start: int, end: int) -> Any:
    return next((e for e in ctx.entities if e.start <= start and end <= e.end), None)


def full_name(ctx: Context, mention: Mention) -> str:
    """A surname's full name from elsewhere in the article: "Lane" -> "Philip Lane"."""
    text = mention.text(ctx)
    if mention.kind != "person" or " " in text:
        return text
    pattern = re.compile(r"\b((?:[A-Z][\w'’.-]+ )+)" + re.escape(text) + r"\b")
    for m in pattern.finditer(ctx.text):
        first = [w for w in m.group(1).split() if w.lower() not in TITLE_WORDS]
        if first and m.start() != mention.start:
            return " ".join(first[-2:] + [text])
    return text


def actor_of(ctx: Context, mention: Mention | None) -> dict[str, Any] | None:
    """`{name, code, country, role}`: the resolve stage's actor, else the dictionary's on the day."""
    if mention is None or mention.kind == "pronoun":
        return None
    entity = mention.entity or _entity_at(ctx, mention.start, mention.end)
    if entity is not None and isinstance(entity.actor, dict) and entity.actor.get("code"):
        return {k: entity.actor.get(k) for k in ("name", "code", "country", "role")}
    name = full_name(ctx, mention)
    found = _lookup(name, ctx)
    if found:
        return found
    return {"name": name, "code": None, "country": None, "role": None} if mention.kind == "person" else _agent(ctx, mention)


def _lookup(name: str, ctx: Context) -> dict[str, Any] | None:
    plain = re.sub(r"^(?:the|The)\s+", "", name)
    for match in _dictionary().lookup(plain, ctx.published):
        if match.code:
            return {"name": match.name, "code": match.code, "country": match.country, "role": match.role}
    return None


def _agent(ctx: Context, mention: Mention) -> dict[str, Any] | None:
    """ "Egypt's foreign ministry" -> EGYGOV: a country named in the phrase and an agent's role."""
    words = re.findall(r"[\w-]+", mention.text(ctx).replace("'s", " "))
    actors = _dictionary()
    country = next((c for w in words if w[:1].isupper() and (c := actors.country(w))), None)
    rest = [w for w in words if w.lower() not in ("the", "its", "their", "his", "her", "s")]
    rest = [w for w in rest if not (country and actors.country(w))]
    role = next((r for n in range(len(rest)) if (r := actors.agent(" ".join(rest[n:])))), None)
    if not country or not role:
        return None
    iso3 = country.country.iso3
    return {"name": mention.text(ctx), "code": iso3 + role, "country": iso3, "role": role}


@lru_cache(maxsize=1)
def _dictionary():
    from ..actors import load_actor_dictionary

    return load_actor_dictionary()
