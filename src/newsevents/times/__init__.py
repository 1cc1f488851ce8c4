"""When: find time expressions in news text and resolve them against the publication date.

    find_times(text, published="2024-03-06")  -> [TimeExpr, ...]   spans into text, TIMEX3-style values
    resolve("last summer", published="2024-03-06")  -> TimeExpr     one span already known
    infer_published(text)  -> ("2024-03-04", "inferred from 'Monday, March 4': ...")

Values follow TIMEX3: "2024-03-04", "2024-03", "2024", "2024-W10", "2024-W09-WE" (weekend),
"2023-SU" (season), "2024-Q1", "2024-H2", "199" (decade), "19" (century), "2024-03-03TNI" (night),
"2024-03-04T15:00", "PRESENT_REF" / "PAST_REF" / "FUTURE_REF", "P10Y" / "PT48H" (durations),
"P1W" / "XXXX-WXX-1" (sets). A month, day or weekday written without a year follows the tense
of its clause: ``tense_of(offset)`` when a parse gives it, else the words around the expression.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from newsevents.times.calendar import parse_date
from newsevents.times.finder import Found, find, granularity
from newsevents.times.infer import infer_published

__all__ = ["TimeExpr", "find_times", "infer_published", "resolve"]


@dataclass(frozen=True, slots=True)
class TimeExpr:
    text: str
    start: int
    end: int
    value: str | None
    granularity: str    # day week month season quarter half year decade century time duration set unknown
    kind: str           # date | duration | time | set
    anchor: str | None = None       # "dct", "absolute", "reference" (an earlier date of the text) or None
    range_end: str | None = None    # the value of a range's end: "from March to May"


def find_times(text: str, *, published: str | None, tense_of: Callable[[int], str | None] | None = None,
               previous: TimeExpr | None = None) -> list[TimeExpr]:
    """Every time expression of the text, in order, resolved against ``published`` (YYYY-MM-DD).

    ``previous``, the last expression of the text before this one (an earlier sentence of the same
    document), is what "the same day", "the next day" or "the same month a year ago" count from
    until the text names a date of its own.
    """
    before = previous.value if previous is not None else None
    return [_public(text, f) for f in find(text, parse_date(published), tense_of, before)]


_CUES = ("", "in ", "on ")      # a span known to be a time needs no cue: "May" alone is the month


def resolve(expression: str, *, published: str | None, tense: str | None = None) -> TimeExpr:
    """One expression on its own, known to be a time: "May" or "2/21" need no "in" or "on" before them.
    The value None (granularity "unknown") when no rule reads it."""
    anchor, tense_of = parse_date(published), (lambda _: tense) if tense else None
    for cue in _CUES:
        found = [f for f in find(cue + expression, anchor, tense_of) if f.resolved.value is not None]
        if found:
            best = max(found, key=lambda f: f.end - f.start)
            return _public(expression, replace(best, start=max(0, best.start - len(cue)), end=best.end - len(cue)))
    return TimeExpr(expression, 0, len(expression), None, "unknown", "date")


def _public(text: str, f: Found) -> TimeExpr:
    r = f.resolved
    return TimeExpr(text[f.start:f.end], f.start, f.end, r.value, granularity(r), r.kind, r.anchor, r.range_end)
