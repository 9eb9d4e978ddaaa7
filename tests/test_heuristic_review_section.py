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


def test_a_review_widgets_summary_counts_as_reviews() -> None:
    """The widgets that shops embed sum their reviews up: "Based on 407 reviews", "81% of customers would
    recommend this", "Rating snapshot", an average glued to its figure."""
    lines = [*DESCRIPTION, "Reviews", "Based on 407 reviews", "81% of customers would recommend this"]

    assert _reviews_voted(lines) == [2, 3, 4]
    assert _reviews_voted([*DESCRIPTION, "Customer reviews", "4.7Average rating", "Rating snapshot"]) == [2, 3, 4]
    assert _reviews_voted([*DESCRIPTION, "Reviews", "Based on our reviews", "Customers would recommend this"]) == []


def test_a_rating_breakdown_counts_as_reviews() -> None:
    """A review widget draws the share of its reviews at each star, a row a rating: "80%", "(3672)"."""
    breakdown = ["80%", "(3672)", "9 %", "(402)", "6%", "(254)"]
    lines = [*DESCRIPTION, "Customer Reviews", "Based on 4328 reviews", *breakdown, "Justin"]

    assert _reviews_voted(lines) == list(range(2, 2 + 3 + len(breakdown)))
    assert _reviews_voted([*DESCRIPTION, "Customer Reviews", *breakdown]) == list(range(2, 3 + len(breakdown)))


def test_a_share_is_a_breakdowns_row_only_with_the_next_rows_share_near_it() -> None:
    # The next share two lines below (a row's share and its count): a row; three lines below: none.
    assert _reviews_voted([*DESCRIPTION, "Reviews", "Based on 12 reviews", "80%", "(10)", "20%"]) == [2, 3, 4, 5, 6]
    assert _reviews_voted([*DESCRIPTION, "Reviews", "Based on 12 reviews", "80%", "(10)", "(2)", "20%"]) == []
    # A share alone, or a line that holds more than a share, is no row.
    assert _reviews_voted([*DESCRIPTION, "Reviews", "Based on 12 reviews", "0%"]) == []
    assert _reviews_voted([*DESCRIPTION, "Reviews", "Based on 12 reviews", "80% off", "20% off"]) == []
    assert _reviews_voted([*DESCRIPTION, "Reviews", "Based on 12 reviews", "1000%", "2000%"]) == []


def test_a_header_naming_the_product_reviewed_heads_the_reviews() -> None:
    """WooCommerce's template: "29 reviews for <the product>"."""
    lines = [*DESCRIPTION, "29 reviews for Minimalist Sandals Zero", "Rated 5 out of 5", "Sam (verified owner)"]

    assert _reviews_voted(lines) == [2, 3, 4]
    assert _reviews_voted([*DESCRIPTION, "29 reviews", "Rated 5 out of 5", "Sam (verified owner)"]) == [2, 3, 4]


def test_a_header_naming_the_product_after_reviews_for_heads_the_reviews() -> None:
    signals = ["Rated 5 out of 5", "Sam (verified owner)"]

    assert _reviews_voted([*DESCRIPTION, "Reviews for this item (76)", *signals]) == [2, 3, 4]
    assert _reviews_voted([*DESCRIPTION, "Reviews of the Trail Pack 25", *signals]) == [2, 3, 4]
    # A sentence about reviews heads nothing.
    assert _reviews_voted([*DESCRIPTION, "Reviews for this item are moderated.", *signals]) == []


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


# A review widget's reviews without a rating, a badge or a vote: a name, a date, the text.
PLAIN_REVIEWS = ["Sam 09.08.2024", line(24, stopwords=8, seed=12, end="."), line(22, stopwords=7, seed=13, end=".")]


def _named_page(header: str, reviews: list[str], after: str = "", wrapper: str = "product-reviews") -> list[bool]:
    """The review section's votes over a description, `header` and `reviews` in a `wrapper` element (each review in
    a "review-text" one), then `after`."""
    items = "".join(f'<div class="review-text">{text}</div>' for text in reviews)
    description = "".join(f"<p>{text}</p>" for text in DESCRIPTION)
    html = f'<html><body>{description}<section class="{wrapper}">{header}{items}</section>{after}</body></html>'
    return [vote is not None for vote in ReviewSection().vote(segment_html(html))]


def test_on_html_pages_a_header_over_elements_named_for_reviews_heads_its_section_as_chrome() -> None:
    after = f"<h2>Materials</h2><p>{line(20, stopwords=6, seed=20, end='.')}</p>"

    voted = _named_page("<h2>Reviews</h2>", PLAIN_REVIEWS, after)

    # The section ends at the next heading of the header's level that is not named for reviews.
    assert voted == [False] * len(DESCRIPTION) + [True] * (1 + len(PLAIN_REVIEWS)) + [False, False]


def test_a_heading_named_for_reviews_stays_in_their_section() -> None:
    after = f'<h2 class="reviews-more">More reviews</h2><p>{line(20, stopwords=6, seed=20, end=".")}</p>'

    voted = _named_page("<h2>Reviews</h2>", PLAIN_REVIEWS, after)

    assert voted == [False] * len(DESCRIPTION) + [True] * (1 + len(PLAIN_REVIEWS)) + [True, True]


def test_a_header_that_is_no_heading_heads_named_reviews_to_the_page_end() -> None:
    after = f"<h2>Materials</h2><p>{line(20, stopwords=6, seed=20, end='.')}</p>"

    voted = _named_page("<div>8 Reviews</div>", PLAIN_REVIEWS, after)

    assert voted == [False] * len(DESCRIPTION) + [True] * (1 + len(PLAIN_REVIEWS) + 2)


def test_one_block_named_for_reviews_under_the_header_is_not_yet_a_section() -> None:
    assert not any(_named_page("<h2>Reviews</h2>", PLAIN_REVIEWS[:1]))
    assert any(_named_page("<h2>Reviews</h2>", PLAIN_REVIEWS[:2]))


def test_a_linked_header_is_a_menu_tab_whatever_its_names() -> None:
    assert not any(_named_page('<h2><a href="#reviews">Reviews</a></h2>', PLAIN_REVIEWS))


def test_a_review_name_further_up_than_the_nearest_named_ancestors_says_nothing() -> None:
    # Three named elements stand between the wrapper and the reviews' text: the wrapper is too far up.
    reviews = [f'<div class="a"><div class="b">{text}</div></div>' for text in PLAIN_REVIEWS]
    html_reviews = "".join(reviews)
    description = "".join(f"<p>{text}</p>" for text in DESCRIPTION)
    html = (
        f'<html><body>{description}<section class="product-reviews"><div class="head"><h2>Reviews</h2></div>'
        f"{html_reviews}</section></body></html>"
    )

    assert all(vote is None for vote in ReviewSection().vote(segment_html(html)))
    assert any(vote is not None for vote in ReviewSection(near_named_ancestors=3).vote(segment_html(html)))
