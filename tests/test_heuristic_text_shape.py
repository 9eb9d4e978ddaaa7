"""text_shape: short unpunctuated fragments and Title Case lines are chrome, long sentences body.

Every edge is read from the settings, so the tests follow the thresholds when they are tuned.
"""

from __future__ import annotations

import pytest
from helpers import CONTENT_WORDS, FUNCTION_WORDS, first_vote, line

from cleaner.heuristics.text_shape import TextShape

S = TextShape().settings
SHORT = "no_terminal"
TITLE = "title_case"
LONG = f"words>={S.long_min_words}"


def _is(vote: object, tag: str, sign: int) -> bool:
    return vote is not None and tag in vote.reason and (vote.value > 0) == (sign > 0) and vote.value != 0


def _title_size() -> int:
    """Words in a line long enough for the Title Case rule and too long for the short rule."""
    return max(S.title_case_min_words, S.short_max_words + 1)


# -- short fragments ---------------------------------------------------------------------------


def test_short_unpunctuated_line_at_the_edge_votes_chrome() -> None:
    vote = first_vote(TextShape(), line(S.short_max_words))
    assert _is(vote, SHORT, -1)


def test_shorter_unpunctuated_line_votes_chrome() -> None:
    if S.short_max_words < 2:
        pytest.skip(f"short_max_words={S.short_max_words} leaves no shorter line with words")
    assert _is(first_vote(TextShape(), line(S.short_max_words - 1)), SHORT, -1)


def test_one_word_label_votes_chrome() -> None:
    assert _is(first_vote(TextShape(), "Weather"), SHORT, -1)


def test_unpunctuated_line_one_word_over_the_short_edge_is_not_a_fragment() -> None:
    vote = first_vote(TextShape(), line(S.short_max_words + 1))

    assert vote is None or SHORT not in vote.reason
    if S.short_max_words + 1 < S.long_min_words:
        assert vote is None


@pytest.mark.parametrize("end", [".", "!", "?", "…", "。", '."', ".”", "?’", ".)", "!»", "。」"])
def test_short_line_ending_like_a_sentence_votes_body(end: str) -> None:
    vote = first_vote(TextShape(), line(S.short_max_words, end=end))

    assert _is(vote, "terminal", +1)


@pytest.mark.parametrize("end", [":", ",", ";", " -", ' "quoted"', " (aside)"])
def test_short_line_without_sentence_end_votes_chrome(end: str) -> None:
    vote = first_vote(TextShape(), line(max(S.short_max_words - 1, 1), end=end))

    assert _is(vote, SHORT, -1)


def test_line_of_punctuation_only_votes_chrome() -> None:
    assert _is(first_vote(TextShape(), "* * *"), SHORT, -1)


# -- Title Case ----------------------------------------------------------------------------------


def test_title_case_line_votes_chrome() -> None:
    n = _title_size()
    vote = first_vote(TextShape(), line(n, capitalised=n))

    assert _is(vote, TITLE, -1)


def test_title_case_rule_starts_at_its_word_count() -> None:
    shape = TextShape(short_max_words=0)  # the short rule off, so only the Title Case edge counts
    n = S.title_case_min_words

    assert _is(first_vote(shape, line(n, capitalised=n)), TITLE, -1)
    assert _is(first_vote(shape, line(n + 1, capitalised=n + 1)), TITLE, -1)
    if n > 1:
        below = first_vote(shape, line(n - 1, capitalised=n - 1))
        assert below is None or TITLE not in below.reason


def test_title_case_share_edge() -> None:
    n = max(_title_size(), 20)
    # The fewest capitalised words that reach the share of the line's content words.
    edge = next(k for k in range(n + 1) if k >= S.title_case_min_share * n)
    assert abs(edge - S.title_case_min_share * n) < 1

    at = first_vote(TextShape(), line(n, capitalised=edge))
    above = first_vote(TextShape(), line(n, capitalised=min(edge + 1, n)))
    below = first_vote(TextShape(), line(n, capitalised=edge - 1))

    assert _is(at, TITLE, -1)
    assert _is(above, TITLE, -1)
    assert below is None or TITLE not in below.reason


def test_headline_with_lower_case_function_words_is_title_case() -> None:
    n = _title_size()
    content = [word.capitalize() for word in CONTENT_WORDS[:n]]
    # "Storm Closes the Coastal Road of Winter": function words stay lower case in a headline.
    words = [word for pair in zip(content, FUNCTION_WORDS, strict=False) for word in pair] + content[
        len(FUNCTION_WORDS) :
    ]

    assert _is(first_vote(TextShape(), " ".join(words)), TITLE, -1)


def test_title_case_sentence_with_end_punctuation_is_not_a_headline() -> None:
    n = _title_size()
    vote = first_vote(TextShape(), line(n, capitalised=n, end="."))

    assert vote is not None
    assert TITLE not in vote.reason
    assert vote.value > 0


def test_sentence_starting_with_a_capital_is_not_title_case() -> None:
    n = max(_title_size(), 8)
    vote = first_vote(TextShape(), line(n, capitalised=1))

    assert vote is None or TITLE not in vote.reason


def test_line_of_only_function_words_is_not_title_case() -> None:
    n = _title_size()
    text = line(n, stopwords=n)
    assert text == text.lower()

    vote = first_vote(TextShape(), text)

    assert vote is None or TITLE not in vote.reason


# -- long prose ----------------------------------------------------------------------------------


def test_long_sentence_at_the_edge_votes_body() -> None:
    vote = first_vote(TextShape(), line(S.long_min_words, end="."))

    assert _is(vote, LONG, +1)


def test_long_sentence_above_the_edge_votes_body() -> None:
    vote = first_vote(TextShape(), line(S.long_min_words + 1, end="."))

    assert _is(vote, LONG, +1)


def test_sentence_one_word_short_of_long_gets_the_weaker_terminal_vote() -> None:
    below = first_vote(TextShape(), line(S.long_min_words - 1, end="."))
    at = first_vote(TextShape(), line(S.long_min_words, end="."))

    assert _is(below, "terminal", +1)
    assert LONG not in below.reason
    assert below.value < at.value


def test_long_line_without_end_punctuation_is_weaker_body_evidence() -> None:
    unpunctuated = first_vote(TextShape(), line(S.long_min_words))
    punctuated = first_vote(TextShape(), line(S.long_min_words, end="."))

    assert unpunctuated is None or 0 < unpunctuated.value < punctuated.value


def test_unpunctuated_line_just_below_long_abstains() -> None:
    n = S.long_min_words - 1
    if n <= S.short_max_words:
        pytest.skip("no medium band between the short and the long edges")
    assert first_vote(TextShape(), line(n)) is None


def test_votes_follow_custom_settings() -> None:
    shape = TextShape(short_max_words=6, long_min_words=8)

    assert _is(first_vote(shape, line(6)), "no_terminal", -1)
    assert _is(first_vote(shape, line(8, end=".")), "words>=8", +1)
    assert not _is(first_vote(shape, line(7, end=".")), "words>=8", +1)
