"""HTML → blocks in reading order, with the DOM's features beside the text features.

The page is read by lxml's libxml2 HTML parser (no network, no entities fetched), whose events
the compiled renderer of `cleaner.segment._render` turns into lines as they come, with no tree
built (a page nested deeper than `Limits.max_depth` is read as text instead: see
`segment_html`). It renders the page the way crawl text dumps do (resiliparse's plain-text
rendering, which the text path was built on): every block-level element starts a new line,
paragraphs and headings stand apart with a blank line, table cells are joined by tabs on one
line per row. Inline elements that touch, with no white space between them, are fields that a
stylesheet lays out apart (``<span>2026</span><span>1h 54m</span><span>R</span>``, a byline's
name and date, a row of links): where two words would run together there ("20261h 54mR"), a
space goes between them, as the gold standards write them. Not in the scripts written without
spaces (Chinese, Japanese, Thai), not after a paragraph's drop cap, not in preformatted text,
and not where text touches an element ("un<b>believ</b>able"). WCXB-dev HTML F1 0.87097 →
0.87209 (83 pages moved, 46 up: a chart of films +0.54, listings and collections up to +0.24;
37 down, the worst two sparse pages whose menu now counts its words), ScrapingHub 0.97776 →
0.97789; the fixtures 0.91674 → 0.91523, a Japanese blog's share bar ("X", "LINE"), kept as
body, now two words. Scripts, styles, templates, form controls, embedded media and hidden elements
(``hidden``, ``display: none``, ``visibility: hidden``, and the classes that CSS frameworks give
text for screen readers alone, clipped out of sight: "sr-only", "visually-hidden",
"screen-reader-text") stay out of the text.
That last is a shop's "Regular price", "Sale price" and "Add to favorites" spelled out on every
product card, a "Skip to content" link, "Opens in a new tab" (WCXB-dev HTML F1 0.85830 →
0.85907, collection pages 0.614 → 0.632; ScrapingHub unchanged). All of them are read where what
is left in sight holds next to no prose: then the hidden part is the content waiting for a
script to show it (React's streamed HTML, paywall and age-gate overlays) and the page is
rendered again with it. The folded panels of accordions, FAQs and tab sets are hidden too, and
read: a click shows them, and the gold standards keep them (WCXB-dev HTML rose from 0.8493 to
0.8510). What ``aria-hidden="true"`` marks is read: it hides an element from screen readers,
not from the eye (a carousel's other slides, a card's text repeated for a hover effect), and
the gold standards keep it (WCXB-dev HTML rose from 0.8457 to 0.8493 once it was read,
ScrapingHub from 0.9694 to 0.9697). Buttons are read: a broken page may nest its whole content in one.
What ``<noscript>`` holds does reach the text: it is the page as crawlers and readers without
JavaScript get it, and some sites (forums built on Discourse, for one) serve their whole
content there.

Its lines become blocks as `segment_text` would make them of that rendering (`segment_lines`,
which takes the lines as the renderer cut them rather than joined and cut again), so every text
feature means on an HTML page what it means on a text page, and each line gets the DOM
features of the element that holds it: its link text, tag, heading level, the semantic
containers and the class and id tokens of its ancestors (a ``<main>`` that the parse put
inside a header or nav left unclosed is held by neither: HTML forbids it there), and its
depth. The element that holds a line is the one its text starts in, unless that is a link the
line goes on after: ``<p><a class="external-popup">TurboTax</a> is one of…</p>`` is the
paragraph's line, and the link's names, which say what the link does, are not the line's
(WCXB-dev HTML F1 0.87239 → 0.87242, 12 pages up and 5 down, none by more than 0.021; it lets
`dom_hints` take "popup" as a name it is sure of). A span that opens a line still holds it: a
"caption" or "byline" span names what its line is. What follows a premature ``</html>`` is
read as the body's, where browsers show it. Block offsets (`start`, `end`) point into that
rendering.
"""

