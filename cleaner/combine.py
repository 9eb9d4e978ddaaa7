"""Combine votes into labels: weighted sum → score → context pass over neighbours.

1. Each block's score is the logistic of the weighted sum of its votes plus a bias.
2. The main content region is the contiguous run of blocks with the largest total
   evidence of being body (the maximum-sum segment of Finn et al.'s Body Text Extraction,
   2001, over scores instead of tag counts): the body of a page is mostly one region.
   What a chrome block costs the region depends on the page's kind: an article's region
   ends at the first stretch of chrome, while on a page without a prose body (a forum
   thread, a listing, a spec sheet) the short meta lines between records cost less. So they
   do on a text page that names no article (no headline found, no slug) and holds a long
   record list beside its prose, a catalogue over its buyer's guide or a reference's
   parameters under its description: its cards' labels cost what they cost on a listing.
   Text F1 on WCXB-dev 0.82460 → 0.82603 (60 pages moved, 42 up: a catalogue +0.48, an API
   reference +0.32; 34 down, a shop whose gold leaves its grid out −0.45); ScrapingHub,
   fixtures and HTML unchanged. The same lower cost on every such page, records or not,
   gained more on WCXB-dev (+0.0023) and lost ScrapingHub 0.0037; on HTML the DOM context
   finds the region's ends, and the rule lost 0.0001. So they do too, on any page that names
   no article (on HTML, no heading matches the page's title), where the region's prose lines
   stand among `catalogue_min_labels_per_prose_line` (2.5) times as many short lines that do
   not end like sentences: a service page's features, each a heading, a blurb and a button,
   or a reference's entries. Text F1 on WCXB-dev 0.82603 → 0.82689 (21 pages moved, +0.23 the
   most, −0.06 the worst), HTML 0.85925 → 0.85984 (28 pages moved, +0.37 the most, −0.04 the
   worst); ScrapingHub, whose articles without a slug hold up to 2.2 such lines a prose line,
   and the fixtures unchanged (at 2.0 text ScrapingHub lost 0.0006).
   On a page whose headline is known (on HTML the heading that matches the page's own title,
   on text the line that the URL's slug names), the article begins just under it: the best run
   starting there wins when it holds `headline_run_share` of the best run anywhere, which may
   be a longer comment thread; and whatever its share when that best run lies wholly below it
   and it holds `headline_run_min_prose_lines` of prose (2): a short story over its long thread
   of comments or its list of other stories (text F1 on ScrapingHub 0.93130 → 0.93240,
   WCXB-dev 0.81581 → 0.81621; HTML WCXB-dev 0.85611 → 0.85620; one line of prose took text
   WCXB-dev to 0.81702 but lost HTML 0.0002, on two pages either way).
   On an HTML page the region then grows, at either end, over the neighbouring blocks that
   share the DOM context (the semantic containers and class/id names on their path) of the
   block at that end, up to the first list of links: the rest of the article's own container
   (a list of tour dates, a table of results, a closing line) is the article's, however
   little it looks like prose; each of its blocks is then judged by the region's threshold.
   So is a line of prose further off in the very context of the region's own prose lines: a
   forum's next post past a signature and a row of buttons, which cut the run apart; or in a
   context that the region's holds but for its own mark, a reply under a post marked the first.
   Between the page's headline (else its last h1) and its region, a sentence in the element that holds all the
   region's prose is body at `under_headline_min_score` (0.8) rather than the outside score: an
   introduction or a product's summary above a picture or a buy box that parts it from the
   region (see `_under_headline_in_container`); the sentences right under the headline, one after another, are body
   at `standfirst_min_score` (0.9) in whatever element they stand (a subtitle, a collection's introduction). Below
   the region, a prose line outside that element is chrome whatever its score: a teaser's blurb, an about text, a
   disclaimer (see `_after_region_apart`).
3. Inside that region a block is body at a lower score than outside it, so a short line
   between two paragraphs stays body, and a lone paragraph-like line in the footer does not.
   On an HTML page whose headline is known and whose region holds a prose body (an article),
   a block outside the region that one of `article_vetoes` votes surely chrome (−1: outside
   the article's DOM context) is chrome whatever its score: the privacy notice, comment rules
   or teaser summaries around a story are written in sentences too. So is such a block inside
   the region after the last block that one of them votes the article's own (+1): the author's
   bio or the sign-up box under a story, which its prose took into the region. Not where that
   tail holds more prose than a bio (a FAQ, an appendix: `article_tail_max_prose_lines`), nor
   on a page holding a long record list, where the list follows its introduction.
   On a text page the same article (a known headline, or a URL whose slug names the page, and
   a prose body in the region) ends with its region (`end_text_articles`) when no readers'
   thread follows it (no vote of `thread_heuristics` on the page: no comment header, no "Jane
   said:" lines): below it, a line that is not running prose is chrome whatever its score, such
   as the headlines of other stories or a dialog's labels. Running prose there is still judged
   by its score. Text F1 on ScrapingHub 0.93267 → 0.93370, WCXB-dev 0.81919 → 0.81944; without
   the thread test, forums' replies went too (WCXB-dev −0.0005), and with prose lines dropped
   as well, ScrapingHub gained 0.0002 more and WCXB-dev 0.0001 less. The slug names the article
   where its headline's line is not found (below a long menu, or reworded): ScrapingHub
   0.93370 → 0.93441, WCXB-dev 0.81944 → 0.81961; any page with a prose region, slug or not,
   took in listings' lead stories (WCXB-dev −0.0001).
   A text article begins with the headline its URL names, where the region starts there or
   below and at most `headline_max_prose_lines_above` (2) prose lines stand above it: every
   block above it is chrome whatever its score, such as a report dialog or a shop's blurb
   written in sentences. More prose above makes the named line a section's heading deep in
   the article. Text F1 on WCXB-dev 0.82001 → 0.82067 (25 pages moved, none down by more than
   0.02), ScrapingHub 0.93440 → 0.93444; without the prose test WCXB-dev gained 0.0004 only,
   and on HTML, whose article rule reads the DOM, the rule lost (WCXB-dev −0.0001, ScrapingHub
   −0.0006).
   A text page that names no article (no headline found, no slug) may be built of sections
   that a stretch of chrome parts: a forum thread's opening post above a member's card and its
   replies, an API method's description above its parameters. The best run above or below the
   region that holds `second_region_share` (half) of the region's sum and
   `second_region_min_prose_lines` (3) of prose is judged as the region is. Text F1 on WCXB-dev
   0.82426 → 0.82460 (12 pages moved: a thread's question +0.20, the worst a service page's
   footnotes −0.05); ScrapingHub, whose pages are articles, unchanged. Any share from 0.2 to 1.0
   gained, 0.5 most; on article pages the same runs are comments and other stories
   (ScrapingHub −0.0014).
4. A page whose body comes out at a few dozen words, a tenth of its text or less, and at most
   two lines of prose, had no prose region to find: a listing, a product grid, a schedule, a
   catalogue, whose content is its short linked lines (an introduction to them is what the
   region found). Its body is then every block but those that a heuristic of `sparse_page_vetoes`
   votes chrome: the page's semantic or named chrome, its boilerplate, and its first and last
   stretch (masthead, footer); nor are the labels of its buttons (see `_controls`), nor, on a page
   that names itself in a title, the blocks above it (see `_above_title`). Trafilatura
   falls back to a wider extraction on a result this short too. Three paragraphs of prose make a
   short article (a brief, a paywalled lead) that stands as found; two introduce a catalogue's
   index or a collection's grid as often as they make a brief (two rather than one: HTML WCXB-dev
   0.86156 → 0.86207, text 0.83087 → 0.83104, two pages up by 0.77 and 0.53, two down by 0.05 and
   0.02; ScrapingHub HTML 0.97676 → 0.97656, a brief of two paragraphs −0.04). A paragraph written
   twice counts once: a carousel repeats its slides, and a collection's one blurb shown thrice
   is no article (WCXB-dev HTML 0.87085 → 0.87097, a shop's grid of wallets came in, +0.15;
   text, whose chrome has no DOM to veto it, lost 0.055 on the same page; ScrapingHub and the
   fixtures unchanged). A list has items: a page of fewer than `sparse_page_min_blocks` blocks
   (a footer under content that a script never drew) has none to widen the body to. Where the
   body such a page holds is a heading or two (`small_page_max_headings` lines of up to ten
   words that do not end like a sentence), it is what the template wrote around that missing
   content ("Best of the best", "Similar products from outside our store"): the page has no
   content, and its body is emptied. WCXB-dev HTML 0.87942 → 0.88009 (two pages of two sites
   whose gold is empty, a shop's grid and a product's page that a script draws; none down), text
   0.83659 → 0.83692 (the first of them); ScrapingHub and the fixtures unchanged.
   A body of any length in `sparse_body_min_islands` (3) separate runs of blocks or more, under
   a quarter of the page's words and with the same two prose lines at most, is such a page too:
   the region caught the introduction and the odd item long enough to score as body, the rest
   of the list lying between them. The short bodies of ScrapingHub's articles (briefs) come in
   one run or two. WCXB-dev HTML 0.86768 → 0.87052 (20 pages moved: 16 up, by up to 0.78, on
   listings and collections; 4 down, the worst −0.19, a rental shop whose unnamed footer came
   in with its list), text 0.83338 → 0.83489 (11 up, 8 down); ScrapingHub and the fixtures
   unchanged. Any count from 3 to 6 and any share from 0.15 to 0.33 gained; two runs took in
   the chrome around briefs (ScrapingHub text −0.004).
   On an HTML page that is not sparse, a long record list above the region (`record_list_min_blocks`
   lines voted records) is body too, but the lines a sparse page's vetoes keep out: a catalogue's
   grid of products above its buyer's guide, which the region found in the guide's sentences
   (see `_records_above_region`). Not where the page's headline opens the region, as an article's
   or a document's does: the menus and tables of contents above it read as records too. WCXB-dev
   HTML 0.87644 → 0.87800 (collections 0.6834 → 0.6981, listings 0.7288 → 0.7354): 12 pages up on
   10 sites, by up to 0.69, whose gold keeps the grid; 13 down on 9 sites, by up to 0.63, whose gold
   keeps the guide alone (three shops have pages of both kinds); ScrapingHub, text pages and the
   fixtures unchanged. Records below the region as well lost 0.0009 (other products under a
   product's page, a forum's related threads).
5. Short blocks, too short to judge alone, follow their longer neighbours when those agree,
   unless their own votes are sure they are chrome. Short is `context_max_words` (5) words or
   fewer, below jusText's 70 characters: a shop's "Add to cart" or "Free delivery over $50", a
   listing's "12 reviews" between its items. Five rather than four: WCXB-dev HTML 0.87574 →
   0.87638 (204 pages moved: 94 up, by 0.17 at most, and 110 down, by 0.065 at most; listings
   +0.0027 and collections +0.0016 a page, articles −0.0001), text 0.83555 → 0.83577;
   ScrapingHub text 0.94435 → 0.94440, HTML and the fixtures unchanged or up. The gain holds on
   both halves of WCXB-dev's sites, split by host. Six to eight gained more on WCXB-dev
   (seven: HTML +0.0010), most of it from a few collection pages whose body then came out
   empty, which drops them from the mean precision, and lost ScrapingHub text up to 0.0002; ten
   lost ScrapingHub HTML 0.005. A short block whose wording one of
   `short_chrome_vetoes` knows (an "Advertisement" or "Continue reading below" line amid an
   article's paragraphs, which the article's other signals outvote, or the "Book now" a
   template writes under every card) is chrome wherever it stands. A subheading between two
   body blocks is body whatever its length: on HTML a heading element, on a text page a line
   shaped like one (see `_text_headings_between_body`); on HTML outside the main region, a
   heading right above a body block there as well, and in the region or over its first block a heading
   right above a body block near it in the DOM (see `_headings_over_body`). A
   stretch of `context_list_min_blocks` (8) short blocks or more between two paragraphs that
   end like sentences is a list of its own and keeps its own labels (see
   `_short_blocks_follow_neighbours`). On HTML, the blocks that one template wrote (one DOM
   context) are body all where most of their words are: the short members of a grid, a thread
   or a list (see `_templated_blocks_follow_body`).

Throughout, a block that one of `chrome_vetoes` votes -1 (a heuristic that casts -1 only when
it is sure: the dialog of a consent manager, found by its container or by a long run of its
notices, readers' comments under an article's comment header, which are written in sentences as
the article is, what follows a header that closes an article ("More Stories", "About the
Author") once the article is over, a caption closed by its picture's credit or, under an
article's headline, named a caption by its template, a link to another story behind a
"Related:" label, the credit of a wire story's reporters and editors, the date line between an
article's headline and its first paragraph, a widget asking whether the page helped, a request
to follow on a social network or to sign up for a newsletter, an element named for what is
never content, such as a forum post's signature), or on an HTML page a block
inside one of `chrome_containers` (a figure's caption, which the gold standards leave out and
trafilatura drops with its figure; a ``<footer>``, the page's or a post's, whose lines a score
or a neighbour brought into the body: of their words on WCXB-dev, the gold holds 1%), is chrome
whatever its score or its neighbours. The footer took WCXB-dev HTML F1 from 0.87342 to 0.87354
(14 pages moved: 12 up, on 12 sites: articles, forums, service pages; 2 down by at most 0.05,
a blog index whose gold keeps each card's byline, which its template puts in a ``<footer>``;
kept apart inside an ``<article>``, it gained 0.87351); ScrapingHub, the fixtures and text
pages unchanged. An entry
``heuristic:reason`` makes that one of a heuristic's reasons final where the others are not, and
``heuristic:beginning*`` every reason that begins so. Of the names it reads, `dom_hints` votes
-1 those it is sure of alone (``dom_hints:named_*``; the -1 of its chrome containers,
``inside_nav`` and the like, stays weighted). `boilerplate_phrases` is sure of a line that is
only a date, a counter or a reading time ("Nov. 19, 2019, 8:41 AM UTC", "12 comments", "2 days
ago at 07:52 am") and of a notice to a browser that cannot show the page, less so of a call to
action or a byline, which a heading or a credit the gold keeps may read as. Of the words of such
lines kept as body on the development pages, the gold keeps none and leaves out 81 on
ScrapingHub in text mode, 20 and 308 on WCXB-dev (11 and 107 in HTML): text F1 on ScrapingHub
0.93871 → 0.93887 (a news story's timestamps and a thread's "2 days ago" lines), HTML WCXB-dev
0.86694 → 0.86702, text +0.00001; HTML ScrapingHub and the fixtures unchanged. A forum post's
meta lines ("asked Mar 3, 2022 at 14:02") stay unsure: WCXB-dev's gold leaves them out and the
fixtures' Q&A page keeps them.

A block that one of `final_vetoes` votes -1 (`symbol_line`: a line of arrows, stars or icon
glyphs alone, or of one mark, a help icon's "?") is chrome too, but only once every pass above
has run: until then it stands between its neighbours as it was labelled, and a heading above a
rating's stars still has the review's text below it. Made chrome among the other vetoes, such
lines cost the heading rule a reviewed agency's name on WCXB-dev (−0.001 on that page); made
chrome last, no page moved.

On an HTML page whose main region reaches into the page's ``<main>`` element, a block outside
both is chrome, whatever rule made it body (see `_outside_main_element`). Last, a body block that
repeats the text of a body block above it, written by another DOM context on HTML, is chrome
(see `_later_copies`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import compress, count

from pydantic import ConfigDict, Field, field_validator

from cleaner.compiled import unbuilt
from cleaner.fast_reads import FastReadModel
from cleaner.model import Label, Vote
from cleaner.segment.page import SegmentedPage, blocks_using
from cleaner.urls import slug_words

# The labels as module constants: on CPython 3.11 a read of `Label.BODY` goes through the enum
# type's lookup of its members (77 ns, a global's 8), and the combiner reads one a block in most
# of its passes.
_BODY, _CHROME = Label.BODY, Label.CHROME
# The tag of a list's items, whose runs `_list_items_between_body` reads.
_LIST_ITEM = "li"
# The semantic container a page marks its main content with, which `_outside_main_element` reads.
_MAIN = "main"

try:
    from cleaner._votes import (
        VoteIndex,
        best_run,
        best_run_starting_in,
        between_body,
        blocks_voted,
        costed,
        flags_set,
        follow_template_body,
        heading_shaped,
        item_runs,
        label_by_score,
        label_runs,
        labelled,
        region_margins,
        relabel,
        relabel_stretch,
        short_blocks_follow,
        vetoes_in_order,
        weighted_scores,
    )
except ImportError as error:  # a source tree without its build, or a dependency missing
    raise unbuilt("cleaner._votes", "vote passes", error) from error

# The longest label `catalogue_min_labels_per_prose_line` counts: a heading, a button, a price line.
_LABEL_MAX_WORDS = 10

DEFAULT_WEIGHTS: dict[str, float] = {
    "text_shape": 1.5,
    "stopword_density": 1.0,
    "repeated_blocks": 1.5,
    "duplicate_copy": 3.0,
    "table_of_contents": 2.0,
    "headline_teaser": 1.5,
    "teaser_rail": 3.0,
    "templated_run": 3.0,
    # Chrome's fixed wording ("Click to share", "Sign in", a byline alone) is as sure a sign as the
    # names a template gives its parts (dom_hints).
    "boilerplate_phrases": 3.0,
    "button_label": 3.0,
    "picture_credit": 2.0,
    "named_caption": 2.0,
    "related_link": 2.0,
    "reporting_credit": 2.0,
    "author_bio": 2.0,
    "dateline": 2.0,
    "stay_in_touch": 2.0,
    "feedback_prompt": 2.0,
    "form_message": 2.0,
    "disclosure": 2.0,
    "legal_notice": 2.0,
    "paragraph_structure": 1.0,
    "comment_section": 2.5,
    "review_section": 2.5,
    "closing_section": 2.5,
    "consent_panel": 2.0,
    "consent_manager": 2.0,
    "prose_sandwich": 2.0,
    "attached_list": 3.0,
    "record_list": 3.0,
    "record_shape": 1.5,
    "position": 0.5,
    "link_density": 2.0,
    "dom_hints": 3.0,
    "main_container": 1.5,
    "code_and_tables": 3.0,
    "site_template": 2.0,
    # Its vote moves no score, so that a line of symbols stays its neighbours' neighbour: the final
    # veto alone acts (see `CombineSettings.final_vetoes`).
    "symbol_line": 0.0,
}


class CombineSettings(FastReadModel):
    """Weights and thresholds of the combiner.

    Set by hand, one principle at a time, on the development pages. A coordinate search over
    them, fitted on half of those pages, gained there and nothing on the other half.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    weights: dict[str, float] = Field(
        default_factory=lambda: dict(DEFAULT_WEIGHTS), description="per heuristic; merged over the defaults"
    )
    default_weight: float = 1.0
    bias: float = 0.0
    context_max_words: int = Field(5, ge=0, description="blocks this short take their neighbours' label")
    context_sure_chrome_score: float = Field(
        0.03, ge=0.0, le=1.0, description="a short block scoring under this stays chrome between body neighbours"
    )
    context_one_off_tags: tuple[str, ...] = Field(
        ("div", "p", "li"),
        description="HTML: a short block of these tags whose DOM context and text the page holds once, and that "
        "does not end with a colon, stays chrome between body neighbours (a widget's one line); empty: none do",
    )
    context_list_min_blocks: int | None = Field(
        8,
        ge=1,
        description="a stretch of this many short blocks or more between two body blocks that end like sentences "
        "keeps its own labels (a list of its own, not a line of the prose around it); None: every stretch follows",
    )
    short_chrome_vetoes: tuple[str, ...] = Field(
        ("boilerplate_phrases", "button_label"),
        description="heuristics whose -1 vote makes a block of context_max_words or fewer chrome whatever its score "
        'or its neighbours (an "Advertisement" or "Continue reading below" line amid an article\'s paragraphs, a '
        '"Book now" under each card)',
    )
    region_threshold: float = Field(0.6, ge=0.0, le=1.0, description="score above which a block adds to a region")
    region_max_block_words: int = Field(60, ge=1, description="cap on one block's weight in the region sum")
    region_chrome_cost: float = Field(
        2.0, gt=0.0, description="how much a chrome block's weight counts against a region"
    )
    structured_chrome_cost: float = Field(
        1.0,
        gt=0.0,
        description="region_chrome_cost on pages whose main region holds no prose body (forums, listings, specs)",
    )
    thread_chrome_cost: float = Field(
        1.5,
        gt=0.0,
        description="region_chrome_cost on text pages whose region holds a prose body where the thread is the "
        "content (a vote of 0 of thread_heuristics): a forum's posts, parted by their members' cards",
    )
    record_chrome_cost: float = Field(
        0.5,
        gt=0.0,
        description="structured_chrome_cost on pages that also hold a record list of record_list_min_blocks lines",
    )
    record_list_min_blocks: int = Field(
        30, ge=0, description="lines voted as records that make a list the page's content, not a teaser strip"
    )
    catalogue_min_labels_per_prose_line: float | None = Field(
        2.5,
        ge=0.0,
        description="pages that name no article (no headline found; on text, no slug either): short lines without a "
        "sentence's end (2 to 10 words) per prose line of the region at which its prose is a catalogue's or a service "
        "page's blurbs among their labels, and the page is searched at record_chrome_cost as a record list's is; "
        "None never asks",
    )
    record_heuristics: tuple[str, ...] = Field(
        ("record_list", "record_shape"), description="heuristics whose positive votes mark the lines of records"
    )
    prose_body_min_blocks: int = Field(
        6, ge=0, description="prose lines the main region needs to count as a prose body; 0 never asks"
    )
    prose_min_words: int = Field(20, ge=1, description="words of a prose line (a paragraph of running text)")
    headline_run_share: float = Field(
        0.6, ge=0.0, description="share of the best run's sum that the run under the headline needs to win"
    )
    headline_run_min_prose_lines: int | None = Field(
        2,
        ge=0,
        description="prose lines that let the run under the headline win over a larger run wholly below it "
        "(a comment thread, a list of other stories) whatever its share; None never lets it",
    )
    headline_window: int = Field(
        30, ge=0, description="pages with a known headline: blocks below it where the main region must start"
    )
    prose_min_stopword_share: float = Field(
        0.2, ge=0.0, le=1.0, description="function-word share of a prose line, which also ends like a sentence"
    )
    region_context_max_link_share: float | None = Field(
        0.5,
        ge=0.0,
        le=1.0,
        description="HTML: link share of a block's characters over which the region stops growing in its DOM context; "
        "None keeps the region as found",
    )
    headings_between_body: bool = Field(
        True, description="HTML: a heading element between two body blocks is body, the section it heads"
    )
    headings_over_body_outside_region: bool = Field(
        True,
        description="HTML: outside the main region, a heading element right above a body block (not a heading) that "
        "is outside the region too is body, the section it heads; off, no heading is made body over a body block, "
        "near (heading_over_body_max_steps) or not",
    )
    heading_over_body_max_steps: int | None = Field(
        3,
        ge=0,
        description="HTML: a heading element right above a body block (not a heading) in the main region or opening "
        "it is body where the two stand this many named elements or fewer apart from the innermost named element "
        "holding both; None: never",
    )
    list_items_between_body: bool = Field(
        True, description="HTML: a list item between two body items of the same list is body"
    )
    main_element_bounds_body: bool = Field(
        True,
        description="HTML: where the main region reaches into the page's <main> element, a block outside both is "
        "chrome",
    )
    later_copy_min_words: int | None = Field(
        12,
        ge=1,
        description="a body block of this many words or more whose text a body block above already holds (on HTML, "
        "written by another DOM context) is chrome; None keeps every copy",
    )
    later_copy_record_tags: frozenset[str] = Field(
        frozenset(("li", "td")),
        description="HTML: elements whose copies stay body: a list's items and a table's cells are records, which "
        "repeat a line another record holds (each plan of a pricing table lists the features they share)",
    )
    template_min_blocks: int | None = Field(
        4,
        ge=2,
        description="HTML: blocks of one DOM context (`SegmentedPage.templates`) that make a set of records, whose "
        "chrome members are body where most of the set's words are; None leaves each to its own label",
    )
    template_held_votes: tuple[str, ...] = Field(
        ("main_container:outside_headline_article",),
        description="HTML: heuristic:reason beginning of the -1 votes that keep a template's chrome member chrome "
        "where most of the set's words are body",
    )
    template_body_min_share: float = Field(
        0.6,
        gt=0.0,
        le=1.0,
        description="HTML: share of a template's words kept as body that makes its chrome blocks body",
    )
    text_heading_max_words: int | None = Field(
        12,
        ge=1,
        description="text: a line of at most this many words that does not end like a sentence, between two body "
        "blocks, is body, the section it heads; None leaves it to its score",
    )
    region_context_sure_body_score: float = Field(
        0.8,
        ge=0.0,
        le=1.0,
        description="HTML: past the region, a line in the DOM context of its prose scoring this or more is body, prose "
        "or not (a forum's short reply)",
    )
    region_context_min_shared_names: float | None = Field(
        0.8,
        ge=0.0,
        le=1.0,
        description="HTML: share of the names of the region's prose context that a context holding no other names "
        "keeps for its lines to be judged as that context's; None asks for the very context",
    )
    article_vetoes: tuple[str, ...] = Field(
        ("main_container",),
        description="HTML articles with a known headline: heuristics whose -1 vote makes a block outside the region, "
        "or in it after the last block they vote +1, chrome whatever its score",
    )
    article_tail_max_prose_lines: int = Field(
        2,
        ge=0,
        description="HTML articles: prose lines the region may hold after the article's last block of its own "
        "for article_vetoes to apply there (an author's bio, a sign-up box); more make a section of its own",
    )
    end_text_articles: bool = Field(
        True,
        description="text articles (a known headline, or a slug naming the page) with no readers' thread: below the "
        "region, every line but running prose is chrome (Cleaner.with_comments turns it off: a comment may be one "
        "short line)",
    )
    second_region_share: float | None = Field(
        0.5,
        ge=0.0,
        description="text pages that name no article: share of the main region's sum at which the best run above or "
        "below it is content too, judged by inside_min_score; None keeps one region",
    )
    second_region_min_prose_lines: int = Field(
        3, ge=0, description="prose lines such a second run needs: a run of short lines is a menu or a footer"
    )
    headline_max_prose_lines_above: int | None = Field(
        2,
        ge=0,
        description="text pages whose URL names the headline: prose lines above it past which it heads a section "
        "deep in the page rather than the page's content; up to that, the blocks above it and outside the region are "
        "chrome. None keeps them to their scores",
    )
    thread_heuristics: tuple[str, ...] = Field(
        ("comment_section",),
        description="text articles: heuristics whose vote anywhere on the page (0 included) means a readers' thread "
        "follows the article, so the lines below the region keep their own judgement; a vote of 0, that the thread "
        "is the page's content (see thread_chrome_cost)",
    )
    sparse_body_max_words: int = Field(
        80,
        ge=0,
        description="a body this short, and under sparse_body_max_share of the page's words, means the page has no "
        "prose region to find (a listing, a product grid, a schedule): see sparse_page_vetoes; 0 never asks",
    )
    sparse_body_max_share: float = Field(
        0.1, ge=0.0, le=1.0, description="share of the page's words under which a short body is a sparse page's"
    )
    sparse_body_min_islands: int | None = Field(
        3,
        ge=1,
        description="a body in this many separate runs of blocks or more, under sparse_islands_max_share of the "
        "page's words, is a listing's items found one here, one there: sparse whatever its length; None never asks",
    )
    sparse_islands_max_share: float = Field(
        0.25, ge=0.0, le=1.0, description="share of the page's words under which a body in islands is a sparse page's"
    )
    sparse_body_max_prose_lines: int = Field(
        2, ge=0, description="prose lines a sparse page's body may hold: more make it a short article (a brief, a lead)"
    )
    sparse_page_min_blocks: int = Field(
        20,
        ge=0,
        description="blocks a page needs for the sparse test: a list has items, and a page of a few lines without a "
        "body found (a footer, a script's placeholder) has no content to widen the body to",
    )
    small_page_max_headings: int | None = Field(
        2,
        ge=1,
        description="a page of fewer than sparse_page_min_blocks blocks whose body is this many labels or fewer "
        "(lines of up to 10 words not ending like a sentence) has no content (the headings around a list a script "
        "never drew): its body is emptied; None keeps it",
    )
    records_above_region: bool = Field(
        True,
        description="HTML pages that are not sparse and whose region does not open under their headline: where "
        "record_list_min_blocks record lines or more stand above the region, those that none of sparse_page_vetoes "
        "votes chrome are body (a catalogue's grid above its buyer's guide)",
    )
    sparse_page_vetoes: tuple[str, ...] = Field(
        ("dom_hints", "boilerplate_phrases", "consent_panel", "position"),
        description="on a sparse page, every block is body but those that one of these heuristics votes chrome",
    )
    sparse_page_below_title: bool = Field(
        True,
        description="on a sparse page that names itself (an h1 headline on HTML, the line its URL names on text), "
        "the body is not widened above that title: the masthead's promotions, filters and widgets stand there",
    )
    sparse_page_control_names: frozenset[str] = Field(
        frozenset(("btn", "button")),
        description="HTML sparse pages: class or id words (whole) that name a control; a block inside an element "
        "so named is a button's label, not an item of the list, and the body is not widened to it",
    )
    chrome_vetoes: tuple[str, ...] = Field(
        (
            "consent_manager",
            "consent_panel",
            "comment_section",
            "review_section",
            "closing_section",
            "picture_credit",
            "named_caption",
            "related_link",
            "reporting_credit",
            "author_bio",
            "dateline",
            "stay_in_touch",
            "feedback_prompt",
            "form_message",
            "disclosure",
            "legal_notice",
            "duplicate_copy",
            "boilerplate_phrases:date_or_counter_alone",
            "boilerplate_phrases:browser_notice",
            "boilerplate_phrases:edit_stamp",
            "boilerplate_phrases:reply_subject",
            "button_label:shop_offer",
            "button_label:reward_offer",
            "dom_hints:named_*",
        ),
        description="heuristics whose -1 vote makes a block chrome whatever its score (they cast -1 only when "
        "sure); an entry heuristic:reason, the -1 votes of that reason alone; heuristic:beginning*, those of "
        "every reason that begins so",
    )
    final_vetoes: tuple[str, ...] = Field(
        ("symbol_line",),
        description="heuristics whose -1 vote makes a block chrome once every context pass has run: the block "
        "stays its neighbours' neighbour (a rating's stars between a heading and its text)",
    )
    chrome_containers: tuple[str, ...] = Field(
        ("figcaption", "footer"),
        description="HTML: semantic containers whose blocks are chrome whatever their score (a figure's caption, "
        "which trafilatura drops with its figure; a footer)",
    )
    inside_min_score: float = Field(0.2, ge=0.0, le=1.0)
    outside_min_score: float = Field(0.95, ge=0.0, le=1.0)
    after_region_apart: bool = Field(
        True,
        description="HTML: below the main region, a prose line outside the element that holds all the region's prose "
        "lines is chrome whatever its score (a teaser's blurb, an about text, a disclaimer); not on a page with a "
        "readers' thread or a long record list",
    )
    under_headline_min_score: float | None = Field(
        0.8,
        ge=0.0,
        le=1.0,
        description="HTML: between the page's headline (else its last h1 above the main region) and that region, the "
        "score at which a sentence inside the element that holds all the region's prose is body (an introduction, "
        "a product's summary); None keeps outside_min_score there",
    )
    standfirst_min_score: float | None = Field(
        0.9,
        ge=0.0,
        le=1.0,
        description="HTML: the score at which the sentences right under that headline, one after another, are body "
        "in whatever element they stand (its standfirst); None leaves them to under_headline_min_score",
    )

    def weight(self, heuristic: str) -> float:
        """The weight of `heuristic`'s votes: its own, or `default_weight` when it has none."""
        return self.weights.get(heuristic, self.default_weight)

    @field_validator("weights")
    @classmethod
    def _merge_over_defaults(cls, weights: dict[str, float]) -> dict[str, float]:
        """Naming one weight changes that one; set a weight to 0 to silence a heuristic."""
        return {**DEFAULT_WEIGHTS, **weights}


