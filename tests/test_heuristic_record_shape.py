"""record_shape: lines whose shapes come back at a short, steady period are records, and vote body."""

from __future__ import annotations

import math

import pytest
from helpers import line, votes

from cleaner.heuristics.record_shape import RecordShape

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
