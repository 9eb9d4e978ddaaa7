"""DOM hints: the names a template gives its parts, and the semantic elements around a block.

Templates say what their parts are: ``<nav>``, ``<aside>``, ``<footer>``, ``<header>``,
``<figcaption>``, and class or id names such as "menu", "related", "comment", "review", "cookie"; the
article sits in ``<article>``, ``<main>`` or an element named "content", "post", "entry".
Readability's class-weight vocabulary and trafilatura's XPath lists read the same names.
They are hints, not verdicts: a site may call its whole page "post" or wrap its article in a
"sidebar-layout", so a name that labels nearly every block of the page tells nothing and is
ignored (`page_wide_share`), and the vote is weighted like any other. A name on nearly every
block: 19 in 20. At four in five, a name on most of a page that is not all of it (a listing's
"articles", a shop's "content") was ignored as well; at 0.95 HTML F1 on WCXB-dev rose from
0.86490 to 0.86569 (64 pages up, 56 down), ScrapingHub from 0.97664 to 0.97710 (four up, one
down); 0.92 scored the same, 0.9 half as much, 0.98 and 1 (only a name on every block) less.

A ``<header>`` is the page's banner only outside ``<main>`` (HTML-AAM maps a ``<header>`` inside
``<main>`` to no landmark): inside it, it heads a part of the content, such as a service page's
opening pitch, and says nothing of chrome. Unless the page's headline sits in it: then it is the
article's header, whose standfirst and byline the gold standards leave out. WCXB-dev HTML F1
0.85722 → 0.85789 (13 pages moved, two down); without the headline's exception, ScrapingHub lost
0.0002 on two stories' standfirsts. A ``<footer>`` inside ``<main>`` stays chrome: an article's
footer holds its tags and share links (WCXB-dev −0.0002 without it). Inside an ``<article>`` too,
the ``<header>``'s title (a heading, or the header's own line) is the article's: a listing heads
each of its stories so, while the header's other lines (a forum post's date and number, a
byline) stay chrome, and so do its titles where the page's headline stands in a header.
WCXB-dev HTML F1 0.88299 → 0.88310 (three pages of three sites up, a listing of news by 0.14;
one forum thread down by 0.0004); ScrapingHub, whose stories hold their headline in a header,
and the text pages and fixtures unchanged. Every line of such a header as content cost 15 forum
threads their posts' dates and numbers.

A name says most of the elements nearest the block: of the words on WCXB-dev's pages under a
chrome name of the block's own element or of its nearest named ancestor, 14% are gold; under one
only further up (a "related-layout" wrapper around a page, a "comments-enabled" body), 36% are.
So a chrome name counts in full within `near_named_ancestors` named elements of the block and
at `far_name_share` of that further up. WCXB-dev HTML F1 0.86356 → 0.86460 (36 pages up, five of
them by 0.18 to 0.69 whose content a far wrapper's name had made chrome; 60 down, by 0.008 at
the median and 0.24 at most, teasers and related links taken in); ScrapingHub 0.97664 → 0.97669;
the fixtures unchanged. A share of 0.35 cost ScrapingHub 0.0003, one of 0.65 scored as 0.5;
far names ignored cost it 0.003, and the nearest named element alone in full 0.0009. The names
of boxes that hold nothing but themselves (`BOX_ROOTS`: dialogs, sign-up boxes, footers,
signatures) still count in full at any distance: WCXB-dev 0.86460 → 0.86490 (24 pages up, six
down, by 0.08 at most), ScrapingHub back to 0.97664 (one page).

A few names are never the content's (`SURE_ROOTS`): a forum post's signature and its writer's
box, a popup or a popover, a sign-up box, and "nocontent". Their vote is sure (-1), and the
combiner takes it as final (`CombineSettings.chrome_vetoes`). A sign-up box or a signature
between a thread's posts reads as prose and sits in the region, where a weighted vote could not
take it out. Of the words on WCXB-dev's pages under such a name near the block (each page
weighing alike), 0% to 7% are gold, where 12% are under "footer" and 80% under "newsletter", box
names whose vote stays weighted. WCXB-dev HTML F1 0.87209 → 0.87239 (29 pages up, 23 of them
forum threads, by 0.13 at most; three down, by 0.018 at most: a Q&A thread, and a service page's
feature called "Digital Signature"); ScrapingHub 0.97789 → 0.97809 (two stories up); the
fixtures and text pages unchanged. "popup" too, once a link no longer gave its names to the
paragraph it opens (see `cleaner.segment.html`): 0.87242 → 0.87305 (three pages up, by 0.78 a
service page whose only prose stood in a popup, so that its table of packages now reads as the
content; none down). Two names were measured and left out: "cookie", since a web framework's
documentation has a section called "Cookies" (see `consent_manager`), and "consent", which
`consent_manager` makes sure already, page-wide names aside.

Such a name is surer than the chrome container it stands in: XenForo writes a post's signature
in an ``<aside>``, and a blog its sign-up box, whose container's vote, short of sure, the prose
around them outweighed. So a sure name near a block inside ``<nav>``, ``<aside>``, ``<footer>``
or ``<header>`` casts its vote in the container's place, and the block is chrome whatever its
score. WCXB-dev HTML F1 0.87945 -> 0.87949 (three pages up: a forum thread's signatures, +0.032,
and two articles' newsletter boxes; none down); ScrapingHub and the fixtures unchanged. The
page's names are read once for sure roots, and a block's chain only where its names hold one: a
ScrapingHub HTML page 16.46 M -> 16.56 M instructions (16.72 M reading every chain).

Some names are too short to look for inside words (`CHROME_WORDS`): "cta", a call to action,
lies inside "rectangle" and "doctable", "author" inside "authorization". They count as whole
words of the names of the block's `near_named_ancestors` elements, and surely (-1): a "cta" box
in an article is a pitch set apart from it (a newsletter's sponsor, "Ready to get started?", a
product's "$30 at Amazon" buttons). Of the words on WCXB-dev's articles under such a name that
the cleaner kept, the gold left out 1,449 on 39 sites and kept 83 on 6. But a site builder that
calls every card of its grid a "cta" names its layout, not a box: a word under which more than
`chrome_word_max_share` of the page's words stand says nothing (a listing of trails, all "cta"
cards, 0.74 of its F1 lost without it; a blog that writes "author-jane" on the post that holds
its story). WCXB-dev HTML F1 0.87828 -> 0.87848 (articles 0.9575 -> 0.9580; 62 pages of 58 sites
up, 37 of them articles; 12 down, 8 of them service pages whose gold keeps their buttons'
labels), ScrapingHub 0.97894 -> 0.97905; text pages and the fixtures unchanged. A vote of -0.7
scored half as much: the context pass gave the box's short lines their neighbours' label.
"disclaimer" cost service pages what it won on articles.

"author" names the writer's box the same way, but its short lines are a byline, which the gold
keeps above a forum's posts: the word speaks for blocks of 8 words or more alone, the paragraphs
about the writer ("Jane Doe is a freelance writer …") that `author_bio` finds only where a
byline names her. On every block, it cost forums 0.0009 and the HTML fixtures 0.004. WCXB-dev
HTML F1 0.87848 -> 0.87863 (articles 0.9580 -> 0.9582; 27 pages up, 23 of them articles of 23
sites; 4 down: a forum's "by Jane » date" lines of 9 words, a shop's page of a book, whose
author's bio the gold keeps, and two articles whose gold keeps it), ScrapingHub 0.97905 ->
0.97908; text pages, the other types and the fixtures unchanged. At 12 words, as much on
WCXB-dev and ScrapingHub back to 0.97905.
Each block is judged by its own length: asked once for the blocks of one chain and containers,
the first block's length had spoken for the others. So judged, WCXB-dev HTML 0.87942 -> 0.87935
(a blog's listing whose gold keeps its posts' author lines of 8 words, -0.12; an article +0.02).

A ``<form>`` takes input: a contact form's field labels ("First Name", "Email", "Tell us more"), a
search box's help, a shop's buy box ("Add to List", "Currently unavailable."), a "Notify me" box.
Its labels are the page's controls, not its text. But a forum writes its thread inside a form (to
quote and moderate posts), a scholar's profile its list of papers, and an ASP.NET page its whole
body. So only a run of consecutive blocks inside a form that holds no line of running prose
(`form_prose_min_words` words, a fifth of them stop words) and at most `form_max_blocks` blocks is
voted chrome (-1), and a form on nearly every block says nothing, as any name. WCXB-dev HTML F1
0.88168 → 0.88180 (27 pages up: articles' and services' contact forms, a forum's search help,
shops' buy boxes; 3 down, by 0.012 at most: two shops whose gold keeps their option pickers or
their "Notify me" box); ScrapingHub HTML 0.97908 → 0.97910; text pages and the fixtures
unchanged. Runs of up to 15 blocks scored the same; up to 60 took in a shop's colour swatches, which
its gold keeps (0.88166); with no limit, a game store's list of add-ons and a scholar's list of papers
as well (0.88170); any form, prose or not, lost the threads (0.88163, forum pages −0.003).
"""

