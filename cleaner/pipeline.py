"""The cleaning pipeline: decode → segment → heuristics vote → combine → typed result."""

from __future__ import annotations

import json
import tomllib
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import islice
from pathlib import Path
from time import process_time
from typing import Any, TypeVar

from pydantic import ValidationError

from cleaner import heuristics as _builtin  # noqa: F401  (registers the built-in heuristics)
from cleaner._votes import block_votes, labelled  # built, or cleaner.combine has said how to build it
from cleaner.combine import CombineSettings, combine
from cleaner.decode import Format, decode, decode_with_utf8, detect_format, parse_format
from cleaner.errors import ConfigError, InputError
from cleaner.heuristics.base import Heuristic, create
from cleaner.limits import Limits
from cleaner.model import CleanResult, Label, Page, Verdicts, Vote
from cleaner.segment.html import segment_html
from cleaner.segment.page import SegmentedPage
from cleaner.segment.text import segment_text
from cleaner.site import SiteProfile, SiteProfiles
from cleaner.title import TitleSettings, find_title

T = TypeVar("T")

DEFAULT_HEURISTICS = (
    "text_shape",
    "stopword_density",
    "repeated_blocks",
    "duplicate_copy",
    "table_of_contents",
    "headline_teaser",
    "teaser_rail",
    "templated_run",
    "boilerplate_phrases",
    "button_label",
    "symbol_line",
    "picture_credit",
    "named_caption",
    "related_link",
    "reporting_credit",
    "author_bio",
    "dateline",
    "stay_in_touch",
    "feedback_prompt",
    "form_message",
    "disclosure",
    "legal_notice",
    "paragraph_structure",
    "comment_section",
    "review_section",
    "closing_section",
    "consent_panel",
    "consent_manager",
    "prose_sandwich",
    "site_template",
    "attached_list",
    "record_list",
    "record_shape",
    "position",
    "link_density",
    "dom_hints",
    "main_container",
    "code_and_tables",
)


# Where `Cleaner.decide` counts the CPU time of the combiner and the title finder, beside each heuristic's name.
COMBINE_COST = "(combine)"

# Pages `clean_many` segments and learns before cleaning them: about 100 MB of HTML pages.
DEFAULT_WINDOW = 256


