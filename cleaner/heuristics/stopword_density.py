"""Stop-word density: running prose is dense in function words, chrome is not.

The central signal of jusText (Pomikálek, 2011): good paragraphs have a stop-word density
of 0.30 or more, boilerplate mostly under 0.20. Our merged multilingual list is shorter than
jusText's per-language lists, so the thresholds sit a little lower. A page whose prose has
no words from the list (a language it does not cover) gets no votes rather than all-chrome.
"""

from __future__ import annotations

from cleaner.heuristics.base import BaseHeuristic, HeuristicSettings, register
from cleaner.heuristics.line_passes import density_votes
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
        # A compiled pass a page, with the votes made beforehand: this runs on every block of every page.
        s = self.settings
        return density_votes(
            page.words,
            page.stopwords,
            s.min_words,
            s.high_density,
            s.low_density,
            s.min_page_density,
            self.cast(1.0, f"stopword_density>={s.high_density}"),
            self.cast(-1.0, f"stopword_density<{s.low_density}"),
        )
