"""prose_sandwich: a short line written once, with prose not far above and below, is body."""

from __future__ import annotations

import math

import pytest
from helpers import line, votes

from cleaner.heuristics.prose_sandwich import ProseSandwich
from cleaner.model import Vote
from cleaner.segment.html import segment_html

S = ProseSandwich().settings
REASON = f"between_prose<={S.max_distance_blocks}"


def _anchor(seed: int, words: int = S.anchor_min_words) -> str:
    return line(words, stopwords=math.ceil(S.anchor_min_stopword_share * words), seed=seed, end=".")


def _sandwich(middle: list[str], above: str | None = None) -> list[Vote | None]:
    """An anchor paragraph, the `middle` lines on consecutive lines, another anchor paragraph."""
    text = "\n\n".join([above or _anchor(1), "\n".join(middle), _anchor(2)])
    return votes(ProseSandwich(), text)


def _reasons(result: list[Vote | None]) -> list[str | None]:
    return [vote.reason if vote is not None else None for vote in result]


def test_a_short_line_between_two_prose_paragraphs_votes_body() -> None:
    assert _reasons(_sandwich(["A subheading"])) == [None, REASON, None]


def test_an_anchor_one_word_short_of_prose_anchors_nothing() -> None:
    assert _reasons(_sandwich(["A subheading"], above=_anchor(1, S.anchor_min_words - 1))) == [None, None, None]


@pytest.mark.parametrize("ending", ["...", "…", " […]"])
def test_a_snippet_cut_short_anchors_nothing(ending: str) -> None:
    """A teaser's blurb reads as prose but for its ellipsis: the headline under it is no subheading."""
    blurb = _anchor(1)[:-1] + ending

    assert _reasons(_sandwich(["A headline"], above=blurb)) == [None, None, None]


def _list(count: int) -> list[str]:
    """`count` different short lines."""
    return [f"Line {chr(97 + n // 26)}{chr(97 + n % 26)} of the list" for n in range(count)]


def test_the_middle_line_at_the_longest_distance_from_both_anchors_votes() -> None:
    # 2 * max_distance_blocks - 1 lines: the middle one is max_distance_blocks from each anchor.
    reasons = _reasons(_sandwich(_list(2 * S.max_distance_blocks - 1)))

    assert reasons[S.max_distance_blocks] == REASON


def test_lines_one_further_from_either_anchor_abstain() -> None:
    # One line more: every line is more than max_distance_blocks from one of the anchors.
    assert set(_reasons(_sandwich(_list(2 * S.max_distance_blocks)))) == {None}


@pytest.mark.parametrize(("words", "reason"), [(S.max_words, REASON), (S.max_words + 1, None)])
def test_lines_up_to_the_longest_vote_and_longer_ones_speak_for_themselves(words: int, reason: str | None) -> None:
    assert _reasons(_sandwich([line(words, seed=9)]))[1] == reason


def test_a_line_written_twice_on_the_page_is_left_alone() -> None:
    assert _reasons(_sandwich(["Share", "Share"]))[1:3] == [None, None]


def test_a_figure_caption_between_paragraphs_is_left_alone() -> None:
    paragraphs = f"<p>{_anchor(1)}</p>{{}}<p>{_anchor(2)}</p>"
    caption = "<figure><img src='a.jpg'><figcaption>The harbour at dawn</figcaption></figure>"
    plain = "<p>The harbour at dawn</p>"

    def middle(html: str) -> str | None:
        page = segment_html(f"<html><body>{paragraphs.format(html)}</body></html>")
        return _reasons(ProseSandwich().vote(page))[1]

    assert middle(plain) == REASON
    assert middle(caption) is None
