"""The quality metric of the ScrapingHub article-extraction benchmark, and token F1 beside it.

Per page, gold and prediction are split into ``\\w+`` tokens and counted as 4-token shingles;
TP/FP/FN are normalised per page so long pages weigh no more than short ones; precision is
averaged over pages with a prediction or gold shingle predicted, recall over pages with gold;
F1 comes from the two means. With ``shingle_size=1`` it is bag-of-words token F1.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from statistics import fmean

from pydantic import BaseModel

_TOKEN = re.compile(r"\w+")


class PageCounts(BaseModel):
    """Shingle counts of one page, normalised to sum to 1 (all zero for two empty texts)."""

    tp: float
    fp: float
    fn: float


class Scores(BaseModel):
    f1: float
    precision: float
    recall: float
    pages: int


def shingles(text: str, size: int) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text)
    return Counter(tuple(tokens[i : i + size]) for i in range(max(1, len(tokens) - size + 1)) if tokens[i : i + size])


def page_counts(gold: str, predicted: str, shingle_size: int = 4) -> PageCounts:
    """TP/FP/FN of one page's shingles, normalised per page."""
    gold_shingles = shingles(gold, shingle_size)
    predicted_shingles = shingles(predicted, shingle_size)
    tp = sum((gold_shingles & predicted_shingles).values())
    fp = sum((predicted_shingles - gold_shingles).values())
    fn = sum((gold_shingles - predicted_shingles).values())
    total = tp + fp + fn
    if total == 0:
        return PageCounts(tp=0.0, fp=0.0, fn=0.0)
    return PageCounts(tp=tp / total, fp=fp / total, fn=fn / total)


def _precision(counts: PageCounts) -> float:
    if counts.fp == counts.fn == 0:
        return 1.0
    return counts.tp / (counts.tp + counts.fp) if counts.tp + counts.fp else 0.0


def _recall(counts: PageCounts) -> float:
    if counts.fp == counts.fn == 0:
        return 1.0
    return counts.tp / (counts.tp + counts.fn) if counts.tp + counts.fn else 0.0


def aggregate(pages: Iterable[PageCounts]) -> Scores:
    """Mean precision and recall over pages, and F1 of the two means."""
    listed = list(pages)
    precisions = [_precision(c) for c in listed if c.tp + c.fp > 0]
    recalls = [_recall(c) for c in listed if c.tp + c.fn > 0]
    precision = fmean(precisions) if precisions else 0.0
    recall = fmean(recalls) if recalls else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Scores(f1=f1, precision=precision, recall=recall, pages=len(listed))
