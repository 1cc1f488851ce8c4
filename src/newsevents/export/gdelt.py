"""GDELT 2.0 export: the Events table (61 columns) and the Mentions table (16 columns).

Both are tab-separated, no header, in the GDELT 2.0 Event and Mentions codebooks'
column order, so GDELT tooling reads them. Input is (event, article) pairs in the
newsevents contract shape: an event ``{id, actor1, actor2, cameo, root, quad_class,
goldstein, date, location, sentence, start, end, confidence, ...}`` with actors
``{text, name, code, country, role}``, and its article ``{id, url, source,
published, text}`` (a whole document dict will do).

How our fields fill GDELT's:

* GLOBALEVENTID: the first 15 hex digits of the event id as an integer (stable, < 2**60).
* SQLDATE/MonthYear/Year/FractionDate: the event date, else the publication date;
  FractionDate is YEAR + ((MONTH - 1) * 30 + DAY) / 365, as GDELT's files have it
  (20150218 -> 2015.1315).
* Actor*Code is the actor's CAMEO code; CountryCode its country (CAMEO, ISO-3);
  Type1-3Code the role split into 3-letter codes (GOVMIL -> GOV, MIL).
* IsRootEvent: 1 when the event lies in the article's first paragraph.
* NumMentions/NumSources/NumArticles: 1 (one article); AvgTone: the event's or
  article's ``tone``, else 0.
* ActionGeo_* from the event's location (Type 1 country, 2 US state, 3 US city,
  4 world city, 5 world state; CountryCode in FIPS 10-4; FeatureID the GeoNames
  id); Actor1Geo/Actor2Geo are left empty (Type 0): we do not place actors.
* DATEADDED: `date_added` if given, else the publication date at 00:00:00 (YYYYMMDDHHMMSS).

GDELT has no escaping: tabs and line breaks inside a field become spaces.
`read_events` / `read_mentions` read the files back by the codebook, with types.
"""
from __future__ import annotations

import gzip
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import IO, Iterable, Iterator
from urllib.parse import urlsplit

from ..cameo.codes import UnknownCameoCode, cameo_info

_ACTOR = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
          "Type1Code", "Type2Code", "Type3Code")
_GEO = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")
EVENT_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{c}" for c in _ACTOR), *(f"Actor2{c}" for c in _ACTOR),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"Actor1Geo_{c}" for c in _GEO), *(f"Actor2Geo_{c}" for c in _GEO), *(f"ActionGeo_{c}" for c in _GEO),
    "DATEADDED", "SOURCEURL",
)
MENTION_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName",
    "MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset",
    "InRawText", "Confidence", "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo", "Extras",
)
assert len(EVENT_COLUMNS) == 61 and len(MENTION_COLUMNS) == 16

_INT = {"GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "IsRootEvent", "QuadClass", "NumMentions",
        "NumSources", "NumArticles", "Actor1Geo_Type", "Actor2Geo_Type", "ActionGeo_Type", "DATEADDED",
        "EventTimeDate", "MentionTimeDate", "MentionType", "SentenceID", "Actor1CharOffset",
        "Actor2CharOffset", "ActionCharOffset", "InRawText", "Confidence", "MentionDocLen"}
_FLOAT = {"FractionDate", "GoldsteinScale", "AvgTone", "MentionDocTone",
          *(f"{p}Geo_{c}" for p in ("Actor1", "Actor2", "Action") for c in ("Lat", "Long"))}
MENTION_WEB = 1  # MentionType: 1 WEB, 2 CITATIONONLY, 3 CORE, 4 DTIC, 5 JSTOR, 6 NONTEXTUALSOURCE

Pair = tuple[dict, dict]


# ---------------------------------------------------------------- rows

def event_pairs(documents: Iterable[dict]) -> Iterator[Pair]:
    """(event, document) for every event of every document."""
    for document in documents:
        for event in document.get("events") or ():
            yield event, document


def events_rows(pairs: Iterable[Pair], *, date_added: datetime | None = None) -> Iterator[list[str]]:
    """One 61-column row per event, as strings."""
    for event, article in pairs:
        yield [_clean(v) for v in _event_row(event, article, date_added)]


