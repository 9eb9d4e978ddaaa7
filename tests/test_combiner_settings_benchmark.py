"""benchmarks/combiner_settings.py: variants of the combiner's settings judged on votes cast once."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from cleaner.bench.datasets import load_dataset
from cleaner.bench.runner import score_pipeline
from cleaner.combine import CombineSettings
from cleaner.pipeline import Cleaner

ROOT = Path(__file__).parents[1]
SCRIPT = ROOT / "benchmarks" / "combiner_settings.py"
FIXTURES = ROOT / "fixtures"
# Nothing scores 1.0, and no context pass or sparse page widens the body: every page loses its body.
NOTHING_IS_BODY = (
    '{"inside_min_score": 1.0, "outside_min_score": 1.0, "context_max_words": 0, "sparse_body_max_words": 0}'
)


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("combiner_settings", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up while they are built
    spec.loader.exec_module(module)
    return module


combiner_settings = _script()


def _run_script(*arguments: str) -> subprocess.CompletedProcess[str]:
    """The command run as a user runs it, with `arguments`."""
    return subprocess.run(
        [sys.executable, str(SCRIPT), *arguments], capture_output=True, text=True, timeout=300, check=False
    )


def test_the_defaults_score_as_the_bench_scores_the_pipeline() -> None:
    dataset = load_dataset(FIXTURES)

    defaults = combiner_settings.compare(dataset, "html", [])[0]

    assert defaults.f1 == score_pipeline(Cleaner(), dataset, "html").f1
    assert (defaults.moved, defaults.emptied) == (0, 0)


def test_a_variant_is_judged_on_the_same_votes_and_counts_the_pages_it_moved_and_emptied() -> None:
    dataset = load_dataset(FIXTURES)
    strict = CombineSettings(inside_min_score=1.0, outside_min_score=1.0, context_max_words=0, sparse_body_max_words=0)

    defaults, variant = combiner_settings.compare(dataset, "html", [NOTHING_IS_BODY])

    assert variant.f1 == pytest.approx(score_pipeline(Cleaner(combine_settings=strict), dataset, "html").f1)
    assert variant.f1 < defaults.f1
    assert variant.moved == len([record for record in dataset.records if record.html is not None])
    # The headline stays where one is found, so only the pages without one come out empty.
    expected_empty = sum(
        1
        for record in dataset.records
        if record.html is not None and not Cleaner(combine_settings=strict).clean(record.html, format="html").text
    )
    assert variant.emptied == expected_empty > 0


@pytest.mark.parametrize("name", ["dom_hints", "boilerplate_phrases"])
def test_a_heuristic_left_out_is_judged_as_the_pipeline_without_it_judges(name: str) -> None:
    dataset = load_dataset(FIXTURES)

    defaults, without = combiner_settings.compare(dataset, "html", [], withouts=[name])

    assert without.settings == f"without {name}"
    assert without.f1 == pytest.approx(score_pipeline(Cleaner().without(name), dataset, "html").f1)
    assert without.f1 != defaults.f1
    assert without.moved > 0


def test_a_heuristic_the_pipeline_lacks_is_named_with_those_it_has() -> None:
    with pytest.raises(SystemExit) as raised:
        combiner_settings.compare(load_dataset(FIXTURES), "html", [], withouts=["no_such_heuristic"])

    message = str(raised.value)
    assert message.startswith("--without 'no_such_heuristic': expected one of the pipeline's heuristics: ")
    assert "dom_hints" in message and "text_shape" in message


def test_the_halves_split_the_pages_by_host() -> None:
    half_of = combiner_settings.half_of

    assert len({half_of(f"https://www.example.com/{n}", str(n)) for n in range(20)}) == 1
    assert half_of("https://www.example.com/a", "1") == half_of("http://example.com/b?c=d", "2")
    assert {half_of(f"https://site{n}.example/", str(n)) for n in range(20)} == {0, 1}
    assert half_of(None, "page-7") == half_of("", "page-7") == half_of("http://[::1", "page-7")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{oops", "Invalid JSON"),
        ("[1]", "Input should be an object"),
        ('{"no_such_setting": 1}', "no_such_setting"),
        ('{"context_max_words": -1}', "context_max_words"),
    ],
)
def test_a_bad_variant_names_itself_and_what_was_expected(text: str, message: str) -> None:
    with pytest.raises(SystemExit) as raised:
        combiner_settings.variant(text, CombineSettings())

    assert f"--try {text!r}: expected a JSON object of CombineSettings fields" in str(raised.value)
    assert message in str(raised.value)


def test_weights_given_are_merged_over_the_defaults() -> None:
    settings = combiner_settings.variant('{"weights": {"position": 1.0}}', CombineSettings())

    assert settings.weight("position") == 1.0
    assert settings.weight("dom_hints") == CombineSettings().weight("dom_hints")


def test_the_command_prints_a_row_a_variant_beside_the_defaults() -> None:
    run = _run_script(str(FIXTURES), "--mode", "text", "--try", NOTHING_IS_BODY)

    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    assert lines[0] == "| settings | shingle F1 | half A | half B | pages moved | pages emptied |"
    assert lines[2].startswith("| `defaults` | ") and lines[2].endswith("| 0 | 0 |")
    assert lines[3].startswith(f"| `{NOTHING_IS_BODY}` | ")
    assert len(lines) == 4


def test_the_command_prints_a_row_a_heuristic_left_out() -> None:
    run = _run_script(str(FIXTURES), "--mode", "text", "--without", "text_shape")

    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    assert lines[2].startswith("| `defaults` | ")
    assert lines[3].startswith("| `without text_shape` | ") and not lines[3].endswith("| 0 | 0 |")
    assert len(lines) == 4


def test_a_data_set_that_cannot_be_read_is_named_in_a_clear_error(tmp_path: Path) -> None:
    data = tmp_path / "pages.jsonl"
    data.write_bytes(b"\x00\x01 not json\n")

    run = _run_script(str(data))

    assert run.returncode == 2
    assert f"{data}:1: not JSON" in run.stderr
    assert "Traceback" not in run.stderr
