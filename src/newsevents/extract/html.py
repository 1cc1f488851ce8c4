"""HTML → article body and metadata.

The body comes from trafilatura (the best measured peer), cheap path first: without its
fallbacks, then its full cascade when that finds little, then its baseline, then the plain
paragraphs of a small fragment such as a feed entry. Metadata (title, author, site name,
canonical URL, language hint, date) is read from the page's <head>, parsed on its own, and
from a few patterns over the markup, so the page is parsed in full only once, by trafilatura.
"""
from __future__ import annotations

import html as htmllib
import re
from dataclasses import dataclass

import trafilatura
import trafilatura.utils
from lxml import html as lxml_html

from ..errors import NoArticle
from . import dates

MIN_BODY_CHARS = 80
SMALL_FRAGMENT = 5000  # characters of markup: below this a page is a fragment, e.g. a feed entry
FULL_CASCADE_BELOW = 1500  # characters: a shorter fast result may have missed part of the body
_TITLE_SPLIT = re.compile(r"\s+[|–—-]\s+|\s+::\s+|\s+»\s+")
_HEAD_END = re.compile(r"</head\s*>", re.I)
_H1 = re.compile(r"<h1\b[^>]*>(.*?)</h1\s*>", re.I | re.S)
_TAG = re.compile(r"<[^>]+>")
_LD_AUTHOR = re.compile(r'"author"\s*:\s*(?:\[\s*)?(?:\{[^{}]*?"name"\s*:\s*"([^"]+)"|"([^"]+)")')
_AUTHOR_KEYS = ("author", "article:author", "byl", "parsely-author", "dc.creator", "sailthru.author")


@dataclass(frozen=True, slots=True)
class PageMeta:
    title: str | None
    title_path: str | None
    author: str | None
    site_name: str | None
    canonical_url: str | None
    lang_hint: str | None
    published: str | None  # from JSON-LD, meta tags or <time datetime>


def parse(markup: str):
    """An lxml tree, or None for markup lxml cannot read."""
    try:
        return lxml_html.fromstring(markup)
    except (ValueError, lxml_html.etree.ParserError):
        return None


def _head(markup: str):
    found = _HEAD_END.search(markup)
    return parse(markup[: found.end()] + "<body></body></html>" if found else markup)


def meta_map(tree) -> dict[str, str]:
    """Every <meta> key (property, name or itemprop, lower-cased) → its first non-empty content."""
    found: dict[str, str] = {}
    for node in tree.iter("meta"):
        key = (node.get("property") or node.get("name") or node.get("itemprop") or "").lower()
        value = (node.get("content") or "").strip()
        if key and value and key not in found:
            found[key] = value
    return found


def _first(meta: dict[str, str], *keys: str) -> str | None:
    return next((meta[k] for k in keys if k in meta), None)


def _clean(fragment: str) -> str:
    return " ".join(htmllib.unescape(_TAG.sub(" ", fragment)).split())


def _title(markup: str, head, meta: dict[str, str]) -> tuple[str | None, str | None]:
    value = _first(meta, "og:title", "twitter:title")
    if value:
        return value, "og:title"
    h1 = _H1.search(markup)
    if h1 and len(_clean(h1.group(1))) > 10:
        return _clean(h1.group(1)), "h1"
    value = " ".join(head.findtext(".//title", default="").split()) if head is not None else ""
    if value:
        return max(_TITLE_SPLIT.split(value), key=len).strip(), "html-title"
    return None, None


def _author(markup: str, meta: dict[str, str]) -> str | None:
    value = _first(meta, *_AUTHOR_KEYS)
    if value and not value.startswith("http"):
        return re.sub(r"^by\s+", "", value, flags=re.I)
    found = _LD_AUTHOR.search(markup) if "ld+json" in markup else None
    return (found.group(1) or found.group(2)) if found else None


def read_page_meta(markup: str) -> PageMeta:
    head = _head(markup)
    meta = meta_map(head) if head is not None else {}
    canonical = head.xpath('//link[@rel="canonical"]/@href') if head is not None else []
    lang = head.xpath("/html/@lang") if head is not None else []
    title, title_path = _title(markup, head, meta)
    return PageMeta(title=title, title_path=title_path, author=_author(markup, meta),
                    site_name=_first(meta, "og:site_name", "application-name", "publisher"),
                    canonical_url=(canonical[0] if canonical else None) or _first(meta, "og:url"),
                    lang_hint=lang[0] if lang else None, published=dates.from_markup(markup, meta))


def _fragment_text(markup: str) -> str:
    """The paragraphs of a small fragment (a feed entry) that the extractors pass over."""
    tree = parse(markup)
    if tree is None:
        return ""
    for node in tree.xpath("//script|//style|//nav|//header|//footer|//aside"):
        node.drop_tree()
    blocks = [" ".join(p.text_content().split()) for p in tree.iter("p", "li", "blockquote", "h2", "h3")]
    text = "\n".join(b for b in blocks if b)
    return text or " ".join(tree.text_content().split())


def _trafilatura(markup: str, url: str | None) -> tuple[str, str]:
    options = dict(url=url, include_comments=False, include_tables=True, favor_precision=True)
    text = trafilatura.extract(markup, fast=True, **options) or ""
    if len(text) >= FULL_CASCADE_BELOW:
        return text, "trafilatura-fast"
    full = trafilatura.extract(markup, **options) or ""
    return (full, "trafilatura") if len(full) > len(text) else (text, "trafilatura-fast")


def extract_body(markup: str, *, url: str | None, input: str) -> tuple[str, str]:
    """(body with paragraphs separated by blank lines, the path that produced it)."""
    text, path = _trafilatura(markup, url)
    if len(text) < MIN_BODY_CHARS:
        tree = trafilatura.utils.load_html(markup)
        baseline = trafilatura.baseline(tree)[1] if tree is not None else ""
        if len(baseline) > len(text):
            text, path = baseline, "trafilatura-baseline"
    if len(text) < MIN_BODY_CHARS and len(markup) < SMALL_FRAGMENT:
        text, path = _fragment_text(markup), "html-fragment"
    text = "\n\n".join(" ".join(line.split()) for line in text.splitlines() if line.strip())
    if len(text) < MIN_BODY_CHARS // 2:
        raise NoArticle("no article text found in the page", input=input)
    return text, path
