"""What a decoded input holds: "html", "text", "json", "jsonl" or "feed".

The extension (or the HTTP media type) decides where it is clear; the content decides
where it is absent, unknown or plainly wrong (a `.txt` that is a whole HTML page).
"""
from __future__ import annotations

import json
import re

_BY_SUFFIX = {
    ".html": "html", ".htm": "html", ".xhtml": "html", ".shtml": "html", ".php": "html", ".asp": "html",
    ".aspx": "html", ".txt": "text", ".text": "text", ".json": "json", ".jsonl": "jsonl",
    ".ndjson": "jsonl", ".rss": "feed", ".atom": "feed",
}
_BY_MEDIA_TYPE = {
    "text/html": "html", "application/xhtml+xml": "html", "text/plain": "text",
    "application/json": "json", "application/x-ndjson": "jsonl", "application/jsonl": "jsonl",
    "application/rss+xml": "feed", "application/atom+xml": "feed", "application/rdf+xml": "feed",
}
_PROLOG = r"(?:<\?[^>]*\?>|<!--.*?-->|<!DOCTYPE[^>]*>|\s)*"
_FEED_ROOT = re.compile(_PROLOG + r"<(?:rss|feed|rdf:RDF)[\s>/]", re.I | re.S)
_HTML_ROOT = re.compile(_PROLOG + r"<(?:html|head|body)[\s>/]|\s*<!DOCTYPE\s+html", re.I | re.S)
_MARKUP = re.compile(r"<(?:html|head|body|div|p|article|section|span|h[1-6]|br|a\s|meta|title|table|ul|li)[\s>/]", re.I)
_HEAD = 4096


def kind_of(text: str, *, suffix: str = "", media_type: str | None = None) -> str:
    """The reader for `text`, given the file extension and HTTP media type if any."""
    hinted = _BY_MEDIA_TYPE.get(media_type or "") or _BY_SUFFIX.get(suffix)
    head = text[:_HEAD].lstrip("\ufeff")
    if hinted == "text":
        return "html" if _HTML_ROOT.match(head) else "text"
    if hinted:
        return hinted
    return sniff(text)


def sniff(text: str) -> str:
    """The kind of `text` judged by its content alone."""
    head = text[:_HEAD].lstrip("\ufeff").lstrip()
    if head.startswith("<"):
        return "feed" if _FEED_ROOT.match(head) else "html"
    if head and head[0] in "{[":
        return _json_kind(text)
    return "html" if len(_MARKUP.findall(head)) >= 3 else "text"


def _json_kind(text: str) -> str:
    try:
        json.loads(text)
        return "json"
    except ValueError:
        pass
    first = text.lstrip().split("\n", 1)[0]
    try:
        return "jsonl" if isinstance(json.loads(first), dict) else "text"
    except ValueError:
        return "text"
