"""Calendar arithmetic and TIMEX3 value formatting: plain functions over ``datetime.date``."""
from __future__ import annotations

import re
from datetime import date, timedelta

from newsevents.lang.en.times import SEASON_START


def parse_date(value: str | None) -> date | None:
    """The date of "2024-03-04" or "2024-03-04T10:00:00Z"; None when there is none."""
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def day_value(d: date) -> str:
    return d.isoformat()


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def week_value(d: date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year:04d}-W{week:02d}"


def quarter_of(d: date) -> int:
    return (d.month - 1) // 3 + 1


def add_months(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + months
    return index // 12, index % 12 + 1


def add_quarters(year: int, quarter: int, quarters: int) -> tuple[int, int]:
    index = year * 4 + quarter - 1 + quarters
    return index // 4, index % 4 + 1


def season_of(d: date) -> tuple[int, str]:
    """The season a date falls in, as (year, code); winter belongs to the year of its December."""
    if d.month <= 2:
        return d.year - 1, "WI"
    code = next(c for c, m in sorted(SEASON_START.items(), key=lambda i: -i[1]) if d.month >= m)
    return d.year, code


def season_start(year: int, code: str) -> date:
    return date(year, SEASON_START[code], 1)


def weekday_by_tense(anchor: date, weekday: int, tense: str) -> date:
    """The weekday nearest the anchor in the direction of the tense; the anchor's own weekday is itself."""
    back = (anchor.weekday() - weekday) % 7
    if back == 0:
        return anchor
    forward = 7 - back
    if tense in {"future", "around"}:
        return anchor + timedelta(days=forward)
    if tense == "present":
        return anchor + timedelta(days=forward) if forward < back else anchor - timedelta(days=back)
    return anchor - timedelta(days=back)


def weekday_in_week(anchor: date, weekday: int) -> date:
    """The weekday of the anchor's own (ISO, Monday-first) week: "this Wednesday"."""
    return anchor + timedelta(days=weekday - anchor.weekday())


def year_for_month(anchor: date, month: int, tense: str | None, day: int | None = None) -> int:
    """The year of a month (and day) written without one.

    Past tense: the most recent one, this one included; future: the next one, this one included;
    "around" (to come, as seen from the past): the nearest; otherwise the nearest, for a day, and
    the most recent, for a month alone.
    """
    here = (anchor.month, anchor.day if day is not None else 0)
    there = (month, day if day is not None else 0)
    if tense == "future":
        return _with_day(anchor.year if there >= here else anchor.year + 1, month, day, 1)
    if tense == "around" and day is None:
        return nearest_year(anchor, month, 15)
    if tense == "past" or day is None:
        return _with_day(anchor.year if there <= here else anchor.year - 1, month, day, -1)
    return nearest_year(anchor, month, day)


def _with_day(year: int, month: int, day: int | None, step: int) -> int:
    """The year itself, or the next one in the direction of `step` that has the day (29 February)."""
    while day is not None and not _exists(year, month, day):
        year += step
    return year


def _exists(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def nearest_year(anchor: date, month: int, day: int) -> int:
    """The year that puts month/day closest to the anchor (no tense known), among years that have
    the day."""
    def distance(year: int) -> int:
        return abs((safe_date(year, month, day) - anchor).days)
    years = [y for y in range(anchor.year - 4, anchor.year + 5) if _exists(y, month, day)] or [anchor.year]
    return min(years, key=distance)


def safe_date(year: int, month: int, day: int) -> date:
    """A date, with 29 February moved to the 28th in years without it."""
    try:
        return date(year, month, day)
    except ValueError:
        return date(year, month, 28)


_SHAPES = (
    (re.compile(r"^\d{4}-\d{2}-\d{2}T"), "time"),
    (re.compile(r"^(\d{4}|XXXX)-\d{2}-\d{2}$"), "day"),
    (re.compile(r"^\d{4}-W\d{2}(-WE)?$"), "week"),
    (re.compile(r"^XXXX-WXX-\d$"), "day"),
    (re.compile(r"^(\d{4}|XXXX)-\d{2}$"), "month"),
    (re.compile(r"^\d{4}-(SP|SU|FA|WI)$"), "season"),
    (re.compile(r"^\d{4}-Q\d$"), "quarter"),
    (re.compile(r"^\d{4}-H\d$"), "half"),
    (re.compile(r"^\d{4}$"), "year"),
    (re.compile(r"^\d{3}$"), "decade"),
    (re.compile(r"^\d{2}$"), "century"),
    (re.compile(r"^PT?[\dX]"), "duration"),
)


def granularity_of(value: str | None, kind: str = "date") -> str:
    """The granularity a TIMEX3 value is written at: "2024-03" -> "month", "P10Y" -> "duration"."""
    if kind == "set":
        return "set"
    if value is None:
        return "unknown"
    return next((name for shape, name in _SHAPES if shape.search(value)), "unknown")


_HALF_START = {"1": 1, "2": 7}


def value_start(value: str | None) -> date | None:
    """The first day of the stretch a calendar value names: "2009-Q3" -> 2009-07-01, "2008-W41" -> its
    Monday, "2007" -> 2007-01-01; None for references, durations and open values."""
    if not value or not value[:4].isdigit():
        return None
    year, rest = int(value[:4]), value[5:]
    if re.fullmatch(r"\d{2}-\d{2}(?:T.*)?", rest):
        return parse_date(value)
    if re.fullmatch(r"W\d{2}(?:-WE)?", rest):
        return date.fromisocalendar(year, int(rest[1:3]), 6 if rest.endswith("WE") else 1)
    if re.fullmatch(r"\d{2}", rest):
        return date(year, int(rest), 1)
    if re.fullmatch(r"Q[1-4]", rest):
        return date(year, 3 * int(rest[1]) - 2, 1)
    if re.fullmatch(r"H[12]", rest):
        return date(year, _HALF_START[rest[1]], 1)
    if rest in SEASON_START:
        return season_start(year, rest)
    return date(year, 1, 1) if rest == "" and len(value) == 4 else None
