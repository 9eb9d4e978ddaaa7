"""Paragraph structure: articles are blank-line-separated paragraphs, menus are line runs.

Text flattened from HTML (as in WET records) keeps a blank line between block elements of
running text but puts menu items, link lists and teaser cards on consecutive lines. A block
that stands alone between blank lines is paragraph evidence; a block inside a long run of
consecutive lines is list evidence. Long lines inside a run are left alone, and a paragraph
flattened with hard line breaks (an unfinished line continued by one that starts in lower
case) is prose, whatever its line lengths.

On an HTML page, the lines of a menu or a link list link somewhere; a run of short lines that
are not mostly link text is a list of the page's own (facts, steps, ingredients, a spec sheet)
as often as chrome, and gets `unlinked_run_vote` (-0.5) instead of -1. Measured on HTML:
ScrapingHub 0.9706 → 0.9716, WCXB-dev 0.8530 → 0.8534, the fixtures unchanged (no vote at all
for such runs gave WCXB-dev 0.8535 but cost the fixtures' product and service pages 0.03 and
0.05).
"""

from __future__ import annotations

from pydantic import Field

from cleaner.heuristics.base import BaseHeuristic, HeuristicSettings, register
from cleaner.heuristics.headline_teaser import GLUED_CATEGORY
from cleaner.heuristics.line_passes import paragraph_votes, wrapped_prose
from cleaner.model import Vote
from cleaner.segment.page import SegmentedPage


class ParagraphStructureSettings(HeuristicSettings):
    min_run_blocks: int = 3
    run_item_max_words: int = 12
    wrapped_line_min_words: int = 6
    unlinked_run_vote: float = Field(-0.5, ge=-1.0, le=0.0, description="HTML: a run's line that links nowhere")


@register
class ParagraphStructure(BaseHeuristic[ParagraphStructureSettings]):
    name = "paragraph_structure"
    Settings = ParagraphStructureSettings

    def vote(self, page: SegmentedPage) -> list[Vote | None]:
        # Compiled passes, with the votes made beforehand: this runs on every block of every page.
        s = self.settings
        # Lines of a paragraph broken mid-sentence: an unfinished line continued in lower case. Both
        # lines must be of some length: a lower-case category label ("food + drink") after a caption
        # is no continuation.
        wrapped = wrapped_prose(
            page.texts, page.words, page.ends_with_terminal, page.blank_after, s.wrapped_line_min_words, GLUED_CATEGORY
        )
        # Text pages know no links: every line counts as a menu's would.
        return paragraph_votes(
            page.blank_before,
            page.blank_after,
            wrapped,
            page.words,
            page.mostly_linked if page.has_dom else None,
            s.run_item_max_words,
            s.min_run_blocks,
            self.cast(0.5, "standalone_paragraph"),
            self.cast(1.0, "wrapped_prose"),
            self.cast(-1.0, f"line_run>={s.min_run_blocks}"),
            self.cast(s.unlinked_run_vote, f"unlinked_line_run>={s.min_run_blocks}"),
        )
