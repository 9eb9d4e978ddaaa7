"""Run systems over a data set and score them: quality with confidence intervals, speed, memory.

Each system runs in a child process of its own (``spawn``), which receives a turn's pages one
after the other without waiting between them: the CPU time of each page is `time.process_time`
around the system's call alone, and the peak memory is the child's peak resident set at the
end (`peak_memory_kib`), so it holds the interpreter, the system's imports and its working
memory, one page at a time, and no other system's.

The systems of a data set run side by side: every child is started first, then each stretch of
`TURN_PAGES` pages goes to each of them in turn (the first of them rotating from turn to turn).
On a shared machine a busy spell then slows every system alike, where one system after the
other would let it land on one of them alone; the speed ratios of a run stay fair. With more
than one round, the systems take the whole data set that many times, and each one's figures
are those of its median round by CPU time (`median_round`): a spell that slowed one round
of a system does not move its figure.
"""

from __future__ import annotations

import multiprocessing
import resource
import sys
import threading
import time
from collections.abc import Callable, Sequence
from multiprocessing.connection import Connection
from typing import Any, Literal

from pydantic import BaseModel, Field

from cleaner.bench.datasets import Dataset, Record, TitleConvention
from cleaner.bench.systems import (
    REFERENCE,
    SYSTEMS,
    Extraction,
    Extractor,
    Mode,
    System,
    SystemUnavailableError,
    cleaner_extractor,
)
from cleaner.metrics import (
    PageCounts,
    SnippetCounts,
    aggregate,
    bootstrap,
    page_counts,
    page_precision,
    page_recall,
    snippet_counts,
)
from cleaner.pipeline import Cleaner

RESAMPLES = 1000
SEED = 0
ALL_PAGES = "all"
# Pages a system takes in a row before the next one's turn: enough that each turn runs warm,
# as a batch job runs, few enough that a turn lasts a few seconds, well within a busy spell of a
# shared machine. After another system's turn the caches are cold: the cleaner's first text page
# then took 1.5 times its time, and the next seven 1.1 times theirs. Turns of 16 pages charged a
# fast system that cost on every turn: ScrapingHub text at 673 and 649 pages per CPU-second in
# two runs, where 64-page turns, run between them, measured 894 and 853 (trafilatura's speed 38
# and 35 against 44 and 43).
TURN_PAGES = 64


class PageScore(BaseModel):
    """One page as one system did on it."""

    id: str
    page_type: str | None
    shingles: PageCounts
    tokens: PageCounts
    snippets: SnippetCounts = Field(default_factory=SnippetCounts)
    f1: float
    cpu_seconds: float
    error: str | None = None


class GroupScore(BaseModel):
    """Quality and speed over a group of pages (a data set, or its pages of one type)."""

    pages: int
    f1: float
    precision: float
    recall: float
    f1_ci: float
    precision_ci: float
    recall_ci: float
    token_f1: float
    pages_per_cpu_second: float | None
    ratio_to_reference: float | None = None
    must_keep_share: float | None = Field(None, description="of the pages' must-keep snippets, the share kept")
    must_drop_share: float | None = Field(None, description="of their must-drop snippets, the share left out")
    pages_left_empty: int = Field(
        0,
        ge=0,
        description="pages whose prediction holds no word (nothing kept, or the system failed) while their gold holds "
        "some: they count at recall 0 but leave the mean precision, which emptying pages can thus raise",
    )


class SystemRun(BaseModel):
    """One system in one mode over one data set; `status` says whether it ran."""

    system: str
    mode: Mode
    status: Literal["ok", "unavailable"]
    message: str | None = None
    peak_memory_mb: float | None = None
    errors: int = 0
    groups: dict[str, GroupScore] = {}
    pages: list[PageScore] = []
    round_speeds: list[float] = Field(
        [],
        description="pages per CPU-second of each round over all its pages, in the order run; the median one is scored",
    )