def mentions_rows(pairs: Iterable[Pair], *, date_added: datetime | None = None) -> Iterator[list[str]]:
    """One 16-column row per event: its mention in its article."""
    for event, article in pairs:
        yield [_clean(v) for v in _mention_row(event, article, date_added)]


def _event_row(event: dict, article: dict, date_added: datetime | None) -> list:
    day = _event_day(event, article)
    code = str(event.get("cameo") or "")
    info = _info(code)
    tone = event.get("tone", article.get("tone", 0.0)) or 0.0
    return [
        global_event_id(event), day.strftime("%Y%m%d") if day else "", day.strftime("%Y%m") if day else "",
        day.year if day else "", f"{day.year + ((day.month - 1) * 30 + day.day) / 365:.4f}" if day else "",
        *_actor(event.get("actor1")), *_actor(event.get("actor2")),
        int(_is_root(event, article)), code, code[:3], event.get("root") or code[:2],
        event.get("quad_class") or (info.quad_class if info else ""),
        _number(event.get("goldstein"), info.goldstein if info else ""), 1, 1, 1, _number(tone, 0.0),
        *_geo(None), *_geo(None), *_geo(event.get("location")),
        _stamp(date_added, article), article.get("url") or "",
    ]


def _mention_row(event: dict, article: dict, date_added: datetime | None) -> list:
    text = article.get("text") or ""
    start = event.get("start")
    action = start if isinstance(start, int) else -1
    offsets = [_offset(text, (event.get(a) or {}).get("text"), action) for a in ("actor1", "actor2")]
    sentence = event.get("sentence")
    stamp = _stamp(date_added, article)
    return [
        global_event_id(event), stamp, _stamp(None, article), MENTION_WEB, _source_name(article),
        article.get("url") or "", sentence + 1 if isinstance(sentence, int) else 1, *offsets, action,
        int(all(o >= 0 for o, a in zip(offsets, ("actor1", "actor2")) if event.get(a))),
        _confidence(event.get("confidence")), len(text), _number(article.get("tone"), 0.0), "", "",
    ]


def global_event_id(event: dict) -> int:
    """A stable integer id from the event's hex id (its first 15 hex digits)."""
    hex_id = str(event.get("id") or "")
    try:
        return int(hex_id[:15], 16)
    except ValueError:
        raise ValueError(f"event id {hex_id!r} is not a hex id") from None


def _info(code: str):
    try:
        return cameo_info(code) if code else None
    except UnknownCameoCode:
        return None


def _actor(actor: dict | None) -> list[str]:
    if not actor:
        return [""] * len(_ACTOR)
    role = (actor.get("role") or "").upper()
    types = [role[i:i + 3] for i in range(0, len(role), 3)][:3]
    return [actor.get("code") or "", actor.get("name") or actor.get("text") or "", actor.get("country") or "",
            actor.get("known_group") or "", actor.get("ethnic") or "", actor.get("religion1") or "",
            actor.get("religion2") or "", *(types + ["", "", ""])[:3]]


def _geo(place: dict | None) -> list:
    if not place:
        return [0, "", "", "", "", "", "", ""]
    fips = _fips(place)
    return [_geo_type(place, fips), place.get("name") or "", fips, place.get("adm1_code") or "",
            place.get("adm2_code") or "", _number(place.get("lat"), ""), _number(place.get("lon"), ""),
            place.get("geonames_id") or ""]


def _geo_type(place: dict, fips: str) -> int:
    kind = (place.get("kind") or "").lower()
    if kind == "country":
        return 1
    if kind in {"state", "region", "province", "adm1"}:
        return 2 if fips == "US" else 5
    return 3 if fips == "US" else 4


def _fips(place: dict) -> str:
    country = (place.get("country") or "").upper()
    if country == "PSE":
        return "GZ" if "gaza" in (place.get("name") or "").lower() else "WE"
    return _fips_table().get(country, "")


@lru_cache(maxsize=1)
def _fips_table() -> dict[str, str]:
    path = Path(__file__).resolve().parents[1] / "data" / "gdelt" / "iso3_fips.tsv"
    lines = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()
             if line and not line.startswith(("#", "iso3\t"))]
    return {row[0]: row[1] for row in lines}


