"""The quality metric of the ScrapingHub article-extraction benchmark, and token F1 beside it.

Per page, gold and prediction are split into ``\\w+`` tokens and counted as 4-token shingles;
TP/FP/FN are normalised per page so long pages weigh no more than short ones; precision is
averaged over pages with a prediction or gold shingle predicted, recall over pages with gold;
F1 comes from the two means. With ``shingle_size=1`` it is bag-of-words token F1. `bootstrap`
gives confidence intervals by resampling pages.

Beside it, the check of the WCXB benchmark: sentences a page's main text must hold and lines it
must not, each found in an extraction where its tokens stand in a row there (`snippets_found`).
"""

from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from statistics import fmean, pstdev

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


def tokens(text: str) -> list[str]:
    """The metric's tokens: runs of word characters, case kept."""
    return _TOKEN.findall(text)


def shingles(text: str, size: int) -> Counter[tuple[str, ...]]:
    return token_shingles(tokens(text), size)


def token_shingles(words: list[str], size: int) -> Counter[tuple[str, ...]]:
    """The `size`-token shingles of `words`, counted; a text shorter than `size` is one shingle of all its words."""
    return Counter(tuple(words[i : i + size]) for i in range(max(1, len(words) - size + 1)) if words[i : i + size])


class SnippetCounts(BaseModel):
    """Of a page's snippets that hold a token, how many an extraction holds: must-keep ones, and must-drop ones."""

    kept: int = 0
    must_keep: int = 0
    dropped: int = 0
    must_drop: int = 0


def snippet_counts(must_keep: Sequence[str], must_drop: Sequence[str], predicted: str) -> SnippetCounts:
    """How many of `must_keep` `predicted` holds, and how many of `must_drop` it leaves out (see `snippets_found`)."""
    text = _token_row(predicted)
    keep = [row for row in map(_token_row, must_keep) if row]
    drop = [row for row in map(_token_row, must_drop) if row]
    return SnippetCounts(
        kept=sum(row in text for row in keep),
        must_keep=len(keep),
        dropped=sum(row not in text for row in drop),
        must_drop=len(drop),
    )


def snippets_found(snippets: Sequence[str], predicted: str) -> int:
    """How many of `snippets` `predicted` holds: their tokens in a row among its tokens, as the metric reads
    both, so that quotes, dashes and line breaks do not matter and a word cut in two does. The first and
    the last may be a token's end and beginning: WCXB cuts its snippets from the gold by length, mid-word."""
    text = _token_row(predicted)
    return sum(_token_row(snippet) in text for snippet in snippets)


def _token_row(text: str) -> str:
    """`text`'s tokens joined by single spaces: tokens hold none, so a row of them (its ends cut or not) in
    another text is a substring of that text's row."""
    return " ".join(tokens(text))


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


class Intervals(BaseModel):
    """Half-widths of 95% bootstrap confidence intervals: the score is within ± these."""

    f1: float
    precision: float
    recall: float
    resamples: int


def page_precision(counts: PageCounts) -> float | None:
    """The page's precision, or None when the page does not count in the mean (nothing predicted)."""
    if counts.tp + counts.fp == 0:
        return None
    return 1.0 if counts.fp == counts.fn == 0 else counts.tp / (counts.tp + counts.fp)


def page_recall(counts: PageCounts) -> float | None:
    """The page's recall, or None when the page does not count in the mean (empty gold)."""
    if counts.tp + counts.fn == 0:
        return None
    return 1.0 if counts.fp == counts.fn == 0 else counts.tp / (counts.tp + counts.fn)


def aggregate(pages: Iterable[PageCounts]) -> Scores:
    """Mean precision and recall over pages, and F1 of the two means."""
    listed = list(pages)
    return _scores([page_precision(c) for c in listed], [page_recall(c) for c in listed])


def _scores(precisions: list[float | None], recalls: list[float | None]) -> Scores:
    counted_precisions = [value for value in precisions if value is not None]
    counted_recalls = [value for value in recalls if value is not None]
    precision = fmean(counted_precisions) if counted_precisions else 0.0
    recall = fmean(counted_recalls) if counted_recalls else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Scores(f1=f1, precision=precision, recall=recall, pages=len(precisions))


def bootstrap(pages: Sequence[PageCounts], resamples: int = 1000, seed: int = 0) -> Intervals:
    """1.96 standard deviations of F1, precision and recall over `resamples` resamplings of the pages.

    Pages are drawn with replacement (seeded, so a run is repeatable); each resample is scored
    as a whole with `aggregate`'s rules.
    """
    precisions = [page_precision(c) for c in pages]
    recalls = [page_recall(c) for c in pages]
    rng = random.Random(seed)
    indices = range(len(pages))
    samples = []
    for _ in range(resamples if pages else 0):
        drawn = rng.choices(indices, k=len(pages))
        samples.append(_scores([precisions[i] for i in drawn], [recalls[i] for i in drawn]))

    def spread(values: list[float]) -> float:
        return 1.96 * pstdev(values) if len(values) > 1 else 0.0

    return Intervals(
        f1=spread([s.f1 for s in samples]),
        precision=spread([s.precision for s in samples]),
        recall=spread([s.recall for s in samples]),
        resamples=len(samples),
    )
