"""Rules for expressions that name the calendar: dates, months, years, decades, seasons, quarters.

Each rule is ``(match, Context) -> Resolved | None``; None means "not a time expression here".
"""
from __future__ import annotations

import re
from datetime import date

from newsevents.lang.en.dates import MONTHS, WEEKDAYS
from newsevents.lang.en.times import (
    AMBIGUOUS_MONTHS, COUNTED_NOUNS, DECADE_WORDS, HOLIDAYS, MONTH_CUES, ORDINALS, SEASONS,
)
from newsevents.times.calendar import (
    add_quarters, day_value, month_value, quarter_of, safe_date, season_of, week_value, year_for_month,
)
from newsevents.times.context import Context, Resolved

_FULL_MONTH_NAMES = frozenset(name for name in MONTHS if len(name) > 4) | {"june", "july"}
_SEASON_ORDER = {"SP": 0, "SU": 1, "FA": 2, "WI": 3}
_YEAR_CUES = frozenset({"in", "since", "of", "by", "until", "till", "from", "to", "year", "between", "and",
                        "before", "after", "during", "around", "circa", "through", "early", "late", "mid"})
_LAST = frozenset({"last", "final"})
_DEADLINE_WORDS = frozenset({"until", "till", "to", "through", "by", "thru"})
# "sales fell in the three months to December": the end of a period measured, not a deadline ahead.
_PERIOD_END = re.compile(r"\b(?:day|week|month|quarter|year|period)s?\s+(?:to|through|thru|until|till)\W*$", re.I)
_SEASON_CUES = frozenset({"in", "during", "by", "since", "until", "through", "over", "throughout", "of"})
# a capitalised word, not the first of its sentence, right before: "the Arab Spring", "its Prague Spring"
_NAME_BEFORE = re.compile(r"[\w,;]\s+[A-Z][\w'’-]*\s+$")
_CLAUSE_OPENING = re.compile(r"(?:^|[.;:!?,\"'`(]|\b(?:but|and|yet|so|as|while|when|because))\s*$", re.I)
_QUARTER_SHIFT = {"this": 0, "current": 0, "next": 1, "previous": -1, "past": -1, "last": -1}


