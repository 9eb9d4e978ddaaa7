"""Review sections: once a shop's customer reviews begin, the product's own page is over.

A product page closes with its customers' reviews: a header ("Customer Reviews", "Reviews (12)",
"29 customer reviews", WooCommerce's "29 reviews for <the product>", "Write a review") and under
it the reviews, each with its rating ("5 out of 5 stars"), its badge ("Verified Purchase") and
its vote ("Was this review helpful?", "12 people found this helpful"). They are written in
sentences, often longer than the product's own description, so shape and stop words call them
body and the region may settle on them. The gold standards of article extraction leave them out,
as they leave readers' comments out. A header alone may be a tab of the page's menu, so it
counts only where `min_signals` review lines follow within `window_blocks` blocks; from it on,
every block is voted chrome, surely (-1), and the combiner takes it as final
(`CombineSettings.chrome_vetoes`). `Cleaner.with_comments` keeps the reviews with the comments.

A text dump has no names; on an HTML page `dom_hints` reads "review" in a template's names, but
as a hint, which a review's sentences outvote (and a shop's hashed class names may not say it at
all), so the wording counts there too: WCXB-dev HTML F1 0.86347 → 0.86356 (four product pages
up, one by 0.48; one down by 0.15, a shop's rating summary that its gold keeps); ScrapingHub and
the fixtures unchanged.

On the development pages (WCXB-dev and ScrapingHub, text) the sections so found held 10,412
words that the cleaner had kept as body and the gold leaves out, and 69 that it keeps: text F1
on WCXB-dev 0.82340 → 0.82387 (product pages 0.507 → 0.516; a shop whose region had been its
reviews rose by 0.51, another fell by 0.06); ScrapingHub and the fixtures unchanged. A review's
byline and an average rating count as its lines too: 0.82387 → 0.82422 (two pages of one shop,
whose reviews carry no rating line). WooCommerce's header, which names the product: 0.82689 →
0.82705 (one shop, +0.30).
"""

from __future__ import annotations

from itertools import islice

import regex

from cleaner.heuristics.base import BaseHeuristic, HeuristicSettings, register
from cleaner.model import Vote
from cleaner.segment.page import SegmentedPage

_HEADER = regex.compile(
    r"(?:(?:customer|product|guest|user)\s+)?reviews?(?:\s*\(\d[\d,]*\))?:?"
    r"|(?<![\d,])[\d,]++\s+(?:customer\s+)?reviews?(?:\s+for\s+.{1,200})?"
    r"|write\s+a\s+review|(?:customer\s+)?ratings?\s*(?:&|and)\s*reviews?",
    regex.IGNORECASE,
)
# What a review carries besides its text: its rating, its badge, its readers' vote, its byline
# ("by Sam from Michigan on November 24, 2025").
_SIGNAL = regex.compile(
    r"\b(?:verified\s+(?:purchase|buyer|owner|reviewer)|was\s+this\s+review\s+helpful"
    r"|found\s+this\s+(?:review\s+)?helpful|helpful\s*\(\d+\)|\d(?:\.\d)?\s+out\s+of\s+5\b"
    r"|average\s+rating|by\s+(?:\S+\s+){1,4}?from\s+(?:\S+\s+){1,8}?on\s+\w+\s+\d"
    r"|reviewed\s+in\s+[^.]{2,40}?\s+on\b|(?<!\d)\d++\s+of\s+\d++\s+(?:people|customers)\s+found)",
    regex.IGNORECASE,
)
# The words every header and every signal holds, as the page's case-folded tokens hold them.
_HEADER_WORDS = frozenset(("review", "reviews"))
_SIGNAL_WORDS = frozenset(("verified", "review", "helpful", "out", "reviewed", "found", "rating", "by"))


class ReviewSectionSettings(HeuristicSettings):
    window_blocks: int = 30
    min_signals: int = 2


@register
class ReviewSection(BaseHeuristic[ReviewSectionSettings]):
    name = "review_section"
    Settings = ReviewSectionSettings

    def vote(self, page: SegmentedPage) -> list[Vote | None]:
        votes: list[Vote | None] = [None] * len(page)
        # Headers are rare and their words few: look for reviews only in the window under one.
        for start in page.blocks_holding(_HEADER_WORDS):
            if _HEADER.fullmatch(page.texts[start]) and self._reviews_follow(page, start):
                votes[start:] = [self.cast(-1.0, "review_section")] * (len(page) - start)
                break
        return votes

    def _reviews_follow(self, page: SegmentedPage, start: int) -> bool:
        """Whether `min_signals` review lines stand within `window_blocks` blocks under the header at `start`."""
        window = range(start + 1, min(start + 1 + self.settings.window_blocks, len(page)))
        signals = (
            index
            for index in window
            if not _SIGNAL_WORDS.isdisjoint(page.tokens[index]) and _SIGNAL.search(page.texts[index])
        )
        return sum(1 for _ in islice(signals, self.settings.min_signals)) >= self.settings.min_signals
