"""Code and tables: code listings and data tables are written content, whatever their shape.

The text heuristics read short, unpunctuated lines in runs as menus, and a code listing
(``>>> import os``, ``}``, ``return x``) or a specification table ("Memory Type  GDDR6X",
"Max Resolution  7680 x 4320") has exactly that shape. But templates do not build their
navigation, teasers or footers out of ``<pre>`` text or out of table rows of several cells:
those are what the page's author wrote (code in documentation and tutorials, product
specifications, timetables), so their lines lean body. A row counts when its cells hold
text of their own (the rendering joins a row's cells with tabs); a layout table's cells hold
paragraphs and divs, whose lines are not the cells'.

Code is also known by its syntax, on every page: text pages carry no element names, and many
sites render their listings outside ``pre`` (in divs, as react.dev does). A code line is a
statement ending in ``;`` or ``{``, a line of closing brackets, a comment (``//``, ``#``,
``--``), an assignment (``x = 1``), a call (``print(x)``), an ``import`` or a definition, a
shell prompt, a query's clause (``FROM users u``, ``GROUP BY u.id``: its keyword in capitals
before a name in lower case, so that "FROM THE BLOG" is no code), a JSON object's member
(``"amount": 2000,``: a key in quotes, a colon and a value, a string, a number, an object, an
array, null or a Boolean, so that ``"Yes": the answer`` is no code), an object literal opening
its line (``{ category: "Fruits", … }``) or an array's bracket alone. One such line may be a
menu's oddity, so a listing is a stretch holding `min_code_lines` of them at most
`max_gap_lines` apart; the lines between them (``u.name,``, a line number of the listing's
gutter) are the listing's too, and each of its lines without a vote of its own gets one. On
WCXB-dev, documentation rose from 0.856 to 0.881 in text mode and from 0.904 to 0.908 in
HTML mode. A shell script's syntax took a Q&A thread's script into its question on WCXB-dev
(text 0.81796 → 0.81853; nothing else moved); a query's clauses, a tutorial's SQL listing
(text 0.82422 → 0.82426). A JSON document's members, an API reference's payloads: HTML F1 on
WCXB-dev 0.87497 → 0.87509 (two pages of documentation up, a payment API's by 0.25, none down),
text 0.83540 → 0.83544 (three up, one down by 0.009); ScrapingHub and the fixtures unchanged.
Markup shown as code (``<div class="x">``, ``</div>``) as well gained as much in HTML and took
text to 0.83536: a reference's list of element names (``<abbr>``) read as a listing, and a
tutorial whose gold leaves its listings out.

On text pages, table rows are known by their tab-joined cells, as WET-style flattening
(resiliparse's plain text) writes them. Without element names a layout table's cells are
joined the same way, so the row's vote is `text_row_vote`, weaker than an HTML cell's: at
full strength the spec table under a product took its customer reviews into the region
(fixtures −0.0013). At half strength ScrapingHub's text rose from 0.909 to 0.913 (a table
of standings) and the fixtures held.
"""

from __future__ import annotations

import re

from pydantic import Field

from cleaner.heuristics.base import BaseHeuristic, HeuristicSettings, register
from cleaner.heuristics.line_passes import element_votes, lines_opening_near, lines_opening_with
from cleaner.model import Vote
from cleaner.segment.dom import CELL_SEPARATOR, CELL_TAGS
from cleaner.segment.page import SegmentedPage

# How a line of source code begins: a comment, a prompt, an import or a definition, an
# assignment, a call that is the whole line, or closing brackets alone; a JSON member, an object
# literal's opening or an array's bracket alone; in a shell script, a
# test, an echo, a loop's header, or a keyword that closes or continues a block alone on its
# line (``then``, ``fi``, ``done``); a query's clause on its line. Lower-case keywords only, but
# SQL's, written in capitals before a lower-case name, so that prose ("Import duties…", "Return
# policy") and menus ("Done", "WHERE TO BUY") do not match. Anchored at the line's start, so that a
# search from every position stays linear.
_CODE_START = re.compile(
    r"^(?://|/\*|\*/|# |-- |\$ [a-z]|>>> |#include\b|import [\w.]+|from [\w.]+ import "
    r"|def \w+\(|class \w+[(:{]|return\b|(?:const|let|var) \w+ ?=|function\b|SELECT(?: |$)|CREATE |INSERT "
    r"|(?:FROM|WHERE|(?:GROUP|ORDER|PARTITION) BY|HAVING|(?:(?:INNER|LEFT|RIGHT|FULL|CROSS)(?: OUTER)? )?JOIN"
    r"|UNION(?: ALL)?|UPDATE|DELETE FROM|VALUES|RETURNING) [a-z_(*'\"`]"
    r"|(?:fi|then|done|do|else|esac)$|echo |(?:el)?if \[ |while \[ |for \w+ in .*(?::|; ?do)$"
    r"|[\w.\[\]'\"]+ ?[-+*/|&]?= ?\S|[\w.]+\(.*\)$|[}\])]+[;,]?$"
    r"|\"[\w$@.-]+\": ?(?:[\"{\[\d-]|null\b|true\b|false\b)|\{ ?\"?\w+\"?: |\[$)"
)
# How a statement ends: `x = 1;`, `if (x) {`.
_STATEMENT_ENDS = (";", "{")
# What a code line holds, one at least, unless it opens with one of `_CODE_FIRST_WORDS` or
# `_CODE_OPENINGS`: a mark that `_CODE_START` or `_STATEMENT_ENDS` asks for (the brackets of a
# call, a loop's test, a closing line; the `=` of an assignment; the `":` of a JSON member).
_CODE_MARKS = ("//", "/*", "*/", "#", "-- ", "$ ", ">>> ", "=", "[", "]", "{", "}", ")", ";", '":')
# The first token (case-folded) of the code lines that need none of `_CODE_MARKS`: ``import os``,
# ``def main(``, ``class Client:``, ``SELECT name``, a query's clause, ``then``, ``echo "..."``,
# ``for line in lines:``.
_CODE_FIRST_WORDS = frozenset(
    {"import", "from", "def", "class", "select", "create", "insert", "echo", "for"}
    | {"where", "group", "order", "partition", "having", "inner", "left", "right", "full", "cross", "join"}
    | {"union", "update", "delete", "values", "returning", "fi", "then", "done", "do", "else", "esac"}
)
# The first words that need no mark either but end at `\b`, which a combining mark after them
# also ends, where the page's tokens take the mark into the word: these lines are told by how
# they open.
_CODE_OPENINGS = ("return", "function")


