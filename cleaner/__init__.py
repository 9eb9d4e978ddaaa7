"""cleaner: split web pages into their main body text and the chrome around it."""

from __future__ import annotations

from cleaner.combine import CombineSettings
from cleaner.errors import CleanerError, ConfigError, InputError
from cleaner.limits import Limits
from cleaner.model import Block, CleanResult, Label, Vote
from cleaner.pipeline import Cleaner
from cleaner.segment.page import BlockFeatures, SegmentedPage
from cleaner.title import TitleSettings

__all__ = [
    "Block",
    "BlockFeatures",
    "CleanResult",
    "Cleaner",
    "CleanerError",
    "CombineSettings",
    "ConfigError",
    "InputError",
    "Label",
    "Limits",
    "SegmentedPage",
    "TitleSettings",
    "Vote",
    "clean",
]

_default: Cleaner | None = None


def clean(raw: str | bytes, url: str | None = None, format: str = "auto") -> CleanResult:
    """Clean one page with the default pipeline: see `Cleaner.clean`."""
    global _default
    if _default is None:
        _default = Cleaner()
    return _default.clean(raw, url=url, format=format)
