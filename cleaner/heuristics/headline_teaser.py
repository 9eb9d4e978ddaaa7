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
kept on two pages). A line ending with a comma, a semicolon or a colon runs on (a list's
member, a line of a JSON listing: ``"amount": 1099,``), and heads no card nor is its
standfirst: text F1 on WCXB-dev 0.83544 → 0.83553 (13 pages up, an article's list by 0.15, an
API reference's payloads; 7 down by at most 0.007); HTML, ScrapingHub and the fixtures unchanged.
"""

from __future__ import annotations

import regex

from cleaner.heuristics.base import BaseHeuristic, HeuristicSettings, register
from cleaner.heuristics.line_passes import card_headlines, teaser_votes
from cleaner.model import Vote
from cleaner.segment.dom import CELL_SEPARATOR
from cleaner.segment.page import SegmentedPage
from cleaner.segment.text import NOT_A_HEADLINE_END

GLUED_CATEGORY = regex.compile(r"\A\p{Ll}{2,}\p{Lu}\p{Ll}")
# A Title Case headline run straight into its standfirst: "…Student-AthleteA 20-year-old
# student…". Three capitalised words (or numbers) before the seam, and sentence case after it
# (the next two words lower-case), so that a brand inside a headline ("New MacBook Pro") is no
# seam, nor a name in a sentence ("iPhone sales", "McLeish said"): three letters before the
# seam. At most 30 headline words, which also bounds the backtracking on long lines.
_GLUED_MIN_WORDS = 6  # three headline words, the seam word, two standfirst words
_GLUED_MIN_CAPITALS = 3
_GLUED_STANDFIRST = regex.compile(
    r"\A(?:[\p{Lu}\d$£€\"'‘“][^\s]*\s+(?:\p{Ll}{1,3}\s+)?){3,30}"  # the headline's words
    r"\S*?[\p{L}\d]{2}[\p{Ll}\d]\p{Lu}\p{Ll}*"  # the seam: "AthleteA", "250,000The"
    r"(?:\s+[\p{Ll}\d][\w'’-]*){2}"  # the standfirst goes on in sentence case
)


# A line ending with one of these runs on, as a list's member or a code listing's line does
# (``"amount": 1099,``): a card's headline and its standfirst stop without one, as headlines do.
_RUNS_ON = "".join(sorted(NOT_A_HEADLINE_END))

# A snippet cut short: "…our client are cur..." An article's own paragraphs are never
# truncated; teasers, search results and widgets are.
TRUNCATED_ENDINGS = ("...", "…", "[…]", "[...]")


class HeadlineTeaserSettings(HeuristicSettings):
    teaser_max_words: int = 25
    snippet_min_words: int = 4


@register
class HeadlineTeaser(BaseHeuristic[HeadlineTeaserSettings]):
    name = "headline_teaser"
    Settings = HeadlineTeaserSettings

    def vote(self, page: SegmentedPage) -> list[Vote | None]:
        # The tests run compiled (`_line_passes`), and the patterns only where a cheap test (a
        # lower-case start, enough capitalised words, a seam) says they might match: this runs
        # on every block of every page.
        return teaser_votes(
            page.texts,
            page.words,
            page.upper_initial_words,
            self._card_headlines(page),
            GLUED_CATEGORY,
            _GLUED_STANDFIRST,
            TRUNCATED_ENDINGS,
            _GLUED_MIN_WORDS,
            _GLUED_MIN_CAPITALS,
            self.settings.snippet_min_words,
            self.cast(-1.0, "category_glued_to_headline"),
            self.cast(-1.0, "headline_glued_to_standfirst"),
            self.cast(-1.0, "truncated_snippet"),
            self.cast(-0.6, "headline_followed_by_standfirst"),
        )

    def _card_headlines(self, page: SegmentedPage) -> list[bool]:
        """Unpunctuated lines glued (no blank line) to a next unpunctuated, short line; neither a table row.

        On an HTML page, one of the two lines is mostly link text.
        """
        return card_headlines(
            page.texts,
            page.words,
            page.ends_with_terminal,
            page.blank_after,
            page.mostly_linked if page.has_dom else None,
            self.settings.teaser_max_words,
            CELL_SEPARATOR,
            _RUNS_ON,
        )
