"""A person's name as it stands in the text: titles and ranks off, first names and particles on.

The entity recogniser may glue a title to a name ("Brigadier Khalid") or cut it short ("Khalid"
of "Khalid el-Tayeb", "Sami bin" of "Sami bin Hassan"); the speaker is the name itself.
"""
from __future__ import annotations

import re
from typing import Any

from ..records import Token
from .context import Context
from ..lang.en.quotes import NAME_PARTICLES, NAME_TITLES

HYPHENS = frozenset("-‐‑")
PARTICLE_PREFIX = re.compile(r"(?:" + "|".join(sorted(NAME_PARTICLES, key=len, reverse=True)) + r")[-‐‑'’]\w", re.I)


def name_span(ctx: Context, start: int, end: int, floor: int, ceiling: int) -> tuple[int, int]:
    """The name in entity `text[start:end]`, titles off, widened within `floor`..`ceiling`."""
    tokens = [t for t in ctx.tokens_in(start, end) if t.start >= start]
    while len(tokens) > 1 and is_title(tokens[0]):
        tokens.pop(0)
    if tokens:
        start = tokens[0].start
    return _left(ctx, start, floor), _right(ctx, end, ceiling)


def is_title(token: Token) -> bool:
    return token.text.lower() in NAME_TITLES


def is_name(ctx: Context, token: Token) -> bool:
    """A capitalised proper noun that is no title and no part of an organisation or place."""
    return (token.pos == "PROPN" and token.text[:1].isupper() and not is_title(token)
            and not any(e.start <= token.start < e.end for e in blocking(ctx)))


def blocking(ctx: Context) -> list[Any]:
    """Entities that are not people; an "organisation" that opens with a title is a mislabelled name."""
    return [e for e in ctx.entities if e.label != "PERSON" and not _titled(ctx, e)]


def _titled(ctx: Context, entity: Any) -> bool:
    first = next(iter(ctx.tokens_in(entity.start, entity.end)), None)
    return first is not None and first.start >= entity.start and is_title(first)


def _left(ctx: Context, at: int, floor: int) -> int:
    """Take first names the entity recogniser left out: "Christine [Lagarde]"."""
    for t in reversed(ctx.tokens_in(floor, at)):
        if t.end > at or t.start < floor or not is_name(ctx, t) or ctx.text[t.end:at] not in ("", " "):
            break
        at = t.start
    return at


def _right(ctx: Context, at: int, ceiling: int) -> int:
    """Take what follows a name and belongs to it: "Khalid [el-Tayeb]", "Sami [bin Hassan]"."""
    tokens = [t for t in ctx.tokens_in(at, ceiling) if t.start >= at and t.end <= ceiling]
    n = 0
    while n < len(tokens):
        t, gap = tokens[n], ctx.text[at:tokens[n].start]
        nxt = tokens[n + 1] if n + 1 < len(tokens) else None
        if gap == "" and t.text in HYPHENS and nxt is not None and nxt.start == t.end and nxt.text[:1].isalpha():
            at, n = nxt.end, n + 2  # el[-Tayeb]
        elif gap == " " and _particle(ctx, t, nxt):
            at, n = t.end, n + 1  # [bin] Hassan, [el]-Tayeb
        elif gap == " " and PARTICLE_PREFIX.match(t.text):
            at, n = t.end, n + 1  # [al-Burhan] as one token
        elif gap == " " and is_name(ctx, t) and (t.dep.startswith("flat") or _leans_back(ctx, t, at)):
            at, n = t.end, n + 1
        else:
            break
    return at


def _particle(ctx: Context, token: Token, nxt: Token | None) -> bool:
    if token.text.lower() not in NAME_PARTICLES or not token.text[:1].islower() or nxt is None:
        return False
    return (nxt.start == token.end and nxt.text in HYPHENS) or (nxt.start == token.end + 1 and is_name(ctx, nxt))


def _leans_back(ctx: Context, token: Token, at: int) -> bool:
    """The parse hangs the word on a proper noun just before it: one name."""
    head = ctx.tokens[token.head]
    return head.i < token.i and head.pos == "PROPN" and head.end <= at and token.i - head.i <= 3


def name_runs(ctx: Context, start: int, end: int) -> list[tuple[int, int, int]]:
    """Runs of name words in `text[start:end]` as (start, end, words), particles and hyphens inside
    a run kept, a possessor left out ("Acme Corp's chief")."""
    runs, run = [], []
    for t in ctx.tokens_in(start, end):
        if t.start < start:
            continue
        if is_name(ctx, t):
            run.append(t)
        elif run and _joins(ctx, t, run[-1]):
            run.append(t)
        elif run:
            runs += [] if t.text in ("'s", "’s", "'", "’") and t.start == run[-1].end else [run]
            run = []
    runs += [run] if run else []
    spans = []
    for r in runs:
        while r and not is_name(ctx, r[-1]):
            r.pop()
        if r:
            spans.append((r[0].start, _right(ctx, r[-1].end, end), len(r)))
    return spans


def _joins(ctx: Context, token: Token, last: Token) -> bool:
    """A particle or a hyphen inside a name: "Sami [bin] Hassan", "el[-]Tayeb"."""
    if token.text in HYPHENS:
        return token.start == last.end
    return token.text.lower() in NAME_PARTICLES and token.text[:1].islower()