@dataclass(slots=True)
class Combined:
    """The combiner's verdict on every block, and which rule gave it: `decisions` holds the machine-readable rule of
    each block, such as 'in_region&score>=0.2'.

    A plain class, as the pipeline's own go-between: the combiner makes one a page of values of
    the declared types, which a pydantic model's construction cost 23,000 instructions a page.
    """

    scores: list[float]
    labels: list[Label]
    decisions: list[str]


def combine(page: SegmentedPage, votes: Sequence[Sequence[Vote]], settings: CombineSettings) -> Combined:
    """Label every block of `page` from its `votes` (one list per block)."""
    # Indexed once for the passes that read every vote: the scores, the record list's and the
    # thread's counts, the vetoes.
    indexed = VoteIndex(votes)
    scores = _scores(indexed, settings)
    # An article's page: its headline is known, or, on a text page, its URL's slug names it
    # though its headline's line is not found (a mega menu pushed it down, a reworded title).
    names_an_article = page.headline is not None or (not page.has_dom and bool(slug_words(page.url)))
    margins = region_margins(scores, page.words, settings.region_threshold, settings.region_max_block_words)
    region = _main_region(page, margins, settings, indexed, names_an_article)
    if page.has_dom and settings.region_context_max_link_share is not None:
        region = _grown_in_context(page, region, settings.region_context_max_link_share)
    labels: list[Label] = []
    decisions: list[str] = []
    for stretch, in_region in (
        (range(region.start), False),
        (region, True),
        (range(region.stop, len(scores)), False),
    ):
        least, name = (
            (settings.inside_min_score, "in_region") if in_region else (settings.outside_min_score, "out_of_region")
        )
        body_rule, chrome_rule = _score_rule(name, ">=", least), _score_rule(name, "<", least)
        label_by_score(
            scores, stretch.start, stretch.stop, least, _BODY, _CHROME, body_rule, chrome_rule, labels, decisions
        )
    if page.has_dom:
        _prose_in_region_context(page, region, scores, settings, labels=labels, decisions=decisions)
        # The element that holds the region's prose, found once a page for the two rules that ask for it.
        prose_element = cache(lambda: _prose_element(page, region, settings))
        _under_headline_in_container(
            page, region, scores, settings, prose_element=prose_element, labels=labels, decisions=decisions
        )
        _after_region_apart(
            page, region, settings, indexed, prose_element=prose_element, labels=labels, decisions=decisions
        )
    elif not names_an_article and (share := settings.second_region_share) is not None:
        _second_region(page, region, margins, scores, settings, share=share, labels=labels, decisions=decisions)
    if names_an_article and _prose_blocks(page, region, settings) >= settings.prose_body_min_blocks:
        if page.has_dom:
            article = _article(page, region, votes, indexed, settings)
            _veto_outside(article, region, votes, labels=labels, decisions=decisions, vetoes=settings.article_vetoes)
        elif settings.end_text_articles and not _thread_follows(indexed, settings):
            _end_text_article(page, region, settings, labels=labels, decisions=decisions)
    if not page.has_dom and page.headline is not None and page.headline <= region.start:
        _begin_text_article(page, page.headline, settings, labels=labels, decisions=decisions)
    # Vetoes apply before the sparse test, which must not count a consent dialog as the body,
    # and again once short blocks have followed their neighbours, which they override too;
    # the short blocks' own vetoes apply at that point alone.
    vetoed, short_vetoed, final_vetoed = _chrome_vetoed(page, indexed, settings)
    relabel(vetoed, labels, decisions, _BODY, _CHROME)
    _widen_to_lists(page, region, votes, indexed, settings, labels=labels, decisions=decisions)
    if _headings_alone(page, labels, settings):
        relabel_stretch(0, len(labels), labels, decisions, _BODY, _CHROME, "small_page&headings_alone")
    _short_blocks_follow_neighbours(page, scores, labels, decisions, settings)
    if page.has_dom:
        _dom_parts_follow_body(page, region, votes, settings, labels=labels, decisions=decisions)
    else:
        _text_headings_between_body(page, scores, settings, labels=labels, decisions=decisions)
    relabel(vetoed, labels, decisions, _BODY, _CHROME)
    relabel(short_vetoed, labels, decisions, _BODY, _CHROME)
    relabel(final_vetoed, labels, decisions, _BODY, _CHROME)
    if page.has_dom and settings.main_element_bounds_body:
        _outside_main_element(page, region, labels, decisions)
    _later_copies(page, settings, labels, decisions)
    return Combined(scores=scores, labels=labels, decisions=decisions)


