"""feedback_prompt: a widget asking whether the page helped is chrome."""

from __future__ import annotations

import pytest
from helpers import first_vote, line

from cleaner.heuristics.feedback_prompt import FeedbackPrompt


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
        "Did you find what you needed?",
        "Did you find what you were looking for?",
        "War dieser Artikel hilfreich?",
        "Cette page vous a-t-elle été utile ?",
        "¿Fue útil esta página?",
        "¿Te resultó útil?",
        "Esta página foi útil?",
        "Questa pagina ti è stata utile?",
        "Was deze pagina nuttig?",
        "Была ли эта страница полезной?",
        "هل كانت هذه الصفحة مفيدة؟ نعم لا",
        "Give feedback",
        "Send us your feedback",
        "Help us make these docs great!",
        "Help us improve this page",
        "Edit this page",
        "Edit this page on GitHub · Last updated on Apr 2, 2024",
        "Edit on GitHub",
        "Improve this article",
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
        "Did you find what you needed at the market?",  # the question goes on
        "We give feedback to every student within a week",  # does not open the line
        "Help us improvise",  # another word
        "Edit this photo in three steps",  # not the page
        "How to edit on GitHub without cloning",  # does not open the line
        "Es útil saber que el agua hierve antes",  # no page is asked about
        "La recette est utile pour les débutants",
        line(12, stopwords=4, end="."),
    ],
)
def test_a_line_that_only_speaks_of_usefulness_is_left_alone(text: str) -> None:
    assert first_vote(FeedbackPrompt(), text) is None
