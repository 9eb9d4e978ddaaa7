"""headline_teaser: categories glued to headlines, and headline + standfirst cards of teaser lists."""

from __future__ import annotations

import pytest
from helpers import line, votes
from hypothesis import example, given
from hypothesis import strategies as st

from cleaner.heuristics._line_passes import card_headlines, may_be_glued_category, may_be_glued_standfirst
from cleaner.heuristics.headline_teaser import (
    _GLUED_STANDFIRST,
    GLUED_CATEGORY,
    TRUNCATED_ENDINGS,
    HeadlineTeaser,
)
from cleaner.segment.dom import CELL_SEPARATOR
from cleaner.segment.html import segment_html

S = HeadlineTeaser().settings
GLUED = "category_glued_to_headline"
CARD = "headline_followed_by_standfirst"
TRUNCATED = "truncated_snippet"


def _line(words: int, seed: int, end: str = "") -> str:
    """A teaser line: it starts with a capital letter, as headlines and standfirsts do."""
    return line(words, capitalised=1, seed=seed, end=end)


def _card(headline_words: int, standfirst_words: int, *, teaser: HeadlineTeaser | None = None) -> list[object]:
    """Votes on a headline line directly followed by a standfirst line, then a paragraph."""
    headline, standfirst = _line(headline_words, seed=1), _line(standfirst_words, seed=2)
    text = f"{headline}\n{standfirst}\n\n{line(20, seed=3, end='.')}\n"
    return votes(teaser or HeadlineTeaser(), text)


# -- category glued to the headline --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "filmChristopher Walken, Bill Murray, Scarlett Johanssen and Christian Bale",
        "businessRegulators give iPhone 6 and 6 Plus the green light",
        "lifeTanith Carey explains what made her take her foot off the gas",
        "sportÉmile Zola wins again",
    ],
)
def test_category_glued_to_headline_votes_chrome(text: str) -> None:
    vote = votes(HeadlineTeaser(), text)[0]

    assert vote is not None
    assert vote.value < 0
    assert vote.reason == GLUED


@pytest.mark.parametrize(
    "text",
    [
        "iPhone sales rose in the spring, the company said.",
        "eBay shares fell after the results.",
        "The film Christopher Walken made in 1978 is on tonight.",
        "macOS updates arrive next week for every user of the laptop.",
        "film",
    ],
)
def test_ordinary_lines_are_not_glued_categories(text: str) -> None:
    vote = votes(HeadlineTeaser(), text)[0]

    assert vote is None or vote.reason != GLUED


@pytest.mark.parametrize(
    "text",
    [
        "Police Charge Man Over Death Of Student-AthleteA 20-year-old student was found dead on campus",
        "Ten Things To Do In LondonThe city is full of surprises",
    ],
)
def test_title_case_headline_glued_to_its_standfirst_votes_chrome(text: str) -> None:
    vote = votes(HeadlineTeaser(), text)[0]

    assert vote is not None
    assert vote.value < 0
    assert "standfirst" in vote.reason


def test_brand_inside_a_headline_is_no_seam() -> None:
    assert votes(HeadlineTeaser(), "Apple Unveils The New MacBook Pro") == [None]


def test_prose_naming_a_camel_case_brand_is_not_a_glued_teaser() -> None:
    text = (
        "Tech Giant Apple's iPhone sales fell by a fifth in the last quarter, the company said on Tuesday, "
        "as buyers waited for the new model.\n\n"
        "Former Scotland Manager Alex McLeish said that the team had played well in the second half.\n"
    )

    assert votes(HeadlineTeaser(), text) == [None, None]


# The compiled tests that spare the patterns a line must let through every line they match.
LINE = st.text(alphabet="aAbZ9éÉ$'’“ª -,\x1c\xa0\u1c89\u2028", max_size=40)


