"""Record shapes: lines whose shapes repeat at a short, steady period are the records of a list.

A ranked list flattened to text reads rank, title, meta line; rank, title, meta line; a spec
sheet reads heading, label, value; a course list reads title, blurb, duration. No line need
come back word for word, so `record_list` finds no label to frame them, but the sequence of
line shapes comes back every `period` lines (a shape is a line's length class and whether it
ends like a sentence, as in `record_list`). This is the tandem-repeat search of record
extraction (IEPAD, Chang and Lui, 2001; MDR, Liu, Grossman and Zhai, 2003) run over line
shapes instead of tag strings.

A menu is periodic too, with every item of one shape; so a period must hold at least two
different shapes. The vote is positive for the lines of a periodic run that are written
once on the page. As in `record_list`, on a page whose body is prose, a run that starts after
its last paragraph is a teaser list or a footer (headline, date, source; headline, blurb,
"Read more"): its lines are voted chrome, where other votes call each teaser's blurb body
(text F1 on WCXB-dev +0.0001; HTML on WCXB-dev +0.0001 and ScrapingHub +0.0004, a news site's
list of more stories; no page lost; with no vote, as before, they followed the article).

Defaults, measured on WCXB-dev and checked on ScrapingHub (news): periods of 3 to 6 lines
(period 2, a headline and its date, is the shape of news teaser lists as much as of records,
and cost ScrapingHub 0.003), repeated at least 4 times (3 let footers in), and the prose body
test of `record_list`.
"""

from __future__ import annotations

import re

from cleaner.heuristics.base import BaseHeuristic, HeuristicSettings, register
from cleaner.heuristics.record_list import line_shapes, prose_body_end
from cleaner.model import Vote
from cleaner.segment.page import SegmentedPage


class RecordShapeSettings(HeuristicSettings):
    min_period_blocks: int = 3
    max_period_blocks: int = 6
    min_periods: int = 4
    prose_body_min_blocks: int = 2
    prose_min_words: int = 20
    prose_min_stopword_share: float = 0.2


@register
class RecordShape(BaseHeuristic[RecordShapeSettings]):
    name = "record_shape"
    Settings = RecordShapeSettings

    def vote(self, page: SegmentedPage) -> list[Vote | None]:
        s = self.settings
        if len(page) < s.min_period_blocks * s.min_periods:
            return [None] * len(page)
        shapes = line_shapes(page, 0, len(page) - 1)
        packed = bytes(shapes)
        end = prose_body_end(page, s.prose_body_min_blocks, s.prose_min_words, s.prose_min_stopword_share)
        # Runs before the prose body's end are records, runs after it a teaser list.
        in_records, in_teasers = [False] * len(page), [False] * len(page)
        for period in range(max(s.min_period_blocks, 1), s.max_period_blocks + 1):
            # One byte per line, zero where the line's shape comes back `period` lines on.
            width = len(packed) - period
            if width <= 0:
                break
            changes = (int.from_bytes(packed[:width]) ^ int.from_bytes(packed[period:])).to_bytes(width)
            for run in re.finditer(b"\x00{%d,}" % (period * (s.min_periods - 1)), changes):
                start, stop = run.start(), run.end() + period
                if len(set(shapes[start : start + period])) > 1:
                    runs = in_records if start < end else in_teasers
                    runs[start:stop] = [True] * (stop - start)
        if True not in in_records and True not in in_teasers:
            return [None] * len(page)
        record = self.cast(1.0, f"shape_period>={s.min_periods}")
        teaser = self.cast(-1.0, f"shape_period>={s.min_periods}&after_prose")
        return [
            record if in_record and repeats == 1 else teaser if in_teaser and not in_record else None
            for in_record, in_teaser, repeats in zip(in_records, in_teasers, page.repeats, strict=True)
        ]
