"""Requests to stay in touch: follow us on a social network, sign up for our newsletter.

Under an article, and between its paragraphs on news sites, the site and its writers ask the
reader to keep in touch: "Follow us on Twitter @Spacedotcom and on Facebook", "Have a tip? …
Follow her on Twitter @AmyKup", "Get the latest updates right in your inbox. Subscribe to
NJ.com's newsletters", "Sign up for our newsletter to get the latest in streaming". The line
is a sentence, often in the article's own container, so shape and position call it body; the
request is the signal. A request opens a sentence (or is joined to one by "and" or "or"):
"follow" with, within a few words, a network's name after "on", "at" or "via" (or a handle
right after "follow us"); or "sign up", "subscribe", "join", "get" or "register" with, within
a few words, a newsletter or an inbox, or what a mailing list delivers: its emails or its posts
("Subscribe for free to receive new posts", as every newsletter that Substack hosts closes its
page; "Sign up to receive our emails!"), in several languages. The emails and posts took WCXB-dev
HTML F1 0.88424 → 0.88426 (five articles up on five sites, three of them Substack's) and text
0.83842 → 0.83847 (ten pages up); no page down, ScrapingHub and the fixtures unchanged. A
mailing list's promise says it too, wherever it stands in the line: "… delivered straight to
your inbox", "Unsubscribe at any time" (WCXB-dev text F1 +0.00006, ScrapingHub text +0.00029; a page whose FAQ says its
subscription can be cancelled at any time lost 0.02). `boilerplate_phrases` knows
"subscribe" and "follow us" in a short line; these lines run longer, and carry the request
wherever they stand. "He did not follow the rules on Twitter" asks nothing. No gold standard
here keeps these lines (a few words of WCXB-dev's do). Up to `max_words` words: a long
paragraph that ends with a request ("… I hope this helps; follow me on LinkedIn for more") is
the article's. The vote is sure (-1), and the combiner takes it as final
(`CombineSettings.chrome_vetoes`).
"""

from __future__ import annotations

import regex

from cleaner.heuristics.base import BaseHeuristic, HeuristicSettings, register
from cleaner.model import Vote
from cleaner.segment.page import SegmentedPage

_NETWORKS = (
    "twitter", "facebook", "instagram", "linkedin", "youtube", "tiktok", "pinterest", "threads", "bluesky",
    "mastodon", "flipboard",
)  # fmt: skip
_FOLLOW_VERBS = ("follow", "folgen sie uns", "folge uns", "suivez-nous", "síguenos", "seguici")
_SUBSCRIBE_VERBS = ("sign up", "subscribe", "join", "get", "register", "abonnieren", "inscrivez-vous", "suscríbete")
# A mailing list, or what it delivers: its emails, its posts ("Subscribe for free to receive new
# posts", "Sign up to receive our emails", "Melden Sie sich für unsere E-Mails an").
_NEWSLETTER_WORDS = ("newsletter", "newsletters", "inbox", "emails", "e-mails", "posts", "correos")
# The words a request holds, as the page's case-folded tokens hold them (the reader cuts "e-mails"
# at its hyphen): the lines worth the patterns.
_REQUEST_WORDS = frozenset(
    (
        *(verb.split()[0].split("-")[0] for verb in _FOLLOW_VERBS),
        *(word.split("-")[-1] for word in _NEWSLETTER_WORDS),
        "unsubscribe",
    )
)
# A request opens a sentence ("Follow us", "Have a tip? Follow her") or is joined to one
# ("email her or follow her @…", "… and follow us on LinkedIn").
_REQUEST_STARTS = r"(?:\A|(?<=[.!?:;|*•]\s*)|(?<=\b(?:and|or)\s+))"
# Every request opens a word: the `\b` before all else, which adds no condition, turns the search
# away from the middle of words before it tries the lookbehinds and the verbs there (57,500 -> 41,300
# instructions a ScrapingHub text page).
_REQUEST = regex.compile(
    r"(?i)\b(?:{starts}(?:"
    r"(?P<follow>{follow})\b(?:[^.!?]{{0,40}}\b(?:on|at|via|auf|sur|en|su)\s+(?:{networks})\b|\s+(?:us|him|her|me|them)\s+@\w)"
    r"|(?P<subscribe>{subscribe})\b[^.!?]{{0,60}}\b(?:{newsletters})\b)"
    # A mailing list's promise, wherever it stands: "… delivered straight to your inbox", "Unsubscribe at any time".
    r"|\b(?:straight|right|directly|delivered|sent)\s+(?:(?:straight|right|directly)\s+)?(?:to|in|into)\s+your\s+inbox\b"
    r"|\bunsubscribe\s+at\s+any\s+time\b)".format(
        starts=_REQUEST_STARTS,
        follow="|".join(_FOLLOW_VERBS),
        networks="|".join(_NETWORKS),
        subscribe="|".join(_SUBSCRIBE_VERBS),
        newsletters="|".join(_NEWSLETTER_WORDS),
    )
)


class StayInTouchSettings(HeuristicSettings):
    max_words: int = 60


@register
class StayInTouch(BaseHeuristic[StayInTouchSettings]):
    name = "stay_in_touch"
    Settings = StayInTouchSettings

    def vote(self, page: SegmentedPage) -> list[Vote | None]:
        follow, subscribe = self.cast(-1.0, "call_to_follow"), self.cast(-1.0, "call_to_subscribe")
        most = self.settings.max_words
        votes: list[Vote | None] = [None] * len(page)
        for index in page.blocks_holding(_REQUEST_WORDS):
            if page.words[index] <= most:
                request = _REQUEST.search(page.texts[index])
                if request is not None:
                    votes[index] = follow if request["follow"] else subscribe
        return votes
