"""cleaner: split web pages into their main body text and the chrome around it."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from cleaner.combine import CombineSettings
from cleaner.errors import CleanerError, ConfigError, InputError
from cleaner.limits import Limits
from cleaner.model import Block, CleanResult, Label, Page, Verdicts, Vote
from cleaner.pipeline import DEFAULT_WINDOW, Cleaner
from cleaner.segment.page import BlockFeatures, SegmentedPage
from cleaner.site import ProfileSettings, SiteProfile, SiteProfiles
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
    "Page",
    "ProfileSettings",
    "SegmentedPage",
    "SiteProfile",
    "SiteProfiles",
    "TitleSettings",
    "Verdicts",
    "Vote",
    "clean",
    "clean_many",
]

_default: Cleaner | None = None


def _default_cleaner() -> Cleaner:
    global _default
    if _default is None:
        _default = Cleaner()
    return _default


def clean(raw: str | bytes, url: str | None = None, format: str = "auto", charset: str | None = None) -> CleanResult:
    """Clean one page with the default pipeline: see `Cleaner.clean`."""
    return _default_cleaner().clean(raw, url=url, format=format, charset=charset)


def clean_many(
    pages: Iterable[Page], profiles: SiteProfiles | None = None, learn: bool = True, window: int = DEFAULT_WINDOW
) -> Iterator[CleanResult]:
    """Clean a stream of pages with the default pipeline, learning each host's template: see `Cleaner.clean_many`."""
    return _default_cleaner().clean_many(pages, profiles=profiles, learn=learn, window=window)
