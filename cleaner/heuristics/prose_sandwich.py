"""Prose sandwich: short lines between two stretches of prose belong to that prose.

The body of a page is mostly one stretch: its subheadings, list items, table rows and the
date line of a post sit between paragraphs, and flattened to text they look like
menu items (short, unpunctuated, on consecutive lines). Navigation, by contrast, sits before
the first paragraph or after the last one. So a line written once on the page, with a
prose anchor (a long line that ends like a sentence and is dense in function words) not far
above it and not far below it, is voted body. It is the "densitometric" intuition of
Kohlschütter and Nejdl (2008) and of jusText's context-sensitive pass (Pomikálek, 2011),
where short blocks take the class of the good blocks around them, made explicit. A snippet
cut short with an ellipsis is no anchor, however long: an article's own paragraphs are never
truncated and a teaser list's blurbs are, so the headlines between blurbs are not taken for
an article's subheadings.

Defaults, measured on WCXB-dev and checked on ScrapingHub (news): an anchor is a
standalone paragraph (blank line before and after) of at least 20 words and a function-word
share of at least 0.2 (below jusText's 0.30, as our merged list is shorter). Shorter anchors
(jusText's 12 words) or glued ones also catch the one-sentence blurbs of teaser lists, and
then the headlines between them are voted body on news pages. Each anchor is at most 20 lines
away (a subheading with a long list or table under it); lines repeated on the page are left
alone (they are navigation or labels), and so are lines over 40 words (they speak for
themselves). On HTML pages, lines inside ``<figure>`` or ``<figcaption>`` are left alone as
well: image captions sit between paragraphs but are chrome by every gold convention here.
"""

from __future__ import annotations

from cleaner.heuristics.base import BaseHeuristic, HeuristicSettings, register
from cleaner.heuristics.headline_teaser import TRUNCATED_ENDINGS
from cleaner.heuristics.line_passes import prose_anchors, sandwich_votes
from cleaner.model import Vote
from cleaner.segment.page import SegmentedPage

# A figure's caption and credit sit between paragraphs too, but are not the article's text
# (the gold conventions of ScrapingHub, WCXB and the fixtures all leave them out).
_FIGURE = frozenset(("figure", "figcaption"))


class ProseSandwichSettings(HeuristicSettings):
    anchor_min_words: int = 20
    anchor_min_stopword_share: float = 0.2
    max_distance_blocks: int = 20
    max_words: int = 40
    anchor_needs_blank_lines: bool = True


@register
class ProseSandwich(BaseHeuristic[ProseSandwichSettings]):
    name = "prose_sandwich"
    Settings = ProseSandwichSettings

    def vote(self, page: SegmentedPage) -> list[Vote | None]:
        s = self.settings
        anchors = prose_anchors(
            page.prose_lines(s.anchor_min_words, s.anchor_min_stopword_share),
            page.blank_before,
            page.blank_after,
            page.texts,
            s.anchor_needs_blank_lines,
            TRUNCATED_ENDINGS,
        )
        in_figure = [not containers.isdisjoint(_FIGURE) for containers in page.containers] if page.has_dom else None
        return sandwich_votes(
            anchors,
            page.words,
            page.repeats,
            in_figure,
            s.max_distance_blocks,
            s.max_words,
            self.cast(1.0, f"between_prose<={s.max_distance_blocks}"),
        )
