"""Consent panels: the sentences between two consent notices belong to the same panel.

A cookie banner is one line, but a consent manager's settings panel runs for dozens: a
notice ("We and our partners process data to provide: ..."), then one switch per purpose
("Performance Cookies", "Off", "These cookies allow us to count visits ..."). Each line of
it is a plain sentence, dense in function words, so shape calls it body, and on a page
without a long article the panel can outweigh the page's own content. Only some of its lines
use several words of the consent vocabulary at once (the test `boilerplate_phrases` applies
to a single line); the rest use one or none. So the lines that use several are anchors, and
every line from the first to the last anchor of a run of anchors a few lines apart is voted
chrome, while an article that mentions cookies or privacy in a paragraph or two has no such
run.

Defaults, measured on WCXB-dev and checked on ScrapingHub (news): an anchor uses at least 2
words of the vocabulary (one is common in articles and product pages); anchors at most 12
lines apart belong to one run (a purpose takes about three lines: its name, its switch, its
sentence, so the gap allows for a few purposes whose sentences name none of the words); and
a panel is a run of at least 3 anchors (two neighbouring paragraphs of a press release about
an advertising company can each name "advertising" and "partners").
"""

from __future__ import annotations

from itertools import compress, count, repeat
from operator import ge

from cleaner.heuristics.base import BaseHeuristic, HeuristicSettings, nearby_runs, register
from cleaner.heuristics.boilerplate_phrases import CONSENT_WORDS
from cleaner.model import Vote
from cleaner.segment.page import SegmentedPage


class ConsentPanelSettings(HeuristicSettings):
    anchor_min_words: int = 2
    max_gap_blocks: int = 12
    min_anchors: int = 3


@register
class ConsentPanel(BaseHeuristic[ConsentPanelSettings]):
    name = "consent_panel"
    Settings = ConsentPanelSettings

    def vote(self, page: SegmentedPage) -> list[Vote | None]:
        s = self.settings
        anchors = _anchors(page, s.anchor_min_words)
        votes: list[Vote | None] = [None] * len(page)
        vote = self.cast(-1.0, f"consent_panel>={s.min_anchors}")
        for first, last, anchors_in_run in nearby_runs(anchors, s.max_gap_blocks):
            if anchors_in_run >= s.min_anchors:
                votes[first : last + 1] = [vote] * (last + 1 - first)
        return votes


def _anchors(page: SegmentedPage, min_words: int) -> list[int]:
    """The blocks whose words use at least `min_words` different words of the consent vocabulary."""
    used = map(len, map(CONSENT_WORDS.intersection, page.tokens))
    return list(compress(count(), map(ge, used, repeat(min_words))))
