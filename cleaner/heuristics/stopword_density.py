"""Stop-word density: running prose is dense in function words, chrome is not.

The central signal of jusText (Pomikálek, 2011): good paragraphs have a stop-word density
of 0.30 or more, boilerplate mostly under 0.20. Our merged multilingual list is shorter than
jusText's per-language lists, so the thresholds sit a little lower. A page whose prose has
no words from the list (a language it does not cover) gets no votes rather than all-chrome.
"""

from __future__ import annotations

from cleaner.heuristics.base import BaseHeuristic, HeuristicSettings, register
from cleaner.model import Vote
from cleaner.segment.page import SegmentedPage


class StopwordDensitySettings(HeuristicSettings):
    min_words: int = 5
    high_density: float = 0.25
    low_density: float = 0.10
    min_page_density: float = 0.05


@register
class StopwordDensity(BaseHeuristic[StopwordDensitySettings]):
    name = "stopword_density"
    Settings = StopwordDensitySettings

    def vote(self, page: SegmentedPage) -> list[Vote | None]:
        s = self.settings
        measured = [block for block in page.blocks if block.words >= s.min_words]
        page_words = sum(block.words for block in measured)
        page_stopwords = sum(block.stopwords for block in measured)
        if page_stopwords < s.min_page_density * page_words or not page_words:
            return [None] * len(page.blocks)
        votes: list[Vote | None] = []
        for block in page.blocks:
            if block.words < s.min_words:
                votes.append(None)
            elif block.stopwords >= s.high_density * block.words:
                votes.append(self.cast(1.0, f"stopword_density>={s.high_density}"))
            elif block.stopwords < s.low_density * block.words:
                votes.append(self.cast(-1.0, f"stopword_density<{s.low_density}"))
            else:
                votes.append(None)
        return votes
