"""The README's examples work: its Python blocks run, its TOML builds a pipeline, its commands exist.

Each Python block runs in its own interpreter, from a folder holding a copy of `fixtures/` and
the configuration TOML as `pipeline.toml`, so that a block which registers a heuristic does not
change the registry of this test process.
"""

from __future__ import annotations

import itertools
import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from cleaner import Cleaner

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
CODE_BLOCK = re.compile(r"^```(\w*)\n(.*?)^```$", re.MULTILINE | re.DOTALL)
TEST_COMMAND = (
    "python3 -m venv .venv && . .venv/bin/activate && pip install -U pip && "
    "pip install -e '.[test]' && python -m pytest"
)
INSTALL_COMMAND = (
    "python3 -m venv .venv && . .venv/bin/activate && pip install . && "
    "cleaner clean fixtures/independent-afghanistan/page.txt --summary"
)


def sections() -> dict[str, str]:
    """The README's `## ` sections by heading."""
    parts = re.split(r"^## (.+)$", README, flags=re.MULTILINE)
    return dict(zip(parts[1::2], parts[2::2], strict=True))


def code_blocks(text: str, language: str) -> list[str]:
    return [body for lang, body in CODE_BLOCK.findall(text) if lang == language]


def python_blocks() -> list[pytest.ParameterSet]:
    return [
        pytest.param(block, id=f"{heading.lower().replace(' ', '-')}-{number}")
        for heading, text in sections().items()
        for number, block in enumerate(code_blocks(text, "python"), start=1)
    ]


def config_toml() -> str:
    (config,) = code_blocks(sections()["Configuration"], "toml")
    return config


def test_quick_start_is_two_single_line_commands() -> None:
    commands = code_blocks(sections()["Quick start"], "sh")
    assert commands == [INSTALL_COMMAND + "\n", TEST_COMMAND + "\n"]


def test_ci_runs_the_readme_test_command() -> None:
    script = ROOT / ".ci" / "run"
    lines = script.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "#!/usr/bin/env bash"
    assert "set -euo pipefail" in lines
    commands = [line for line in lines[1:] if line.strip() and not line.lstrip().startswith("#")]
    assert commands[-1] == TEST_COMMAND, "the last command of .ci/run is the README's test command"
    assert os.access(script, os.X_OK), ".ci/run must be executable"


def test_readme_has_python_examples() -> None:
    assert len(python_blocks()) >= 3


@pytest.mark.parametrize("code", python_blocks())
def test_python_example_runs(code: str, tmp_path: Path) -> None:
    shutil.copytree(ROOT / "fixtures", tmp_path / "fixtures")
    (tmp_path / "pipeline.toml").write_text(config_toml(), encoding="utf-8")
    completed = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, timeout=120, check=False
    )
    assert completed.returncode == 0, completed.stderr


def test_config_example_builds_the_pipeline_it_describes(tmp_path: Path) -> None:
    config = tmp_path / "pipeline.toml"
    config.write_text(config_toml(), encoding="utf-8")
    for pipeline in (Cleaner.from_config(config), Cleaner.from_config(tomllib.loads(config_toml()))):
        assert [heuristic.name for heuristic in pipeline.heuristics] == ["text_shape", "stopword_density"]
        assert pipeline.heuristics[1].settings.model_dump()["min_words"] == 6
        weights = pipeline.combine_settings.weights
        assert (weights["text_shape"], weights["stopword_density"]) == (1.5, 1.0)


def test_plugin_example_declares_the_entry_point_group() -> None:
    (plugin,) = code_blocks(sections()["Writing a heuristic"], "toml")
    entry_points = tomllib.loads(plugin)["project"]["entry-points"]["cleaner.heuristics"]
    assert entry_points == {"shouting": "cleaner_shouting:Shouting"}


def test_cli_options_in_the_readme_exist() -> None:
    help_text = subprocess.run(
        [sys.executable, "-m", "cleaner", "clean", "--help"], capture_output=True, text=True, check=True
    ).stdout
    documented = set(re.findall(r"(?<![\w-])--[a-z][a-z-]+", sections()["Command line"]))
    assert documented
    assert {option for option in documented if option not in help_text} == set()


def test_benchmark_section_has_the_command_a_table_of_the_cleaner_beside_its_peers_and_the_chart() -> None:
    benchmark = sections()["Benchmark"]
    assert "cleaner bench fixtures ../shared/data/dev/scrapinghub.jsonl.gz" in benchmark
    table_rows = [row for row in benchmark.splitlines() if row.startswith("|")]
    for system in ("cleaner", "trafilatura", "c4-filter", "justext"):
        assert any(row.startswith(f"| {system} |") for row in table_rows), system
    assert "](benchmarks/results/chart.png)" in benchmark
    assert (ROOT / "benchmarks" / "results" / "chart.png").read_bytes().startswith(b"\x89PNG")
    assert (ROOT / "benchmarks" / "floors.toml").is_file()


def test_bench_options_in_the_readme_exist() -> None:
    help_text = subprocess.run(
        [sys.executable, "-m", "cleaner", "bench", "--help"], capture_output=True, text=True, check=True
    ).stdout
    options_table = "\n".join(row for row in sections()["Benchmark"].splitlines() if row.startswith("| `--"))
    documented = set(re.findall(r"(?<![\w-])--[a-z][a-z-]+", options_table))
    assert {"--systems", "--mode", "--limit", "--title", "--worst", "--out"} <= documented
    assert {option for option in documented if option not in help_text} == set()


@pytest.mark.parametrize("path", ["README.md", "benchmarks/results/results.md"])
def test_every_table_ends_before_a_blank_line(path: str) -> None:
    """A paragraph right under a table's last row renders as one more row of it."""
    lines = (ROOT / path).read_text(encoding="utf-8").splitlines()
    run_on = [
        f"line {number + 2}: {following[:60]!r}"
        for number, (row, following) in enumerate(itertools.pairwise(lines))
        if row.startswith("|") and following.strip() and not following.startswith("|")
    ]
    assert run_on == []


def tables_under_headings(text: str) -> dict[str, str]:
    """Each `###` or `####` heading of `text` with the table that follows it (its rows, joined)."""
    tables: dict[str, str] = {}
    heading = None
    for line in text.splitlines():
        if line.startswith(("### ", "#### ")):
            heading = line
        elif heading is not None and line.startswith("|"):
            tables[heading] = tables.get(heading, "") + line + "\n"
        elif heading in tables:
            heading = None  # the table has ended: later rows belong to no heading
    return tables


def test_readme_results_tables_are_those_of_the_last_bench_run() -> None:
    """The README quotes benchmarks/results/results.md: a table edited or left behind by hand fails."""
    quoted = tables_under_headings(sections()["Benchmark"])
    measured = tables_under_headings((ROOT / "benchmarks/results/results.md").read_text(encoding="utf-8"))
    assert {"### fixtures", "### scrapinghub", "### wcxb-dev"} <= {heading.split(":")[0] for heading in quoted}
    assert {heading: table for heading, table in quoted.items() if measured.get(heading) != table} == {}
