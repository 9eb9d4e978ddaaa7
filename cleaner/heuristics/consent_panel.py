"""Consent panels: the sentences between two consent notices belong to the same panel.

A cookie banner is one line, but a consent manager's settings panel runs for dozens: a
notice ("We and our partners process data to provide: ..."), then one switch per purpose
("Performance Cookies", "Off", "These cookies allow us to count visits ..."). Each line of
it is a plain sentence, dense in function words, so shape calls it body, and on a page
without a long article the panel can outweigh the page's own content. Only some of its lines
use several words of the consent vocabulary at once (the test `boilerplate_phrases` applies to
a single line; a panel's own words count too: purposes, vendors, legitimate interest); the rest
use one or none. So the lines that use several are anchors, and every line from the first to
the last anchor of a run of anchors a few lines apart is voted chrome, while an article that
mentions cookies or privacy in a paragraph or two has no such run.

Defaults, measured on WCXB-dev and checked on ScrapingHub (news): an anchor uses at least 2
words of the vocabulary (one is common in articles and product pages); anchors at most 12
lines apart belong to one run (a purpose takes about three lines: its name, its switch, its
sentence, so the gap allows for a few purposes whose sentences name none of the words); and
a panel is a run of at least 3 anchors (two neighbouring paragraphs of a press release about
an advertising company can each name "advertising" and "partners").

A run of 6 anchors or more is a consent manager's panel for sure: the vote is -1, which the
combiner takes as final. A panel that implements the IAB's Transparency and Consent Framework
lists a dozen purposes, each named with its vendors ("Measure content performance 33 partners
can use this purpose"), and on a listing or a forum page, whose own lines are short, its
sentences would otherwise outweigh the content and become the page's main region (in text,
where no container names the dialog as `consent_manager` finds it in HTML). A shorter run casts
-0.95: three or four paragraphs of an article on online marketing that name tracking, cookies
and personalised offers are a run too. On WCXB-dev, in text: F1 0.81334 → 0.81470, three
listing and forum pages lost to their panel found again; ScrapingHub and HTML unchanged.
"""

from __future__ import annotations

from pydantic import Field

from cleaner.heuristics.base import BaseHeuristic, HeuristicSettings, nearby_runs, register
from cleaner.heuristics.boilerplate_phrases import CONSENT_WORDS
from cleaner.model import Vote
from cleaner.segment.page import SegmentedPage

# A settings panel's own words besides a notice's: the purposes a reader may switch off and
# the vendors ("partners") who may pursue them, as the IAB's Transparency and Consent
# Framework, which most consent managers implement, names them on every panel.
PANEL_WORDS = CONSENT_WORDS | frozenset(("purpose", "purposes", "vendor", "vendors", "legitimate"))


class ConsentPanelSettings(HeuristicSettings):
    anchor_min_words: int = Field(2, ge=1, description="different words of the vocabulary an anchor uses")
    max_gap_blocks: int = 12
    min_anchors: int = 3
    sure_min_anchors: int = 6
    unsure_vote: float = Field(-0.95, gt=-1.0, le=0.0, description="the vote on a panel of fewer anchors: not sure")


@register
class ConsentPanel(BaseHeuristic[ConsentPanelSettings]):
    name = "consent_panel"
    Settings = ConsentPanelSettings

    def vote(self, page: SegmentedPage) -> list[Vote | None]:
        s = self.settings
        anchors = _anchors(page, s.anchor_min_words)
        votes: list[Vote | None] = [None] * len(page)
        sure = self.cast(-1.0, f"consent_panel>={s.sure_min_anchors}")
        unsure = self.cast(s.unsure_vote, f"consent_panel>={s.min_anchors}")
        for first, last, anchors_in_run in nearby_runs(anchors, s.max_gap_blocks):
            if anchors_in_run >= s.min_anchors:
                vote = sure if anchors_in_run >= s.sure_min_anchors else unsure
                votes[first : last + 1] = [vote] * (last + 1 - first)
        return votes


def _anchors(page: SegmentedPage, min_words: int) -> list[int]:
    """The blocks whose words use at least `min_words` different words of a consent panel's vocabulary."""
    tokens = page.tokens
    return [
        index for index in page.blocks_holding(PANEL_WORDS) if len(PANEL_WORDS.intersection(tokens[index])) >= min_words
    ]