@cache
def _score_rule(name: str, comparison: str, threshold: float) -> str:
    """The decision of a block labelled by its score against `threshold` ("in_region&score>=0.2"), made once for
    each threshold: formatting the floats on every page cost a text page 13,000 instructions, 0.25% of its cost."""
    return f"{name}&score{comparison}{threshold:g}"


class _Weights(dict[str, float]):
    """`CombineSettings.weight` of each heuristic, looked up once per page rather than once per vote."""

    def __init__(self, settings: CombineSettings) -> None:
        super().__init__()
        self.settings = settings

    def __missing__(self, heuristic: str) -> float:
        weight = self[heuristic] = self.settings.weight(heuristic)
        return weight


# The weights of the settings that combined the last page: a pipeline combines page after page
# with the same settings, and its heuristics' weights are then looked up once, not once a page.
_last_weights: _Weights | None = None


def _scores(votes: VoteIndex, settings: CombineSettings) -> list[float]:
    """Each block's logistic of the weighted sum of its votes plus the bias."""
    global _last_weights
    weights = _last_weights
    if weights is None or weights.settings is not settings:
        weights = _last_weights = _Weights(settings)
    return weighted_scores(votes, weights, settings.bias)


def _prose_in_region_context(
    page: SegmentedPage,
    region: range,
    scores: list[float],
    settings: CombineSettings,
    *,
    labels: list[Label],
    decisions: list[str],
) -> None:
    """Outside `region`, a line in the DOM context of the region's own prose is judged as in it (in place).

    The region ends at the first stretch of chrome, but the same content may go on past it: a
    forum's next posts after a signature and a row of buttons, the rest of a thread after an
    advertisement. A line of running prose in the very context (semantic containers and
    class/id names) of the region's prose lines is that content, and is body at the region's
    threshold, as `_grown_in_context` takes in the neighbours that share its ends' context. So
    is a shorter line there whose own votes are sure it is body (`region_context_sure_body_score`):
    a reply of one sentence under a member's card ("Thanks, that fixed it."), which a menu's or a
    card's lines in that context never score. WCXB-dev HTML F1 0.86256 → 0.86274 (31 pages up,
    forum threads most, 13 down by at most 0.022); ScrapingHub and the fixtures unchanged; 0.7
    scored the same, 0.9 half the gain, and 0.6 cost ScrapingHub 0.00015.

    A context that the region's holds whole but for a name or two of its own is that context too
    (`region_context_min_shared_names` of its names kept, and no other): a forum marks its
    opening post ("first-post", "thread-starter") and writes every reply in the same elements
    without the mark, so a thread whose region is its opening post had its replies judged as
    chrome outside it. WCXB-dev HTML F1 0.87638 → 0.87658 (forums +0.0016; 7 pages up, by up to
    0.19: four threads of three sites, two service pages and a listing; 3 down by 0.03 at most);
    ScrapingHub, the fixtures and text pages unchanged. Any share from 0.3 to 0.9 scored the
    same; none at all took in a page's outer wrapper (−0.04 on a thread). A context with names of
    its own that the region's lacks is another part: a quote nested in a post, but as often a
    product's licence under its description or a teaser box in an article (products −0.003).
    """
    prose = page.prose_lines(settings.prose_min_words, settings.prose_min_stopword_share)
    in_context = _context_test(
        {(page.containers[index], page.class_tokens[index]) for index in region if prose[index]}, settings
    )
    least, sure = settings.inside_min_score, settings.region_context_sure_body_score
    rules = {True: _score_rule("region_context", ">=", least), False: _score_rule("region_context", ">=", sure)}
    for index, is_prose in enumerate(prose):
        if (
            labels[index] is _CHROME
            and scores[index] >= (least if is_prose else sure)
            and index not in region
            and in_context(page.containers[index], page.class_tokens[index])
        ):
            labels[index], decisions[index] = _BODY, rules[is_prose]