class DatasetRun(BaseModel):
    name: str
    source: str
    title: TitleConvention
    pages: int
    rounds: int = Field(1, ge=1, description="how many times each system took the pages; its median round is scored")
    runs: list[SystemRun]
    blank_inputs: dict[Mode, int] = Field(
        {}, description="per mode, the pages whose input in that form is blank while their gold body is not"
    )


# -- the title convention ------------------------------------------------------------------------


def scored_text(extraction: Extraction, title: TitleConvention) -> str:
    """The text scored against the gold: without the headline paragraph when the convention drops it."""
    if title == "keep" or extraction.title is None:
        return extraction.text
    return "\n\n".join(part for part in extraction.text.split("\n\n") if part != extraction.title)


# -- running -------------------------------------------------------------------------------------


class Prediction(BaseModel):
    text: str
    title: str | None
    cpu_seconds: float
    error: str | None = None


def predict(extract: Extractor, page: str, url: str | None = None) -> Prediction:
    """One page and its URL (None when unknown) through `extract`, timed in CPU seconds.

    An exception is recorded, not raised.
    """
    started = time.process_time()
    try:
        extraction = extract(page, url)
    except Exception as error:
        return Prediction(
            text="", title=None, cpu_seconds=time.process_time() - started, error=f"{type(error).__name__}: {error}"
        )
    return Prediction(text=extraction.text, title=extraction.title, cpu_seconds=time.process_time() - started)


def page_input(record: Record, mode: Mode) -> str | None:
    return record.html if mode == "html" else record.text


def run_system(system: System, mode: Mode, dataset: Dataset, isolate: bool = True) -> SystemRun:
    """Run `system` on every page of `dataset` that has the `mode` form, and score it.

    With `isolate` (the default) the system runs in a child process and its peak memory is
    measured; a system that cannot run here comes back with status ``unavailable``.
    """
    if isolate:
        (run,) = run_side_by_side([(system, mode)], dataset)
        return run
    problem = _problem(system, mode, dataset)
    if problem is not None:
        return SystemRun(system=system.name, mode=mode, status="unavailable", message=problem)
    records = _records(dataset, mode)
    extract = system.extractor(mode)
    predictions = [predict(extract, page_input(record, mode) or "", record.url) for record in records]
    return score_run(system.name, mode, records, predictions, title=dataset.title)


def run_side_by_side(entries: Sequence[tuple[System, Mode]], dataset: Dataset, rounds: int = 1) -> list[SystemRun]:
    """Each (system, mode) of `entries` over `dataset`, each in its child, taking the pages in turn, `rounds` times.

    The runs come back in the order of `entries`, each scored on its median round (see
    `median_round`); one that cannot run, or whose process ends early, is ``unavailable`` with
    the reason, and the others go on.
    """
    if rounds < 1:
        raise ValueError(f"rounds must be 1 or more, got {rounds}")
    problems: dict[int, str] = {}
    children: dict[int, _Child] = {}
    try:
        for index, (system, mode) in enumerate(entries):
            try:
                children[index] = _start(system, mode, dataset)
            except SystemUnavailableError as error:
                problems[index] = str(error)
        rounds_taken = _take_turns(children, entries, dataset, problems, rounds)
        peaks = {index: children.pop(index).close() for index in list(children)}
    finally:
        for child in children.values():
            child.close()
    return [
        SystemRun(system=system.name, mode=mode, status="unavailable", message=problems[index])
        if index in problems
        else score_run(
            system.name,
            mode,
            _records(dataset, mode),
            median_round(rounds_taken[index]),
            title=dataset.title,
            peak_memory_mb=peaks[index],
            round_speeds=[
                speed
                for taken in rounds_taken[index]
                if (speed := pages_per_cpu_second([prediction.cpu_seconds for prediction in taken])) is not None
            ],
        )
        for index, (system, mode) in enumerate(entries)
    ]


