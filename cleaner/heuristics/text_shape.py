"""Text shape: prose is long lines that end like sentences; chrome is short fragments.

The signal is the line-length and punctuation rule of the C4 line filter (Raffel et al.,
2020) and of jusText's length classes, made graded: a long line ending in sentence
punctuation is strong body evidence (a long line without it is as often a headline as a
paragraph, so it gets no vote), a short unpunctuated fragment (menu item, label,
button) is chrome evidence, and Title Case Across The Line is the shape of headlines and
menus, not of sentences. Defaults follow jusText (short < 70 chars ≈ 4–5 words;
long prose ≥ 12 words).
"""

from __future__ import annotations

from cleaner.heuristics.base import BaseHeuristic, HeuristicSettings, register
from cleaner.heuristics.line_passes import shape_votes
from cleaner.model import Vote
from cleaner.segment.page import SegmentedPage


class TextShapeSettings(HeuristicSettings):
    short_max_words: int = 3
    long_min_words: int = 12
    title_case_min_words: int = 4
    title_case_min_share: float = 0.7


@register
class TextShape(BaseHeuristic[TextShapeSettings]):
    name = "text_shape"
    Settings = TextShapeSettings

    def vote(self, page: SegmentedPage) -> list[Vote | None]:
        # A compiled pass a page, with the votes made beforehand: this runs on every block of every page.
        s = self.settings
        return shape_votes(
            page.words,
            page.stopwords,
            page.upper_initial_words,
            page.ends_with_terminal,
            s.short_max_words,
            s.title_case_min_words,
            s.title_case_min_share,
            s.long_min_words,
            self.cast(-1.0, f"words<={s.short_max_words}&no_terminal"),
            self.cast(-0.5, f"title_case>={s.title_case_min_share}"),
            self.cast(1.0, f"words>={s.long_min_words}&terminal"),
            self.cast(0.3, "terminal"),
        )
