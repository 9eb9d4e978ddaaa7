"""The page's h1 as its title where the segmenter's headline is a lower heading that repeats the title's words."""

from __future__ import annotations

from helpers import line

from cleaner.model import Label
from cleaner.segment.html import segment_html
from cleaner.title import TitleSettings, find_title

TITLE = "alpha bravo charlie delta echo foxtrot golf hotel india juliet"
# A section heading holding half of the title's words: the segmenter's headline.
SECTION = "alpha bravo charlie delta echo"
PROSE = "".join(f"<p>{line(30, stopwords=10, end='.', seed=seed)}</p>" for seed in range(4))


def _title(h1: str, before: int = 0, settings: TitleSettings | None = None) -> str | None:
    """The title found on a page of `before` menu lines, the h1 `h1`, the section heading and four paragraphs."""
    menu = "".join(f"<p>menu item {n}</p>" for n in range(before))
    html = f"<html><head><title>{TITLE}</title></head><body>{menu}<h1>{h1}</h1><h2>{SECTION}</h2>{PROSE}</body></html>"
    page = segment_html(html)
    index = find_title(page, [Label.BODY] * len(page), [[] for _ in range(len(page))], settings or TitleSettings())
    return None if index is None else page.texts[index]


def test_an_h1_sharing_a_third_of_its_words_with_the_title_is_the_title() -> None:
    assert _title("alpha bravo charlie kilo lima mike november oscar papa quebec") == (
        "alpha bravo charlie kilo lima mike november oscar papa quebec"
    )


def test_an_h1_sharing_fewer_of_its_words_leaves_the_segmenters_headline() -> None:
    assert _title("alpha bravo kilo lima mike november oscar papa quebec romeo") == SECTION


def test_an_h1_holding_a_fifth_of_the_title_is_the_title_and_less_is_not() -> None:
    assert _title("alpha bravo kilo lima") == "alpha bravo kilo lima"
    assert _title("alpha kilo lima") == SECTION


def test_an_h1_in_the_pages_second_half_is_not_the_title() -> None:
    # Six blocks follow the h1: after six menu lines it stands in the middle, after seven past it.
    assert _title("alpha bravo kilo lima", before=6) == "alpha bravo kilo lima"
    assert _title("alpha bravo kilo lima", before=7) == SECTION


def test_an_h1_the_segmenter_matched_stays_the_title() -> None:
    assert _title(TITLE) == TITLE


def test_the_h1_rule_can_be_turned_off() -> None:
    assert _title("alpha bravo kilo lima", settings=TitleSettings(h1_min_own_share=None)) == SECTION