def _start(system: System, mode: Mode, dataset: Dataset) -> _Child:
    problem = _problem(system, mode, dataset)
    if problem is not None:
        raise SystemUnavailableError(problem)
    return _Child(system.name, mode)


def _take_turns(
    children: dict[int, _Child],
    entries: Sequence[tuple[System, Mode]],
    dataset: Dataset,
    problems: dict[int, str],
    rounds: int,
) -> dict[int, list[list[Prediction]]]:
    """Each stretch of pages to each child in turn, the first one rotating, over `rounds` rounds; each child's rounds,
    in the order run. A child that fails leaves `children`."""
    taken: dict[int, list[list[Prediction]]] = {index: [] for index in children}
    records = dataset.records
    stretches = range(0, len(records), TURN_PAGES)
    for round_number in range(rounds):
        predictions: dict[int, list[Prediction]] = {index: [] for index in children}
        for turn, first in enumerate(stretches, start=round_number * len(stretches)):
            stretch = records[first : first + TURN_PAGES]
            for index in sorted(children, key=lambda index: (index - turn) % len(entries)):
                mode = entries[index][1]
                pages = [(page, record.url) for record in stretch if (page := page_input(record, mode)) is not None]
                try:
                    predictions[index] += children[index].predict_each(pages)
                except SystemUnavailableError as error:
                    problems[index] = str(error)
                    children.pop(index).close()
        for index in children:
            taken[index].append(predictions[index])
    return {index: rounds_taken for index, rounds_taken in taken.items() if index in children}


def median_round(rounds: Sequence[list[Prediction]]) -> list[Prediction]:
    """Of a system's rounds over the same pages, the one of median CPU time (the lower of the middle two).

    A whole round is taken, not each page's median: the collector's pauses land on some page
    of every round, and are the system's cost as much as its pages' are.
    """
    if not rounds:
        raise ValueError("expected one round or more, got none")
    return sorted(rounds, key=lambda predictions: sum(prediction.cpu_seconds for prediction in predictions))[
        (len(rounds) - 1) // 2
    ]


def pages_per_cpu_second(cpu_seconds: Sequence[float]) -> float | None:
    """Pages over their CPU time, each page's seconds given (None where they took no time at all)."""
    total = sum(cpu_seconds)
    return len(cpu_seconds) / total if total > 0 else None


def _records(dataset: Dataset, mode: Mode) -> list[Record]:
    return [record for record in dataset.records if page_input(record, mode) is not None]


def _problem(system: System, mode: Mode, dataset: Dataset) -> str | None:
    """Why `system` cannot run on `dataset` in `mode` (not installed, no page of that form), or None."""
    problem = system.missing()
    if problem is None and all(page_input(record, mode) is None for record in dataset.records):
        problem = f"no page has a {mode} form"
    return problem


def score_run(
    name: str,
    mode: Mode,
    records: Sequence[Record],
    predictions: Sequence[Prediction],
    *,
    title: TitleConvention,
    peak_memory_mb: float | None = None,
    round_speeds: Sequence[float] = (),
) -> SystemRun:
    scores = [_page_score(record, prediction, title) for record, prediction in zip(records, predictions, strict=True)]
    groups = {ALL_PAGES: group_score(scores)}
    for page_type in sorted({score.page_type for score in scores if score.page_type is not None}):
        groups[page_type] = group_score([score for score in scores if score.page_type == page_type])
    return SystemRun(
        system=name,
        mode=mode,
        status="ok",
        peak_memory_mb=peak_memory_mb,
        errors=sum(score.error is not None for score in scores),
        groups=groups,
        pages=scores,
        round_speeds=list(round_speeds),
    )


def _page_score(record: Record, prediction: Prediction, title: TitleConvention) -> PageScore:
    text = scored_text(Extraction(prediction.text, prediction.title), title)
    shingles = page_counts(record.body, text)
    return PageScore(
        id=record.id,
        page_type=record.page_type,
        shingles=shingles,
        tokens=page_counts(record.body, text, shingle_size=1),
        snippets=snippet_counts(record.must_keep, record.must_drop, text),
        f1=aggregate([shingles]).f1,
        cpu_seconds=prediction.cpu_seconds,
        error=prediction.error,
    )


