"""Who is speaking: the speaker mention in a phrase, pronouns to antecedents, the speaker's actor."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..lang.en.quotes import PRONOUNS
from ..records import Token
from .context import Context, speech_lemma
from .names import is_title, name_runs, name_span
from .roles import role_antecedent
from ..lang.en.quotes import NAME_TITLES

TRIM = " \t\n,;:.—–-\"'“”‘’«»‹›„()"
CLAUSE_CUT = re.compile(r",\s*(?:who|which|whose|where|speaking|adding|in a|at a|on |after )|\s+(?:on|at|in|after|during|to|from|before|when)\s+(?=[a-z])|,")
ORG_LABELS = ("ORG",)
RELATIVE = re.compile(r",\s*(?:who|which|whose|where|that)\b")


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
        found = [k for k in ctx.kids(verb.i, "nsubj") if not ctx.in_dateline(k.start, k.end)]
        found = [k for k in found if k.i < verb.i][-1:] or found  # the subject nearest before the verb
        if found and not found[0].dep.endswith("pass"):
            ids = [i for i in ctx.subtree(found[0].i) if not ctx.in_dateline(ctx.tokens[i].start, ctx.tokens[i].end)]
            return ctx.tokens[ids[0]].start, ctx.tokens[ids[-1]].end
        if verb.dep.split(":")[0] not in ("conj", "advcl", "xcomp", "acl") or verb.head == verb.i:
            return None
        verb = _reporter(ctx, verb) or ctx.tokens[verb.head]
    return None


def _reporter(ctx: Context, verb: Token) -> Token | None:
    """`She added that A, and insisted that B`, parsed with `insisted` hung on A: she insisted."""
    head = ctx.tokens[verb.head]
    if verb.dep.startswith("conj") and head.dep.startswith("ccomp") and speech_lemma(verb) \
            and speech_lemma(ctx.tokens[head.head]) and head.head < verb.i:
        return ctx.tokens[head.head]
    return None


def mention_in(ctx: Context, start: int, end: int, *, inverted: bool = False) -> Mention | None:
    """The speaker named in `text[start:end]`: a person before an organisation before the phrase."""
    start, end = _trim(ctx.text, ctx.past_dateline(start), end)
    if start >= end:
        return None
    if inverted:
        return _inverted(ctx, start, end)
    relative = RELATIVE.search(ctx.text, start, end)  # `The port's new owner, which has promised …, says`
    start, end = _trim(ctx.text, start, relative.start() if relative else end)
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
    people = [e for e in ctx.entities_in(start, end, "PERSON")
              if not ctx.in_dateline(e.start, e.end) and not _possessive(ctx, e.end)]
    if people:
        e = people[0]
        s, t = name_span(ctx, e.start, e.end, start, end)
        e = next((p for p in people if (p.start, p.end) == (s, t)), e)  # "Khalid el-Tayeb" over "Brigadier Khalid"
        return Mention(s, t, "person", e)
    return _name_run(ctx, start, end)


def _possessive(ctx: Context, at: int) -> bool:
    """A name followed by 's owns the speaker ("Shell's chief executive, Wael Sawan"); it is not one."""
    return ctx.text[at:at + 2] in ("'s", "’s") or ctx.text[at:at + 1] in ("'", "’") and ctx.text[at - 1:at] == "s"


def _name_run(ctx: Context, start: int, end: int) -> Mention | None:
    """The last run of capitalised proper nouns that is no organisation or place, titles left out."""
    runs = [(a, b) for a, b, n in name_runs(ctx, start, end) if n >= 2 or _alone(ctx, a, b, start, end)]
    return Mention(runs[-1][0], runs[-1][1], "person") if runs else None


def _alone(ctx: Context, a: int, b: int, start: int, end: int) -> bool:
    """A single capitalised word that is the whole phrase: a surname ("Lane said")."""
    return _trim(ctx.text, start, end) == (a, b)


def _phrase(ctx: Context, start: int, end: int) -> Mention | None:
    words = ctx.text[start:end].split()
    if not words or len(words) > 10:
        return None
    orgs = ctx.entities_in(start, end, *ORG_LABELS)
    if orgs and _trim(ctx.text, start, end) == (orgs[0].start, orgs[0].end):
        return Mention(start, end, "org", orgs[0])
    for a, b in _segments(ctx.text, start, end)[1:]:  # `the company, DP World,`: the apposition names it
        named = [e for e in orgs if (e.start, e.end) == _trim(ctx.text, a, b)]
        if named:
            return Mention(named[0].start, named[0].end, "org", named[0])
    return Mention(start, end, "phrase")


def _segments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [(start + m.start(), start + m.end()) for m in re.finditer(r"[^,]+", text[start:end])]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in TRIM:
        start += 1
    while end > start and text[end - 1] in TRIM:
        end -= 1
    return start, end


def resolve(ctx: Context, mention: Mention, known: list[Mention], quoted: list[tuple[int, int]]) -> Mention:
    """A pronoun's antecedent (the resolve stage's, else the nearest compatible mention before it), or
    the person or organisation a role noun refers back to ("the judge" -> "Judge Mary Keller")."""
    if mention.kind == "phrase":
        return _role(ctx, mention) or mention
    if mention.kind != "pronoun":
        return mention
    given = _given_antecedent(ctx, mention)
    if given:
        return given
    labels = PRONOUNS[mention.text(ctx).lower()]
    if "PERSON" not in labels:
        return _organisation_antecedent(ctx, mention, quoted) if mention.text(ctx).lower() == "it" else mention
    people = [Mention(e.start, e.end, "person", e) for e in ctx.entities if e.label == "PERSON" or _titled_name(ctx, e)]
    people += [m for m in known if m.kind == "person"]
    people = [m for m in people if m.end <= mention.start and not any(a <= m.start < b for a, b in quoted)
              and not ctx.in_dateline(m.start, m.end)]
    return max(people, key=lambda m: (m.start, m.end - m.start), default=mention)


