"""Symbol lines: a line of arrows, stars, check marks or icon glyphs alone is a widget's, not text.

Templates draw their controls with characters: a carousel's arrows ("←", "→", "↓"), a dialog's
close button ("×", "✕"), an outbound link's "↗", a rating's "★★★★★", a check mark, a bullet
icon ("►"), and an icon font's glyphs, which sit in Unicode's private use area and show as
nothing readable without that font. Flattened to lines, each stands alone between the
sentences of the page, and the short-block pass gives it the label of its neighbours: inside
the article's region, it ends up in the body text, where it reads as noise. A writer's text
holds letters or digits. A line holding none, whose characters are all symbols (Unicode's math
and other symbols, Sm and So) or private use glyphs (Co), is voted sure chrome (-1), which the
combiner applies once its passes over neighbours have run (`CombineSettings.final_vetoes`).
Punctuation ("...", "•", "?"), currency signs (a price's "$" on a line of its own), dashes (a
section break) and brackets are left alone, and so is a line of preformatted text (a code
listing's "=>", an ASCII diagram), whose every character is the writer's.

On WCXB-dev, 409 blocks of 31 pages' bodies in HTML and 296 of 51 pages' in text were such
lines (in HTML: 54 "→", 38 "×", 35 "↗", "►", "↓", "←" and "↑" each, 26 "★★★★★", 19 "✓"); now
none is. None holds a word, so F1 cannot see them, and no page's F1 moved on any set.
ScrapingHub's pages and the fixtures hold none.
"""

from __future__ import annotations

from itertools import compress, count
from operator import not_

import regex

from cleaner.heuristics.base import BaseHeuristic, HeuristicSettings, register
from cleaner.model import Vote
from cleaner.segment.page import SegmentedPage

_SYMBOLS_ALONE = regex.compile(r"[\p{Sm}\p{So}\p{Co}\s]+")
_PREFORMATTED = "pre"


class SymbolLineSettings(HeuristicSettings):
    """No threshold: a line holds a letter or a digit, or it does not."""


@register
class SymbolLine(BaseHeuristic[SymbolLineSettings]):
    name = "symbol_line"
    Settings = SymbolLineSettings

    def vote(self, page: SegmentedPage) -> list[Vote | None]:
        votes: list[Vote | None] = [None] * len(page)
        texts, tags, words = page.texts, page.tags, page.words
        # A line of symbols holds no word: only the lines without one, on a page holding any, are read.
        if 0 not in words:
            return votes
        symbols = self.cast(-1.0, "symbols_alone")
        for index in compress(count(), map(not_, words)):
            if (not tags or tags[index] != _PREFORMATTED) and _SYMBOLS_ALONE.fullmatch(texts[index]):
                votes[index] = symbols
        return votes
