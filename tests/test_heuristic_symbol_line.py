"""symbol_line: a line of arrows, stars, icon glyphs or one lone mark is a widget's, not text."""

from __future__ import annotations

import pytest
from helpers import line, votes

import cleaner
from cleaner.heuristics.symbol_line import SymbolLine
from cleaner.model import Label
from cleaner.segment.html import segment_html

REASON = "symbols_alone"
MARK_REASON = "punctuation_alone"


@pytest.mark.parametrize(
    "symbols",
    ["→", "← →", "×", "✕", "↗", "★★★★★", "☆☆☆☆", "✓", "►", "|", "+", "\ue059", "\uf04b \uf074"],
)
def test_a_line_of_symbols_alone_is_sure_chrome(symbols: str) -> None:
    (vote,) = votes(SymbolLine(), symbols)

    assert vote is not None
    assert (vote.value, vote.reason) == (-1.0, REASON)


@pytest.mark.parametrize("mark", ["?", "•", "·", "/", ".", ":"])
def test_one_mark_alone_is_an_icon_or_a_separator(mark: str) -> None:
    (vote,) = votes(SymbolLine(), mark)

    assert vote is not None
    assert (vote.value, vote.reason) == (-1.0, MARK_REASON)


@pytest.mark.parametrize(
    "text",
    [
        "...",  # an ellipsis
        "…",
        "??",  # more than one mark
        "-",  # a dash: a section break, an empty value
        "—",
        "* * *",
        "$",  # a price's currency sign on a line of its own
        "}",  # a code listing's closing brace
        ");",
        "→ Next",  # a word beside the arrow
        "★ 4.5",
        "2 × 3",
    ],
)
def test_other_punctuation_a_sign_a_bracket_or_a_word_is_left_alone(text: str) -> None:
    assert votes(SymbolLine(), text) == [None]


def test_preformatted_symbols_and_marks_are_the_writers() -> None:
    page = segment_html(f"<p>{line(20, stopwords=6, end='.')}</p><pre>a\n=>\n.\nb</pre><div>→</div><div>?</div>")

    reasons = [vote.reason if vote is not None else None for vote in SymbolLine().vote(page)]
    assert page.texts[2:4] == ("=>", ".")
    assert reasons == [None, None, None, None, None, REASON, MARK_REASON]


def test_the_combiner_drops_the_stars_and_keeps_the_heading_above_them() -> None:
    """Each reviewed item's heading (listed above, linked, too long to follow its neighbours) is body
    for the text under it, which its stars stand between: the stars go once the heading has kept its place."""
    paragraphs = [f"<p>{line(24, stopwords=8, seed=seed, end='.')}</p>" for seed in range(4)]
    names = ["Acme Digital Marketing Agency of Boston", "Bolt Social Media Studio of Dallas"]
    contents = "".join(f"<li><a href='#{n}'>{name}</a></li>" for n, name in enumerate(names))
    items = [
        f"<h3><a href='https://example.com/{n}'>{name}</a></h3><div>{stars}</div>{paragraphs[2 + n]}"
        for n, (name, stars) in enumerate(zip(names, ["★★★★★", "★★★★☆"], strict=True))
    ]
    html = (
        "<html><body><article><h1>The best agencies of the year</h1>"
        f"{paragraphs[0]}<ul>{contents}</ul>{paragraphs[1]}{''.join(items)}</article></body></html>"
    )
    result = cleaner.clean(html, format="html")

    headings = [block for block in result.blocks if block.tag == "h3"]
    stars = [block for block in result.blocks if block.text.startswith("★")]
    assert [(block.label, block.decision) for block in headings] == [(Label.BODY, "heading&neighbours_body")] * 2
    assert [(block.label, block.decision) for block in stars] == [(Label.CHROME, "vetoed&symbol_line=-1")] * 2
    assert "★" not in result.text


def test_a_help_icon_between_the_paragraphs_leaves_the_body_text() -> None:
    paragraphs = [f"<p>{line(24, stopwords=8, seed=seed, end='.')}</p>" for seed in range(3)]
    html = (
        "<html><body><article><h1>How to choose a kettle</h1>"
        f"{paragraphs[0]}<div class='tooltip'>?</div>{paragraphs[1]}{paragraphs[2]}</article></body></html>"
    )
    result = cleaner.clean(html, format="html")

    (icon,) = [block for block in result.blocks if block.text == "?"]
    assert (icon.label, icon.decision) == (Label.CHROME, "vetoed&symbol_line=-1")
    assert [block.text for block in result.blocks if block.label is Label.BODY][1:] == [
        block.text for block in result.blocks if block.tag == "p"
    ]
    assert "\n\n?\n\n" not in result.text


IMAGE_REASON = "image_address_alone"


IMAGE_ADDRESSES = [
    "https://cdn.example.com/swatches/navy.jpg",
    "http://example.com/a/forum/c/cbb95302.JPEG",
    "https://cdn.example.com/images/160x160/tee__12345.1700000000.png?c=1",
    "https://example.com/icons/logo.svg#mark",
    "https://example.com/photos/cover.webp",
]


def test_an_image_address_alone_is_sure_chrome() -> None:
    found = votes(SymbolLine(), "\n\n".join(IMAGE_ADDRESSES))

    assert [(vote.value, vote.reason) if vote else None for vote in found] == [(-1.0, IMAGE_REASON)] * 5


@pytest.mark.parametrize(
    "text",
    [
        "https://example.com/guide/install",  # a page's address, which a post may cite
        "https://youtube.com/watch?v=abc.jpg.html",  # ends in a page, not an image
        "example.com/photos/cover.jpg",  # no scheme: not read as an address
        "See https://example.com/photos/cover.jpg",  # words around it
        "https://example.com/photos/cover.jpg and more",
    ],
)
def test_other_addresses_and_lines_citing_an_image_are_left_alone(text: str) -> None:
    assert votes(SymbolLine(), text) == [None]


def test_an_image_address_in_preformatted_text_is_the_writers() -> None:
    page = segment_html(
        f"<p>{line(20, stopwords=6, end='.')}</p><pre>https://example.com/cover.png</pre>"
        "<dd>https://example.com/cover.png</dd>"
    )

    reasons = [vote.reason if vote is not None else None for vote in SymbolLine().vote(page)]
    assert reasons == [None, None, IMAGE_REASON]


def test_a_shops_swatch_addresses_leave_the_description() -> None:
    paragraphs = [f"<p>{line(24, stopwords=8, seed=seed, end='.')}</p>" for seed in range(3)]
    swatches = "".join(
        f"<dt>{colour}</dt><dd>https://cdn.example.com/swatch/{colour.lower()}.jpg</dd>"
        for colour in ("Navy", "Black", "White")
    )
    html = (
        "<html><body><main><h1>The staple tee</h1>"
        f"{paragraphs[0]}{paragraphs[1]}<dl>{swatches}</dl>{paragraphs[2]}</main></body></html>"
    )
    result = cleaner.clean(html, format="html")

    addresses = [block for block in result.blocks if block.text.startswith("https://")]
    assert [(block.label, block.decision) for block in addresses] == [(Label.CHROME, "vetoed&symbol_line=-1")] * 3
    assert "https://" not in result.text
    assert all(block.label is Label.BODY for block in result.blocks if block.tag == "p")
