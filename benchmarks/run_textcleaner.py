"""Score the text cleaner on the plain-text variant of the article-extraction benchmark.

    python -m benchmarks.run_textcleaner [--benchmark DIR] [--cache DIR] [--failures N]

Pages are split in two halves by their id: rules are developed and failures inspected on
the dev half only; the held-out half is the honest number. Also prints the raw whole-page
text as a baseline.
"""
from __future__ import annotations

import argparse
import hashlib
import time
from pathlib import Path

from newsevents.extract.text_cleaner import clean_text

from .plaintext import BENCHMARK, CACHE, plain_texts, truths
from .scoring import page_counts, page_precision, page_recall, score


def is_dev(page: str) -> bool:
    """The dev half: where rules may be developed and failures looked at."""
    return int(hashlib.sha1(page.encode()).hexdigest(), 16) % 2 == 0


def report(name: str, predictions: dict[str, str], gold: dict[str, str]) -> None:
    for half, pages in (
        ("all", list(gold)),
        ("dev", [p for p in gold if is_dev(p)]),
        ("held-out", [p for p in gold if not is_dev(p)]),
    ):
        result = score({p: predictions[p] for p in pages}, {p: gold[p] for p in pages})
        print(
            f"{name:<14} {half:<9} pages={len(pages):<4} F1={result['f1']:.3f}"
            f"  P={result['precision']:.3f}  R={result['recall']:.3f}"
        )


def worst_dev_pages(predictions: dict[str, str], gold: dict[str, str], count: int) -> None:
    rows = []
    for page in (p for p in gold if is_dev(p)):
        counts = page_counts(predictions[page], gold[page])
        rows.append((min(page_precision(*counts), page_recall(*counts)), page, counts))
    for worst, page, counts in sorted(rows)[:count]:
        print(f"  dev {page[:16]}  P={page_precision(*counts):.2f}  R={page_recall(*counts):.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--benchmark", type=Path, default=BENCHMARK)
    parser.add_argument("--cache", type=Path, default=CACHE)
    parser.add_argument("--failures", type=int, default=0, help="list the N worst dev pages")
    args = parser.parse_args()
    texts = plain_texts(benchmark=args.benchmark, cache=args.cache)
    gold = truths(args.benchmark)
    started = time.perf_counter()
    cleaned = {page: clean_text(text).text for page, text in texts.items()}
    elapsed = time.perf_counter() - started
    report("raw text", texts, gold)
    report("text cleaner", cleaned, gold)
    print(f"text cleaner: {len(texts) / elapsed:.0f} pages/s")
    if args.failures:
        worst_dev_pages(cleaned, gold, args.failures)


if __name__ == "__main__":
    main()
