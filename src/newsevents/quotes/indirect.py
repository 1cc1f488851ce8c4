"""Indirect speech: "X said (that) …", "…, X said", "X told reporters …", "according to X, …".

The reported clause is the speech verb's clausal complement in the parse (UD `ccomp`); a clause
before the verb ("Heavy rain swelled rivers …, the agency said") is taken from the sentence's
start. "according to" is read from the surface: the rest of the sentence is the clause.
"""
from __future__ import annotations

import re

from ..lang.en.quotes import ACCORDING_TO
from ..records import Token
from .context import Context, speech_lemma
from .direct import Found
from .speakers import TRIM, mention_in, subject

MIN_WORDS = 3
EDGE = " ,;:.—–-"


def indirect(ctx: Context, quoted: list[tuple[int, int]]) -> list[Found]:
    """Every reported clause outside quote marks, with its speaker and cue."""
    found = []
    for verb in ctx.tokens:
        if verb.pos != "VERB" or _inside(verb.start, quoted) or not speech_lemma(verb):
            continue
        clause = _clause(ctx, verb)
        if clause and _worth(ctx, clause, quoted):
            span = subject(ctx, verb)
            speaker = mention_in(ctx, *span) if span else _fronted_speaker(ctx, verb, clause)
            found.append(Found(clause[0], clause[1], "indirect", speaker, speech_lemma(verb)))
    return found + _according_to(ctx, quoted)


def _inside(at: int, quoted: list[tuple[int, int]]) -> bool:
    return any(a <= at < b for a, b in quoted)


def _clause(ctx: Context, verb: Token) -> tuple[int, int] | None:
    comps = ctx.kids(verb.i, "ccomp")
    if comps:
        ids = [i for i in ctx.subtree(comps[0].i) if ctx.tokens[i].dep != "mark" or i != ctx.subtree(comps[0].i)[0]]
        return _edges(ctx, ctx.tokens[ids[0]].start, ctx.tokens[ids[-1]].end)
    if verb.dep.split(":")[0] in ("parataxis", "ccomp", "advcl", "conj") and verb.head < verb.i:
        return _fronted(ctx, verb)
    return None


def _fronted(ctx: Context, verb: Token) -> tuple[int, int] | None:
    """`CLAUSE, SUBJECT said`: from the sentence's start to the comma before the subject."""
    own = ctx.subtree(verb.i)
    first = ctx.tokens[own[0]]
    before = ctx.text[:first.start].rstrip()
    if not before.endswith(","):
        return None
    sentence = [t for t in ctx.tokens if t.sent == verb.sent]
    return _edges(ctx, sentence[0].start, len(before) - 1)


def _fronted_speaker(ctx: Context, verb: Token, clause: tuple[int, int]):
    return mention_in(ctx, clause[1], verb.start) if clause[1] < verb.start else None


def _edges(ctx: Context, start: int, end: int) -> tuple[int, int] | None:
    text = ctx.text
    while start < end and text[start] in EDGE:
        start += 1
    if text[start:start + 5].lower() == "that ":
        start += 5
    while end > start and text[end - 1] in EDGE:
        end -= 1
    return (start, end) if start < end else None


def _worth(ctx: Context, clause: tuple[int, int], quoted: list[tuple[int, int]]) -> bool:
    """A clause of a few words, with a verb, that is not itself a quote in marks."""
    start, end = clause
    if len(ctx.text[start:end].split()) < MIN_WORDS:
        return False
    if not any(t.pos in ("VERB", "AUX") for t in ctx.tokens_in(start, end)):
        return False  # a clause has a verb: "Its chief executive, Tomas Lindqvist" is none
    inside = sum(min(end, b) - max(start, a) for a, b in quoted if a < end and start < b)
    return inside < 0.6 * (end - start)


def _according_to(ctx: Context, quoted: list[tuple[int, int]]) -> list[Found]:
    found = []
    cue = re.compile(r"\b(" + "|".join(ACCORDING_TO) + r")\b", re.I)
    for m in cue.finditer(ctx.text):
        if _inside(m.start(), quoted):
            continue
        sent_start, sent_end = _sentence(ctx, m.start())
        source_end = _source_end(ctx.text, m.end(), sent_end)
        speaker = mention_in(ctx, m.end(), source_end)
        if ctx.text[sent_start:m.start()].strip(TRIM):
            clause = _edges(ctx, sent_start, m.start())
        else:
            clause = _edges(ctx, source_end, sent_end)
        if clause and _worth(ctx, clause, quoted):
            found.append(Found(clause[0], clause[1], "indirect", speaker, m.group(1).lower()))
    return found


def _sentence(ctx: Context, at: int) -> tuple[int, int]:
    token = ctx.token_at(at)
    if token is None:
        return ctx.paragraph(at)
    sentence = [t for t in ctx.tokens if t.sent == token.sent]
    return sentence[0].start, sentence[-1].end


def _source_end(text: str, start: int, stop: int) -> int:
    comma = text.find(",", start, stop)
    return comma if comma >= 0 else stop
