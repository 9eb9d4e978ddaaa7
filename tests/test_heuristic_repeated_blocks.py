"""repeated_blocks: a block whose words appear again on the same page is template chrome."""

from __future__ import annotations

import pytest
from helpers import line, votes

from cleaner.heuristics.repeated_blocks import RepeatedBlocks

S = RepeatedBlocks().settings
REASON = f"repeated_in_page>={S.min_repeats}"


def _page_with(label: str, copies: int) -> str:
    """`copies` of `label`, each between two distinct paragraphs."""
    parts = [line(15, seed=0, end=".")]
    for i in range(copies):
        parts += [label, line(15, seed=i + 1, end=".")]
    return "\n\n".join(parts)


def _label_votes(label: str, copies: int, heuristic: RepeatedBlocks | None = None) -> list[object]:
    result = votes(heuristic or RepeatedBlocks(), _page_with(label, copies))
    paragraphs = result[0::2]
    assert all(vote is None for vote in paragraphs)
    return result[1::2]


def test_label_repeated_as_often_as_the_edge_votes_chrome_everywhere() -> None:
    result = _label_votes("Life and Style", S.min_repeats)

    assert len(result) == S.min_repeats
    assert all(vote is not None and vote.value < 0 and vote.reason == REASON for vote in result)


def test_label_repeated_more_often_votes_chrome_everywhere() -> None:
    result = _label_votes("Life and Style", S.min_repeats + 1)

    assert all(vote is not None and vote.value < 0 for vote in result)


def test_label_one_short_of_the_edge_abstains() -> None:
    if S.min_repeats < 2:
        pytest.skip("min_repeats is 1: every block counts as repeated")
    assert _label_votes("Life and Style", S.min_repeats - 1) == [None] * (S.min_repeats - 1)


def test_block_seen_once_abstains() -> None:
    if S.min_repeats < 2:
        pytest.skip("min_repeats is 1: every block counts as repeated")
    assert all(vote is None for vote in votes(RepeatedBlocks(), _page_with("Life and Style", 1)))


def test_repeat_ignores_case_punctuation_and_spacing() -> None:
    variants = ["Life and Style", "LIFE AND STYLE", "life  and style:", "  Life, and Style!"]
    text = "\n\n".join(variants[i % len(variants)] for i in range(max(S.min_repeats, 2)))

    assert all(vote is not None and vote.value < 0 for vote in votes(RepeatedBlocks(), text))


def test_different_words_are_no_repeat() -> None:
    if S.min_repeats < 2:
        pytest.skip("min_repeats is 1: every block counts as repeated")
    text = "Life and Style\n\nLife and Sport\n\nLife or Style\n\nStyle and Life"

    assert votes(RepeatedBlocks(), text) == [None] * 4


def test_repeated_blocks_without_words_abstain() -> None:
    text = "\n\n".join(["***", "---", "***", "---", "***", line(12, end=".")])

    assert votes(RepeatedBlocks(), text) == [None] * 6


def test_repeated_cjk_label_votes_chrome() -> None:
    text = "\n\n".join(["体育新闻"] * max(S.min_repeats, 2) + ["这是一篇关于城市生活的文章。"])

    result = votes(RepeatedBlocks(), text)

    assert all(vote is not None and vote.value < 0 for vote in result[:-1])
    assert result[-1] is None


def test_edge_follows_custom_settings() -> None:
    strict = RepeatedBlocks(min_repeats=3)

    assert _label_votes("Most read", 2, strict) == [None, None]
    assert all(
        vote is not None and vote.reason == "repeated_in_page>=3" for vote in _label_votes("Most read", 3, strict)
    )
