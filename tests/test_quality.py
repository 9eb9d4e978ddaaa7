"""Cleaning quality: the bundled fixtures word for word, and the quality gate of `benchmarks/floors.toml`.

The gate scores the cleaner as `cleaner bench` does (text mode, each data set's title
convention) on the fixtures and, when `../shared/data/dev` is present, on the development data.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

import cleaner
from cleaner.bench.datasets import Dataset, load_dataset
from cleaner.bench.runner import score_pipeline
from cleaner.fixtures import load_fixtures

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = load_fixtures(ROOT / "fixtures")
DEV_DATA = ROOT.parent / "shared" / "data" / "dev"
FLOORS: dict[str, float] = tomllib.loads((ROOT / "benchmarks" / "floors.toml").read_text(encoding="utf-8"))["text_f1"]
# Judging every block alone, as if all were inside the main region, leaks chrome.
WORSE = cleaner.Cleaner(combine_settings=cleaner.CombineSettings(outside_min_score=0.2))


def _words(text: str) -> list[str]:
    return text.split()


@pytest.mark.parametrize("fixture", FIXTURES, ids=[fixture.name for fixture in FIXTURES])
def test_fixture_body_is_cleaned_word_for_word(fixture: cleaner.fixtures.Fixture) -> None:
    result = cleaner.clean(fixture.raw(), url=fixture.url, format=fixture.format)

    assert _words(result.text) == _words(fixture.gold)
    assert result.title == fixture.title
    if fixture.title is not None:
        assert next(block.decision for block in result.blocks if block.text == fixture.title) == "title"
    for snippet in fixture.must_drop:
        assert " ".join(snippet.split()) not in " ".join(result.text.split())


def gate_dataset(name: str) -> Dataset:
    """The data set a floor names: the bundled fixtures, or a development set (skipped when absent)."""
    if name == "fixtures":
        return load_dataset(ROOT / "fixtures")
    path = DEV_DATA / f"{name}.jsonl.gz"
    if not path.exists():
        pytest.skip(f"development data {path} is absent (it lives in ../shared/data beside the project)")
    return load_dataset(path)


def test_floors_are_shingle_f1_figures_of_known_data_sets() -> None:
    assert set(FLOORS) >= {"fixtures", "scrapinghub", "wcxb-dev"}
    assert all(0 < floor <= 1 for floor in FLOORS.values())


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_text_mode_quality_stays_above_its_floor(name: str) -> None:
    f1 = score_pipeline(cleaner.Cleaner(), gate_dataset(name)).f1

    assert f1 >= FLOORS[name], f"{name}: shingle F1 {f1:.4f} fell below its floor {FLOORS[name]}"


@pytest.mark.parametrize("name", ["fixtures", "scrapinghub"])
def test_a_worse_pipeline_falls_below_the_floor(name: str) -> None:
    assert score_pipeline(WORSE, gate_dataset(name)).f1 < FLOORS[name]


def test_a_combiner_blind_to_the_main_region_fails_the_fixture() -> None:
    fixture = next(fixture for fixture in FIXTURES if fixture.format == "text")

    result = WORSE.clean(fixture.raw(), format=fixture.format)

    assert _words(result.text) != _words(fixture.gold)