class Cleaner:
    """A configured pipeline. `Cleaner()` is the default one; `clean` is pure and thread-safe."""

    def __init__(
        self,
        heuristics: Sequence[Heuristic] | None = None,
        combine_settings: CombineSettings | None = None,
        title_settings: TitleSettings | None = None,
        limits: Limits | None = None,
    ) -> None:
        self.heuristics: tuple[Heuristic, ...] = (
            tuple(heuristics) if heuristics is not None else tuple(create(name) for name in DEFAULT_HEURISTICS)
        )
        names = [heuristic.name for heuristic in self.heuristics]
        if len(set(names)) != len(names):
            raise ConfigError(f"each heuristic may run once, got {names}")
        self.combine_settings = combine_settings or CombineSettings()
        self.title_settings = title_settings or TitleSettings()
        self.limits = limits or Limits()

    # -- configuration -------------------------------------------------------------------

    @classmethod
    def from_config(cls, config: dict[str, Any] | str | Path) -> Cleaner:
        """Build a pipeline from a dict or a TOML/JSON file.

        ``heuristics`` lists the heuristics in order, each a name or ``{name, settings}``;
        ``combine``, ``title`` and ``limits`` hold settings for those stages.
        """
        data = _read_config(config) if isinstance(config, (str, Path)) else config
        unknown = set(data) - {"heuristics", "combine", "title", "limits"}
        if unknown:
            raise ConfigError(f"unknown config sections {sorted(unknown)}: expected heuristics, combine, title, limits")
        listed = data.get("heuristics", [])
        if not isinstance(listed, list):
            raise ConfigError(f"config 'heuristics' must be a list of names or tables, got {listed!r}")
        try:
            return cls(
                heuristics=[_heuristic_from_config(entry) for entry in listed] if "heuristics" in data else None,
                combine_settings=CombineSettings.model_validate(data.get("combine", {})),
                title_settings=TitleSettings.model_validate(data.get("title", {})),
                limits=Limits.model_validate(data.get("limits", {})),
            )
        except ValidationError as error:
            raise ConfigError(f"invalid config: {error}") from None

    def with_heuristic(self, heuristic: Heuristic, before: str | None = None) -> Cleaner:
        """A copy with `heuristic` added (at the end, or before the one named `before`)."""
        names = [existing.name for existing in self.heuristics]
        position = len(names) if before is None else self._position(before)
        ordered = [*self.heuristics[:position], heuristic, *self.heuristics[position:]]
        return self._copy(ordered)

    def with_comments(self) -> Cleaner:
        """A copy that keeps readers' comments as body: no `comment_section` or `review_section`, no chrome vote on
        comment names.

        Comments are chrome by default, as in the gold standards of article extraction. Nor
        does a text article end with its region (`CombineSettings.end_text_articles`): a
        comment below it may be one short line.
        """
        heuristics = [
            create("dom_hints", {**heuristic.settings.model_dump(), "comments_are_chrome": False})
            if heuristic.name == "dom_hints"
            else heuristic
            for heuristic in self.heuristics
            if heuristic.name not in ("comment_section", "review_section")
        ]
        return self._copy(heuristics, self.combine_settings.model_copy(update={"end_text_articles": False}))

    def without(self, name: str) -> Cleaner:
        """A copy without the heuristic called `name`."""
        position = self._position(name)
        return self._copy([*self.heuristics[:position], *self.heuristics[position + 1 :]])

    def _position(self, name: str) -> int:
        names = [heuristic.name for heuristic in self.heuristics]
        if name not in names:
            raise ConfigError(f"no heuristic {name!r} in this pipeline: it has {', '.join(names)}")
        return names.index(name)

    def _copy(self, heuristics: Iterable[Heuristic], combine_settings: CombineSettings | None = None) -> Cleaner:
        """A copy with `heuristics`, and `combine_settings` where given; the other stages' settings as they are."""
        settings = combine_settings if combine_settings is not None else self.combine_settings
        return Cleaner(list(heuristics), settings, self.title_settings, self.limits)

    # -- cleaning ------------------------------------------------------------------------

    def clean(
        self,
        raw: str | bytes,
        url: str | None = None,
        format: str = "auto",
        site: SiteProfile | None = None,
        charset: str | None = None,
    ) -> CleanResult:
        """Split `raw` into body and chrome; `site`, the profile of the page's host, lets `site_template` vote.

        `charset` is the one the page was served with (HTTP's ``Content-Type``), for bytes:
        see `cleaner.decode.decode`. Raises `InputError` for what cannot be cleaned (binary
        data, a page over `Limits`).
        """
        page = self.read(raw, url, format, charset)
        if site is not None:
            page = with_site(page, site)
        return self.decide(page)

    def clean_many(
        self,
        pages: Iterable[Page],
        profiles: SiteProfiles | None = None,
        learn: bool = True,
        window: int = DEFAULT_WINDOW,
    ) -> Iterator[CleanResult]:
        """Clean a stream of pages, in input order, each with the profile of its host.

        Pages are read `window` at a time; with `learn`, each window's pages are added to
        `profiles` (a fresh `SiteProfiles` when None) before any of them is cleaned, so a
        page is cleaned knowing every page of its host read so far, the later ones of its
        window included. Memory holds one window of segmented pages (about 0.4 MB a page of
        HTML on the development sets). A page that cannot be read raises `InputError` naming
        its id.
        """
        if window < 1:
            raise ConfigError(f"clean_many window must be at least 1 page, got {window}")
        profiles = profiles if profiles is not None else SiteProfiles()
        stream = iter(pages)
        while segmented := [self._read_page(page) for page in islice(stream, window)]:
            if learn:
                for page in segmented:
                    profiles.learn(page)
            for page in segmented:
                site = profiles.for_url(page.url)
                yield self.decide(with_site(page, site) if site is not None else page)

    def _read_page(self, page: Page) -> SegmentedPage:
        try:
            return self.read(page.raw, page.url, page.format, page.charset)
        except InputError as error:
            raise InputError(f"page {page.id!r}: {error}") from None

    def read(
        self, raw: str | bytes, url: str | None = None, format: str = "auto", charset: str | None = None
    ) -> SegmentedPage:
        """Decode `raw` and cut it into blocks: the first half of `clean`."""
        wanted = parse_format(format)
        if url is not None and not isinstance(url, str):
            raise InputError(f"url must be a str or None, got {type(url).__name__} {url!r:.80}")
        self.limits.check_input(raw)
        # A page of text is not parsed: its UTF-8 is not wanted.
        text, utf8 = (decode(raw, charset), None) if wanted is Format.TEXT else decode_with_utf8(raw, charset)
        self.limits.check_input(text)
        return self.segment(text, url, wanted, utf8)

    def segment(self, text: str, url: str | None, form: str | Format, utf8: bytes | None = None) -> SegmentedPage:
        """Cut decoded `text` into blocks as `form` says ("html", "text" or "auto", named or as a `Format`); `utf8`,
        its UTF-8 encoding where at hand, spares the parser making it."""
        form = parse_format(form)
        if form is Format.AUTO:
            form = detect_format(text)
        if form is Format.HTML:
            return segment_html(text, url, self.limits, utf8)
        return segment_text(text, url, self.limits)

    def decide(self, page: SegmentedPage, costs: dict[str, float] | None = None) -> CleanResult:
        """Run the heuristics and the combiner over an already segmented page.

        `costs`, where given, gains the CPU seconds each heuristic took, under its name, and
        those of the combiner and the title finder together, under `COMBINE_COST` (see
        `cleaner.bench.costs`).
        """
        if costs is None:
            return self.judge(page, self.votes(page))
        columns = [_costed(heuristic.vote, costs, heuristic.name, page) for heuristic in self.heuristics]
        started = process_time()
        result = self.judge(page, self._per_block(columns, len(page)))
        costs[COMBINE_COST] = costs.get(COMBINE_COST, 0.0) + process_time() - started
        return result

    def votes(self, page: SegmentedPage) -> list[list[Vote]]:
        """Every heuristic's votes on `page`, gathered per block: what `judge` combines."""
        return self._per_block([heuristic.vote(page) for heuristic in self.heuristics], len(page))

    def judge(self, page: SegmentedPage, per_block: list[list[Vote]]) -> CleanResult:
        """The result of `page` from the votes already cast on it (`votes`): the combiner and the title finder.

        The votes depend on the heuristics alone, so other settings of the combiner can judge the
        same votes again without the heuristics running again (see
        ``benchmarks/combiner_settings.py``).
        """
        combined = combine(page, per_block, self.combine_settings)
        labels, decisions = combined.labels, combined.decisions
        title_index = find_title(page, labels, per_block, self.title_settings)
        if title_index is not None:
            labels[title_index] = Label.BODY
            decisions[title_index] = "title"
        verdicts = Verdicts(
            texts=page.texts,
            labels=labels,
            scores=combined.scores,
            votes=per_block,
            decisions=decisions,
            starts=page.starts,
            ends=page.ends,
            tags=page.tags if page.has_dom else None,
        )
        return CleanResult.of_verdicts(
            verdicts,
            url=page.url,
            format=page.format,
            title=page.texts[title_index] if title_index is not None else None,
            text="\n\n".join(labelled(page.texts, labels, Label.BODY)),
        )

    def _per_block(self, columns: list[list[Vote | None]], blocks: int) -> list[list[Vote]]:
        """The heuristics' `columns` of votes (one per heuristic) as the votes of each of the page's `blocks`."""
        try:
            return block_votes(columns, blocks)
        except ValueError:  # a column of another length than the page's, which block_votes checks
            raise _miscounted(self.heuristics, columns, blocks) from None


