"""record_shape: lines whose shapes come back at a short, steady period are records, and vote body."""

from __future__ import annotations

import math
import re

import pytest
from helpers import line, votes
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from cleaner.heuristics.line_passes import shape_period_votes
from cleaner.heuristics.record_list import WORD_BUCKETS
from cleaner.heuristics.record_shape import RecordShape, RecordShapeSettings

S = RecordShape().settings
REASON = f"shape_period>={S.min_periods}"
# (words, ending) of each line of a record, all of different shapes (length class, sentence end).
RECORD_LINES = ((1, ""), (4, ""), (10, ""), (4, "."), (10, "."), (20, ""), (2, "."), (20, "."))
INTRO = line(50, seed=1)  # a shape no record line has
FOOTER = line(50, seed=2, end=".")


def _record_line(record: int, position: int, words: int, end: str) -> str:
    return " ".join([f"R{record}p{position}", *line(words - 1, seed=record + position).split()]) + end


def _records(period: int, records: int) -> list[str]:
    return [
        _record_line(record, position, *RECORD_LINES[position])
        for record in range(records)
        for position in range(period)
    ]


def _listing(period: int, records: int = S.min_periods) -> tuple[list[str], list[object]]:
    lines = [INTRO, *_records(period, records), FOOTER]
    return lines, votes(RecordShape(), "\n".join(lines))


def _assert_records_vote_body(lines: list[str], result: list[object]) -> None:
    assert result[0] is None
    assert result[-1] is None
    for text, vote in zip(lines[1:-1], result[1:-1], strict=True):
        assert vote is not None, text
        assert vote.value > 0
        assert vote.reason == REASON


def _abstains(result: list[object]) -> bool:
    return all(vote is None for vote in result)


def test_records_repeated_the_fewest_times_vote_body() -> None:
    lines, result = _listing(S.min_period_blocks)

    _assert_records_vote_body(lines, result)


def test_records_repeated_once_too_few_abstain() -> None:
    _, result = _listing(S.min_period_blocks, records=S.min_periods - 1)

    assert _abstains(result)


def test_records_of_the_shortest_period_vote_body() -> None:
    lines, result = _listing(S.min_period_blocks, records=S.min_periods + 2)

    _assert_records_vote_body(lines, result)


def test_records_shorter_than_the_shortest_period_abstain() -> None:
    if S.min_period_blocks < 2:
        pytest.skip("a period of one line is a menu")
    _, result = _listing(S.min_period_blocks - 1, records=S.min_periods + 2)

    assert _abstains(result)


def test_records_of_the_longest_period_vote_body() -> None:
    if S.max_period_blocks >= len(RECORD_LINES):
        pytest.skip(f"the test builds records of at most {len(RECORD_LINES)} distinct shapes")
    lines, result = _listing(S.max_period_blocks)

    _assert_records_vote_body(lines, result)


def test_records_longer_than_the_longest_period_abstain() -> None:
    if S.max_period_blocks + 1 > len(RECORD_LINES):
        pytest.skip(f"the test builds records of at most {len(RECORD_LINES)} distinct shapes")
    _, result = _listing(S.max_period_blocks + 1)

    assert _abstains(result)


def test_lines_of_one_shape_are_a_menu_not_records() -> None:
    menu = [f"Section {i}" for i in range(S.max_period_blocks * (S.min_periods + 1))]

    assert _abstains(votes(RecordShape(), "\n".join([INTRO, *menu, FOOTER])))


def test_lines_repeated_on_the_page_get_no_vote() -> None:
    lines = _records(S.min_period_blocks, S.min_periods)
    # Each written twice, in the shape of the line it replaces, so that the shapes stay periodic.
    lines[0] = lines[S.min_period_blocks] = "Same"
    lines[1] = lines[1 + S.min_period_blocks] = "Same details here again"
    result = votes(RecordShape(), "\n".join([INTRO, *lines, FOOTER]))

    voted = {text for text, vote in zip([INTRO, *lines, FOOTER], result, strict=True) if vote is not None}
    assert voted
    assert "Same" not in voted
    assert "Same details here again" not in voted


