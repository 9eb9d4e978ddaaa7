"""form_message: what a form says back once it is sent is chrome."""

from __future__ import annotations

import pytest
from helpers import PARAGRAPHS, cleaned_between_paragraphs, first_vote, line

from cleaner.heuristics.form_message import FormMessage

S = FormMessage().settings


@pytest.mark.parametrize(
    "text",
    [
        "Thank you! Your submission has been received!",
        "Oops! Something went wrong while submitting the form.",
        "Please fill out this field.",
        "Please enter a valid email address.",
        "This field is required.",
        "There was an issue with the form. Please try again.",
        "Thank you for subscribing to our newsletter.",
        "You’ve been successfully signed up!",
        "You have successfully subscribed.",
        "Your message has been sent. We will reach out shortly.",
        "Captcha failed to load. Try using a different browser or disabling ad blockers.",
    ],
)
def test_a_forms_answer_is_voted_surely_chrome(text: str) -> None:
    vote = first_vote(FormMessage(), text)

    assert vote is not None and vote.value == -1.0 and vote.reason == "form_message"


@pytest.mark.parametrize(
    "text",
    [
        "Try again next season, the coach told the team.",  # the call does not close the line
        "What went wrong at the plant remains unclear.",  # no "something"
        "Please enter the building through the side door.",  # no value to enter validly
        "The form has been received by millions of readers.",  # not the visitor's own submission
        line(12, stopwords=4, end="."),
    ],
)
def test_a_line_that_only_speaks_of_forms_is_left_alone(text: str) -> None:
    assert first_vote(FormMessage(), text) is None


def test_a_message_of_the_longest_length_counts_and_a_longer_line_is_left_alone() -> None:
    visitors = " ".join(["visitors"] * (S.max_words - 3))

    assert first_vote(FormMessage(), f"{visitors} something went wrong.") is not None
    assert first_vote(FormMessage(), f"Many {visitors} something went wrong.") is None


def test_the_combiner_drops_a_message_between_two_paragraphs_whatever_its_score() -> None:
    message = "Thank you for your submission, we will get back to you within two working days."
    labels = cleaned_between_paragraphs(message)

    assert labels[message] == ("chrome", "vetoed&form_message=-1")
    assert [labels[paragraph][0] for paragraph in PARAGRAPHS] == ["body", "body"]
