"""Plain records handed from stage to stage.

read → `RawDocument`; extract → `Article`; annotate → `Annotations`;
the pipeline joins them into a `Document`, the contract printed by
`newsevents process` and stored by `newsevents ingest`. Anything that fails
becomes a `Failure`. Offsets are character offsets into `Article.text`.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

SCHEMA_VERSION = "1.0"


@dataclass(frozen=True, slots=True)
class RawDocument:
    """One document as a reader found it, before extraction."""

    id: str  # stable: from the origin and the content
    input: str  # what the user named: a path, a URL, "path#3" for the 4th record
    kind: str  # "html" or "text"
    content: str  # decoded text of the page or of the scraped text
    url: str | None = None
    title: str | None = None  # given by the input (JSON field, feed entry)
    published: str | None = None  # ISO date given by the input or the user
    published_source: str | None = None  # "user", "json", "feed", "warc"
    encoding: str | None = None  # how the bytes were decoded, when they were bytes


@dataclass(frozen=True, slots=True)
class Removed:
    """A line the text cleaner took out, and why."""

    text: str
    reason: str


@dataclass(frozen=True, slots=True)
class Article:
    """The article an extractor found in a raw document."""

    id: str
    input: str
    url: str | None
    source: str | None  # the domain, e.g. "example.com"
    title: str | None
    published: str | None  # ISO date, YYYY-MM-DD
    published_source: str | None  # "user", "json", "feed", "html-meta", "url", "text", ...
    language: str | None  # ISO 639-1 code
    text: str  # the clean body; every offset points into it
    removed: tuple[Removed, ...] = ()
    author: str | None = None
    site_name: str | None = None
    extractor: str = ""  # which path produced the body, e.g. "trafilatura", "text-cleaner"
    provenance: tuple[tuple[str, str], ...] = ()  # (field, path that produced it)
    text_hash: str = ""  # hash of the normalised text: exact duplicates
    simhash: int = 0  # 64-bit simhash over word shingles: near-duplicates
    duplicate_of: str | None = None  # set by the store, never by extraction


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Token:
    """One token of the parse, as plain data: later stages read the parse from these.

    `i` and `head` index the article's token list (a root is its own head); `start`/`end`
    are character offsets into `Article.text`; `sent` is the index of its sentence.
    """

    i: int
    start: int
    end: int
    text: str
    lemma: str
    pos: str  # Universal POS (UPOS)
    tag: str  # fine-grained tag (XPOS)
    dep: str  # dependency label
    head: int
    sent: int
    morph: str = ""  # e.g. "Tense=Past|VerbForm=Fin"
    ent: str = ""  # entity label when the token is inside an entity


@dataclass(frozen=True, slots=True)
class Entity:
    text: str
    label: str
    start: int
    end: int
    actor: Any = None  # who this is: {name, code, country, role}, filled by the resolve stage
    place: Any = None  # where on the map: {name, lat, lon, country, kind, geonames_id, raw}


@dataclass(frozen=True, slots=True)
class Annotations:
    """What the annotate and coding stages add. Empty until they run."""

    sentences: tuple[Sentence, ...] = ()
    tokens: tuple[Token, ...] = ()  # the parse; not part of the printed contract
    entities: tuple[Any, ...] = ()
    times: tuple[Any, ...] = ()
    quotes: tuple[Any, ...] = ()
    events: tuple[Any, ...] = ()
    note: str | None = None  # why annotation was skipped, if it was
    focus: Any = None  # the article's main country and place: {country, place, published_inferred}


@dataclass(frozen=True, slots=True)
class Failure:
    """An input that could not be read, extracted or stored."""

    input: str
    stage: str
    code: str
    message: str

    @classmethod
    def from_error(cls, error: Exception, *, input: str | None = None) -> "Failure":
        name = getattr(error, "input", None) or input or "?"
        return cls(
            input=name,
            stage=getattr(error, "stage", "internal"),
            code=getattr(error, "code", type(error).__name__),
            message=getattr(error, "message", None) or str(error) or type(error).__name__,
        )

    def line(self) -> str:
        return f"{self.input}: {self.message} [{self.stage}/{self.code}]"


def field_of(value: Any, key: str) -> Any:
    """A field of a record, or of its plain dict form (a place or an actor read back from JSON);
    None for no record."""
    return value.get(key) if isinstance(value, dict) else getattr(value, key, None)


def plain(value: Any) -> Any:
    """A record as plain JSON-ready data: dataclasses become dicts, tuples lists."""
    return _plain(value)


_SCALARS = frozenset({str, int, float, bool, type(None)})
_FIELD_NAMES: dict[type, tuple[str, ...]] = {}  # per dataclass: its field names, looked up once


def _plain(value: Any) -> Any:
    kind = type(value)
    if kind in _SCALARS:
        return value
    names = _FIELD_NAMES.get(kind)
    if names is None and dataclasses.is_dataclass(value) and not isinstance(value, type):
        names = _FIELD_NAMES[kind] = tuple(f.name for f in dataclasses.fields(value))
    if names is not None:
        return {name: _plain(getattr(value, name)) for name in names}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


@dataclass(frozen=True, slots=True)
class Document:
    """An article with its annotations: the JSON document contract."""

    article: Article
    annotations: Annotations = field(default_factory=Annotations)

    def to_dict(self) -> dict[str, Any]:
        a, n = self.article, self.annotations
        return {
            "schema_version": SCHEMA_VERSION,
            "id": a.id,
            "url": a.url,
            "source": a.source,
            "title": a.title,
            "published": a.published,
            "published_source": a.published_source,
            "language": a.language,
            "author": a.author,
            "site_name": a.site_name,
            "extractor": a.extractor,
            "provenance": dict(a.provenance),
            "duplicate_of": a.duplicate_of,
            "text": a.text,
            "removed": _plain(a.removed),
            "sentences": _plain(n.sentences),
            "entities": _plain(n.entities),
            "times": _plain(n.times),
            "quotes": _plain(n.quotes),
            "events": _plain(n.events),
            "annotation_note": n.note,
            "focus": _plain(n.focus),
        }
