"""What every reader is handed: the options of a run and the bytes of one input."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """How to read; `published` and `url` apply to documents that lack their own."""

    published: str | None = None
    url: str | None = None
    timeout: float = 20.0  # seconds per HTTP request
    retries: int = 2  # HTTP retries after the first try
    user_agent: str = "newsevents/0.1"


@dataclass(frozen=True, slots=True)
class Source:
    """The bytes of one input and what is known about them before looking inside."""

    name: str  # what the user sees in messages: a path, a URL, "stdin"
    origin: str  # what ids are made from when no URL is known: an absolute path, "stdin"
    data: bytes
    suffix: str = ""  # lower-case extension, ".gz" stripped: ".html", ".warc", ""
    url: str | None = None  # the final URL of a fetched page
    charset: str | None = None  # declared by an HTTP header
    media_type: str | None = None  # e.g. "text/html", from an HTTP header


def suffix_of(name: str) -> str:
    """The extension that says what a file holds: `a.html.gz` → ".html", `a.warc.gz` → ".warc"."""
    base = name.rsplit("/", 1)[-1].lower()
    if base.endswith(".gz"):
        base = base[:-3]
    dot = base.rfind(".")
    return base[dot:] if dot > 0 else ""


def content_type(value: str | None) -> tuple[str | None, str | None]:
    """(media type, charset) of a Content-Type header: "text/html; charset=UTF-8" → ("text/html", "UTF-8")."""
    if not value:
        return None, None
    media, _, params = value.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, val = param.partition("=")
        if key.strip().lower() == "charset":
            charset = val.strip().strip("\"'") or None
    return media.strip().lower() or None, charset
