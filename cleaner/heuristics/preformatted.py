"""Preformatted text: code listings and other ``<pre>`` text are written content.

The text heuristics read short, unpunctuated lines in runs as menus, and a code listing is
exactly that shape: ``>>> import os``, ``}``, ``return x``. But no template builds its
navigation, teasers or footer out of ``<pre>``: preformatted text is what a page's author
wrote (code in documentation and tutorials, ASCII tables, poems), so its lines lean body.
Text pages carry no element names and get no vote.
"""

from __future__ import annotations

from cleaner.heuristics.base import BaseHeuristic, HeuristicSettings, register
from cleaner.model import Vote
from cleaner.segment.page import SegmentedPage


class PreformattedSettings(HeuristicSettings):
    pass


@register
class Preformatted(BaseHeuristic[PreformattedSettings]):
    name = "preformatted"
    Settings = PreformattedSettings

    def vote(self, page: SegmentedPage) -> list[Vote | None]:
        if not page.has_dom:
            return [None] * len(page)
        inside = self.cast(1.0, "inside_pre")
        return [inside if tag == "pre" else None for tag in page.tags]
