"""Teaser lists: headlines with a category glued on, and headline/standfirst pairs.

When a page is flattened to text, a teaser card's category label and headline often lose
the space between them ("filmChristopher Walken…", "businessRegulators give…"): a lower-case
word running straight into a capitalised one never happens in edited prose, and neither
does a Title Case headline running into the sentence of its standfirst. Teaser lists
also come as snippets cut short with an ellipsis, and as a headline line directly followed
(no blank line) by a shorter line without end punctuation: the standfirst of the card, as
on "Day In a Page"-style lists. Not where either line is a table row (cells joined by tabs,
as the renderings write them): the rows of a table stand one under the other in that shape,
and a specification table or a ranking is content. WCXB-dev rose by 0.0005 in either mode
with that exception (an article's ranking table, 0.16 to 0.90 in text); the fixtures' kettle,
whose spec table now reaches its reviews, fell by 0.04 in text. On an HTML page a card links
somewhere: its headline or its standfirst is mostly link text. Two short lines that link
nowhere are the page's own (a list, a spec sheet, a byline over the writer's role), and on
WCXB-dev such pairs held as many gold words as chrome (64,787 against 60,114), where linked
pairs held 34,337 against 236,836. Requiring the link raised HTML F1 on ScrapingHub 0.9697 →
0.9706 and WCXB-dev 0.8519 → 0.8530; the fixtures fell 0.8824 → 0.8809 (a byline and its role
kept on two pages).
"""

from __future__ import annotations

from itertools import compress
from operator import itemgetter

import regex

from cleaner.heuristics.base import BaseHeuristic, HeuristicSettings, register
from cleaner.model import Vote
from cleaner.segment.dom import CELL_SEPARATOR
from cleaner.segment.page import SegmentedPage

GLUED_CATEGORY = regex.compile(r"\A\p{Ll}{2,}\p{Lu}\p{Ll}")
# A Title Case headline run straight into its standfirst: "…Student-AthleteA 20-year-old
# student…". Three capitalised words (or numbers) before the seam, and sentence case after it
# (the next two words lower-case), so that a brand inside a headline ("New MacBook Pro") is no
# seam, nor a name in a sentence ("iPhone sales", "McLeish said"): three letters before the
# seam. At most 30 headline words, which also bounds the backtracking on long lines.
_GLUED_MIN_WORDS = 6  # three headline words, the seam word, two standfirst words
_GLUED_MIN_CAPITALS = 3
# The seam's last two characters on ASCII text: a lower-case letter or digit (l), a capital (U).
_SEAM_CLASSES = str.maketrans(
    {
        chr(code): "l" if chr(code).islower() or chr(code).isdigit() else "U" if chr(code).isupper() else " "
        for code in range(128)
    }
)
_GLUED_STANDFIRST = regex.compile(
    r"\A(?:[\p{Lu}\d$£€\"'‘“][^\s]*\s+(?:\p{Ll}{1,3}\s+)?){3,30}"  # the headline's words
    r"\S*?[\p{L}\d]{2}[\p{Ll}\d]\p{Lu}\p{Ll}*"  # the seam: "AthleteA", "250,000The"
    r"(?:\s+[\p{Ll}\d][\w'’-]*){2}"  # the standfirst goes on in sentence case
)


# A snippet cut short: "…our client are cur..." An article's own paragraphs are never
# truncated; teasers, search results and widgets are.
TRUNCATED_ENDINGS = ("...", "…", "[…]", "[...]")
_first_letter = itemgetter(0)


class HeadlineTeaserSettings(HeuristicSettings):
    teaser_max_words: int = 25
    snippet_min_words: int = 4


@register
class HeadlineTeaser(BaseHeuristic[HeadlineTeaserSettings]):
    name = "headline_teaser"
    Settings = HeadlineTeaserSettings

    def vote(self, page: SegmentedPage) -> list[Vote | None]:
        # The patterns run only where a cheap test (a lower-case start, enough capitalised
        # words) says they might match, and the votes are made beforehand: this runs on every
        # block of every page.
        snippet_min = self.settings.snippet_min_words
        glued_category = self.cast(-1.0, "category_glued_to_headline")
        glued_standfirst = self.cast(-1.0, "headline_glued_to_standfirst")
        truncated = self.cast(-1.0, "truncated_snippet")
        card = self.cast(-0.6, "headline_followed_by_standfirst")
        return [
            glued_category
            if lower_start and GLUED_CATEGORY.match(text)
            else glued_standfirst
            if words >= _GLUED_MIN_WORDS
            and upper_initial >= _GLUED_MIN_CAPITALS
            and _may_have_seam(text)
            and _GLUED_STANDFIRST.match(text)
            else truncated
            if words >= snippet_min and text.endswith(TRUNCATED_ENDINGS)
            else card
            if card_headline
            else None
            for text, lower_start, words, upper_initial, card_headline in zip(
                page.texts,
                map(str.islower, map(_first_letter, page.texts)),
                page.words,
                page.upper_initial_words,
                self._card_headlines(page),
                strict=True,
            )
        ]

    def _card_headlines(self, page: SegmentedPage) -> list[bool]:
        """Unpunctuated lines glued (no blank line) to a next unpunctuated, short line; neither a table row.

        On an HTML page, one of the two lines is mostly link text.
        """
        most = self.settings.teaser_max_words
        texts, words, terminal = page.texts, page.words, page.ends_with_terminal
        cards = [
            not blank_after
            and not terminal
            and not next_terminal
            and not next_text[0].islower()
            and 2 <= count <= most
            and 2 <= next_count <= most
            and CELL_SEPARATOR not in text
            and CELL_SEPARATOR not in next_text
            for blank_after, terminal, next_terminal, text, next_text, count, next_count in zip(
                page.blank_after, terminal, terminal[1:], texts, texts[1:], words, words[1:], strict=False
            )
        ] + [False] * bool(texts)  # the last line has no next line
        if page.has_dom:
            linked = page.mostly_linked
            for index in compress(range(len(cards)), cards):
                cards[index] = linked[index] or linked[index + 1]
        return cards


def _may_have_seam(text: str) -> bool:
    """False only where no lower-case letter or digit runs into a capital: no seam for _GLUED_STANDFIRST.

    On ASCII text a translation table reads it in C (the pattern's cost is its backtracking
    over the headline's words); other text is left to the pattern.
    """
    return not text.isascii() or "lU" in text.translate(_SEAM_CLASSES)