def group_score(scores: Sequence[PageScore]) -> GroupScore:
    shingles = [score.shingles for score in scores]
    quality = aggregate(shingles)
    intervals = bootstrap(shingles, RESAMPLES, SEED)
    snippets = [score.snippets for score in scores]
    must_keep, must_drop = sum(counts.must_keep for counts in snippets), sum(counts.must_drop for counts in snippets)
    return GroupScore(
        pages=len(scores),
        f1=quality.f1,
        precision=quality.precision,
        recall=quality.recall,
        f1_ci=intervals.f1,
        precision_ci=intervals.precision,
        recall_ci=intervals.recall,
        token_f1=aggregate(score.tokens for score in scores).f1,
        pages_per_cpu_second=pages_per_cpu_second([score.cpu_seconds for score in scores]),
        # Pooled over the pages: each snippet counts once.
        must_keep_share=sum(counts.kept for counts in snippets) / must_keep if must_keep else None,
        must_drop_share=sum(counts.dropped for counts in snippets) / must_drop if must_drop else None,
        pages_left_empty=sum(_left_empty(counts) for counts in shingles),
    )


def _left_empty(counts: PageCounts) -> bool:
    """Whether a page has gold text and no predicted word: the metric leaves such a page out of the mean precision
    and keeps it in the mean recall (at 0), so they are counted, to be shown beside the scores they flatter."""
    return page_precision(counts) is None and page_recall(counts) is not None


class _Child:
    """One system in one mode in a child process of its own, which answers the pages of a turn as they come."""

    def __init__(self, name: str, mode: Mode) -> None:
        self.name = name
        context = multiprocessing.get_context("spawn")
        self.connection, theirs = context.Pipe()
        self.process = context.Process(target=_serve, args=(name, mode, theirs), daemon=True)
        self.process.start()
        theirs.close()
        problem = self._receive()
        if problem is not None:
            self.close()
            raise SystemUnavailableError(problem)

    def predict_each(self, pages: Sequence[tuple[str, str | None]]) -> list[Prediction]:
        """A prediction for each (page, URL) of `pages`, in order.

        A thread sends the pages one message each without waiting for the answers, so the child
        takes them in a row as a batch job would, with no wait on the pipe between two of them
        to cool its caches, and holds one page at a time, so its peak memory is a page's and
        not a turn's. Each page is still timed alone (`predict`).
        """
        sender = threading.Thread(target=self._send_each, args=(pages,))
        sender.start()
        try:
            answers = [self.connection.recv() for _ in pages]
        except EOFError:
            sender.join()
            raise self._ended() from None
        sender.join()
        return [Prediction.model_validate(answer) for answer in answers]

    def _send_each(self, pages: Sequence[tuple[str, str | None]]) -> None:
        try:
            for page in pages:
                self.connection.send(page)
        except OSError:  # the pipe is broken: the process has ended, which the receiving side reports
            pass

    def close(self) -> float | None:
        """End the process; its peak memory in MB when it ended as asked, else None."""
        peak_kib: int | None = None
        try:
            if not self.connection.closed:
                self.connection.send(None)
                peak_kib = self._receive()
        except (SystemUnavailableError, OSError):
            pass
        finally:
            self.connection.close()
            self.process.join()
        return peak_kib / 1024 if peak_kib is not None else None

    def _receive(self) -> Any:
        try:
            return self.connection.recv()
        except EOFError:
            raise self._ended() from None

    def _ended(self) -> SystemUnavailableError:
        self.connection.close()
        self.process.join()
        return SystemUnavailableError(f"{self.name}: its process ended early (exit code {self.process.exitcode})")


