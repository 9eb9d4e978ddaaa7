"""Record lists: a line repeated at a steady stride frames the records of the main content.

Listings, product pages, forums and spec tables are built from records of one template:
a product card ("Ideal for:", a value, "Fabric content", a value, "Shop now"), a forum post
(author, date, text, "Reply"), a course card (name, blurb, "Read more"). Flattened to text,
the template's fixed label comes back once per record, every few lines, while what lies
between two labels is written once. This is the "repeating data region" signal of record
extraction (MDR, Liu, Grossman and Zhai, 2003; DEPTA), read off line fingerprints instead of
DOM subtrees, with MDR's two tests: the records of a region follow each other at a steady
stride, and they look alike (the same mix of line shapes: name, price, blurb, date).

A label may carry the record's own number ("#3", "Price: 12.50", "Jul 10, 2022", "4 min
read"): lines are compared with every number written as a word of its own masked, so such
lines frame the records as a fixed label does, and are voted with the records: those written
once each, and, where the template's values vary and all its lines lie inside the records, those
two records happen to share ("$15" on two cards of a grid). That took HTML F1 on WCXB-dev from
0.88168 to 0.88220 and text from 0.83730 to 0.83801 (ScrapingHub unchanged), with product grids'
prices won back and, lost, the card meta of a few grids the annotators left out. A number
glued to letters ("Card3", "4o") is part of a name and stays as it is.

A card often names its item twice (the image link and the heading), so its title comes back
a few lines later and nowhere else: such near pairs, at one offset, frame records as a label
does, and they are the record's own text, not a label.

The vote is positive for the record lines inside a region (written once, a near pair, or a
varying number)
and abstains on the labels, which `repeated_blocks` already calls chrome. Navigation repeats
whole runs, so a menu shown three times has no once-written lines to vote for. On a page
whose body is prose (at least two standalone paragraphs of running text), records that begin
after its last paragraph are a teaser list or "related stories", and get no vote; unless the
prose above them is an introduction (`introduction_max_prose_lines`, 2) and they are a long list
(`content_list_min_records`, 6): a collection's or a directory's grid under its blurb. That took
text F1 on WCXB-dev from 0.81707 to 0.81796 (HTML 0.85638 → 0.85630; ScrapingHub unchanged); an
introduction of four prose lines took in a news story's teaser list on ScrapingHub (−0.0006).

A card may lack its frame: a sold-out item has no "Add to Cart", so the stride over it is about
twice the median and would cut the grid in two runs, each maybe too short for a list. Where the
cards are short (a median stride of 2 to `missing_frame_max_median`, 4, lines), a stride within
`missing_frame_slack_blocks` (1) of twice the median is two records, the second starting halfway,
and the run goes on. Longer records are not bridged: between two forum posts or feature sections
such a gap is other content (bridging at any median took in a landing page's feature blocks and
lost on forums). That took HTML F1 on WCXB-dev from 0.88568 to 0.88613, with shop grids with
sold-out cards won back (text 0.83875 → 0.83873; ScrapingHub and the fixtures unchanged).

Defaults, measured on WCXB-dev and checked on ScrapingHub (news): four records make a list
(three let share bars and teaser trios through), a record spans 2 to 40 lines (a forum post
of a dozen paragraphs with its header), a label is at most 6 words, a stride may stray from
the region's median by 2 lines or half the median, neighbouring records share at least 60%
of their line shapes, and a near pair is at most 6 lines apart and 2 words long (one-word
pairs are icon-and-text share buttons).
"""

from __future__ import annotations

from pydantic import Field

from cleaner.heuristics.base import BaseHeuristic, HeuristicSettings, register
from cleaner.heuristics.line_passes import (
    label_frames,
    line_shapes,
    near_pairs,
    numbered_templates,
    prose_anchors,
    record_runs,
    shape_share,
)
from cleaner.model import Vote
from cleaner.segment.page import SegmentedPage

# What a number standing as a word of its own becomes in a label's template: "#", which no
# fingerprint holds.
_NUMBER_MASK = "#"
# Line length classes of a record's shape, by word count: label (up to 2 words), name (3-6),
# headline (7-15), sentence (16-40), paragraph. A line's shape is its class and whether it ends
# like a sentence (`line_shapes`).
WORD_BUCKETS = (2, 6, 15, 40)


class RecordListSettings(HeuristicSettings):
    min_records: int = Field(4, ge=2, description="records that make a list")
    label_max_words: int = 6
    record_min_blocks: int = 2
    record_max_blocks: int = 40
    stride_slack_blocks: int = 2
    stride_slack_share: float = 0.5
    min_shape_share: float = 0.6
    # A card whose frame is missing (a sold-out item without its cart button) leaves a stride twice the
    # median: bridged where the cards are short (a median of at most this many lines), within this slack.
    missing_frame_max_median: int = 4
    missing_frame_slack_blocks: int = 1
    pair_max_blocks: int = 6
    pair_min_words: int = 2
    prose_body_min_blocks: int = 2
    prose_min_words: int = 20
    prose_min_stopword_share: float = 0.2
    # Records after a prose body that are the page's content all the same: a list of this many
    # records under an introduction of at most so many prose lines (a collection's grid under its blurb).
    content_list_min_records: int = 6
    introduction_max_prose_lines: int = 2


