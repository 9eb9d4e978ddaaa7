"""named_caption: a line or two that the template names a caption, under an article's headline, is chrome."""

from __future__ import annotations

from helpers import line

import cleaner
from cleaner.heuristics.named_caption import NamedCaption
from cleaner.model import Label
from cleaner.segment.html import segment_html

S = NamedCaption().settings


def _article(caption_lines: int, caption_class: str = "imageEmbedCaption", title: str = "Storm closes the road") -> str:
    paragraphs = [f"<p>{line(22, stopwords=7, seed=seed, end='.')}</p>" for seed in range(4)]
    caption = "".join(f"<p>{line(14, stopwords=4, seed=20 + n, end='.')}</p>" for n in range(caption_lines))
    body = (
        f'<h1>Storm closes the road</h1><div class="story">{"".join(paragraphs[:2])}'
        f'<div class="{caption_class}">{caption}</div>{"".join(paragraphs[2:])}</div>'
    )
    return f"<html><head><title>{title}</title></head><body>{body}</body></html>"


def _reasons(html: str) -> list[str | None]:
    return [vote.reason if vote is not None else None for vote in NamedCaption().vote(segment_html(html))]


def test_a_short_block_named_a_caption_under_the_headline_is_sure_chrome() -> None:
    reasons = _reasons(_article(S.max_context_blocks))

    assert reasons == [None] * 3 + ["named_caption"] * S.max_context_blocks + [None] * 2


def test_the_caption_goes_whatever_it_reads_like() -> None:
    """Written as a sentence between two paragraphs, the caption would be body but for its name."""
    result = cleaner.clean(_article(1), format="html")

    labels = [block.label for block in result.blocks]
    assert labels == [Label.BODY] * 3 + [Label.CHROME] + [Label.BODY] * 2


def test_an_element_named_a_caption_holding_more_blocks_is_a_wrapper() -> None:
    assert _reasons(_article(S.max_context_blocks + 1)) == [None] * (6 + S.max_context_blocks)


def test_without_a_headline_the_name_says_nothing() -> None:
    # A shop's product card calls its rating line a "caption"; no headline, no article.
    assert _reasons(_article(1, title="Garden furniture")) == [None] * 6


def test_names_without_the_root_say_nothing() -> None:
    assert _reasons(_article(1, caption_class="image-embed")) == [None] * 6


def test_a_heading_named_a_caption_is_not_one() -> None:
    """A template that names its section headings "caption" heads parts of the text with them."""
    html = _article(1).replace(
        '<div class="imageEmbedCaption"><p>', '<div class="imageEmbedCaption"><h2>Road works</h2><p>'
    )

    assert _reasons(html) == [None] * 4 + ["named_caption"] + [None] * 2
