"""Where the cleaner's time goes on a data set: CPU time per page in reading, in each heuristic, in combining.

The side-by-side run (`cleaner.bench.runner`) gives the cleaner's speed against its peers; this
breaks the cleaner's own time down by stage, in the order the pipeline runs them, so that the
costliest stage, and what a plug-in heuristic costs, can be seen. It runs in the bench's own
process after the side-by-side run, with warm caches: its total is near the side-by-side
figure but not the same measurement, and the shares are what it is for.
"""

from __future__ import annotations

from collections import defaultdict
from time import process_time

from pydantic import BaseModel

from cleaner.bench.datasets import Dataset
from cleaner.bench.runner import page_input
from cleaner.bench.systems import Mode
from cleaner.pipeline import COMBINE_COST, Cleaner

READ_COST = "(read: decode and segment)"


class StageCost(BaseModel):
    """One stage's CPU time: its milliseconds per page and its share of the whole."""

    stage: str
    ms_per_page: float
    share: float


class CostReport(BaseModel):
    """The stages of the cleaner on one data set in one mode, in the order they run."""

    dataset: str
    mode: Mode
    pages: int
    stages: list[StageCost]

    @property
    def ms_per_page(self) -> float:
        return sum(stage.ms_per_page for stage in self.stages)


def measure_costs(dataset: Dataset, mode: Mode, pipeline: Cleaner) -> CostReport:
    """The CPU time of each stage of `pipeline` over the pages of `dataset` that have the `mode` form."""
    seconds: dict[str, float] = defaultdict(float)
    pages = 0
    for record in dataset.records:
        raw = page_input(record, mode)
        if raw is None:
            continue
        started = process_time()
        page = pipeline.read(raw, record.url, mode)
        seconds[READ_COST] += process_time() - started
        pipeline.decide(page, costs=seconds)
        pages += 1
    order = [READ_COST, *(heuristic.name for heuristic in pipeline.heuristics), COMBINE_COST]
    total = sum(seconds.values()) or 1.0
    stages = [
        StageCost(stage=stage, ms_per_page=seconds[stage] * 1000 / max(pages, 1), share=seconds[stage] / total)
        for stage in order
    ]
    return CostReport(dataset=dataset.name, mode=mode, pages=pages, stages=stages)


def costs_markdown(reports: list[CostReport]) -> str:
    """The reports of one data set as Markdown: a table per mode, a row per stage."""
    sections = [f"# Where the cleaner's time goes on {reports[0].dataset}" if reports else "# No cost measured", ""]
    for report in reports:
        sections += [
            f"## {report.mode}: {report.ms_per_page:.2f} ms a page over {report.pages:,} pages",
            "",
            "| stage | ms / page | share |",
            "|---|---|---|",
            *(f"| {stage.stage} | {stage.ms_per_page:.3f} | {stage.share:.1%} |" for stage in report.stages),
            "",
        ]
    return "\n".join(sections)
