"""The title of a text page: the most headline-like block just above where the article starts."""

from __future__ import annotations

import pytest
from helpers import line

from cleaner import clean
from cleaner.model import Label
from cleaner.segment.text import segment_text
from cleaner.title import _LETTERS, TitleSettings, _letter_runs, find_title

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


def _title_under_body(body_words: int, settings: TitleSettings, headline: int | None = None) -> int | None:
    """The title found on: a line of `body_words` body words (no sentence), the headline, two paragraphs."""
    page = segment_text(f"{line(body_words, seed=3)}\n\n{HEADLINE}\n\n{PROSE}").model_copy(
        update={"headline": headline}
    )
    labels = [Label.BODY, Label.CHROME, *[Label.BODY] * (len(page) - 2)]
    return find_title(page, labels, [[] for _ in range(len(page))], settings)


def test_a_heading_under_a_paragraphs_worth_of_body_heads_a_section_not_the_page() -> None:
    settings = TitleSettings()
    most = settings.max_body_words_above
    assert most is not None and most > settings.max_words  # the body line above is no candidate itself

    assert _title_under_body(most - 1, settings) == 1
    assert _title_under_body(most, settings) is None
    assert _title_under_body(most, settings.model_copy(update={"max_body_words_above": None})) == 1


def test_a_headline_the_segmenter_knows_stays_the_title_under_body() -> None:
    settings = TitleSettings()
    assert settings.max_body_words_above is not None

    assert _title_under_body(settings.max_body_words_above + 10, settings, headline=1) == 1


@pytest.mark.parametrize(
    "folded",
    [
        "https://www.example.com/news/2019/11/storm-closes-the-coast-road.html?id=12_ab",
        "the storm closes the coast road, officials say: 12 people, 3 cars",
        "",
        "ab 12abc de_fgh ijk9lmno \t\npq\x7frst",
        "café au lait ½ déjà-vu straße",  # beyond ASCII: the pattern itself reads it
    ],
)
def test_the_runs_of_letters_of_a_folded_text_are_those_the_pattern_finds(folded: str) -> None:
    assert _letter_runs(folded) == _LETTERS.findall(folded)


def test_every_ascii_character_splits_or_joins_runs_of_letters_as_the_pattern_reads_it() -> None:
    for code in range(128):
        folded = f"abc{chr(code)}d".casefold()
        assert _letter_runs(folded) == _LETTERS.findall(folded), repr(chr(code))
