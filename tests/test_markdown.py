"""Markdown output: the body of an HTML page with its headings, lists, quotations, code and tables."""

from __future__ import annotations

import cleaner
from cleaner.markdown import to_markdown
from cleaner.model import Block, Label

PROSE = (
    "Storms form when warm moist air rises quickly into cooler air above, and the results can be dramatic "
    "for everyone who lives nearby."
)

OTHER = (
    "Before you leave home for the coast, check that the emergency bag holds the following things for each "
    "person in the house."
)
LAST = "The council will post updates on the state of the coast road every morning until the storm has passed."


def _block(text: str, tag: str | None) -> Block:
    return Block(text=text, label=Label.BODY, score=1.0, votes=[], decision="test", start=0, end=len(text), tag=tag)


def test_headings_take_their_level_and_paragraphs_stand_apart() -> None:
    blocks = [_block("Title", "h1"), _block("First.", "p"), _block("Part", "h3"), _block("Second.", "p")]

    assert to_markdown(blocks) == "# Title\n\nFirst.\n\n### Part\n\nSecond."


def test_consecutive_list_items_form_one_list_and_code_lines_one_fence() -> None:
    blocks = [_block("One", "li"), _block("Two", "li"), _block("x = 1", "pre"), _block("y = 2", "pre")]

    assert to_markdown(blocks) == "- One\n- Two\n\n```\nx = 1\ny = 2\n```"


def test_table_rows_become_a_pipe_table_with_the_first_row_as_header() -> None:
    blocks = [_block("Storm\t\tRain", "th"), _block("Ada\t\t40 mm", "td"), _block("B|b", "td")]

    assert to_markdown(blocks) == "| Storm | Rain |\n| --- | --- |\n| Ada | 40 mm |\n| B\\|b |  |"


def test_quotations_are_marked_and_markup_like_paragraphs_escaped() -> None:
    blocks = [_block("Said so.", "blockquote"), _block("# not a heading", "p"), _block("- nor a list", None)]

    assert to_markdown(blocks) == "> Said so.\n\n\\# not a heading\n\n\\- nor a list"


def test_text_pages_give_their_paragraphs() -> None:
    result = cleaner.clean(f"Home\nNews\n\n{PROSE}\n\n{PROSE.replace('Storms', 'Clouds')}\n", format="text")

    assert result.markdown() == result.text
    assert all(block.tag is None for block in result.blocks)


def test_an_html_page_keeps_its_structure_and_drops_its_chrome() -> None:
    html = (
        "<html><head><title>Guide to storms</title></head><body><nav><a href='/'>Home</a></nav>"
        f"<article><h1>Guide to storms</h1><p>{PROSE}</p><h2>What to pack</h2><p>{OTHER}</p>"
        f"<ul><li>Water for three days</li><li>A torch and batteries</li></ul><p>{LAST}</p></article>"
        "<footer><a href='/privacy'>Privacy policy</a></footer></body></html>"
    )

    markdown = cleaner.clean(html).markdown()

    assert markdown == (
        f"# Guide to storms\n\n{PROSE}\n\n## What to pack\n\n{OTHER}\n\n"
        f"- Water for three days\n- A torch and batteries\n\n{LAST}"
    )
    assert "Home" not in markdown
    assert "Privacy" not in markdown
