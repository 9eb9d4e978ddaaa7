"""feedback_prompt: a widget asking whether the page helped is chrome."""

from __future__ import annotations

import pytest
from helpers import PARAGRAPHS, cleaned_between_paragraphs, first_vote, line

from cleaner.heuristics.feedback_prompt import FeedbackPrompt

S = FeedbackPrompt().settings


@pytest.mark.parametrize(
    "text",
    [
        "Was this article helpful?",
        "Was this page useful? Yes / No",
        "Did you find this content helpful?",
        "Did you find this useful?",
        "Is this helpful",
        "How useful was this post?",
        "84% of people found this article helpful.",
        "RATE THIS PAGE",
        "No votes so far! Be the first to rate this post.",
    ],
)
def test_a_prompt_to_judge_the_page_is_voted_surely_chrome(text: str) -> None:
    vote = first_vote(FeedbackPrompt(), text)

    assert vote is not None and vote.value == -1.0 and vote.reason == "feedback_prompt"


@pytest.mark.parametrize(
    "text",
    [
        "Was this helpline open on Sundays?",  # the word goes on: no prompt
        "The guide was useful to everyone who read it.",  # no "this"
        "Rate this restaurant on a scale of one to five",  # not the page
        line(12, stopwords=4, end="."),
    ],
)
def test_a_line_that_only_speaks_of_usefulness_is_left_alone(text: str) -> None:
    assert first_vote(FeedbackPrompt(), text) is None


def test_a_prompt_of_the_longest_length_counts_and_a_longer_line_is_left_alone() -> None:
    readers = " ".join(["readers"] * (S.max_words - 4))

    assert first_vote(FeedbackPrompt(), f"{readers} found this article helpful.") is not None
    assert first_vote(FeedbackPrompt(), f"Many {readers} found this article helpful.") is None


def test_the_combiner_drops_a_prompt_between_two_paragraphs_whatever_its_score() -> None:
    prompt = "Was this article helpful to you and your family this week?"
    labels = cleaned_between_paragraphs(prompt)

    assert labels[prompt] == ("chrome", "vetoed&feedback_prompt=-1")
    assert [labels[paragraph][0] for paragraph in PARAGRAPHS] == ["body", "body"]
