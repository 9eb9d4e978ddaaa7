"""review_section: once a shop's customer reviews begin, the product's own page is over."""

from __future__ import annotations

from helpers import line, page

import cleaner
from cleaner.heuristics.review_section import ReviewSection
from cleaner.model import Label
from cleaner.segment.html import segment_html

DESCRIPTION = [line(18, stopwords=5, seed=seed, end=".") for seed in range(2)]
REVIEWS = [
    "Customer Reviews",
    "5 out of 5 stars",
    "Verified Purchase",
    line(26, stopwords=8, seed=10, end="."),
    "12 people found this helpful",
    line(26, stopwords=8, seed=11, end="."),
]


def _reviews_voted(lines: list[str]) -> list[int]:
    votes = ReviewSection().vote(page("\n\n".join(lines)))
    return [index for index, vote in enumerate(votes) if vote is not None and vote.reason == "review_section"]


def test_a_review_header_with_reviews_under_it_starts_a_section_voted_surely_chrome() -> None:
    lines = ["Trail Pack 25", *DESCRIPTION, *REVIEWS, "Contact us"]
    votes = ReviewSection().vote(page("\n\n".join(lines)))

    assert [vote is not None for vote in votes] == [False] * 3 + [True] * (len(REVIEWS) + 1)
    assert {vote.value for vote in votes if vote is not None} == {-1.0}


def test_a_review_header_without_reviews_under_it_is_a_menu_tab() -> None:
    lines = ["Overview", "Reviews", "Specifications", *DESCRIPTION, "Verified Purchase"]

    assert _reviews_voted(lines) == []


def test_one_review_line_under_the_header_is_not_yet_a_section() -> None:
    assert _reviews_voted([*DESCRIPTION, "Reviews (1)", "Verified Purchase", *DESCRIPTION]) == []
    assert _reviews_voted([*DESCRIPTION, "Reviews (2)", "Verified Purchase", "4.5 out of 5"]) == [2, 3, 4]


def test_reviewers_bylines_and_an_average_rating_are_reviews_too() -> None:
    lines = [*DESCRIPTION, "Write A Review", "4.7 Average rating", "by Sam from Michigan on November 24, 2025"]

    assert _reviews_voted(lines) == [2, 3, 4]
    assert _reviews_voted([*DESCRIPTION, "Write A Review", "by the river from dawn on", "Average rating"]) == []


def test_a_header_naming_the_product_reviewed_heads_the_reviews() -> None:
    """WooCommerce's template: "29 reviews for <the product>"."""
    lines = [*DESCRIPTION, "29 reviews for Minimalist Sandals Zero", "Rated 5 out of 5", "Sam (verified owner)"]

    assert _reviews_voted(lines) == [2, 3, 4]
    assert _reviews_voted([*DESCRIPTION, "29 reviews", "Rated 5 out of 5", "Sam (verified owner)"]) == [2, 3, 4]


def test_reviews_past_the_window_do_not_count_for_the_header() -> None:
    heuristic = ReviewSection(window_blocks=3)
    lines = ["Reviews", *DESCRIPTION, "Verified Purchase", "Verified Purchase"]

    assert all(vote is None for vote in heuristic.vote(page("\n\n".join(lines))))


def test_on_html_pages_the_wording_finds_reviews_whatever_the_template_names() -> None:
    html = "<html><body>" + "".join(f'<p class="c{n}">{text}</p>' for n, text in enumerate([*DESCRIPTION, *REVIEWS]))

    votes = ReviewSection().vote(segment_html(html + "</body></html>"))

    assert [vote is not None for vote in votes] == [False] * len(DESCRIPTION) + [True] * len(REVIEWS)


def test_the_reviews_are_chrome_and_with_comments_keeps_them() -> None:
    text = "\n\n".join(["Trail Pack 25", *DESCRIPTION, *REVIEWS])
    reviews = {REVIEWS[3], REVIEWS[5]}

    dropped = cleaner.clean(text, format="text")
    kept = cleaner.Cleaner().with_comments().clean(text, format="text")

    assert {block.label for block in dropped.blocks if block.text in reviews} == {Label.CHROME}
    assert {block.label for block in kept.blocks if block.text in reviews} == {Label.BODY}
