"""Article extraction, side by side in one run: newsevents and its peers.

    python -m benchmarks.extraction [--write docs/benchmarks.md] [--limit N]

HTML variant: the 181 pages of ../shared/data/article-extraction-benchmark.
Plain-text variant: the same pages as whole visible text, one line per block
(benchmarks/plaintext.py). Scoring: benchmarks/scoring.py (the data README's).
Each extractor runs in a fresh process, so pages/s and peak memory are its own.
"""
from __future__ import annotations

import argparse
import multiprocessing
import platform
import resource
import statistics
import time
from datetime import date
from pathlib import Path

from benchmarks import plaintext, scoring
from benchmarks.report import write_section


def _newsevents_html(page: str, html: str) -> str | None:
    from newsevents.errors import NoArticle
    from newsevents.extract import extract
    from newsevents.records import RawDocument

    try:
        return extract(RawDocument(id=page, input=page, kind="html", content=html)).text
    except NoArticle:
        return None


def _newsevents_text(page: str, text: str) -> str | None:
    from newsevents.errors import NoArticle
    from newsevents.extract import extract
    from newsevents.records import RawDocument

    try:
        return extract(RawDocument(id=page, input=page, kind="text", content=text)).text
    except NoArticle:
        return None


def _trafilatura(page: str, html: str) -> str | None:
    import trafilatura

    return trafilatura.extract(html, include_comments=False)


def _trafilatura_wrapped(page: str, text: str) -> str | None:
    import html as htmllib

    import trafilatura

    body = "".join(f"<p>{htmllib.escape(line)}</p>" for line in text.splitlines())
    return trafilatura.extract(f"<html><body>{body}</body></html>")


def _readability(page: str, html: str) -> str | None:
    import lxml.html
    from readability import Document

    summary = Document(html).summary(html_partial=True)
    return lxml.html.fromstring(summary).text_content() if summary.strip() else None


def _resiliparse(page: str, html: str) -> str | None:
    from resiliparse.extract.html2text import extract_plain_text

    return extract_plain_text(html, main_content=True)


def _identity(page: str, text: str) -> str | None:
    return text


EXTRACTORS = {
    "html": [("newsevents", _newsevents_html, None), ("trafilatura (comments off)", _trafilatura, "trafilatura"),
             ("readability-lxml", _readability, "readability"), ("resiliparse", _resiliparse, "resiliparse")],
    "text": [("newsevents (text cleaner)", _newsevents_text, None),
             ("trafilatura (lines wrapped in <p>)", _trafilatura_wrapped, "trafilatura"),
             ("raw text (no cleaning)", _identity, None)],
}


def _worker(fn, inputs: dict[str, str], queue) -> None:
    first = next(iter(inputs.items()))
    fn(*first)  # warm-up: imports and lazy loads are not counted as extraction time
    started = time.perf_counter()
    predictions = {}
    for page, content in inputs.items():
        try:
            predictions[page] = fn(page, content)
        except Exception:  # a crash on one page scores as an empty prediction
            predictions[page] = None
    elapsed = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    queue.put((predictions, elapsed, peak_mb))


def run_one(fn, inputs: dict[str, str]) -> tuple[dict, float, float]:
    ctx = multiprocessing.get_context("spawn")
    queue = ctx.Queue()
    process = ctx.Process(target=_worker, args=(fn, inputs, queue))
    process.start()
    result = queue.get()
    process.join()
    return result


def _available(module: str | None) -> bool:
    if module is None:
        return True
    try:
        __import__(module)
        return True
    except ImportError:
        return False


def benchmark(limit: int | None = None, repeat: int = 3) -> dict[str, list[dict]]:
    """Score every extractor; time each `repeat` times, interleaved, and keep the median."""
    truths = plaintext.truths()
    html = dict(list(plaintext.pages())[:limit] if limit else plaintext.pages())
    texts = {page: plaintext.page_to_lines(content) for page, content in html.items()}
    truths = {page: truths[page] for page in html}
    results: dict[str, list[dict]] = {}
    for variant, inputs in (("html", html), ("text", texts)):
        extractors = [(name, fn) for name, fn, module in EXTRACTORS[variant] if _available(module)]
        runs: dict[str, list] = {name: [] for name, _ in extractors}
        for _ in range(repeat):
            for name, fn in extractors:
                runs[name].append(run_one(fn, inputs))
        for name, _ in extractors:
            predictions = runs[name][0][0]
            elapsed = statistics.median(r[1] for r in runs[name])
            numbers = scoring.score(predictions, truths)
            numbers.update(name=name, pages_per_s=len(inputs) / elapsed, peak_mb=max(r[2] for r in runs[name]))
            results.setdefault(variant, []).append(numbers)
            print(f"{variant:5} {name:38} F1 {numbers['f1']:.3f}  P {numbers['precision']:.3f}  "
                  f"R {numbers['recall']:.3f}  {numbers['pages_per_s']:7.1f} pages/s  "
                  f"{numbers['peak_mb']:6.0f} MB", flush=True)
    return results


def _table(rows: list[dict]) -> list[str]:
    lines = ["| extractor | F1 | precision | recall | pages/s | peak memory (MB) |", "|---|---|---|---|---|---|"]
    for r in rows:
        speed = "—" if r["name"].startswith("raw text") else f"{r['pages_per_s']:.1f}"
        lines.append(f"| {r['name']} | {r['f1']:.3f} | {r['precision']:.3f} | {r['recall']:.3f} | "
                     f"{speed} | {r['peak_mb']:.0f} |")
    return lines


def render(results: dict[str, list[dict]], command: str) -> str:
    pages = results["html"][0]["pages"]
    lines = [f"Measured {date.today().isoformat()} on {platform.machine()} ({multiprocessing.cpu_count()} cores, "
             f"Python {platform.python_version()}), {pages} pages, each extractor in a fresh process "
             "(peak memory is that process's maximum resident set); each extractor timed 3 times, interleaved with the "
             "others, median kept, because the machine is shared and noisy: compare the ratios.", "", f"Command: `{command}`", "",
             "**HTML pages**", "", *_table(results["html"]), "",
             "**Plain-text variant** (whole visible text, one line per block, navigation included)", "",
             *_table(results["text"])]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description="Article extraction benchmark, newsevents and peers.")
    parser.add_argument("--write", type=Path, help="Update this markdown file's extraction section.")
    parser.add_argument("--limit", type=int, help="Only the first N pages (quick look; not for the docs).")
    parser.add_argument("--repeat", type=int, default=3, help="Timed runs per extractor (median kept).")
    args = parser.parse_args()
    results = benchmark(args.limit, args.repeat)
    if args.write:
        command = "python -m benchmarks.extraction --write docs/benchmarks.md"
        write_section(args.write, "extraction", "Article extraction", render(results, command))


if __name__ == "__main__":
    main()