def _under_headline_in_container(
    page: SegmentedPage,
    region: range,
    scores: list[float],
    settings: CombineSettings,
    *,
    prose_element: Callable[[], tuple[frozenset[str], ...]],
    labels: list[Label],
    decisions: list[str],
) -> None:
    """Between the page's headline (or, where no heading matches its title, its last h1 above `region`) and
    `region`, a sentence scoring `under_headline_min_score` or more inside the element that holds all the region's
    prose lines (`prose_element`: see `_prose_element`) is body (in place).

    The region of an article, a product's or a service's page may open some way under its
    headline, past a picture, a byline or a buy box: the introduction or the summary written
    there, in the same element as the body's prose, scores as body but under
    `outside_min_score`, which is set for the blocks around the region anywhere on the page (a
    teaser, a bio). The element is the longest chain of named ancestors that every prose line of
    the region shares: a page whose region's prose shares none has no such element. Sentences
    alone: a product's meta line ("Art.-Nr. 448120 · 4,6 von 5 Sternen") stands there too.
    WCXB-dev HTML F1 0.88234 → 0.88250 (13 pages up on 13 sites, a game's package notes +0.12,
    service pages' introductions; 6 down on 5 sites by 0.021 at most, a sales team's offer of help,
    a survey's questions, a shop's FAQ), ScrapingHub 0.97910 → 0.97919 (one story +0.019, one
    −0.005); the fixtures and text pages unchanged.
    Lines that do not end like sentences cost a fixture's product page 0.10; the whole page
    around the region at 0.8 lost ScrapingHub 0.001 (a gallery's captions above a story); 0.7 and
    0.9 scored as 0.8 within 0.00002. On a page whose title names none of its headings, its last
    h1 above the region opens it as well: a service's or a shop's home page, whose h1 is a slogan
    and whose features are each a heading and a sentence (WCXB-dev HTML 0.88250 → 0.88261, 7 pages
    up on 6 sites, none down; ScrapingHub and the fixtures unchanged).
    The sentences right under the headline, one after another, are its standfirst (a subtitle, a
    collection's introduction) wherever the template puts them, at `standfirst_min_score` (0.9):
    WCXB-dev HTML 0.88478 -> 0.88484 (3 pages of 3 sites up by up to 0.05, a breadcrumb that ends
    with its title's question mark down by 0.005). At 0.8, ScrapingHub lost 0.0003: two news
    stories' decks, which its gold leaves out, score 0.82 and 0.83 there.
    """
    least, headline = settings.under_headline_min_score, page.headline
    if headline is None:
        headline = next((index for index in reversed(range(region.start)) if page.heading_levels[index] == 1), None)
    if least is None or headline is None or headline + 1 >= region.start:
        return
    start = headline + 1
    if (first := settings.standfirst_min_score) is not None:
        standfirst = _score_rule("standfirst", ">=", first)
        while start < region.start and scores[start] >= first and page.ends_with_terminal[start]:
            if labels[start] is _CHROME:
                labels[start], decisions[start] = _BODY, standfirst
            start += 1
    chains, shared = page.chains_of_names, prose_element()
    if not shared:
        return
    depth, rule = len(shared), _score_rule("under_headline", ">=", least)
    for index in range(start, region.start):
        if (
            labels[index] is _CHROME
            and scores[index] >= least
            and page.ends_with_terminal[index]
            and chains[index][:depth] == shared
        ):
            labels[index], decisions[index] = _BODY, rule


def _after_region_apart(
    page: SegmentedPage,
    region: range,
    settings: CombineSettings,
    indexed: VoteIndex,
    *,
    prose_element: Callable[[], tuple[frozenset[str], ...]],
    labels: list[Label],
    decisions: list[str],
) -> None:
    """Below `region`, a prose line that `outside_min_score` made body but that stands outside the element holding
    all the region's prose lines (`prose_element`: see `_prose_element`) is chrome (in place).

    Under a story or a page's text, sentences in an element of their own that score as body
    are a teaser's blurb, a site's about text, a shop's brand story or a disclaimer: the body's
    own prose shares the element of the region's. Prose lines alone: a specification's short
    lines stand apart from a product's description and are body there. Not on a page that holds
    a readers' thread (`thread_heuristics`), whose answers stand beside the question, nor one
    that holds a long record list (`record_list_min_blocks`), whose cards follow a catalogue's
    introduction. WCXB-dev HTML F1 0.88298 -> 0.88316 (7 pages up on 7 sites by up to 0.14, an
    arXiv page's labs blurb, a coffee shop's brand story, a government site's disclaimer; 1 down,
    a landing page's pitch -0.16), ScrapingHub HTML 0.97919 -> 0.97930. Short lines too
    cost a game store's system requirements and an electronics shop's specs; threads, a Q&A
    site's answers; record lists, a catalogue's grid.
    """
    if not settings.after_region_apart or _thread_follows(indexed, settings) or _holds_record_list(indexed, settings):
        return
    chains, shared = page.chains_of_names, prose_element()
    if not shared:
        return
    prose = page.prose_lines(settings.prose_min_words, settings.prose_min_stopword_share)
    kept, depth = _score_rule("out_of_region", ">=", settings.outside_min_score), len(shared)
    for index in range(region.stop, len(labels)):
        if decisions[index] == kept and prose[index] and chains[index][:depth] != shared:
            labels[index], decisions[index] = _CHROME, "after_region&apart"


def _prose_element(page: SegmentedPage, region: range, settings: CombineSettings) -> tuple[frozenset[str], ...]:
    """The chain of named elements, outermost first, that holds every prose line of `region` (none where they share
    no named element)."""
    prose = page.prose_lines(settings.prose_min_words, settings.prose_min_stopword_share)
    chains = page.chains_of_names
    return _shared_prefix([chains[index] for index in region if prose[index]])


def _shared_prefix(chains: Sequence[tuple[frozenset[str], ...]]) -> tuple[frozenset[str], ...]:
    """The longest run of named ancestors, outermost first, that all `chains` begin with (none for no chain)."""
    # A region's prose lines share a few chains between them: each is compared once.
    distinct = iter(dict.fromkeys(chains))
    shared = next(distinct, ())
    for chain in distinct:
        length, most = 0, min(len(shared), len(chain))
        while length < most and shared[length] == chain[length]:
            length += 1
        shared = shared[:length]
    return shared


