"""picture_credit: a line that closes with a picture's credit is a caption."""

from __future__ import annotations

import pytest
from helpers import PARAGRAPHS, cleaned_between_paragraphs, first_vote, line

from cleaner.heuristics.picture_credit import PictureCredit

S = PictureCredit().settings
CAPTION = "Protesters have worn masks to protect their identities"


@pytest.mark.parametrize(
    "text",
    [
        f"{CAPTION} (Image: GETTY)",
        f"{CAPTION} ( Photo credit : Jane Doe / Reuters )",
        f"{CAPTION}. Photo: Owain Price",
        f"{CAPTION}! PICTURE: Penhallow family",
        "Photo: Damian Dovarganes, AP",
        "Image Credit: WeWork",
        "Photograph: Andy Rain/EPA",
        "Credit: Courtesy of the artist",
        "Фото: Иван Петров",
        f"{CAPTION}. (AP Photo/Evan Vucci)",
        "Photo by Jane Doe on Unsplash",
        "Photos courtesy of the Harbour Museum",
        f"{CAPTION}. | Photo by Lisa Jennings",
        f"{CAPTION}. Photo by: 'James Sutton'.",  # "by" as a label; the credit closes its sentence
        "Photo by: Jane Doe",
        "Getty Images / Holger Leue",  # the library's name before the picture word and its slash
        "Romas Photo/Shutterstock",
        "AerialPerspective Images/Getty Images",
    ],
)
def test_a_line_closed_by_a_picture_credit_is_voted_surely_chrome(text: str) -> None:
    vote = first_vote(PictureCredit(), text)

    assert vote is not None and vote.value == -1.0 and vote.reason == "ends_with_picture_credit"


@pytest.mark.parametrize(
    "text",
    [
        "The photo: a dog asleep on the porch of the house",  # the word inside a sentence, lower case
        "image: busybox",  # a key of a configuration file
        "• Retouch photos by removing, replacing and correcting details",  # a lower-case word in a list
        "The Photo by the river was taken at dawn.",  # a sentence goes on after the name
        "Image: nginx:1.14.2",  # a colon in the value: not a name
        "Photo: Jane Doe. She took it in the harbour at dawn.",  # a sentence follows the label
        f"{CAPTION} (Image: GETTY) and more words after it",  # the credit does not close the line
        f"{CAPTION} Photo: Jane Doe",  # the label neither opens the line nor follows a sentence's end
        f"{CAPTION}. Photo: Jane Doe..",  # two full stops: not a sentence's end
        "Our Best Travel Photos / Shutterstock",  # three words before the picture word: a title
        "The best Photos / Shutterstock",  # a lower-case word before it: a sentence
        "Getty Images: Jane Doe",  # a name before the picture word is an agency's only with a slash
        line(12, stopwords=4, end="."),
    ],
)
def test_a_line_that_only_mentions_a_picture_is_left_alone(text: str) -> None:
    assert first_vote(PictureCredit(), text) is None


def test_a_credit_of_the_longest_length_counts() -> None:
    name = "x" * S.max_credit_chars

    assert first_vote(PictureCredit(), f"{CAPTION} (Image: {name})") is not None


def test_a_credit_one_character_longer_is_no_credit() -> None:
    name = "x" * (S.max_credit_chars + 1)

    assert first_vote(PictureCredit(), f"{CAPTION} (Image: {name})") is None


def test_the_combiner_drops_a_caption_between_two_paragraphs_whatever_its_score() -> None:
    caption = "The harbour wall was raised by a metre after the flood of the winter (Photo: Jane Doe)"
    labels = cleaned_between_paragraphs(caption)

    assert labels[caption] == ("chrome", "vetoed&picture_credit=-1")
    assert [labels[paragraph][0] for paragraph in PARAGRAPHS] == ["body", "body"]
