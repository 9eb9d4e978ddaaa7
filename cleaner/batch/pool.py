"""A small pool of worker processes that cleans items in parallel and yields results in input order.

Why not `concurrent.futures.ProcessPoolExecutor`: when one of its workers dies, the whole pool
breaks, and it cannot stop a task that runs too long. Here each worker is a process of its
own with two pipes, and the driver knows which tasks each one holds, in order: the first is
the one being cleaned. When a worker dies (a crash in native code), that task is recorded as
``worker_crashed``; when it runs over the page budget, the worker is killed and the task is
recorded as ``timeout``. Either way the worker's other tasks go to the front of the queue, a
new worker takes its place, and the run goes on.

Each worker holds a few tasks at once so that it never waits for the driver, and results
wait in a bounded window until the ones before them are in, so memory stays flat.
"""

from __future__ import annotations

import contextlib
import fcntl
import multiprocessing
import queue
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess

from cleaner.batch.options import BatchError
from cleaner.batch.tally import Outcome
from cleaner.batch.worker import WorkerSetup, failure, worker_main
from cleaner.io.inputs import Item, to_record
from cleaner.io.record import ErrorReason, Record, RecordError

TASKS_PER_WORKER = 3  # one being cleaned, the next ones already received
WINDOW_PER_WORKER = 32  # results held back for order, per worker, while a slow page finishes
STOP_GRACE_SECONDS = 5.0
PIPE_BYTES = 1 << 20

# Spawned, not forked: a worker starts from a clean interpreter whatever the driver holds.
_CONTEXT = multiprocessing.get_context("spawn")


@dataclass(frozen=True)
class Result:
    """One item's output line and its counts."""

    line: str
    outcome: Outcome


@dataclass
class _Task:
    index: int
    item: Item


class _Sender:
    """Sends a worker its tasks from a thread of the driver, so that the driver never waits on a pipe.

    A send returns once the worker has read the message; a worker stuck in native code that
    holds its interpreter lock reads nothing, and the driver must still see its budget run out.
    """

    def __init__(self, tasks: Connection) -> None:
        self.tasks = tasks
        self.queue: queue.SimpleQueue[tuple[int, Item] | None] = queue.SimpleQueue()
        self.thread = threading.Thread(target=self._run, name="cleaner-sender", daemon=True)
        self.thread.start()

    def send(self, task: tuple[int, Item] | None) -> None:
        self.queue.put(task)

    def _run(self) -> None:
        try:
            while True:
                task = self.queue.get()
                self.tasks.send(task)
                if task is None:
                    break
        except OSError:  # the worker died: the driver sees it through its process
            pass
        self.tasks.close()


@dataclass
class _Worker:
    process: BaseProcess
    sender: _Sender  # driver → worker
    results: Connection  # worker → driver
    held: deque[_Task] = field(default_factory=deque)
    head_started: float = 0.0  # when the first held task began, as the driver saw it
    ready: bool = False  # its pipeline is built: its start does not count against a page's budget

    def kill(self) -> None:
        self.process.kill()
        self.process.join()
        self.sender.send(None)  # ends its thread, whose pending send fails now that the reader is gone
        self.results.close()


class WorkerPool:
    """`jobs` worker processes, each building its page cleaner from `setup`."""

    def __init__(self, setup: WorkerSetup, jobs: int, page_timeout_seconds: float) -> None:
        self.setup = setup
        self.jobs = jobs
        self.page_timeout_seconds = page_timeout_seconds
        self.workers: list[_Worker] = []

    def __enter__(self) -> WorkerPool:
        self.workers = [self.start_worker() for _ in range(self.jobs)]
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def start_worker(self) -> _Worker:
        task_reader, task_writer = _CONTEXT.Pipe(duplex=False)
        result_reader, result_writer = _CONTEXT.Pipe(duplex=False)
        for connection in (task_writer, result_writer):
            _widen(connection)
        process = _CONTEXT.Process(
            target=worker_main, args=(task_reader, result_writer, self.setup), name="cleaner-worker", daemon=True
        )
        process.start()
        task_reader.close()  # the worker's ends: closed here, so that its death reads as end of file
        result_writer.close()
        return _Worker(process, _Sender(task_writer), result_reader)

    def close(self) -> None:
        """Ask every worker to stop after its tasks; kill those that do not."""
        for worker in self.workers:
            worker.sender.send(None)
        deadline = time.monotonic() + STOP_GRACE_SECONDS
        for worker in self.workers:
            worker.process.join(max(0.0, deadline - time.monotonic()))
            worker.kill()
        self.workers = []

    # -- the run ---------------------------------------------------------------------------------

    def map(self, items: Iterable[Item]) -> Iterator[Result]:
        """The result of every item, in the order of `items`."""
        run = _Run(self, iter(items))
        return run.results()


