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

from pydantic import Field

from cleaner.heuristics.base import BaseHeuristic, HeuristicSettings, register
from cleaner.heuristics.line_passes import shape_period_votes
from cleaner.heuristics.record_list import WORD_BUCKETS, prose_body_end
from cleaner.model import Vote
from cleaner.segment.page import SegmentedPage


class RecordShapeSettings(HeuristicSettings):
    min_period_blocks: int = 3
    max_period_blocks: int = 6
    min_periods: int = Field(4, ge=2, description="periods a run holds at least: a shape that comes back")
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
        # Runs before the prose body's end are records, runs after it a teaser list.
        end = prose_body_end(page, s.prose_body_min_blocks, s.prose_min_words, s.prose_min_stopword_share)
        return shape_period_votes(
            page.words,
            page.ends_with_terminal,
            page.repeats,
            WORD_BUCKETS,
            end,
            s.min_period_blocks,
            s.max_period_blocks,
            s.min_periods,
            self.cast(1.0, f"shape_period>={s.min_periods}"),
            self.cast(-1.0, f"shape_period>={s.min_periods}&after_prose"),
        )
