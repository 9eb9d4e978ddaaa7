"""Teaser rails in text dumps: snippets cut short, a few lines apart, after an article.

Under an article, sites list more of their stories ("Recent posts", "You may also like"):
each a headline and the first words of its text cut short with an ellipsis ("Hiring is one
of the most important investments a growing..."). `headline_teaser` votes each snippet
chrome, but a snippet is a sentence and shape outvotes it, and the headlines between the
snippets carry no mark at all. Together they give the rail away: snippets recurring every
few lines (`max_gap_blocks`), at least `min_snippets` of them, after the page has run for
`min_prose_words_before` words of prose (an article; a listing's snippets come first, and
are its content). Every block from the line before the first snippet (its headline) to the
last snippet is voted chrome.

Text pages only: on an HTML page the DOM tells a rail of teasers from an article's own list
of shortened items (the events of a calendar, the products of a buying guide, whose gold
keeps them), through `main_container` and `link_density`; measured on WCXB-dev, voting on
HTML pages as well cost 0.0003 there. Defaults measured on WCXB-dev (text 0.8058 to 0.8067)
and checked on ScrapingHub and the fixtures (unchanged but one page, which gains).
"""

from __future__ import annotations

from itertools import accumulate
from operator import mul

from cleaner.heuristics.base import BaseHeuristic, HeuristicSettings, nearby_runs, register
from cleaner.heuristics.headline_teaser import TRUNCATED_ENDINGS
from cleaner.heuristics.line_passes import cut_short_lines
from cleaner.model import Vote
from cleaner.segment.page import SegmentedPage


class TeaserRailSettings(HeuristicSettings):
    snippet_min_words: int = 4
    min_snippets: int = 2
    max_gap_blocks: int = 4
    min_prose_words_before: int = 200
    prose_min_words: int = 20
    prose_min_stopword_share: float = 0.2


@register
class TeaserRail(BaseHeuristic[TeaserRailSettings]):
    name = "teaser_rail"
    Settings = TeaserRailSettings

    def vote(self, page: SegmentedPage) -> list[Vote | None]:
        s = self.settings
        votes: list[Vote | None] = [None] * len(page)
        if page.has_dom:
            return votes
        snippets = cut_short_lines(page.texts, page.words, s.snippet_min_words, TRUNCATED_ENDINGS)
        if len(snippets) < s.min_snippets:
            return votes
        prose = page.prose_lines(s.prose_min_words, s.prose_min_stopword_share)
        # prose_before[i]: the words of the prose lines above block i.
        prose_before = list(accumulate(map(mul, page.words, prose), initial=0))
        vote = self.cast(-1.0, f"teaser_rail>={s.min_snippets}")
        for first, last, snippets_in_run in nearby_runs(snippets, s.max_gap_blocks):
            if snippets_in_run >= s.min_snippets and prose_before[first] >= s.min_prose_words_before:
                start = max(first - 1, 0)
                votes[start : last + 1] = [vote] * (last + 1 - start)
        return votes
