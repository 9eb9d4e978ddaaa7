"""templated_run: consecutive lines opening with the same words are a list a template made."""

from __future__ import annotations

import pytest
from helpers import line, votes

from cleaner.errors import ConfigError
from cleaner.heuristics.templated_run import TemplatedRun

S = TemplatedRun().settings
CITIES = ("Atlanta", "Austin", "Boston", "Charlotte", "Denver", "Houston", "Miami", "Phoenix")


def _page(items: list[str]) -> str:
    """A paragraph, the items on consecutive lines, then another paragraph."""
    return "\n\n".join(
        [line(25, stopwords=8, seed=1, end="."), "\n".join(items), line(25, stopwords=8, seed=2, end=".")]
    )


def _templated(count: int, opening: str = "Average Costs for", end: str = "") -> list[str]:
    return [f"{opening} Cleaning in {city}{end}" for city in CITIES[:count]]


def test_a_run_of_the_fewest_templated_lines_votes_chrome_and_one_line_fewer_abstains() -> None:
    at = votes(TemplatedRun(), _page(_templated(S.min_lines)))
    below = votes(TemplatedRun(), _page(_templated(S.min_lines - 1)))

    assert at[0] is None and at[-1] is None
    assert all(vote is not None and vote.value == -1.0 for vote in at[1:-1])
    assert below == [None] * len(below)


def test_lines_ending_like_sentences_are_a_writers_parallel_sentences() -> None:
    result = votes(TemplatedRun(), _page(_templated(S.min_lines, end=".")))

    assert result == [None] * len(result)


def test_a_line_opening_otherwise_breaks_the_run() -> None:
    items = _templated(S.min_lines)
    items[S.min_lines // 2] = "Best Cleaning Services in Dallas"

    assert all(vote is None for vote in votes(TemplatedRun(), _page(items)))


def test_lines_no_longer_than_their_opening_have_no_varying_end() -> None:
    opening = " ".join(f"Word{index}" for index in range(S.prefix_words))
    items = [opening] * S.min_lines

    assert all(vote is None for vote in votes(TemplatedRun(), _page(items)))


def test_the_opening_is_compared_case_folded() -> None:
    items = _templated(S.min_lines)
    items[0] = items[0].upper()

    assert all(vote is not None for vote in votes(TemplatedRun(), _page(items))[1:-1])


@pytest.mark.parametrize(("setting", "value"), [("prefix_words", 0), ("min_lines", 1)])
def test_a_setting_past_its_bound_is_refused_by_name(setting: str, value: int) -> None:
    with pytest.raises(ConfigError, match=setting):
        TemplatedRun(**{setting: value})