from __future__ import annotations

from collections import Counter
from functools import cached_property
from itertools import groupby

from pydantic import Field, field_validator

from cleaner.compiled import unbuilt
from cleaner.heuristics.base import BaseHeuristic, HeuristicSettings, register
from cleaner.heuristics.line_passes import page_wide, values_by_pair
from cleaner.model import Vote
from cleaner.segment.page import SegmentedPage, blocks_using

try:
    from cleaner.heuristics._roots import ChainRoots, RootLists, Roots
except ImportError as error:  # a source tree without its build, or a dependency missing
    raise unbuilt("cleaner.heuristics._roots", "search for roots in class names", error) from error

# `Roots` as well, for the other heuristics that read names.
__all__ = [
    "BODY_CONTAINERS",
    "BODY_ROOTS",
    "BOX_ROOTS",
    "CHROME_CONTAINERS",
    "CHROME_ROOTS",
    "COMMENT_ROOTS",
    "DomHints",
    "DomHintsSettings",
    "Roots",
    "page_wide",
]

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
# and date moved as many threads down as up, and is left out). A "paywall" box asks the reader to
# pay for the rest of a story ("Get unlimited access for £1 for 4 weeks. Cancel anytime."), in
# sentences that read as prose; trafilatura leaves the name off its discard list because some
# sites set it on the locked article itself (the New York Times' Wirecutter), which this
# heuristic's weighting of names by distance absorbs: such a far name casts half a vote, where a
# box root's full vote at any distance cost that page 0.74 (fixtures HTML F1 0.90152 → 0.90731,
# two paywalled stories; ScrapingHub 0.97729 → 0.97735; WCXB-dev +0.000002, nothing down).
# A link's preview card, which forum software lays under a post that cites a page (XenForo's
# "bbCodeBlock--unfurl", Discourse's "onebox"), holds that page's title and blurb, not the post:
# of the words of such cards on WCXB-dev's forum threads, 3 cards in 24 are gold (WCXB-dev HTML
# F1 0.87949 → 0.87960, forum threads 0.8328 → 0.8342: 7 threads up, by 0.09 at most; one down,
# -0.019, whose gold keeps a card). Discourse's "inline-onebox" is a link inside a sentence, whose
# line is the sentence's (see `cleaner.segment.html`). Embedded posts of social networks are
# left alone: ScrapingHub's gold keeps a story's embedded tweets.
# A breadcrumb trail ("Home › Containers › Indoor Pots") is the site's navigation laid above the
# content, whatever element holds it: of the words the cleaner kept under a "breadcrumb" name near
# the block on WCXB-dev, the gold left out 113 on 15 sites and kept 9 on 4 (WCXB-dev HTML F1
# 0.88117 → 0.88126: 14 pages up, by 0.048 at most; 3 down, by 0.004 at most; ScrapingHub, text
# pages and the fixtures unchanged).
CHROME_ROOTS = (
    "nav", "menu", "footer", "comment", "related", "popular", "trending", "recommend", "cookie", "consent",
    "popup", "modal", "byline", "sponsor", "masthead", "toolbar", "outbrain", "taboola", "disqus", "review",
    "newsletter", "subscri", "signup", "signature", "popover", "nocontent",
    "usertitle", "userdetail", "userextra", "userinfo", "postprofile", "paywall", "unfurl", "onebox", "breadcrumb",
)  # fmt: skip
# The names of boxes that hold nothing but themselves, a dialog laid over the page (a modal, a
# popup, a cookie or consent banner), a sign-up box, a footer, a post's signature: they never
# wrap a page's content, so they count in full however far up they stand.
BOX_ROOTS = (
    "footer", "cookie", "consent", "popup", "modal", "newsletter", "subscri", "signup", "signature", "popover",
)  # fmt: skip
# The names of elements that hold nothing but chrome, whose vote is sure (-1) and final (see the
# docstring): a forum post's signature and its writer's box, a popup or a popover, a sign-up box,
# the class that site search reads as "leave this out", and a link's preview card.
SURE_ROOTS = (
    "signature", "popup", "popover", "signup", "nocontent",
    "usertitle", "userdetail", "userextra", "userinfo", "postprofile", "unfurl", "onebox",
)  # fmt: skip
# Chrome names too short to look for inside words, matched as whole words (see the docstring).
# Each with the fewest words of a block it speaks for: a "cta" box is chrome whole; in an "author"
# box, the paragraphs about the writer are, its short lines (her name, a date) a byline.
CHROME_WORDS = {"cta": 1, "author": 8}
_CHROME_WORDS = frozenset(CHROME_WORDS)
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
_CHROME, _BOX, _BODY = Roots(CHROME_ROOTS), Roots(BOX_ROOTS), Roots(BODY_ROOTS)


