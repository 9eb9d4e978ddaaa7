"""The title of a text page: the most headline-like block just above where the article starts."""

from __future__ import annotations

import pytest
from helpers import line

from cleaner import clean

HEADLINE = "Storm closes the coastal road for the winter"
PROSE = "\n\n".join(line(30, stopwords=10, end=".", seed=seed) for seed in range(3))


def test_the_headline_above_the_first_paragraph_is_the_title() -> None:
    assert clean(f"{HEADLINE}\n\n{PROSE}", format="text").title == HEADLINE


@pytest.mark.parametrize(
    "item",
    [
        f"• {HEADLINE}",  # the last item of a menu, as crawl text dumps mark it
        f"- {HEADLINE}",
        f"2. {HEADLINE}",  # a breadcrumb's or a table of contents' numbered item
        f"12) {HEADLINE}",
    ],
)
def test_a_list_item_is_never_the_title(item: str) -> None:
    assert clean(f"{item}\n\n{PROSE}", format="text").title is None


def test_a_meta_line_of_several_fields_is_never_the_title() -> None:
    meta = "4.7 out of five (96 reviews) · Easy · Inexpensive"

    assert clean(f"{HEADLINE}\n\n{meta}\n\n{PROSE}", format="text").title == HEADLINE
    assert clean(f"{meta}\n\n{PROSE}", format="text").title is None


def test_a_headline_with_one_separator_is_still_a_title() -> None:
    titled = "Storm closes the coastal road · Live"

    assert clean(f"{titled}\n\n{PROSE}", format="text").title == titled
