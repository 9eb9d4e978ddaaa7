"""Related links: a line that opens with "Related:" or "Read more:" points to another story.

Between an article's paragraphs, sites print links to their other stories, each a headline
behind a label: "Related: The 15 Weirdest Galaxies in Our Universe", "READ MORE: China plague
outbreak confirmed", "Also read: 10 Ways Generative AI is Transforming eCommerce". The
headline is a sentence-like line amid the article's paragraphs, so shape and position call it
body, and an HTML template often prints it as a plain paragraph of the article's own
container. The label is the signal: one of the words sites use for a cross-reference, in
several languages, opening the line and followed by a colon or a bar and the other story's
title. An article's own sentence does not open with "Related:". Trafilatura drops such
lines, and the gold standards here mostly leave them out (ScrapingHub always; WCXB on most
sites, keeping them on a few). The vote is sure (-1), and the combiner takes it as final
(`CombineSettings.chrome_vetoes`).

Measured on ScrapingHub (HTML and text F1 +0.0008 each), WCXB-dev (+0.0002 each) and the
fixtures (unchanged).
"""

from __future__ import annotations

import regex

from cleaner.heuristics.base import BaseHeuristic, HeuristicSettings, register
from cleaner.model import Vote
from cleaner.segment.page import SegmentedPage

_LABELS = (
    r"related(?: (?:articles?|stories|posts?|content|reading|coverage|video))?",
    r"see (?:also|more)",
    r"read (?:more|also|next)",
    r"also read",
    r"more(?: on this)?",
    r"recommended(?: reading)?",
    r"further reading",
    r"you may also like",
    r"most read",
    r"trending",
    r"popular",
    r"watch",
    r"listen",
    r"lesen sie auch",
    r"mehr zum thema",
    r"(?:à )?lire aussi",
    r"lee también",
    r"leer más",
    r"leggi anche",
    r"читайте также",
)
# The label, then a colon or a bar, then the other story's title.
_RELATED_LABEL = regex.compile(rf"(?i)\A(?:{'|'.join(_LABELS)})\s*[:|]\s*\S")


class RelatedLinkSettings(HeuristicSettings):
    max_words: int = 40  # a headline behind its label; a longer line is a paragraph that happens to open so


@register
class RelatedLink(BaseHeuristic[RelatedLinkSettings]):
    name = "related_link"
    Settings = RelatedLinkSettings

    def vote(self, page: SegmentedPage) -> list[Vote | None]:
        vote = self.cast(-1.0, "opens_with_related_label")
        most = self.settings.max_words
        return [
            vote if words <= most and _RELATED_LABEL.match(text) else None
            for text, words in zip(page.texts, page.words, strict=True)
        ]
