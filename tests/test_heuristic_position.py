"""position: the first and last stretch of a page (by character offset) is where chrome lives."""

from __future__ import annotations

from helpers import line, votes

from cleaner.heuristics.position import Position

S = Position().settings
LENGTH = 10_000  # characters from the page start to the end of its last block


def _probe(offset: int, heuristic: Position | None = None) -> object:
    """The vote on a block starting at `offset` of a page whose blocks span LENGTH characters."""
    first, probe, last = "first", "probe", "last"
    assert len(first) < offset <= LENGTH - len(last) - len(probe) - 1
    text = first + "\n" * (offset - len(first)) + probe
    text += "\n" * (LENGTH - len(last) - len(text)) + last
    result = votes(heuristic or Position(), text)
    assert len(result) == 3
    return result[1]


def _first_offset(predicate: object) -> int:
    return next(offset for offset in range(LENGTH + 1) if predicate(offset))


def test_block_just_inside_the_head_share_votes_chrome() -> None:
    edge = _first_offset(lambda offset: offset / LENGTH >= S.head_share)
    assert abs(edge - S.head_share * LENGTH) < 1

    vote = _probe(edge - 1)

    assert vote is not None
    assert vote.value < 0
    assert vote.reason.startswith("in_first_")


def test_block_at_and_past_the_head_share_abstains() -> None:
    edge = _first_offset(lambda offset: offset / LENGTH >= S.head_share)

    assert _probe(edge) is None
    assert _probe(edge + 1) is None


def test_block_just_inside_the_tail_share_votes_chrome() -> None:
    edge = _first_offset(lambda offset: offset / LENGTH > 1 - S.tail_share)
    assert abs(edge - (1 - S.tail_share) * LENGTH) <= 1

    vote = _probe(edge)

    assert vote is not None
    assert vote.value < 0
    assert vote.reason.startswith("in_last_")
    assert _probe(edge + 1) is not None


def test_block_just_before_the_tail_share_abstains() -> None:
    edge = _first_offset(lambda offset: offset / LENGTH > 1 - S.tail_share)

    assert _probe(edge - 1) is None


def test_middle_of_the_page_abstains() -> None:
    assert _probe(LENGTH // 2) is None


def test_first_and_last_blocks_vote_chrome() -> None:
    text = "\n\n".join(f"Paragraph number {i} of the page." for i in range(100))

    result = votes(Position(), text)

    assert result[0] is not None
    assert result[0].reason.startswith("in_first_")
    assert result[-1] is not None
    assert result[-1].reason.startswith("in_last_")
    assert result[50] is None


def test_reason_names_the_share() -> None:
    custom = Position(head_share=0.25, tail_share=0.2)

    assert _probe(2_000, custom).reason == "in_first_25%"
    assert _probe(8_500, custom).reason == "in_last_20%"
    assert _probe(2_600, custom) is None
    assert _probe(7_900, custom) is None


def test_one_block_page_gets_a_vote() -> None:
    assert votes(Position(), "Only one block here.")[0] is not None


def test_running_prose_in_the_head_abstains_and_in_the_tail_still_votes() -> None:
    """A masthead is short lines; prose there is the article starting early. The tail keeps its vote."""
    prose = line(S.prose_min_words, stopwords=8, seed=1, end=".")
    short_of_prose = line(S.prose_min_words - 1, stopwords=8, seed=2, end=".")
    middle = "\n\n".join(f"Paragraph number {i} of the page." for i in range(100))
    text = "\n\n".join([prose, short_of_prose, middle, prose])

    result = votes(Position(), text)

    assert result[0] is None
    assert result[1] is not None
    assert result[1].reason.startswith("in_first_")
    assert result[-1] is not None
    assert result[-1].reason.startswith("in_last_")
