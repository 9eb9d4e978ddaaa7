"""Paragraph structure: articles are blank-line-separated paragraphs, menus are line runs.

Text flattened from HTML (as in WET records) keeps a blank line between block elements of
running text but puts menu items, link lists and teaser cards on consecutive lines. A block
that stands alone between blank lines is paragraph evidence; a block inside a long run of
consecutive lines is list evidence. Long lines inside a run are left alone, and a paragraph
flattened with hard line breaks (an unfinished line continued by one that starts in lower
case) is prose, whatever its line lengths.
"""

from __future__ import annotations

from cleaner.heuristics.base import BaseHeuristic, HeuristicSettings, register
from cleaner.heuristics.headline_teaser import GLUED_CATEGORY as _GLUED_CATEGORY
from cleaner.model import Vote
from cleaner.segment.page import SegmentedPage


class ParagraphStructureSettings(HeuristicSettings):
    min_run_blocks: int = 3
    run_item_max_words: int = 12
    wrapped_line_min_words: int = 6


@register
class ParagraphStructure(BaseHeuristic[ParagraphStructureSettings]):
    name = "paragraph_structure"
    Settings = ParagraphStructureSettings

    def vote(self, page: SegmentedPage) -> list[Vote | None]:
        s = self.settings
        votes: list[Vote | None] = []
        wrapped = _wrapped_prose(page, s.wrapped_line_min_words)
        for block, run, is_wrapped in zip(page.blocks, _run_lengths(page), wrapped, strict=True):
            if block.blank_before and block.blank_after:
                votes.append(self.cast(0.5, "standalone_paragraph"))
            elif is_wrapped:
                votes.append(self.cast(1.0, "wrapped_prose"))
            elif block.words <= s.run_item_max_words and run >= s.min_run_blocks:
                votes.append(self.cast(-1.0, f"line_run>={s.min_run_blocks}"))
            else:
                votes.append(None)
        return votes


def _wrapped_prose(page: SegmentedPage, min_words: int) -> list[bool]:
    """Lines of a paragraph broken mid-sentence: an unfinished line continued in lower case.

    Both lines must be of some length: a lower-case category label ("food + drink") after a
    caption is no continuation.
    """
    blocks = page.blocks
    wrapped = [False] * len(blocks)
    for index in range(len(blocks) - 1):
        line, continuation = blocks[index], blocks[index + 1]
        if (
            not line.blank_after
            and not line.ends_with_terminal
            and min(line.words, continuation.words) >= min_words
            and continuation.text[0].islower()
            and not _GLUED_CATEGORY.match(continuation.text)
        ):
            wrapped[index] = wrapped[index + 1] = True
    return wrapped


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
