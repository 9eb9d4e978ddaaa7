"""The `cleaner` command as installed: `python -m cleaner` and the `cleaner` console script.

These tests check the command's behaviour (output forms, input from a file or stdin, errors),
not how well the page is cleaned: the quality tests own that.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from cleaner import CleanResult, Vote
from cleaner.cli import compact_vote, format_explain, truncate
from cleaner.combine import CombineSettings, strongest_negative_reason
from cleaner.model import Block, Label

PAGE = Path(__file__).resolve().parents[1] / "fixtures" / "independent-afghanistan" / "page.txt"
HEADLINE = "Alliance rifts leave Taliban Afghanistan'slikely victors"
FIRST_PARAGRAPH = (
    "A calamitous split in the alliance ranged against the Taliban has opened the way for a fresh offensive "
    "by the Afghan fundamentalists."
)
SCRIPT = Path(sys.executable).parent / ("cleaner.exe" if os.name == "nt" else "cleaner")
RUNNERS = {"module": [sys.executable, "-m", "cleaner"], "script": [str(SCRIPT)]}
EXPLAIN_LINE = re.compile(r"^\s*(\d+)\s+(BODY|chrome)\s+(\d\.\d\d)\s+\S")


def run(
    *args: str, runner: str = "module", stdin: bytes | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    if runner == "script":
        assert SCRIPT.exists(), f"no console script at {SCRIPT}: install the package (pip install '.[test]')"
    env = {key: value for key, value in os.environ.items() if key not in {"COLUMNS", "NO_COLOR"}}
    completed = subprocess.run(
        [*RUNNERS[runner], *args],
        input=stdin,
        capture_output=True,
        cwd=cwd,
        env=env,
        timeout=120,
        check=False,
    )
    return subprocess.CompletedProcess(
        completed.args,
        completed.returncode,
        completed.stdout.decode("utf-8"),
        completed.stderr.decode("utf-8"),
    )


def assert_one_line_error(completed: subprocess.CompletedProcess[str], *fragments: str) -> None:
    assert completed.returncode == 2, completed
    assert "Traceback" not in completed.stderr
    assert completed.stdout == ""
    lines = completed.stderr.strip().splitlines()
    assert len(lines) == 1, completed.stderr
    assert lines[0].startswith("cleaner: error: ")
    for fragment in fragments:
        assert fragment in lines[0]


# -- output forms ------------------------------------------------------------------------------


@pytest.mark.parametrize("runner", RUNNERS)
def test_clean_prints_the_body_text(runner: str, tmp_path: Path) -> None:
    completed = run("clean", str(PAGE), runner=runner, cwd=tmp_path)
    assert completed.returncode == 0, completed.stderr
    assert completed.stderr == ""
    assert completed.stdout.startswith(HEADLINE)
    assert FIRST_PARAGRAPH in completed.stdout
    assert "Life and Style" not in completed.stdout


def test_clean_reads_the_page_from_stdin(tmp_path: Path) -> None:
    from_stdin = run("clean", "-", stdin=PAGE.read_bytes(), cwd=tmp_path)
    assert from_stdin.returncode == 0, from_stdin.stderr
    assert from_stdin.stdout == run("clean", str(PAGE), cwd=tmp_path).stdout


def test_json_prints_the_typed_result_with_labelled_blocks(tmp_path: Path) -> None:
    completed = run("clean", str(PAGE), "--json", "--url", "https://example.com/a", cwd=tmp_path)
    assert completed.returncode == 0, completed.stderr
    data = json.loads(completed.stdout)
    assert data["url"] == "https://example.com/a"
    assert data["title"] == HEADLINE
    assert data["blocks"]
    assert {block["label"] for block in data["blocks"]} == {"body", "chrome"}
    assert all(0.0 <= block["score"] <= 1.0 and isinstance(block["votes"], list) for block in data["blocks"])
    assert data["text"] == run("clean", str(PAGE), cwd=tmp_path).stdout.rstrip("\n")


def test_explain_lists_every_block_with_label_score_and_votes(tmp_path: Path) -> None:
    blocks = json.loads(run("clean", str(PAGE), "--json", cwd=tmp_path).stdout)["blocks"]
    completed = run("clean", str(PAGE), "--explain", cwd=tmp_path)
    assert completed.returncode == 0, completed.stderr
    lines = completed.stdout.splitlines()
    assert lines[0] == f"title: {HEADLINE}"
    rows = [match for line in lines if (match := EXPLAIN_LINE.match(line))]
    assert [int(row[1]) for row in rows] == list(range(len(blocks)))
    assert [row[2].lower() for row in rows] == [block["label"] for block in blocks]
    assert re.search(r"\w+:\S+\([+-][\d.]+\)", completed.stdout), "votes should read heuristic:reason(+0.5)"
    assert "\x1b[" not in completed.stdout, "no colour when stdout is not a terminal"


def test_summary_tells_on_stderr_what_was_discarded(tmp_path: Path) -> None:
    completed = run("clean", str(PAGE), "--summary", cwd=tmp_path)
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout == run("clean", str(PAGE), cwd=tmp_path).stdout
    first, *rest = completed.stderr.splitlines()
    assert re.fullmatch(r"kept [\d,]+ blocks? \([\d,]+ words?\), discarded [\d,]+ blocks? \([\d,]+ words?\)", first)
    discarded = int(first.split("discarded ")[1].split()[0])
    by_rule = rest.index("discarded blocks by the rule that decided them:")
    by_vote = rest.index("discarded blocks by their strongest negative vote:")
    for section in (rest[by_rule + 1 : by_vote], rest[by_vote + 1 :]):
        assert all(re.fullmatch(r"  \S.*: \d+ blocks?", line) for line in section), section
        assert sum(int(line.rsplit(" ", 2)[1]) for line in section) == discarded


def test_charset_decodes_a_page_served_in_a_legacy_encoding(tmp_path: Path) -> None:
    paragraph = "Ein Straßenfest in Köln zieht am Wochenende viele Besucher an, trotz des Regens über der Altstadt."
    page = tmp_path / "page.html"
    page.write_bytes(f"<html><body><p>{paragraph}</p></body></html>".encode("cp1252"))

    completed = run("clean", str(page), "--charset", "windows-1252", cwd=tmp_path)

    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.strip() == paragraph


# -- errors ------------------------------------------------------------------------------------


@pytest.mark.parametrize("runner", RUNNERS)
def test_missing_file_is_a_one_line_error(runner: str, tmp_path: Path) -> None:
    completed = run("clean", "no-such-page.txt", runner=runner, cwd=tmp_path)
    assert_one_line_error(completed, "no-such-page.txt", "No such file")


@pytest.mark.parametrize("runner", RUNNERS)
def test_binary_file_is_a_one_line_error(runner: str, tmp_path: Path) -> None:
    binary = tmp_path / "image.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 16)
    completed = run("clean", str(binary), runner=runner, cwd=tmp_path)
    assert_one_line_error(completed, "image.png", "binary")


def test_binary_stdin_is_a_one_line_error(tmp_path: Path) -> None:
    completed = run("clean", "-", stdin=bytes(range(32)) * 64, cwd=tmp_path)
    assert_one_line_error(completed, "<stdin>", "binary")


def test_unknown_charset_is_a_one_line_error(tmp_path: Path) -> None:
    assert_one_line_error(run("clean", str(PAGE), "--charset", "no-such-charset", cwd=tmp_path), "'no-such-charset'")


def test_directory_is_a_one_line_error(tmp_path: Path) -> None:
    assert_one_line_error(run("clean", str(tmp_path), cwd=tmp_path), str(tmp_path))


@pytest.mark.parametrize(
    "args",
    [
        pytest.param([], id="no-command"),
        pytest.param(["clean"], id="no-file"),
        pytest.param(["clean", str(PAGE), "--format", "pdf"], id="unknown-format"),
        pytest.param(["clean", str(PAGE), "--json", "--explain"], id="json-and-explain"),
        pytest.param(["tidy", str(PAGE)], id="unknown-command"),
    ],
)
def test_bad_usage_exits_with_code_2_and_no_traceback(args: list[str], tmp_path: Path) -> None:
    completed = run(*args, cwd=tmp_path)
    assert completed.returncode == 2
    assert "Traceback" not in completed.stderr
    assert completed.stderr.strip().splitlines()[-1].startswith("cleaner")


def test_version_names_the_package(tmp_path: Path) -> None:
    completed = run("--version", cwd=tmp_path)
    assert completed.returncode == 0
    assert re.fullmatch(r"cleaner \S+\n", completed.stdout)


# -- the formatting helpers ----------------------------------------------------------------------


def make_block(text: str, label: Label, votes: list[Vote]) -> Block:
    """A block with the given text, label and votes, decided inside the region (body) or outside it."""
    body = label is Label.BODY
    return Block(
        text=text,
        label=label,
        score=0.5 if body else 0.1,
        votes=votes,
        decision="in_region&score>=0.2" if body else "out_of_region&score<0.95",
        start=0,
        end=len(text),
    )


def test_compact_vote_reads_heuristic_reason_and_signed_value() -> None:
    assert compact_vote(Vote(heuristic="text_shape", value=0.5, reason="terminal")) == "text_shape:terminal(+0.5)"
    assert compact_vote(Vote(heuristic="position", value=-1.0, reason="in_last_5%")) == "position:in_last_5%(-1)"


def test_truncate_cuts_with_an_ellipsis_only_when_needed() -> None:
    assert truncate("short", 10) == "short"
    assert truncate("0123456789", 10) == "0123456789"
    assert truncate("0123456789abc", 10) == "012345678…"


def test_explain_colours_labels_only_when_asked() -> None:
    result = CleanResult(
        format="text",
        title=None,
        text="Body.",
        blocks=[make_block("Body.", Label.BODY, []), make_block("Menu", Label.CHROME, [])],
    )
    plain = format_explain(result, columns=80, colour=False)
    assert plain.splitlines()[0] == "title: (none found)"
    assert "\x1b[" not in plain
    assert "[in_region&score>=0.2]" in plain
    assert "\x1b[" in format_explain(result, columns=80, colour=True)


def test_explain_keeps_each_text_line_within_the_width() -> None:
    block = make_block("word " * 100, Label.CHROME, [Vote(heuristic="h", value=-1.0, reason="r" * 30)] * 8)
    result = CleanResult(format="text", text="", blocks=[block])
    assert all(len(line) <= 60 for line in format_explain(result, columns=60).splitlines())


def test_strongest_negative_reason_weighs_votes_by_the_combiner_weights() -> None:
    votes = [
        Vote(heuristic="light", value=-1.0, reason="a"),
        Vote(heuristic="heavy", value=-0.6, reason="b"),
        Vote(heuristic="pro", value=1.0, reason="c"),
    ]
    settings = CombineSettings(weights={"light": 0.5, "heavy": 2.0})
    assert strongest_negative_reason(votes, settings) == "heavy:b"
    assert strongest_negative_reason(votes[2:], settings) == "(no negative vote)"


def test_markdown_prints_the_body_with_its_structure(tmp_path: Path) -> None:
    prose = "Storms form when warm moist air rises quickly into cooler air above, and the results can be dramatic."
    page = tmp_path / "page.html"
    page.write_text(
        f"<html><body><nav><a href='/'>Home</a></nav><article><h1>Guide to storms</h1><p>{prose}</p>"
        f"<h2>Packing</h2><p>Check the bag {prose}</p><ul><li>Water for three days</li><li>A torch and batteries</li>"
        f"</ul><p>Then {prose}</p></article></body></html>",
        encoding="utf-8",
    )

    completed = run("clean", str(page), "--markdown")

    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.startswith(f"# Guide to storms\n\n{prose}\n\n## Packing\n")
    assert "- Water for three days\n- A torch and batteries\n" in completed.stdout


def test_markdown_and_json_cannot_be_asked_together(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text("Some text.\n", encoding="utf-8")

    completed = run("clean", str(page), "--markdown", "--json")

    assert completed.returncode == 2
    assert "not allowed with argument" in completed.stderr


def test_comments_flag_keeps_readers_comments(tmp_path: Path) -> None:
    prose = "The council closed the coast road after the river rose over its banks during the night. " * 2
    comment = "I live by the harbour and the water reached our door before dawn, so we moved the car uphill."
    page = tmp_path / "page.html"
    page.write_text(
        f"<html><body><article><h1>Storm</h1><p>{prose}</p><p>{prose} Again.</p><p>{prose} More.</p></article>"
        f'<section class="comments"><h2>2 Comments</h2><div class="comment"><p>Jane says:</p><p>{comment}</p></div>'
        f'<div class="comment"><p>Tom says:</p><p>{comment} Yes.</p></div></section></body></html>',
        encoding="utf-8",
    )

    default = run("clean", str(page))
    kept = run("clean", str(page), "--comments")

    assert default.returncode == kept.returncode == 0
    assert "before dawn" not in default.stdout
    assert "before dawn" in kept.stdout
