"""The article as the quote finder reads it: text, tokens with their children, entities, paragraphs."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..lang.en.quotes import IRREGULAR_FORMS, SPEECH_VERBS
from ..records import Annotations, Article, Token
from ..lang.en.datelines import DATELINE
from ..lang.en.quotes import ABBREVIATIONS

SENTENCE_END = re.compile(r"[.!?…](?=[\s\"'”’»›]*(?:\s|$))")
# A full stop that ends an abbreviation or an initial, not a sentence: "Lt. Gen. Yasser", "Roy V. Trinidad".
ABBREVIATION = re.compile(r"(?:\b[A-Z]|\b(?i:" + "|".join(re.escape(w[:-1]) for w in sorted(ABBREVIATIONS)) + r"))\.$")
VERB_TAGS = ("VB",)


@dataclass
class Context:
    text: str
    tokens: tuple[Token, ...]
    entities: tuple[Any, ...]
    published: date | None
    starts: list[int] = field(default_factory=list)
    children: dict[int, list[int]] = field(default_factory=dict)
    datelines: list[tuple[int, int]] = field(default_factory=list)

    @classmethod
    def of(cls, article: Article, annotations: Annotations) -> "Context":
        ctx = cls(article.text, annotations.tokens, annotations.entities, _day(article.published))
        ctx.starts = [t.start for t in ctx.tokens]
        for t in ctx.tokens:
            if t.head != t.i:
                ctx.children.setdefault(t.head, []).append(t.i)
        ctx.datelines = [m.span() for m in DATELINE.finditer(ctx.text)]
        return ctx

    def past_dateline(self, start: int) -> int:
        """`start`, moved past a dateline ("KOSTI, Sudan — ") it falls in: a dateline never speaks."""
        for a, b in self.datelines:
            if a <= start < b:
                return b
        return start

    def in_dateline(self, start: int, end: int) -> bool:
        return any(a <= start and end <= b for a, b in self.datelines)

    def tokens_in(self, start: int, end: int) -> list[Token]:
        lo = bisect.bisect_left(self.starts, start)
        if lo > 0 and self.tokens[lo - 1].end > start:
            lo -= 1  # a token that straddles `start`: `talks”said`
        hi = bisect.bisect_left(self.starts, end)
        return list(self.tokens[lo:hi])

    def token_at(self, at: int) -> Token | None:
        i = bisect.bisect_right(self.starts, at) - 1
        return self.tokens[i] if 0 <= i < len(self.tokens) and self.tokens[i].end > at else None

    def subtree(self, i: int) -> list[int]:
        out, todo = [], [i]
        while todo:
            j = todo.pop()
            out.append(j)
            todo.extend(self.children.get(j, ()))
        return sorted(out)

    def kids(self, i: int, *deps: str) -> list[Token]:
        return [self.tokens[j] for j in self.children.get(i, ()) if self.tokens[j].dep.split(":")[0] in deps]

    def entities_in(self, start: int, end: int, *labels: str) -> list[Any]:
        return [e for e in self.entities if start <= e.start and e.end <= end and (not labels or e.label in labels)]

    def paragraph(self, at: int) -> tuple[int, int]:
        start = self.text.rfind("\n", 0, at) + 1
        end = self.text.find("\n", at)
        return start, len(self.text) if end < 0 else end


def sentence_ends(text: str, start: int, end: int) -> list[int]:
    """Where sentences end in `text[start:end]` (just past the stop), abbreviations left out."""
    return [m.end() for m in SENTENCE_END.finditer(text, start, end)
            if not ABBREVIATION.search(text, max(0, m.start() - 12), m.end())]


def speech_lemma(token: Token | None, *, verbs: frozenset[str] = SPEECH_VERBS) -> str | None:
    """The speech verb a token is, by the parse (a verb with a speech lemma) or its irregular form."""
    if token is None:
        return None
    word = token.text.lower().strip("“”\"'’‘«»")
    if token.tag.startswith(VERB_TAGS) or token.pos in ("VERB", "AUX"):
        lemma = token.lemma.lower()
        if lemma in verbs:
            return lemma
    form = IRREGULAR_FORMS.get(word)
    return form if form in verbs and token.pos not in ("NOUN", "PROPN", "ADJ") else None


def _day(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text[:10]) if text else None
    except ValueError:
        return None
