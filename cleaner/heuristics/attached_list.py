"""Attached lists: a list or table introduced by a paragraph of prose belongs to that prose.

Feature bullets under a product description, the steps under a recipe's introduction, the
options under a documentation paragraph, a table under the sentence that announces it:
flattened to text they are short lines on consecutive lines, the shape of a menu, and the
shape and paragraph votes call them chrome. What a menu lacks is an introduction: a run of
lines that starts right after a paragraph of running prose, with items of several words
each, is the paragraph's own list (HTML extractors read the same from a `ul` inside the
article's container; this is that signal without the DOM). So is a run under a heading that
itself stands just under such a paragraph: "Ingredients" under a recipe's introduction and
its line of servings, "Required documents" under a service's description. The heading is a
short line standing as a paragraph of its own, not ending like a sentence and calling to no
action ("Share this" heads a share bar), at most `heading_max_blocks_after_prose` blocks
below the prose; a menu's heading stands under the site's name, not under prose. A heading
as close under an attached list heads the article's next section, whose list is attached
too: the months of a checklist, the weeks of a training plan, each a heading and its items.

Defaults, measured on WCXB-dev, ScrapingHub and the fixtures: the introduction is a prose
line of at least 20 words (ending like a sentence, a function-word share of at least 0.2)
or a lead-in that ends with a colon ("You will need:"), unless it is a call to action ("Share
this:", "Follow us:"), whose list is a share bar;
the run has at least 2 items, averaging at least 3.4 words (menus average one or two; a
recipe's ingredients, "3 eggs", "20 cl of cream", "100 g of grated cheese", three or four), none
over 30 words (`item_max_words`); and a run that starts after the article's last paragraph is
not voted, since that is where teaser lists stand (the `record_list` guard). A list's items
may run longer, up to `long_item_max_words` (60): a service's deliverables, a product's
features, each a sentence or two. Not where a line of the run is written twice, as each card's
"Learn more" under a bio in a strip of team cards, and not on HTML unless each long line is a
list item (``li``): a table's rows and the lines of a comment come in runs too. Measured: text
F1 on WCXB-dev 0.82113 → 0.82198, ScrapingHub 0.93473 → 0.93572; HTML WCXB-dev 0.85681 →
0.85694; fixtures unchanged. Without the test of repeated lines, team cards went to the body
(ScrapingHub text +0.0003 only); without the list-item test on HTML, tables and comment
threads did (HTML WCXB-dev −0.0005, ScrapingHub −0.0009); a cap of 45 gained less, one of 90
about as much.

On HTML pages the vote goes to the lines of a run that a list item, a table cell, a paragraph,
a heading or preformatted text holds, not to loose text in a generic container (a ``div``, a
``figcaption``, a form's parts): of the words the vote went to on WCXB-dev, 92% were gold in
list items, 73% in table cells and paragraphs, 40% in ``div``s and 20% in captions, where
it took in the comments under a Q&A site's answers, their dates and the answerers' badges.
ScrapingHub HTML F1 0.97735 → 0.97757 (four stories up, none down); WCXB-dev +0.00001 (63
pages up, Q&A threads most, 16 down, shops' product cards most, by 0.18 at most); the
fixtures unchanged. Voting no line of a run most of whose lines are loose text scored
ScrapingHub +0.0003 but WCXB-dev −0.0001.

On HTML pages a run more than `max_link_share` (0.5) of whose characters are link text is a
list of links, such as the "Related" stories an article embeds after a paragraph, and is not
voted: on ScrapingHub every page this changed gained, and on WCXB-dev articles and services
gained more than listings, whose links are their content, lost. Unless a sentence leads into
it, `linked_lead_in_min_words` (4) words or more ending with a colon and calling to no action:
"Many patches were sent for review:" over the patches' titles, each linked to its thread, where
an embed of other stories is headed by a label ("Related:", "Read more:"). HTML F1 on WCXB-dev
0.86763 → 0.86765 (seven pages up, by 0.012 at most, two down by 0.001); ScrapingHub and the
fixtures unchanged.

Items averaging 3.4 words rather than 4: text F1 on WCXB-dev 0.83246 → 0.83294 (53 pages up, 47
down, by 0.14 at most), HTML 0.86702 → 0.86714, fixtures text 0.89988 → 0.90011 (a Q&A page's
list of options), ScrapingHub unchanged; 3.2 gained WCXB-dev more (text +0.0008) and lost
ScrapingHub text 0.0003, 3.6 gained less.

Measured, the lists under a heading: text F1 on fixtures 0.8599 → 0.8642, WCXB-dev 0.8118 →
0.8130, ScrapingHub 0.9305 → 0.9306; HTML F1 on WCXB-dev 0.8555 → 0.8557, the others
unchanged (on HTML the DOM context mostly finds these lists already). Headings of 4 to 8 words
and a reach of 2 or 3 blocks score alike. The next sections' lists: text WCXB-dev 0.81961 →
0.82001 (two wedding checklists, 0.44 and 0.46 up), HTML 0.85656 → 0.85663, the others
unchanged; letting a run directly under an attached list (a blank line apart) be attached as
well gained ScrapingHub 0.0002 on one page and lost WCXB-dev 0.0001.
"""

from __future__ import annotations

