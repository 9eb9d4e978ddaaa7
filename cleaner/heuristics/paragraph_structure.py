"""Paragraph structure: articles are blank-line-separated paragraphs, menus are line runs.

Text flattened from HTML (as in WET records) keeps a blank line between block elements of
running text but puts menu items, link lists and teaser cards on consecutive lines. A block
that stands alone between blank lines is paragraph evidence; a block inside a long run of
consecutive lines is list evidence. Long lines inside a run are left alone: a paragraph
flattened with hard line breaks is still prose.
"""

from __future__ import annotations

from cleaner.heuristics.base import BaseHeuristic, HeuristicSettings, register
from cleaner.model import Vote
from cleaner.segment.page import SegmentedPage


class ParagraphStructureSettings(HeuristicSettings):
    min_run_blocks: int = 3
    run_item_max_words: int = 12


@register
class ParagraphStructure(BaseHeuristic[ParagraphStructureSettings]):
    name = "paragraph_structure"
    Settings = ParagraphStructureSettings

    def vote(self, page: SegmentedPage) -> list[Vote | None]:
        s = self.settings
        votes: list[Vote | None] = []
        for block, run in zip(page.blocks, _run_lengths(page), strict=True):
            if block.blank_before and block.blank_after:
                votes.append(self.cast(0.5, "standalone_paragraph"))
            elif block.words <= s.run_item_max_words and run >= s.min_run_blocks:
                votes.append(self.cast(-1.0, f"line_run>={s.min_run_blocks}"))
            else:
                votes.append(None)
        return votes


def _run_lengths(page: SegmentedPage) -> list[int]:
    """For each block, the length of the run of blocks joined to it without a blank line."""
    lengths: list[int] = []
    run_start = 0
    for index, block in enumerate(page.blocks):
        if block.blank_after:
            lengths.extend([index + 1 - run_start] * (index + 1 - run_start))
            run_start = index + 1
    lengths.extend([len(page.blocks) - run_start] * (len(page.blocks) - run_start))
    return lengths
