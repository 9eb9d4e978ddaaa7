"""Duplicate copy: a page that renders its text twice holds one article, not two.

Responsive templates write the article once for wide screens and once for narrow ones,
tabbed and print views repeat it, and a crawl's text dump keeps every copy. The later copies
read as prose, so they were kept as well. A stretch of consecutive lines holding
`min_prose_lines` lines of running prose, written again further down in the same order, is
such a copy: each later copy is chrome. The first is left to the other heuristics, since a
looping news ticker or a carousel repeats its items the same way, and it is not the article.
Short runs are left to `repeated_blocks`: a teaser's blurb, a pull quote, or a forum reply
quoting a post repeats a paragraph or two, where a page rendered twice repeats a stretch of
them. The idea is near-duplicate passage removal in web corpora (the repeated-paragraph
filters of Gopher and datatrove), within one page.
"""

from __future__ import annotations

from itertools import compress, repeat
from operator import gt

from pydantic import Field

from cleaner.heuristics.base import BaseHeuristic, HeuristicSettings, register
from cleaner.model import Vote
from cleaner.segment.page import SegmentedPage


class DuplicateCopySettings(HeuristicSettings):
    min_prose_lines: int = Field(6, ge=1, description="lines of running prose a repeated stretch needs to be a copy")
    prose_min_words: int = 20
    prose_min_stopword_share: float = 0.2


@register
class DuplicateCopy(BaseHeuristic[DuplicateCopySettings]):
    name = "duplicate_copy"
    Settings = DuplicateCopySettings

    def vote(self, page: SegmentedPage) -> list[Vote | None]:
        s = self.settings
        votes: list[Vote | None] = [None] * len(page)
        fingerprints, prose = page.fingerprints, page.prose_lines(s.prose_min_words, s.prose_min_stopword_share)
        is_repeated = list(map(gt, page.repeats, repeat(1)))
        # A copy and its original each hold min_prose_lines repeated prose lines; most pages
        # repeat no prose line at all.
        if sum(compress(prose, is_repeated)) < 2 * s.min_prose_lines:
            return votes
        # Where each repeated line occurs: a copy starts where a repeated prose line does.
        places = page.repeated_places
        later = self.cast(-1.0, f"later_copy&prose_lines>={s.min_prose_lines}")
        covered = 0  # the lines before this are part of a copy found already, or its original
        for start in page.repeated_lines:
            if start < covered or not prose[start] or votes[start] is not None:
                continue
            copied = 0
            for other in places[fingerprints[start]]:
                if other > start and votes[other] is None:
                    length = _common_run(fingerprints, start, other)
                    if sum(prose[start : start + length]) >= s.min_prose_lines:
                        votes[other : other + length] = [later] * length
                        copied = max(copied, length)
            covered = max(covered, start + copied)
        return votes


def _common_run(fingerprints: tuple[str, ...], start: int, other: int) -> int:
    """How many lines from `start` on are written again, in order, from `other` on (and end before it)."""
    length = 0
    while other + length < len(fingerprints) and start + length < other:
        if fingerprints[start + length] != fingerprints[other + length]:
            break
        length += 1
    return length
