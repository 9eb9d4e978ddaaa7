"""Tables of contents: the section headings listed at the top, written again above their sections.

Long articles, guides and documentation pages open with a table of contents: the headings of
their sections, one per line, under "Contents", "In this article" or "On this page". Each
heading is then written twice on the page, so `repeated_blocks` calls both copies template,
and the article's own headings lose their place in it. The two copies are told apart by where
they stand: the table is a run of short lines each of which comes back further down, in the
same order, the later copies with prose between them (the sections they head). The run is
voted chrome (navigation, which the gold standards leave out) and the later copies body (the
article's headings). This is the structure from which readers such as Pandoc and the
documentation generators build a table of contents, read backwards.

A table holds at least `min_entries` lines (a pair of lines written twice is as often two
links as a table) of at most `entry_max_words` words, and at least half the gaps between the
later copies hold a line of prose. Measured: F1 on WCXB-dev 0.8130 → 0.8133 in text and 0.8557
→ 0.8560 in HTML (documentation and service pages), ScrapingHub and the fixtures unchanged;
two-line tables cost WCXB-dev 0.0007 in text, and voting the table alone, without its later
copies, gains nothing.

The label such a table stands under, alone on its line ("Table of Contents", "Contents", "In this
article", "On this page", a "Show table of contents" toggle), is voted chrome wherever it stands,
found or not: of the 202 WCXB-dev pages whose text holds one, the gold keeps it on 8; no ScrapingHub
page holds one. Text F1 on WCXB-dev 0.83596 → 0.83597 (ten pages up, by 0.01 at most; one down by
0.006, a page whose gold keeps its label); HTML WCXB-dev five pages up by 0.0015 at most, its F1
unchanged at 0.87639; ScrapingHub and the fixtures unchanged.
"""

from __future__ import annotations

import re
from itertools import pairwise

from cleaner.heuristics.base import BaseHeuristic, HeuristicSettings, register
from cleaner.heuristics.line_passes import contents_runs
from cleaner.model import Vote
from cleaner.segment.page import SegmentedPage

# The label a table of contents stands under, alone on its line.
_LABEL = re.compile(
    r"(?:(?:show|hide|toggle)\s+)?(?:table\s+of\s+)?contents|in\s+this\s+(?:article|post|guide)|on\s+this\s+page"
    r"|jump\s+to\s+section",
    re.IGNORECASE,
)
_LABEL_MAX_WORDS = 4
# A word each label holds: the page's index of its tokens names the few lines that may be one, where a
# test of every line cost 9% of a ScrapingHub text page.
_LABEL_WORDS = frozenset({"contents", "article", "post", "guide", "page", "section"})


class TableOfContentsSettings(HeuristicSettings):
    min_entries: int = 3
    entry_max_words: int = 12
    prose_min_words: int = 20
    prose_min_stopword_share: float = 0.2


@register
class TableOfContents(BaseHeuristic[TableOfContentsSettings]):
    name = "table_of_contents"
    Settings = TableOfContentsSettings

    def vote(self, page: SegmentedPage) -> list[Vote | None]:
        s = self.settings
        votes: list[Vote | None] = [None] * len(page)
        label = self.cast(-1.0, "contents_label")
        texts, words = page.texts, page.words
        for index in page.blocks_holding(_LABEL_WORDS):
            if words[index] <= _LABEL_MAX_WORDS and _LABEL.fullmatch(texts[index].strip(" :.▼▲")):
                votes[index] = label
        # A table starts at a line written more than once, and its lines are written again below it: most pages
        # have few such lines, and fewer such runs.
        runs = contents_runs(
            page.repeated_places, page.repeated_lines, page.fingerprints, page.words, s.entry_max_words, s.min_entries
        )
        if not runs:
            return votes
        prose = page.prose_lines(s.prose_min_words, s.prose_min_stopword_share)
        entry, heading = self.cast(-1.0, "table_of_contents"), self.cast(1.0, "heading_listed_in_contents")
        for start, headings in runs.items():
            gaps_with_prose = [True in prose[above + 1 : below] for above, below in pairwise(headings)]
            if 2 * sum(gaps_with_prose) >= len(gaps_with_prose):
                votes[start : start + len(headings)] = [entry] * len(headings)
                for index in headings:
                    votes[index] = heading
        return votes