def _widen(connection: Connection) -> None:
    """Let a pipe hold a whole large page (Linux: 1 MiB rather than 64 KiB), so the reader gets it in one read."""
    with contextlib.suppress(AttributeError, OSError):  # not Linux, or over the system's limit: the default
        fcntl.fcntl(connection.fileno(), fcntl.F_SETPIPE_SZ, PIPE_BYTES)


class _Run:
    """One pass of items through the pool: dispatch, collect, reorder."""

    def __init__(self, pool: WorkerPool, items: Iterator[Item]) -> None:
        self.pool = pool
        self.items = enumerate(items)
        self.exhausted = False
        self.retry: deque[_Task] = deque()
        self.done: dict[int, Result] = {}
        self.taken = 0
        self.next_out = 0
        self.window = WINDOW_PER_WORKER * pool.jobs

    def results(self) -> Iterator[Result]:
        while True:
            self._dispatch()
            while self.next_out in self.done:
                yield self.done.pop(self.next_out)
                self.next_out += 1
            if self.next_out == self.taken and self.exhausted and not self.retry:
                return
            self._collect()

    def _dispatch(self) -> None:
        """Hand tasks to workers with room, retried tasks first, within the window."""
        while True:
            worker = min(self.pool.workers, key=lambda w: len(w.held))
            if not worker.held and worker.process.exitcode is not None:  # died idle: nothing to blame
                worker.kill()
                self.pool.workers[self.pool.workers.index(worker)] = worker = self.pool.start_worker()
            if len(worker.held) >= TASKS_PER_WORKER:
                return
            task = self._next_task()
            if task is None:
                return
            self._send(worker, task)

    def _next_task(self) -> _Task | None:
        if self.retry:
            return self.retry.popleft()
        while not self.exhausted and self.taken - self.next_out < self.window:
            try:
                index, item = next(self.items)
            except StopIteration:
                self.exhausted = True
                return None
            self.taken += 1
            if isinstance(item, Record) and item.error is not None:  # nothing to clean: answered here
                self.done[index] = Result(*failure(item, item.error))
                continue
            return _Task(index, item)
        return None

    def _send(self, worker: _Worker, task: _Task) -> None:
        if not worker.held:
            worker.head_started = time.monotonic()
        worker.held.append(task)
        worker.sender.send((task.index, task.item))

    def _collect(self) -> None:
        """Wait for results, a worker's death, or the first page budget to run out."""
        busy = [worker for worker in self.pool.workers if worker.held]
        if not busy:
            return
        budget = self.pool.page_timeout_seconds
        deadlines = [worker.head_started + budget for worker in busy if worker.ready]
        timeout = max(0.0, min(deadlines) - time.monotonic()) if deadlines else None
        wait([handle for worker in busy for handle in (worker.results, worker.process.sentinel)], timeout)
        for worker in busy:
            self._drain(worker)
        now = time.monotonic()
        for worker in busy:
            if worker.held and worker.ready and now - worker.head_started > budget:
                self._replace(worker, ErrorReason.TIMEOUT, f"cleaning took longer than the budget of {budget:g} s")

    def _drain(self, worker: _Worker) -> None:
        try:
            while worker.held and worker.results.poll():
                message = worker.results.recv()
                worker.head_started = time.monotonic()
                if message is None:  # the worker is ready: its first task starts now
                    worker.ready = True
                    continue
                index, line, outcome = message
                self.done[index] = Result(line, outcome)
                worker.held.popleft()
        except (EOFError, OSError):
            pass
        if worker.held and not worker.process.is_alive():
            code = worker.process.exitcode
            if not worker.ready:  # no page was to blame: a new worker would die the same way
                raise BatchError(
                    f"a worker process died as it started (exit code {code}), before cleaning any page: see its "
                    "error above; a script that calls run_batch needs an `if __name__ == '__main__':` guard, "
                    "as the workers are spawned and import it"
                )
            self._replace(worker, ErrorReason.WORKER_CRASHED, f"the worker cleaning it died (exit code {code})")

    def _replace(self, worker: _Worker, reason: ErrorReason, message: str) -> None:
        """Record `worker`'s current task as failed, requeue its others, and start a new worker."""
        worker.kill()
        head = worker.held.popleft()
        record = to_record(head.item, self.pool.setup.fields)
        self.done[head.index] = Result(*failure(record, RecordError(reason=reason, message=message)))
        self.retry.extendleft(reversed(worker.held))
        workers = self.pool.workers
        workers[workers.index(worker)] = self.pool.start_worker()
