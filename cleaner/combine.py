"""Combine votes into labels: weighted sum → score → context pass over neighbours.

1. Each block's score is the logistic of the weighted sum of its votes plus a bias.
2. The main content region is the contiguous run of blocks with the largest total
   evidence of being body (the maximum-sum segment of Finn et al.'s Body Text Extraction,
   2001, over scores instead of tag counts): the body of a page is mostly one region.
   What a chrome block costs the region depends on the page's kind: an article's region
   ends at the first stretch of chrome, while on a page without a prose body (a forum
   thread, a listing, a spec sheet) the short meta lines between records cost less.
3. Inside that region a block is body at a lower score than outside it, so a short line
   between two paragraphs stays body, and a lone paragraph-like line in the footer does not.
4. Short blocks, too short to judge alone, follow their longer neighbours when those agree.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from pydantic import BaseModel, ConfigDict, Field, field_validator

from cleaner.model import Label, Vote
from cleaner.segment.page import SegmentedPage

DEFAULT_WEIGHTS: dict[str, float] = {
    "text_shape": 1.5,
    "stopword_density": 1.0,
    "repeated_blocks": 1.5,
    "headline_teaser": 1.5,
    "boilerplate_phrases": 2.0,
    "paragraph_structure": 1.0,
    "comment_section": 2.5,
    "consent_panel": 2.0,
    "prose_sandwich": 2.0,
    "attached_list": 3.0,
    "record_list": 3.0,
    "record_shape": 1.5,
    "position": 0.5,
}


class CombineSettings(BaseModel):
    """Weights and thresholds of the combiner; the part that `cleaner train` will fit."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    weights: dict[str, float] = Field(
        default_factory=lambda: dict(DEFAULT_WEIGHTS), description="per heuristic; merged over the defaults"
    )
    default_weight: float = 1.0
    bias: float = 0.0
    context_max_words: int = Field(4, ge=0, description="blocks this short take their neighbours' label")
    region_threshold: float = Field(0.6, ge=0.0, le=1.0, description="score above which a block adds to a region")
    region_max_block_words: int = Field(60, ge=1, description="cap on one block's weight in the region sum")
    region_chrome_cost: float = Field(
        2.0, gt=0.0, description="how much a chrome block's weight counts against a region"
    )
    structured_chrome_cost: float = Field(
        1.0,
        gt=0.0,
        description="region_chrome_cost on pages whose main region holds no prose body (forums, listings, specs)",
    )
    record_chrome_cost: float = Field(
        0.5,
        gt=0.0,
        description="structured_chrome_cost on pages that also hold a record list of record_list_min_blocks lines",
    )
    record_list_min_blocks: int = Field(
        30, ge=0, description="lines voted as records that make a list the page's content, not a teaser strip"
    )
    record_heuristics: tuple[str, ...] = Field(
        ("record_list", "record_shape"), description="heuristics whose positive votes mark the lines of records"
    )
    prose_body_min_blocks: int = Field(
        6, ge=0, description="prose lines the main region needs to count as a prose body; 0 never asks"
    )
    prose_min_words: int = Field(20, ge=1, description="words of a prose line (a paragraph of running text)")
    prose_min_stopword_share: float = Field(
        0.2, ge=0.0, le=1.0, description="function-word share of a prose line, which also ends like a sentence"
    )
    inside_min_score: float = Field(0.2, ge=0.0, le=1.0)
    outside_min_score: float = Field(0.95, ge=0.0, le=1.0)

    def weight(self, heuristic: str) -> float:
        """The weight of `heuristic`'s votes: its own, or `default_weight` when it has none."""
        return self.weights.get(heuristic, self.default_weight)

    @field_validator("weights")
    @classmethod
    def _merge_over_defaults(cls, weights: dict[str, float]) -> dict[str, float]:
        """Naming one weight changes that one; set a weight to 0 to silence a heuristic."""
        return {**DEFAULT_WEIGHTS, **weights}


class Combined(BaseModel):
    """The combiner's verdict on every block, and which rule gave it."""

    scores: list[float]
    labels: list[Label]
    decisions: list[str] = Field(description="machine-readable rule per block, such as 'in_region&score>=0.2'")


