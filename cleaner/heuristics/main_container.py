"""Main container: an article's paragraphs sit side by side in one part of the DOM.

A template puts the article's text in one container (``div.article-body``, ``.entry-content``,
``article > section``) and its chrome in others. So the DOM context that holds the most running
prose on the page (the same semantic containers and class/id names on the path from the root) is
the article's: a block in that context is most likely body, and a block in an unrelated context
most likely chrome. On the development pages (ScrapingHub, WCXB-dev), of the words in the prose
context 98% and 91% are body. Of those in unrelated contexts, 20% and 41% are where the prose
context holds less than `dominant_prose_share` of the page's prose (a service page's prose is
spread over several sections), and the vote against is the milder one; where it holds more (an
article), only 1.5% and 15%, and the vote is a full one. Unless that context holds less than
`dominant_sentence_share` (0.6) of the words of the page's sentences, lines of
`sentence_min_words` (4) words or more that end like one: a service page's features, each a
sentence of a dozen words under its heading, too short to count as prose, are its content as
much as the one or two paragraphs that made the prose context, and the vote stays the milder
one. WCXB-dev HTML F1 0.87942 → 0.87996 (service pages 0.8491 → 0.8508; 7 pages up, by up to
0.23: three service pages, a shop's collection and a product, an electrician's price guide; 3
down, by 0.005 at most); ScrapingHub, text pages and the fixtures unchanged. A share of 0.5
gained half as much, 0.65 a little less; sentences of 6, 8 or 12 words or more gained less.
A block nested deeper inside the article's context (a figure, a boxed quote, an embedded promo)
or in one of its ancestors gets no vote: those are half and half. One exception is a widget's line
set in the article's column on a page whose article dominates it (where other contexts get the
full vote against): a short line (`nested_line_max_words` words at most) that does not end like
a sentence, in an element of `nested_line_tags` (a ``<div>``, where the writer's paragraphs are
``<p>``s and their own lists ``<li>``s) nested inside the article's context. A story's dateline
and byline box, its share bar, an event's ticket line, a Q&A's "asked … · viewed …" line, a
quoted post's "X said:" header and the addresses of a forum post's link cards are such lines. It
gets the milder vote against (-0.5), which its neighbours can outweigh. WCXB-dev HTML F1 0.88351
→ 0.88352 (19 pages up, by 0.016 at most; 5 down, three forum threads whose gold keeps each
post's name-and-date line, -0.021 at most); ScrapingHub HTML 0.97933 → 0.97953 (4 up, 1 down by
0.005); the fixtures 0.91704 → 0.92624 (7 up, none down). Taking ``<p>``, ``<span>`` and
``<section>`` lines too cost a paywalled story's paragraphs of one line (fixtures 0.92196); lines
of 8 words at most gained less; the full vote moved three times the pages, and ScrapingHub gained
less. The other exception is the
article's own lists and tables: a list item or table cell nested inside its context, less than
half of it link text, is body as the paragraphs are: on the development pages, 94% of such list
items' words and 87% of such cells' are body, and nearly a tenth of them were lost without the
vote. Where no context holds `min_prose_share` of the page's prose (a forum thread, a listing of
cards), there is no article context to speak of and no block gets a vote. On an HTML page whose headline is known, the
article starts under it: its context is the one, among those of the first
`prose_lines_below_headline` prose lines below the headline, holding the most prose, whatever
share of the page's prose it holds (a list of teasers further down may hold more). Where the
headline sits in an ``<article>``, those inside one are taken first: a blog's comment thread
follows the ``<article>`` of its post, and may outweigh a short one. Prose lines
are counted as `prose_sandwich` counts them, except those inside ``<aside>``, ``<nav>`` or
``<footer>``, where no article lives: under a headline followed by a table or a list, the first
prose below it may be a sidebar's. Text pages, and pages without prose, get no vote.

Under a known headline, an article of `article_min_words` prose words or more is the page's
article even where it holds less than the dominant share of the prose: news pages follow the
story with rails of teaser summaries ("More from…", "Latest") that together outweigh it, and
those get the full vote against, as on an article that dominates its page. Unless the article
holds under `article_min_prose_share` of the page's prose: then the page is mostly something
else (a product's reviews, a collection's blurbs), and the vote stays the milder one. On
ScrapingHub this took HTML F1 from 0.947 to 0.950; WCXB-dev moved by less than 0.001.

Where each of the article's paragraphs has a wrapper of its own (Asciidoctor's ``div.paragraph``,
a block editor's named ``<p>``: `wrapped_min_prose_lines` prose lines of the main context or more,
each in a named element of its own, as `SegmentedPage.named_elements` numbers them), the main
context is the wrapper's, and the article's lists and tables stand in wrappers of their own
beside it (``div.ulist``, ``div.tableblock``): elsewhere, to the comparison of contexts, and voted
chrome. Between the first and the last of those prose lines, a block whose chain of names
leaves the main one at its last level alone is the article's: it gets the vote of the main
context's nested blocks (an item of its own, or none). Not where its own names hold one of
`CHROME_ROOTS` (an inline "related stories" module stays outside), nor where a container holds
several paragraphs (sections of a story, with an advertisement's slot between them). WCXB-dev HTML
F1 0.87052 → 0.87085 (17 pages moved by more than 0.005: 9 up, an Asciidoctor report +0.33 whose
lists of patches had cut its region apart, a listing +0.12; 8 down by 0.026 at most, a WordPress
post whose embeds' fallback lines came in); ScrapingHub and the fixtures unchanged. Relieving every
such sibling, a paragraph's wrapper or not, cost ScrapingHub 0.0002 (a story's inline links to
other stories) and a tabbed service page 0.18; without the test of names, a news story's inline
"related" module came in (−0.018).

On such an article page (one whose other contexts get the full vote against), a block whose
class or id names hold one of `caption_roots` is the caption or credit of one of its pictures,
inside the article's context or not: chrome, as every gold convention here has it. Elsewhere the
name says less: a shop's product cards call their rating line a "caption".
"""