def _event_day(event: dict, article: dict) -> date | None:
    for value in (event.get("date"), article.get("published")):
        if value:
            try:
                return date.fromisoformat(str(value)[:10])
            except ValueError:
                continue
    return None


def _stamp(moment: datetime | None, article: dict) -> str:
    if moment is not None:
        return moment.strftime("%Y%m%d%H%M%S")
    day = _event_day({}, article)
    return day.strftime("%Y%m%d000000") if day else ""


def _is_root(event: dict, article: dict) -> bool:
    text = article.get("text") or ""
    start = event.get("start")
    if not isinstance(start, int) or not text:
        return event.get("sentence") == 0
    end = text.find("\n\n")
    return start < (end if end >= 0 else len(text))


def _offset(text: str, needle: str | None, near: int) -> int:
    """The occurrence of `needle` in `text` nearest to `near`; -1 when absent."""
    if not needle or not text:
        return -1
    found, best = text.find(needle), -1
    while found >= 0:
        if best < 0 or abs(found - near) < abs(best - near):
            best = found
        found = text.find(needle, found + 1)
    return best


def _source_name(article: dict) -> str:
    host = urlsplit(article.get("url") or "").hostname or ""
    return host.removeprefix("www.") or article.get("source") or ""


def _confidence(value) -> int:
    if not isinstance(value, (int, float)):
        return 100
    return int(round(value * 100 if value <= 1 else value))


def _number(value, default):
    return default if value is None or value == "" else value


def _clean(value) -> str:
    """A field as GDELT writes it: no tabs, no line breaks (they become spaces)."""
    if isinstance(value, float):
        return repr(value) if value != int(value) else f"{value:.1f}"
    text = str(value)
    return " ".join(text.replace("\t", " ").splitlines()) if ("\t" in text or "\n" in text or "\r" in text) else text


# ---------------------------------------------------------------- files

def write_events(target: str | Path | IO[str], pairs: Iterable[Pair], *, date_added: datetime | None = None) -> int:
    """Write the Events table (a path, or a text stream); returns the number of rows."""
    return _write(target, events_rows(pairs, date_added=date_added))


def write_mentions(target: str | Path | IO[str], pairs: Iterable[Pair], *, date_added: datetime | None = None) -> int:
    """Write the Mentions table (a path, or a text stream); returns the number of rows."""
    return _write(target, mentions_rows(pairs, date_added=date_added))


def _write(target, rows: Iterator[list[str]]) -> int:
    if isinstance(target, (str, Path)):
        with _open(Path(target), "w") as stream:
            return _write(stream, rows)
    count = 0
    for row in rows:
        target.write("\t".join(row) + "\n")
        count += 1
    return count


def read_events(source: str | Path | IO[str]) -> list[dict]:
    """The rows of a GDELT 2.0 Events file as dicts named by the codebook, with types."""
    return _read(source, EVENT_COLUMNS)


def read_mentions(source: str | Path | IO[str]) -> list[dict]:
    """The rows of a GDELT 2.0 Mentions file as dicts named by the codebook, with types."""
    return _read(source, MENTION_COLUMNS)


def _read(source, columns: tuple[str, ...]) -> list[dict]:
    if isinstance(source, (str, Path)):
        with _open(Path(source), "r") as stream:
            return _read(stream, columns)
    rows = []
    for number, line in enumerate(source, start=1):
        fields = line.rstrip("\r\n").split("\t")
        if fields == [""]:
            continue
        if len(fields) != len(columns):
            raise ValueError(f"line {number}: {len(fields)} columns, the codebook has {len(columns)}")
        rows.append({name: _typed(name, value) for name, value in zip(columns, fields)})
    return rows


def _typed(name: str, value: str):
    if name in _INT:
        return int(value) if value else None
    if name in _FLOAT:
        return float(value) if value else None
    return value


def _open(path: Path, mode: str) -> IO[str]:
    if path.suffix == ".gz":
        return gzip.open(path, mode + "t", encoding="utf-8", newline="")
    return open(path, mode, encoding="utf-8", newline="")