def _serve(name: str, mode: Mode, connection: Connection) -> None:
    """The child: build the extractor (None, or why not), answer (page, URL) pairs until None.

    Then it sends its peak memory in KiB.
    """
    try:
        extract = SYSTEMS[name].extractor(mode)
    except (SystemUnavailableError, ImportError) as error:
        connection.send(str(error))
        return
    connection.send(None)
    while (message := connection.recv()) is not None:
        page, url = message
        connection.send(predict(extract, page, url).model_dump())
    connection.send(peak_memory_kib())
    connection.close()


def peak_memory_kib() -> int:
    """This process's peak resident set in KiB.

    Linux's VmHWM belongs to the process's own memory map; ``ru_maxrss`` would also count the
    parent's memory that the child shared between fork and exec.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // 1024 if sys.platform == "darwin" else peak  # bytes on macOS, KiB elsewhere


# -- a whole data set ----------------------------------------------------------------------------


def run_dataset(
    dataset: Dataset,
    systems: Sequence[System],
    modes: Sequence[Mode],
    progress: Callable[[str], None] = lambda line: None,
    rounds: int = 1,
) -> DatasetRun:
    """Every system in every mode it has among `modes`, side by side over `rounds` rounds, with throughput as a ratio
    to trafilatura's."""
    entries = [(system, mode) for mode in modes for system in systems if mode in system.modes]
    times = f", {rounds} rounds" if rounds > 1 else ""
    progress(f"{dataset.name}: {len(entries)} systems side by side on {len(dataset.records):,} pages{times}")
    runs = run_side_by_side(entries, dataset, rounds)
    for run in runs:
        progress(_progress_line(dataset.name, run))
    _add_ratios(runs)
    return DatasetRun(
        name=dataset.name,
        source=dataset.source,
        title=dataset.title,
        pages=len(dataset.records),
        rounds=rounds,
        runs=runs,
        blank_inputs={mode: blank for mode in modes if (blank := blank_inputs(dataset, mode))},
    )


def blank_inputs(dataset: Dataset, mode: Mode) -> int:
    """The pages of `dataset` whose `mode` form is there but blank while their gold body is not.

    No system can find a body in them: each scores recall 0 there, and the report says so beside
    the figures (some of WCXB-dev's forum threads have an empty text field).
    """
    return sum(
        1
        for record in dataset.records
        if (page := page_input(record, mode)) is not None and not page.strip() and record.body.strip()
    )


def _progress_line(dataset: str, run: SystemRun) -> str:
    where = f"{dataset}: {run.system} ({run.mode})"
    if run.status != "ok":
        return f"{where}: {run.message}"
    score = run.groups[ALL_PAGES]
    errors = f", {run.errors} pages failed" if run.errors else ""
    cpu = sum(page.cpu_seconds for page in run.pages)
    return f"{where}: F1 {score.f1:.3f} on {score.pages} pages in {cpu:.1f} CPU-s{errors}"


def _add_ratios(runs: list[SystemRun]) -> None:
    reference = next((run for run in runs if run.system == REFERENCE and run.status == "ok"), None)
    if reference is None:
        return
    for run in runs:
        for name, group in run.groups.items():
            base = reference.groups.get(name)
            if base and base.pages_per_cpu_second and group.pages_per_cpu_second:
                group.ratio_to_reference = group.pages_per_cpu_second / base.pages_per_cpu_second


def score_pipeline(pipeline: Cleaner, dataset: Dataset, mode: Mode = "text") -> GroupScore:
    """A configured cleaner's scores on `dataset` in `mode`, in this process: the quality gate's measure."""
    system = System("cleaner", (mode,), (), lambda mode: cleaner_extractor(pipeline, mode))
    run = run_system(system, mode, dataset, isolate=False)
    if run.status != "ok":
        raise SystemUnavailableError(f"{dataset.name}: {run.message}")
    return run.groups[ALL_PAGES]