from __future__ import annotations

from collections import Counter
from functools import cache
from itertools import compress, count, islice

from pydantic import Field

from cleaner.heuristics.base import BaseHeuristic, HeuristicSettings, register
from cleaner.heuristics.dom_hints import CHROME_ROOTS, Roots
from cleaner.heuristics.line_passes import values_by_pair
from cleaner.model import Vote
from cleaner.segment.page import SegmentedPage

# Containers an article never lives in: prose inside them (a sidebar's column blurb, a
# footer's "about us") is not a candidate for the article's context. A <header> may hold the
# article's own standfirst, so it stays a candidate.
_SIDE_CONTAINERS = frozenset(("aside", "nav", "footer"))
# Where a block's context stands towards the main one (see `_place`).
_CAPTION, _MAIN, _NESTED, _AROUND, _ELSEWHERE = "caption", "main", "nested", "around", "elsewhere"


class MainContainerSettings(HeuristicSettings):
    prose_min_words: int = 20
    prose_min_stopword_share: float = 0.2
    min_prose_share: float = 0.5  # of the page's prose words, held by the main context for it to count
    dominant_prose_share: float = 0.7  # held by the main context, it makes every other context chrome
    # ... and this share of the words of its sentences (lines of `sentence_min_words` or more ending like one):
    # a service page's features, each a sentence of a dozen words under its heading, are its content.
    dominant_sentence_share: float = 0.6
    sentence_min_words: int = 4
    item_tags: tuple[str, ...] = ("li", "td")  # nested in the main context, the article's own list items and cells
    item_max_link_share: float = 0.5  # of such a block's characters: more, and it is a list of links
    # Nested in the main context of a dominant article, a line of a widget's: in one of these elements,
    # this many words at most, not ending like a sentence.
    nested_line_tags: tuple[str, ...] = ("div",)
    nested_line_max_words: int = Field(15, ge=0)
    prose_lines_below_headline: int = 3  # HTML pages with a known headline: where the article's context is looked for
    # Under a known headline: prose words of the article's context that make it the page's article
    # whatever the teaser rails around it hold, unless it holds less than this share of the prose.
    article_min_words: int = 300
    article_min_prose_share: float = 0.3
    # Article pages: names of picture captions, found inside class and id words.
    caption_roots: tuple[str, ...] = ("caption",)
    # Prose lines of the main context, each in a named element of its own, that make that name a
    # paragraph's wrapper: the wrappers beside them, between the first and the last, are the article's.
    wrapped_min_prose_lines: int = Field(3, ge=2)


