"""Find time expressions in a text and resolve each: candidates from every rule, leftmost-longest wins,
then clock times get their day and "from X to Y" becomes one range."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from functools import cache

from newsevents.times import calendar_rules as cal
from newsevents.times import relative_rules as rel
from newsevents.times.calendar import granularity_of, parse_date
from newsevents.times.context import Context, Resolved
from newsevents.times.patterns import COMPILED
from newsevents.times.tense import lexical_tense, until_tense
try:  # triggers reads the patterns with Python's private regex parser (re._parser, 3.11 on)
    from newsevents.times.triggers import Rules, scan, too_short
except ImportError:  # a Python without it: every rule is searched over the whole text
    Rules = None

HANDLERS: dict[str, Callable[[re.Match, Context], Resolved | None]] = {
    "iso": cal.iso, "numeric": cal.numeric, "numeric_day_first": cal.numeric_day_first,
    "day_range": cal.day_range,
    "month_day_range": cal.month_day_range, "month_day": cal.month_day, "day_month": cal.day_month,
    "on_the_day": cal.on_the_day, "month_year": cal.month_year, "month": cal.month,
    "month_shifted_year": cal.month_shifted_year, "week_of_month": cal.week_of_month,
    "short_year": cal.short_year, "holiday": cal.holiday, "ordinal_unit": rel.ordinal_unit, "record_unit": rel.record_unit,
    "weekday": rel.weekday, "relative_day": rel.relative_day, "this_pod": rel.this_pod,
    "anaphoric_day": rel.anaphoric_day, "same_unit": rel.same_unit, "shifted_unit": rel.shifted_unit, "ago": rel.ago,
    "in_units": rel.in_units, "duration": rel.duration, "duration_range": rel.duration_range, "year_range": cal.year_range, "year": cal.year,
    "decade": cal.decade, "decade_word": cal.decade_word, "century": cal.century, "season": cal.season, "quarter": cal.quarter,
    "q_quarter": cal.q_quarter, "half": cal.half, "bare_half": cal.bare_half, "year_back": rel.year_back,
    "year_end": rel.year_end, "fiscal_year": cal.fiscal_year,
    "month_quarter": cal.month_quarter, "history": rel.history, "clock": rel.clock, "clock24": rel.clock24,
    "noon": rel.noon, "reference": rel.reference, "one_point": rel.one_point, "set": rel.set_,
}

_DAY = re.compile(r"^(\d{4}|XXXX)-\d{2}-\d{2}")
_CALENDAR = re.compile(r"^\d{4}(?:-(?:\d{2}|W\d{2}|Q\d|H\d|SP|SU|FA|WI))?(?:-\d{2})?$")
_RANGE_GAP = re.compile(r"^\s*(?:-|–|—|to|until|till|through|thru|and)\s*$", re.I)
_SENTENCE_END = re.compile(r"[.!?]\s|\n")
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n")


@dataclass(frozen=True, slots=True)
class Found:
    """One resolved span, before it becomes a public ``TimeExpr``."""
    start: int
    end: int
    rule: str
    resolved: Resolved


def find(text: str, anchor: date | None, tense_of: Callable[[int], str | None] | None,
         previous: str | None = None) -> list[Found]:
    """Every expression of the text; ``previous`` is the value of the last expression before it (an
    earlier sentence of the same document), the reference of "the same day" until the text gives one."""
    accepted: list[Found] = []
    ref, ref_value = _day_of(previous), _calendar(previous)
    taken_until = -1
    for start, end, name, match in _candidates(text):
        if start < taken_until:
            continue
        tense = until_tense(text, start, end) or (tense_of(start) if tense_of else lexical_tense(text, start, end))
        resolved = HANDLERS[name](match, Context(text, start, end, anchor, tense, ref, ref_value))
        if resolved is None:
            continue
        accepted.append(Found(start, end, name, resolved))
        taken_until = end
        ref = _day_of(resolved.value) or ref
        ref_value = _calendar(resolved.value) or ref_value
    return _merge_ranges(text, _date_the_clocks(text, accepted, anchor))


def _lower_literals(pattern: str) -> str:
    """`pattern` with its literal letters in lower case; escapes (\\b, \\D …) and group names kept."""
    out, i = [], 0
    while i < len(pattern):
        if pattern[i] == "\\":
            out.append(pattern[i:i + 2])
            i += 2
        elif pattern.startswith(("(?P<", "(?P="), i):
            close = pattern.index(">" if pattern[i + 3] == "<" else ")", i)
            out.append(pattern[i:close + 1])
            i = close + 1
        else:
            out.append(pattern[i].lower())
            i += 1
    return "".join(out)


# Case-insensitive scanning is about three times slower than exact scanning, so each rule first
# scans a lower-cased copy of the text with its literals lower-cased; every hit is then matched
# again, case-insensitively, on the real text at the same place, so handlers see the real case.
_FAST = tuple((name, re.compile(_lower_literals(p.pattern)), p) for name, p in COMPILED)


@cache
def _rules() -> Rules:
    """Where each rule can match (``times.triggers``), read off the patterns once, when first needed."""
    return Rules(fast for _, fast, _ in _FAST)


def _lowered(text: str) -> str:
    """The text in lower case, one character for one (a character whose lower case is longer stays)."""
    low = text.lower()
    return low if len(low) == len(text) else "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def _candidates(text: str, *, whole: bool = False):
    """Every rule's matches, leftmost-longest first; ``whole`` searches each rule over the whole text."""
    found = []
    low = _lowered(text)
    rules = None if whole or Rules is None or too_short(low) else _rules()
    prepared = rules.text(low) if rules else None
    for order, (name, fast, pattern) in enumerate(_FAST):
        for hit, limit in _by_paragraph(fast, low, scan(fast, rules.plans[order], prepared) if rules
                                        else fast.finditer(low)):
            m = pattern.match(text, hit.start(), limit)
            if m is None:
                continue
            start, end = _span(m)
            if end > start:
                found.append((start, -(end - start), order, name, m))
    for start, negative_length, _, name, m in sorted(found, key=lambda f: f[:3]):
        yield start, start - negative_length, name, m


