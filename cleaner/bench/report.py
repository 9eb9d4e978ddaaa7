"""What a benchmark run writes: Markdown tables, JSON, a quality-against-speed chart, and the loss report.

The loss report reruns the cleaner on a data set's text pages and sorts its blocks against the
gold: a **lost** block is gold text the cleaner labelled chrome (and did not keep elsewhere on
the page: a second copy of kept text costs the metric nothing), a **leaked** block is text
outside the gold it kept. It totals the lost and leaked words by the combiner's rule and the
strongest vote, then lists the worst pages by shingle F1 with their largest lost and leaked
blocks, each with its label, score, decision and votes (as ``cleaner clean --explain`` shows).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel

from cleaner.bench.datasets import Dataset, TitleConvention
from cleaner.bench.runner import ALL_PAGES, DatasetRun, GroupScore, SystemRun, page_input, scored_text
from cleaner.bench.sites import SiteLearningRun
from cleaner.bench.systems import INSTALL_HINT, REFERENCE, Extraction
from cleaner.combine import strongest_negative_reason
from cleaner.metrics import PageCounts, aggregate, page_counts, token_shingles, tokens
from cleaner.model import Block, Label
from cleaner.pipeline import Cleaner

if TYPE_CHECKING:
    from matplotlib.figure import Figure

# A block belongs to the gold when at least this share of its 4-token shingles are left in the gold (see GoldLedger).
GOLD_SHARE = 0.5
SHINGLE = 4
BLOCKS_PER_PAGE = 6


class BenchReport(BaseModel):
    """A whole `cleaner bench` run: the command line and every data set's runs."""

    command: str
    datasets: list[DatasetRun]
    site_learning: dict[str, list[SiteLearningRun]] = {}


# -- tables --------------------------------------------------------------------------------------


def markdown(report: BenchReport) -> str:
    """One table per data set, then one per page type when the data set has them."""
    parts = []
    for dataset in report.datasets:
        timed = f", timed by each system's median of {dataset.rounds} rounds" if dataset.rounds > 1 else ""
        parts.append(f"### {dataset.name}: {_pages(dataset.pages)}, title {_TITLE_WORDS[dataset.title]}{timed}\n")
        parts.append(table(dataset.runs, ALL_PAGES, memory=True, rounds=dataset.rounds > 1))
        parts += [_blank_note(mode, count) for mode, count in dataset.blank_inputs.items()]
        for page_type in _page_types(dataset):
            pages = next(run.groups[page_type].pages for run in dataset.runs if page_type in run.groups)
            parts.append(f"#### {dataset.name}, {page_type} ({_pages(pages)})\n")
            parts.append(table(dataset.runs, page_type, memory=False))
        parts += [site_table(dataset.name, run) for run in report.site_learning.get(dataset.name, [])]
    return "\n".join(parts)


def _blank_note(mode: str, count: int) -> str:
    """The note under a data set's table on its pages that have no input to read in `mode`."""
    them = "it" if count == 1 else "them"
    return (
        f"{_pages(count)} with a gold body {'has' if count == 1 else 'have'} a blank {mode} input: no system can "
        f"find that body, and every {mode} figure above counts {them} at recall 0.\n"
    )


def site_table(dataset: str, run: SiteLearningRun) -> str:
    """The cleaner alone and with site profiles, on the pages of the multi-page hosts."""
    pages = run.runs[0].groups[ALL_PAGES].pages
    heading = (
        f"#### {dataset}, site profiles ({run.mode}): {_pages(pages)} of the {run.hosts} hosts "
        f"with {run.min_host_pages} or more pages\n"
    )
    return heading + "\n" + table(run.runs, ALL_PAGES, memory=False)


def _pages(count: int) -> str:
    return f"{count:,} page{'' if count == 1 else 's'}"


_TITLE_SHORT = {"drop": "scored out", "keep": "kept"}
_TITLE_WORDS = {"drop": "scored out (the gold leaves it out)", "keep": "kept (the gold keeps it)"}


def _page_types(dataset: DatasetRun) -> list[str]:
    """The page types of a data set that has more than one."""
    types = sorted({name for run in dataset.runs for name in run.groups} - {ALL_PAGES})
    return types if len(types) > 1 else []