from __future__ import annotations

import html as html_module
from itertools import compress

import regex

from cleaner.compiled import unbuilt
from cleaner.limits import DEFAULT_LIMITS, Limits
from cleaner.segment.compiled import line_fingerprint, line_spans
from cleaner.segment.dom import ParserLimitError
from cleaner.segment.page import SegmentedPage
from cleaner.segment.text import segment_lines, segment_text

try:
    from cleaner.segment._render import Renderer, crowded_tag
except ImportError as error:  # a source tree without its build, or a dependency missing
    raise unbuilt("cleaner.segment._render", "HTML rendering", error) from error

# The headline is a heading of level 1 to 3 most of whose words are in the page's own title
# and which holds a fair part of that title (which may add the site's name, a section, a
# tagline); a one-word site-name heading fails the second test.
_HEADLINE_LEVELS = frozenset(range(1, 4))
_HEADLINE_MIN_OWN_SHARE = 0.5
_HEADLINE_MIN_TITLE_SHARE = 0.4
# A rendering with fewer prose lines than this (lines of 20 words or more, ending like a
# sentence, a fifth function words) is rendered again with its hidden elements.
_VISIBLE_MIN_PROSE_LINES = 3
# Such a rendering holding fewer words than this share of the rendering with its hidden
# elements is rendered with them, prose or not: a page streamed out of order parks its grid
# of items in hidden elements that a script moves into place (eBay's listings), and a
# page of short lines shows most of them.
_VISIBLE_MIN_WORD_SHARE = 0.1
_PROSE_MIN_WORDS = 20
_PROSE_MIN_STOPWORD_SHARE = 0.2


# A tag, as the fallback for too deep documents takes them out: it stops at the next "<", so that
# a page full of unclosed "<" costs one pass rather than a scan to the end from each of them.
_TAG = regex.compile(r"<[^<>]*+>")


def page_bytes(text: str, limits: Limits = DEFAULT_LIMITS, utf8: bytes | None = None) -> bytes:
    """The document's UTF-8 bytes, as its parser reads them; `utf8`, where the caller has it, is taken as it is.

    Raises `ParserLimitError` for a start tag crowded with more than `limits.max_attributes`
    attributes, which libxml2 would take a quadratic time to read.
    """
    document = utf8 if utf8 is not None else text.encode("utf-8", errors="surrogatepass")
    if crowded_tag(document, limits.max_attributes):
        raise ParserLimitError
    return document


def headline(title: str | None, fingerprints: tuple[str, ...], heading_levels: tuple[int, ...]) -> int | None:
    """The highest-level heading that matches the page's own title.

    Among headings of one level, the closest match, then the one holding more of the title's
    words: a blog's name in its own heading matches the title ("<post> | <blog>") as closely
    as the post's headline does, but holds less of it. The title is cut into words as the
    headings' fingerprints are (`line_fingerprint`: one word per ideograph or kana), so that a headline
    in a script without spaces matches its title too.

    An h2 or h3 past the middle of the lines under the page's first h1 (of the page, where it has
    none) titles a closing section rather than the page, whatever it shares with the title: the
    guide under a shop's grid ("Why <the product>?"), a sign-up or "Request info about <the
    site>" block, a service's closing pitch. WCXB-dev HTML 0.88376 -> 0.88397 (12 pages up on 11
    sites, by up to 0.15; 6 down, by up to 0.13, three of them an outdoor shop's categories whose
    grid the wrong headline happened to keep); ScrapingHub and the fixtures unchanged.
    """
    if title is None:
        return None
    title_words = set(line_fingerprint(title).split())
    ranked: list[tuple[int, float, int, int]] = []
    count = len(heading_levels)
    first_h1 = heading_levels.index(1) if 1 in heading_levels else 0
    # The headings are found in C: most of a page's lines are none.
    for index in compress(range(count), map(_HEADLINE_LEVELS.__contains__, heading_levels)):
        level = heading_levels[index]
        if level > 1 and index - first_h1 > count - index:
            continue
        words = set(fingerprints[index].split())
        if not words:
            continue
        shared = len(words & title_words)
        if shared >= _HEADLINE_MIN_OWN_SHARE * len(words) and shared >= _HEADLINE_MIN_TITLE_SHARE * len(title_words):
            ranked.append((-level, shared / len(words), shared, -index))
    return -max(ranked)[3] if ranked else None