@given(LINE)
@example("Police Charge Man Over Death Of Student-AthleteA 20-year-old student was found dead on campus")
@example("Ten Things To Do In LondonThe city is full of surprises")
@example("Ten Things To Do In LondonThe city, full of surprises")  # a comma: no standfirst's words
@example("Apple Unveils The New MacBook Pro")
@example("A B C DdD e f")
@example("A B C abcd\x1cxyzDef g h")  # a separator is no white space to the pattern: one word
@example("A B C Ab\u1c89D e f")  # a letter of a newer Unicode than Python's: left to the pattern
@example("A B C DdD e\u1c89 f")  # the same in the standfirst's words, which the pattern reads
@example("“Ten Things To Do In London’sThe city is full”")
@example("")
def test_the_compiled_test_for_a_glued_standfirst_lets_every_match_through(text: str) -> None:
    if _GLUED_STANDFIRST.match(text):
        assert may_be_glued_standfirst(text)


@given(LINE)
@example("filmChristopher Walken")
@example("sportÉmile Zola wins again")
@example("ab")
def test_the_compiled_test_for_a_glued_category_lets_every_match_through(text: str) -> None:
    if GLUED_CATEGORY.match(text):
        assert may_be_glued_category(text)


def test_the_compiled_tests_spare_the_patterns_the_lines_they_cannot_match() -> None:
    assert not may_be_glued_standfirst("Apple Unveils The New MacBook Pro")
    # A sentence's lower-case word before the seam: no headline runs up to it.
    assert not may_be_glued_standfirst("The site runs on JavaScript and nothing else")
    assert not may_be_glued_standfirst("Ten things To Do In LondonThe city is full of surprises")
    assert not may_be_glued_category("iPhone sales fell by a fifth")


def test_a_character_python_does_not_know_sends_a_line_to_the_pattern_only_where_the_pattern_reads() -> None:
    # "\u1c89", a letter of a newer Unicode than Python's: within the words the pattern reads, and past them.
    assert may_be_glued_standfirst("The Site Runs\u1c89 on JavaScript")
    assert may_be_glued_standfirst("The site runs on\u1c89 JavaScript")
    assert not may_be_glued_standfirst("The site runs on JavaScript\u1c89")
    assert may_be_glued_category("ab\u1c89Cd")
    assert not may_be_glued_category("ab cd\u1c89")


# -- a snippet cut short ---------------------------------------------------------------------------


@pytest.mark.parametrize("ending", TRUNCATED_ENDINGS)
def test_snippet_cut_short_votes_chrome(ending: str) -> None:
    text = f"{line(S.snippet_min_words, seed=4)}{ending}\n\n{line(20, seed=3, end='.')}"

    assert [vote.reason if vote else None for vote in votes(HeadlineTeaser(), text)] == [TRUNCATED, None]


def test_snippet_under_the_word_minimum_or_ending_a_sentence_abstains() -> None:
    short = f"{line(S.snippet_min_words - 1, seed=4)}..."
    sentence = line(S.snippet_min_words, seed=4, end=".")

    assert votes(HeadlineTeaser(), f"{short}\n\n{sentence}") == [None, None]


# -- headline followed by a standfirst -------------------------------------------------------------


def test_headline_glued_to_short_standfirst_votes_chrome() -> None:
    headline, standfirst, paragraph = _card(6, 8)

    assert headline is not None
    assert headline.value < 0
    assert headline.reason == CARD
    assert standfirst is None
    assert paragraph is None


def test_card_at_the_teaser_word_limit_votes_chrome() -> None:
    n = S.teaser_max_words

    assert _card(n, 5)[0].reason == CARD
    assert _card(5, n)[0].reason == CARD
    assert _card(n, n)[0].reason == CARD
    assert _card(n - 1, n - 1)[0].reason == CARD


def test_headline_over_the_teaser_word_limit_abstains() -> None:
    assert _card(S.teaser_max_words + 1, 5)[0] is None


def test_standfirst_over_the_teaser_word_limit_abstains() -> None:
    assert _card(5, S.teaser_max_words + 1)[0] is None


def test_one_word_headline_or_standfirst_is_no_card() -> None:
    assert _card(1, 5)[0] is None
    assert _card(5, 1)[0] is None
    assert _card(2, 2)[0].reason == CARD