class CodeAndTablesSettings(HeuristicSettings):
    min_code_lines: int = Field(3, ge=1, description="code-like lines that make a listing")
    max_gap_lines: int = Field(3, ge=0, description="other lines a listing may hold between two code-like ones")
    text_row_vote: float = Field(0.5, ge=0.0, le=1.0, description="text: vote of a line of tab-joined cells")


def is_code_line(line: str) -> bool:
    """Whether `line` (stripped) reads as a line of source code by its syntax."""
    return line.endswith(_STATEMENT_ENDS) or _CODE_START.match(line) is not None


def code_lines(page: SegmentedPage) -> list[int]:
    """The indices of the blocks of `page` that read as source code (`is_code_line`).

    A listing assigns a value or opens a block somewhere: a page none of whose blocks holds
    an `=` or a `{` holds none, and is passed over by `blocks_containing`'s scan in C (in
    their text, 10 of ScrapingHub's 181 pages hold either; 241 of WCXB-dev's 1,358). On the
    others, the pattern reads only the lines that hold one of `_CODE_MARKS` or open with one
    of `_CODE_FIRST_WORDS` or `_CODE_OPENINGS`, which scans in C find (8% of the lines of
    ScrapingHub's text pages): it cost 5,700 instructions a line.
    """
    if not page.blocks_containing("=", "{"):
        return []
    candidates = {
        *page.blocks_containing(*_CODE_MARKS),
        *lines_opening_with(page.tokens, _CODE_FIRST_WORDS),
        *lines_opening_near(page.texts, _CODE_OPENINGS, 0),
    }
    texts = page.texts
    return [index for index in sorted(candidates) if is_code_line(texts[index])]


@register
class CodeAndTables(BaseHeuristic[CodeAndTablesSettings]):
    name = "code_and_tables"
    Settings = CodeAndTablesSettings

    def vote(self, page: SegmentedPage) -> list[Vote | None]:
        votes = self._element_votes(page) if page.has_dom else self._row_votes(page)
        listing = self.cast(1.0, "code_listing")
        for stretch in self._listings(code_lines(page)):
            votes[stretch.start : stretch.stop] = [
                listing if vote is None else vote for vote in votes[stretch.start : stretch.stop]
            ]
        return votes

    def _element_votes(self, page: SegmentedPage) -> list[Vote | None]:
        """HTML: lines of `pre` text, and table rows whose cells hold text of their own."""
        code = self.cast(1.0, "inside_pre")
        row = self.cast(1.0, "table_row_of_cells")
        return element_votes(page.tags, page.texts, "pre", CELL_TAGS, CELL_SEPARATOR, code, row)

    def _row_votes(self, page: SegmentedPage) -> list[Vote | None]:
        """Text: lines of tab-joined cells at `text_row_vote`."""
        votes: list[Vote | None] = [None] * len(page)
        row = self.cast(self.settings.text_row_vote, "tab_joined_cells")
        for index in page.blocks_containing(CELL_SEPARATOR):
            votes[index] = row
        return votes

    def _listings(self, code_indices: list[int]) -> list[range]:
        """The stretches of blocks whose code lines (`code_indices`, ascending) make listings."""
        s = self.settings
        groups: list[list[int]] = []
        for index in code_indices:
            if groups and index - groups[-1][-1] <= s.max_gap_lines + 1:
                groups[-1].append(index)
            else:
                groups.append([index])
        return [range(group[0], group[-1] + 1) for group in groups if len(group) >= s.min_code_lines]
