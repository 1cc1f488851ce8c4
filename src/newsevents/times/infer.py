"""A publication date from the text itself, when none is known: "Monday, March 4" fixes the year."""
from __future__ import annotations

import re
from datetime import date

from newsevents.lang.en.dates import WEEKDAYS
from newsevents.times.calendar import safe_date
from newsevents.times.calendar_rules import day_number, month_number
from newsevents.times.patterns import DAY, MONTH, WEEKDAY, YEAR

_YEARS_BACK = 28     # the weekday calendar repeats within 28 years
_WEEKDAY_DATE = re.compile(
    rf"\b(?P<wd>{WEEKDAY}),?\s+(?:(?P<mon>{MONTH})\s+(?P<d>{DAY})|(?:the\s+)?(?P<d2>{DAY})(?:\s+of)?\s+(?P<mon2>{MONTH}))"
    rf"(?!,?\s+{YEAR}|\w)", re.I)
_FULL_DATE = re.compile(
    rf"\b(?:(?P<mon>{MONTH})\s+(?P<d>{DAY}),?\s+(?P<y>{YEAR})|(?P<d2>{DAY})(?:\s+of)?\s+(?P<mon2>{MONTH}),?\s+"
    rf"(?P<y2>{YEAR})|(?P<iy>\d{{4}})-(?P<im>\d{{2}})-(?P<id>\d{{2}}))\b", re.I)


def infer_published(text: str, *, today: date | None = None) -> tuple[str | None, str]:
    """The latest date the text fixes, not after today, and how it was found; (None, why) when none."""
    today = today or date.today()
    found = [c for c in (*_weekday_dates(text, today), *_full_dates(text)) if c[0] <= today]
    if not found:
        return None, "no date in the text fixes the publication date"
    day, how = max(found, key=lambda c: c[0])
    return day.isoformat(), how


def _weekday_dates(text: str, today: date):
    for m in _WEEKDAY_DATE.finditer(text):
        if not m["wd"][0].isupper():
            continue
        month, day = month_number(m["mon"] or m["mon2"]), day_number(m["d"] or m["d2"])
        weekday = WEEKDAYS[m["wd"].lower()]
        for year in range(today.year, today.year - _YEARS_BACK, -1):
            candidate = safe_date(year, month, day)
            if candidate.day == day and candidate.weekday() == weekday and candidate <= today:
                yield candidate, (f"inferred from {m.group(0)!r}: the latest year, not after today, "
                                  f"in which it falls on a {m['wd'].capitalize()}")
                break


def _full_dates(text: str):
    for m in _FULL_DATE.finditer(text):
        try:
            if m["iy"]:
                day = date(int(m["iy"]), int(m["im"]), int(m["id"]))
            else:
                day = date(int(m["y"] or m["y2"]), month_number(m["mon"] or m["mon2"]), day_number(m["d"] or m["d2"]))
        except ValueError:
            continue
        yield day, f"inferred from {m.group(0)!r}: the latest full date in the text"
