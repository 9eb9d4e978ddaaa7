"""related_link: a line opening with a cross-reference label ("Related:", "Read more:") links to another story."""

from __future__ import annotations

import pytest
from helpers import PARAGRAPHS, cleaned_between_paragraphs, first_vote, line

from cleaner.heuristics.related_link import RelatedLink

S = RelatedLink().settings
HEADLINE = "The 15 Weirdest Galaxies in Our Universe"


@pytest.mark.parametrize(
    "text",
    [
        f"Related: {HEADLINE}",
        f"READ MORE: {HEADLINE}",
        f"Also read: {HEADLINE}",
        f"See also | {HEADLINE}",
        f"Related stories : {HEADLINE}",
        f"Check out: {HEADLINE}",
        f"You might also like: {HEADLINE}",
        f"Lesen Sie auch: {HEADLINE}",
        f"Читайте также: {HEADLINE}",
    ],
)
def test_a_line_opening_with_a_cross_reference_label_is_voted_surely_chrome(text: str) -> None:
    vote = first_vote(RelatedLink(), text)

    assert vote is not None and vote.value == -1.0 and vote.reason == "opens_with_related_label"


@pytest.mark.parametrize(
    "text",
    [
        f"Related research shows that {HEADLINE.lower()}",  # the word opens a sentence, with no colon
        f"Researchers said: {HEADLINE}",  # another label
        "Related:",  # a label with nothing after it: a section's heading
        f"The story is related: {HEADLINE}",  # the label does not open the line
        f"Check out the {HEADLINE.lower()}",  # the words open a sentence, with no colon
        line(12, stopwords=4, end="."),
    ],
)
def test_a_line_without_the_label_at_its_start_is_left_alone(text: str) -> None:
    assert first_vote(RelatedLink(), text) is None


def test_a_labelled_line_of_the_most_words_counts() -> None:
    text = "Related: " + line(S.max_words - 1)

    assert len(text.split()) == S.max_words
    assert first_vote(RelatedLink(), text) is not None


def test_a_labelled_line_one_word_longer_is_a_paragraph() -> None:
    assert first_vote(RelatedLink(), "Related: " + line(S.max_words)) is None


def test_the_combiner_drops_a_related_link_between_two_paragraphs_whatever_its_score() -> None:
    link = f"Related: {HEADLINE}, and what the astronomers who found them are looking for next"
    labels = cleaned_between_paragraphs(link)

    assert labels[link] == ("chrome", "vetoed&related_link=-1")
    assert [labels[paragraph][0] for paragraph in PARAGRAPHS] == ["body", "body"]