def combine(page: SegmentedPage, votes: Sequence[Sequence[Vote]], settings: CombineSettings) -> Combined:
    """Label every block of `page` from its `votes` (one list per block)."""
    scores = [_score(block_votes, settings) for block_votes in votes]
    inside = _inside_region(page, scores, settings, votes)
    rules = {
        True: (settings.inside_min_score, f"in_region&score>={settings.inside_min_score:g}", "in_region&score<"),
        False: (
            settings.outside_min_score,
            f"out_of_region&score>={settings.outside_min_score:g}",
            "out_of_region&score<",
        ),
    }
    labels: list[Label] = []
    decisions: list[str] = []
    for score, in_region in zip(scores, inside, strict=True):
        least, body_rule, chrome_rule = rules[in_region]
        labels.append(Label.BODY if score >= least else Label.CHROME)
        decisions.append(body_rule if score >= least else f"{chrome_rule}{least:g}")
    _short_blocks_follow_neighbours(page, labels, decisions, settings)
    return Combined(scores=scores, labels=labels, decisions=decisions)


def _score(block_votes: Sequence[Vote], settings: CombineSettings) -> float:
    total = settings.bias
    for vote in block_votes:
        total += settings.weight(vote.heuristic) * vote.value
    return 1.0 / (1.0 + math.exp(-total))


def _short_blocks_follow_neighbours(
    page: SegmentedPage, labels: list[Label], decisions: list[str], settings: CombineSettings
) -> None:
    """A short block takes the label its nearest longer neighbours share (jusText's context pass).

    Short blocks carry too little text to judge on their own: a subheading or a date between
    two paragraphs is body, the same line amid menu items is chrome. Where the neighbours
    disagree the block keeps its own label; the page edges count as chrome. Updates `labels`
    and `decisions` in place.
    """
    short = [words <= settings.context_max_words for words in page.words]
    following: list[Label] = [Label.CHROME] * len(labels)
    upcoming = Label.CHROME
    for index in range(len(labels) - 1, -1, -1):
        following[index] = upcoming
        if not short[index]:
            upcoming = labels[index]
    preceding = Label.CHROME
    for index, label in enumerate(labels):
        if not short[index]:
            preceding = label
        elif preceding is following[index]:
            labels[index] = preceding
            decisions[index] = f"words<={settings.context_max_words}&neighbours_{preceding.value}"


def _margins(page: SegmentedPage, scores: list[float], settings: CombineSettings, chrome_cost: float) -> list[float]:
    """Each block's contribution to a region: (score - threshold) × its capped word weight."""
    margins = []
    for words, score in zip(page.words, scores, strict=True):
        weight = 1 + min(words, settings.region_max_block_words)
        margin = score - settings.region_threshold
        margins.append(margin * weight * (chrome_cost if margin < 0 else 1.0))
    return margins


def _prose_blocks(page: SegmentedPage, region: range, settings: CombineSettings) -> int:
    """How many lines of running prose the blocks of `region` hold."""
    prose = page.prose_lines(settings.prose_min_words, settings.prose_min_stopword_share)
    return sum(prose[index] for index in region)


def _best_run(margins: list[float]) -> range:
    """The indices of the maximum-sum run of margins; empty when no margin is positive."""
    best_sum, best = 0.0, range(0)
    running, start = 0.0, 0
    for index, margin in enumerate(margins):
        running += margin
        if running <= 0.0:
            running, start = 0.0, index + 1
        elif running > best_sum:
            best_sum, best = running, range(start, index + 1)
    return best


def _record_lines(votes: Sequence[Sequence[Vote]], settings: CombineSettings) -> int:
    """How many blocks a record heuristic voted body: the lines of the page's record lists."""
    kinds = settings.record_heuristics
    return sum(any(vote.value > 0 and vote.heuristic in kinds for vote in block_votes) for block_votes in votes)


def _inside_region(
    page: SegmentedPage, scores: list[float], settings: CombineSettings, votes: Sequence[Sequence[Vote]]
) -> list[bool]:
    """Which blocks lie in the main content region, the maximum-sum run of margins.

    The page's kind decides what a chrome block costs the run. Where the run found at
    `region_chrome_cost` holds a prose body (`prose_body_min_blocks` lines of running text)
    the page is an article and that run stands. Where it holds less, the page is built of
    records (forum posts, listing cards, spec rows) whose short meta lines (author, date,
    price, "Reply") sit between every two pieces of content; the run is searched again at
    `structured_chrome_cost`, so those lines no longer cut the records apart. Where the page
    also holds a long record list (`record_list_min_blocks` lines voted records), a card's
    labels ("Vendor:", "Sold out", the brand, the unit price) outnumber its own lines, and
    cost `record_chrome_cost` instead.
    """
    region = _best_run(_margins(page, scores, settings, settings.region_chrome_cost))
    if _prose_blocks(page, region, settings) < settings.prose_body_min_blocks:
        records = _record_lines(votes, settings) >= settings.record_list_min_blocks
        cost = settings.record_chrome_cost if records else settings.structured_chrome_cost
        region = _best_run(_margins(page, scores, settings, cost))
    inside = [False] * len(scores)
    for index in region:
        inside[index] = True
    return inside
