"""reporting_credit: the credit of a story's reporters and editors closes the story."""

from __future__ import annotations

import pytest
from helpers import first_vote, line

from cleaner.heuristics.reporting_credit import ReportingCredit


@pytest.mark.parametrize(
    "text",
    [
        "(Reporting by Will Dunham; Editing by Tom Brown)",
        "Reporting by Rodrigo Campos; additional reporting by Stephanie Kelly",
        "Additional reporting by Joseph Hudak",
        "With reporting by Herb Lash and Megan Davies",
        "Editing by Martin Howell",
        "Writing by Jane Doe; editing by John Roe",
        "Fox News’ Jessica Napoli contributed to this report.",
        "Associated Press writers Alan Fram and Zeke Miller contributed reporting to this report.",
    ],
)
def test_a_credit_of_the_story_s_reporters_is_voted_surely_chrome(text: str) -> None:
    vote = first_vote(ReportingCredit(), text)

    assert vote is not None and vote.value == -1.0 and vote.reason == "reporting_credit"


@pytest.mark.parametrize(
    "text",
    [
        "Her reporting by candlelight won the prize that year.",  # inside a sentence
        "Skye Schooley and Kim Lindros contributed to this article.",  # a magazine's credit, kept
        "The committee contributed to this report on the harbour, published in May.",  # the report goes on
        "Our reporting team by the numbers",  # not the label
        line(12, stopwords=4, end="."),
    ],
)
def test_a_line_that_only_speaks_of_reporting_is_left_alone(text: str) -> None:
    assert first_vote(ReportingCredit(), text) is None
