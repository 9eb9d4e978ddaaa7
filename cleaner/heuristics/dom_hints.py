"""DOM hints: the names a template gives its parts, and the semantic elements around a block.

Templates say what their parts are: ``<nav>``, ``<aside>``, ``<footer>``, ``<header>``,
``<figcaption>``, and class or id names such as "menu", "related", "comment", "review", "cookie"; the
article sits in ``<article>``, ``<main>`` or an element named "content", "post", "entry".
Readability's class-weight vocabulary and trafilatura's XPath lists read the same names.
They are hints, not verdicts: a site may call its whole page "post" or wrap its article in a
"sidebar-layout", so a name that labels nearly every block of the page tells nothing and is
ignored (`page_wide_share`), and the vote is weighted like any other.

A ``<header>`` is the page's banner only outside ``<main>`` (HTML-AAM maps a ``<header>`` inside
``<main>`` to no landmark): inside it, it heads a part of the content, such as a service page's
opening pitch, and says nothing of chrome. Unless the page's headline sits in it: then it is the
article's header, whose standfirst and byline the gold standards leave out. WCXB-dev HTML F1
0.85722 → 0.85789 (13 pages moved, two down); without the headline's exception, ScrapingHub lost
0.0002 on two stories' standfirsts. A ``<footer>`` inside ``<main>`` stays chrome: an article's
footer holds its tags and share links (WCXB-dev −0.0002 without it).
"""

from __future__ import annotations

from collections import Counter
from functools import cached_property

from cleaner.heuristics.base import BaseHeuristic, HeuristicSettings, register
from cleaner.model import Vote
from cleaner.segment.page import SegmentedPage

# Roots looked for inside the words of class and id names (lower-cased, split on anything not
# a letter), as readability does: "commentlist", "site-navigation" and "RelatedPosts" all count.
# Only names that mark chrome wherever they appear: "sidebar", "widget", "share", "promo" or
# "ad" also name layout wrappers and product pages' own parts, and say too little.
# Sign-up boxes ("newsletter", "subscribe", "subscription", "signup") ask the reader for an
# address in the middle or at the end of any kind of page, as trafilatura's discard list knows;
# popups and modal dialogs lay a sign-in, consent or quick-view panel over it. A forum post's
# "signature" repeats its writer's links and mottos under every post they write. A "popover" is
# a popup by another name. "nocontent" is the class that Google's site search (and Yahoo's
# "robots-nocontent") reads as boilerplate to leave out, which templates set on their chrome.
# Beside each post, forum software sets its writer's box (rank, join date, post count): XenForo's
# "userTitle", "userDetails" and "userExtras", vBulletin's "userinfo", phpBB's "postprofile"
# (WCXB-dev HTML F1 +0.0003, 13 forum threads up, none down; Discourse's "creator" line of name
# and date moved as many threads down as up, and is left out).
CHROME_ROOTS = (
    "nav", "menu", "footer", "comment", "related", "popular", "trending", "recommend", "cookie", "consent",
    "popup", "modal", "byline", "sponsor", "masthead", "toolbar", "outbrain", "taboola", "disqus", "review",
    "newsletter", "subscri", "signup", "signature", "popover", "nocontent",
    "usertitle", "userdetail", "userextra", "userinfo", "postprofile",
)  # fmt: skip
BODY_ROOTS = ("article", "content", "post", "entry", "story", "main", "body", "text", "prose", "blog", "markdown")
CHROME_CONTAINERS = frozenset(("nav", "aside", "footer", "header", "figcaption"))
BODY_CONTAINERS = frozenset(("article", "main"))
# Both among a block's containers: a <header> inside <main> (the segmenter drops a <header>
# that <main> sits inside).
_HEADER_IN_MAIN = frozenset(("header", "main"))
_HEADER = frozenset(("header",))
# Names of readers' comment sections, a shop's customer reviews among them (the product page's
# comments): chrome unless comments are wanted.
COMMENT_ROOTS = ("comment", "disqus", "review")


class DomHintsSettings(HeuristicSettings):
    page_wide_share: float = 0.8  # a name on this share of the page's blocks says nothing about any one
    comments_are_chrome: bool = True  # False keeps readers' comments (see Cleaner.with_comments)


@register
class DomHints(BaseHeuristic[DomHintsSettings]):
    name = "dom_hints"
    Settings = DomHintsSettings

    def vote(self, page: SegmentedPage) -> list[Vote | None]:
        if not page.has_dom:
            return [None] * len(page)
        widespread = self._page_wide(page.class_tokens) | self._page_wide(page.containers)
        # A <header> inside <main> heads a part of the content, not the page (see the docstring):
        # it says chrome only where it holds the page's headline, with its standfirst and byline.
        section_headers_are_content = page.headline is None or not page.containers[page.headline] >= _HEADER_IN_MAIN
        # Blocks share their ancestors' names: judge each distinct pair once.
        judged: dict[tuple[frozenset[str], frozenset[str]], Vote | None] = {}
        votes: list[Vote | None] = []
        for pair in zip(page.class_tokens, page.containers, strict=True):
            if pair not in judged:
                containers = pair[1] - widespread
                if section_headers_are_content and pair[1] >= _HEADER_IN_MAIN:
                    containers -= _HEADER
                judged[pair] = self._judge(pair[0] - widespread, containers)
            votes.append(judged[pair])
        return votes

    @cached_property
    def _chrome_roots(self) -> tuple[str, ...]:
        if self.settings.comments_are_chrome:
            return CHROME_ROOTS
        return tuple(root for root in CHROME_ROOTS if root not in COMMENT_ROOTS)

    def _page_wide(self, sets: tuple[frozenset[str], ...]) -> frozenset[str]:
        # Blocks share their ancestors' names: each distinct set is counted once, with its blocks.
        counts: dict[str, int] = {}
        for names, blocks in Counter(sets).items():
            for name in names:
                counts[name] = counts.get(name, 0) + blocks
        least = self.settings.page_wide_share * len(sets)
        return frozenset(name for name, count in counts.items() if count >= least)

    def _judge(self, names: frozenset[str], containers: frozenset[str]) -> Vote | None:
        chrome_container = containers & CHROME_CONTAINERS
        if chrome_container:
            return self.cast(-1.0, f"inside_{min(chrome_container)}")
        joined_names = " ".join(names)
        chrome_name = first_root(joined_names, self._chrome_roots)
        if chrome_name:
            return self.cast(-0.7, f"named_{chrome_name}")
        if containers & BODY_CONTAINERS:
            return self.cast(0.5, f"inside_{min(containers & BODY_CONTAINERS)}")
        body_name = first_root(joined_names, BODY_ROOTS)
        if body_name:
            return self.cast(0.3, f"named_{body_name}")
        return None


def first_root(joined_names: str, roots: tuple[str, ...]) -> str | None:
    """The first of `roots` found inside any of the names joined by spaces (which no root holds)."""
    return next((root for root in roots if root in joined_names), None)