# -- a list after an article is a teaser list ---------------------------------------------


def _prose(seed: int, words: int = S.prose_min_words) -> str:
    return line(words, stopwords=math.ceil(S.prose_min_stopword_share * words), seed=seed, end=".")


def _article_and_list(
    paragraphs: int, list_first: bool = False, words: int = S.prose_min_words
) -> tuple[int, list[object]]:
    records = "\n".join(_records(S.min_period_blocks, S.min_periods))
    article = "\n\n".join(_prose(seed, words) for seed in range(paragraphs))
    text = f"{records}\n\n{article}" if list_first else f"{article}\n\n{records}"
    return S.min_period_blocks * S.min_periods, votes(RecordShape(), text)


def test_list_after_the_fewest_prose_paragraphs_is_a_teaser_list() -> None:
    count, result = _article_and_list(S.prose_body_min_blocks)

    teasers = [vote for vote in result if vote is not None]
    assert len(teasers) == count
    assert {(vote.value, vote.reason) for vote in teasers} == {(-1.0, f"{REASON}&after_prose")}
    assert all(vote is None for vote in result[: S.prose_body_min_blocks])


def test_list_after_one_paragraph_too_few_votes_body() -> None:
    count, result = _article_and_list(S.prose_body_min_blocks - 1)

    assert sum(vote is not None for vote in result) == count


def test_list_after_paragraphs_too_short_for_prose_votes_body() -> None:
    count, result = _article_and_list(S.prose_body_min_blocks, words=S.prose_min_words - 1)

    assert sum(vote is not None for vote in result) == count


def test_list_before_the_prose_votes_body() -> None:
    count, result = _article_and_list(S.prose_body_min_blocks, list_first=True)

    assert sum(vote is not None for vote in result) == count


# -- the compiled pass against the definition ------------------------------------------------------


def _periodic_runs(shapes: list[int], prose_end: int, settings: RecordShapeSettings) -> tuple[set[int], set[int]]:
    """The record and teaser lines as the docstring defines them: for each period, each longest run of lines whose
    shape comes back a period on, for `min_periods` periods, with two shapes in its first period."""
    records: set[int] = set()
    teasers: set[int] = set()
    for period in range(settings.min_period_blocks, settings.max_period_blocks + 1):
        same = "".join("0" if shapes[index] == shapes[index + period] else "1" for index in range(len(shapes) - period))
        for run in re.finditer(f"0{{{period * (settings.min_periods - 1)},}}", same):
            start, stop = run.start(), run.end() + period
            if len(set(shapes[start : start + period])) > 1:
                (records if start < prose_end else teasers).update(range(start, stop))
    return records, teasers


@given(
    st.lists(st.tuples(st.sampled_from([1, 3, 7, 16, 41, 60]), st.booleans(), st.sampled_from([1, 2])), max_size=40),
    st.integers(0, 40),
)
def test_the_compiled_pass_votes_the_periodic_runs_of_line_shapes(lines: list[tuple[int, bool, int]], end: int) -> None:
    settings = RecordShapeSettings(min_periods=3)
    words, terminal, repeats = (tuple(column) for column in zip(*lines, strict=True)) if lines else ((), (), ())
    shapes = [
        2 * sum(count > edge for edge in WORD_BUCKETS) + ending for count, ending in zip(words, terminal, strict=True)
    ]
    records, teasers = _periodic_runs(shapes, end, settings)

    result = shape_period_votes(words, terminal, repeats, WORD_BUCKETS, end, 3, 6, 3, "record", "teaser")

    assert result == [
        "record" if index in records and repeats[index] == 1 else "teaser" if index in teasers - records else None
        for index in range(len(lines))
    ]


def test_a_period_that_does_not_come_back_is_refused() -> None:
    with pytest.raises(ValidationError, match="min_periods"):
        RecordShapeSettings(min_periods=1)
