"""Builders for the tiny inline pages the tests segment and hand to heuristics."""

from __future__ import annotations

from cleaner import clean
from cleaner.heuristics.base import Heuristic
from cleaner.lang import STOPWORDS
from cleaner.model import Vote
from cleaner.segment.page import SegmentedPage
from cleaner.segment.text import segment_text

# Lower-case content words: no function word in any language the stop-word list covers, and
# no word that a boilerplate pattern (share, views, register, ...) would catch.
CONTENT_WORDS = (
    "apple",
    "river",
    "stone",
    "cloud",
    "garden",
    "window",
    "copper",
    "meadow",
    "lantern",
    "harbor",
    "pepper",
    "marble",
    "violet",
    "canyon",
    "falcon",
    "timber",
    "quartz",
    "saddle",
    "bramble",
    "cobalt",
    "thistle",
    "walnut",
    "juniper",
    "orchid",
    "pebble",
    "tundra",
    "lagoon",
    "glacier",
    "prairie",
    "cactus",
)
# English function words, every one of them in the stop-word list.
FUNCTION_WORDS = ("the", "of", "and", "to", "in", "is", "was", "for", "with", "that")

assert not STOPWORDS.intersection(CONTENT_WORDS)
assert STOPWORDS.issuperset(FUNCTION_WORDS)


def line(words: int, *, stopwords: int = 0, capitalised: int = 0, end: str = "", seed: int = 0) -> str:
    """A line of `words` words: the first `stopwords` are function words, then content words.

    The first `capitalised` content words start with a capital letter; `seed` rotates the
    vocabulary so that lines built with different seeds differ; `end` is appended as is.
    """
    if not 0 <= stopwords <= words:
        raise ValueError(f"stopwords must be within 0..{words}, got {stopwords}")
    tokens = [FUNCTION_WORDS[(seed + i) % len(FUNCTION_WORDS)] for i in range(stopwords)]
    for i in range(words - stopwords):
        word = CONTENT_WORDS[(seed + i) % len(CONTENT_WORDS)]
        tokens.append(word.capitalize() if i < capitalised else word)
    return " ".join(tokens) + end


def page(text: str, url: str | None = None) -> SegmentedPage:
    """`text` segmented as a plain-text page."""
    return segment_text(text, url)


def votes(heuristic: Heuristic, text: str) -> list[Vote | None]:
    """The heuristic's votes on `text`, checked to be one per block."""
    segmented = segment_text(text)
    result = heuristic.vote(segmented)
    assert len(result) == len(segmented.blocks)
    return result


def first_vote(heuristic: Heuristic, text: str) -> Vote | None:
    """The heuristic's vote on the first block of `text`."""
    return votes(heuristic, text)[0]


# Two paragraphs of an article, different enough not to repeat each other.
PARAGRAPHS = (
    "The river rose for three days, and the town moved its boats to the meadow above the harbour.",
    "The river rose for four days, and the town moved its boats to the meadow above the harbour.",
)


def cleaned_between_paragraphs(middle: str) -> dict[str, tuple[str, str]]:
    """Each block's (label, decision) once `middle` is cleaned as a text page between two paragraphs."""
    result = clean(f"{PARAGRAPHS[0]}\n\n{middle}\n\n{PARAGRAPHS[1]}", format="text")
    return {block.text: (block.label.value, block.decision) for block in result.blocks}
