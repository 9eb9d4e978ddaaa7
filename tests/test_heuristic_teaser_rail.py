"""teaser_rail: truncated snippets a few lines apart, after an article's prose, are a rail of teasers."""

from __future__ import annotations

from helpers import line, votes

from cleaner.heuristics.teaser_rail import TeaserRail
from cleaner.segment.html import segment_html

S = TeaserRail().settings
# A prose paragraph as the heuristic counts one: 25 words, ending like a sentence, dense in function words.
PARAGRAPH_WORDS = 25


def _paragraph(seed: int) -> str:
    return line(PARAGRAPH_WORDS, stopwords=10, end=".", seed=seed)


def _article(prose_words: int) -> list[str]:
    """Paragraphs holding at least `prose_words` words of prose, blank lines between them."""
    count = -(-prose_words // PARAGRAPH_WORDS)
    return [_paragraph(seed) for seed in range(count)]


def _rail(snippets: int, gap: int = 2) -> list[str]:
    """`snippets` teasers: a headline, then `gap - 1` lines of which the last is the snippet cut short."""
    lines: list[str] = []
    for number in range(snippets):
        lines.append(line(5, capitalised=5, seed=40 + number))  # the headline
        lines += [line(3, seed=60 + number + i) for i in range(gap - 2)]
        lines.append(line(12, stopwords=4, seed=80 + number) + "...")
    return lines


def _voted(lines: list[str]) -> list[bool]:
    return [vote is not None for vote in votes(TeaserRail(), "\n\n".join(lines))]


def test_a_rail_after_an_article_is_voted_chrome_from_its_first_headline_to_its_last_snippet() -> None:
    article = _article(S.min_prose_words_before)
    rail = _rail(S.min_snippets)
    result = votes(TeaserRail(), "\n\n".join([*article, *rail, _paragraph(99)]))

    assert all(vote is None for vote in result[: len(article)])
    assert all(vote is not None and vote.value == -1.0 for vote in result[len(article) : -1])
    assert result[-1] is None


def test_one_snippet_too_few_is_no_rail() -> None:
    assert not any(_voted([*_article(S.min_prose_words_before), *_rail(S.min_snippets - 1)]))


def test_snippets_at_the_widest_gap_stay_one_rail() -> None:
    assert any(_voted([*_article(S.min_prose_words_before), *_rail(S.min_snippets, gap=S.max_gap_blocks)]))


def test_snippets_one_line_further_apart_are_no_rail() -> None:
    assert not any(_voted([*_article(S.min_prose_words_before), *_rail(S.min_snippets, gap=S.max_gap_blocks + 1)]))


def test_snippets_before_enough_prose_are_a_listing_left_alone() -> None:
    short = _article(S.min_prose_words_before - PARAGRAPH_WORDS)

    assert not any(_voted([*short, *_rail(S.min_snippets)]))


def test_an_html_page_is_left_to_its_dom() -> None:
    lines = [*_article(S.min_prose_words_before), *_rail(S.min_snippets)]
    segmented = segment_html("<html><body>" + "".join(f"<p>{text}</p>" for text in lines) + "</body></html>")

    assert len(segmented) == len(lines)
    assert TeaserRail().vote(segmented) == [None] * len(lines)