from cleaner.heuristics.base import BaseHeuristic, HeuristicSettings, register
from cleaner.heuristics.boilerplate_phrases import is_call_to_action
from cleaner.heuristics.record_list import prose_body_end
from cleaner.model import Vote
from cleaner.segment.page import SegmentedPage

# The elements that hold a list's, a table's or a text's lines. A line that a generic container
# (``div``, ``span``, a ``section``, a ``figcaption``, a form's ``legend``) holds as loose text is a
# widget's: a comment under an answer, a post's "answered Dec 26, 2012", a card's label.
_ITEM_TAGS = frozenset(
    ("li", "dd", "dt", "td", "th", "caption", "p", "pre", "code", "blockquote", "address", "figure",
     "h1", "h2", "h3", "h4", "h5", "h6")
)  # fmt: skip


class AttachedListSettings(HeuristicSettings):
    min_items: int = 2
    item_max_words: int = 30
    long_item_max_words: int = 60
    mean_item_min_words: float = 3.4
    intro_min_words: int = 20
    intro_min_stopword_share: float = 0.2
    heading_max_words: int = 6
    heading_max_blocks_after_prose: int = 2
    prose_body_min_blocks: int = 2
    max_link_share: float = 0.5  # HTML: of a run's characters in links; more, and it is a list of links
    linked_lead_in_min_words: int = 4  # HTML: a lead-in this long makes a list of links its own


@register
class AttachedList(BaseHeuristic[AttachedListSettings]):
    name = "attached_list"
    Settings = AttachedListSettings

    def vote(self, page: SegmentedPage) -> list[Vote | None]:
        s = self.settings
        votes: list[Vote | None] = [None] * len(page)
        prose = page.prose_lines(s.intro_min_words, s.intro_min_stopword_share)
        article_end = prose_body_end(page, s.prose_body_min_blocks, s.intro_min_words, s.intro_min_stopword_share)
        vote = self.cast(1.0, "list_after_prose")
        attached = [False] * len(page)
        # On HTML, the lines the elements of running text hold (see _ITEM_TAGS); on text, every line.
        tags, has_dom = page.tags, page.has_dom
        # Most runs are a paragraph alone, too few items for a list: only the longer ones are read.
        for run in page.line_runs(s.min_items):
            if (
                0 < run.start < article_end
                and self._is_introduced(page, prose, attached, run.start - 1)
                and self._is_list(page, run)
                and (not self._is_link_list(page, run) or self._is_lead_in(page, run.start - 1))
            ):
                for index in run:
                    if not has_dom or tags[index] in _ITEM_TAGS:
                        votes[index] = vote
                attached[run.start : run.stop] = [True] * len(run)
        return votes

    def _is_introduced(self, page: SegmentedPage, prose: tuple[bool, ...], attached: list[bool], before: int) -> bool:
        """Whether the block `before` a run introduces it: prose, a lead-in, or a heading just under prose.

        A lead-in ends with a colon; neither it nor the heading calls to action. A heading just
        under an attached list (`attached`, the runs found so far) heads the next section of the
        same article.
        """
        s = self.settings
        if prose[before]:
            return True
        text = page.texts[before]
        if _leads_in(text):
            return True
        above = slice(max(before - s.heading_max_blocks_after_prose, 0), before)
        return (
            page.words[before] <= s.heading_max_words
            and page.blank_before[before]
            and not page.ends_with_terminal[before]
            and (True in prose[above] or True in attached[above])
            and not is_call_to_action(text)
        )

    def _is_lead_in(self, page: SegmentedPage, before: int) -> bool:
        """Whether the block `before` a run is a sentence that leads into it: `linked_lead_in_min_words` words or
        more, ending with a colon, calling to no action."""
        return page.words[before] >= self.settings.linked_lead_in_min_words and _leads_in(page.texts[before])

    def _is_link_list(self, page: SegmentedPage, run: range) -> bool:
        """More than `max_link_share` of the run's characters in links (HTML pages only)."""
        if not page.has_dom:
            return False
        characters = sum(map(len, page.texts[run.start : run.stop]))
        return sum(page.link_chars[run.start : run.stop]) > self.settings.max_link_share * characters

    def _is_list(self, page: SegmentedPage, run: range) -> bool:
        """Whether the lines of `run`, `min_items` or more (asked before), have the lengths of a list's items."""
        s = self.settings
        items = page.words[run.start : run.stop]
        longest = max(items)
        return sum(items) >= s.mean_item_min_words * len(items) and (
            longest <= s.item_max_words or (longest <= s.long_item_max_words and self._holds_long_items(page, run))
        )

    def _holds_long_items(self, page: SegmentedPage, run: range) -> bool:
        """Whether the items of `run` past `item_max_words` may still be a list's.

        Not where a line of the run is written twice (each card's "Learn more" under a bio),
        nor, on HTML, where a long one is not a list item (a table row, a comment's lines).
        """
        texts = page.texts[run.start : run.stop]
        if len(set(texts)) < len(texts):
            return False
        if not page.has_dom:
            return True
        limit = self.settings.item_max_words
        tags = page.tags[run.start : run.stop]
        return all(
            tag == "li" for tag, words in zip(tags, page.words[run.start : run.stop], strict=True) if words > limit
        )


def _leads_in(text: str) -> bool:
    """Whether a line leads into what follows it: it ends with a colon and calls to no action ("Share this:")."""
    return text.endswith(":") and not is_call_to_action(text)
