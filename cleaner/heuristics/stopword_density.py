"""Stop-word density: running prose is dense in function words, chrome is not.

The central signal of jusText (Pomikálek, 2011): good paragraphs have a stop-word density
of 0.30 or more, boilerplate mostly under 0.20. Our merged multilingual list is shorter than
jusText's per-language lists, so the thresholds sit a little lower. A page whose prose has
no words from the list (a language it does not cover) gets no votes rather than all-chrome.
"""

from __future__ import annotations

from itertools import compress, repeat
from operator import ge

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
        measured = list(map(ge, page.words, repeat(s.min_words)))
        page_words = sum(compress(page.words, measured))
        page_stopwords = sum(compress(page.stopwords, measured))
        if not page_words or page_stopwords < s.min_page_density * page_words:
            return [None] * len(page)
        # One expression a block, with the votes made beforehand: this runs on every block of every page.
        dense = self.cast(1.0, f"stopword_density>={s.high_density}")
        sparse = self.cast(-1.0, f"stopword_density<{s.low_density}")
        high, low = s.high_density, s.low_density
        return [
            None
            if not long_enough
            else dense
            if stopwords >= high * words
            else sparse
            if stopwords < low * words
            else None
            for words, stopwords, long_enough in zip(page.words, page.stopwords, measured, strict=True)
        ]
