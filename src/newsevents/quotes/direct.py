"""Quoted spans to direct, partial and scare quotes, each with its speaker and cue."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..lang.en.quotes import ATTRIBUTION_DASHES, PARTIAL_CUES, SCARE_MARKERS, SCARE_MAX_WORDS, SPEECH_VERBS
from .context import Context, sentence_ends, speech_lemma
from .marks import MARK, Marked
from .speakers import Mention, mention_in, subject

# A short quote hung on its cue verb through one of these prepositions is still what was said:
# `warned of "serious consequences"`, `described it as "absurd"`; `agreed on a "road map"` is a label.
LABEL_FREE_CASES = ("of", "about", "as")
STATEMENT_ENDS = (",", ".", "!", "?", "…")  # a short quote closed like a sentence is one
SUBJECT_MAX_TOKENS = 14  # `"…," Pierre Lacombe, head of marine underwriting at AXA in Paris, told the Post`
PARTIAL_VERBS = SPEECH_VERBS | PARTIAL_CUES


@dataclass
class Found:
    """A quote before its speaker is resolved and coded."""

    start: int
    end: int
    kind: str
    speaker: Mention | None
    cue: str | None


def classify(ctx: Context, spans: list[Marked], reported: list[Found] = ()) -> list[Found]:
    """Each outer quoted span as a direct, partial or scare quote, with its speaker where said.

    `reported` (indirect speech) lends its speaker to a quote that stands alone in the next paragraph.
    """
    outer = [s for s in spans if s.depth == 0]
    found: list[Found] = []
    for n, span in enumerate(outer):
        para_start, para_end = ctx.paragraph(span.open_at)
        prev = outer[n - 1] if n and outer[n - 1].close_at > para_start else None
        nxt = outer[n + 1] if n + 1 < len(outer) and outer[n + 1].open_at < para_end else None
        head = _head(ctx, span, _after(ctx, prev) if prev else para_start)
        tail = _tail(ctx, span, nxt.open_at if nxt else para_end)
        found.append(_one(ctx, span, head, tail, found, reported))
    return found


def _after(ctx: Context, span: Marked) -> int:
    m = MARK.match(ctx.text, span.close_at)
    return span.close_at + (len(m.group()) if m and span.closed else 0)


def _head(ctx: Context, span: Marked, floor: int) -> tuple[int, int]:
    ends = sentence_ends(ctx.text, floor, span.open_at)
    return ctx.past_dateline(ends[-1] if ends else floor), span.open_at


def _tail(ctx: Context, span: Marked, ceiling: int) -> tuple[int, int]:
    start = _after(ctx, span)
    ends = sentence_ends(ctx.text, start, ceiling)
    return start, ends[0] - 1 if ends else ceiling


def _one(ctx: Context, span: Marked, head: tuple[int, int], tail: tuple[int, int], found: list[Found],
         reported: list[Found]) -> Found:
    head_text = ctx.text[head[0]:head[1]].strip()
    words = len(ctx.text[span.start:span.end].split())
    if _opens_statement(ctx, head, words) or _short_statement(ctx, span, head, tail):
        speaker, cue = _attribute(ctx, head, tail)
        if speaker is None and cue is None:
            speaker, cue = _inherit(ctx, span, found, reported)
        return Found(span.start, span.end, "direct", speaker, cue)
    return _partial(ctx, span, head_text, words, reported)


def _short_statement(ctx: Context, span: Marked, head: tuple[int, int], tail: tuple[int, int]) -> bool:
    """A sentence of one or two words in marks, then its speaker: `"Go home," the officer said.`"""
    said = ctx.text[span.start:span.end].rstrip()
    return not ctx.text[head[0]:head[1]].strip() and said[-1:] in STATEMENT_ENDS and _tail_cue(ctx, tail) is not None


def _opens_statement(ctx: Context, head: tuple[int, int], words: int) -> bool:
    """A quote that starts its sentence, or follows `said:` / `said,` / a bare speech verb."""
    head_text = ctx.text[head[0]:head[1]].rstrip()
    if not head_text.strip():
        return words > SCARE_MAX_WORDS
    if head_text.endswith(":"):
        return True
    stop = head[0] + len(head_text.rstrip(","))
    last = ctx.token_at(stop - 1) if stop > head[0] else None
    if speech_lemma(last) is None:
        return False
    return head_text.endswith(",") or words > SCARE_MAX_WORDS


def _attribute(ctx: Context, head: tuple[int, int], tail: tuple[int, int]) -> tuple[Mention | None, str | None]:
    tail_text = ctx.text[tail[0]:tail[1]]
    if tail_text.strip()[:2].strip() in ATTRIBUTION_DASHES:
        dash = tail[0] + tail_text.index(tail_text.strip()[0]) + 1
        return mention_in(ctx, dash, tail[1], inverted=True), "—"
    found = _tail_cue(ctx, tail)
    if found:
        return found
    return _head_cue(ctx, head)


def _tail_cue(ctx: Context, tail: tuple[int, int]) -> tuple[Mention | None, str] | None:
    tokens = ctx.tokens_in(*tail)
    for n, t in enumerate(tokens[:SUBJECT_MAX_TOKENS + 1]):
        lemma = speech_lemma(t)
        if lemma:
            verb_start = max(t.start, tail[0]) + (len(t.text) - len(t.text.lstrip("“”\"'’‘«»")))
            if ctx.text[tail[0]:verb_start].strip(" ,—–"):
                return mention_in(ctx, tail[0], verb_start), lemma
            return mention_in(ctx, t.end, tail[1], inverted=True), lemma
    return None


def _head_cue(ctx: Context, head: tuple[int, int]) -> tuple[Mention | None, str | None]:
    cues = [t for t in ctx.tokens_in(*head) if speech_lemma(t)]
    if not cues:
        return None, None
    verb = cues[-1]
    span = subject(ctx, verb)
    if span and span[1] <= verb.start:
        return mention_in(ctx, *span), speech_lemma(verb)
    return mention_in(ctx, head[0], verb.start), speech_lemma(verb)


def _inherit(ctx: Context, span: Marked, found: list[Found], reported: list[Found]) -> tuple[Mention | None, str | None]:
    """A quote with no cue of its own: the speaker of the statement before it, in this paragraph or the last."""
    para_start, _ = ctx.paragraph(span.open_at)
    previous_para = ctx.paragraph(max(para_start - 2, 0))[0] if para_start else 0
    before = [q for q in found if q.kind == "direct"] + [q for q in reported if q.end <= span.open_at]
    for q in sorted(before, key=lambda q: q.start, reverse=True):
        if q.speaker is not None and q.start >= previous_para:
            return q.speaker, q.cue
    return None, None


def _partial(ctx: Context, span: Marked, head_text: str, words: int, reported: list[Found]) -> Found:
    """A quote inside a sentence: partial (words someone said) or scare (a label, one or two words).

    A short quote is partial only when it lies in a reported clause or a cue verb says or calls it
    ("called the damage "a pattern""); "agreed on a "road map"" and "the 'ghost fleet'" are labels.
    A partial quote belongs to the speaker of its reported clause, else to its cue verb's subject.
    """
    holders = [r for r in reported if r.start <= span.start and span.end <= r.end + 1]
    holder = min(holders, key=lambda r: r.end - r.start, default=None)  # the innermost reported clause
    verb = _governing_cue(ctx, span)
    short = words <= SCARE_MAX_WORDS
    if short and (head_text.lower().endswith(SCARE_MARKERS) or (holder is None and not _names_it(ctx, span, verb))):
        return Found(span.start, span.end, "scare", None, None)
    speaker = holder.speaker if holder is not None else None
    if speaker is None and verb is not None:
        found = subject(ctx, verb)
        speaker = mention_in(ctx, *found) if found else None
    cue = holder.cue if holder is not None and verb is None else \
        speech_lemma(verb, verbs=PARTIAL_VERBS) if verb else None
    return Found(span.start, span.end, "partial", speaker, cue)


def _names_it(ctx: Context, span: Marked, verb) -> bool:
    """The cue verb governs the quote as what was said or called: not through `agreed [on] …`."""
    if verb is None:
        return False
    inside = ctx.tokens_in(span.start, span.end)
    t = next((x for x in inside if not (span.start <= ctx.tokens[x.head].start < span.end) or x.head == x.i), None)
    for _ in range(8):
        if t is None or t.i == verb.i:
            return t is not None
        if t.dep.split(":")[0] in ("obl", "nmod") and not _case_in(ctx, t, LABEL_FREE_CASES):
            return False
        if t.head == t.i:
            return False
        t = ctx.tokens[t.head]
    return False


def _case_in(ctx: Context, token, words: tuple[str, ...]) -> bool:
    return any(c.text.lower() in words for c in ctx.kids(token.i, "case"))


def _governing_cue(ctx: Context, span: Marked):
    """The speech verb the quote hangs from, else the sentence's first speech verb."""
    inside = ctx.tokens_in(span.start, span.end)
    if not inside:
        return None
    t = inside[0]
    for _ in range(8):
        if speech_lemma(t, verbs=PARTIAL_VERBS) and not (span.start <= t.start < span.end):
            return t
        if t.head == t.i:
            break
        t = ctx.tokens[t.head]
    floor = _head(ctx, span, ctx.paragraph(span.open_at)[0])[0]
    before = [x for x in ctx.tokens_in(floor, span.open_at) if speech_lemma(x, verbs=PARTIAL_VERBS)]
    speech = [x for x in before if speech_lemma(x)]
    if speech or before:
        return (speech or before)[-1]
    sentence = [x for x in ctx.tokens if x.sent == inside[0].sent and not (span.open_at <= x.start <= span.end)]
    return next((x for x in sentence if speech_lemma(x)), None)


def quoted_ranges(spans: list[Marked]) -> list[tuple[int, int]]:
    return [(s.open_at, s.close_at + 1) for s in spans if s.depth == 0]


WORD = re.compile(r"\w+")