def table(runs: Sequence[SystemRun], group: str, memory: bool, rounds: bool = False) -> str:
    """A Markdown table of the runs' scores over one group of pages, with the pages each run left empty (which its
    precision leaves out); where its pages carry snippets to keep and to drop (WCXB's), the share of each that every
    system got right; with `rounds`, the pages per CPU-second of each system's slowest and fastest round, which tell
    how far a shared machine moved its timing."""
    head = [
        "system",
        "mode",
        "shingle F1",
        "precision",
        "recall",
        "pages left empty",
        "token F1",
        "pages / CPU-s",
        f"× {REFERENCE}",
    ]
    scores = [run.groups[group] for run in runs if run.status == "ok" and group in run.groups]
    snippets = any(score.must_keep_share is not None or score.must_drop_share is not None for score in scores)
    head += ["snippets kept / dropped"] if snippets else []
    head += ["slowest – fastest round"] if rounds else []
    head += ["peak MB"] if memory else []
    rows = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for run in runs:
        score = run.groups.get(group)
        if run.status != "ok" or score is None:
            cells = [run.system, run.mode, run.message or "not run", *["—"] * (len(head) - 3)]
        else:
            cells = [run.system, run.mode, *_score_cells(score)]
            cells += [f"{_share(score.must_keep_share)} / {_share(score.must_drop_share)}"] if snippets else []
            cells += [_round_range(run.round_speeds)] if rounds else []
            cells += [_number(run.peak_memory_mb, "{:,.0f}")] if memory else []
        rows.append("| " + " | ".join(cells) + " |")
    return "\n".join(rows) + "\n"


def _round_range(speeds: Sequence[float]) -> str:
    """The pages per CPU-second of the slowest and the fastest round: "560 – 612"."""
    if not speeds:
        return "—"
    return f"{min(speeds):,.0f} – {max(speeds):,.0f}"


