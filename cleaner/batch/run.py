"""`run_batch`: read inputs, clean their pages in worker processes, write one output record each."""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Sequence
from itertools import islice
from pathlib import Path
from typing import Any

from cleaner.batch.options import BatchOptions
from cleaner.batch.parts import PartStore
from cleaner.batch.pool import WorkerPool
from cleaner.batch.progress import Progress
from cleaner.batch.tally import BatchSummary
from cleaner.batch.worker import WorkerSetup
from cleaner.io.inputs import check_inputs, read_items
from cleaner.io.writers import check_output
from cleaner.site import SiteProfiles

PROFILES = "site-profiles.json"


def run_batch(inputs: Sequence[str | Path], output: str | Path, options: BatchOptions | None = None) -> BatchSummary:
    """Clean every page record of `inputs` into `output`, one output record per input record, in input order.

    Raises a `CleanerError` naming the problem when an input, the output or the pipeline is
    unusable (before any work), or when the output cannot be written (what was committed stays
    valid, for `resume`).
    """
    options = options or BatchOptions()
    paths = [Path(path) for path in inputs]
    target = Path(output)
    check_inputs(paths, options.input_kind)
    check_output(target)
    # A missing or broken profiles file fails here, before any work.
    given = SiteProfiles.load(options.sites.profiles) if options.sites.profiles is not None else None
    options.pipeline.build()  # a bad pipeline fails here, once, rather than in every worker
    store = PartStore(target, fingerprint(paths, options), options.checkpoint_records)
    store.start(options.resume)
    resumed = store.committed
    skipped: Counter[str] = Counter()
    items = islice(read_items(paths, options.input_kind, lambda kind: skipped.update((kind,))), resumed, None)
    started = time.monotonic()
    profiles = store.folder / PROFILES if options.sites.used else None
    site_hosts = prepare_site_profiles(paths, options, profiles, given) if profiles is not None else 0
    progress = Progress(options.progress, initial=resumed)
    setup = WorkerSetup(options.pipeline, options.fields, options.blocks, profiles=profiles)
    try:
        with WorkerPool(setup, options.jobs, options.page_timeout_seconds) as pool:
            for result in pool.map(items):
                store.add(result)
                progress.update(store.committed + store.part_records, _failures(store))
    except KeyboardInterrupt:
        store.commit()  # every result written so far is whole and in order: keep it for --resume
        raise
    except BaseException:
        store.abandon()
        raise
    finally:
        progress.close()
    store.finish()
    return BatchSummary(
        output=str(target),
        records=store.committed,
        resumed=resumed,
        tally=store.tally,
        skipped=dict(skipped),
        site_hosts=site_hosts,
        seconds=time.monotonic() - started,
    )


def prepare_site_profiles(paths: Sequence[Path], options: BatchOptions, kept: Path, given: SiteProfiles | None) -> int:
    """Write the profiles the workers clean with to `kept` (in the run's parts folder); return their hosts.

    They are the profiles `given` (loaded from `options.sites.profiles`), plus, with `learn`, what a
    first pass over every input page learned. A resumed run finds them in `kept` and reuses
    them as they are.
    """
    sites = options.sites
    if kept.exists():
        profiles = SiteProfiles.load(kept)
    else:
        profiles = given if given is not None else SiteProfiles()
        if sites.learn:
            learn_sites(paths, options, profiles)
        profiles.save(kept)
    if sites.save is not None:
        profiles.save(sites.save)
    return len(profiles)


def learn_sites(paths: Sequence[Path], options: BatchOptions, profiles: SiteProfiles) -> None:
    """The learning pass: every page of `paths` read by the workers, its block keys added to `profiles`."""
    setup = WorkerSetup(options.pipeline, options.fields, blocks=False, learn=True)
    progress = Progress(options.progress, label="learning")
    try:
        with WorkerPool(setup, options.jobs, options.page_timeout_seconds) as pool:
            for pages, result in enumerate(pool.map(read_items(paths, options.input_kind)), 1):
                if result.line:
                    url, keys = json.loads(result.line)
                    profiles.learn_keys(url, frozenset(keys))
                progress.update(pages, 0)
    finally:
        progress.close()


def _failures(store: PartStore) -> int:
    return store.tally.failures + store.part_tally.failures


def fingerprint(paths: Sequence[Path], options: BatchOptions) -> dict[str, Any]:
    """What an interrupted run must share with its resumption: the inputs, as they were, and how they are read."""
    return {
        "inputs": [_describe(path) for path in paths],
        "input_kind": options.input_kind.value,
        "fields": options.fields.model_dump(),
        "blocks": options.blocks,
        "pipeline": options.pipeline.model_dump(mode="json"),
        "sites": {
            "learn": options.sites.learn,
            "profiles": _describe(options.sites.profiles) if options.sites.profiles is not None else None,
        },
    }


def _describe(path: Path) -> dict[str, Any]:
    status = path.stat()
    return {"path": str(path.resolve()), "bytes": status.st_size, "modified_ns": status.st_mtime_ns}
