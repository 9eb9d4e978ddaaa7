"""link_density: blocks made mostly of link text are chrome; long unlinked blocks lean body."""

from __future__ import annotations

import pytest

from cleaner.heuristics.link_density import LinkDensity
from cleaner.model import Vote
from cleaner.segment.html import segment_html
from cleaner.segment.text import segment_text

S = LinkDensity().settings


def _vote(linked: str, plain: str) -> Vote | None:
    """The vote on one paragraph of `linked` text inside a link followed by `plain` text."""
    page = segment_html(f'<html><body><p><a href="/x">{linked}</a>{plain}</p></body></html>')
    (vote,) = LinkDensity().vote(page)
    return vote


def test_a_block_at_the_linked_share_is_chrome() -> None:
    vote = _vote("a" * 50, "b" * 49 + " ")  # 50 of 99 characters after stripping: just over half

    assert vote is not None
    assert vote.value == -1.0
    assert vote.reason == f"link_share>={S.linked_min_share:g}"


def test_a_block_just_under_the_linked_share_gets_no_chrome_vote() -> None:
    assert _vote("a" * 49, " " + "b" * 50) is None


def test_a_long_linked_block_is_chrome_more_softly() -> None:
    words = " ".join(["word"] * S.long_min_words)

    vote = _vote(words, "")

    assert vote is not None
    assert vote.value == -0.5


def test_a_long_block_without_links_leans_body_from_the_threshold_on() -> None:
    page = segment_html(
        "<html><body><p>" + " ".join(["word"] * S.unlinked_min_words) + "</p>"
        "<p>" + " ".join(["word"] * (S.unlinked_min_words - 1)) + "</p></body></html>"
    )
    long_vote, short_vote = LinkDensity().vote(page)

    assert long_vote is not None
    assert long_vote.value > 0
    assert short_vote is None


def test_a_paragraph_with_a_link_in_its_sentence_gets_no_vote() -> None:
    plain = " and the rest of the sentence goes on for a good many words after the link."

    assert _vote("a link", plain) is None


@pytest.mark.parametrize("text", ["Home\nNews\n\nA long line of ordinary words that would lean body in HTML."])
def test_text_pages_have_no_links_and_get_no_votes(text: str) -> None:
    assert LinkDensity().vote(segment_text(text)) == [None, None, None]