def _by_paragraph(fast: re.Pattern[str], low: str, hits):
    """(hit, end of the text it may reach) for each hit; a hit that runs over a blank line is searched
    again paragraph by paragraph: "until Friday" + blank line + "September 18" are two expressions."""
    for hit in hits:
        if not _PARAGRAPH_BREAK.search(low, hit.start(), hit.end()):
            yield hit, len(low)
            continue
        start = hit.start()
        for brk in _PARAGRAPH_BREAK.finditer(low, hit.start()):
            yield from ((m, brk.start()) for m in fast.finditer(low, start, brk.start()) if m.start() < hit.end())
            start = brk.end()
            if start >= hit.end():
                break
        else:
            yield from ((m, len(low)) for m in fast.finditer(low, start) if m.start() < hit.end())


def _span(m: re.Match) -> tuple[int, int]:
    groups = m.re.groupindex
    name = next((g for g in ("t", "t_alt") if g in groups and m[g]), None)
    return m.span(name) if name else m.span()


def _day_of(value: str | None) -> date | None:
    return parse_date(value) if value and _DAY.match(value) and not value.startswith("X") else None


def _calendar(value: str | None) -> str | None:
    """A value that names a stretch of the calendar ("2009-01", "2009-Q3"), not a reference or a duration."""
    return value if value and _CALENDAR.match(value) else None


def _date_the_clocks(text: str, found: list[Found], anchor: date | None) -> list[Found]:
    """ "3 p.m. on Monday" -> Monday's date with T15:00; a clock alone takes the publication date."""
    out = []
    for i, f in enumerate(found):
        if not (f.resolved.value or "").startswith("T"):
            out.append(f)
            continue
        day, how = _clock_day(text, found, i, anchor)
        out.append(replace(f, resolved=replace(f.resolved, value=day + f.resolved.value, anchor=how)))
    return out


def _clock_day(text: str, found: list[Found], i: int, anchor: date | None) -> tuple[str, str | None]:
    """The nearest day of the same sentence, else the publication date."""
    here = found[i]
    days = [f for f in found if _day_of(f.resolved.value) and f is not here
            and not _SENTENCE_END.search(text[min(f.end, here.end):max(f.start, here.start)])]
    if days:
        near = min(days, key=lambda f: abs(f.start - here.start))
        return near.resolved.value[:10], near.resolved.anchor
    return (anchor.isoformat(), "dct") if anchor else ("XXXX-XX-XX", None)


def _merge_ranges(text: str, found: list[Found]) -> list[Found]:
    out: list[Found] = []
    for f in found:
        last = out[-1] if out else None
        if last and _is_range(text, last, f):
            out[-1] = _joined(last, f)
        else:
            out.append(f)
    return out


def _is_range(text: str, a: Found, b: Found) -> bool:
    if a.resolved.kind != "date" or b.resolved.kind != "date" or a.resolved.range_end:
        return False
    if not (a.resolved.value and b.resolved.value) or a.resolved.value.endswith("_REF"):
        return False
    gap = text[a.end:b.start]
    if not _RANGE_GAP.match(gap):
        return False
    opener = re.search(r"\b(from|between)\s+$", text[max(0, a.start - 10):a.start], re.I)
    word = gap.strip().lower()
    if word == "and":
        return bool(opener) and opener.group(1).lower() == "between"
    return bool(opener) or word in {"-", "–", "—", "through", "thru", "until", "till"}


def _joined(a: Found, b: Found) -> Found:
    first = a.resolved.value
    end = b.resolved.value
    if a.resolved.anchor == "dct" and b.resolved.anchor == "absolute" and first[4:5] == "-" and end[:4].isdigit():
        year = int(end[:4]) - (1 if first[5:7] > end[5:7] and len(end) > 4 else 0)
        first = f"{year}{first[4:]}"
    elif b.resolved.anchor == "dct" and len(end) == len(first) and end < first and end[:4].isdigit():
        end = f"{int(end[:4]) + 1}{end[4:]}"
    return Found(a.start, b.end, "range", replace(a.resolved, value=first, range_end=end))


def granularity(resolved: Resolved) -> str:
    if resolved.kind == "duration":
        return "duration"
    return granularity_of(resolved.value, resolved.kind)
