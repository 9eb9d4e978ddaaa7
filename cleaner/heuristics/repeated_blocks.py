"""Repeated blocks: text seen twice on one page is navigation, a teaser or a label.

Templates repeat themselves: section labels ("Life and Style") stand above every teaser,
a headline appears once as a link and again in a teaser list, a promo line appears at the
top and the bottom. An article's paragraphs are written once. Blocks are compared on their
fingerprints (case-folded words, counted by the segmenter), so punctuation and spacing
differences don't hide a repeat. This is the within-page half of the repeated-content
signal that boilerplate detectors such as Kohlschütter's boilerpipe and datatrove's
duplicate-line filter use.
"""

from __future__ import annotations

from cleaner.heuristics.base import BaseHeuristic, HeuristicSettings, register
from cleaner.heuristics.line_passes import repeated_votes
from cleaner.model import Vote
from cleaner.segment.page import SegmentedPage


class RepeatedBlocksSettings(HeuristicSettings):
    min_repeats: int = 2


@register
class RepeatedBlocks(BaseHeuristic[RepeatedBlocksSettings]):
    name = "repeated_blocks"
    Settings = RepeatedBlocksSettings

    def vote(self, page: SegmentedPage) -> list[Vote | None]:
        repeated = self.cast(-1.0, f"repeated_in_page>={self.settings.min_repeats}")
        return repeated_votes(page.fingerprints, page.repeats, self.settings.min_repeats, repeated)
