"""Symbol lines: a line of arrows, stars, icon glyphs, one lone mark or an image's address is a widget's, not text.

Templates draw their controls with characters: a carousel's arrows ("←", "→", "↓"), a dialog's
close button ("×", "✕"), an outbound link's "↗", a rating's "★★★★★", a check mark, a bullet
icon ("►"), and an icon font's glyphs, which sit in Unicode's private use area and show as
nothing readable without that font. Flattened to lines, each stands alone between the
sentences of the page, and the short-block pass gives it the label of its neighbours: inside
the article's region, it ends up in the body text, where it reads as noise. A writer's text
holds letters or digits. A line holding none, whose characters are all symbols (Unicode's math
and other symbols, Sm and So) or private use glyphs (Co), is voted sure chrome (-1), which the
combiner applies once its passes over neighbours have run (`CombineSettings.final_vetoes`).
One punctuation mark alone on its line is a widget's too: a help icon's "?" beside a form's
field or a product's option, a separator's "•", "·" or "/" between links that the template set in
elements of their own, a "." or ":" left over from a label drawn in another element. These are
voted chrome with the reason `punctuation_alone`. Other punctuation is left alone: an ellipsis
("...", "…"), a dash or a dinkus (a section break: "—", "* * *"), brackets and quotes (a code
listing's "}" or ");" outside <pre>), and so are currency signs (a price's "$" on a line of its
own) and a line of preformatted text (a code listing's "=>", an ASCII diagram), whose every
character is the writer's.

On WCXB-dev, 409 blocks of 31 pages' bodies in HTML and 296 of 51 pages' in text were lines of
symbols (in HTML: 54 "→", 38 "×", 35 "↗", "►", "↓", "←" and "↑" each, 26 "★★★★★", 19 "✓"), and
221 of 24 pages' in HTML and 68 of 19 pages' in text were lone marks (in HTML: 123 "?", 41 "•",
38 "/", 13 ".", 6 ":"); now none is. None holds a word, so F1 cannot see them, and no page's F1
moved on any set. ScrapingHub's bodies held 12 lone "•" in HTML and one in text, all on one
page, and the fixtures' none.

A line that is nothing but the address of an image file ("https://cdn.example.com/swatch/blue.jpg")
is no writer's text either: it is a picture that reached the page as its address, a product
gallery's or colour swatch's image kept in a data field the template prints, a forum's image
embed that did not load. No reader reads it, and the gold standards never keep it. It is voted
sure chrome too, with the reason `image_address_alone` (preformatted text aside, where an address
is part of a listing). On WCXB-dev, 93 such lines on two pages (a shop's 90 swatch images, a
forum's quoted picture) were body; now none is.
"""

from __future__ import annotations

from itertools import compress, count
from operator import methodcaller, not_

import regex

from cleaner.heuristics.base import BaseHeuristic, HeuristicSettings, register
from cleaner.model import Vote
from cleaner.segment.page import SegmentedPage

_SYMBOLS_ALONE = regex.compile(r"[\p{Sm}\p{So}\p{Co}\s]+")
# The marks that stand alone as icons and separators; not an ellipsis, a dash, a bracket or a quote.
_MARKS_ALONE = frozenset("?•·/.:")
_PREFORMATTED = "pre"
# An image file's address, alone on its line: the test is a C-level prefix check on every line and
# this pattern on the few that start like an address. Its path is read a dotted piece at a time and
# nothing is given back (a line of many addresses or dots costs one pass), and it is anchored at
# the line's start, where a search from every "http" further on would read to the line's end again.
_ADDRESS_STARTS = ("http://", "https://")
_IMAGE_ADDRESS = regex.compile(
    r"\Ahttps?://(?:[^\s?#.]++\.)++(?:jpe?g|png|gif|webp|avif|svg|bmp|tiff?)(?:[?#]\S*+)?", regex.IGNORECASE
)


class SymbolLineSettings(HeuristicSettings):
    """No threshold: a line holds a letter or a digit, or it does not; it is an image's address, or it is not."""


@register
class SymbolLine(BaseHeuristic[SymbolLineSettings]):
    name = "symbol_line"
    Settings = SymbolLineSettings

    def vote(self, page: SegmentedPage) -> list[Vote | None]:
        votes: list[Vote | None] = [None] * len(page)
        texts, tags, words = page.texts, page.tags, page.words
        image = self.cast(-1.0, "image_address_alone")
        for index in compress(count(), map(methodcaller("startswith", _ADDRESS_STARTS), texts)):
            if _IMAGE_ADDRESS.fullmatch(texts[index]) and not (tags and tags[index] == _PREFORMATTED):
                votes[index] = image
        # A line of symbols holds no word: only the lines without one, on a page holding any, are read.
        if 0 not in words:
            return votes
        symbols, mark = self.cast(-1.0, "symbols_alone"), self.cast(-1.0, "punctuation_alone")
        for index in compress(count(), map(not_, words)):
            if tags and tags[index] == _PREFORMATTED:
                continue
            text = texts[index]
            if text in _MARKS_ALONE:
                votes[index] = mark
            elif _SYMBOLS_ALONE.fullmatch(text):
                votes[index] = symbols
        return votes
