"""code_and_tables: code listings and table rows of several cells lean body."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.heuristics.code_and_tables import CodeAndTables, code_lines, is_code_line
from cleaner.segment.html import segment_html
from cleaner.segment.text import segment_text


def _reasons(body: str) -> list[str | None]:
    page = segment_html(f"<html><body>{body}</body></html>")
    return [vote.reason if vote is not None else None for vote in CodeAndTables().vote(page)]


def _text_reasons(text: str, **settings: object) -> list[str | None]:
    heuristic = CodeAndTables(CodeAndTables.Settings(**settings))
    return [vote.reason if vote is not None else None for vote in heuristic.vote(segment_text(text))]


def test_code_lines_lean_body_and_other_lines_get_no_vote() -> None:
    body = "<nav><a href='/'>Home</a></nav><p>Run this:</p><pre><code>>>> import os\n>>> os.getcwd()</code></pre>"

    assert _reasons(body) == [None, None, "inside_pre", "inside_pre"]
    page = segment_html(f"<html><body>{body}</body></html>")
    assert all(vote is None or vote.value > 0 for vote in CodeAndTables().vote(page))


def test_html_code_outside_pre_is_found_by_its_syntax_and_pre_keeps_its_own_reason() -> None:
    listing = "<div>const [count, setCount] = useState(0);</div><div>setCount(count + 1);</div><div>});</div>"
    pre = "<pre>x = 1;\ny = 2;</pre>"

    assert _reasons(f"<p>Home</p>{listing}<p>About us</p>") == [None, *["code_listing"] * 3, None]
    assert _reasons(f"{pre}<div>z = 3;</div>") == ["inside_pre", "inside_pre", "code_listing"]


def test_rows_of_several_cells_lean_body_and_single_cells_do_not() -> None:
    body = (
        "<table><tr><th>Memory Type</th><td>GDDR6X</td></tr><tr><td>Only one cell</td></tr></table>"
        "<table><tr><td><p>A layout cell holding a paragraph</p></td><td><div>and a div</div></td></tr></table>"
    )

    assert _reasons(body) == ["table_row_of_cells", None, None, None]


@pytest.mark.parametrize(
    "line",
    [
        "x = 1;",
        "if (ready) {",
        "});",
        "}",
        "// start the server",
        "# check the token",
        "-- Only index active users",
        "$ pip install cleaner",
        ">>> import os",
        "import subprocess",
        "from datetime import datetime",
        "def main(argv):",
        "class Client(Base):",
        "return total",
        "const limit = 10",
        "account_sid = os.environ['SID']",
        "count += 1",
        "print(message.body)",
        "SELECT name FROM users",
        "SELECT",  # a query's clauses, each on its line
        "FROM users u",
        "WHERE o.created_at > '2024-01-01'",
        "LEFT JOIN orders o ON u.id = o.user_id",
        "GROUP BY u.id, u.name",
        "HAVING COUNT(o.id) > 5;",
        'if [ -e "/dev/mapper/$1" ]',  # a shell script's keywords, each on its line
        "then",
        'echo "ERROR: $1 does not exist"',
        "fi",
        "for device in /dev/loop*; do",
        "done",
        '"currency": "usd",',  # a JSON object's members, each on its line
        '"amount": 2000,',
        '"mandate": null,',
        '"metadata": {',
        '{ category: "Fruits", price: "$2", stocked: true },',  # an object literal on its line
        "[",
    ],
)
def test_lines_of_source_code_are_found(line: str) -> None:
    assert is_code_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Import duties apply to every order.",
        "Return policy",
        "From the archive",
        "Home",
        "The ratio is 3 = 3, as you may know.",
        "Prices (with tax)",
        "Pay $ 4,477",
        "Subscribe — it's free",
        "Done",  # a capitalised word is a menu's or a button's
        "Then and now",
        "Echo Dot (5th Gen)",
        "for sale in your area",  # no code begins like a sentence fragment
        "FROM THE BLOG",  # a clause's keyword opens code only before a name in lower case
        "WHERE TO BUY",
        "JOIN 100,000 OTHERS",
        "From here to there",
        '"Yes": the answer we wanted',  # a quoted word and a colon, then prose: no JSON value
        "[Engadget]",
    ],
)
def test_prose_and_menu_lines_are_not_code(line: str) -> None:
    assert not is_code_line(line)


def test_a_page_without_an_assignment_or_a_brace_holds_no_listing() -> None:
    lines = "import os\nimport sys\nprint(sys.argv)"

    assert all(map(is_code_line, lines.split("\n")))
    assert code_lines(segment_text(lines)) == []
    assert code_lines(segment_text(f"{lines}\nx = 1")) == [0, 1, 2, 3]


# Pieces of code lines and of prose, and what the page's tokens read apart from the pattern: a
# combining mark (U+0301), which ends `\b` and not a token, letters beyond ASCII, a tab.
_LINE_PIECES = [
    *["import", "from", "def", "class", "return", "function", "const", "SELECT", "FROM", "GROUP BY", "JOIN"],
    *["fi", "then", "done", "echo", "if", "for", "in", "Import", "Return", "x", "os", "é", "Ìmport", "\u0301"],
    *[" ", "=", "+=", "(", ")", "[", "]", "{", "}", ";", ":", ",", "#", "//", "/*", "*/", "-- ", "$ ", ">>> "],
    *[".", "'", "\t", "1", '"', '":', "null"],
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_LINE_PIECES), max_size=6).map("".join), max_size=12))
def test_code_lines_are_the_lines_that_read_as_code_on_a_page_with_an_assignment(lines: list[str]) -> None:
    page = segment_text("\n".join(["x = 1", *lines]))

    assert code_lines(page) == [index for index, line in enumerate(page.texts) if is_code_line(line)]


def test_return_and_function_before_a_combining_mark_open_code_lines_as_the_pattern_reads_them() -> None:
    page = segment_text("x = 1\nreturn\u0308 value\nfunction\u0308 go\nimport\u0308 os")

    assert page.tokens[1][0] == "return\u0308"
    assert code_lines(page) == [0, 1, 2]


def test_a_stretch_of_three_code_lines_is_a_listing_with_the_lines_between_them() -> None:
    text = "Read the guide\nSELECT u.name\nFROM users u\nWHERE u.id = 1;\nx = 2;\nAbout us"

    assert _text_reasons(text) == [None, "code_listing", "code_listing", "code_listing", "code_listing", None]


def test_two_code_lines_are_no_listing_and_the_count_is_a_setting() -> None:
    text = "Home\nx = 1;\ny = 2;\nAbout us"

    assert _text_reasons(text) == [None, None, None, None]
    assert _text_reasons(text, min_code_lines=2) == [None, "code_listing", "code_listing", None]


def test_code_lines_more_than_max_gap_lines_apart_are_separate_stretches() -> None:
    three_between = "x = 1;\ny = 2;\nOne\nTwo\nThree\nz = 3;"
    four_between = "x = 1;\ny = 2;\nOne\nTwo\nThree\nFour\nz = 3;"

    assert _text_reasons(three_between) == ["code_listing"] * 6
    assert _text_reasons(four_between) == [None] * 7
    assert _text_reasons(four_between, max_gap_lines=4) == ["code_listing"] * 7


def test_text_rows_of_tab_joined_cells_lean_body_at_the_text_row_vote() -> None:
    heuristic = CodeAndTables(CodeAndTables.Settings(text_row_vote=0.25))
    votes = heuristic.vote(segment_text("Standings\nTeam\t\tWins\t\tLosses\nOne\tcell"))

    assert [vote.reason if vote is not None else None for vote in votes] == [None, "tab_joined_cells", None]
    assert votes[1] is not None and votes[1].value == 0.25
    assert _text_reasons("Model\t\tX100\nx = 1;\ny = 2;\nz = 3;") == ["tab_joined_cells"] + ["code_listing"] * 3


def test_text_pages_without_code_or_cells_get_no_votes() -> None:
    assert _text_reasons("Home\nAbout us\nA paragraph of prose, as a story has.") == [None, None, None]