def _context_test(
    contexts: set[tuple[frozenset[str], frozenset[str]]], settings: CombineSettings
) -> Callable[[frozenset[str], frozenset[str]], bool]:
    """Whether a DOM context (containers, names) is one of `contexts`, or one that such a context holds whole but
    for a few names of its own (`region_context_min_shared_names`). Asked of the few lines past the region that
    score as body, where pairing every context of the page with the region's cost 1% of a ScrapingHub page."""
    least = settings.region_context_min_shared_names
    names_by_containers: dict[frozenset[str], list[frozenset[str]]] = {}
    for own_containers, own_names in contexts:
        names_by_containers.setdefault(own_containers, []).append(own_names)

    def holds(containers: frozenset[str], names: frozenset[str]) -> bool:
        if (containers, names) in contexts:
            return True
        return least is not None and any(
            names < own_names and len(names) >= least * len(own_names)
            for own_names in names_by_containers.get(containers, ())
        )

    return holds


def _second_region(
    page: SegmentedPage,
    region: range,
    margins: list[float],
    scores: list[float],
    settings: CombineSettings,
    *,
    share: float,
    labels: list[Label],
    decisions: list[str],
) -> None:
    """Text pages that name no article: the best run above or below the main region, where it
    holds `share` of the region's sum and `second_region_min_prose_lines` of prose, is judged
    as the region is (both sums at `region_chrome_cost`, the evidence of prose).

    Such a page is often built of sections that a stretch of chrome parts: a forum thread's
    opening post and its replies under a row of buttons and a member's card, an API method's
    description and its parameters, a shop's introduction under its product grid.
    """
    at_cost = costed(margins, settings.region_chrome_cost)
    region_sum = sum(at_cost[region.start : region.stop])
    below = best_run(at_cost[region.stop :])
    least = settings.inside_min_score
    rule = _score_rule("second_region", ">=", least)
    for run in (best_run(at_cost[: region.start]), range(region.stop + below.start, region.stop + below.stop)):
        if (
            run
            and sum(at_cost[run.start : run.stop]) >= share * region_sum
            and _prose_blocks(page, run, settings) >= settings.second_region_min_prose_lines
        ):
            for index in run:
                if scores[index] >= least and labels[index] is _CHROME:
                    labels[index], decisions[index] = _BODY, rule


def _thread_follows(votes: VoteIndex, settings: CombineSettings) -> bool:
    """Whether one of `thread_heuristics` voted anywhere on the page: a readers' thread is on it."""
    return blocks_voted(votes, frozenset(settings.thread_heuristics), enough=1) > 0


def _thread_is_the_content(votes: VoteIndex, settings: CombineSettings) -> bool:
    """Whether one of `thread_heuristics` voted 0 anywhere on the page: the thread it found is the page's content
    (`comment_section` votes a readers' thread below an article below 0)."""
    return blocks_voted(votes, frozenset(settings.thread_heuristics), above=-0.5, enough=1) > 0


def _begin_text_article(
    page: SegmentedPage, headline: int, settings: CombineSettings, *, labels: list[Label], decisions: list[str]
) -> None:
    """Above the headline of a text article that opens the page's content, every block is chrome (in place).

    The region starts at or below `headline`; it opens the content where at most
    `headline_max_prose_lines_above` prose lines stand above it.
    """
    most = settings.headline_max_prose_lines_above
    if most is None or _prose_blocks(page, range(headline), settings) > most:
        return
    relabel_stretch(0, headline, labels, decisions, _BODY, _CHROME, "before_text_headline")


def _end_text_article(
    page: SegmentedPage, region: range, settings: CombineSettings, *, labels: list[Label], decisions: list[str]
) -> None:
    """Below a text article's region, every line but running prose is chrome (in place)."""
    prose = page.prose_lines(settings.prose_min_words, settings.prose_min_stopword_share)
    relabel_stretch(region.stop, len(labels), labels, decisions, _BODY, _CHROME, "after_text_article", prose)


def _article(
    page: SegmentedPage, region: range, votes: Sequence[Sequence[Vote]], indexed: VoteIndex, settings: CombineSettings
) -> range:
    """The part of `region` up to its last block that one of `article_vetoes` voted body (the article's own;
    `indexed` holds the `votes`).

    The whole region where no such vote was cast in it; where what follows holds more than
    `article_tail_max_prose_lines` lines of prose (a section of its own: a FAQ, an appendix);
    or where the page holds a long record list (`record_list_min_blocks`), whose items follow
    its introduction.
    """
    vetoes = settings.article_vetoes
    own = (index for index in reversed(region) if any(v.value > 0 and v.heuristic in vetoes for v in votes[index]))
    end = next(own, region.stop - 1) + 1
    if (
        end == region.stop
        or _prose_blocks(page, range(end, region.stop), settings) > settings.article_tail_max_prose_lines
    ):
        return region
    if _holds_record_list(indexed, settings):
        return region
    return range(region.start, end)


def _veto_outside(
    article: range,
    region: range,
    votes: Sequence[Sequence[Vote]],
    *,
    labels: list[Label],
    decisions: list[str],
    vetoes: tuple[str, ...],
) -> None:
    """Outside `article` (a head of `region`), a body block that one of `vetoes` voted -1 becomes chrome (in place)."""
    outside = [index for index in (*range(region.start), *range(region.stop, len(labels))) if labels[index] is _BODY]
    tail = [index for index in range(article.stop, region.stop) if labels[index] is _BODY]
    vetoed: list[str | None] = [None] * len(labels)
    _sure_chrome(outside, votes, vetoes, "out_of_region", vetoed)
    _sure_chrome(tail, votes, vetoes, "after_article", vetoed)
    relabel(vetoed, labels, decisions, _BODY, _CHROME)


def _chrome_vetoed(
    page: SegmentedPage, votes: VoteIndex, settings: CombineSettings
) -> tuple[list[str | None], list[str | None], list[str | None]]:
    """The rule by which each block is made chrome whatever its score, or None, from one scan of the votes.

    First the blocks that one of `chrome_vetoes` votes -1 (with the reason an entry names, where
    it names one) or that sit inside one of `chrome_containers`; then those of
    `context_max_words` or fewer that one of `short_chrome_vetoes` votes -1; then those that
    one of `final_vetoes` votes -1.
    """
    most = settings.context_max_words
    rules = _veto_rules(settings.chrome_vetoes, settings.short_chrome_vetoes, settings.final_vetoes, most)
    # Few votes are a vetoing heuristic's -1: only those are ruled on, in reading order. A heuristic casts
    # one Vote object for each of its votes (`BaseHeuristic.cast`): the rules of each object are worked
    # out once, not once for each block it is cast on (a nav's hundred).
    vetoed, short_vetoed, final_vetoed = vetoes_in_order(votes, rules.vetoing, rules.of, page.words, most)
    if page.has_dom and settings.chrome_containers:
        inside = frozenset(settings.chrome_containers)
        for index in blocks_using(inside, page.containers):
            if vetoed[index] is None:
                vetoed[index] = f"vetoed&inside_{min(inside & page.containers[index])}"
    return vetoed, short_vetoed, final_vetoed


@dataclass(frozen=True, slots=True)
class _VetoRules:
    """The rules of the vetoes of one set of settings, and every heuristic whose -1 votes are read (`vetoing`).

    `veto_rules` names each veto's rule by its heuristic, or by (heuristic, reason) for an entry
    naming a reason; `by_reason` holds the heuristics with such entries, each with the beginnings its
    entries ending in "*" name; `short_rules` and `final_rules` name each short and final veto's rule.
    """

    veto_rules: dict[str | tuple[str, str], str]
    by_reason: dict[str, tuple[str, ...]]
    short_rules: dict[str, str]
    final_rules: dict[str, str]
    vetoing: frozenset[str]

    def of(self, vote: Vote) -> tuple[str | None, str | None, str | None]:
        """The rules a sure chrome `vote` comes under: its veto's, its short veto's and its final veto's (each None
        where it comes under no such rule).

        A bound method for `vetoes_in_order` to call: a `partial` of a function taking the rules
        as keywords copied them into a dictionary at each call, 3,600 instructions where this
        takes 2,100, five or six times a text page.
        """
        heuristic, reason = vote.heuristic, vote.reason
        rule = self.veto_rules.get(heuristic)
        if rule is None and heuristic in self.by_reason:
            rule = self.veto_rules.get((heuristic, reason))
            if rule is None and reason.startswith(self.by_reason[heuristic]):
                rule = f"vetoed&{heuristic}:{reason}=-1"
        return rule, self.short_rules.get(heuristic), self.final_rules.get(heuristic)


@lru_cache(maxsize=16)
def _veto_rules(
    chrome_vetoes: tuple[str, ...], short_chrome_vetoes: tuple[str, ...], final_vetoes: tuple[str, ...], most: int
) -> _VetoRules:
    """The rules of these vetoes, made once for each set of settings, not once a page."""
    rules: dict[str | tuple[str, str], str] = {}
    by_reason: dict[str, tuple[str, ...]] = {}
    short_rules = {heuristic: f"words<={most}&{heuristic}=-1" for heuristic in short_chrome_vetoes}
    final_rules = {heuristic: f"vetoed&{heuristic}=-1" for heuristic in final_vetoes}
    vetoing = set(short_rules).union(final_rules)
    for entry in chrome_vetoes:
        heuristic, _, reason = entry.partition(":")
        vetoing.add(heuristic)
        if not reason:
            rules[heuristic] = f"vetoed&{entry}=-1"
        elif reason.endswith("*"):
            by_reason[heuristic] = (*by_reason.get(heuristic, ()), reason[:-1])
        else:
            rules[(heuristic, reason)] = f"vetoed&{entry}=-1"
            by_reason.setdefault(heuristic, ())
    return _VetoRules(rules, by_reason, short_rules, final_rules, frozenset(vetoing))


def _sure_chrome(
    indices: Iterable[int],
    votes: Sequence[Sequence[Vote]],
    vetoes: tuple[str, ...],
    where: str,
    found: list[str | None],
) -> None:
    """Of `indices`, the blocks that one of `vetoes` votes -1 get their rule in `found`: `where`&heuristic=-1."""
    if vetoes:
        for index in indices:
            for vote in votes[index]:
                if vote.heuristic in vetoes and vote.value <= -1.0:
                    found[index] = f"{where}&{vote.heuristic}=-1"
                    break


def _sparse(page: SegmentedPage, labels: list[Label], settings: CombineSettings) -> bool:
    """Whether the body found is too short, for the page's size, to be the page's content.

    Its prose lines are counted by their fingerprints: a paragraph repeated (a carousel's slides, a
    layout rendered twice) is one paragraph.
    """
    if len(labels) < settings.sparse_page_min_blocks:
        return False
    # Which blocks are body is asked of each block only where the body is short: most pages need no
    # more than the count of its words (see `labelled`).
    body_words, page_words = sum(labelled(page.words, labels, _BODY)), sum(page.words)
    short = body_words < settings.sparse_body_max_words and body_words < settings.sparse_body_max_share * page_words
    min_islands = settings.sparse_body_min_islands
    may_be_islands = min_islands is not None and body_words < settings.sparse_islands_max_share * page_words
    if not (short or may_be_islands):
        return False
    if not short and min_islands is not None and label_runs(labels, _BODY) < min_islands:
        return False
    prose = page.prose_lines(settings.prose_min_words, settings.prose_min_stopword_share)
    # Each body block's fingerprint and prose flag, picked in compiled passes, where a list of every
    # block's body flag, its runs and a filter of the prose among them cost a ScrapingHub text page
    # 17,000 instructions.
    prose_body = compress(labelled(page.fingerprints, labels, _BODY), labelled(prose, labels, _BODY))
    return len(set(prose_body)) <= settings.sparse_body_max_prose_lines


