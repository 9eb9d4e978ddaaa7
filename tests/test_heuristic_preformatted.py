"""preformatted: lines of <pre> text (code listings) lean body; other lines and text pages get no vote."""

from __future__ import annotations

from cleaner.heuristics.preformatted import Preformatted
from cleaner.segment.html import segment_html
from cleaner.segment.text import segment_text


def test_code_lines_lean_body_and_other_lines_get_no_vote() -> None:
    page = segment_html(
        "<html><body><nav><a href='/'>Home</a></nav><p>Run this:</p>"
        "<pre><code>>>> import os\n>>> os.getcwd()</code></pre></body></html>"
    )

    votes = Preformatted().vote(page)

    assert page.texts == ("Home", "Run this:", ">>> import os", ">>> os.getcwd()")
    assert votes[:2] == [None, None]
    assert all(vote is not None and vote.value > 0 and vote.reason == "inside_pre" for vote in votes[2:])


def test_text_pages_get_no_votes() -> None:
    assert Preformatted().vote(segment_text(">>> import os\n>>> os.getcwd()")) == [None, None]
