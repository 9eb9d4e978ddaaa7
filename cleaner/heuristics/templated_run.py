"""Templated runs: lines opening with the same words, one after another, are a list a template made.

Sites link their sibling pages with lines generated from one pattern, the name changing at
the end: "Average Costs for Cleaning Services in Atlanta", "… in Austin", "… in Boston"; "Best
24/7 Gym in 08540, Mercer County"; "Share this with Facebook", "… with Twitter". Each line
reads as a headline or a phrase, so shape votes little against it, and on a text page nothing
marks it as a link. Writers vary how the items of their own lists begin ("Step 1", "Step 2"
differ in their second word; "How to …" shares two); a template repeats its opening and
varies the rest. A run of at least `min_lines` consecutive lines, each of more than
`prefix_words` words, all opening with the same `prefix_words` words (case-folded) is voted
chrome.

Measured on the development pages before voting, with 3 words and 6 lines: of the words in
such runs that the cleaner kept, the gold holds 247 and leaves out 2,316 in text mode on
WCXB-dev (323 and 1,435 in HTML mode, where link density already drops most of them); on
ScrapingHub all 105 are chrome. Runs of 4 or 5 lines took in lists of the article's own
(a mover's routes, a course's modules), and lines ending like sentences a writer's parallel
sentences ("RAID doesn't protect you against …", "RAID doesn't protect you from …"). Voted:
text F1 on WCXB-dev 0.82226 → 0.82236 (three pages moved; a cleaning company's list of cities
up 0.15); HTML, ScrapingHub and the fixtures unchanged (on HTML, link density had dropped them).
"""

from __future__ import annotations

from pydantic import Field

from cleaner.heuristics.base import BaseHeuristic, HeuristicSettings, register
from cleaner.heuristics.line_passes import templated_runs
from cleaner.model import Vote
from cleaner.segment.page import SegmentedPage


class TemplatedRunSettings(HeuristicSettings):
    prefix_words: int = Field(3, ge=1, description="opening words the lines of a run share")
    min_lines: int = Field(6, ge=2, description="lines in a row that make a templated run")


@register
class TemplatedRun(BaseHeuristic[TemplatedRunSettings]):
    name = "templated_run"
    Settings = TemplatedRunSettings

    def vote(self, page: SegmentedPage) -> list[Vote | None]:
        s = self.settings
        # A line too short to have a varying end, or ending like a sentence as a writer's own
        # parallel sentences do, is in no run. A compiled pass: this runs on every block of every page.
        vote = self.cast(-1.0, f"templated_run>={s.min_lines}")
        return templated_runs(page.tokens, page.ends_with_terminal, s.prefix_words, s.min_lines, vote)
