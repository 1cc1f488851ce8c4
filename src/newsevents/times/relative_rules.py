"""Rules for expressions counted from a point: weekdays, "yesterday", "last week", "two days ago",
durations, clock times, references and sets.

Each rule is ``(match, Context) -> Resolved | None``; None means "not a time expression here".
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from newsevents.lang.en.dates import WEEKDAYS
from newsevents.lang.en.times import (
    ANAPHORIC_DAYS, ANAPHORIC_PARTS, NUMBER_WORDS, PARTS_OF_DAY, PRESENT_ERA_NOUNS, RELATIVE_DAYS, SEASONS, SET_WORDS, SHIFTERS,
    UNIT_MULTIPLIER, UNITS, VAGUE_AMOUNTS, WEEKDAY_NAME_FOLLOWERS,
)
from newsevents.times.calendar import (
    add_months, add_quarters, day_value, granularity_of, month_value, quarter_of, value_start, week_value,
    weekday_by_tense, weekday_in_week,
)
from newsevents.times.calendar_rules import season_in_ref_year, season_value
from newsevents.times.context import Context, Resolved
from newsevents.times.tense import deferred
from newsevents.lang.en.times import DURATION_PREPOSITIONS, REFERENCES, UNIT_RANK

_BACK = {"last", "past", "previous", "this past"}
_FORWARD = {"next", "coming", "following", "this coming"}
_ANAPHORIC_SHIFT = {"previous": -1, "following": 1, "same": 0, "that": 0}
_NAME_GOES_ON = re.compile(r"\s+[A-Z]")
_SET_BEFORE = frozenset({"once", "twice", "times", "per", "billion", "million", "thousand", "percent"})
_VAGUE_PLURAL_CUES = frozenset({"for", "over", "in", "during", "within", "recent", "coming", "past", "the",
                                "next", "last", "many", "several", "few", "some",
                                "after", "took", "take", "takes", "lasted", "spent", "waited"})
# What after a bare plural unit makes it a stretch of time: "months of talks", "years in the making",
# "decades-long".
_VAGUE_PLURAL_AFTER = re.compile(r"\s+(?:of|in\s+the\s+making)\b")
# "a quarter of the workforce", "three quarters of the states", "a quarter as much", "half come from
# Kenya and a quarter from Chad": a share, not three months; "the last quarter of the year", "a
# quarter of a century", "two quarters of growth" stay times.
_SHARES = frozenset({"a quarter", "one quarter", "three quarters", "one-quarter", "three-quarters"})
_TIME_NOUNS = "day|week|month|year|century|decade|hour|minute|season|session|term"
_SHARE_OF = re.compile(rf"\s+(?:as\s+(?:much|many)|from)\b|\s+of\s+"
                       rf"(?!(?:(?:a|an|the|this|last|next|that|fiscal)\s+)?(?:\d{{4}}\b|(?:{_TIME_NOUNS})s?\b))", re.I)


def _shift_word(raw: str | None) -> str:
    return re.sub(r"\s+", " ", raw or "").lower().removeprefix("the ").strip()


def weekday(m: re.Match, ctx: Context) -> Resolved | None:
    if not m["wd"][0].isupper() or _names_something(ctx):
        return None
    number = WEEKDAYS[m["wd"].lower()]
    if ctx.anchor is None:
        return Resolved(f"XXXX-WXX-{number + 1}")
    return _with_part_of_day(_weekday_date(ctx, number, _shift_word(m["shift"])), m["pod"], "dct")


def _names_something(ctx: Context) -> bool:
    """"Sunday Times", "Monday Night Football": a capitalised name follows the weekday."""
    after = ctx.words_after(3)
    return bool(after) and after[0].isupper() and any(
        after.lower().startswith(name) for name in WEEKDAY_NAME_FOLLOWERS)


def _weekday_date(ctx: Context, number: int, shift: str) -> date:
    anchor = ctx.anchor
    if shift in _BACK:
        return anchor - timedelta(days=(anchor.weekday() - number - 1) % 7 + 1)
    if shift in _FORWARD:
        return anchor + timedelta(days=(number - anchor.weekday() - 1) % 7 + 1)
    if shift in {"this", "current"}:
        return weekday_in_week(anchor, number)
    if deferred(ctx.text, ctx.start):
        return weekday_by_tense(anchor, number, "future")   # "the trial was adjourned until Thursday"
    return weekday_by_tense(anchor, number, ctx.tense or "past")


def _with_part_of_day(day: date, part: str | None, anchor: str) -> Resolved:
    if part:
        return Resolved(f"{day_value(day)}T{PARTS_OF_DAY[part.lower()]}", kind="time", anchor=anchor)
    return Resolved(day_value(day), anchor=anchor)


def relative_day(m: re.Match, ctx: Context) -> Resolved | None:
    offset, part = RELATIVE_DAYS[re.sub(r"\s+", " ", m["rel"].lower())]
    if _present_era(m, ctx):
        return Resolved("PRESENT_REF")
    if ctx.anchor is None:
        return Resolved(None, kind="time" if part or m["pod"] else "date")
    day = ctx.anchor + timedelta(days=offset)
    if m["pod"]:
        part = PARTS_OF_DAY[m["pod"].lower()]
    if part:
        return Resolved(f"{day_value(day)}T{part}", kind="time", anchor="dct")
    return Resolved(day_value(day), anchor="dct")


def _present_era(m: re.Match, ctx: Context) -> bool:
    """"today's GM", "today's world": the present era, not the publication day."""
    if m["rel"].lower() != "today" or m["pod"]:
        return False
    after = re.match(r"['’]s\s+([\w-]+)", ctx.text[ctx.end:ctx.end + 40])
    return bool(after) and (after.group(1)[0].isupper() or after.group(1).lower() in PRESENT_ERA_NOUNS)


def this_pod(m: re.Match, ctx: Context) -> Resolved | None:
    if ctx.anchor is None:
        return Resolved(None, kind="time")
    offset = {"this": 0, "last": -1, "yesterday": -1, "tomorrow": 1}[m["shift"].lower()]
    return _with_part_of_day(ctx.anchor + timedelta(days=offset), m["pod"], "dct")


def anaphoric_day(m: re.Match, ctx: Context) -> Resolved | None:
    base = ctx.ref or ctx.anchor
    if base is None:
        return Resolved(None)
    phrase = re.sub(r"\s+", " ", m["ana"].lower())
    day = base + timedelta(days=ANAPHORIC_DAYS[phrase])
    return _with_part_of_day(day, ANAPHORIC_PARTS.get(phrase), "reference" if ctx.ref else "dct")


def shifted_unit(m: re.Match, ctx: Context) -> Resolved | None:
    raw = re.sub(r"\s+", " ", m["shift"].lower())
    unit = m["unit"].lower()
    if unit in SEASONS:
        return _shifted_season(m, ctx, raw)
    if raw == "the next" and _next_in_a_story(m, ctx):
        raw = "the following"           # "in 2005 ... the next year it was listed": a date
    if raw in {"the past", "the last", "the next", "the coming"} and not (m["pos"] or m["half"]):
        return None                     # "the past year" is a duration
    if m["rel"] and raw == "the":
        raw = "the following" if m["rel"].strip().lower() in {"after", "later"} else "the previous"
    if raw == "the" and not (m["pos"] or m["half"]) and not _the_unit_is_a_date(m, ctx):
        return None
    anaphoric = raw in {"the previous", "the following", "the same", "that"}
    reference = _reference_day(ctx, unit) if anaphoric else None
    if raw == "the" and not (m["pos"] or m["half"]) and ctx.tense == "past":
        reference = _reference_day(ctx, unit, any_day=False)  # "entered September ... started the month"
    base = reference or ctx.anchor
    if reference is None and unit == "quarter" and raw == "the" and ctx.tense != "future" and base:
        base = reported_quarter_day(base)   # "profit for the quarter": the one just reported
    if base is None:
        return Resolved(None)
    shift = _ANAPHORIC_SHIFT.get(_shift_word(raw), 0) if anaphoric else SHIFTERS.get(_shift_word(raw), 0)
    value = _unit_value(base, unit, shift, ctx, explicit_this=raw != "the")
    if m["half"] and unit == "year":
        value = f"{value}-H{1 if m['half'].lower() == 'first' else 2}"
    return Resolved(value, anchor="reference" if reference else "dct")


def _next_in_a_story(m: re.Match, ctx: Context) -> bool:
    """"the next year" told in the past tense, not "over the next year": the year after the last one named."""
    return ctx.tense == "past" and ctx.word_before() not in DURATION_PREPOSITIONS and not (m["pos"] or m["half"])


def _the_unit_is_a_date(m: re.Match, ctx: Context) -> bool:
    """"the week", "the year" on their own: the one the text is about, unless a name ("Car of the Year")
    or a compound ("the year-long strike") follows."""
    word = m["unit"]
    if word[0].isupper() and ctx.word_before() != "":
        return False
    return word.lower() in {"week", "weekend", "month", "quarter", "year"} and not ctx.text[ctx.end:ctx.end + 1] == "-"


def _reference_day(ctx: Context, unit: str, *, any_day: bool = True) -> date | None:
    """A day of the last stretch of calendar the text named, when that stretch is no coarser than the
    unit ("in March 2007 ... that month"); else (``any_day``) the last day it named."""
    start = value_start(ctx.ref_value)
    if start is not None and UNIT_RANK.get(granularity_of(ctx.ref_value), 99) <= UNIT_RANK.get(unit, 0):
        return start
    return ctx.ref if any_day else None


def same_unit(m: re.Match, ctx: Context) -> Resolved | None:
    """"the same month" is the month of the last date the text gave; "the same month a year ago" and
    "the same period last year" are that month or period one year back."""
    unit = m["unit"].lower()
    value, anchor = _same_value(ctx, unit), "reference"
    if m["y"]:
        return Resolved(m["y"] + (value or "")[4:] if unit != "year" else m["y"], anchor="absolute")
    if value is None:
        if ctx.anchor is None or unit == "period":
            return Resolved(str(ctx.anchor.year - 1) if m["back"] and ctx.anchor else None, anchor="dct")
        value, anchor = (day_value(ctx.anchor) if unit == "day" else _unit_value(ctx.anchor, unit, 0, ctx)), "dct"
    if m["back"]:
        value = f"{int(value[:4]) - 1}{value[4:]}"
    return Resolved(value, anchor=anchor)


def _same_value(ctx: Context, unit: str) -> str | None:
    """The last value of the text at the unit's granularity; a day gives its week, month and year."""
    ref = ctx.ref_value
    if ref is None:
        return None
    if unit == "period" or (unit == "year" and len(ref) == 4):
        return ref
    day = ctx.ref if ctx.ref and ref.startswith(day_value(ctx.ref)[:7]) and len(ref) == 10 else None
    if unit == "month" and re.fullmatch(r"\d{4}-\d{2}", ref):
        return ref
    if day is None:
        return ref[:4] if unit == "year" else None
    return {"day": day_value(day), "week": week_value(day), "month": day_value(day)[:7],
            "quarter": f"{day.year}-Q{quarter_of(day)}", "year": str(day.year)}[unit]


