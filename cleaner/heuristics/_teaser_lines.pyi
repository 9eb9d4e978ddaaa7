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
