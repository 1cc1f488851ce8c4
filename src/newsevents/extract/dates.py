"""Publication dates: from HTML metadata, the URL or the first lines of the text.

Each finder returns an ISO date (YYYY-MM-DD) or None; `extract` records which one
answered in `Article.published_source`.
"""
from __future__ import annotations

import re
from datetime import date


from ..lang.en.dates import MONTHS
from ..read.dates import iso_date

_META_KEYS = (
    "article:published_time", "og:article:published_time", "datepublished", "date",
    "dc.date", "dc.date.issued", "dcterms.created", "pubdate", "publishdate", "publish-date",
    "sailthru.date", "parsely-pub-date", "article.published", "published_time", "citation_date",
    "citation_publication_date", "original-publish-date", "dc.date.created",
)
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_URL_DATE = re.compile(r"/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:/|-|$|[^\d])")
_URL_COMPACT = re.compile(r"[/_-]((?:19|20)\d{2})(\d{2})(\d{2})[/_-]")
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_TEXT_MDY = re.compile(rf"\b({_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+((?:19|20)\d{{2}})\b", re.I)
_TEXT_DMY = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH})\.?,?\s+((?:19|20)\d{{2}})\b", re.I)


def make_date(year: int | str, month: int | str, day: int | str) -> str | None:
    try:
        value = date(int(year), int(month), int(day))
    except (ValueError, TypeError):
        return None
    return value.isoformat() if 1900 <= value.year <= 2100 else None


def parse_iso(value: str | None) -> str | None:
    """The date of an ISO-like timestamp such as 2024-03-05T10:00:00Z."""
    if not value:
        return None
    found = _ISO.search(value)
    return make_date(*found.groups()) if found else None


_LD_DATE = re.compile(r'"(?:datePublished|dateCreated|uploadDate)"\s*:\s*"([^"]+)"')
_TIME = re.compile(r"<time\b[^>]*?\bdatetime\s*=\s*[\"']([^\"']+)", re.I)


def from_markup(markup: str, meta: dict[str, str]) -> str | None:
    """datePublished from JSON-LD, then meta tags, then <time datetime>."""
    candidates = _LD_DATE.findall(markup) if "ld+json" in markup else []
    candidates += [meta[key] for key in _META_KEYS if key in meta]
    candidates += _TIME.findall(markup)
    for value in candidates:
        found = parse_iso(value)
        if found:
            return found
    return None


def from_url(url: str | None) -> str | None:
    if not url:
        return None
    for pattern in (_URL_DATE, _URL_COMPACT):
        found = pattern.search(url)
        if found:
            value = make_date(*found.groups())
            if value:
                return value
    return None


def from_text(text: str, *, lines: int = 8) -> str | None:
    """A full date written in the first lines (a dateline, 'Published 5 March 2024')."""
    head = "\n".join(text.splitlines()[:lines])
    for found in (_TEXT_MDY.search(head), _TEXT_DMY.search(head)):
        if not found:
            continue
        a, b, year = found.groups()
        month, day = (a, b) if not a.isdigit() else (b, a)
        value = make_date(year, MONTHS[month.lower()], day)
        if value:
            return value
    return None


def parse_any(value: str | None) -> str | None:
    """A date given by a user, a JSON field or a feed: ISO, RFC 2822 or written out."""
    return iso_date(value) or parse_iso(value) or (from_text(value, lines=1) if value else None)
