"""Related links: a line that opens with "Related:" or "Read more:" points to another story.

Between an article's paragraphs, sites print links to their other stories, each a headline
behind a label: "Related: The 15 Weirdest Galaxies in Our Universe", "READ MORE: China plague
outbreak confirmed", "Also read: 10 Ways Generative AI is Transforming eCommerce", "Check out:
Best Advice For Renting a Car in Iceland". The headline is a sentence-like line amid the
article's paragraphs, so shape and position call it body, and an HTML template often prints it
as a plain paragraph of the article's own container. The label is the signal: one of the words
sites use for a cross-reference, in several languages, opening the line and followed by a colon
or a bar and the other story's title. An article's own sentence does not open with "Related:".
Trafilatura drops such lines, and the gold standards here mostly leave them out (ScrapingHub
always; WCXB on most sites, keeping them on a few). The vote is sure (-1), and the combiner
takes it as final (`CombineSettings.chrome_vetoes`).

Measured on ScrapingHub (HTML and text F1 +0.0008 each), WCXB-dev (+0.0002 each) and the
fixtures (unchanged).
"""

from __future__ import annotations

import regex

from cleaner.heuristics.base import BaseHeuristic, HeuristicSettings, register, worded_votes
from cleaner.heuristics.line_passes import lines_opening_with
from cleaner.model import Vote
from cleaner.segment.page import SegmentedPage

_LABELS = (
    "related", "related article", "related articles", "related stories", "related post", "related posts",
    "related content", "related reading", "related coverage", "related video", "see also", "see more",
    "read more", "read also", "read next", "also read", "more", "more on this", "recommended",
    "recommended reading", "further reading", "you may also like", "you might also like", "must read",
    "check out", "also check", "most read", "trending", "popular",
    "watch", "listen", "lesen sie auch", "mehr zum thema", "lire aussi", "à lire aussi", "lee también",
    "leer más", "leggi anche", "читайте также",
)  # fmt: skip
# The label, then a colon or a bar, then the other story's title.
_RELATED_LABEL = regex.compile(
    r"(?i)\A(?:{})\s*[:|]\s*\S".format("|".join(r"\s+".join(map(regex.escape, label.split())) for label in _LABELS))
)
# Each label's first word, as the page's case-folded tokens hold it: the lines worth the pattern.
_FIRST_WORDS = frozenset(label.split()[0] for label in _LABELS)


class RelatedLinkSettings(HeuristicSettings):
    max_words: int = 40  # a headline behind its label; a longer line is a paragraph that happens to open so


@register
class RelatedLink(BaseHeuristic[RelatedLinkSettings]):
    name = "related_link"
    Settings = RelatedLinkSettings

    def vote(self, page: SegmentedPage) -> list[Vote | None]:
        vote = self.cast(-1.0, "opens_with_related_label")
        # The label opens the line: only the first token is tested.
        candidates = lines_opening_with(page.tokens, _FIRST_WORDS)
        return worded_votes(page, vote, candidates, self.settings.max_words, _RELATED_LABEL.match)
