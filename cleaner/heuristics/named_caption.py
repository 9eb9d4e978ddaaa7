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
HTML F1 on ScrapingHub 0.97414 → 0.97574, WCXB-dev 0.85542 → 0.85549.
"""

from __future__ import annotations

from collections import Counter

from cleaner.heuristics.base import BaseHeuristic, HeuristicSettings, register
from cleaner.heuristics.main_container import caption_names
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
        captions = caption_names(page, self.settings.caption_roots)
        if not captions:
            return votes
        contexts = list(zip(page.containers, page.class_tokens, strict=True))
        # Blocks share their contexts: each distinct one is judged once.
        most = self.settings.max_context_blocks
        named = {
            context
            for context, size in Counter(contexts).items()
            if size <= most and not context[1].isdisjoint(captions)
        }
        if named:
            caption = self.cast(-1.0, "named_caption")
            for index, context in enumerate(contexts):
                if context in named:
                    votes[index] = caption
        return votes
