"""Cleaning quality: the bundled fixtures, and the quality gate of `benchmarks/floors.toml`.

The gate scores the cleaner as `cleaner bench` does (text and HTML mode, each data set's title
convention) on the fixtures and, when `../shared/data/dev` is present, on the development data.
"""

from __future__ import annotations

import itertools
import tomllib
from pathlib import Path

import pytest

import cleaner
from cleaner.bench.datasets import Dataset, load_dataset
from cleaner.bench.runner import score_pipeline
from cleaner.bench.systems import Mode
from cleaner.fixtures import Fixture, load_fixtures

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = load_fixtures(ROOT / "fixtures")
DEV_DATA = ROOT.parent / "shared" / "data" / "dev"
FLOORS_BY_MODE: dict[str, dict[str, float]] = {
    section.removesuffix("_f1"): floors
    for section, floors in tomllib.loads((ROOT / "benchmarks" / "floors.toml").read_text(encoding="utf-8")).items()
}
GATES = [(mode, name) for mode, floors in sorted(FLOORS_BY_MODE.items()) for name in sorted(floors)]
# Judging every block alone, as if all were inside the main region, leaks chrome.
WORSE = cleaner.Cleaner(combine_settings=cleaner.CombineSettings(outside_min_score=0.2))

# The fixtures cleaned word for word today (text form). The others are scored against the
# fixtures' floor; here they must clean into consistent results. Add a name when it comes out exact.
EXACT_FIXTURES = ("independent-afghanistan",)
CASES = [(fixture, form) for fixture in FIXTURES for form in fixture.forms]
EXACT_CASES = [(fixture, form) for fixture, form in CASES if fixture.name in EXACT_FIXTURES]


def _words(text: str) -> list[str]:
    return text.split()


def _ids(cases: list[tuple[Fixture, str]]) -> list[str]:
    return [f"{fixture.name}-{form}" for fixture, form in cases]


@pytest.mark.parametrize(("fixture", "form"), CASES, ids=_ids(CASES))
def test_fixture_cleans_into_consistent_blocks(fixture: Fixture, form: str) -> None:
    raw = fixture.raw(form)
    result = cleaner.clean(raw, url=fixture.url, format=form)
    page = raw.decode("utf-8")

    body = [block.text for block in result.blocks if block.label is cleaner.Label.BODY]
    assert result.text == "\n\n".join(body)
    assert result.title is None or result.title in body
    assert all(earlier.end < later.start for earlier, later in itertools.pairwise(result.blocks))
    if form == "text":  # HTML blocks point into the page's rendering, text blocks into the page
        assert all(page[block.start : block.end] == block.text for block in result.blocks)


@pytest.mark.parametrize(("fixture", "form"), EXACT_CASES, ids=_ids(EXACT_CASES))
def test_fixture_is_cleaned_word_for_word(fixture: Fixture, form: str) -> None:
    result = cleaner.clean(fixture.raw(form), url=fixture.url, format=form)

    assert _words(result.text) == _words(fixture.gold)
    assert result.title == fixture.title
    if fixture.title is not None:
        assert next(block.decision for block in result.blocks if block.text == fixture.title) == "title"
    for snippet in fixture.must_drop:
        assert " ".join(snippet.split()) not in " ".join(result.text.split())


def test_exact_fixtures_exist() -> None:
    names = {fixture.name for fixture in FIXTURES}
    assert set(EXACT_FIXTURES) <= names, f"EXACT_FIXTURES names no fixture: {set(EXACT_FIXTURES) - names}"


def test_a_combiner_blind_to_the_main_region_fails_the_exact_fixture() -> None:
    fixture = next(fixture for fixture in FIXTURES if fixture.name == EXACT_FIXTURES[0])

    result = WORSE.clean(fixture.raw("text"), format="text")

    assert _words(result.text) != _words(fixture.gold)


def gate_dataset(name: str) -> Dataset:
    """The data set a floor names: the bundled fixtures, or a development set (skipped when absent)."""
    if name == "fixtures":
        return load_dataset(ROOT / "fixtures")
    path = DEV_DATA / f"{name}.jsonl.gz"
    if not path.exists():
        pytest.skip(f"development data {path} is absent (it lives in ../shared/data beside the project)")
    return load_dataset(path)


def test_floors_are_shingle_f1_figures_of_known_data_sets_in_both_modes() -> None:
    assert set(FLOORS_BY_MODE) == {"text", "html"}
    for floors in FLOORS_BY_MODE.values():
        assert set(floors) >= {"fixtures", "scrapinghub", "wcxb-dev"}
        assert all(0 < floor <= 1 for floor in floors.values())


@pytest.mark.parametrize(("mode", "name"), GATES)
def test_quality_stays_above_its_floor(mode: Mode, name: str) -> None:
    f1 = score_pipeline(cleaner.Cleaner(), gate_dataset(name), mode).f1

    floor = FLOORS_BY_MODE[mode][name]
    assert f1 >= floor, f"{name} ({mode}): shingle F1 {f1:.4f} fell below its floor {floor}"


@pytest.mark.parametrize("mode", ["text", "html"])
@pytest.mark.parametrize("name", ["fixtures", "scrapinghub"])
def test_a_worse_pipeline_falls_below_the_floor(mode: Mode, name: str) -> None:
    assert score_pipeline(WORSE, gate_dataset(name), mode).f1 < FLOORS_BY_MODE[mode][name]
