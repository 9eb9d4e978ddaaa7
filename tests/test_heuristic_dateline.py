"""dateline: between an article's headline and its first paragraph, a line that is only its date."""

from __future__ import annotations

import pytest
from helpers import line, votes
from hypothesis import example, given, settings
from hypothesis import strategies as st

from cleaner import clean
from cleaner.heuristics.dateline import _DATE, _DATE_FIGURES, Dateline
from cleaner.segment.html import segment_html

S = Dateline().settings
HEADLINE = "Storm closes the coastal road"
PROSE = (line(24, stopwords=8, end=".", seed=1), line(24, stopwords=8, end=".", seed=2))


def _article(*head: str) -> str:
    """A text page: the headline, then `head`, then two paragraphs of prose."""
    return "\n\n".join((HEADLINE, *head, *PROSE))


@pytest.mark.parametrize(
    "dateline",
    [
        "9 de mayo de 2024 · Actualizado a las 20:15",
        "Publié le 22 mai 2024 à 11h30",
        "14.03.2024, 17:05 Uhr",
        "17 апреля 2024, 14:20",
        "24 de junho de 2024",
        "Published 3 May 2024",
        "Last updated: January 12, 2026.",
        "BRISTOL, April 23, 2024",
        "Sun 7 Jan 2024, 09:12",
        "2024-06-18 09:32",
        "2024年6月18日",
        "By Jane Doe | May 5, 2024",
        "Posted by admin on Tuesday, August 29, 2023",
        "Von Jana Leutheusser, 14.03.2024, 17:05 Uhr",
    ],
)
def test_a_date_line_under_the_headline_is_voted_surely_chrome(dateline: str) -> None:
    vote = votes(Dateline(), _article("By Jane Doe", dateline))[2]

    assert vote is not None and vote.value == -1.0 and vote.reason == "dateline_in_article_head"


@pytest.mark.parametrize(
    "text",
    [
        "On 9 May 2024 the council voted to close it",  # a sentence that starts with a date
        "Flood warning for the coast",  # no date
        "Tickets cost 12.50 at the door",  # a price, not a time, and no date
    ],
)
def test_a_line_that_is_more_than_a_date_is_left_alone(text: str) -> None:
    assert votes(Dateline(), _article(text))[1] is None


# Pieces of dates in several scripts and figures (Arabic-Indic, Devanagari, Garay's, newer than the standard
# library's tables), with the separators and words around them.
_DATE_PIECES = ["1", "05", "2024", "٢٠٢٤", "२०", "\U00010d41", "mayo", "de", "May", "th", "年", "月", "日"]
_DATE_PIECES += [" ", ".", "/", "-", ",", ":", "\xa0"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_DATE_PIECES), max_size=12).map("".join))
@example("Updated 05/05/24, 9:30")
@example("٥.٥.٢٤")
@example("May \U00010d41, \U00010d42\U00010d43\U00010d44\U00010d45")
def test_every_date_holds_the_figures_looked_for_first(text: str) -> None:
    assert _DATE.search(text) is None or _DATE_FIGURES.search(text) is not None


def test_a_date_line_after_the_first_paragraph_is_left_alone() -> None:
    # Under the article's first paragraph, a date heads a forum post or a comment.
    page = "\n\n".join((HEADLINE, PROSE[0], "Sat 6 Jan 2024, 21:40", PROSE[1]))

    assert votes(Dateline(), page)[2] is None


def test_the_words_around_the_date_count_up_to_the_setting() -> None:
    words = " ".join(["Updated"] * S.max_other_words)

    assert votes(Dateline(), _article(f"{words} 9 May 2024"))[1] is not None
    assert votes(Dateline(), _article(f"{words} again 9 May 2024"))[1] is None


def test_with_a_byline_the_words_around_the_date_count_up_to_their_own_setting() -> None:
    names = " ".join(["Doe"] * (S.max_byline_words - 1))

    assert votes(Dateline(), _article(f"By {names} 9 May 2024"))[1] is not None
    assert votes(Dateline(), _article(f"By {names} Jr 9 May 2024"))[1] is None


def test_the_head_reaches_head_max_blocks_blocks_above_the_first_paragraph() -> None:
    def voted(lines_between: int) -> bool:
        fillers = [f"Label {index}" for index in range(lines_between)]
        page = "\n".join(("9 May 2024", *fillers, PROSE[0], PROSE[1]))
        return votes(Dateline(), page)[0] is not None

    assert voted(S.head_max_blocks - 1)
    assert not voted(S.head_max_blocks)


def test_on_an_html_page_the_head_starts_under_the_known_headline() -> None:
    # The masthead's date of the day stands above the headline: not the article's.
    html = (
        f"<html><head><title>{HEADLINE} | Example News</title></head><body>"
        f"<p>Monday, 3 June 2024</p><h1>{HEADLINE}</h1><p>3 June 2024, 10:15</p>"
        f"<p>{PROSE[0]}</p><p>{PROSE[1]}</p></body></html>"
    )
    page = segment_html(html)
    voted = [vote is not None for vote in Dateline().vote(page)]

    assert page.headline == 1
    assert voted == [False, False, True, False, False]


def test_the_combiner_drops_the_date_line_whatever_its_neighbours() -> None:
    # Between the standfirst (a sentence too short to be prose) and the first paragraph.
    dateline = "9 de mayo de 2024 · Actualizado a las 20:15"
    result = clean(_article(line(16, stopwords=6, end=".", seed=3), dateline), format="text")
    labels = {block.text: (block.label.value, block.decision) for block in result.blocks}

    assert labels[dateline] == ("chrome", "vetoed&dateline=-1")
    assert [labels[paragraph][0] for paragraph in PROSE] == ["body", "body"]
