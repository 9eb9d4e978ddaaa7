"""benchmarks/instructions.py: the instructions a page costs, counted by callgrind in child processes."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).parents[1] / "benchmarks" / "instructions.py"
ARTICLE = "\n".join(
    [
        "Home News Sport",
        "The river rose overnight",
        *[f"Paragraph {n} tells what the town saw when the water came, and what it did about it." for n in range(6)],
        "Share this story",
    ]
)


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args], capture_output=True, text=True, timeout=600, check=False
    )


def _pages(tmp_path: Path, count: int = 6) -> Path:
    """`count` pages: five to warm up on, and the ones counted after them."""
    data = tmp_path / "pages.jsonl"
    records = [
        {"id": str(index), "url": f"https://example.com/river-{index}", "text": ARTICLE, "body": ARTICLE}
        for index in range(count)
    ]
    data.write_text("".join(json.dumps(record) + "\n" for record in records))
    return data


@pytest.mark.skipif(shutil.which("valgrind") is None, reason="valgrind is not installed: the benchmark counts with it")
def test_the_cleaner_is_counted_in_millions_of_instructions_a_page(tmp_path: Path) -> None:
    completed = _run(str(_pages(tmp_path)), "--mode", "text", "--pages", "1", "--systems", "cleaner")

    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.startswith("pages.jsonl, text, 1 pages: instructions a page (callgrind)\n")
    counted = re.search(r"  cleaner: ([\d.]+) M\n", completed.stdout)
    assert counted is not None and 0.1 < float(counted.group(1)) < 1000


def test_a_count_of_pages_below_one_an_unknown_system_or_one_without_the_mode_is_refused_by_name(
    tmp_path: Path,
) -> None:
    data = str(_pages(tmp_path))

    refused = _run(data, "--pages", "0")
    assert refused.returncode == 2 and "--pages must be at least 1, got 0" in refused.stderr
    short = _run(data, "--mode", "text", "--pages", "2", "--systems", "cleaner")
    assert short.returncode == 2 and "--pages 2 needs 7 pages with a text form" in short.stderr
    assert "and it holds 6" in short.stderr
    unknown = _run(data, "--systems", "cleaner,nosuch")
    assert unknown.returncode == 2 and "unknown system 'nosuch'" in unknown.stderr
    modeless = _run(data, "--mode", "text", "--systems", "cleaner,trafilatura")
    assert modeless.returncode == 2 and "trafilatura has no text mode" in modeless.stderr


def test_the_run_that_cleans_no_page_still_reads_the_pages_it_counts(tmp_path: Path) -> None:
    # The count is the difference of two runs; loading a page of the data set costs millions of
    # instructions, so both runs must load the same pages or the difference charges it to the system.
    data = _pages(tmp_path)
    with data.open("a") as pages:
        pages.write("not a record\n")  # the seventh page, the second counted

    warm_up_only = _run(str(data), "--mode", "text", "--system", "cleaner", "--counted", "0", "--pages", "2")

    assert warm_up_only.returncode != 0
    assert "pages.jsonl:7: not JSON" in warm_up_only.stderr