@register
class RecordList(BaseHeuristic[RecordListSettings]):
    name = "record_list"
    Settings = RecordListSettings

    def vote(self, page: SegmentedPage) -> list[Vote | None]:
        s = self.settings
        pairs = self._near_pairs(page)
        # The labels and the numbered templates written too few times to frame a list are left out.
        labels = label_frames(page.repeated_places, page.words, s.label_max_words, s.min_records)
        numbered = [indices for indices in self._numbered(page).values() if len(indices) >= s.min_records]
        runs = record_runs(
            [*pairs.values(), *labels, *numbered],
            s.record_min_blocks,
            s.record_max_blocks,
            s.min_records,
            s.stride_slack_blocks,
            s.stride_slack_share,
            s.missing_frame_max_median,
            s.missing_frame_slack_blocks,
        )
        if not runs:
            return [None] * len(page)
        prose_end = prose_body_end(page, s.prose_body_min_blocks, s.prose_min_words, s.prose_min_stopword_share)
        prose = page.prose_lines(s.prose_min_words, s.prose_min_stopword_share)
        first = min(run[0] for run in runs)
        shapes = line_shapes(page.words, page.ends_with_terminal, WORD_BUCKETS, first, max(run[-1] for run in runs))
        in_records = [False] * len(page)
        for bounds in runs:
            records = slice(bounds[0], bounds[-1] + 1)
            if all(in_records[records]) or (bounds[0] >= prose_end and not self._content_list(bounds, prose)):
                continue
            if shape_share([start - first for start in bounds], shapes) >= s.min_shape_share:
                in_records[records] = [True] * (records.stop - records.start)
        if True not in in_records:
            return [None] * len(page)
        own = self._own_repeats(pairs, numbered, in_records, page.texts)
        vote = self.cast(1.0, f"record_list>={s.min_records}")
        return [
            vote if inside and (repeats == 1 or mine) else None
            for inside, repeats, mine in zip(in_records, page.repeats, own, strict=True)
        ]

    @staticmethod
    def _own_repeats(
        pairs: dict[int, list[int]], numbered: list[list[int]], in_records: list[bool], texts: tuple[str, ...]
    ) -> list[bool]:
        """The lines written more than once that are the records' own text all the same: the near pairs (a card's
        title under its image link), and the lines of a numbered template whose values vary and which lies
        wholly inside the records: two cards at one price ("$15") are no label, where a price list's template
        also written outside them (a cart line, a filter) may be."""
        own = [False] * len(in_records)
        for offset, firsts in pairs.items():
            for index in firsts:
                own[index] = own[index + offset] = True
        for indices in numbered:
            if len({texts[index] for index in indices}) > 1 and all(in_records[index] for index in indices):
                for index in indices:
                    own[index] = True
        return own

    def _content_list(self, bounds: list[int], prose: tuple[bool, ...]) -> bool:
        """Whether the records starting at `bounds` are the page's content though they begin after its prose body: a
        list of `content_list_min_records` or more under an introduction of `introduction_max_prose_lines` at most."""
        s = self.settings
        return (
            len(bounds) >= s.content_list_min_records
            and prose[: bounds[0]].count(True) <= s.introduction_max_prose_lines
        )

    def _numbered(self, page: SegmentedPage) -> dict[str, list[int]]:
        """Lines of up to `label_max_words` words holding a number, by their fingerprint with each number masked.

        A number is a token of decimal digits alone, of any script; a line without one is left to
        `occurrences`. The compiled pass reads the lines' tokens, which the fingerprint joins.
        """
        return numbered_templates(page.tokens, page.words, self.settings.label_max_words, _NUMBER_MASK)

    def _near_pairs(self, page: SegmentedPage) -> dict[int, list[int]]:
        """Lines written exactly twice, a few lines apart: the first lines of the pairs, by their offset."""
        s = self.settings
        return near_pairs(page.repeated_places, page.words, s.pair_max_blocks, s.pair_min_words)


def prose_body_end(page: SegmentedPage, min_blocks: int, min_words: int, min_stopword_share: float) -> int:
    """Just after the last standalone prose paragraph when the page's body is prose; else the page end.

    A prose body is `min_blocks` paragraphs standing alone between blank lines, each at least
    `min_words` long, ending like a sentence, with `min_stopword_share` function words; 0 never
    asks. The paragraphs are found in one compiled pass over the lines (`prose_anchors`, which
    sets none aside as cut short here: it is given no ending), where a Python loop over the prose
    lines took a text page 25,000 instructions.
    """
    if not min_blocks:
        return len(page)
    prose = page.prose_lines(min_words, min_stopword_share)
    standing = prose_anchors(prose, page.blank_before, page.blank_after, page.texts, True, ())
    return standing[-1] + 1 if len(standing) >= min_blocks else len(page)