def _headings_alone(page: SegmentedPage, labels: list[Label], settings: CombineSettings) -> bool:
    """Whether a page too small for a list (under `sparse_page_min_blocks` blocks) holds a body of
    `small_page_max_headings` labels or fewer (lines of up to `_LABEL_MAX_WORDS` words that do not end like a
    sentence): the headings a template writes around a list that is not there."""
    most = settings.small_page_max_headings
    if most is None or len(labels) >= settings.sparse_page_min_blocks:
        return False
    body = [index for index, label in enumerate(labels) if label is _BODY]
    return 0 < len(body) <= most and not any(
        page.words[index] > _LABEL_MAX_WORDS or page.ends_with_terminal[index] for index in body
    )


def _all_but_vetoed(
    votes: Sequence[Sequence[Vote]],
    *,
    labels: list[Label],
    decisions: list[str],
    vetoes: tuple[str, ...],
    skip: Collection[int] = (),
) -> None:
    """Every chrome block body but those that one of `vetoes` votes chrome and those of `skip` (in place)."""
    for index, block_votes in enumerate(votes):
        if labels[index] is _CHROME and index not in skip and not _voted_chrome(block_votes, vetoes):
            labels[index] = _BODY
            decisions[index] = "sparse_page"


def _controls(page: SegmentedPage, names: frozenset[str]) -> frozenset[int]:
    """The blocks of an HTML page inside an element that one of `names` names (a button's label): none on text.

    A listing's or a shop's page writes its controls among its items: a card's "Save this event"
    and "Share" buttons, a job board's "Apply" box, a filter bar's "Clear All", a product's "Chat"
    and "Print". They score as the items do, short and linked, and no veto reaches them: the
    sparse page's body is widened to every block but these. A block's class tokens hold the names
    of its whole chain of named elements, so a button's own words and those of the box it wraps
    are found alike. Only on a sparse page: elsewhere such names wrap a service page's calls to
    action or an article's whole teaser, which the gold keeps as often (as a vote of dom_hints on
    every page, WCXB-dev HTML lost 0.0008). WCXB-dev HTML 0.88234 -> 0.88257 (listings 0.7356 ->
    0.7390; 21 pages up on 19 sites, by up to 0.24: event, job and trail listings, shops' grids and
    product pages; 2 down: a shoe shop whose gold keeps its filter buttons, colours and sizes,
    -0.09, and a watch's page, -0.004); ScrapingHub, text pages, which hold no names, and the
    fixtures unchanged. The names of the block's own two elements alone gained 0.00006.
    """
    if not page.has_dom or not names or names.isdisjoint(page.class_words):
        return frozenset()
    return frozenset(blocks_using(names, page.class_tokens))


def _above_title(page: SegmentedPage) -> frozenset[int]:
    """The blocks above the page's title, where it names itself: its headline where that is an h1 on HTML, the
    line that its URL names on text; none elsewhere.

    A sparse page's list stands under the title that names it (a shop's category, a product and its
    offers); above it stand the masthead's promotions, a filter bar, a cart's and a help desk's
    widgets and the recommendations of a header's carousel, which score as the list's items do.
    An h1 alone on HTML: a lower heading that matches the title heads a section of the page,
    with part of the list above it (a shop's "Why Classic Percale?" under its range of sheets).
    WCXB-dev HTML 0.88344 -> 0.88356 (5 pages up on 5 sites, by up to 0.07: a shop's product
    pages, a nursery's pottery list; 1 down, a sofa's page, -0.004), text 0.83801 -> 0.83813 (7 up,
    by up to 0.19; 1 down, a shoe shop's collection, -0.22, whose gold keeps the cards above its
    title); ScrapingHub and the fixtures unchanged. Any headline on HTML took in a section's
    heading (WCXB-dev HTML -0.00005).
    """
    headline = page.headline
    if headline is None or (page.has_dom and page.heading_levels[headline] != 1):
        return frozenset()
    return frozenset(range(headline))


def _voted_chrome(block_votes: Sequence[Vote], heuristics: Collection[str]) -> bool:
    """Whether one of `heuristics` voted the block chrome (below 0): a veto of the lists made body."""
    return any(vote.value < 0 and vote.heuristic in heuristics for vote in block_votes)


def _widen_to_lists(
    page: SegmentedPage,
    region: range,
    votes: Sequence[Sequence[Vote]],
    indexed: VoteIndex,
    settings: CombineSettings,
    *,
    labels: list[Label],
    decisions: list[str],
) -> None:
    """The lists the region leaves out, made body (in place; `indexed` holds the `votes`): on a sparse page every
    block but its vetoed chrome, on an HTML catalogue the records above its guide (`_records_above_region`)."""
    if _sparse(page, labels, settings):
        skip = _controls(page, settings.sparse_page_control_names)
        if settings.sparse_page_below_title:
            skip |= _above_title(page)
        _all_but_vetoed(votes, labels=labels, decisions=decisions, vetoes=settings.sparse_page_vetoes, skip=skip)
    elif page.has_dom and settings.records_above_region and not _opens_under_headline(page, region, settings):
        for index in _records_above_region(region, votes, indexed, settings, labels):
            labels[index], decisions[index] = _BODY, "record_above_region"


def _opens_under_headline(page: SegmentedPage, region: range, settings: CombineSettings) -> bool:
    """Whether `region` holds the page's headline or starts within `headline_window` blocks under it: an article's
    or a document's region, which its headline opens."""
    headline = page.headline
    return headline is not None and headline < region.stop and region.start <= headline + 1 + settings.headline_window


def _records_above_region(
    region: range,
    votes: Sequence[Sequence[Vote]],
    indexed: VoteIndex,
    settings: CombineSettings,
    labels: list[Label],
) -> list[int]:
    """Above `region`, the chrome record lines of a long list, but those one of `sparse_page_vetoes` votes chrome:
    the blocks to make body (`indexed` holds the `votes`; none where the list is short).

    A catalogue's page often holds a buyer's guide under its grid of products: the guide, written
    in sentences, is the region found, and the cards above it (a name, a price, a rating, each
    line short) score as chrome. Where `record_list_min_blocks` lines or more above the region
    are voted records (`record_heuristics`), the grid is the page's content as much as the guide
    is, as on a sparse page, whose vetoes keep its menus, facets and footer out. Not on a page
    whose region its headline opens (`_opens_under_headline`): above an article or a document
    stand its site's menus and tables of contents, which read as records too. Records below the
    region are not taken: under a guide or a post they are other products or stories.
    """
    if not _holds_record_list(indexed, settings):
        return []
    records, vetoes = frozenset(settings.record_heuristics), frozenset(settings.sparse_page_vetoes)
    found = [
        index
        for index in range(region.start)
        if labels[index] is _CHROME
        and any(vote.value > 0 and vote.heuristic in records for vote in votes[index])
        and not _voted_chrome(votes[index], vetoes)
    ]
    return found if len(found) >= settings.record_list_min_blocks else []


def _short_blocks_follow_neighbours(
    page: SegmentedPage, scores: list[float], labels: list[Label], decisions: list[str], settings: CombineSettings
) -> None:
    """A short block takes the label its nearest longer neighbours share (jusText's context pass).

    Short blocks carry too little text to judge on their own: a subheading or a date between
    two paragraphs is body, the same line amid menu items is chrome. Where the neighbours
    disagree the block keeps its own label; the page edges count as chrome. A short block
    whose own votes are sure it is chrome (a score under `context_sure_chrome_score`: an image
    credit, a "Report" or "Share" link between paragraphs) stays chrome between body
    neighbours, as jusText's context pass leaves the blocks its rules found bad. So does, on
    an HTML page, a one-off short block (see `_one_off_blocks`). Updates `labels` and
    `decisions` in place, one stretch of short blocks at a time, in a compiled pass.

    A stretch of `context_list_min_blocks` short blocks or more between two body blocks that
    both end like sentences keeps its own labels: so many short lines in a row are a list of
    their own (a grid's names and blurbs, a filter's options, a tab strip, a spec table's field
    names), not a line or two of the prose around them, and their own votes judge them better
    than two paragraphs do. Between lists' items, records or headings (neighbours that are no
    sentences) a long stretch still follows: it is more of the same list. WCXB-dev HTML F1
    0.88344 -> 0.88356 (39 pages up on 38 sites, by up to 0.034; 19 down on 18 sites, by up to
    0.016: a review's spec rows, a reference page's member names), text 0.83801 -> 0.83826 (78
    up, 24 down); ScrapingHub text 0.94441 -> 0.94452; ScrapingHub HTML and the fixtures
    unchanged. 8 to 10 blocks gained alike, 12 less (0.88349), 6 lost (0.88341); any long
    stretch keeping its labels, whatever its neighbours, lost (0.88297), and so did a short
    non-heading line between two paragraphs of different DOM contexts (0.88341).
    """
    most = settings.context_max_words
    rules = _neighbour_rules(most)
    before = (labels.copy(), decisions.copy()) if page.has_dom else None
    held = _one_off_blocks(page, most, settings.context_one_off_tags) if page.has_dom else None
    longest = settings.context_list_min_blocks
    terminal = page.ends_with_terminal if longest is not None else None
    short_blocks_follow(
        page.words,
        scores,
        labels,
        decisions,
        most,
        settings.context_sure_chrome_score,
        _CHROME,
        rules,
        held,
        terminal,
        longest or 1,
    )
    if before is not None:
        _section_ends_stay_chrome(page, most, before, labels, decisions)


def _one_off_blocks(page: SegmentedPage, most: int, tags: Collection[str]) -> frozenset[int]:
    """The short blocks (`most` words or fewer) of `tags` that the page writes once: their DOM context (tag,
    heading level, semantic containers and named ancestors: `SegmentedPage.templates`) and their text
    appear nowhere else on the page, and they do not end with a colon.

    The body's short lines share its paragraphs' or its list's context, or repeat as a record's
    fields do ("Brand New" on every card of a grid of cards whose names are each their own); a
    context written for one short line between paragraphs is a widget's ("Expand", "Advertisement",
    "Learn more" under a blurb, a rating's "4.3"). A line ending with a colon introduces what follows
    ("Don't Miss:", "Ingredients:"). Such blocks stay chrome between body neighbours. WCXB-dev HTML
    0.88234 -> 0.88244 (121 pages up, 30 down; forum 0.8365 -> 0.8370, collection 0.7110 ->
    0.7117, listing 0.7356 -> 0.7347: a library guide's links, each in a box of its own), the
    fixtures' HTML 0.91547 -> 0.91704; ScrapingHub and text pages unchanged. Every tag but headings
    gained less (0.88242: a document's one-off table cells and code lines are its body), and without
    the text or the colon test lost a grid's card fields and ScrapingHub's "Don't Miss:" lead-ins.
    """
    if not tags or not page.templates:
        return frozenset()
    templates = page.templates
    # The last index of each context, counted and indexed at C speed: a context used once is at its last index.
    last = dict(zip(templates, range(len(templates)), strict=True))
    words, repeats, texts, block_tags = page.words, page.repeats, page.texts, page.tags
    return frozenset(
        index
        for template, uses in Counter(templates).items()
        if uses == 1
        and words[index := last[template]] <= most
        and repeats[index] == 1
        and block_tags[index] in tags
        and not texts[index].rstrip().endswith(":")
    )


# Blocks that are items of a list, a table, a definition list or a code listing: their neighbours are their
# list's, whatever follows it.
_ITEM_TAGS = frozenset({"li", "td", "th", "dt", "dd", "pre"})


