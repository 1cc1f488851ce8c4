"""The plain-text variant of the article-extraction benchmark.

Each page becomes its whole visible text, one line per block, as a scraper
would save it: navigation, menus, related links and footers included. The
text cleaner is scored on these lines against the same ground truth.

    python -m benchmarks.plaintext [--cache DIR]   # writes DIR/<page id>.txt
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
from collections.abc import Iterator
from pathlib import Path

import lxml.etree
import lxml.html

BENCHMARK = Path(__file__).resolve().parents[2] / "shared" / "data" / "article-extraction-benchmark"
CACHE = Path("/tmp/newsevents-plaintext")

# Not shown on the page. The <head> is walked: its only text is the <title>, which a scraper
# saves as the first line (and which the README's whole-page score of 0.665 includes).
INVISIBLE = frozenset({"script", "style", "noscript", "template"})
BLOCKS = frozenset(
    """address article aside blockquote body br caption center dd details dialog dir div dl dt
    fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 header hgroup hr html
    legend li main menu nav ol option p pre section select summary table tbody td tfoot th thead
    title tr ul button label""".split()
)
SPACE = re.compile(r"\s+")


def page_to_lines(html: str) -> str:
    """The page's visible text, one line per block-level element, no empty lines."""
    root = _parse(html)
    if root is None:
        return ""
    lines: list[str] = []
    buffer: list[str] = []
    _walk(root, lines, buffer)
    _flush(lines, buffer)
    return "\n".join(lines)


def _parse(html: str) -> lxml.html.HtmlElement | None:
    parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True)
    try:
        return lxml.html.document_fromstring(html.encode("utf-8", "replace"), parser=parser)
    except (lxml.etree.ParserError, ValueError):
        return None


def _walk(element: lxml.html.HtmlElement, lines: list[str], buffer: list[str]) -> None:
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag in INVISIBLE or not tag:
        return
    block = tag in BLOCKS
    if block:
        _flush(lines, buffer)
    buffer.append(element.text or "")
    for child in element:
        _walk(child, lines, buffer)
        buffer.append(child.tail or "")
    if block:
        _flush(lines, buffer)


def _flush(lines: list[str], buffer: list[str]) -> None:
    line = SPACE.sub(" ", "".join(buffer)).strip()
    buffer.clear()
    if line:
        lines.append(line)


def pages(benchmark: Path = BENCHMARK) -> Iterator[tuple[str, str]]:
    """(page id, decoded HTML) for every page of the benchmark."""
    for path in sorted((benchmark / "html").glob("*.html.gz")):
        page = path.name.removesuffix(".html.gz")
        yield page, gzip.decompress(path.read_bytes()).decode("utf-8", "replace")


def truths(benchmark: Path = BENCHMARK) -> dict[str, str]:
    """The ground-truth article body of every page."""
    data = json.loads((benchmark / "ground-truth.json").read_text(encoding="utf-8"))
    return {page: record.get("articleBody") or "" for page, record in data.items()}


def plain_texts(*, benchmark: Path = BENCHMARK, cache: Path | None = CACHE) -> dict[str, str]:
    """The plain-text variant of every page, read from (and written to) ``cache`` when given."""
    if cache is not None and cache.is_dir() and any(cache.glob("*.txt")):
        return {p.name.removesuffix(".txt"): p.read_text(encoding="utf-8") for p in sorted(cache.glob("*.txt"))}
    texts = {page: page_to_lines(html) for page, html in pages(benchmark)}
    if cache is not None:
        cache.mkdir(parents=True, exist_ok=True)
        for page, text in texts.items():
            (cache / f"{page}.txt").write_text(text, encoding="utf-8")
    return texts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--benchmark", type=Path, default=BENCHMARK)
    parser.add_argument("--cache", type=Path, default=CACHE)
    args = parser.parse_args()
    texts = plain_texts(benchmark=args.benchmark, cache=args.cache)
    print(f"{len(texts)} pages → {args.cache}")


if __name__ == "__main__":
    main()
