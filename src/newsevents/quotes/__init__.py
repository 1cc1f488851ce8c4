"""Quotes: who said what.

`find_quotes(article, annotations)` reads the quote marks of the clean text (every style scraped
news carries, nested, across paragraphs, glued to the next word), tells direct quotes from partial
and scare quotes, adds indirect speech from the parse ("X said that …", "according to X"), and
attributes each to a speaker: a name, a title or apposition, an organisation, or a pronoun's
antecedent, coded by the entity's actor or the actor dictionary on the article's date.

    >>> from newsevents.quotes import find_quotes
    >>> [q.kind for q in find_quotes(article, annotations)]
    ['direct', 'partial', 'indirect']
"""
from __future__ import annotations

from ..records import Annotations, Article
from .context import Context
from .direct import Found, classify, quoted_ranges
from .indirect import indirect
from .marks import scan
from .records import KINDS, Quote
from .speakers import Mention, actor_of, resolve

__all__ = ["find_quotes", "Quote", "KINDS"]


def find_quotes(article: Article, annotations: Annotations) -> tuple[Quote, ...]:
    """Every quote of the article, in text order."""
    ctx = Context.of(article, annotations)
    spans = scan(article.text)
    quoted = quoted_ranges(spans)
    reported = indirect(ctx, quoted)
    found = classify(ctx, spans, reported) + reported
    known: list[Mention] = [f.speaker for f in found if f.speaker is not None]
    quotes = {(f.start, f.end, f.kind): _quote(ctx, f, known, quoted) for f in found}
    return tuple(sorted(quotes.values(), key=lambda q: (q.start, q.end)))


def _quote(ctx: Context, found: Found, known: list[Mention], quoted: list[tuple[int, int]]) -> Quote:
    speaker = resolve(ctx, found.speaker, known, quoted) if found.speaker else None
    return Quote(
        text=ctx.text[found.start:found.end], start=found.start, end=found.end,
        speaker={"text": speaker.text(ctx), "start": speaker.start, "end": speaker.end} if speaker else None,
        speaker_actor=actor_of(ctx, speaker), cue=found.cue, kind=found.kind,
    )
