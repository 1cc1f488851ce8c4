"""Dates given by inputs (JSON fields, feed entries, the user), as ISO dates YYYY-MM-DD."""
from __future__ import annotations

import re
import time
from datetime import date, datetime
from email.utils import parsedate_to_datetime

_ISO_PREFIX = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


def iso_date(value: str | None) -> str | None:
    """`value` as YYYY-MM-DD when it is an ISO or RFC 2822 date, else None."""
    text = (value or "").strip()
    if not text:
        return None
    return _from_iso(text) or _from_rfc2822(text)


def from_struct(value: time.struct_time | None) -> str | None:
    """A feedparser `*_parsed` time as YYYY-MM-DD."""
    try:
        return date(value.tm_year, value.tm_mon, value.tm_mday).isoformat() if value else None
    except (AttributeError, TypeError, ValueError):
        return None


def _from_iso(text: str) -> str | None:
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        pass
    found = _ISO_PREFIX.match(text)
    if not found:
        return None
    try:
        return date(*map(int, found.groups())).isoformat()
    except ValueError:
        return None


def _from_rfc2822(text: str) -> str | None:
    try:
        return parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
