"""stay_in_touch: a line asking the reader to follow on a social network or sign up for a newsletter is chrome."""

from __future__ import annotations

import pytest
from helpers import PARAGRAPHS, cleaned_between_paragraphs, first_vote, line

from cleaner.heuristics.stay_in_touch import StayInTouch

S = StayInTouch().settings


FOLLOW, SUBSCRIBE = "call_to_follow", "call_to_subscribe"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Follow us on Twitter", FOLLOW),
        ("Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.", FOLLOW),
        ("Have a tip? Amy may be reached by email. Follow her on Twitter @AmyKup or on Facebook.", FOLLOW),
        ("Email Tariq Malik or follow him @tariqjmalik.", FOLLOW),
        ("*** Follow me on Instagram, YouTube or Facebook for a daily moment of travel inspiration", FOLLOW),
        ("Suivez-nous sur Facebook", FOLLOW),
        ("Sign up for our newsletter to get the latest in streaming and entertainment.", SUBSCRIBE),
        ("Get the latest updates right in your inbox. Subscribe to NJ.com's newsletters.", SUBSCRIBE),
        ("Want more deals? Join the IGN Deals Newsletter.", SUBSCRIBE),
        ("Abonnieren Sie unseren Newsletter", SUBSCRIBE),
        ("The latest from Restaurant Business, sent straight to your inbox.", SUBSCRIBE),
        ("Exclusive deals, delivered right to your inbox.", SUBSCRIBE),
        ("I respect your privacy. Unsubscribe at any time.", SUBSCRIBE),
        ("Thanks for reading! Subscribe for free to receive new posts and support my work.", SUBSCRIBE),
        ("Want business tips? Sign up to receive our emails!", SUBSCRIBE),
        ("Abonnieren Sie unsere E-Mails mit den besten Angeboten.", SUBSCRIBE),
    ],
)
def test_a_request_to_follow_or_to_sign_up_is_voted_surely_chrome(text: str, reason: str) -> None:
    vote = first_vote(StayInTouch(), text)

    assert vote is not None and vote.value == -1.0 and vote.reason == reason


@pytest.mark.parametrize(
    "text",
    [
        "He did not follow the rules on Twitter, the court heard.",  # "follow" inside a sentence
        "Investors follow the markets on Facebook's results day.",
        "Follow the river on foot for three miles to the harbour.",  # no network
        "Follow us for more stories like this one.",  # no network, no handle
        "The newsletter reached 40,000 readers in its first year.",  # no request
        "Readers who sign up often say the newsletter is too long.",  # the verb inside a sentence
        "Sign up for the course by Friday, and bring a notebook.",  # no newsletter
        "Writers who sign up for the program publish their posts weekly.",  # the verb inside a sentence
        "She answers her emails before she posts anything.",  # no request
        "The scam arrives in your inbox as an invoice.",  # no mailing list's promise
        line(12, stopwords=4, end="."),
    ],
)
def test_a_line_that_asks_for_no_follow_on_a_network_is_left_alone(text: str) -> None:
    assert first_vote(StayInTouch(), text) is None


def test_a_request_in_a_line_of_the_most_words_counts() -> None:
    text = line(S.max_words - 4, end=".") + " Follow us on Twitter"

    assert len(text.split()) == S.max_words
    assert first_vote(StayInTouch(), text) is not None


def test_a_request_closing_a_longer_paragraph_is_the_paragraphs() -> None:
    assert first_vote(StayInTouch(), line(S.max_words - 3, end=".") + " Follow us on Twitter") is None


def test_the_combiner_drops_a_request_between_two_paragraphs_whatever_its_score() -> None:
    request = "Have a tip about the harbour? Follow our reporter on Twitter and send her your stories."
    labels = cleaned_between_paragraphs(request)

    assert labels[request] == ("chrome", "vetoed&stay_in_touch=-1")
    assert [labels[paragraph][0] for paragraph in PARAGRAPHS] == ["body", "body"]