def test_line_continued_in_lower_case_is_a_wrapped_sentence_not_a_card() -> None:
    text = f"{_line(6, seed=1)}\n{line(8, seed=2)}\n"

    assert votes(HeadlineTeaser(), text)[0] is None


def test_headline_followed_by_a_blank_line_is_no_card() -> None:
    text = f"{_line(6, seed=1)}\n\n{_line(8, seed=2)}\n"

    assert votes(HeadlineTeaser(), text) == [None, None]


def test_headline_ending_like_a_sentence_is_no_card() -> None:
    text = f"{_line(6, seed=1, end='.')}\n{_line(8, seed=2)}\n"

    assert votes(HeadlineTeaser(), text)[0] is None


def test_line_followed_by_a_sentence_is_no_card() -> None:
    text = f"{_line(6, seed=1)}\n{_line(8, seed=2, end='.')}\n"

    assert votes(HeadlineTeaser(), text)[0] is None


@pytest.mark.parametrize("mark", [",", ";", ":", "，"])
def test_a_line_running_on_after_a_clause_mark_is_no_card(mark: str) -> None:
    # A list's members and a listing's lines run on ("Apples,", ``"amount": 1099,``); headlines stop without a mark.
    assert votes(HeadlineTeaser(), f"{_line(6, seed=1, end=mark)}\n{_line(8, seed=2)}\n")[0] is None
    assert votes(HeadlineTeaser(), f"{_line(6, seed=1)}\n{_line(8, seed=2, end=mark)}\n")[0] is None


def test_table_rows_are_no_card() -> None:
    # Rows of tab-joined cells, one under the other: a table, not a headline over its standfirst.
    rows = [f"{_line(3, seed=n)}{CELL_SEPARATOR}{_line(2, seed=10 + n)}" for n in range(3)]

    assert votes(HeadlineTeaser(), "\n".join(rows)) == [None, None, None]
    # The row above a line of text, and the line above a row, are no card either.
    assert votes(HeadlineTeaser(), f"{rows[0]}\n{_line(6, seed=1)}")[0] is None
    assert votes(HeadlineTeaser(), f"{_line(6, seed=1)}\n{rows[0]}")[0] is None


def test_last_line_of_the_page_is_no_card() -> None:
    assert votes(HeadlineTeaser(), f"{line(20, end='.')}\n\n{_line(6, seed=0)}") == [None, None]


def test_every_headline_of_a_teaser_list_votes_chrome() -> None:
    text = "\n".join(_line(6, seed=i) for i in range(5))

    result = votes(HeadlineTeaser(), text)

    assert [vote.reason if vote else None for vote in result] == [CARD] * 4 + [None]


def _html_card_reasons(headline: str, standfirst: str) -> list[str | None]:
    page = segment_html(f"<html><body><div>{headline}<br>{standfirst}</div></body></html>")
    return [vote.reason if vote else None for vote in HeadlineTeaser().vote(page)]


def test_on_html_a_card_links_its_headline_or_its_standfirst() -> None:
    headline, standfirst = _line(4, seed=1), _line(4, seed=2)

    assert _html_card_reasons(f'<a href="/story">{headline}</a>', standfirst) == [CARD, None]
    assert _html_card_reasons(headline, f'<a href="/story">{standfirst}</a>') == [CARD, None]


def test_on_html_an_unlinked_pair_of_lines_is_no_card() -> None:
    """Two short lines that link nowhere are the page's own (a list, a spec sheet), not a teaser."""
    assert _html_card_reasons(_line(4, seed=1), _line(4, seed=2)) == [None, None]


def test_card_columns_of_different_lengths_are_refused() -> None:
    with pytest.raises(ValueError, match="differ in length"):
        card_headlines(("One two", "Three four"), (2,), (False, False), (False, False), None, 25, CELL_SEPARATOR, ",")


def test_teaser_limit_follows_custom_settings() -> None:
    narrow = HeadlineTeaser(teaser_max_words=4)

    assert _card(4, 4, teaser=narrow)[0].reason == CARD
    assert _card(5, 4, teaser=narrow)[0] is None
