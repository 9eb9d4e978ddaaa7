"""A corpus of hostile and broken pages, built here, run through `cleaner.clean` and the installed command.

Every page either comes out as a result or is refused with an `InputError` (the command: one
line on standard error, exit code 2, no traceback). No page hangs (each command run has a
timeout) and none costs more than MEMORY_BOUND_MB at its peak, the 50 MB page included: the
limits (`cleaner.Limits`) refuse it before it is read into a DOM.
"""

from __future__ import annotations

import gzip
import itertools
import json
import os
import random
import subprocess
import sys
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

import cleaner
from cleaner import CleanResult, InputError, Label, Limits

SCRIPT = Path(sys.executable).parent / ("cleaner.exe" if os.name == "nt" else "cleaner")
HANG_GUARD_SECONDS = 120
MEMORY_BOUND_MB = 1_500
SECRET = "s3cr3t-7f1e2d-never-in-any-output"
PROSE = (
    "The council said on Tuesday that the coastal road would stay closed for a second night while "
    "engineers inspect the damage, and that the ferry will run an extra service for those who need it."
)
# Runs a command and prints, as JSON, its exit code, what it wrote and its peak resident memory.
MEASURE = """
import json, resource, subprocess, sys
completed = subprocess.run(sys.argv[2:], capture_output=True, timeout=float(sys.argv[1]))
print(json.dumps({
    "code": completed.returncode,
    "stdout": completed.stdout.decode("utf-8", "replace"),
    "stderr": completed.stderr.decode("utf-8", "replace"),
    "peak_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
}))
"""


def _html(body: str, head: str = "<title>Storm</title>") -> str:
    return f"<!doctype html><html><head>{head}</head><body>{body}</body></html>"


def _article() -> str:
    return _html("<nav><a href='/'>Home</a></nav><h1>Storm</h1>" + f"<p>{PROSE}</p>" * 4)


def _png(_: Path) -> bytes:
    return b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + random.Random(1).randbytes(20_000)


def _pdf(_: Path) -> bytes:
    stream = zlib.compress(random.Random(2).randbytes(20_000))
    return b"%PDF-1.7\n1 0 obj\n<< /Length 5 >>\nstream\n" + stream + b"\nendstream\nendobj\n%%EOF\n"


def _gzip(_: Path) -> bytes:
    return gzip.compress(_article().encode())


