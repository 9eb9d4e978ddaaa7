"""Settings of the combiner tried on a labeled data set, fast, each against the defaults and on two halves of the sites.

The heuristics' votes do not depend on the combiner's settings (`CombineSettings`), so each page
is read and voted on once (`Cleaner.votes`), and each variant re-runs the combiner and the title
finder alone (`Cleaner.judge`): a variant takes WCXB-dev's 1,358 HTML pages in a second or two,
where a whole run takes half a minute. Each row gives the shingle F1 as the bench scores it, then
on two halves of the pages split by host: a setting that suits one site's template gains on one
half and not on the other. It also counts the pages the variant moved, and those whose body it
left empty: the metric leaves a page without a prediction out of the mean precision, so a
variant that empties pages it did badly on gains F1 without keeping any more of the body.

The same votes tell what each heuristic brings: `--without NAME` judges them, under the default
settings, as though the heuristic had cast none (its vetoes included), which is what a pipeline
without it (`Cleaner.without`) keeps, in a second or two rather than a run of the pipeline.

    python benchmarks/combiner_settings.py ../shared/data/dev/wcxb-dev.jsonl.gz --mode html \\
        --try '{"context_max_words": 6}' --try '{"weights": {"position": 1.0}}' --without prose_sandwich
"""

from __future__ import annotations

import argparse
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from pydantic import TypeAdapter, ValidationError

from cleaner.bench.datasets import Dataset, TitleConvention, load_dataset
from cleaner.bench.runner import page_input, scored_text
from cleaner.bench.systems import Extraction, Mode
from cleaner.combine import CombineSettings
from cleaner.errors import InputError
from cleaner.metrics import PageCounts, aggregate, page_counts
from cleaner.model import Vote
from cleaner.pipeline import Cleaner
from cleaner.segment.page import SegmentedPage
from cleaner.site import host_of

_JSON_OBJECT = TypeAdapter(dict[str, Any])


@dataclass(frozen=True)
class VotedPage:
    """A page of the data set read and voted on once: what each variant judges again."""

    id: str
    half: int
    gold: str
    page: SegmentedPage | None  # None for a blank input, which every variant answers with nothing
    votes: list[list[Vote]]


@dataclass(frozen=True)
class Row:
    """One variant's scores: F1 on all the pages and on each half, and the pages it moved and emptied."""

    settings: str
    f1: float
    halves: tuple[float, float]
    moved: int
    emptied: int


def half_of(url: str | None, page_id: str) -> int:
    """0 or 1, the same for every page of a site (`host_of`; the page's id where its URL names no host)."""
    return zlib.crc32((host_of(url) or page_id).encode()) % 2


def voted_pages(dataset: Dataset, mode: Mode, pipeline: Cleaner) -> list[VotedPage]:
    """Every page of `dataset` that has a `mode` form, read and voted on by `pipeline`."""
    pages = []
    for record in dataset.records:
        raw = page_input(record, mode)
        if raw is None:
            continue
        page = pipeline.read(raw, record.url, mode) if raw.strip() else None
        votes = pipeline.votes(page) if page is not None else []
        pages.append(VotedPage(record.id, half_of(record.url, record.id), record.body, page, votes))
    return pages


class Judge:
    """Scores variants of the combiner's settings on pages voted on once; a page's counts are kept by its text."""

    def __init__(self, pages: Sequence[VotedPage], pipeline: Cleaner, title: TitleConvention) -> None:
        self.pages, self.pipeline, self.title = pages, pipeline, title
        self._counts: dict[tuple[str, str], PageCounts] = {}

    def texts(self, settings: CombineSettings, without: str | None = None) -> list[str]:
        """What a pipeline with `settings` keeps of each page, as the bench scores it (the headline out or in);
        with `without`, as though that heuristic had cast no vote."""
        judge = Cleaner(self.pipeline.heuristics, settings, self.pipeline.title_settings, self.pipeline.limits).judge
        texts = []
        for voted in self.pages:
            if voted.page is None:
                texts.append("")
                continue
            votes = voted.votes
            if without is not None:
                votes = [[vote for vote in block if vote.heuristic != without] for block in votes]
            result = judge(voted.page, votes)
            texts.append(scored_text(Extraction(result.text, result.title), self.title))
        return texts

    def row(self, label: str, texts: list[str], defaults: list[str]) -> Row:
        """The scores of `texts`, one per page, against the gold, and how they differ from `defaults`."""
        counts = [self._page_counts(voted, text) for voted, text in zip(self.pages, texts, strict=True)]
        halves = tuple(
            aggregate(c for voted, c in zip(self.pages, counts, strict=True) if voted.half == half).f1
            for half in (0, 1)
        )
        return Row(
            settings=label,
            f1=aggregate(counts).f1,
            halves=(halves[0], halves[1]),
            moved=sum(text != default for text, default in zip(texts, defaults, strict=True)),
            emptied=sum(
                not text.strip() and bool(default.strip()) for text, default in zip(texts, defaults, strict=True)
            ),
        )

    def _page_counts(self, voted: VotedPage, text: str) -> PageCounts:
        key = (voted.id, text)
        counts = self._counts.get(key)
        if counts is None:
            counts = self._counts[key] = page_counts(voted.gold, text)
        return counts


