"""HTML → article body and metadata.

The body comes from trafilatura (the best measured peer), run on a tree parsed once;
its baseline extractor is the fallback when the main path under-delivers. Metadata
(title, author, site name, canonical URL) is read cheaply from the tree's meta tags.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import trafilatura
import trafilatura.utils

from ..errors import NoArticle

MIN_BODY_CHARS = 80
SMALL_FRAGMENT = 5000  # characters of markup: below this a page is a fragment, e.g. a feed entry
FULL_CASCADE_BELOW = 1500  # characters: a shorter fast result may have missed part of the body
_TITLE_SPLIT = re.compile(r"\s+[|–—-]\s+|\s+::\s+|\s+»\s+")


@dataclass(frozen=True, slots=True)
class HtmlFields:
    text: str
    text_path: str
    title: str | None
    title_path: str | None
    author: str | None
    site_name: str | None
    canonical_url: str | None
    lang_hint: str | None


def meta_map(tree) -> dict[str, str]:
    """Every <meta> key (property, name or itemprop, lower-cased) → its first non-empty content."""
    found: dict[str, str] = {}
    for node in tree.iter("meta"):
        key = (node.get("property") or node.get("name") or node.get("itemprop") or "").lower()
        value = (node.get("content") or "").strip()
        if key and value and key not in found:
            found[key] = value
    return found


def _meta(meta: dict[str, str], *keys: str) -> str | None:
    return next((meta[k] for k in keys if k in meta), None)


def _first_text(tree, xpath: str) -> str | None:
    for node in tree.xpath(xpath):
        text = " ".join(node.text_content().split())
        if text:
            return text
    return None


def _title(tree, meta: dict[str, str]) -> tuple[str | None, str | None]:
    value = _meta(meta, "og:title", "twitter:title")
    if value:
        return value, "og:title"
    value = _first_text(tree, "//h1")
    if value and len(value) > 10:
        return value, "h1"
    value = _first_text(tree, "//title")
    if value:
        parts = _TITLE_SPLIT.split(value)
        return max(parts, key=len).strip(), "html-title"
    return None, None


def _json_ld_author(tree) -> str | None:
    for script in tree.xpath('//script[@type="application/ld+json"]/text()'):
        found = re.search(r'"author"\s*:\s*(\[?\s*\{[^}]*?"name"\s*:\s*"([^"]+)"|"([^"]+)")', script)
        if found:
            return found.group(2) or found.group(3)
    return None


def _author(tree, meta: dict[str, str]) -> str | None:
    value = _meta(meta, "author", "article:author", "byl", "parsely-author", "dc.creator", "sailthru.author")
    if value and not value.startswith("http"):
        return re.sub(r"^by\s+", "", value, flags=re.I)
    return _json_ld_author(tree)


def _fragment_text(tree) -> str:
    """The paragraphs of a small fragment (a feed entry) that the extractors pass over."""
    for node in tree.xpath("//script|//style|//nav|//header|//footer|//aside"):
        node.drop_tree()
    blocks = [" ".join(p.text_content().split()) for p in tree.iter("p", "li", "blockquote", "h2", "h3")]
    text = "\n".join(b for b in blocks if b)
    return text or " ".join(tree.text_content().split())


def _body(html: str, url: str | None) -> tuple[str, str]:
    """Cheap first: trafilatura without its fallbacks; the full cascade only for short results."""
    options = dict(url=url, include_comments=False, include_tables=True, favor_precision=True)
    text = trafilatura.extract(html, fast=True, **options) or ""
    path = "trafilatura-fast"
    if len(text) < FULL_CASCADE_BELOW:
        full = trafilatura.extract(html, **options) or ""
        if len(full) > len(text):
            text, path = full, "trafilatura"
    if len(text) < MIN_BODY_CHARS:
        tree = trafilatura.utils.load_html(html)
        baseline = trafilatura.baseline(tree)[1] if tree is not None else ""
        if len(baseline) > len(text):
            text, path = baseline, "trafilatura-baseline"
    return text, path


def _paragraphs(text: str) -> str:
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n\n".join(line for line in lines if line)


def extract_html(html: str, tree, meta: dict[str, str], *, url: str | None, input: str) -> HtmlFields:
    """Metadata from our own parse of the page; the body from trafilatura on the markup."""
    title, title_path = _title(tree, meta)
    author = _author(tree, meta)
    site_name = _meta(meta, "og:site_name", "application-name", "publisher")
    canonical = next(iter(tree.xpath('//link[@rel="canonical"]/@href')), None) or _meta(meta, "og:url")
    lang_hint = next(iter(tree.xpath("/html/@lang")), None)
    text, text_path = _body(html, url or canonical)
    if len(text) < MIN_BODY_CHARS and len(html) < SMALL_FRAGMENT:
        text, text_path = _fragment_text(tree), "html-fragment"
    text = _paragraphs(text)
    if len(text) < MIN_BODY_CHARS // 2:
        raise NoArticle("no article text found in the page", input=input)
    return HtmlFields(text, text_path, title, title_path, author, site_name, canonical, lang_hint)


