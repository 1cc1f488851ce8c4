"""The article-extraction benchmark's score (see ../shared/data/README.md).

Per page, the predicted and the true body are split into words (``\\w+``,
case kept) and counted as word 4-gram multisets (shingles). tp / fp / fn over
those multisets are normalised to sum to 1, so every page weighs the same.
Precision is the mean over pages with a prediction, recall the mean over pages
with a truth, and F1 the harmonic mean of those two means.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from statistics import mean

WORD = re.compile(r"\w+")
SHINGLE_SIZE = 4


def shingles(text: str | None, *, n: int = SHINGLE_SIZE) -> Counter[tuple[str, ...]]:
    """Word n-grams of ``text`` as a multiset; a text shorter than n words is one shingle."""
    words = WORD.findall(text or "")
    if not words:
        return Counter()
    return Counter(tuple(words[i : i + n]) for i in range(max(1, len(words) - n + 1)))


def page_counts(predicted: str | None, true: str | None) -> tuple[float, float, float]:
    """(tp, fp, fn) of one page, normalised to sum to 1 (all zero when both are empty)."""
    pred, gold = shingles(predicted), shingles(true)
    tp = sum((pred & gold).values())
    fp = sum((pred - gold).values())
    fn = sum((gold - pred).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def page_precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return tp / (tp + fp) if tp + fp else 0.0


def page_recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return tp / (tp + fn) if tp + fn else 0.0


def summarise(counts: list[tuple[float, float, float]]) -> dict[str, float]:
    """Precision, recall and F1 from per-page (tp, fp, fn)."""
    precisions = [page_precision(*c) for c in counts if c[0] + c[1] > 0]
    recalls = [page_recall(*c) for c in counts if c[0] + c[2] > 0]
    precision = mean(precisions) if precisions else 0.0
    recall = mean(recalls) if recalls else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "pages": len(counts)}


def score(predictions: Mapping[str, str | None], truths: Mapping[str, str]) -> dict[str, float]:
    """Score predictions against truths over the truths' page ids (a missing prediction is empty)."""
    return summarise([page_counts(predictions.get(page), truths[page]) for page in truths])
