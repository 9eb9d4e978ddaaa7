"""disclosure: a site's affiliate disclosure and its 'for information only' disclaimer are chrome."""

from __future__ import annotations

import pytest
from helpers import first_vote, line

from cleaner.heuristics.disclosure import Disclosure


@pytest.mark.parametrize(
    "text",
    [
        "When you buy through links on our site, we may earn an affiliate commission.",
        "This post may contain affiliate links, which means I receive a small commission at no cost to you.",
        "As an Amazon Associate I earn from qualifying purchases.",
        "Our reviews are independent. This page contains affiliate links.",
        "The information on this website is for general informational purposes only.",
        "DISCLAIMER: This content is for educational purposes only.",
        "The content of this site is not intended as legal advice; consult an attorney.",
        "This article does not constitute financial advice.",
        "The content is not a substitute for professional medical advice, diagnosis or treatment.",
        "Products and services referenced are for general information only.",
        "This material is not intended to replace the advice of a qualified advisor.",
        "We also use affiliate links in articles to earn commissions if you buy after clicking them.",
        "The information provided on this website is not medical advice.",
        "Our guides are not legal advice; ask a lawyer.",
    ],
)
def test_a_disclosure_or_disclaimer_is_voted_surely_chrome(text: str) -> None:
    vote = first_vote(Disclosure(), text)

    assert vote is not None and vote.value == -1.0 and vote.reason == "disclosure"


@pytest.mark.parametrize(
    "text",
    [
        "This post does not contain any affiliate links.",  # a disclosure that there is none
        "The agent earns a commission on every house she sells.",  # not the site's own
        "He gave us legal advice that proved wrong.",  # advice given, not disclaimed
        "Her tip is not bad advice for a first trip to the coast.",  # advice of no profession
        "During a live stream you can use affiliate links to sell products.",  # the reader's, not the site's
        "The museum opened its archive for research purposes in 1998.",  # not "only"
        line(12, stopwords=4, end="."),
    ],
)
def test_a_line_that_only_speaks_of_commissions_or_advice_is_left_alone(text: str) -> None:
    assert first_vote(Disclosure(), text) is None
