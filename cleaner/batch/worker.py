"""The work done per page in a worker process: parse the record, clean it, render its output line.

`PageCleaner` is the one per-page call of a batch run. It is built once per worker from the
`WorkerSetup` and receives each record whole, so that a later pass can hand it more context
about the page (such as a profile of the page's site) without touching the driver.
"""

from __future__ import annotations

import gc
import json
import queue
import signal
import threading
from collections import Counter
from dataclasses import dataclass
from itertools import compress, repeat
from multiprocessing.connection import Connection
from operator import is_
from pathlib import Path
from typing import Any

from cleaner.batch.options import PipelineSpec
from cleaner.batch.tally import CLEANED, EMPTY, FAILED, LEARNED, Outcome
from cleaner.combine import CombineSettings, strongest_negative_reason
from cleaner.errors import InputError
from cleaner.io.inputs import Item, to_record
from cleaner.io.jsonl import JsonlFields
from cleaner.io.record import ErrorReason, Record, RecordError
from cleaner.io.writers import error_line, result_line
from cleaner.model import CleanResult, Label
from cleaner.pipeline import Cleaner
from cleaner.site import SiteProfiles, host_of, page_keys


@dataclass(frozen=True)
class WorkerSetup:
    """What a worker needs to build its page cleaner: picklable, sent once at start.

    With `learn`, the worker reads the pages for a site profile instead of cleaning them
    (see `PageLearner`); with `profiles`, it cleans each page with its host's profile.
    """

    pipeline: PipelineSpec
    fields: JsonlFields
    blocks: bool
    profiles: Path | None = None
    learn: bool = False


class PageCleaner:
    """Cleans one record into its output line and its share of the counts."""

    def __init__(self, setup: WorkerSetup) -> None:
        self.pipeline: Cleaner = setup.pipeline.build()
        self.fields = setup.fields
        self.blocks = setup.blocks
        self.profiles = SiteProfiles.load(setup.profiles) if setup.profiles is not None else None

    def __call__(self, item: Item) -> tuple[str, Outcome]:
        record = to_record(item, self.fields)
        if record.error is not None:
            return failure(record, record.error)
        try:
            result = self.clean(record)
        except InputError as error:
            return failure(record, RecordError(reason=ErrorReason.UNREADABLE_PAGE, message=str(error)))
        except Exception as error:  # a bug in a heuristic must not stop the run: the page is counted failed
            message = f"{type(error).__name__}: {error}"
            return failure(record, RecordError(reason=ErrorReason.INTERNAL_ERROR, message=message))
        return result_line(record, result, self.blocks), outcome(result, self.pipeline.combine_settings)

    def clean(self, record: Record) -> CleanResult:
        """The cleaning of one page, with the profile of its site when the run has profiles."""
        site = self.profiles.for_url(record.url) if self.profiles is not None else None
        return self.pipeline.clean(record.raw, url=record.url, format=record.format, site=site, charset=record.charset)


class PageLearner:
    """Reads one record for the site profiles: its output line is ``[url, [block keys]]``, or empty.

    The learning pass asks nothing else of a page; pages it cannot read are left to the
    cleaning pass, which records them.
    """

    def __init__(self, setup: WorkerSetup) -> None:
        self.pipeline: Cleaner = setup.pipeline.build()
        self.fields = setup.fields

    def __call__(self, item: Item) -> tuple[str, Outcome]:
        record = to_record(item, self.fields)
        if record.error is not None or host_of(record.url) is None:
            return "", Outcome(LEARNED)
        try:
            page = self.pipeline.read(record.raw, url=record.url, format=record.format, charset=record.charset)
        except Exception:  # any failure is the cleaning pass's to record, with its reason
            return "", Outcome(LEARNED)
        return json.dumps([record.url, sorted(page_keys(page))]), Outcome(LEARNED)


def failure(record: Record, error: RecordError) -> tuple[str, Outcome]:
    """The output line and counts of a record that yielded no text."""
    return error_line(record, error), Outcome(FAILED, error.reason.value)


def outcome(result: CleanResult, settings: CombineSettings) -> Outcome:
    """The page's counts, read from its verdicts: no block model is built for them."""
    verdicts = result.verdicts
    body = sum(map(len, compress(verdicts.texts, map(is_, verdicts.labels, repeat(Label.BODY)))))
    chrome = Counter(
        strongest_negative_reason(votes, settings)
        for votes in compress(verdicts.votes, map(is_, verdicts.labels, repeat(Label.CHROME)))
    )
    return Outcome(
        CLEANED if result.text else EMPTY,
        body_chars=body,
        page_chars=sum(map(len, verdicts.texts)),
        chrome=tuple(chrome.items()),
    )


# -- the worker process ---------------------------------------------------------------------------


def worker_main(tasks: Connection, results: Connection, setup: WorkerSetup) -> None:
    """Clean the `(index, item)` tasks received on `tasks`, sending `(index, line, outcome)` back
    (and first None, once its pipeline is built).

    A thread receives the tasks while the main thread cleans, so that the driver's sends never
    wait for a page to finish. The driver handles Ctrl-C for the whole run.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    clean = PageLearner(setup) if setup.learn else PageCleaner(setup)
    settle_heap()
    results.send(None)  # ready: from now on the driver counts each page's time
    inbox: queue.SimpleQueue[Any] = queue.SimpleQueue()
    threading.Thread(target=_receive, args=(tasks, inbox), daemon=True).start()
    while (task := inbox.get()) is not None:
        index, item = task
        line, counts = clean(item)
        try:
            results.send((index, line, counts))
        except OSError:  # the driver is gone (killed): nobody wants the rest
            return


# Container objects allocated, net of those freed, between two collections of the youngest
# generation: CPython's default is 700.
YOUNG_COLLECTION_THRESHOLD = 20_000


def settle_heap() -> None:
    """Set the objects alive now (the imported modules', the pipeline's, the site profiles') aside from the
    garbage collector for good: they live as long as the worker; and collect the young objects less often.

    A full collection reads every object the collector tracks, and the imports alone (pydantic's
    above all) leave some 30,000 of them, which take 10 to 20 ms to read. A worker cleaning
    WCXB-dev's HTML pages one after another ran such a collection every hundred pages or so:
    0.15 to 0.25 ms a page, 2% of its time, that `gc.freeze` saves. What is garbage already is
    collected first, so that nothing is kept that need not be.

    Cleaning a page makes no reference cycles: its objects are freed by their counts as soon as
    it is done (a test holds this). So the collections of the youngest generation, which the
    pages still set off (462 over 600 of WCXB-dev's HTML pages, 0.26 ms a page, 2.4% of the
    time; 0.14 ms a text page), found nothing to free; at `YOUNG_COLLECTION_THRESHOLD` a worker
    ran none, and what a cycle made elsewhere (an exception's traceback) still waits for a
    collection at most that many objects later.
    """
    gc.collect()
    gc.freeze()
    gc.set_threshold(YOUNG_COLLECTION_THRESHOLD, *gc.get_threshold()[1:])


def _receive(tasks: Connection, inbox: queue.SimpleQueue[Any]) -> None:
    try:
        while (task := tasks.recv()) is not None:
            inbox.put(task)
    except (EOFError, OSError):  # the driver closed the pipe or died
        pass
    inbox.put(None)