@register
class MainContainer(BaseHeuristic[MainContainerSettings]):
    name = "main_container"
    Settings = MainContainerSettings

    def vote(self, page: SegmentedPage) -> list[Vote | None]:
        s = self.settings
        if not page.has_dom:
            return [None] * len(page)
        containers, class_tokens, words = page.containers, page.class_tokens, page.words
        prose_words: Counter[tuple[frozenset[str], frozenset[str]]] = Counter()
        prose = page.prose_lines(s.prose_min_words, s.prose_min_stopword_share)
        for index in compress(count(), prose):
            if containers[index].isdisjoint(_SIDE_CONTAINERS):
                prose_words[containers[index], class_tokens[index]] += words[index]
        if not prose_words:
            return [None] * len(page)
        main_context, main_words = self._main_context(page, prose, prose_words)
        page_prose_words = sum(prose_words.values())
        if page.headline is None and main_words < s.min_prose_share * page_prose_words:
            return [None] * len(page)
        inside = self.cast(1.0, "in_main_prose_context")
        elsewhere = (
            self.cast(-1.0, "outside_dominant_prose_context")
            if main_words >= s.dominant_prose_share * page_prose_words and self._holds_sentences(page, main_context)
            else self.cast(-1.0, f"outside_headline_article&prose_words>={s.article_min_words}")
            if page.headline is not None
            and main_words >= s.article_min_words
            and main_words >= s.article_min_prose_share * page_prose_words
            else self.cast(-0.5, "outside_main_prose_context")
        )
        nested_item = self.cast(1.0, "item_nested_in_main_prose_context")
        caption = self.cast(-1.0, "caption_on_article_page")
        captions = class_words_holding(page, s.caption_roots) if elsewhere.value <= -1.0 else frozenset()
        # Blocks share their contexts: each distinct one is placed once. In a context nested in the
        # main one, a block votes as what it is, an item of the article's own or not.
        places = values_by_pair(
            containers,
            class_tokens,
            lambda index: _place((containers[index], class_tokens[index]), main_context, captions),
        )
        by_place = {_CAPTION: caption, _MAIN: inside, _NESTED: None, _AROUND: None, _ELSEWHERE: elsewhere}
        votes = list(map(by_place.__getitem__, places))
        nested_line = self.cast(-0.5, "nested_widget_line") if elsewhere.value <= -1.0 else None
        for index in compress(count(), map(_NESTED.__eq__, places)):
            if self._own_item(page, index):
                votes[index] = nested_item
            elif nested_line is not None and self._widget_line(page, index):
                votes[index] = nested_line
        for index in self._beside_wrapped_paragraphs(page, prose, places):
            votes[index] = nested_item if self._own_item(page, index) else None
        return votes

    def _beside_wrapped_paragraphs(self, page: SegmentedPage, prose: tuple[bool, ...], places: list[str]) -> list[int]:
        """The blocks in wrappers beside the article's paragraphs', where each paragraph has a wrapper of its own.

        Those between the first and the last prose line of the main context whose chain of names
        leaves the main one at its last level only, and whose names past the shared levels hold
        none of `CHROME_ROOTS` (an inline "related stories" box keeps its vote).
        """
        named, chains = page.named_elements, page.name_chains
        wrapped = [index for index in compress(count(), prose) if places[index] == _MAIN]
        if not named or len(wrapped) < self.settings.wrapped_min_prose_lines:
            return []
        main_chain = chains[wrapped[0]]
        parent_levels = len(main_chain) - 1
        if parent_levels < 1 or len({named[index] for index in wrapped}) < len(wrapped):
            return []
        chrome = _finder(CHROME_ROOTS)
        beside = []
        for index in compress(
            range(wrapped[0] + 1, wrapped[-1]), map(_ELSEWHERE.__eq__, places[wrapped[0] + 1 : wrapped[-1]])
        ):
            chain = chains[index]
            if chain[:parent_levels] == main_chain[:parent_levels]:
                own_names = " ".join(" ".join(names) for names in chain[parent_levels:])
                if chrome.first_in(own_names) is None:
                    beside.append(index)
        return beside

    def _holds_sentences(self, page: SegmentedPage, main_context: tuple[frozenset[str], frozenset[str]]) -> bool:
        """Whether `main_context` holds `dominant_sentence_share` of the words of the page's sentences: lines of
        `sentence_min_words` words or more that end like one, outside ``<aside>``, ``<nav>`` and ``<footer>``."""
        least, words, containers, class_tokens = (
            self.settings.sentence_min_words,
            page.words,
            page.containers,
            page.class_tokens,
        )
        main_containers, main_names = main_context
        held = total = 0
        for index in compress(count(), page.ends_with_terminal):
            length, own = words[index], containers[index]
            if length >= least and own.isdisjoint(_SIDE_CONTAINERS):
                total += length
                if own == main_containers and class_tokens[index] == main_names:
                    held += length
        return held >= self.settings.dominant_sentence_share * total

    def _own_item(self, page: SegmentedPage, index: int) -> bool:
        """A list item or table cell of the article's own: one of `item_tags`, mostly not link text."""
        s = self.settings
        return page.tags[index] in s.item_tags and page.link_chars[index] < s.item_max_link_share * len(
            page.texts[index]
        )

    def _widget_line(self, page: SegmentedPage, index: int) -> bool:
        """A line of a widget's: one of `nested_line_tags`, `nested_line_max_words` words at most, no sentence's end."""
        s = self.settings
        return (
            page.words[index] <= s.nested_line_max_words
            and page.tags[index] in s.nested_line_tags
            and not page.ends_with_terminal[index]
        )

    def _main_context(
        self,
        page: SegmentedPage,
        prose: tuple[bool, ...],
        prose_words: Counter[tuple[frozenset[str], frozenset[str]]],
    ) -> tuple[tuple[frozenset[str], frozenset[str]], int]:
        """The context with the most prose; under a known headline, among those of the first prose lines below it."""
        if page.headline is not None:
            first = page.headline + 1
            contexts = zip(page.containers[first:], page.class_tokens[first:], strict=True)
            below = (context for context in compress(contexts, prose[first:]) if context in prose_words)
            candidates = list(islice(below, self.settings.prose_lines_below_headline))
            if "article" in page.containers[page.headline]:
                candidates = [context for context in candidates if "article" in context[0]] or candidates
            if candidates:
                best = max(candidates, key=prose_words.__getitem__)
                return best, prose_words[best]
        return prose_words.most_common(1)[0]


def _place(
    context: tuple[frozenset[str], frozenset[str]],
    main_context: tuple[frozenset[str], frozenset[str]],
    captions: frozenset[str],
) -> str:
    """Where a context of (containers, class and id words) stands towards the main one."""
    (containers, names), (main_containers, main_names) = context, main_context
    if captions and not names.isdisjoint(captions):
        return _CAPTION
    if containers == main_containers and names == main_names:
        return _MAIN
    if containers >= main_containers and names >= main_names:
        return _NESTED
    if containers <= main_containers and names <= main_names:
        return _AROUND
    return _ELSEWHERE


def class_words_holding(page: SegmentedPage, roots: tuple[str, ...]) -> frozenset[str]:
    """The class and id words on `page` that hold one of `roots` (most pages have none)."""
    names, finder = page.class_words, _finder(roots)
    if finder.first_in(" ".join(names)) is None:
        return frozenset()
    return finder.words_holding(names)


@cache
def _finder(roots: tuple[str, ...]) -> Roots:
    """The search for `roots`, made once for each tuple of them rather than on every page."""
    return Roots(roots)
