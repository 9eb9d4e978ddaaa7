"""code_and_tables: lines of <pre> text and table rows of several cells lean body."""

from __future__ import annotations

from cleaner.heuristics.code_and_tables import CodeAndTables
from cleaner.segment.html import segment_html
from cleaner.segment.text import segment_text


def _reasons(body: str) -> list[str | None]:
    page = segment_html(f"<html><body>{body}</body></html>")
    return [vote.reason if vote is not None else None for vote in CodeAndTables().vote(page)]


def test_code_lines_lean_body_and_other_lines_get_no_vote() -> None:
    body = "<nav><a href='/'>Home</a></nav><p>Run this:</p><pre><code>>>> import os\n>>> os.getcwd()</code></pre>"

    assert _reasons(body) == [None, None, "inside_pre", "inside_pre"]
    page = segment_html(f"<html><body>{body}</body></html>")
    assert all(vote is None or vote.value > 0 for vote in CodeAndTables().vote(page))


def test_rows_of_several_cells_lean_body_and_single_cells_do_not() -> None:
    body = (
        "<table><tr><th>Memory Type</th><td>GDDR6X</td></tr><tr><td>Only one cell</td></tr></table>"
        "<table><tr><td><p>A layout cell holding a paragraph</p></td><td><div>and a div</div></td></tr></table>"
    )

    assert _reasons(body) == ["table_row_of_cells", None, None, None]


def test_text_pages_get_no_votes() -> None:
    assert CodeAndTables().vote(segment_text(">>> import os\nModel\t\tX100")) == [None, None]
