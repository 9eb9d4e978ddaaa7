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
0.82705 (one shop, +0.30). So does a header that names it after "Reviews for" or "Reviews of", with
or without a count ("Reviews for this item (76)", "Reviews for Men's Wool Runner"): WCXB-dev HTML F1
0.87716 → 0.87721, text 0.83584 → 0.83590 (one shop up, by 0.07 and 0.15; no page down). The
summaries of the review widgets that shops embed ("Based on 407 reviews", "81% of customers would
recommend this", "Rating snapshot", an average glued to its figure, "4.7Average rating") count as
review lines too: 0.83584 → 0.83596 (two shops: one +0.018, the other's recall 0.56 → 0.97 and
precision 0.22 → 0.16, its F1 −0.04); HTML, ScrapingHub and the fixtures unchanged. So do the rows of
the rating breakdown that such a widget draws above the reviews, the share of them at each star
("80%", "(3672)", "9%", ...): a share alone on its line, the next row's share within
`breakdown_row_lines` lines below it; a share alone ("0%") is none. WCXB-dev HTML F1 0.87942 →
0.87970, text 0.83659 → 0.83687 (a shop whose widget writes no rating line by its reviews, +0.415
and +0.473; no other page moved); ScrapingHub and the fixtures unchanged.

Many shops' reviews carry none of those lines: a reviewer's name, a date and the text, under a
header that a review widget draws. On an HTML page the template says it instead: the header (not
a link: a menu's "Reviews" tab is one) and `min_signals` blocks under it stand in elements named
for reviews ("product-reviews", "review-intro": a name holding "review" among the block's own
element and its nearest named ancestor, `near_named_ancestors`, as `dom_hints` counts a name
near). Names say less than a rating line, so the section so found is the header's section only:
where the header is a heading, it ends at the next heading of its level or above that is not
itself named for reviews, such as a game store's "About This Game" under its critics' quotes.
WCXB-dev HTML F1 0.87638 → 0.87694 (product pages 0.6270 → 0.6354: a music shop's and a watch
shop's reviews out, +0.32 and +0.30; two down, by 0.06 the store whose gold keeps its critics'
quotes and by 0.04 a shop whose spec lines above the reviews now follow them out); ScrapingHub,
text pages and the fixtures unchanged. Names anywhere on the chain took in a forum whose every
post sits in a "review" wrapper (0.87655); the block's own element's names alone missed the
watch shop (0.87675). To the page's end, as the wording's sections go, the game store lost its
description (−0.44).
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import islice

import regex
from pydantic import Field

from cleaner.heuristics.base import BaseHeuristic, HeuristicSettings, register
from cleaner.model import Vote
from cleaner.segment.page import SegmentedPage

_HEADER = regex.compile(
    r"(?:(?:customer|product|guest|user)\s+)?reviews?(?:\s+(?:for|of)\s+.{0,199}?[^.!?\s])?(?:\s*\(\d[\d,]*\))?:?"
    r"|(?<![\d,])[\d,]++\s+(?:customer\s+)?reviews?(?:\s+for\s+.{1,200})?"
    r"|write\s+a\s+review|(?:customer\s+)?ratings?\s*(?:&|and)\s*reviews?",
    regex.IGNORECASE,
)
# What a review carries besides its text: its rating, its badge, its readers' vote, its byline
# ("by Sam from Michigan on November 24, 2025").
_SIGNAL = regex.compile(
    r"\b(?:verified\s+(?:purchase|buyer|owner|reviewer)|was\s+this\s+review\s+helpful"
    r"|found\s+this\s+(?:review\s+)?helpful|helpful\s*\(\d+\)|\d(?:\.\d)?\s+out\s+of\s+5\b"
    r"|average\s+rating|based\s+on\s+[\d,]+\s+reviews?|rating\s+snapshot"
    r"|by\s+(?:\S+\s+){1,4}?from\s+(?:\S+\s+){1,8}?on\s+\w+\s+\d"
    r"|reviewed\s+in\s+[^.]{2,40}?\s+on\b|(?<!\d)\d++\s+of\s+\d++\s+(?:people|customers)\s+found"
    r"|\d++%\s+of\s+(?:customers|reviewers|respondents)\s+(?:would\s+)?recommend)|(?<=\d)average\s+rating",
    regex.IGNORECASE,
)
# The words every header and every signal holds, as the page's case-folded tokens hold them.
_HEADER_WORDS = frozenset(("review", "reviews"))
_SIGNAL_WORDS = frozenset(
    ("verified", "review", "helpful", "out", "reviewed", "found", "rating", "by", "reviews", "snapshot", "recommend")
)


class ReviewSectionSettings(HeuristicSettings):
    window_blocks: int = 30
    min_signals: int = 2
    breakdown_row_lines: int = Field(
        2, ge=1, description="lines of a rating breakdown's row (its share, its count): the next row's share this near"
    )
    near_named_ancestors: int = Field(
        2, ge=1, description="HTML: named elements, the block's own first, whose names may call it a review"
    )


@register
class ReviewSection(BaseHeuristic[ReviewSectionSettings]):
    name = "review_section"
    Settings = ReviewSectionSettings

    def vote(self, page: SegmentedPage) -> list[Vote | None]:
        votes: list[Vote | None] = [None] * len(page)
        # Headers are rare and their words few: look for reviews only in the window under one.
        for start in page.blocks_holding(_HEADER_WORDS):
            if not _HEADER.fullmatch(page.texts[start]):
                continue
            if self._reviews_follow(page, start):
                end = len(page)
            elif self._named_reviews_follow(page, start):
                end = self._named_section_end(page, start)
            else:
                continue
            votes[start:end] = [self.cast(-1.0, "review_section")] * (end - start)
            break
        return votes

    def _reviews_follow(self, page: SegmentedPage, start: int) -> bool:
        """Whether `min_signals` review lines stand within `window_blocks` blocks under the header at `start`."""
        return self._signals_under(
            page,
            start,
            lambda index: (
                (not _SIGNAL_WORDS.isdisjoint(page.tokens[index]) and bool(_SIGNAL.search(page.texts[index])))
                or self._breakdown_row(page, index)
            ),
        )

    def _breakdown_row(self, page: SegmentedPage, index: int) -> bool:
        """Whether block `index` is a row of a rating breakdown: a share alone on its line ("80%"), the next row's
        within `breakdown_row_lines` lines below it."""
        below = range(index + 1, min(index + 1 + self.settings.breakdown_row_lines, len(page)))
        return _share_alone(page.texts[index]) and any(_share_alone(page.texts[row]) for row in below)

    def _named_reviews_follow(self, page: SegmentedPage, start: int) -> bool:
        """Whether, on an HTML page, the header at `start` (not a link) and `min_signals` blocks (not links) within
        `window_blocks` under it stand in elements named for reviews."""
        if not page.has_dom or page.link_chars[start] or not self._named_review(page, start):
            return False
        return self._signals_under(
            page, start, lambda index: not page.link_chars[index] and self._named_review(page, index)
        )

    def _signals_under(self, page: SegmentedPage, start: int, is_signal: Callable[[int], bool]) -> bool:
        """Whether `min_signals` blocks within `window_blocks` blocks under `start` are signals (`is_signal`)."""
        window = range(start + 1, min(start + 1 + self.settings.window_blocks, len(page)))
        signals = (index for index in window if is_signal(index))
        return sum(1 for _ in islice(signals, self.settings.min_signals)) >= self.settings.min_signals

    def _named_section_end(self, page: SegmentedPage, start: int) -> int:
        """Where the section headed at `start` ends: at the next heading of its level or above not named for reviews
        (the page's end when the header is no heading, or no such heading follows)."""
        level = page.heading_levels[start]
        if not level:
            return len(page)
        ends = (
            index
            for index in range(start + 1, len(page))
            if 0 < page.heading_levels[index] <= level and not self._named_review(page, index)
        )
        return next(ends, len(page))

    def _named_review(self, page: SegmentedPage, index: int) -> bool:
        """Whether a name of the block's own element or of its nearest named ancestors holds "review"."""
        chain = page.chains_of_names[index]
        near = chain[-self.settings.near_named_ancestors :]
        return any("review" in name for names in near for name in names)


def _share_alone(text: str) -> bool:
    """Whether `text` is a share and nothing else: up to three digits and a per cent sign ("80%", "3 %")."""
    figure = text.strip()
    return figure.endswith("%") and 0 < len(digits := figure[:-1].rstrip()) <= 3 and digits.isdecimal()