def _render(document: bytes, url: str | None, show_hidden: bool, limits: Limits) -> tuple[Renderer, SegmentedPage]:
    """The rendering of `document`, and its lines as blocks: offsets into its rendering, a line a block, with a
    blank line before each block that has one."""
    renderer = Renderer(show_hidden, limits)
    renderer.render(document)
    texts = tuple(renderer.texts)
    # The page's start counts as a blank line, as in `segment_text`.
    blank_before = (True, *renderer.blank_before[1:]) if texts else ()
    return renderer, segment_lines(texts, blank_before, *line_spans(texts, blank_before), url=url, limits=limits)


def segment_html(
    text: str, url: str | None = None, limits: Limits = DEFAULT_LIMITS, utf8: bytes | None = None
) -> SegmentedPage:
    """Cut an HTML document into blocks, one per rendered line, with text and DOM features.

    A document past the parser's limits (nested deeper than `limits.max_depth`, say) is read
    as text with its tags taken out: its lines come through without DOM features rather than
    being cut off where the parser stopped. Lines and blocks are bounded as in `segment_text`.
    `utf8` is the text's UTF-8 encoding, where the caller has it (see `page_bytes`).
    """
    try:
        return _segment_document(page_bytes(text, limits, utf8), url, limits)
    except ParserLimitError:
        lines = segment_text(html_module.unescape(_TAG.sub("\n", text)), url, limits)
        return lines.model_copy(update={"format": "html"})


def _segment_document(document: bytes, url: str | None, limits: Limits) -> SegmentedPage:
    """The page's blocks as rendered, hidden elements included where little is in sight.

    Little: fewer than `_VISIBLE_MIN_PROSE_LINES` lines of prose, and either more prose or ten
    times the words once the hidden elements are read. A page whose rendering hid nothing is
    not rendered again: it would read the same.
    """
    renderer, lines = _render(document, url, False, limits)
    prose = sum(lines.prose_lines(_PROSE_MIN_WORDS, _PROSE_MIN_STOPWORD_SHARE))
    if prose < _VISIBLE_MIN_PROSE_LINES and renderer.hid_any:
        # Little prose in sight: the content may wait, hidden, for a script to show it.
        revealed, revealed_lines = _render(document, url, True, limits)
        revealed_prose = sum(revealed_lines.prose_lines(_PROSE_MIN_WORDS, _PROSE_MIN_STOPWORD_SHARE))
        shown_share = sum(lines.words) / max(sum(revealed_lines.words), 1)
        if revealed_prose > prose or shown_share < _VISIBLE_MIN_WORD_SHARE:
            renderer, lines = revealed, revealed_lines
    title = renderer.title
    if not renderer.texts:
        return SegmentedPage(url=url, format="html", title_hint=title)
    tags, heading_levels, containers, name_chains, class_tokens, templates, class_words = renderer.owner_columns()
    page = lines.model_copy(
        update={
            "format": "html",
            "title_hint": title,
            "headline": headline(title, lines.fingerprints, heading_levels),
            "link_chars": tuple(renderer.link_chars),
            "tags": tags,
            "heading_levels": heading_levels,
            "containers": containers,
            "class_tokens": class_tokens,
            "name_chains": name_chains,
            "templates": templates,
            "depths": tuple(renderer.depths),
            "named_elements": tuple(renderer.named_elements),
            "panels": tuple(renderer.panels),
        }
    )
    page.__dict__["class_words"] = class_words  # where `cached_property` keeps its value
    return page
