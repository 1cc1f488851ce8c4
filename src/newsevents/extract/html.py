"""HTML → article body and metadata.

The body comes from trafilatura (the best measured peer), run on a tree parsed once;
its baseline extractor is the fallback when the main path under-delivers. Metadata
(title, author, site name, canonical URL) is read cheaply from the tree's meta tags.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import trafilatura

from ..errors import NoArticle

MIN_BODY_CHARS = 80
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


def _meta(tree, *keys: str) -> str | None:
    for key in keys:
        for attr in ("property", "name", "itemprop"):
            values = tree.xpath(f'//meta[@{attr}="{key}"]/@content')
            value = next((v.strip() for v in values if v and v.strip()), None)
            if value:
                return value
    return None


def _first_text(tree, xpath: str) -> str | None:
    for node in tree.xpath(xpath):
        text = " ".join(node.text_content().split())
        if text:
            return text
    return None


def _title(tree) -> tuple[str | None, str | None]:
    value = _meta(tree, "og:title", "twitter:title")
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


def _author(tree) -> str | None:
    value = _meta(tree, "author", "article:author", "byl", "parsely-author", "dc.creator", "sailthru.author")
    if value and not value.startswith("http"):
        return re.sub(r"^by\s+", "", value, flags=re.I)
    return _json_ld_author(tree)


def _body(tree, url: str | None) -> tuple[str, str]:
    text = trafilatura.extract(tree, url=url, include_comments=False, include_tables=False,
                               output_format="txt") or ""
    if len(text) >= MIN_BODY_CHARS:
        return text, "trafilatura"
    _, baseline, _ = trafilatura.baseline(tree)
    if len(baseline) > len(text):
        return baseline, "trafilatura-baseline"
    return text, "trafilatura"


def _paragraphs(text: str) -> str:
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n\n".join(line for line in lines if line)


def extract_html(tree, *, url: str | None, input: str) -> HtmlFields:
    """Read the metadata first: trafilatura prunes the tree it is given."""
    title, title_path = _title(tree)
    author = _author(tree)
    site_name = _meta(tree, "og:site_name", "application-name", "publisher")
    canonical = next(iter(tree.xpath('//link[@rel="canonical"]/@href')), None) or _meta(tree, "og:url")
    lang_hint = next(iter(tree.xpath("/html/@lang")), None)
    text, text_path = _body(tree, url or canonical)
    text = _paragraphs(text)
    if len(text) < MIN_BODY_CHARS // 2:
        raise NoArticle("no article text found in the page", input=input)
    return HtmlFields(text, text_path, title, title_path, author, site_name, canonical, lang_hint)