def _miscounted(heuristics: Sequence[Heuristic], columns: Sequence[Sequence[Vote | None]], blocks: int) -> ConfigError:
    """The error naming the first of `heuristics` whose column of votes does not hold one per block."""
    heuristic, votes = next((h, votes) for h, votes in zip(heuristics, columns, strict=True) if len(votes) != blocks)
    return ConfigError(f"heuristic {heuristic.name!r} returned {len(votes)} votes for {blocks} blocks")


def _costed(function: Callable[..., T], costs: dict[str, float], key: str, *args: Any) -> T:
    """`function(*args)`, its CPU seconds added to `costs[key]`."""
    started = process_time()
    value = function(*args)
    costs[key] = costs.get(key, 0.0) + process_time() - started
    return value


def with_site(page: SegmentedPage, site: SiteProfile) -> SegmentedPage:
    """`page` with its site columns filled from the profile of its host."""
    return page.model_copy(update={"site_pages": site.pages_holding(page), "site_profile_pages": site.pages})


def _read_config(path: str | Path) -> dict[str, Any]:
    path = Path(path)
    try:
        content = path.read_text(encoding="utf-8")
    except OSError as error:
        raise ConfigError(f"cannot read config file {str(path)!r}: {error.strerror}") from None
    try:
        if path.suffix == ".toml":
            return tomllib.loads(content)
        if path.suffix == ".json":
            loaded = json.loads(content)
            if isinstance(loaded, dict):
                return loaded
            raise ConfigError(f"config file {str(path)!r} must hold a JSON object")
    except (tomllib.TOMLDecodeError, json.JSONDecodeError) as error:
        raise ConfigError(f"config file {str(path)!r} is not valid {path.suffix[1:].upper()}: {error}") from None
    raise ConfigError(f"config file {str(path)!r} must end in .toml or .json")


def _heuristic_from_config(entry: object) -> Heuristic:
    if isinstance(entry, str):
        return create(entry)
    if isinstance(entry, dict) and isinstance(entry.get("name"), str):
        return create(entry["name"], entry.get("settings"))
    raise ConfigError(f"heuristic entry {entry!r}: expected a name or {{name = ..., settings = {{...}}}}")
