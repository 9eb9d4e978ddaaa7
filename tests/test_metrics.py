"""The ScrapingHub shingle metric and token F1: per-page normalised precision, recall and F1."""

from __future__ import annotations

import pytest
from helpers import line

from cleaner.metrics import PageCounts, SnippetCounts, aggregate, page_counts, shingles, snippet_counts, snippets_found

GOLD = "The council closed the coastal road after the river rose through the night."
OTHER = "Share this article on social media and subscribe to our weekly newsletter today."


def test_identical_texts_score_one() -> None:
    counts = page_counts(GOLD, GOLD)

    assert counts == PageCounts(tp=1.0, fp=0.0, fn=0.0)
    scores = aggregate([counts])
    assert scores.f1 == pytest.approx(1.0)
    assert scores.precision == pytest.approx(1.0)
    assert scores.recall == pytest.approx(1.0)
    assert scores.pages == 1


def test_disjoint_texts_score_zero() -> None:
    counts = page_counts(GOLD, OTHER)

    assert counts.tp == 0.0
    scores = aggregate([counts])
    assert scores.f1 == 0.0
    assert scores.precision == 0.0
    assert scores.recall == 0.0


def test_tokens_ignore_punctuation_and_spacing() -> None:
    assert page_counts("Storm, closes: the   coastal road!", "Storm closes the coastal road").tp == 1.0


def test_counts_are_normalised_per_page() -> None:
    counts = page_counts(line(100), line(50))

    assert counts.tp + counts.fp + counts.fn == pytest.approx(1.0)
    assert counts.fp == 0.0
    assert 0.0 < counts.fn < 1.0


def test_empty_gold_and_empty_prediction_are_left_out_of_the_means() -> None:
    empty = page_counts("", "")
    assert empty == PageCounts(tp=0.0, fp=0.0, fn=0.0)

    scores = aggregate([page_counts(GOLD, GOLD), empty])

    assert scores.f1 == pytest.approx(1.0)
    assert scores.precision == pytest.approx(1.0)
    assert scores.recall == pytest.approx(1.0)
    assert scores.pages == 2


def test_prediction_on_a_page_with_empty_gold_has_zero_precision() -> None:
    counts = page_counts("", OTHER)
    assert counts == PageCounts(tp=0.0, fp=1.0, fn=0.0)

    scores = aggregate([page_counts(GOLD, GOLD), counts])

    assert scores.precision == pytest.approx(0.5)
    assert scores.recall == pytest.approx(1.0)
    assert scores.f1 == pytest.approx(2 * 0.5 * 1.0 / 1.5)


def test_empty_prediction_on_a_page_with_gold_has_zero_recall() -> None:
    counts = page_counts(GOLD, "")
    assert counts == PageCounts(tp=0.0, fp=0.0, fn=1.0)

    scores = aggregate([page_counts(GOLD, GOLD), counts])

    assert scores.recall == pytest.approx(0.5)
    assert scores.precision == pytest.approx(1.0)


def test_long_page_does_not_outweigh_a_short_one() -> None:
    long_page = page_counts(line(2_000), line(2_000))
    short_page = page_counts("the council closed the coastal road", "subscribe to our weekly newsletter today")

    scores = aggregate([long_page, short_page])

    assert scores.precision == pytest.approx(0.5)
    assert scores.recall == pytest.approx(0.5)
    assert scores.f1 == pytest.approx(0.5)


def test_precision_and_recall_are_averaged_before_f1() -> None:
    # Page 1: everything predicted, half of it wrong; page 2: half of the gold predicted, nothing wrong.
    gold_1, gold_2 = line(40, seed=1), line(40, seed=2)
    page_1 = page_counts(gold_1, gold_1 + " " + line(40, seed=3, stopwords=40), shingle_size=1)
    page_2 = page_counts(gold_2, " ".join(gold_2.split()[:20]), shingle_size=1)

    scores = aggregate([page_1, page_2])

    assert scores.precision == pytest.approx((0.5 + 1.0) / 2)
    assert scores.recall == pytest.approx((1.0 + 0.5) / 2)
    assert scores.f1 == pytest.approx(0.75)


def test_no_pages_score_zero() -> None:
    scores = aggregate([])

    assert scores.f1 == 0.0
    assert scores.pages == 0


# -- token F1 and shingles -------------------------------------------------------------------------


def test_token_f1_counts_shared_words() -> None:
    counts = page_counts("alpha beta gamma delta", "alpha beta omega sigma", shingle_size=1)
    scores = aggregate([counts])

    assert scores.precision == pytest.approx(0.5)
    assert scores.recall == pytest.approx(0.5)
    assert scores.f1 == pytest.approx(0.5)


def test_token_f1_ignores_order_but_shingles_do_not() -> None:
    gold = "alpha beta gamma delta epsilon"
    shuffled = "epsilon delta gamma beta alpha"

    assert aggregate([page_counts(gold, shuffled, shingle_size=1)]).f1 == pytest.approx(1.0)
    assert aggregate([page_counts(gold, shuffled)]).f1 == 0.0


def test_repeated_words_are_counted_with_multiplicity() -> None:
    counts = page_counts("echo echo echo echo", "echo", shingle_size=1)

    assert counts.tp == pytest.approx(1 / 4)
    assert counts.fn == pytest.approx(3 / 4)
    assert counts.fp == 0.0


def test_four_token_shingles() -> None:
    assert shingles("a b c d e", 4) == {("a", "b", "c", "d"): 1, ("b", "c", "d", "e"): 1}
    assert sum(shingles(line(10), 4).values()) == 7


def test_text_shorter_than_a_shingle_is_one_shingle() -> None:
    assert shingles("two words", 4) == {("two", "words"): 1}
    assert aggregate([page_counts("two words", "two words")]).f1 == pytest.approx(1.0)
    assert shingles("", 4) == {}
    assert shingles(" ... ", 4) == {}


def test_one_changed_word_costs_every_shingle_through_it() -> None:
    gold = "a b c d e f g h"
    predicted = "a b c d X f g h"

    counts = page_counts(gold, predicted)

    # 5 shingles each; the four through position 5 differ, only "a b c d" is shared.
    assert counts.tp == pytest.approx(1 / 9)
    assert counts.fp == pytest.approx(4 / 9)
    assert counts.fn == pytest.approx(4 / 9)


def test_a_snippet_is_held_where_its_tokens_stand_in_a_row_whatever_the_punctuation_and_spacing() -> None:
    predicted = "The council “closed” the road —\nat night.\n\nShare this"

    assert snippets_found(['council "closed" the road - at night', "Share   this"], predicted) == 2
    # Words apart, cut in two, in another case or order: not held.
    assert snippets_found(["council the road", "coun cil", "share this", "road the"], predicted) == 0
    # Cut from the gold by length, a snippet may begin and end mid-word; inside it, a token is whole.
    assert snippets_found(["uncil “closed” the ro", "the roa d"], predicted) == 1


def test_snippet_counts_are_the_must_keep_ones_held_and_the_must_drop_ones_left_out() -> None:
    counts = snippet_counts(
        ["closed the road", "the bridge is safe", "—"], ["Share this", "Home"], "closed the road. Home"
    )

    # "—" holds no token: it counts for nothing, kept or not.
    assert counts == SnippetCounts(kept=1, must_keep=2, dropped=1, must_drop=2)
