"""Teaser lists: headlines with a category glued on, and headline/standfirst pairs.

When a page is flattened to text, a teaser card's category label and headline often lose
the space between them ("filmChristopher Walken…", "businessRegulators give…"): a lower-case
word running straight into a capitalised one never happens in edited prose, and neither
does a Title Case headline running into the sentence of its standfirst. Teaser lists
also come as snippets cut short with an ellipsis, and as a headline line directly followed
(no blank line) by a shorter line without end punctuation: the standfirst of the card, as
on "Day In a Page"-style lists.
"""

from __future__ import annotations

import regex

from cleaner.heuristics.base import BaseHeuristic, HeuristicSettings, register
from cleaner.model import Vote
from cleaner.segment.page import SegmentedPage

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


# A snippet cut short: "…our client are cur..." An article's own paragraphs are never
# truncated; teasers, search results and widgets are.
_TRUNCATED = ("...", "…", "[…]", "[...]")


class HeadlineTeaserSettings(HeuristicSettings):
    teaser_max_words: int = 25
    snippet_min_words: int = 4


@register
class HeadlineTeaser(BaseHeuristic[HeadlineTeaserSettings]):
    name = "headline_teaser"
    Settings = HeadlineTeaserSettings

    def vote(self, page: SegmentedPage) -> list[Vote | None]:
        texts, words = page.texts, page.words
        card_headlines = self._card_headlines(page)
        return [
            self._judge(texts[index], words[index], card_headlines[index], page.upper_initial_words[index])
            for index in range(len(texts))
        ]

    def _judge(self, text: str, words: int, card_headline: bool, upper_initial: int) -> Vote | None:
        if text[0].islower() and GLUED_CATEGORY.match(text):
            return self.cast(-1.0, "category_glued_to_headline")
        if words >= _GLUED_MIN_WORDS and upper_initial >= _GLUED_MIN_CAPITALS and _GLUED_STANDFIRST.match(text):
            return self.cast(-1.0, "headline_glued_to_standfirst")
        if words >= self.settings.snippet_min_words and text.endswith(_TRUNCATED):
            return self.cast(-1.0, "truncated_snippet")
        if card_headline:
            return self.cast(-0.6, "headline_followed_by_standfirst")
        return None

    def _card_headlines(self, page: SegmentedPage) -> list[bool]:
        """Unpunctuated lines glued (no blank line) to a next unpunctuated, short line."""
        most = self.settings.teaser_max_words
        texts, words, terminal, blank_after = page.texts, page.words, page.ends_with_terminal, page.blank_after
        return [
            index + 1 < len(texts)
            and not blank_after[index]
            and not terminal[index]
            and not terminal[index + 1]
            and not texts[index + 1][0].islower()
            and 2 <= words[index] <= most
            and 2 <= words[index + 1] <= most
            for index in range(len(texts))
        ]