class DomHintsSettings(HeuristicSettings):
    page_wide_share: float = 0.95  # a name on this share of the page's blocks says nothing about any one
    near_named_ancestors: int = Field(
        2, ge=1, description="named elements, the block's own first, whose chrome names count in full"
    )
    far_name_share: float = Field(
        0.5, ge=0.0, le=1.0, description="the share of its vote a chrome name further up casts"
    )
    chrome_word_max_share: float = Field(
        0.5, ge=0.0, le=1.0, description="the share of the page's words beyond which a chrome word names its layout"
    )
    form_prose_min_words: int = Field(
        20, ge=1, description="words of a line of prose, which a form that takes input lacks"
    )
    form_prose_min_stopword_share: float = Field(
        0.2, ge=0.0, le=1.0, description="stop words' share of a line of prose"
    )
    form_max_blocks: int = Field(30, ge=0, description="blocks of a run inside a form that takes input, at most")
    comments_are_chrome: bool = True  # False keeps readers' comments (see Cleaner.with_comments)
    sure_roots: tuple[str, ...] = Field(
        SURE_ROOTS, description="chrome roots whose vote is sure (-1): their element holds nothing but chrome"
    )

    @field_validator("sure_roots")
    @classmethod
    def _among_chrome_roots(cls, roots: tuple[str, ...]) -> tuple[str, ...]:
        unknown = [root for root in roots if root not in CHROME_ROOTS]
        if unknown:
            raise ValueError(f"sure_roots {unknown!r} are not chrome roots: expected some of {CHROME_ROOTS!r}")
        return roots


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
        # A page built without its chains of names (by hand) has all of a block's names near it. A
        # block's names are those of its chain together (see `cleaner.segment.html`), the page's
        # widespread names left out.
        chains = page.chains_of_names
        roots = ChainRoots(self._root_lists, widespread)
        # The page's names that hold a sure root, read once a page: a chrome container decides for the blocks
        # whose names hold none, without their chains being read.
        sure_roots, class_tokens = self._sure_roots, page.class_tokens
        sure_words = sure_roots.words_holding(page.class_words - widespread)
        near = self.settings.near_named_ancestors
        # Blocks share their ancestors' names and containers: each distinct chain and containers is
        # judged once, and each distinct set of containers once (a page has a handful).
        containers = page.containers
        by_containers: dict[frozenset[str], tuple[Vote | None, Vote | None]] = {}

        def judge(index: int) -> Vote | None:
            block_containers = containers[index]
            container_votes = by_containers.get(block_containers)
            if container_votes is None:
                container_votes = by_containers[block_containers] = self._container_votes(
                    block_containers, widespread, section_headers_are_content
                )
            chrome_container, body_container = container_votes
            if chrome_container is not None and sure_words.isdisjoint(class_tokens[index]):
                return chrome_container
            chrome, box, body, near_chrome, _, _ = roots.found_in(chains[index], near)
            chrome_name = self._chrome_name_vote(chrome, box, near_chrome) if chrome else None
            if chrome_container is not None:
                # A sure name is surer than the container it stands in (see the docstring).
                return chrome_name if chrome_name is not None and chrome_name.value == -1.0 else chrome_container
            return chrome_name or body_container or self._body_name_vote(body)

        votes = values_by_pair(chains, containers, judge)
        # The containers the page holds, read off its distinct sets of them, all judged by now: most pages hold
        # no <form> and no <header> in an <article>, and their blocks are not read again for them.
        held = frozenset[str]().union(*by_containers)
        # Where the page's headline stands in a header, headers are its article's, with standfirst and byline.
        if {"article", "header"} <= held and (page.headline is None or "header" not in containers[page.headline]):
            self._keep_article_titles(page, votes)
        self._vote_chrome_words(page, chains, near, widespread, votes)
        if "form" in held and "form" not in widespread:
            self._vote_input_forms(page, votes)
        return votes

    def _keep_article_titles(self, page: SegmentedPage, votes: list[Vote | None]) -> None:
        """The title in an <article>'s <header> (its heading, or the header's own line) is the article's: its
        container says nothing of chrome (in place). A listing's articles each head their teaser so."""
        inside = self.cast(0.5, "inside_article")
        # A page built by hand may lack its tags or heading levels (zip stops short): it has no titles to keep.
        for index, (vote, names, tag, level) in enumerate(
            zip(votes, page.containers, page.tags, page.heading_levels, strict=False)
        ):
            if (
                vote is not None
                and vote.reason == "inside_header"
                and "article" in names
                and (level or tag == "header")
            ):
                votes[index] = inside

    def _vote_input_forms(self, page: SegmentedPage, votes: list[Vote | None]) -> None:
        """Over each run of at most `form_max_blocks` blocks inside a <form> that holds no line of running prose,
        a chrome vote (in place): such a form takes input, and its labels are the page's controls (see the
        docstring). A form around a thread's posts or a page's whole text holds prose, or many blocks."""
        s = self.settings
        start = 0
        for inside, run in groupby(page.containers, key=lambda names: "form" in names):
            stop = start + sum(1 for _ in run)
            # The page's prose lines are asked for only where a short form stands.
            if inside and stop - start <= s.form_max_blocks:
                prose = page.prose_lines(s.form_prose_min_words, s.form_prose_min_stopword_share)
                if not any(prose[start:stop]):
                    control = self.cast(-1.0, "inside_input_form")
                    votes[start:stop] = [
                        control if vote is None or vote.value > -1.0 else vote for vote in votes[start:stop]
                    ]
            start = stop

    @cached_property
    def _sure_roots(self) -> Roots:
        return Roots(self.settings.sure_roots)

    @cached_property
    def _chrome_roots(self) -> Roots:
        if self.settings.comments_are_chrome:
            return _CHROME
        return Roots(root for root in CHROME_ROOTS if root not in COMMENT_ROOTS)

    @cached_property
    def _root_lists(self) -> RootLists:
        """The chrome, box and body roots, looked for together; the roots of the words read are kept across pages."""
        return RootLists((self._chrome_roots, _BOX, _BODY))

    def _page_wide(self, sets: tuple[frozenset[str], ...]) -> frozenset[str]:
        return page_wide(sets, self.settings.page_wide_share)

    def _container_votes(
        self, containers: frozenset[str], widespread: frozenset[str], section_headers_are_content: bool
    ) -> tuple[Vote | None, Vote | None]:
        """The votes of a block inside `containers` (the page's `widespread` ones left out): for a chrome
        container, which decides, and for a body container, which a chrome name overrules."""
        judged = containers - widespread
        if section_headers_are_content and containers >= _HEADER_IN_MAIN:
            judged -= _HEADER
        chrome, body = judged & CHROME_CONTAINERS, judged & BODY_CONTAINERS
        return (
            self.cast(-1.0, f"inside_{min(chrome)}") if chrome else None,
            self.cast(0.5, f"inside_{min(body)}") if body else None,
        )

    def _chrome_name_vote(self, chrome: int, box: int, near_chrome: int) -> Vote | None:
        """The vote of the chrome roots `chrome` in a block's names, `near_chrome` of them near it, `box` the
        roots of boxes among them (as `ChainRoots.found_in` gives them)."""
        chrome_roots = self._chrome_roots
        near_chrome_name = chrome_roots.first_of(near_chrome) or _BOX.first_of(box)
        if near_chrome_name:
            sure = near_chrome_name in self.settings.sure_roots
            return self.cast(-1.0 if sure else -0.7, f"named_{near_chrome_name}")
        if self.settings.far_name_share:
            return self.cast(-0.7 * self.settings.far_name_share, f"named_{chrome_roots.first_of(chrome)}_further_up")
        return None

    def _vote_chrome_words(
        self,
        page: SegmentedPage,
        chains: tuple[tuple[frozenset[str], ...], ...],
        near: int,
        widespread: frozenset[str],
        votes: list[Vote | None],
    ) -> None:
        """Over a block that no chrome container or name has voted, the vote of a chrome word (`CHROME_WORDS`)
        among the names of its `near` elements, where the word names boxes: blocks that hold at most
        `chrome_word_max_share` of the page's words (in place). A site builder that calls every card of
        its grid a "cta" names its layout, not a box set apart from the content. Asked of each block
        apart, not of its chain and containers, which blocks of other lengths share."""
        # A block's class tokens are all its chain's names: only the blocks whose tokens hold a chrome
        # word are looked at, on the pages whose class words hold one at all.
        if _CHROME_WORDS.isdisjoint(page.class_words):
            return
        named = list(blocks_using(_CHROME_WORDS, page.class_tokens))
        words_under: Counter[str] = Counter()
        for index in named:
            for word in frozenset().union(*(names & _CHROME_WORDS for names in chains[index][-near:])):
                words_under[word] += page.words[index]
        most = self.settings.chrome_word_max_share * sum(page.words)
        boxes = frozenset(word for word, words in words_under.items() if words <= most) - widespread
        if not boxes:
            return
        for index in named:
            vote = votes[index]
            if vote is None or vote.value > 0:
                votes[index] = self._chrome_word_vote(chains[index][-near:], boxes, page.words[index]) or vote

    def _chrome_word_vote(
        self, near_names: tuple[frozenset[str], ...], boxes: frozenset[str], words: int
    ) -> Vote | None:
        """The vote of a chrome word that names a box (see `_vote_chrome_words`) among the names of the elements
        near a block of `words` words, that word's fewest or more."""
        for names in near_names:
            word = min((word for word in names & boxes if words >= CHROME_WORDS[word]), default=None)
            if word:
                return self.cast(-1.0, f"named_{word}")
        return None

    def _body_name_vote(self, body: int) -> Vote | None:
        body_name = _BODY.first_of(body)
        return self.cast(0.3, f"named_{body_name}") if body_name else None
