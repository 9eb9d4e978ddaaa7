"""Site learning measured: the cleaner with and without the profiles of the hosts it reads.

The pages of a data set whose host has at least `MIN_HOST_PAGES` pages in it are cleaned
twice in the same run: one page at a time (`Cleaner.clean`, what every peer sees), and as a
stream through `Cleaner.clean_many`, which learns each host's profile from all of them
first (the two-pass mode of `cleaner batch`). Both are scored with the benchmark's metric
on the same pages, so the difference is what the site profiles bring.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Sequence

from pydantic import BaseModel

from cleaner.bench.datasets import Dataset, Record
from cleaner.bench.runner import Prediction, SystemRun, page_input, predict, score_run
from cleaner.bench.systems import Mode, cleaner_extractor
from cleaner.model import Page
from cleaner.pipeline import Cleaner
from cleaner.site import host_of

MIN_HOST_PAGES = 3
WITH_SITES = "cleaner+sites"


class SiteLearningRun(BaseModel):
    """The cleaner alone and with site profiles, on the pages of the data set's multi-page hosts."""

    mode: Mode
    min_host_pages: int
    hosts: int
    runs: list[SystemRun]


def multi_page_hosts(records: Sequence[Record], min_pages: int = MIN_HOST_PAGES) -> list[Record]:
    """The records whose host has at least `min_pages` records, in their order."""
    hosts = Counter(host_of(record.url) for record in records)
    return [record for record in records if (host := host_of(record.url)) and hosts[host] >= min_pages]


def run_site_learning(dataset: Dataset, mode: Mode, pipeline: Cleaner | None = None) -> SiteLearningRun | None:
    """Score `pipeline` without and with site profiles; None when no host has enough pages in `mode`."""
    pipeline = pipeline or Cleaner()
    records = [record for record in multi_page_hosts(dataset.records) if page_input(record, mode) is not None]
    if not records:
        return None
    pages = [page_input(record, mode) or "" for record in records]
    extract = cleaner_extractor(pipeline, mode)
    alone = [predict(extract, page, record.url) for record, page in zip(records, pages, strict=True)]
    learned = _predict_with_sites(pipeline, records, pages, mode)
    return SiteLearningRun(
        mode=mode,
        min_host_pages=MIN_HOST_PAGES,
        hosts=len({host_of(record.url) for record in records}),
        runs=[
            score_run("cleaner", mode, records, alone, title=dataset.title),
            score_run(WITH_SITES, mode, records, learned, title=dataset.title),
        ],
    )


def _predict_with_sites(
    pipeline: Cleaner, records: Sequence[Record], pages: Sequence[str], mode: Mode
) -> list[Prediction]:
    """All pages through one `clean_many` stream that learns from all of them first; CPU time shared evenly."""
    stream = [
        Page(id=record.id, url=record.url, raw=page, format=mode) for record, page in zip(records, pages, strict=True)
    ]
    started = time.process_time()
    results = list(pipeline.clean_many(stream, window=len(stream)))
    each = (time.process_time() - started) / len(stream)
    return [Prediction(text=result.text, title=result.title, cpu_seconds=each) for result in results]
