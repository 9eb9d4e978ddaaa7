"""Named captions: a line or two that the template names a caption, under an article's headline, is chrome.

Templates name the caption under a picture for what it is ("wp-caption-text",
"imageEmbedCaption", "media-caption"). Where it is not a ``<figcaption>`` (which the combiner
takes as chrome: `CombineSettings.chrome_containers`), it is a paragraph or a div written as a
sentence between the article's paragraphs, and the region around the article takes it in.
Every gold standard here leaves captions out, as trafilatura does with its figures. A caption
is short: its context (the same semantic containers and class/id names) holds at most
`max_context_blocks` blocks, the caption and its credit; an element so named that holds more
is a wrapper around the article itself. Only under a known headline, on an article: elsewhere
the name says less, and a shop's product cards call their rating line a "caption". The vote is
sure (-1), and the combiner takes it as final (`CombineSettings.chrome_vetoes`), where
`main_container`'s vote on every block so named, on an article page, only weighs. Measured:
HTML F1 on ScrapingHub 0.97414 → 0.97574, WCXB-dev 0.85542 → 0.85549. A heading so named is
no caption: no caption is written as one, and a template that names a section's heading or a
review's product name "caption" heads the text under it (WCXB-dev HTML F1 0.88298 → 0.88299,
ScrapingHub 0.97919 → 0.97922: five pages up, two down by 0.005 at most).
"""

from __future__ import annotations

from collections import Counter
from itertools import compress, count

from cleaner.heuristics.base import BaseHeuristic, HeuristicSettings, register
from cleaner.heuristics.line_passes import values_by_pair
from cleaner.heuristics.main_container import class_words_holding
from cleaner.model import Vote
from cleaner.segment.page import SegmentedPage


class NamedCaptionSettings(HeuristicSettings):
    caption_roots: tuple[str, ...] = ("caption",)  # found inside class and id words
    max_context_blocks: int = 2  # the caption and its credit; an element holding more is a wrapper


@register
class NamedCaption(BaseHeuristic[NamedCaptionSettings]):
    name = "named_caption"
    Settings = NamedCaptionSettings

    def vote(self, page: SegmentedPage) -> list[Vote | None]:
        votes: list[Vote | None] = [None] * len(page)
        if not page.has_dom or page.headline is None:
            return votes
        captions = class_words_holding(page, self.settings.caption_roots)
        if not captions:
            return votes
        # Blocks share their contexts: each distinct one, known by its first block, is judged once.
        class_tokens = page.class_tokens
        contexts = values_by_pair(page.containers, class_tokens, int)
        most = self.settings.max_context_blocks
        named = {
            first
            for first, size in Counter(contexts).items()
            if size <= most and not class_tokens[first].isdisjoint(captions)
        }
        if named:
            caption = self.cast(-1.0, "named_caption")
            # A heading heads a part of the text under it: no caption is written as one, whatever its names.
            levels = page.heading_levels or (0,) * len(page)
            for index in compress(count(), map(named.__contains__, contexts)):
                if not levels[index]:
                    votes[index] = caption
        return votes
