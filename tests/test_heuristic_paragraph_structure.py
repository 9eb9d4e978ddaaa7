"""paragraph_structure: blocks alone between blank lines are paragraphs, runs of short lines are lists."""

from __future__ import annotations

import pytest
from helpers import line, votes

from cleaner.heuristics.paragraph_structure import ParagraphStructure
from cleaner.segment.html import segment_html

S = ParagraphStructure().settings
RUN = f"line_run>={S.min_run_blocks}"
STANDALONE = "standalone_paragraph"


def _item(words: int, seed: int) -> str:
    """A list item: it starts with a capital letter, as menu items and link texts do."""
    return line(words, capitalised=1, seed=seed)


def _run(blocks: int, words: int = 3, heuristic: ParagraphStructure | None = None) -> list[object]:
    """Votes on a run of `blocks` consecutive lines, framed by two paragraphs."""
    items = "\n".join(_item(words, seed=i) for i in range(blocks))
    text = f"{line(20, seed=7, end='.')}\n\n{items}\n\n{line(20, seed=8, end='.')}"
    result = votes(heuristic or ParagraphStructure(), text)
    assert result[0] is not None
    assert result[0].reason == STANDALONE
    assert result[-1] is not None
    assert result[-1].reason == STANDALONE
    return result[1:-1]


def test_paragraph_between_blank_lines_votes_body() -> None:
    text = f"{line(20, end='.')}\n\n{line(3)}\n\n{line(30, seed=4)}"

    result = votes(ParagraphStructure(), text)

    assert all(vote is not None and vote.value > 0 and vote.reason == STANDALONE for vote in result)


def test_run_as_long_as_the_edge_votes_chrome() -> None:
    result = _run(S.min_run_blocks)

    assert len(result) == S.min_run_blocks
    assert all(vote is not None and vote.value < 0 and vote.reason == RUN for vote in result)


def test_longer_run_votes_chrome() -> None:
    assert all(vote is not None and vote.value < 0 for vote in _run(S.min_run_blocks + 1))


def test_run_one_line_short_of_the_edge_abstains() -> None:
    if S.min_run_blocks < 3:
        pytest.skip("a run of one line is a standalone paragraph")
    assert _run(S.min_run_blocks - 1) == [None] * (S.min_run_blocks - 1)


def test_run_items_up_to_the_word_limit_vote_chrome() -> None:
    result = _run(max(S.min_run_blocks, 2), words=S.run_item_max_words)

    assert all(vote is not None and vote.reason == RUN for vote in result)


def test_long_lines_inside_a_run_abstain() -> None:
    assert _run(max(S.min_run_blocks, 2), words=S.run_item_max_words + 1) == [None] * max(S.min_run_blocks, 2)


def test_short_and_long_lines_in_one_run() -> None:
    items = [_item(3, seed=1), _item(S.run_item_max_words + 1, seed=2), _item(3, seed=3)]
    text = "\n".join(items * max(S.min_run_blocks, 1))

    result = votes(ParagraphStructure(), text)

    assert [vote is not None for vote in result] == [True, False, True] * max(S.min_run_blocks, 1)


def test_paragraph_wrapped_mid_sentence_votes_body() -> None:
    # A paragraph flattened with hard line breaks: each line runs on into the next, in lower case.
    shortest = S.wrapped_line_min_words
    wrapped = [line(8, capitalised=1, seed=1), line(8, seed=2), line(8, seed=3), line(shortest, seed=4, end=".")]
    text = "\n".join([*wrapped, *(_item(3, seed=i) for i in range(5, 5 + max(S.min_run_blocks, 2)))])

    result = votes(ParagraphStructure(), text)

    assert all(vote is not None and vote.value > 0 for vote in result[:4])
    assert all(vote is None or vote.value < 0 for vote in result[4:])


def test_page_start_and_end_count_as_blank_lines() -> None:
    assert votes(ParagraphStructure(), line(5))[0].reason == STANDALONE


def test_whitespace_only_line_separates_paragraphs() -> None:
    text = f"{line(5, seed=1)}\n   \t\n{line(5, seed=2)}\n \n{line(5, seed=3)}"

    assert [vote.reason for vote in votes(ParagraphStructure(), text)] == [STANDALONE] * 3


def test_edges_follow_custom_settings() -> None:
    loose = ParagraphStructure(min_run_blocks=5, run_item_max_words=2)

    assert _run(4, words=2, heuristic=loose) == [None] * 4
    assert all(vote is not None and vote.reason == "line_run>=5" for vote in _run(5, words=2, heuristic=loose))
    assert _run(5, words=3, heuristic=loose) == [None] * 5


def _html_run_reasons(items: list[str]) -> list[str | None]:
    page = segment_html(f"<html><body><div>{'<br>'.join(items)}</div></body></html>")
    return [vote.reason if vote else None for vote in ParagraphStructure().vote(page)]


def test_on_html_a_run_of_links_is_a_menu() -> None:
    items = [f'<a href="/{i}">{_item(3, seed=i)}</a>' for i in range(S.min_run_blocks)]

    assert _html_run_reasons(items) == [RUN] * S.min_run_blocks


def test_on_html_a_run_linking_nowhere_is_weaker_list_evidence() -> None:
    """Facts, steps or ingredients of the page's own: a lighter vote than a menu's."""
    page = segment_html(
        f"<html><body><div>{'<br>'.join(_item(3, seed=i) for i in range(S.min_run_blocks))}</div></body></html>"
    )
    result = ParagraphStructure().vote(page)

    assert [vote.reason if vote else None for vote in result] == [f"unlinked_{RUN}"] * S.min_run_blocks
    assert all(vote is not None and vote.value == S.unlinked_run_vote for vote in result)
    assert -1.0 < S.unlinked_run_vote < 0
