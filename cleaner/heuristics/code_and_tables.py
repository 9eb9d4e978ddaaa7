"""Code and tables: code listings and data tables are written content, whatever their shape.

The text heuristics read short, unpunctuated lines in runs as menus, and a code listing
(``>>> import os``, ``}``, ``return x``) or a specification table ("Memory Type  GDDR6X",
"Max Resolution  7680 x 4320") has exactly that shape. But templates do not build their
navigation, teasers or footers out of ``<pre>`` text or out of table rows of several cells:
those are what the page's author wrote (code in documentation and tutorials, product
specifications, timetables), so their lines lean body. A row counts when its cells hold
text of their own (the rendering joins a row's cells with tabs); a layout table's cells hold
paragraphs and divs, whose lines are not the cells'. Text pages carry no element names and
get no vote.
"""

from __future__ import annotations

from cleaner.heuristics.base import BaseHeuristic, HeuristicSettings, register
from cleaner.model import Vote
from cleaner.segment.html import CELL_SEPARATOR, CELL_TAGS
from cleaner.segment.page import SegmentedPage


class CodeAndTablesSettings(HeuristicSettings):
    pass


@register
class CodeAndTables(BaseHeuristic[CodeAndTablesSettings]):
    name = "code_and_tables"
    Settings = CodeAndTablesSettings

    def vote(self, page: SegmentedPage) -> list[Vote | None]:
        if not page.has_dom:
            return [None] * len(page)
        code = self.cast(1.0, "inside_pre")
        row = self.cast(1.0, "table_row_of_cells")
        return [
            code if tag == "pre" else row if tag in CELL_TAGS and CELL_SEPARATOR in text else None
            for tag, text in zip(page.tags, page.texts, strict=True)
        ]