def _shifted_season(m: re.Match, ctx: Context, raw: str) -> Resolved | None:
    if ctx.anchor is None or raw in {"the past", "the last", "that", "the same"}:
        return None
    if m["unit"].lower() == "fall" and ctx.words_after(1).lower() == "of":
        return None                     # "the fall of the Berlin Wall"
    code = SEASONS[m["unit"].lower()]
    if raw == "the" and not m["pos"] and season_in_ref_year(ctx, code):
        return season_in_ref_year(ctx, code)
    return Resolved(season_value(ctx, SEASONS[m["unit"].lower()], _shift_word(raw)), anchor="dct")


def _unit_value(base: date, unit: str, shift: int, ctx: Context, *, explicit_this: bool = True) -> str:
    if unit == "week":
        return week_value(base + timedelta(weeks=shift))
    if unit == "weekend":
        return week_value(_weekend(base, shift, ctx, explicit_this)) + "-WE"
    if unit == "month":
        return month_value(*add_months(base.year, base.month, shift))
    if unit == "quarter":
        year, q = add_quarters(base.year, quarter_of(base), shift)
        return f"{year}-Q{q}"
    if unit == "decade":
        return str(base.year // 10 + shift)
    if unit == "century":
        return f"{base.year // 100 + shift:02d}"
    return str(base.year + shift)


def _weekend(base: date, shift: int, ctx: Context, explicit_this: bool) -> date:
    """The Saturday of "last weekend", "this weekend" (the anchor's week), "the weekend" (by tense)
    or "next weekend"."""
    saturday = base + timedelta(days=5 - base.weekday())
    if shift == 0 and explicit_this is False and base.weekday() < 5 and ctx.tense == "past":
        return saturday - timedelta(weeks=1)
    return saturday + timedelta(weeks=shift)


def ordinal_unit(m: re.Match, ctx: Context) -> Resolved | None:
    """"a third consecutive day", "the fourth week in a row": the current day or week."""
    if not (m["adj"] or m["row"]):
        return None
    base = ctx.ref or ctx.anchor
    if base is None:
        return Resolved(None)
    unit = "day" if m["unit"].lower() == "session" else m["unit"].lower()
    return Resolved(_counted_value(base, unit, 0), anchor="reference" if ctx.ref else "dct")


def record_unit(m: re.Match, ctx: Context) -> Resolved | None:
    """"their best week since November", "the worst day in a decade": the unit now ending."""
    if ctx.anchor is None:
        return Resolved(None)
    return Resolved(_counted_value(ctx.anchor, m["unit"].lower(), 0), anchor="dct")


def amount(word: str | None) -> float | None:
    """3 for "three" or "3", 1 for "a", None for "several" (TIMEX3 writes X)."""
    if word is None:
        return 1
    text = re.sub(r"\s+", " ", word.lower())
    if text in VAGUE_AMOUNTS:
        return None
    if re.fullmatch(r"\d+(\.\d+)?", text):
        return float(text)
    parts = re.split(r"[-\s]", text)
    if text in NUMBER_WORDS:
        return NUMBER_WORDS[text]
    return sum(NUMBER_WORDS.get(p, 0) for p in parts) or None


def _count(n: float | None) -> str:
    if n is None:
        return "X"
    return str(int(n)) if n == int(n) else str(n)


def _unit_name(word: str) -> str:
    return word.lower().removesuffix("s")


def duration_value(n: float | None, unit: str) -> str:
    """"P3M" for three months; counted decades and centuries in years ("P10Y"), vague ones not ("PXDE")."""
    letter, clock = UNITS[unit]
    n = n * UNIT_MULTIPLIER.get(unit, 1) if n is not None else None
    if n is not None and letter in {"DE", "CE"}:
        n, letter = n * (10 if letter == "DE" else 100), "Y"
    if n is not None and n != int(n) and unit in ("hour", "minute"):
        n, letter = n * 60, "M" if unit == "hour" else "S"      # "half an hour" is PT30M
    return f"P{'T' if clock else ''}{_count(n)}{letter}"


def ago(m: re.Match, ctx: Context) -> Resolved | None:
    unit = _unit_name(m["unit"])
    direction = re.sub(r"\s+", " ", m["dir"].lower())
    forward = direction in {"later", "after", "from now", "hence"}
    n = amount(m["n"]) if m["n"] else (None if m["unit"].lower().endswith("s") else 1)
    from_anchor = direction in {"ago", "from now", "hence"}
    reference = None if from_anchor else _reference_day(ctx, unit if unit in UNIT_RANK else "day")
    base = reference or ctx.anchor
    if n is None and reference is not None and unit in {"hour", "minute", "second"}:
        return Resolved(day_value(reference), anchor="reference")  # "arrested on Friday. Hours later, ..."
    if n is None:
        return Resolved("FUTURE_REF" if forward else "PAST_REF")
    if base is None or n != int(n):
        return Resolved(None)
    value = _counted_value(base, unit, int(n) * (1 if forward else -1))
    return Resolved(value, anchor="reference" if reference else "dct")


def _counted_value(base: date, unit: str, n: int) -> str:
    n *= UNIT_MULTIPLIER.get(unit, 1)
    if unit in {"day", "night", "hour", "minute", "second"}:
        return day_value(base + timedelta(days=n if unit in {"day", "night"} else 0))
    if unit in {"week", "fortnight"}:
        return week_value(base + timedelta(weeks=n))
    if unit == "month":
        return month_value(*add_months(base.year, base.month, n))
    if unit == "quarter":
        year, q = add_quarters(base.year, quarter_of(base), n)
        return f"{year}-Q{q}"
    multiplier = {"year": 1, "decade": 10, "century": 100}[unit]
    year = base.year + n * multiplier
    return {"year": str(year), "decade": str(year // 10), "century": f"{year // 100:02d}"}[unit]


def in_units(m: re.Match, ctx: Context) -> Resolved | None:
    unit = _unit_name(m["unit"])
    n = amount(m["n"])
    within = m.group(0).lower().startswith("within")        # "within a month": a span, not the day it ends
    if within or ctx.tense != "future" or ctx.anchor is None or n is None or n != int(n):
        return Resolved(duration_value(n, unit), kind="duration")
    return Resolved(_counted_value(ctx.anchor, unit, int(n)), anchor="dct")


def duration(m: re.Match, ctx: Context) -> Resolved | None:
    unit_word = m["unit"].lower()
    unit = _unit_name(unit_word)
    words = m["t"].lower().split()
    if unit_word == "second" and (m["n"] or "a").lower() in {"a", "an"}:
        return None                     # "the second", "a second round": an ordinal
    if not m["n"] and m["unit"][0].isupper() and ctx.word_before() == "of":
        return None                     # "Person of the Year": a title
    if " ".join(words) in _SHARES and _SHARE_OF.match(ctx.text, ctx.end):
        return None                     # "a quarter of the workforce": a share
    if not m["n"] and len(words) == 1:
        cued = (ctx.word_before() in _VAGUE_PLURAL_CUES or m[0].lower().endswith("long")
                or _VAGUE_PLURAL_AFTER.match(ctx.text[ctx.end:ctx.end + 20]))
        if not unit_word.endswith("s") or not cued:
            return None
        return Resolved(duration_value(None, unit), kind="duration")
    n = amount(m["n"]) if m["n"] else (None if unit_word.endswith("s") else 1)
    if m["half"] or (m["half_unit"] and not m["n"]):
        n = n / 2 if n is not None else None        # "half an hour", "a half-hour show", "half a century"
    elif m["half_unit"] or m["and_half"]:
        n = n + 0.5 if n is not None else None      # "three and a half years", "a year and a half"
    if words[0] in {"a", "an"} and (ctx.word_before() in _SET_BEFORE or _after_digit(ctx)):
        return Resolved(duration_value(1, unit), kind="set")
    return Resolved(duration_value(n, unit), kind="duration")


def _after_digit(ctx: Context) -> bool:
    return bool(re.search(r"\d\s*$", ctx.text[max(0, ctx.start - 3):ctx.start]))


def clock(m: re.Match, ctx: Context) -> Resolved | None:
    hour = int(m["hh"])
    ampm = (m.groupdict().get("ampm") or "").lower()
    if hour > 12 and ampm:
        return None
    if ampm.startswith("p") and hour < 12:
        hour += 12
    elif ampm.startswith("a") and hour == 12:
        hour = 0
    zone = "Z" if (m.groupdict().get("zone") or "").upper() in {"UTC", "GMT"} else ""
    return Resolved(f"T{hour:02d}:{m['mm'] or '00'}{zone}", kind="time")


def clock24(m: re.Match, ctx: Context) -> Resolved | None:
    """"18:00", and "0800" only with a zone or "hours" after it."""
    if ":" not in m.group(0) and not m["zone"]:
        return None
    return clock(m, ctx)


def duration_range(m: re.Match, ctx: Context) -> Resolved | None:
    """"between 60 and 90 days": a duration whose range ends at the second amount."""
    unit = _unit_name(m["unit"])
    low, high = amount(m["n1"]), amount(m["n"])
    if low is None or high is None or low >= high:
        return None
    return Resolved(duration_value(low, unit), kind="duration", range_end=duration_value(high, unit))


def noon(m: re.Match, ctx: Context) -> Resolved | None:
    return Resolved("T24:00" if m["word"].lower() == "midnight" else "T12:00", kind="time")


def reference(m: re.Match, ctx: Context) -> Resolved | None:
    return Resolved(REFERENCES[re.sub(r"\s+", " ", m["ref"].lower())])


def one_point(m: re.Match, ctx: Context) -> Resolved | None:
    """"at one point", "at some point": an unnamed moment, past or future by tense."""
    return Resolved("FUTURE_REF" if ctx.tense == "future" else "PAST_REF")


def set_(m: re.Match, ctx: Context) -> Resolved | None:
    """"daily", "every Monday", "twice a week"; not a capitalised word that starts a name ("the
    Daily Telegraph", "Weekly Standard")."""
    if m["word"] and m["word"][0].isupper() and _NAME_GOES_ON.match(ctx.text, m.end("word")):
        return None
    if m["word"]:
        return Resolved(SET_WORDS[re.sub(r"\s+", " ", m["word"].lower())], kind="set")
    if m["wd"]:
        return Resolved(f"XXXX-WXX-{WEEKDAYS[m['wd'].lower()] + 1}", kind="set")
    return Resolved(duration_value(1, _unit_name(m["unit"])), kind="set")


def year_back(m: re.Match, ctx: Context) -> Resolved | None:
    """"the year-ago quarter", "the year-earlier period": the quarter (period, month ...) spoken of, a
    year back. Without one in the text, the quarter is the last one reported: the one before the
    publication date's quarter while that is young."""
    unit = m["unit"].lower()
    unit = "season" if unit in SEASONS else unit
    reference = _reference_day(ctx, "year" if unit == "period" else unit, any_day=False)
    if unit == "period":
        value = ctx.ref_value if reference and ctx.ref_value else (str(ctx.anchor.year) if ctx.anchor else None)
    elif unit == "season":
        value = str(reference.year) if reference else (str(ctx.anchor.year) if ctx.anchor else None)
    else:
        base = reference or (reported_quarter_day(ctx.anchor) if unit == "quarter" and ctx.anchor else ctx.anchor)
        value = _unit_value(base, unit, 0, ctx) if base else None
    if value is None:
        return Resolved(None)
    return Resolved(f"{int(value[:4]) - 1}{value[4:]}", anchor="reference" if reference else "dct")


def reported_quarter_day(anchor: date) -> date:
    """A day of the quarter a company reports on at the anchor: the last one, in the first seven weeks
    of a quarter (results come out weeks after a quarter closes); else the current one."""
    first = date(anchor.year, 3 * quarter_of(anchor) - 2, 1)
    return first - timedelta(days=1) if (anchor - first).days < 49 else anchor


def year_end(m: re.Match, ctx: Context) -> Resolved | None:
    """"year-end", "by the year end", "next year-end": the year whose end it is, from the publication date."""
    if ctx.anchor is None:
        return Resolved(None)
    return Resolved(str(ctx.anchor.year + SHIFTERS.get((m["shift"] or "").lower(), 0)), anchor="dct")


def history(m: re.Match, ctx: Context) -> Resolved | None:
    """"in the company's history", "in recent history", "GM ... is history": the past as a whole."""
    return Resolved("PAST_REF")
