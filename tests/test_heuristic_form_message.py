"""form_message: what a form says back once it is sent is chrome."""

from __future__ import annotations

import pytest
from helpers import first_vote, line

from cleaner.heuristics.form_message import FormMessage


@pytest.mark.parametrize(
    "text",
    [
        "Thank you! Your submission has been received!",
        "Oops! Something went wrong while submitting the form.",
        "Please fill out this field.",
        "This field is for validation purposes and should be left unchanged.",
        "Please enter a valid email address.",
        "This field is required.",
        "There was an issue with the form. Please try again.",
        "Thank you for subscribing to our newsletter.",
        "You’ve been successfully signed up!",
        "You have successfully subscribed.",
        "You have succesfully subscribed. Thank you!",
        "Thanks for signing up!",
        "Awesome, you're subscribed!",
        "You are now subscribed.",
        "Your message has been sent. We will reach out shortly.",
        "Captcha failed to load. Try using a different browser or disabling ad blockers.",
        "Added to your cart! Complete the set?",
        "Adding to cart… The item has been added",
        "Item added to bag.",
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
        "Thanks to the readers who subscribed, the paper survived.",  # no thanks for subscribing
        "She added to the cartography of the coast.",  # no cart, a word that begins so
        "The new tax added to the cost of every basketball.",  # nothing put into a basket
        line(12, stopwords=4, end="."),
    ],
)
def test_a_line_that_only_speaks_of_forms_is_left_alone(text: str) -> None:
    assert first_vote(FormMessage(), text) is None