def variant(text: str, base: CombineSettings) -> CombineSettings:
    """`base` with the settings of the JSON object `text` over it ("weights" merged over the defaults)."""
    try:
        return CombineSettings.model_validate({**base.model_dump(), **_JSON_OBJECT.validate_json(text)})
    except ValidationError as error:
        raise SystemExit(f"--try {text!r}: expected a JSON object of CombineSettings fields: {error}") from None


def compare(
    dataset: Dataset,
    mode: Mode,
    tries: Sequence[str],
    pipeline: Cleaner | None = None,
    withouts: Sequence[str] = (),
) -> list[Row]:
    """The defaults' row, then one row for each of `tries` (JSON objects of `CombineSettings` fields), then one for
    each heuristic of `withouts`, judged without its votes."""
    pipeline = pipeline or Cleaner()
    variants = [variant(text, pipeline.combine_settings) for text in tries]
    names = [heuristic.name for heuristic in pipeline.heuristics]
    for name in withouts:
        if name not in names:
            raise SystemExit(f"--without {name!r}: expected one of the pipeline's heuristics: {', '.join(names)}")
    judge = Judge(voted_pages(dataset, mode, pipeline), pipeline, dataset.title)
    defaults = judge.texts(pipeline.combine_settings)
    rows = [judge.row("defaults", defaults, defaults)]
    rows += [judge.row(text, judge.texts(settings), defaults) for text, settings in zip(tries, variants, strict=True)]
    rows += [
        judge.row(f"without {name}", judge.texts(pipeline.combine_settings, without=name), defaults)
        for name in withouts
    ]
    return rows


def table(rows: Sequence[Row]) -> str:
    """`rows` as a Markdown table, each F1 beside its change against the defaults (the first row)."""
    base = rows[0]
    lines = [
        "| settings | shingle F1 | half A | half B | pages moved | pages emptied |",
        "|---|---|---|---|---|---|",
    ]
    for row in rows:
        cells = [f"{row.f1:.5f} ({row.f1 - base.f1:+.5f})"]
        cells += [f"{value:.5f} ({value - start:+.5f})" for value, start in zip(row.halves, base.halves, strict=True)]
        lines.append(f"| `{row.settings}` | {' | '.join(cells)} | {row.moved} | {row.emptied} |")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", help="a labeled data set: a JSONL file (.gz) or a fixtures folder")
    parser.add_argument("--mode", choices=("html", "text"), default="html", help="the pages' form (html)")
    parser.add_argument(
        "--try",
        dest="tries",
        action="append",
        default=[],
        metavar="JSON",
        help="a variant: CombineSettings fields as a JSON object, e.g. '{\"context_max_words\": 6}' (repeatable)",
    )
    parser.add_argument(
        "--without",
        dest="withouts",
        action="append",
        default=[],
        metavar="NAME",
        help="a heuristic whose votes are left out, to see what it brings (repeatable)",
    )
    args = parser.parse_args(argv)
    mode: Mode = "text" if args.mode == "text" else "html"
    try:
        rows = compare(load_dataset(args.data), mode, args.tries, withouts=args.withouts)
    except InputError as error:  # a data set that cannot be read, or a page of it that cannot be cleaned
        parser.error(str(error))
    print(table(rows))


if __name__ == "__main__":
    main()