def _section_ends_stay_chrome(
    page: SegmentedPage, most: int, before: tuple[list[Label], list[str]], labels: list[Label], decisions: list[str]
) -> None:
    """On an HTML page, a short chrome block that ends a section keeps its label and decision from `before` (in place).

    Ends a section: the next block longer than a short one (`most` words) is a heading element.
    A section's content ends with its paragraphs; a short line between them and the next
    heading, outside any list or table, is what a template appends to them: a call to action
    ("Try Duolingo", "Check their rates", "$65 at 1stDibs", "Learn more"), a card's price or
    button under its blurb. The short blocks' context pass made it body for the paragraph above
    and the heading below. WCXB-dev HTML F1 0.88117 -> 0.88140 (84 pages up, 21 down by up to
    0.095; service 0.8508 -> 0.8516, collection 0.7049 -> 0.7062, listing 0.7335 -> 0.7338,
    product 0.6517 -> 0.6520); ScrapingHub, text pages and the fixtures unchanged. A heading of
    `most` words or fewer ending the stretch too gained more on WCXB-dev (0.88154) but cost
    ScrapingHub 0.00002 and the fixtures 0.0009 (a forum poster's name above a post's short
    title); a linked line kept chrome between two paragraphs as well cost the fixtures 0.0023.
    """
    was_labels, was_decisions = before
    blocks, words, levels, tags = len(labels), page.words, page.heading_levels, page.tags
    following = 0
    for index in range(blocks):
        if labels[index] is not _BODY or was_labels[index] is not _CHROME:
            continue
        if levels[index] or tags[index] in _ITEM_TAGS:
            continue
        following = max(following, index + 1)
        while following < blocks and words[following] <= most:
            following += 1
        if following < blocks and levels[following]:
            labels[index], decisions[index] = _CHROME, was_decisions[index]


@cache
def _neighbour_rules(most: int) -> dict[Label, str]:
    """The decision of a short block of `most` words or fewer that takes each label from its neighbours, made
    once for each setting: iterating the labels and formatting their rules cost a page 13,000 instructions."""
    return {label: f"words<={most}&neighbours_{label.value}" for label in Label}


def _dom_parts_follow_body(
    page: SegmentedPage,
    region: range,
    votes: Sequence[Sequence[Vote]],
    settings: CombineSettings,
    *,
    labels: list[Label],
    decisions: list[str],
) -> None:
    """On an HTML page, the parts of the body that the DOM groups (a section under its heading, a list, a
    template's records) are body whole, each rule as the settings turn it on (in place; `votes` one list per
    block)."""
    if settings.headings_between_body:
        _headings_between_body(page, labels, decisions)
    if settings.headings_over_body_outside_region:
        _headings_over_body(page, region, settings, labels, decisions)
    if settings.list_items_between_body:
        _list_items_between_body(page, labels, decisions)
    # A page built by hand with DOM columns may lack the templates' numbers: it gets no such pass.
    if settings.template_min_blocks is not None and page.templates:
        _templated_blocks_follow_body(
            page, votes, settings, settings.template_min_blocks, labels=labels, decisions=decisions
        )


def _headings_between_body(page: SegmentedPage, labels: list[Label], decisions: list[str]) -> None:
    """A heading element between two body blocks is body: it heads the section that follows (in place).

    An article's subheadings score low (short, no sentence, often in an element of their own
    named unlike the paragraphs) and longer ones escape the short blocks' context pass, though
    the section they head is body and the gold standards keep them; jusText's context pass
    keeps a heading near good text for the same reason. Between body blocks only: a video
    rail's or a teaser list's headings run one after the other, chrome on either side of each.
    Run in reading order, so a heading under an upgraded one may follow it. The vetoes apply
    after it. WCXB-dev HTML F1 0.86274 → 0.86320 (up on 87 pages, down on 35 by at most
    0.010), ScrapingHub 0.97656 → 0.97664, the fixtures and text pages unchanged; within the
    region alone 0.86316, and runs of up to two headings 0.86318. Every heading a short
    block's length or longer taking its neighbours' label instead cost ScrapingHub 0.0015: a
    video rail between two paragraphs became body.
    """
    headings = compress(count(), page.heading_levels)
    between_body(headings, labels, decisions, _BODY, _CHROME, "heading&neighbours_body")


def _headings_over_body(
    page: SegmentedPage, region: range, settings: CombineSettings, labels: list[Label], decisions: list[str]
) -> None:
    """A heading element right above a body block that is no heading is body, where both are outside `region`
    or where the two stand near in the DOM: it heads the section that block opens (in place).

    Outside the region a block is body at `outside_min_score` (0.95), which a heading, short and
    without a sentence, seldom scores: a section that its text's own scores keep there (a service
    page's other offers, a listing's items under their titles, a shop's product notes) lost its
    heading, which the gold keeps with it. Where the block above is body too,
    `_headings_between_body` has taken it already. WCXB-dev HTML F1 0.88344 -> 0.88371 (60 pages
    up, services and listings most, by up to 0.059; 32 down, by 0.048 at most, where the text under
    the heading was chrome kept already: a teaser's excerpt, a job board's cards); ScrapingHub, the
    fixtures and text pages unchanged. Over a heading made body here too, a section's heading over its
    subheading, gained as many pages as it lost.

    Over the region's first block, which the region's search left the heading out of (short, it
    scores under the region's threshold), and inside the region under a block of chrome (a button,
    a picture's caption, a section's last line), the heading is body where the two stand near in the
    DOM: at most `heading_over_body_max_steps` (3) named elements between them and the innermost
    named element that holds both. A service page's sections are each a heading over a sentence or
    two, and the region, opening at the first sentence, left its heading out; a review's "Pros" and
    "Product Specs" and a firm's list of services follow a picture or a button. A rail's or a
    gallery's title over a story's first paragraph, a video's title embedded in a story, and a forum
    post's "Re: …" subject stand in another part of the page, four named elements or more from the
    text below them (over any first block, ScrapingHub HTML lost 0.00017 on six stories; over any
    block in the region, 0.00011 on two). In the region, not under another heading: a rail of
    headlines one after the other heads no text (0.00001 on WCXB-dev). Over the first block,
    WCXB-dev HTML F1 0.88505 -> 0.88517 (49 pages up, 14 of them service pages and 18 articles, by
    up to 0.024; 14 down, by 0.012 at most, a "Note:" or a table of contents' label over an
    article's first paragraph), the fixtures 0.92667 -> 0.92707 (a manual's first section heading);
    inside the region too, 0.88517 -> 0.88527 (22 pages up, by up to 0.067, 8 down by 0.002 at
    most); in all, service pages 0.8591 -> 0.8597, 65 pages up (18 service pages, 25 articles) and 21
    down; ScrapingHub and text pages unchanged. At most 2 apart gained 0.00014 in all, 4 as 3 but
    lost ScrapingHub 0.00007.
    """
    levels, steps = page.heading_levels, settings.heading_over_body_max_steps
    for index in compress(range(len(labels) - 1), levels):
        if labels[index] is not _CHROME or labels[index + 1] is not _BODY or levels[index + 1]:
            continue
        if index not in region and index + 1 not in region:
            labels[index], decisions[index] = _BODY, "heading&over_body_outside_region"
        elif (
            steps is not None
            and (index + 1 == region.start or index == 0 or not levels[index - 1])
            and _steps_apart(page.chains_of_names, index, index + 1) <= steps
        ):
            labels[index], decisions[index] = _BODY, "heading&over_nearby_body"


def _steps_apart(chains: Sequence[tuple[frozenset[str], ...]], first: int, second: int) -> int:
    """How many named elements stand between two blocks and the innermost named element that holds both."""
    shared = len(_shared_prefix([chains[first], chains[second]]))
    return len(chains[first]) + len(chains[second]) - 2 * shared


def _text_headings_between_body(
    page: SegmentedPage, scores: list[float], settings: CombineSettings, *, labels: list[Label], decisions: list[str]
) -> None:
    """On a text page, a line shaped like a heading between two body blocks is body (in place).

    A text page has no heading elements for `_headings_between_body` to find, so its
    subheadings are known by their shape: `text_heading_max_words` words or fewer, not ending
    like a sentence. They score low as the HTML ones do (short, title-cased, no sentence), and
    those longer than a short block escape the short blocks' context pass. Unless their own
    votes are sure they are chrome (`context_sure_chrome_score`, as for short blocks): a
    forum's "Quote · Reply" or a post's date between two posts. WCXB-dev text F1 0.83174 →
    0.83242 (162 pages up, 107 down, by at most 0.05; articles gained most), ScrapingHub
    0.93609 → 0.93630, the fixtures 0.87334 → 0.87265 (a blog's "Profile" label between its
    article's end and its author's blurb). Up to 8 words gained less (WCXB-dev 0.83223); up to
    20 as much, but ScrapingHub lost 0.0005; a heading made body only above a line ending like
    a sentence gained less (0.83206). On HTML pages the same shapes beyond the heading elements
    cost ScrapingHub 0.0002 (an article's lines set as paragraphs between others).
    """
    most, sure_chrome = settings.text_heading_max_words, settings.context_sure_chrome_score
    if most is None:
        return
    headings = heading_shaped(page.words, page.ends_with_terminal, scores, most, sure_chrome)
    between_body(headings, labels, decisions, _BODY, _CHROME, "heading_shape&neighbours_body")


def _list_items_between_body(page: SegmentedPage, labels: list[Label], decisions: list[str]) -> None:
    """A list item between two body items of the same list is body: a list is one piece of content (in place).

    The same list: a run of consecutive ``<li>`` in one DOM context (semantic containers and
    class/id names). An article's bulleted list mixes long items with short, unpunctuated ones
    that score low but are no less its content, so every item between the list's first body
    item and its last is body. WCXB-dev HTML F1 0.86320 → 0.86336 for an item between two body
    neighbours (up on 28 pages, down on 9 by at most 0.002), 0.86347 for any item between two
    body items of its list (16 pages more up, 4 down by at most 0.013); ScrapingHub, the
    fixtures and text pages unchanged. Table cells and definition lists as well changed nothing
    more, and any block between two body blocks of its own tag and context cost ScrapingHub
    0.00007 (a teaser headline set as a paragraph between two of an article's).
    """
    for run in item_runs(page.tags, page.containers, page.class_tokens, _LIST_ITEM):
        body = [index for index in run if labels[index] is _BODY]
        for index in range(body[0] + 1, body[-1]) if body else ():
            if labels[index] is _CHROME:
                labels[index], decisions[index] = _BODY, "li&neighbours_body"


def _templated_blocks_follow_body(
    page: SegmentedPage,
    votes: Sequence[Sequence[Vote]],
    settings: CombineSettings,
    min_blocks: int,
    *,
    labels: list[Label],
    decisions: list[str],
) -> None:
    """Blocks of one DOM template, most of whose words are body, are body all (in place).

    A template writes its records alike: every card of a grid, every post of a thread, every
    paragraph of an article's body comes out as a block of one DOM context
    (`SegmentedPage.templates`: the same tag, heading level, semantic containers and named
    ancestors). On the development pages such sets of `min_blocks` or more are either content or
    chrome nearly whole (of their words, over nine tenths are gold in most sets, or under a
    tenth), so a member that its own votes call chrome (a short item, a record's one line
    without a sentence) while `min_share` of the set's words are body is body as well. Only that
    way: a set mostly chrome holds the article's short lines as often as a menu's long ones.
    WCXB-dev HTML F1 0.86569 → 0.86691 (every page type up, listings and collections most,
    +0.005 each), ScrapingHub 0.97710 → 0.97729, the fixtures unchanged; 3 to 6 blocks and
    shares of 0.5 to 0.7 gained within 0.0003 of that. Made chrome as well where the set is
    mostly chrome, the rule gained less (+0.0012 on WCXB-dev) and lost collections 0.005. The
    vetoes apply after it.

    A member that one of `template_held_votes` votes -1 stays as it was: the main container's
    vote that it stands outside the article a known headline opens (a product grid or a
    podcast rail under a post, a code sample's template reused by the site's guide beside it),
    where the set's body is the article's and the member repeats its template elsewhere.
    WCXB-dev HTML F1 0.88298 -> 0.88301 (8 pages up on 8 sites, by up to 0.021; 1 down by
    0.0045, a listing whose "Comments (1 posted)" lines its gold keeps).
    """
    rule, held = "template&mostly_body", settings.template_held_votes
    # The decisions before the pass, copied only where a held member will take its own back.
    before = decisions.copy() if held else decisions
    min_share = settings.template_body_min_share
    follow_template_body(page.templates, page.words, labels, decisions, _BODY, _CHROME, min_blocks, min_share, rule)
    # Few blocks are made members' body: only their votes are read.
    for index in [index for index, decision in enumerate(decisions) if decision == rule] if held else ():
        if any(vote.value <= -1.0 and _held_by(vote, held) for vote in votes[index]):
            labels[index], decisions[index] = _CHROME, before[index]


