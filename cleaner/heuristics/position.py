"""Position: the first and last stretch of a page are where headers and footers live.

Every template puts its masthead and navigation before the article and its footer after
it (the "position" feature of boilerpipe's shallow text features, Kohlschütter et al.,
2010). The vote is weak: a short page can start with its article.
"""

from __future__ import annotations

from cleaner.heuristics.base import BaseHeuristic, HeuristicSettings, register
from cleaner.model import Vote
from cleaner.segment.page import SegmentedPage


class PositionSettings(HeuristicSettings):
    head_share: float = 0.05
    tail_share: float = 0.1


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
        return [head if start < head_end else tail if start > tail_start else None for start in page.starts]
