from collections.abc import Sequence
from typing import Any

from cleaner.model import Vote

def may_have_seam(text: str) -> bool:
    """False only where no lower-case letter or digit runs into a capital: no seam of a glued standfirst."""

def card_headlines(
    texts: tuple[str, ...],
    words: tuple[int, ...],
    terminal: tuple[bool, ...],
    blank_after: tuple[bool, ...],
    linked: Sequence[bool] | None,
    most: int,
    separator: str,
) -> list[bool]:
    """Which lines head a card: see `HeadlineTeaser._card_headlines`; `linked` None on a page without links."""

def teaser_votes(
    texts: tuple[str, ...],
    words: tuple[int, ...],
    upper_initial: tuple[int, ...],
    cards: list[bool],
    glued_category: Any,
    glued_standfirst: Any,
    truncated_endings: tuple[str, ...],
    glued_min_words: int,
    glued_min_capitals: int,
    snippet_min_words: int,
    category_vote: Vote,
    standfirst_vote: Vote,
    truncated_vote: Vote,
    card_vote: Vote,
) -> list[Vote | None]:
    """Each line's vote: see `HeadlineTeaser.vote`."""

def shape_votes(
    words: tuple[int, ...],
    stopwords: tuple[int, ...],
    upper_initial: tuple[int, ...],
    terminal: tuple[bool, ...],
    short_max: int,
    title_min: int,
    title_share: float,
    long_min: int,
    short_vote: Vote,
    title_case_vote: Vote,
    long_vote: Vote,
    sentence_vote: Vote,
) -> list[Vote | None]:
    """Each line's vote by its shape: see `TextShape.vote`."""

def density_votes(
    words: tuple[int, ...],
    stopwords: tuple[int, ...],
    min_words: int,
    high: float,
    low: float,
    min_page_density: float,
    dense_vote: Vote,
    sparse_vote: Vote,
) -> list[Vote | None]:
    """Each line's vote by its share of function words: see `StopwordDensity.vote`."""

def position_votes(
    starts: tuple[int, ...],
    prose: tuple[bool, ...],
    head_end: float,
    tail_start: float,
    head_vote: Vote,
    tail_vote: Vote,
) -> list[Vote | None]:
    """Each line's vote by where it starts: see `Position.vote`."""

def wrapped_prose(
    texts: tuple[str, ...],
    words: tuple[int, ...],
    terminal: tuple[bool, ...],
    blank_after: tuple[bool, ...],
    min_words: int,
    glued_category: Any,
) -> list[bool]:
    """Which lines belong to a paragraph broken mid-sentence: see `ParagraphStructure.vote`."""

def paragraph_votes(
    blank_before: tuple[bool, ...],
    blank_after: tuple[bool, ...],
    wrapped: list[bool],
    words: tuple[int, ...],
    linked: Sequence[bool] | None,
    item_max: int,
    run_min: int,
    standalone_vote: Vote,
    wrapped_vote: Vote,
    line_run_vote: Vote,
    unlinked_run_vote: Vote,
) -> list[Vote | None]:
    """Each line's vote by the paragraph it stands in: see `ParagraphStructure.vote`; `linked` None on a text page."""
