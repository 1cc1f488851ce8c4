"""Extract stage: a raw document in, an `Article` out (or `NoArticle` raised).

HTML goes through trafilatura; already-scraped text through the line cleaner. Each
field records the path that produced it in `Article.provenance`.
"""
from __future__ import annotations

import re
from urllib.parse import urlsplit

from ..dedup import simhash
from ..errors import NoArticle
from ..ids import text_hash
from ..records import Article, RawDocument, Removed
from . import dates
from .html import extract_body, read_page_meta
from .language import detect_language

__all__ = ["extract", "domain_of"]

_BYLINE = re.compile(r"^\s*(?:by|written by|words by)\s+(.+?)\s*(?:[|,•·–—-].*)?$", re.I)


def domain_of(url: str | None) -> str | None:
    if not url:
        return None
    host = urlsplit(url if "//" in url else f"//{url}").hostname or ""
    return host[4:] if host.startswith("www.") else host or None


def _published(raw: RawDocument, *, page: str | None, text: str, url: str | None) -> tuple[str | None, str | None]:
    """The first date found: given by the input, the page's metadata, the URL, the text."""
    given = dates.parse_any(raw.published)
    if given:
        return given, raw.published_source or "user"
    for source, value in (("html-meta", page), ("url", dates.from_url(url)), ("text", dates.from_text(text))):
        if value:
            return value, source
    return None, None


def _author_from_removed(removed) -> str | None:
    for line in removed:
        if line.reason == "byline":
            found = _BYLINE.match(line.text)
            if found:
                return found.group(1).strip()
    return None


def _drop_leading_title(text: str, title: str | None) -> tuple[str, tuple[Removed, ...]]:
    """Extractors often repeat the headline as the body's first paragraph."""
    first, _, rest = text.partition("\n\n")
    if title and rest and " ".join(first.split()).casefold() == " ".join(title.split()).casefold():
        return rest, (Removed(first, "title-repeat"),)
    return text, ()


def _from_html(raw: RawDocument) -> dict:
    page = read_page_meta(raw.content)
    text, path = extract_body(raw.content, url=raw.url or page.canonical_url, input=raw.input)
    url = raw.url or page.canonical_url
    published, published_source = _published(raw, page=page.published, text=text, url=url)
    title, title_path = (raw.title, "input") if raw.title else (page.title, page.title_path)
    text, removed = _drop_leading_title(text, title)
    return dict(url=url, text=text, extractor=path, title=title, title_path=title_path, author=page.author,
                site_name=page.site_name, published=published, published_source=published_source,
                lang_hint=page.lang_hint, removed=removed)


def _from_text(raw: RawDocument) -> dict:
    from .text_cleaner import clean_text

    cleaned = clean_text(raw.content, title=raw.title)
    if len(cleaned.text.strip()) < 20:
        raise NoArticle("no article text left after removing the page around it", input=raw.input)
    published, published_source = _published(raw, page=None, text=raw.content, url=raw.url)
    title, title_path = (raw.title, "input") if raw.title else (cleaned.title, "text-cleaner")
    return dict(url=raw.url, text=cleaned.text, extractor="text-cleaner", title=title,
                title_path=title_path if title else None, author=_author_from_removed(cleaned.removed),
                site_name=None, published=published, published_source=published_source,
                lang_hint=None, removed=cleaned.removed)


def extract(raw: RawDocument) -> Article:
    """The article in `raw`: body, title, date, author, site, language, hashes."""
    found = _from_html(raw) if raw.kind == "html" else _from_text(raw)
    language, language_path = detect_language(found["text"], hint=found["lang_hint"])
    provenance = {"text": found["extractor"], "title": found["title_path"],
                  "published": found["published_source"], "language": language_path,
                  "author": ("html-meta" if raw.kind == "html" else "byline") if found["author"] else None}
    return Article(
        id=raw.id, input=raw.input, url=found["url"], source=domain_of(found["url"]),
        title=found["title"], published=found["published"], published_source=found["published_source"],
        language=language, text=found["text"], removed=tuple(found["removed"]), author=found["author"],
        site_name=found["site_name"], extractor=found["extractor"],
        provenance=tuple((k, v) for k, v in provenance.items() if v),
        text_hash=text_hash(found["text"]), simhash=simhash(found["text"]),
    )