def _share(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"


def _score_cells(score: GroupScore) -> list[str]:
    return [
        f"{score.f1:.3f} ± {score.f1_ci:.3f}",
        f"{score.precision:.3f} ± {score.precision_ci:.3f}",
        f"{score.recall:.3f} ± {score.recall_ci:.3f}",
        f"{score.pages_left_empty:,}",
        f"{score.token_f1:.3f}",
        _number(score.pages_per_cpu_second, "{:,.0f}"),
        _ratio(score.ratio_to_reference),
    ]


def _ratio(value: float | None) -> str:
    """Two decimals below 10, none from 100 on: 0.97, 12.3, 8,068."""
    if value is None:
        return "—"
    return f"{value:.2f}" if value < 10 else f"{value:.1f}" if value < 100 else f"{value:,.0f}"


def _number(value: float | None, form: str) -> str:
    return "—" if value is None else form.format(value)


def write_json(report: BenchReport, path: Path) -> None:
    path.write_text(report.model_dump_json() + "\n", encoding="utf-8")


# -- the chart -----------------------------------------------------------------------------------


class ChartError(Exception):
    """matplotlib is not installed."""


def chart(report: BenchReport) -> Figure:
    """Shingle F1 against pages per CPU-second (log scale): one point per system and mode, one panel per data set."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        from matplotlib.figure import Figure
    except ImportError:
        raise ChartError(f"no chart: matplotlib is not installed: {INSTALL_HINT}") from None
    figure = Figure(figsize=(8.5 * max(1, len(report.datasets)), 5), layout="constrained")
    axes = figure.subplots(1, max(1, len(report.datasets)), squeeze=False)[0]
    for ax, dataset in zip(axes, report.datasets, strict=False):
        for run in dataset.runs:
            score = run.groups.get(ALL_PAGES)
            if run.status != "ok" or score is None or score.pages_per_cpu_second is None:
                continue
            marker = "o" if run.mode == "html" else "s"
            ax.plot(
                [score.pages_per_cpu_second],
                [score.f1],
                marker=marker,
                linestyle="none",
                label=f"{run.system} ({run.mode})",
            )
        ax.set_xscale("log")
        ax.set_xlabel("pages per CPU-second (log)")
        ax.set_ylabel("shingle F1")
        ax.set_title(f"{dataset.name} ({_pages(dataset.pages)}, title {_TITLE_SHORT[dataset.title]})")
        ax.grid(True, alpha=0.3)
        ax.legend(fontsize=7, loc="upper left", bbox_to_anchor=(1.01, 1))
    return figure


def write_chart(report: BenchReport, path: Path) -> None:
    chart(report).savefig(path, format="png", dpi=120)


# -- where the cleaner loses ---------------------------------------------------------------------


class BlockLoss(BaseModel):
    page: str
    kind: str  # "lost" (gold text labelled chrome) or "leaked" (kept text outside the gold)
    words: int
    block: Block


class GoldLedger:
    """The gold as the metric counts it, a multiset of 4-token shingles, which the blocks read in turn use up.

    A block is gold text where most of its shingles are still left in the gold, or, shorter than
    a shingle, where its tokens stand in a row in the gold more often than such blocks were
    taken before. Taking it uses them up: a passage the gold holds once is gold text once,
    however many times the page prints it, as the metric counts a second copy kept as a false
    positive.
    """

    def __init__(self, gold: str) -> None:
        gold_tokens = tokens(gold)
        self._left = token_shingles(gold_tokens, SHINGLE)
        self._joined = f" {' '.join(gold_tokens)} "
        self._short_taken: Counter[str] = Counter()

    def take(self, text: str) -> bool:
        """Whether `text` is gold text that the blocks taken before left over; if so, it is used up."""
        block_tokens = tokens(text)
        if len(block_tokens) >= SHINGLE:
            wanted = token_shingles(block_tokens, SHINGLE)
            left = self._left
            if sum(min(count, left[shingle]) for shingle, count in wanted.items()) < GOLD_SHARE * wanted.total():
                return False
            for shingle, count in wanted.items():
                if shingle in left:
                    left[shingle] = max(0, left[shingle] - count)
            return True
        phrase = f" {' '.join(block_tokens)} "
        if not block_tokens or _occurrences(self._joined, phrase) <= self._short_taken[phrase]:
            return False
        self._short_taken[phrase] += 1
        return True


def _occurrences(text: str, phrase: str) -> int:
    """How many times `phrase`, which opens and ends with a space, stands in `text`, overlapping ones too: the
    words of "Weather Weather" hold "Weather" twice, though its two spaced forms share a space."""
    count, start = 0, text.find(phrase)
    while start >= 0:
        count, start = count + 1, text.find(phrase, start + 1)
    return count


def block_losses(page: str, blocks: Sequence[Block], gold: str, skip_title: bool) -> list[BlockLoss]:
    """The blocks the cleaner got wrong against `gold`: kept outside it (leaked), or dropped though it holds them.

    The kept blocks are read first, in order, then the dropped ones, through one `GoldLedger`: a
    kept second copy of a passage the gold holds once is leaked, and a page that prints its
    article twice and keeps the first copy loses nothing by dropping the second.
    """
    scored = [block for block in blocks if not (skip_title and block.decision == "title")]
    ledger = GoldLedger(gold)
    kinds: dict[int, str] = {}
    for index, block in enumerate(scored):
        if block.label is Label.BODY and not ledger.take(block.text):
            kinds[index] = "leaked"
    for index, block in enumerate(scored):
        if block.label is not Label.BODY and ledger.take(block.text):
            kinds[index] = "lost"
    return [
        BlockLoss(page=page, kind=kinds[index], words=len(tokens(scored[index].text)), block=scored[index])
        for index in sorted(kinds)
    ]


def best_choice(blocks: Sequence[Block], gold: str, title: str | None, convention: TitleConvention) -> str:
    """The text of a perfect choice of `blocks`: those that are gold text, read in order through a `GoldLedger`, and
    scored as the cleaner's text is (`title`, the page's, left out where the `convention` drops it)."""
    ledger = GoldLedger(gold)
    chosen = "\n\n".join(block.text for block in blocks if ledger.take(block.text))
    return scored_text(Extraction(chosen, title), convention)


def loss_report(dataset: Dataset, run: SystemRun, pipeline: Cleaner, worst: int = 10) -> str:
    """Markdown: the ceiling of a perfect choice of the blocks, lost and leaked words by rule and by strongest
    vote, then the `worst` pages' blocks.

    The pages are read in `run`'s mode (their HTML, or their text), as the run read them: its
    worst pages are the ones shown.
    """
    from cleaner.cli import compact_vote

    mode = run.mode
    records = {record.id: record for record in dataset.records if page_input(record, mode) is not None}
    losses: dict[str, list[BlockLoss]] = {}
    ceilings: dict[str, PageCounts] = {}
    for page_id, record in records.items():
        result = pipeline.clean(page_input(record, mode) or "", url=record.url, format=mode)
        losses[page_id] = block_losses(page_id, result.blocks, record.body, skip_title=dataset.title == "drop")
        ceilings[page_id] = page_counts(
            record.body, best_choice(result.blocks, record.body, result.title, dataset.title)
        )
    every = [loss for page in losses.values() for loss in page]
    lines = [f"# Where the cleaner loses on {dataset.name} ({len(records):,} pages, {mode} mode)", ""]
    lines += [
        "A block is *lost* when it is gold text labelled chrome, *leaked* when it is kept but outside the gold",
        f"(at least {GOLD_SHARE:.0%} of its 4-token shingles left in the gold make it gold text; the gold is a",
        "multiset, as the metric counts it, which the kept blocks use up first: a kept second copy of a passage the",
        "gold holds once is leaked, a dropped one costs nothing).",
        "",
    ]
    lines += _ceiling_section(dataset, run, ceilings)
    for kind in ("lost", "leaked"):
        chosen = [loss for loss in every if loss.kind == kind]
        lines.append(f"## {kind.capitalize()} words: {sum(loss.words for loss in chosen):,} in {len(chosen):,} blocks")
        lines.append("")
        by_rule: Counter[str] = Counter()
        for loss in chosen:
            reason = (
                strongest_negative_reason(loss.block.votes, pipeline.combine_settings)
                if kind == "lost"
                else _strongest_positive(loss.block)
            )
            by_rule[f"[{loss.block.decision}] {reason}"] += loss.words
        lines += [f"- {words:,} words: {rule}" for rule, words in by_rule.most_common(12)]
        lines.append("")
    lines += [f"## The {worst} worst pages by shingle F1", ""]
    for score in sorted((page for page in run.pages if page.id in records), key=lambda page: page.f1)[:worst]:
        record = records[score.id]
        ceiling = aggregate([ceilings[score.id]]).f1
        unreachable = ": none of its blocks is gold text" if ceiling == 0 and record.body.strip() else ""
        lines.append(
            f"### {score.id}: F1 {score.f1:.3f}, a perfect choice {ceiling:.3f}{unreachable} "
            f"({record.page_type or 'page'}, {record.url or 'no url'})"
        )
        lines.append("")
        page_losses = sorted(losses[score.id], key=lambda loss: -loss.words)[:BLOCKS_PER_PAGE]
        if not page_losses:
            lines.append("- no whole block lost or leaked (the loss is inside blocks)")
        for loss in page_losses:
            block = loss.block
            text = " ".join(block.text.split())
            lines.append(
                f"- **{loss.kind}** ({loss.words} words) {block.label.value} {block.score:.2f} "
                f"[{block.decision}] {' '.join(compact_vote(vote) for vote in block.votes)}: "
                f"{text[:160]}{'…' if len(text) > 160 else ''}"
            )
        lines.append("")
    return "\n".join(lines)


def _ceiling_section(dataset: Dataset, run: SystemRun, ceilings: dict[str, PageCounts]) -> list[str]:
    """The F1 of a perfect choice of the blocks beside the cleaner's, on all pages and on each page type."""
    types = {record.id: record.page_type for record in dataset.records if record.page_type is not None}
    groups = [(ALL_PAGES, list(ceilings))] + [
        (page_type, [page for page in ceilings if types.get(page) == page_type])
        for page_type in sorted({types[page] for page in ceilings if page in types})
    ]
    whole = aggregate(ceilings.values())
    lines = [
        "## A perfect choice of these blocks",
        "",
        "Keeping exactly the blocks that are gold text, and dropping the others, scores shingle F1 "
        f"{whole.f1:.3f} (precision {whole.precision:.3f}, recall {whole.recall:.3f}): the most a choice of whole "
        "blocks as the cleaner cuts the pages can reach. Below it, the cleaner's choice loses the difference; "
        "above it lie gold text that the input does not hold and blocks that hold gold and chrome together.",
        "",
        "| pages | a perfect choice | the cleaner |",
        "|---|---|---|",
    ]
    for name, pages in groups:
        scored = run.groups.get(name)
        cleaner = f"{scored.f1:.3f}" if scored is not None else "—"
        label = "all" if name == ALL_PAGES else name
        lines.append(f"| {label} ({len(pages):,}) | {aggregate(ceilings[page] for page in pages).f1:.3f} | {cleaner} |")
    return [*lines, ""]


def _strongest_positive(block: Block) -> str:
    positive = [vote for vote in block.votes if vote.value > 0]
    if not positive:
        return "(no positive vote)"
    best = max(positive, key=lambda vote: vote.value)
    return f"{best.heuristic}:{best.reason}"


def write_text(path: Path, text: str) -> None:
    path.write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")
