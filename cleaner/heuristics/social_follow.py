"""Calls to follow: a line that asks the reader to follow someone on a social network.

Under an article, and between its paragraphs on news sites, the site and its writers ask to be
followed: "Follow us on Twitter @Spacedotcom and on Facebook", "Follow Newsbeat on Instagram,
Facebook, Twitter and YouTube", "Have a tip? … Follow her on Twitter @AmyKup". The line is a
sentence, often in the article's own container, so shape and position call it body; its
request is the signal: "follow" opening a sentence (or joined to one by "and" or "or"), within a
few words a network's name after "on", "at" or "via" (or a handle right after "follow us"), in
several languages. `boilerplate_phrases` knows
"follow us" in a short line; these lines run longer, and carry the request wherever they
stand. No gold standard here keeps them. Up to `max_words` words: a long paragraph that ends
by asking for a follow ("… I hope this helps; follow me on LinkedIn for more") is the
article's. The vote is sure (-1), and the combiner takes it as final
(`CombineSettings.chrome_vetoes`).

Measured on ScrapingHub (HTML and text F1 +0.0005 each), WCXB-dev (+0.0001) and the fixtures
(unchanged).
"""

from __future__ import annotations

from itertools import compress
from operator import not_

import regex

from cleaner.heuristics.base import BaseHeuristic, HeuristicSettings, register
from cleaner.model import Vote
from cleaner.segment.page import SegmentedPage

_NETWORKS = (
    "twitter", "facebook", "instagram", "linkedin", "youtube", "tiktok", "pinterest", "threads", "bluesky",
    "mastodon", "flipboard",
)  # fmt: skip
# The request's verb, as the page's case-folded tokens hold it: the lines worth the pattern.
_FOLLOW_WORDS = frozenset(("follow", "folgen", "folge", "suivez", "síguenos", "seguici"))
# The verb opens a sentence, as a request does ("Follow us", "Have a tip? Follow her"), or is
# joined to one ("email her or follow her @…"); "he did not follow the rules on Twitter" is no request.
_REQUEST_STARTS = r"(?:\A|(?<=[.!?:;|*•]\s*)|(?<=\b(?:and|or)\s+))"
_CALL_TO_FOLLOW = regex.compile(
    r"(?i){starts}(?:follow|folgen sie uns|folge uns|suivez-nous|síguenos|seguici)\b"
    r"(?:[^.!?]{{0,40}}\b(?:on|at|via|auf|sur|en|su)\s+(?:{networks})\b|\s+(?:us|him|her|me|them)\s+@\w)".format(
        starts=_REQUEST_STARTS, networks="|".join(_NETWORKS)
    )
)


class SocialFollowSettings(HeuristicSettings):
    max_words: int = 60


@register
class SocialFollow(BaseHeuristic[SocialFollowSettings]):
    name = "social_follow"
    Settings = SocialFollowSettings

    def vote(self, page: SegmentedPage) -> list[Vote | None]:
        vote = self.cast(-1.0, "call_to_follow")
        most = self.settings.max_words
        # Most lines ask for nothing: a test of their tokens, in C, passes them over.
        asking = compress(range(len(page)), map(not_, map(_FOLLOW_WORDS.isdisjoint, page.tokens)))
        votes: list[Vote | None] = [None] * len(page)
        for index in asking:
            if page.words[index] <= most and _CALL_TO_FOLLOW.search(page.texts[index]):
                votes[index] = vote
        return votes
