"""Link density: navigation, teaser lists and tag clouds are mostly link text; prose is not.

The share of a block's characters that sit inside links is the oldest DOM signal of
boilerplate detection (Kohlschütter et al.'s boilerpipe, 2010; trafilatura's and
readability's link-density tests). A block that is mostly link text is a menu item, a
teaser headline or a "read more": chrome, the more surely the shorter it is. A paragraph
with a few links in its sentences keeps a low density and gets no vote against it; a long
block without any link is slightly more likely to be prose. Text pages have no links to
count, and get no vote.
"""

from __future__ import annotations

from cleaner.heuristics.base import BaseHeuristic, HeuristicSettings, register
from cleaner.heuristics.line_passes import link_votes
from cleaner.model import Vote
from cleaner.segment.page import SegmentedPage


class LinkDensitySettings(HeuristicSettings):
    linked_min_share: float = 0.5  # link characters / characters at which a block counts as linked
    long_min_words: int = 15  # a linked block this long is a list of links in a sentence's clothing
    unlinked_min_words: int = 10  # an unlinked block this long leans body


@register
class LinkDensity(BaseHeuristic[LinkDensitySettings]):
    name = "link_density"
    Settings = LinkDensitySettings

    def vote(self, page: SegmentedPage) -> list[Vote | None]:
        if not page.has_dom:
            return [None] * len(page)
        s = self.settings
        # The three votes, made once a page, handed to a compiled pass over the blocks.
        return link_votes(
            page.texts,
            page.link_chars,
            page.words,
            s.linked_min_share,
            s.long_min_words,
            s.unlinked_min_words,
            self.cast(-0.5, f"link_share>={s.linked_min_share:g}&words>={s.long_min_words}"),
            self.cast(-1.0, f"link_share>={s.linked_min_share:g}"),
            self.cast(0.3, f"no_links&words>={s.unlinked_min_words}"),
        )
