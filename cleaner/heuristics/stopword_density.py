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
        measured = [
            (words, stopwords)
            for words, stopwords in zip(page.words, page.stopwords, strict=True)
            if words >= s.min_words
        ]
        page_words = sum(words for words, _ in measured)
        page_stopwords = sum(stopwords for _, stopwords in measured)
        if not page_words or page_stopwords < s.min_page_density * page_words:
            return [None] * len(page)
        return list(map(self._judge, page.words, page.stopwords))

    def _judge(self, words: int, stopwords: int) -> Vote | None:
        s = self.settings
        if words < s.min_words:
            return None
        if stopwords >= s.high_density * words:
            return self.cast(1.0, f"stopword_density>={s.high_density}")
        if stopwords < s.low_density * words:
            return self.cast(-1.0, f"stopword_density<{s.low_density}")
        return None
