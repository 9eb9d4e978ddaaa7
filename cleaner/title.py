"""Find the headline: the headline-shaped block just above where the body starts.

Articles open with their headline, then perhaps a standfirst, a byline, a date, a
disclaimer; then the first paragraph. So the title is searched upwards from the first body
block, over a few blocks, skipping those that end like a sentence or that a heuristic
called surely chrome (a byline, a date, a menu item).
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from cleaner.model import Label, Vote
from cleaner.segment.page import SegmentedPage


class TitleSettings(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    lookback_blocks: int = 6
    min_words: int = 2
    max_words: int = 30
    veto_below: float = -0.9


def find_title(
    page: SegmentedPage, labels: list[Label], votes: list[list[Vote]], settings: TitleSettings
) -> int | None:
    """Index of the headline block, or None when nothing before the body looks like one."""
    first_body = next((index for index, label in enumerate(labels) if label is Label.BODY), None)
    if first_body is None:
        return None
    for index in range(first_body - 1, max(first_body - 1 - settings.lookback_blocks, -1), -1):
        words, text = page.words[index], page.texts[index]
        vetoed = any(
            vote.value <= settings.veto_below and vote.heuristic == "boilerplate_phrases" for vote in votes[index]
        )
        if settings.min_words <= words <= settings.max_words and not text.endswith(".") and not vetoed:
            return index
    return None