def _organisation_antecedent(ctx: Context, mention: Mention, quoted: list[tuple[int, int]]) -> Mention:
    """What "it" says: the nearest coded organisation that is a subject in its sentence ("Amnesty
    International urged the authorities to protect communities, which [it] said ..."), else the
    first such subject of the sentence before; the pronoun itself when there is none."""
    token = ctx.token_at(mention.start)
    if token is None:
        return mention
    window = []
    for e in ctx.entities:
        head = _subject_head(ctx, e)
        if head is not None and e.end <= mention.start and head.sent in (token.sent, token.sent - 1) \
                and not any(a <= e.start < b for a, b in quoted) and not ctx.in_dateline(e.start, e.end):
            window.append((e, head.sent))
    same = [e for e, sent in window if sent == token.sent]
    found = same[-1] if same else next((e for e, _ in window), None)
    return Mention(found.start, found.end, "org", found) if found is not None else mention


def _subject_head(ctx: Context, entity: Any) -> Token | None:
    """The word of a coded organisation or group that heads a subject, if it is one."""
    if entity.label not in ("ORG", "GROUP") or not isinstance(entity.actor, dict) or not entity.actor.get("code"):
        return None
    return next((t for t in ctx.tokens_in(entity.start, entity.end) if t.dep in ("nsubj", "nsubj:pass")), None)


def _titled_name(ctx: Context, entity: Any) -> bool:
    """A name the recogniser labelled otherwise but the resolve stage coded as a titled person:
    "The head of the port authority, Iryna Bondar (ORG), …" is still someone "she" can be."""
    if not isinstance(entity.actor, dict) or entity.actor.get("rule") != "title":
        return False
    tokens = [t for t in ctx.tokens_in(entity.start, entity.end) if t.start >= entity.start]
    return 2 <= len(tokens) <= 4 and all(t.pos == "PROPN" and t.text[:1].isupper() and not is_title(t) for t in tokens)


def _role(ctx: Context, mention: Mention) -> Mention | None:
    entity = role_antecedent(ctx, mention.start, mention.end)
    if entity is None:
        return None
    if entity.label != "PERSON":
        return Mention(entity.start, entity.end, "org", entity)
    start, end = name_span(ctx, entity.start, entity.end, entity.start, ctx.paragraph(entity.start)[1])
    return Mention(start, end, "person", entity)


def _given_antecedent(ctx: Context, mention: Mention) -> Mention | None:
    for e in ctx.entities:
        if (e.start, e.end) == (mention.start, mention.end) and isinstance(e.actor, dict):
            ante = e.actor.get("antecedent")
            if isinstance(ante, dict) and "start" in ante and "end" in ante:
                return Mention(ante["start"], ante["end"], "person", _entity_at(ctx, ante["start"], ante["end"]))
    return None


def _entity_at(ctx: Context, start: int, end: int) -> Any:
    """The entity that holds the mention; else the one that ends it ("the [interior ministry]"); else
    an organisation that only common nouns follow ("the [United Nations] human rights office")."""
    holding = next((e for e in ctx.entities if e.start <= start and end <= e.end), None)
    return holding or next((e for e in ctx.entities if start <= e.start and e.end == end), None) \
        or next((e for e in ctx.entities if start <= e.start and e.end < end and e.label == "ORG"
                 and ctx.text[e.end:end].strip().islower()), None)  # "the [United Nations] human rights office"


def full_name(ctx: Context, mention: Mention) -> str:
    """A surname's full name from elsewhere in the article: "Lane" -> "Philip Lane"."""
    text = mention.text(ctx)
    if mention.kind != "person" or " " in text:
        return text
    pattern = re.compile(r"\b((?:[A-Z][\w'’.-]+ )+)" + re.escape(text) + r"\b")
    for m in pattern.finditer(ctx.text):
        first = [w for w in m.group(1).split() if w.lower() not in NAME_TITLES]
        if first and m.start() != mention.start:
            return " ".join(first[-2:] + [text])
    return text


def actor_of(ctx: Context, mention: Mention | None) -> dict[str, Any] | None:
    """`{name, code, country, role}`: the resolve stage's actor, else the dictionary's on the day."""
    if mention is None or mention.kind == "pronoun":
        return None
    entity = mention.entity or _entity_at(ctx, mention.start, mention.end)
    if entity is not None and isinstance(entity.actor, dict) and entity.actor.get("code"):
        found = {k: entity.actor.get(k) for k in ("name", "code", "country", "role")}
        if mention.kind == "person" and found["name"] == entity.text != mention.text(ctx):
            found["name"] = full_name(ctx, mention)  # the entity's own words, a title glued on: the name
        return found
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
    iso3 = country.country.iso3 if country else _possessor_country(ctx, mention)
    if not iso3 or not role:
        return None
    return {"name": mention.text(ctx), "code": iso3 + role, "country": iso3, "role": role}


def _possessor_country(ctx: Context, mention: Mention) -> str | None:
    """The country of a coded name that owns the phrase: "President William Ruto's government" -> KEN."""
    for e in ctx.entities:
        if mention.start <= e.start and e.end < mention.end and ctx.text.startswith(("'s", "’s"), e.end):
            country = e.actor.get("country") if isinstance(e.actor, dict) else None
            if country:
                return country
    return None


@lru_cache(maxsize=1)
def _dictionary():
    from ..actors import load_actor_dictionary

    return load_actor_dictionary()
