"""What a batch run did, counted: pages cleaned, empty and failed, body share, chrome by reason."""

from __future__ import annotations

from collections import Counter
from typing import NamedTuple

from pydantic import BaseModel, Field

CLEANED = "cleaned"
EMPTY = "empty"
FAILED = "failed"
LEARNED = "learned"  # read for the site profiles, in the learning pass: not counted
TOP_REASONS = 10


class Outcome(NamedTuple):
    """One page's share of the counts, made where the page was cleaned."""

    status: str  # CLEANED, EMPTY or FAILED (or LEARNED, in the learning pass)
    reason: str | None = None  # the error's reason when FAILED
    body_chars: int = 0
    page_chars: int = 0  # characters of all the page's blocks
    chrome: tuple[tuple[str, int], ...] = ()  # chrome blocks by their strongest negative reason


class Tally(BaseModel):
    """Counts over many pages; `add` one page, `merge` another tally."""

    pages: int = 0
    cleaned: int = Field(0, description="pages with body text")
    empty: int = Field(0, description="pages cleaned to no body text")
    failed: dict[str, int] = Field(default_factory=dict, description="pages that yielded an error, by reason")
    body_chars: int = 0
    page_chars: int = 0
    chrome: dict[str, int] = Field(
        default_factory=dict, description="chrome blocks by their strongest negative vote (heuristic:reason)"
    )

    def add(self, outcome: Outcome) -> None:
        self.pages += 1
        if outcome.status == FAILED:
            reason = outcome.reason or "unknown"
            self.failed[reason] = self.failed.get(reason, 0) + 1
            return
        if outcome.status == EMPTY:
            self.empty += 1
        else:
            self.cleaned += 1
        self.body_chars += outcome.body_chars
        self.page_chars += outcome.page_chars
        for reason, blocks in outcome.chrome:
            self.chrome[reason] = self.chrome.get(reason, 0) + blocks

    def merge(self, other: Tally) -> None:
        self.pages += other.pages
        self.cleaned += other.cleaned
        self.empty += other.empty
        self.failed = dict(Counter(self.failed) + Counter(other.failed))
        self.body_chars += other.body_chars
        self.page_chars += other.page_chars
        self.chrome = dict(Counter(self.chrome) + Counter(other.chrome))

    @property
    def failures(self) -> int:
        return sum(self.failed.values())


class BatchSummary(BaseModel):
    """The result of `run_batch`: where the output went and what the run counted."""

    output: str
    records: int = Field(description="output records written: one per input page record")
    resumed: int = Field(0, description="records that an interrupted run had written already")
    tally: Tally
    skipped: dict[str, int] = Field(default_factory=dict, description="input records that are not pages, by kind")
    site_hosts: int = Field(0, description="hosts with a site profile the pages were cleaned with")
    seconds: float = Field(description="wall time of this run")


def format_summary(summary: BatchSummary) -> str:
    """The summary printed at the end of ``cleaner batch``."""
    tally = summary.tally
    lines = [
        f"pages: {tally.pages:,} read, {tally.cleaned:,} cleaned, {tally.empty:,} empty, {tally.failures:,} failed",
        *_counts("failed by reason:", tally.failed),
    ]
    if summary.skipped:
        lines.extend(_counts("not pages, skipped:", summary.skipped))
    if summary.site_hosts:
        lines.append(f"site profiles: {summary.site_hosts:,} hosts")
    if tally.page_chars:
        share = tally.body_chars / tally.page_chars
        lines.append(f"body share: {share:.1%} of the pages' text ({tally.body_chars:,} of {tally.page_chars:,} chars)")
    top = dict(sorted(tally.chrome.items(), key=lambda item: (-item[1], item[0]))[:TOP_REASONS])
    lines.extend(_counts("chrome blocks by their strongest negative vote (top 10):", top))
    rate = (tally.pages - summary.resumed) / summary.seconds if summary.seconds > 0 else 0.0
    resumed = f" ({summary.resumed:,} from the interrupted run)" if summary.resumed else ""
    timing = f"in {summary.seconds:.1f} s ({rate:,.1f} pages/s)"
    lines.append(f"wrote {summary.records:,} records{resumed} to {summary.output} {timing}")
    return "\n".join(lines) + "\n"


def _counts(heading: str, counts: dict[str, int]) -> list[str]:
    if not counts:
        return []
    ordered = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return [heading, *(f"  {name}: {count:,}" for name, count in ordered)]
