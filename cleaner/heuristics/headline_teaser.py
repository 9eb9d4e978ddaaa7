"""Teaser lists: headlines with a category glued on, and headline/standfirst pairs.

When a page is flattened to text, a teaser card's category label and headline often lose
the space between them ("filmChristopher Walken…", "businessRegulators give…"): a lower-case
word running straight into a capitalised one never happens in edited prose. Teaser lists
also come as a headline line directly followed (no blank line) by a shorter line without
end punctuation: the standfirst of the card, as on "Day In a Page"-style lists.
"""

from __future__ import annotations

import regex

from cleaner.heuristics.base import BaseHeuristic, HeuristicSettings, register
from cleaner.model import Vote
from cleaner.segment.page import SegmentedPage

_GLUED_CATEGORY = regex.compile(r"\A\p{Ll}{2,}\p{Lu}\p{Ll}")


class HeadlineTeaserSettings(HeuristicSettings):
    teaser_max_words: int = 25


@register
class HeadlineTeaser(BaseHeuristic[HeadlineTeaserSettings]):
    name = "headline_teaser"
    Settings = HeadlineTeaserSettings

    def vote(self, page: SegmentedPage) -> list[Vote | None]:
        blocks = page.blocks
        votes: list[Vote | None] = []
        for index, block in enumerate(blocks):
            if _GLUED_CATEGORY.match(block.text):
                votes.append(self.cast(-1.0, "category_glued_to_headline"))
            elif self._is_headline_of_card(index, page):
                votes.append(self.cast(-0.6, "headline_followed_by_standfirst"))
            else:
                votes.append(None)
        return votes

    def _is_headline_of_card(self, index: int, page: SegmentedPage) -> bool:
        """An unpunctuated line glued (no blank line) to a next unpunctuated, short line."""
        block = page.blocks[index]
        if block.blank_after or block.ends_with_terminal or index + 1 >= len(page.blocks):
            return False
        following = page.blocks[index + 1]
        return (
            not following.ends_with_terminal
            and 2 <= block.words <= self.settings.teaser_max_words
            and 2 <= following.words <= self.settings.teaser_max_words
        )