def _fifty_megabytes(_: Path) -> bytes:
    paragraph = f"<p>{PROSE}</p>\n"
    return _html(paragraph * (50_000_000 // len(paragraph) + 1)).encode()


def _at_the_limits(_: Path) -> bytes:
    """Short linked paragraphs up to the character limit: the costliest kind of page the defaults accept."""
    words = PROSE.split()
    rows = []
    budget = Limits().max_input_chars - len(_html(""))
    for i in itertools.count():
        row = f'<p class="c{i % 50}"><a href="/{i}">{i}</a> {" ".join(words[i % 20 : i % 20 + 12])}.</p>'
        budget -= len(row)
        if budget < 0:
            return _html("".join(rows)).encode()
        rows.append(row)
    raise AssertionError("unreachable")


def _too_many_blocks(_: Path) -> bytes:
    return _html("<p>a</p>" * (Limits().max_input_chars // 8 - 100)).encode()


def _five_megabyte_line(_: Path) -> str:
    return (PROSE + " ") * (5_000_000 // (len(PROSE) + 1))


def _xxe(folder: Path) -> bytes:
    secret = folder / "secret.txt"
    secret.write_text(SECRET, encoding="utf-8")
    declaration = f'<!DOCTYPE html [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>'
    return (f'<?xml version="1.0"?>{declaration}<html><body><p>{PROSE}</p><p>&xxe;</p></body></html>').encode()


def _billion_laughs(_: Path) -> bytes:
    entities = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{n} "{f"&lol{n - 1};" * 10 if n > 1 else "&lol;" * 10}">' for n in range(1, 10)
    )
    return f'<?xml version="1.0"?><!DOCTYPE lolz [{entities}]><html><body><p>&lol9;</p></body></html>'.encode()


def _legacy_declared_as_another(_: Path) -> bytes:
    page = _html(f"<p>Crème brûlée à Noël. {PROSE}</p>", '<meta charset="shift_jis">')
    return page.encode("cp1252")


# name: (builder, a fragment of the InputError message when the page is refused, or None)
def _touching_inline_elements() -> str:
    """Inline elements by the tens of thousands, touching, in a spaced and an unspaced script, the last left open."""
    return _html("<p>" + "<span>word</span><b>東京</b><i>café</i>" * 60_000 + "<span>end</p>")


CASES: dict[str, tuple[Callable[[Path], bytes | str], str | None]] = {
    "empty": (lambda _: b"", None),
    "whitespace": (lambda _: b" \n\t\r\n \x0c ", None),
    "one byte": (lambda _: b"x", None),
    "one open bracket": (lambda _: b"<", None),
    "one invalid byte": (lambda _: b"\xff", None),
    "png": (_png, "looks binary"),
    "pdf": (_pdf, "looks binary"),
    "gzip": (_gzip, "looks binary"),
    "truncated html": (lambda _: _article()[: len(_article()) // 2] + '<p class="unfinish', None),
    "10,000-deep nesting": (lambda _: _html("<div>" * 10_000 + PROSE + "</div>" * 10_000), None),
    "10,000 unclosed inline tags": (lambda _: _html("<b><i>" * 5_000 + PROSE), None),
    "200,000 attributes on one element": (
        lambda _: _html(f"<p {' '.join(f'a{n}=x' for n in range(200_000))}>{PROSE}"),
        None,
    ),
    "unclosed comment": (lambda _: "<html><body><!--" + PROSE * 1_000, None),
    "50 MB page": (_fifty_megabytes, "max_input_chars"),
    "page at the limits": (_at_the_limits, None),
    "too many blocks": (_too_many_blocks, "max_blocks"),
    "5 MB line": (_five_megabyte_line, None),
    "5 MB line in html": (lambda _: _html(f"<p>{(PROSE + ' ') * 25_000}</p>"), None),
    "xxe": (_xxe, None),
    "billion laughs": (_billion_laughs, None),
    "script only": (lambda _: _html("<script>" + "var x = '<p>not text</p>';" * 1_000 + "</script>"), None),
    "links only": (lambda _: _html("".join(f"<a href='/{i}'>Story {i}</a>" for i in range(2_000))), None),
    # Unclosed forms, an article's header and button-named boxes by the hundred: the rules that read them
    # (input forms, article titles, a sparse page's controls) on markup that never closes.
    "unclosed forms, headers and buttons": (
        lambda _: _html("<form>" * 500 + "<article><header><h2>Title" + "<div class='btn'>Save" * 500 + f"<p>{PROSE}"),
        None,
    ),
    "180,000 touching inline elements": (lambda _: _touching_inline_elements(), None),
    "utf-16 without bom": (lambda _: _article().encode("utf-16-be"), None),
    "utf-16 with the wrong bom": (lambda _: b"\xff\xfe" + _article().encode("utf-16-be"), None),
    "legacy bytes declared as another": (_legacy_declared_as_another, None),
    "mixed encodings": (lambda _: "Café ".encode() + "Crème ".encode("cp1252") + PROSE.encode("utf-16-le"), None),
    "nul bytes": (lambda _: PROSE.replace(" ", "\x00", 3).encode(), None),
    "control characters": (lambda _: "".join(map(chr, range(32))) * 50, "looks binary"),
    "lone surrogates": (lambda _: f"{PROSE}\ud800\n\udfff{PROSE}", None),
    "bidi and zero-width characters": (lambda _: "\u202e\u200b\ufeff" * 1_000 + PROSE, None),
}


@pytest.fixture(params=list(CASES))
def case(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[bytes | str, str | None]:
    build, refusal = CASES[request.param]
    return build(tmp_path), refusal


def test_each_page_is_cleaned_or_refused_with_an_input_error(case: tuple[bytes | str, str | None]) -> None:
    raw, refusal = case

    if refusal is not None:
        with pytest.raises(InputError, match=refusal):
            cleaner.clean(raw)
        return
    result = cleaner.clean(raw)

    assert_consistent(result)
    assert SECRET not in result.model_dump_json()


def test_each_page_is_cleaned_or_refused_by_the_command_within_bounds(
    case: tuple[bytes | str, str | None], tmp_path: Path
) -> None:
    raw, refusal = case
    page = tmp_path / "page"
    page.write_bytes(raw.encode("utf-8", "surrogatepass") if isinstance(raw, str) else raw)

    run = _cleaner("clean", str(page), "--json")

    assert "Traceback" not in run.stderr
    assert run.peak_mb < MEMORY_BOUND_MB
    if refusal is not None:
        assert run.code == 2
        assert run.stderr.startswith("cleaner: error: ")
        assert refusal in run.stderr
        assert run.stderr.count("\n") == 1
    else:
        assert run.code == 0, run.stderr
        assert_consistent(CleanResult.model_validate_json(run.stdout))
        assert SECRET not in run.stdout


def test_endless_standard_input_is_refused_at_the_limit() -> None:
    run = _measured("sh", "-c", f"'{SCRIPT}' clean - < /dev/zero")

    assert run.code == 2
    assert "max_input_chars" in run.stderr
    assert run.peak_mb < MEMORY_BOUND_MB


# Encodings each small page is also written in, undeclared or declared as another one.
WRONG_ENCODINGS = {"utf-16-le": "iso-8859-1", "utf-32-be": "utf-8", "cp1252": "shift_jis", "koi8-r": "utf-16"}
SMALL_PAGE_CHARS = 1_000_000


@pytest.mark.parametrize(("encoding", "declared"), WRONG_ENCODINGS.items())
def test_every_small_page_in_a_wrong_or_undeclared_encoding_is_cleaned_or_refused(
    encoding: str, declared: str, tmp_path: Path
) -> None:
    for build, _ in CASES.values():
        raw = build(tmp_path)
        if len(raw) > SMALL_PAGE_CHARS:
            continue
        text = raw if isinstance(raw, str) else raw.decode("utf-8", "replace")
        for page in (text, f'<meta charset="{declared}">{text}'):
            try:
                result = cleaner.clean(page.encode(encoding, "replace"))
            except InputError:
                continue
            assert_consistent(result)


# -- what each kind of page comes out as ----------------------------------------------------------


def test_external_and_recursive_entities_are_left_unexpanded(tmp_path: Path) -> None:
    for raw in (_xxe(tmp_path), _billion_laughs(tmp_path)):
        texts = " ".join(block.text for block in cleaner.clean(raw).blocks)

        assert SECRET not in texts
        assert "lollol" not in texts


def test_touching_inline_elements_by_the_thousand_come_out_apart_where_words_would_run_together() -> None:
    result = cleaner.clean(_touching_inline_elements(), format="html")

    assert all(len(block.text) <= Limits().max_line_chars for block in result.blocks)
    # A space where two Latin words touch; none where Latin touches Japanese.
    assert result.blocks[0].text.startswith("word東京café word東京café word")
    assert result.blocks[-1].text.endswith("word東京café end")


def test_deep_nesting_keeps_its_text() -> None:
    raw = CASES["10,000-deep nesting"][0](Path())

    assert cleaner.clean(raw).text == PROSE


def test_the_five_megabyte_line_is_cut_into_blocks_within_the_line_limit() -> None:
    raw = _five_megabyte_line(Path())

    result = cleaner.clean(raw)

    # Each piece ends at a space, a word short of the limit at most.
    assert len(raw) / Limits().max_line_chars <= len(result.blocks) <= len(raw) / Limits().max_line_chars + 2
    assert all(len(block.text) <= Limits().max_line_chars for block in result.blocks)
    assert " ".join(block.text for block in result.blocks) == raw.strip()


def test_a_five_megabyte_paragraph_of_html_is_cut_into_blocks_within_the_line_limit() -> None:
    # One text node of 5 MB: the walk's line grows to hold it, then is cut as a text line is.
    line = _five_megabyte_line(Path()).strip()

    result = cleaner.clean(_html(f"<p>\n  {line}\n</p>"), format="html")

    assert all(len(block.text) <= Limits().max_line_chars for block in result.blocks)
    assert " ".join(block.text for block in result.blocks) == line


@pytest.mark.parametrize("name", ["script only", "links only"])
def test_pages_without_prose_give_no_body(name: str) -> None:
    result = cleaner.clean(CASES[name][0](Path()))

    assert result.text == ""


def assert_consistent(result: CleanResult) -> None:
    """What holds for every result: labels on every block, the body text made of the body blocks."""
    assert all(isinstance(block.label, Label) for block in result.blocks)
    assert all(0.0 <= block.score <= 1.0 for block in result.blocks)
    assert result.text == "\n\n".join(block.text for block in result.blocks if block.label is Label.BODY)


@dataclass(frozen=True)
class Run:
    """One run of the command: its exit code, what it wrote, and its peak resident memory."""

    code: int
    stdout: str
    stderr: str
    peak_mb: float


def _measured(*command: str) -> Run:
    completed = subprocess.run(
        [sys.executable, "-c", MEASURE, str(HANG_GUARD_SECONDS), *command],
        capture_output=True,
        text=True,
        timeout=HANG_GUARD_SECONDS + 30,
        check=True,
    )
    return Run(**json.loads(completed.stdout))


def _cleaner(*args: str) -> Run:
    assert SCRIPT.exists(), f"no console script at {SCRIPT}: install the package (pip install '.[test]')"
    return _measured(str(SCRIPT), *args)