def _held_by(vote: Vote, entries: tuple[str, ...]) -> bool:
    """Whether one of `entries` ("heuristic:reason beginning") names `vote`'s heuristic and the beginning of its
    reason."""
    return any(
        vote.heuristic == heuristic and vote.reason.startswith(beginning)
        for heuristic, _, beginning in (entry.partition(":") for entry in entries)
    )


def _outside_main_element(page: SegmentedPage, region: range, labels: list[Label], decisions: list[str]) -> None:
    """Where `region` reaches into the page's ``<main>`` element, a body block outside both is chrome (in place).

    HTML5's ``<main>`` is the page's own word on where its main content stands, and the
    template writes its masthead, menus, promotions and footer around it. Once the region
    found from the votes lies in that element, the page and the votes agree, and a block that
    stands outside both came in by a rule that reads no DOM: a promotion or a shipping notice
    scoring as prose outside the region (`outside_min_score`), a short line taking its
    neighbours' label, a sparse page widened to all its blocks. Of the words of such blocks on
    WCXB-dev, the gold holds 12 to 17%; of the chrome outside ``<main>``, 1%. The region's own
    blocks stay as found: those outside ``<main>`` are mostly gold (70 to 80% of their words).
    Run after every pass that may make a block body, so that none brings such a block back.
    WCXB-dev HTML F1 0.87305 → 0.87342 (23 pages of 21 sites up, by up to 0.11 in precision,
    products, collections and service pages most, none down; three lost up to 0.04 in recall and
    gained more in precision); ScrapingHub, the fixtures and text pages unchanged. Made chrome
    before the sparse test instead, the rule gained 0.00024: a page it made sparse was widened
    again.
    """
    # Blocks share their containers' sets: test each distinct one once.
    inside = {containers for containers in set(page.containers) if _MAIN in containers}
    if not inside or not any(page.containers[index] in inside for index in region):
        return
    for index, containers in enumerate(page.containers):
        if labels[index] is _BODY and containers not in inside and index not in region:
            labels[index], decisions[index] = _CHROME, "outside_main&out_of_region"


def _later_copies(page: SegmentedPage, settings: CombineSettings, labels: list[Label], decisions: list[str]) -> None:
    """A body block of `later_copy_min_words` or more that repeats the text of a body block above it is chrome (in
    place; None keeps every copy).

    A page that writes a passage twice holds it once: the mobile and the desktop layouts each
    carry the product's description, a carousel clones its slides, a landing page repeats its
    pitch in a sticky banner. The copy adds no word to the body. On HTML, a copy written by the
    same DOM context as the block it repeats is another record of one template, as a recipe's
    rows or a table's cells are, and stays; a copy from another context is the passage rendered
    again. On a text page, where no context tells the two apart, a copy is chrome at this length.
    `duplicate_copy` finds whole articles written twice, and votes, before any label is known;
    this pass runs last, over the body as found. WCXB-dev HTML F1 0.87354 → 0.87497 (100 pages up,
    42 down: tabbed documentation and carousels whose gold keeps every copy), text 0.83507 →
    0.83540 (115 up, 69 down); ScrapingHub HTML 0.97809 → 0.97894 (2 up, none down), text 0.94421
    → 0.94435; the fixtures unchanged. From 8 to 12 words the gain is the same, at 20 ScrapingHub's
    is gone; copies from the same DOM context dropped too cost ScrapingHub HTML 0.0004 (a meal
    plan's rows repeat), and a context read as containers and class names alone instead of the
    template gained WCXB-dev 0.0004 more and ScrapingHub 0.0008 less.

    A copy held by a list item or a table cell (`later_copy_record_tags`) stays: the plans of a
    pricing table each list the features they share, a list of services restates a line the
    page's summary holds, and the gold keeps every record. WCXB-dev HTML F1 0.88331 → 0.88346
    (8 pages up, 2 down: a changelog written twice in a forum post), the rest unchanged.

    A copy in a tab panel that does not hold its original (`SegmentedPage.panels`) stays too: a
    guide shows the same step for each language or platform in a panel of its own, one in sight
    at a time, and each panel reads whole; the gold keeps every panel. WCXB-dev HTML F1 0.88403 →
    0.88413 (3 pages up: two guides' language tabs, a service's tabbed help; none down), the rest
    unchanged.
    """
    repeated, min_words = page.repeated_lines, settings.later_copy_min_words
    if min_words is None or not repeated:
        return
    fingerprints, words = page.fingerprints, page.words
    templates, tags = (page.templates, page.tags) if page.has_dom else (None, None)
    panels = page.panels
    records = settings.later_copy_record_tags
    first_body: dict[str, int] = {}
    for index in repeated:
        if labels[index] is not _BODY or words[index] < min_words:
            continue
        original = first_body.setdefault(fingerprints[index], index)
        if tags is not None and tags[index] in records:
            continue
        if panels and panels[index] and panels[index] != panels[original]:
            continue
        if original != index and (templates is None or templates[original] != templates[index]):
            labels[index], decisions[index] = _CHROME, "later_copy_of_body"


def _prose_blocks(page: SegmentedPage, region: range, settings: CombineSettings) -> int:
    """How many lines of running prose the blocks of `region` hold."""
    prose = page.prose_lines(settings.prose_min_words, settings.prose_min_stopword_share)
    return flags_set(prose, region.start, region.stop)


def _anchored_run(page: SegmentedPage, margins: list[float], starts: range | None, settings: CombineSettings) -> range:
    """The best run beginning in `starts` if it holds its share of the best run anywhere, else that one.

    The run under the headline wins as well where the best run lies wholly below it and it
    holds `headline_run_min_prose_lines` of prose: the article, and under it the longer
    comment thread or list of other stories.
    """
    free = best_run(margins)
    if starts is None:
        return free
    anchored = best_run_starting_in(margins, starts)
    if sum(margins[anchored.start : anchored.stop]) >= settings.headline_run_share * sum(
        margins[free.start : free.stop]
    ):
        return anchored
    min_prose = settings.headline_run_min_prose_lines
    if min_prose is not None and free.start >= anchored.stop and _prose_blocks(page, anchored, settings) >= min_prose:
        return anchored
    return free


def _holds_record_list(votes: VoteIndex, settings: CombineSettings) -> bool:
    """Whether a record heuristic voted body on `record_list_min_blocks` blocks or more: the lines of a long record
    list."""
    least = settings.record_list_min_blocks
    return blocks_voted(votes, frozenset(settings.record_heuristics), 0.0, least) >= least


def _main_region(
    page: SegmentedPage,
    margins: list[float],
    settings: CombineSettings,
    votes: VoteIndex,
    names_an_article: bool,
) -> range:
    """The blocks of the main content region, the maximum-sum run of margins.

    The page's kind decides what a chrome block costs the run. Where the run found at
    `region_chrome_cost` holds a prose body (`prose_body_min_blocks` lines of running text)
    the page is an article and that run stands. Where it holds less, the page is built of
    records (forum posts, listing cards, spec rows) whose short meta lines (author, date,
    price, "Reply") sit between every two pieces of content; the run is searched again at
    `structured_chrome_cost`, so those lines no longer cut the records apart. Where the page
    also holds a long record list (`record_list_min_blocks` lines voted records), a card's
    labels ("Vendor:", "Sold out", the brand, the unit price) outnumber its own lines, and
    cost `record_chrome_cost` instead. So they do on a text page that names no article and
    holds such a list beside its prose (a catalogue over its buyer's guide, a reference's
    parameters under its description), and on any page that names no article whose region's
    prose lines stand among many more short labels (`catalogue_min_labels_per_prose_line`): a
    service page's features, each a heading, a blurb and a button.

    A prose run on a text page whose thread is its content (a forum's: a vote of 0 of
    `thread_heuristics`) may hold the opening post alone, as each reply's member card (name,
    rank, post count, date) costs more than its one or two lines of prose earn: it is searched
    again at `thread_chrome_cost`. Text F1 on WCXB-dev 0.83622 → 0.83659 (forums 0.6828 →
    0.6850; eight threads of seven sites up, by 0.08 at most, five down, Q&A sites most, by 0.04
    at most); ScrapingHub, whose readers' threads follow articles, unchanged. The structured
    cost (1.0) gained less, as the members' cards came with the replies; so did 1.25 and 1.75.
    """
    starts = None
    if page.headline is not None and settings.headline_window:
        # A text page's run may start at its headline itself, whose margin carries the standfirst
        # and byline under it into the article; on HTML the DOM context brings them back instead.
        first = page.headline + 1 if page.has_dom else page.headline
        starts = range(first, min(page.headline + 1 + settings.headline_window, len(margins)))
    region = _anchored_run(page, costed(margins, settings.region_chrome_cost), starts, settings)
    prose = _prose_blocks(page, region, settings)
    if prose >= settings.prose_body_min_blocks:
        catalogue = not names_an_article and (
            _among_labels(page, region, prose, settings) or (not page.has_dom and _holds_record_list(votes, settings))
        )
        if catalogue:
            cost = settings.record_chrome_cost
        elif not page.has_dom and _thread_is_the_content(votes, settings):
            cost = settings.thread_chrome_cost
        else:
            return region
    else:
        records = _holds_record_list(votes, settings)
        cost = settings.record_chrome_cost if records else settings.structured_chrome_cost
    return _anchored_run(page, costed(margins, cost), starts, settings)


def _among_labels(page: SegmentedPage, region: range, prose: int, settings: CombineSettings) -> bool:
    """Whether `region`'s `prose` lines stand among `catalogue_min_labels_per_prose_line` times as
    many labels: lines of 2 to 10 words that do not end like a sentence (headings, buttons, prices)."""
    least = settings.catalogue_min_labels_per_prose_line
    if least is None or not prose:
        return False
    labels = sum(2 <= page.words[index] <= _LABEL_MAX_WORDS and not page.ends_with_terminal[index] for index in region)
    return labels >= least * prose


def _grown_in_context(page: SegmentedPage, region: range, max_link_share: float) -> range:
    """`region` grown at each end over the blocks that share its end block's DOM context.

    A block joins while at most `max_link_share` of its characters are link text; the first
    that shares the context no more, or is a link list, stops the growth at that end.
    """

    def joins(index: int, context: tuple[frozenset[str], frozenset[str]]) -> bool:
        same_context = (page.containers[index], page.class_tokens[index]) == context
        return same_context and page.link_chars[index] <= max_link_share * len(page.texts[index])

    if not region:
        return region
    start, stop = region.start, region.stop
    first = (page.containers[start], page.class_tokens[start])
    while start > 0 and joins(start - 1, first):
        start -= 1
    last = (page.containers[stop - 1], page.class_tokens[stop - 1])
    while stop < len(page) and joins(stop, last):
        stop += 1
    return range(start, stop)


def strongest_negative_reason(votes: Sequence[Vote], settings: CombineSettings) -> str:
    """``heuristic:reason`` of the vote among a block's `votes` that pulled its score down most (after weighting)."""
    negative = [vote for vote in votes if vote.value < 0]
    if not negative:
        return "(no negative vote)"
    strongest = min(negative, key=lambda vote: settings.weight(vote.heuristic) * vote.value)
    return f"{strongest.heuristic}:{strongest.reason}"
