"""The heuristic protocol, its settings base and the registry.

A heuristic reads a `SegmentedPage` and returns one entry per block: a `Vote` (value from
-1, chrome, to +1, body, with a machine-readable reason) or `None` to abstain. Heuristics are
pure and deterministic; the combiner alone decides.

Third-party heuristics register through the entry-point group ``cleaner.heuristics``; each
entry point names a class that follows `Heuristic`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from importlib.metadata import entry_points
from re import Pattern
from typing import Any, ClassVar, Generic, Protocol, TypeVar, runtime_checkable

from pydantic import ConfigDict, ValidationError

from cleaner.errors import ConfigError
from cleaner.fast_reads import FastReadModel
from cleaner.heuristics.line_passes import holds_parts
from cleaner.model import Vote
from cleaner.segment.page import SegmentedPage

ENTRY_POINT_GROUP = "cleaner.heuristics"


class HeuristicSettings(FastReadModel):
    """Thresholds of one heuristic: frozen, typed, with units in their names."""

    model_config = ConfigDict(frozen=True, extra="forbid")


SettingsT = TypeVar("SettingsT", bound=HeuristicSettings)


@runtime_checkable
class Heuristic(Protocol):
    """What the pipeline needs of a heuristic."""

    name: ClassVar[str]

    @property
    def settings(self) -> HeuristicSettings:
        """The heuristic's thresholds."""
        ...

    def vote(self, page: SegmentedPage) -> list[Vote | None]:
        """One vote or abstention (None) per block of `page`, in block order."""
        ...


class BaseHeuristic(Generic[SettingsT]):
    """Convenience base: typed settings from keyword overrides, and shared Vote objects.

    Votes are frozen, so a heuristic hands out one object per (value, reason) instead of
    building thousands of equal ones per page. The settings, and the page's columns, are
    pydantic models' attributes (see `cleaner.fast_reads`), each read from the model's
    dictionary where a local is read from its frame: a loop over the blocks reads them into
    locals first.
    """

    name: ClassVar[str]
    Settings: ClassVar[type[HeuristicSettings]]

    def __init__(self, settings: SettingsT | None = None, **overrides: Any) -> None:
        base = settings if settings is not None else self.Settings()
        try:
            merged = base.model_validate({**base.model_dump(), **overrides}) if overrides else base
        except ValidationError as error:
            raise ConfigError(f"invalid settings for heuristic {self.name!r}: {error}") from None
        self.settings: SettingsT = merged  # type: ignore[assignment]
        self._votes: dict[tuple[float, str], Vote] = {}

    def cast(self, value: float, reason: str) -> Vote:
        """The shared vote for `value` and `reason`."""
        key = (value, reason)
        vote = self._votes.get(key)
        if vote is None:
            vote = self._votes[key] = Vote(heuristic=self.name, value=value, reason=reason)
        return vote

    def vote(self, page: SegmentedPage) -> list[Vote | None]:
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.settings!r})"


_REGISTRY: dict[str, type[Heuristic]] = {}
_entry_points_loaded = False


HeuristicClass = TypeVar("HeuristicClass", bound=type[Heuristic])


def register(cls: HeuristicClass) -> HeuristicClass:
    """Class decorator: make a heuristic available by its `name`."""
    _REGISTRY[cls.name] = cls
    return cls


def registry() -> dict[str, type[Heuristic]]:
    """Every known heuristic by name: the built-in ones and those of installed plug-ins."""
    global _entry_points_loaded
    if not _entry_points_loaded:
        for entry in entry_points(group=ENTRY_POINT_GROUP):
            try:
                loaded = entry.load()
            except Exception as error:
                raise ConfigError(
                    f"heuristic plug-in {entry.name!r} ({entry.value}) failed to load: {error!r}"
                ) from error
            _REGISTRY.setdefault(entry.name, loaded)
        _entry_points_loaded = True
    return dict(_REGISTRY)


def create(name: str, settings: dict[str, Any] | None = None) -> Heuristic:
    """Build the registered heuristic `name` with `settings` overriding its defaults."""
    known = registry()
    if name not in known:
        raise ConfigError(f"unknown heuristic {name!r}: expected one of {', '.join(sorted(known))}")
    if settings is not None and not isinstance(settings, dict):
        raise ConfigError(f"settings of heuristic {name!r} must be a table of values, got {settings!r}")
    return known[name](**(settings or {}))


def nearby_runs(indices: list[int], max_gap: int) -> list[tuple[int, int, int]]:
    """The runs of ascending block `indices` whose neighbours lie at most `max_gap` apart: (first, last, count).

    The shape of the heuristics that find a stretch by its anchors (a consent panel by its
    notices, a teaser rail by its snippets): one anchor is a coincidence, several close
    together are the stretch, which runs from the first anchor to the last.
    """
    runs = []
    first = 0
    for position in range(1, len(indices) + 1):
        if position == len(indices) or indices[position] - indices[position - 1] > max_gap:
            runs.append((indices[first], indices[position - 1], position - first))
            first = position
    return runs


class WordedSettings(HeuristicSettings):
    """Settings of a heuristic that knows a line of chrome by its fixed wording."""

    max_words: int = 15  # the longest line the wording counts in


WordedSettingsT = TypeVar("WordedSettingsT", bound=WordedSettings)


class WordedChrome(BaseHeuristic[WordedSettingsT]):
    """A line of at most `max_words` words in which `wording` finds its text is surely chrome (-1).

    The shape of the heuristics whose signal is a fixed wording alone (a feedback widget, a
    reporting credit, a form's answer, a legal notice): `wording_tokens` names the candidate
    lines, at least one of which every match holds, and the vote's reason is the heuristic's name.
    `wording` reads the line lowercased: written in lower case, it needs no flag to ignore case,
    with which the engine tries each character's other cases as well (with the standard `re`
    rather than `regex`, the five heuristics of this shape took a fifth less time on
    ScrapingHub's pages: 69 µs a page against 55 in text, 84 against 67 in HTML).
    """

    wording: ClassVar[Pattern[str]]
    wording_tokens: ClassVar[frozenset[str]]
    # Where given, for each alternative of `wording`, the strings one of each tuple of which its
    # every match writes out: a line lacking them for every alternative is not searched (see
    # `holds_parts`).
    wording_parts: ClassVar[tuple[tuple[tuple[str, ...], ...], ...]] = ()

    def vote(self, page: SegmentedPage) -> list[Vote | None]:
        candidates = page.blocks_holding(self.wording_tokens)
        search, parts = self.wording.search, self.wording_parts

        def finds(text: str) -> object:
            """The wording's first match in `text`, lowercased, where its parts are there."""
            lowered = text.lower()
            return (not parts or holds_parts(lowered, parts)) and search(lowered)

        return worded_votes(page, self.cast(-1.0, self.name), candidates, self.settings.max_words, finds)


def worded_votes(
    page: SegmentedPage, vote: Vote, candidates: Iterable[int], max_words: int, finds: Callable[[str], object]
) -> list[Vote | None]:
    """`vote` on each of the `candidates` blocks of at most `max_words` words in which `finds` finds its wording.

    The shape of the heuristics that know a line of chrome by its fixed wording:
    `SegmentedPage.blocks_holding` names the candidates, a short line is required (an article
    may say anything in a long sentence), and the pattern decides. The other blocks get no vote.
    """
    words, texts = page.words, page.texts
    votes: list[Vote | None] = [None] * len(texts)
    for index in candidates:
        if words[index] <= max_words and finds(texts[index]):
            votes[index] = vote
    return votes