def month_number(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def day_number(word: str) -> int:
    return int(re.sub(r"\D", "", word))


def ordinal_number(word: str) -> int | None:
    """2 for "second" or "2nd"; None for a word that is no ordinal."""
    word = word.lower()
    return ORDINALS.get(word) or (int(re.sub(r"\D", "", word)) if re.match(r"\d", word) else None)


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def _year(word: str | None) -> int | None:
    if not word:
        return None
    year = int(word)
    return year if len(word) == 4 else year + (2000 if year < 50 else 1900)


def dated(ctx: Context, month: int, day: int, year: int | None, weekday: int | None = None) -> Resolved:
    """A day given as month and day, with the year written, fixed by its weekday, or by tense."""
    if year is not None:
        return Resolved(day_value(safe_date(year, month, day)), anchor="absolute")
    if ctx.anchor is None:
        return Resolved(f"XXXX-{month:02d}-{day:02d}")
    years = [y for y in (ctx.anchor.year, ctx.anchor.year - 1, ctx.anchor.year + 1)
             if weekday is not None and safe_date(y, month, day).weekday() == weekday]
    year = years[0] if years else year_for_month(ctx.anchor, month, _date_tense(ctx, month, day), day)
    return Resolved(day_value(safe_date(year, month, day)), anchor="dct")


def _date_tense(ctx: Context, month: int, day: int | None) -> str | None:
    """The tense that places a month or day without a year. A deadline after a past verb ("extended the
    lockdown until May 1", "moved the vote to June"), or one set for an act still to come when it
    was told ("threatened to leave if the bloc failed to conclude the deal by December"), still lies
    ahead when it falls later in the publication year: news writes the year of any date outside the
    current one."""
    if ctx.tense in ("past", "around") and ctx.word_before() in _DEADLINE_WORDS \
            and (month, day or 1) > (ctx.anchor.month, ctx.anchor.day):
        return ctx.tense if _PERIOD_END.search(ctx.text[max(0, ctx.start - 40):ctx.start]) else "future"
    return ctx.tense


def iso(m: re.Match, ctx: Context) -> Resolved | None:
    try:
        day = date(int(m["y"]), int(m["m"]), int(m["d"]))
    except ValueError:
        return None
    if m["hh"]:
        return Resolved(f"{day.isoformat()}T{m['hh']}:{m['mm']}", kind="time", anchor="absolute")
    return Resolved(day.isoformat(), anchor="absolute")


def numeric(m: re.Match, ctx: Context) -> Resolved | None:
    if not m["y"] and ctx.word_before() not in {"on", "since", "until", "by", "from", "to", "before",
                                                "after", "through", "till"}:
        return None
    return dated(ctx, int(m["m"]), int(m["d"]), _year(m["y"]))


def numeric_day_first(m: re.Match, ctx: Context) -> Resolved | None:
    day, month, year = (m["d"], m["m"], m["y"]) if m["d"] else (m["d_alt"], m["m_alt"], m["y_alt"])
    return dated(ctx, int(month), int(day), int(year))


def month_day(m: re.Match, ctx: Context) -> Resolved | None:
    if not _capitalised(m["mon"]):
        return None
    weekday = WEEKDAYS[m["wd"].lower()] if m["wd"] else None
    return dated(ctx, month_number(m["mon"]), day_number(m["d"]), _year(m["y"]), weekday)


day_month = month_day


def holiday(m: re.Match, ctx: Context) -> Resolved | None:
    names = {name.lower(): day for name, day in HOLIDAYS.items()}
    if not m["name"][0].isupper():
        return None
    month, day = names[re.sub(r"\s+", " ", m["name"].lower())]
    return dated(ctx, month, day, _year(m["y"]))


def on_the_day(m: re.Match, ctx: Context) -> Resolved | None:
    """"on the 12th" in the month of the last date the text gave, else of the publication date; the
    next month when a future day would be past, the last month when a past one would be to come.
    After a date the text gave, a later day is that month's ("met on March 4 and again on the 12th")."""
    base = ctx.ref or ctx.anchor
    if base is None:
        return None
    day = day_number(m["d"])
    year, month = base.year, base.month
    if ctx.tense == "future" and day < base.day:
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    elif ctx.tense != "future" and day > base.day and ctx.ref is None:
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    return Resolved(day_value(safe_date(year, month, day)), anchor="reference" if ctx.ref else "dct")


def day_range(m: re.Match, ctx: Context) -> Resolved | None:
    if not _capitalised(m["mon"]) or day_number(m["d2"]) <= day_number(m["d1"]):
        return None
    month = month_number(m["mon"])
    first = dated(ctx, month, day_number(m["d1"]), _year(m["y"]))
    last = dated(ctx, month, day_number(m["d2"]), _year(m["y"]) or _year((first.value or "")[:4] or None))
    return Resolved(first.value, anchor=first.anchor, range_end=last.value)


month_day_range = day_range


def month_year(m: re.Match, ctx: Context) -> Resolved | None:
    if not _capitalised(m["mon"]):
        return None
    return Resolved(month_value(int(m["y"]), month_number(m["mon"])), anchor="absolute")


def month_shifted_year(m: re.Match, ctx: Context) -> Resolved | None:
    if not _capitalised(m["mon"]) or ctx.anchor is None:
        return None
    year = ctx.anchor.year + {"this": 0, "next": 1, "last": -1}[m["yshift"].lower()]
    return Resolved(month_value(year, month_number(m["mon"])), anchor="dct")


def week_of_month(m: re.Match, ctx: Context) -> Resolved | None:
    """"the last week of March" is the week of the 28th; "the first week" the week of the 4th."""
    number = month_number(m["mon"])
    year = int(m["y"]) if m["y"] else (year_for_month(ctx.anchor, number, ctx.tense) if ctx.anchor else None)
    if year is None or not _capitalised(m["mon"]):
        return None
    which = m["ord"].lower()
    day = 28 if which in _LAST else 4 + 7 * ((ordinal_number(which) or 1) - 1)
    return Resolved(week_value(safe_date(year, number, min(day, 28))), anchor="absolute" if m["y"] else "dct")


def short_year(m: re.Match, ctx: Context) -> Resolved | None:
    """"since '82": a two-digit year after a word that introduces years."""
    if ctx.word_before() not in _YEAR_CUES:
        return None
    year = 2000 + int(m["yy"])
    return Resolved(str(year if year <= (ctx.anchor.year if ctx.anchor else 2030) else year - 100), anchor="absolute")


def month(m: re.Match, ctx: Context) -> Resolved | None:
    word = m["mon"]
    if not _capitalised(word):
        return None
    if _needs_cue(word) and not (m["shift"] or m["pos"] or m["monthof"]) and ctx.word_before() not in MONTH_CUES:
        return None
    number = month_number(word)
    if ctx.anchor is None:
        return Resolved(f"XXXX-{number:02d}")
    return Resolved(month_value(_month_year(ctx, number, (m["shift"] or "").lower()), number), anchor="dct")


def _needs_cue(word: str) -> bool:
    """"May", "March" and abbreviations stand alone as dates only after a cue such as "in"."""
    name = word.lower().rstrip(".")
    return name in AMBIGUOUS_MONTHS or name not in _FULL_MONTH_NAMES


def _month_year(ctx: Context, number: int, shift: str) -> int:
    anchor = ctx.anchor
    if shift in {"last", "past", "previous", "this past"}:
        return anchor.year if number < anchor.month else anchor.year - 1
    if shift in {"next", "coming", "following", "this coming"}:
        return anchor.year if number > anchor.month else anchor.year + 1
    if shift in {"this", "current"}:
        return anchor.year
    return year_for_month(anchor, number, _date_tense(ctx, number, None))


def year(m: re.Match, ctx: Context) -> Resolved | None:
    number = int(m["y"])
    cued = bool(m["pos"] or m["half"]) or ctx.word_before() in _YEAR_CUES
    if not cued and (number < 1900 or number > (ctx.anchor.year if ctx.anchor else 2030) + 30):
        return None
    if not (m["pos"] or m["half"]) and ctx.words_after(1).lower() in COUNTED_NOUNS:
        return None
    if m["half"]:
        return Resolved(f"{number}-H{ordinal_number(m['half'])}", anchor="absolute")
    return Resolved(str(number), anchor="absolute")


def year_range(m: re.Match, ctx: Context) -> Resolved | None:
    first, last = int(m["y"]), int(m["y2"])
    if len(m["y2"]) == 2:
        last += first - first % 100
    separator = m.group(0)[len(m["y"]):].lstrip()[:3].lower()
    if not first < last <= first + 50 or (separator.startswith("and") and "between" not in m.group(0).lower()):
        return None
    return Resolved(str(first), anchor="absolute", range_end=str(last))


def decade(m: re.Match, ctx: Context) -> Resolved | None:
    digits = m["dec"]
    if len(digits) < 4:
        if not (m.group(0).lower().startswith("the") or m["pos"] or "'" in m.group(0)):
            return None
        digits = "19" + digits[-2:]
    if digits.endswith("00") and not digits.startswith("20"):
        return Resolved(digits[:2], anchor="absolute")
    return Resolved(digits[:3], anchor="absolute")


def decade_word(m: re.Match, ctx: Context) -> Resolved | None:
    """"the nineties" -> 199; "in their forties" (an age) has no "the" and is not matched."""
    return Resolved(f"19{DECADE_WORDS[m['word'].lower()]}", anchor="absolute")


def century(m: re.Match, ctx: Context) -> Resolved | None:
    number = int(m["c"])
    return Resolved(f"{number - 1:02d}", anchor="absolute") if 1 <= number <= 21 else None


def season(m: re.Match, ctx: Context) -> Resolved | None:
    code = SEASONS[m["season"].lower()]
    cued = m["shift"] or m["pos"] or m["y"] or ctx.word_before() in _SEASON_CUES \
        or (m["season"][0].isupper() and ctx.word_before() != "") or _bare_season(m["season"].lower(), ctx)
    following = ctx.words_after(1)
    if not cued or (following[:1].isupper() and not m["y"]):
        return None
    if m["season"][0].isupper() and not (m["shift"] or m["pos"] or m["y"]) and _NAME_BEFORE.search(
            ctx.text[max(0, ctx.start - 40):ctx.start]):
        return None                     # "the Arab Spring": a name, not a season
    if code == "FA" and m["season"].lower() == "fall" and following.lower() == "of" and not m["y"]:
        return None                     # "the fall of the Berlin Wall"
    if m["y"]:
        return Resolved(f"{m['y']}-{code}", anchor="absolute")
    if (m["shift"] or "the").lower() == "the" and season_in_ref_year(ctx, code):
        return season_in_ref_year(ctx, code)
    if ctx.anchor is None:
        return None
    return Resolved(season_value(ctx, code, (m["shift"] or "").lower()), anchor="dct")


def season_in_ref_year(ctx: Context, code: str) -> Resolved | None:
    """"In 2008 ... in the summer": a season without a year of its own, after a year (or a season
    with one) in the text, is in that year."""
    if not re.fullmatch(r"\d{4}(?:-(?:SP|SU|FA|WI))?", ctx.ref_value or ""):
        return None
    return Resolved(f"{ctx.ref_value[:4]}-{code}", anchor="reference")


def _bare_season(word: str, ctx: Context) -> bool:
    """A season word alone: "summer", "winter", "autumn" are seasons unless counted ("a summer");
    "spring" only opens a clause ("but spring shows signs of hope"); "fall" never alone (a verb)."""
    if word == "fall":
        return False
    if word == "spring":
        return bool(_CLAUSE_OPENING.search(ctx.text[max(0, ctx.start - 12):ctx.start]))
    return ctx.word_before() not in {"a", "an", "every", "each", "per"}


def season_value(ctx: Context, code: str, shift: str) -> str:
    """"last summer" is the last one over, "next summer" the next to start, "the summer" by tense."""
    year, current = season_of(ctx.anchor)
    now = year * 4 + _SEASON_ORDER[current]
    target = _SEASON_ORDER[code]
    before = now - (now - target) % 4          # the latest such season starting no later than now
    if shift in {"last", "past", "previous", "this past"}:
        index = before - 4 if before == now else before
    elif shift in {"next", "coming", "following", "this coming"}:
        index = before + 4
    elif shift in {"this", "current"}:
        return f"{year if current == code else ctx.anchor.year}-{code}"
    else:
        index = before + 4 if ctx.tense == "future" and before != now else before
    return f"{index // 4}-{code}"


def quarter(m: re.Match, ctx: Context) -> Resolved | None:
    word = m["q"].lower()
    year = int(m["y"]) if m["y"] else None
    if year is None and m["yshift"] and ctx.anchor:
        year = ctx.anchor.year + {"this": 0, "last": -1, "next": 1}[m["yshift"].lower()]
    elif year is None and "the year" in m.group(0).lower() and ctx.anchor:
        year = ctx.anchor.year
    if ordinal_number(word) or word == "final" or (word == "last" and year is not None):
        return _ordinal_quarter(ctx, ordinal_number(word) or 4, year)
    if ctx.anchor is None:
        return None
    y, q = add_quarters(ctx.anchor.year, quarter_of(ctx.anchor), _QUARTER_SHIFT[word])
    return Resolved(f"{y}-Q{q}", anchor="dct")


def _ordinal_quarter(ctx: Context, number: int, year: int | None) -> Resolved | None:
    if year is not None:
        return Resolved(f"{year}-Q{number}", anchor="absolute" if ctx.anchor is None else "dct")
    if ctx.anchor is None:
        return None
    current = quarter_of(ctx.anchor)
    if ctx.tense == "future":
        year = ctx.anchor.year if number >= current else ctx.anchor.year + 1
    else:
        year = ctx.anchor.year if number <= current else ctx.anchor.year - 1
    return Resolved(f"{year}-Q{number}", anchor="dct")


def q_quarter(m: re.Match, ctx: Context) -> Resolved | None:
    if not m.group(0)[0].isupper():
        return None
    year = int(m["y"]) if m["y"] else None
    return _ordinal_quarter(ctx, int(m["q"]), year)


def half(m: re.Match, ctx: Context) -> Resolved | None:
    number = ordinal_number(m["half"])
    if m["y"]:
        return Resolved(f"{m['y']}-H{number}", anchor="absolute")
    if ctx.anchor is None:
        return None
    shift = {"this": 0, "last": -1, "next": 1, "the": 0}[m["yshift"].lower()]
    return Resolved(f"{ctx.anchor.year + shift}-H{number}", anchor="dct")


def bare_half(m: re.Match, ctx: Context) -> Resolved | None:
    """"the first half" with no year: of the publication year, the last one over in the past tense,
    the next to come in the future."""
    number = ordinal_number(m["half"])
    if ctx.anchor is None:
        return None
    current = 1 if ctx.anchor.month <= 6 else 2
    year = ctx.anchor.year
    if ctx.tense == "past" and number > current:
        year -= 1
    elif ctx.tense == "future" and number < current:
        year += 1
    return Resolved(f"{year}-H{number}", anchor="dct")


def fiscal_year(m: re.Match, ctx: Context) -> Resolved | None:
    """"FY2009", "FY09": the fiscal year named by the calendar year it ends in."""
    return Resolved(str(_year(m["y"])), anchor="absolute")


def month_quarter(m: re.Match, ctx: Context) -> Resolved | None:
    """"the December quarter": the calendar quarter that month closes, in the month's year by tense."""
    if not _capitalised(m["mon"]) or ctx.anchor is None:
        return None
    number = month_number(m["mon"])
    year = year_for_month(ctx.anchor, number, ctx.tense)
    return Resolved(f"{year}-Q{(number - 1) // 3 + 1}", anchor="dct")
