"""Cleaning quality: the bundled fixtures, and the quality gate of `benchmarks/floors.toml`.

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
from cleaner.fixtures import Fixture, load_fixtures

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = load_fixtures(ROOT / "fixtures")
DEV_DATA = ROOT.parent / "shared" / "data" / "dev"
FLOORS: dict[str, float] = tomllib.loads((ROOT / "benchmarks" / "floors.toml").read_text(encoding="utf-8"))["text_f1"]
# Judging every block alone, as if all were inside the main region, leaks chrome.
WORSE = cleaner.Cleaner(combine_settings=cleaner.CombineSettings(outside_min_score=0.2))

# The fixtures cleaned word for word today (text form). The others are scored against the
# fixtures' floor; here they must clean into consistent results. Add a name when it comes out exact.
EXACT_FIXTURES = ("independent-afghanistan",)
# Forms the cleaner reads today; "html" joins when the HTML segmenter lands.
CLEANED_FORMS = ("text",)
CASES = [(fixture, form) for fixture in FIXTURES for form in fixture.forms if form in CLEANED_FORMS]
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
    assert all(page[block.start : block.end] == block.text for block in result.blocks)
    assert result.title is None or result.title in body


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
