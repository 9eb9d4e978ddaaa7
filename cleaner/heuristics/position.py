"""Position: the first and last stretch of a page are where headers and footers live.

Every template puts its masthead and navigation before the article and its footer after
it (the "position" feature of boilerpipe's shallow text features, Kohlschütter et al.,
2010). The vote is weak: a short page can start with its article.

A paragraph of running prose in the first stretch gets no vote: a masthead is built of short
lines (a logo's name, menu items, a search box), and prose there is the article that starts
early, under a short header or on a long page whose head is a small share of it. Text F1 on
WCXB-dev 0.83012 → 0.83087 (65 pages moved, none by more than 0.04), ScrapingHub 0.93658 →
0.93637; HTML WCXB-dev 0.86150 → 0.86145, ScrapingHub unchanged. Prose in the last stretch
keeps its vote: there it is a site's blurb or a legal notice as often as the article's end
(text WCXB-dev −0.0012, ScrapingHub −0.003).
"""

from __future__ import annotations

from cleaner.heuristics.base import BaseHeuristic, HeuristicSettings, register
from cleaner.heuristics.line_passes import position_votes
from cleaner.model import Vote
from cleaner.segment.page import SegmentedPage


class PositionSettings(HeuristicSettings):
    head_share: float = 0.05
    tail_share: float = 0.1
    prose_min_words: int = 20
    prose_min_stopword_share: float = 0.2


@register
class Position(BaseHeuristic[PositionSettings]):
    name = "position"
    Settings = PositionSettings

    def vote(self, page: SegmentedPage) -> list[Vote | None]:
        s = self.settings
        if not len(page):
            return []
        length = page.ends[-1] or 1
        head_end = s.head_share * length
        tail_start = (1 - s.tail_share) * length
        head = self.cast(-1.0, f"in_first_{s.head_share:.0%}")
        tail = self.cast(-1.0, f"in_last_{s.tail_share:.0%}")
        prose = page.prose_lines(s.prose_min_words, s.prose_min_stopword_share)
        return position_votes(page.starts, prose, head_end, tail_start, head, tail)
