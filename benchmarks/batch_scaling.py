"""How `cleaner batch` scales: throughput with -j 2 against -j 1, peak memory for 1,000 and 10,000 pages.

Builds JSONL inputs from the same pool of development pages (the first `--pool` pages, cycled,
each copy with its own id, so that both sizes hold the same pages), runs ``cleaner batch`` on
them as a subprocess, and prints the wall time, the pages per second, the CPU time per page of
the whole run (the driver and its workers), the peak resident memory of the whole run (summed
over the processes, sampled from /proc; Linux only) and the machine's load average before the
run (other work on the machine takes cores from -j 2), then the ratios. Absolute figures drift
on a shared machine; the ratios are what is asked: -j 2 / -j 1 throughput >= 1.8 on two idle
cores, and the same peak memory (within 10%) for 1,000 and 10,000 pages.

    python benchmarks/batch_scaling.py                     # 1,000 and 10,000 pages, .jsonl.gz
    python benchmarks/batch_scaling.py --compression none  # inputs as plain .jsonl
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TextIO

ROOT = Path(__file__).resolve().parents[1]
DEV_PAGES = ROOT.parent / "shared" / "data" / "dev" / "wcxb-dev.jsonl.gz"
SAMPLE_SECONDS = 0.05


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEV_PAGES, help="JSONL pages to cycle through")
    parser.add_argument("--small", type=int, default=1000, help="pages of the small input (1000)")
    parser.add_argument("--large", type=int, default=10000, help="pages of the large input (10000)")
    parser.add_argument("--pool", type=int, default=500, help="distinct pages cycled through (500)")
    parser.add_argument("--compression", choices=["gz", "none"], default="gz", help="how the inputs are stored")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="batch-scaling-") as folder:
        work = Path(folder)
        pool = read_pool(args.data, args.pool)
        small = build_input(pool, args.small, work, args.compression)
        large = build_input(pool, args.large, work, args.compression)
        runs = {
            "small -j1": measure(small, 1, work),
            "small -j2": measure(small, 2, work),
            "large -j1": measure(large, 1, work),
            "large -j2": measure(large, 2, work),
        }
    for name, run in runs.items():
        timing = f"{run['seconds']:.1f} s, {run['rate']:.1f} pages/s, {run['cpu_ms']:.1f} CPU-ms/page"
        print(f"{name}: {run['pages']:,} pages in {timing}, peak {run['mb']:.0f} MB (load before: {run['load']:.2f})")
    for size in ("small", "large"):
        print(f"{size}: throughput -j2 / -j1 = {runs[f'{size} -j2']['rate'] / runs[f'{size} -j1']['rate']:.2f}")
    for jobs in ("-j1", "-j2"):
        print(f"{jobs}: peak memory large / small = {runs[f'large {jobs}']['mb'] / runs[f'small {jobs}']['mb']:.2f}")


def read_pool(data: Path, pages: int) -> list[dict[str, str]]:
    with gzip.open(data, "rt", encoding="utf-8") as source:
        return [json.loads(line) for line in itertools.islice(source, pages)]


def build_input(records: list[dict[str, str]], pages: int, folder: Path, compression: str) -> Path:
    """`pages` records cycled from `records`, each with an id of its own, as JSONL (gzipped, fast level)."""
    path = folder / f"pages-{pages}.jsonl{'.gz' if compression == 'gz' else ''}"
    with _open_output(path, compression) as stream:
        for number, record in zip(range(pages), itertools.cycle(records), strict=False):
            page = {"id": f"{record['id']}#{number}", "url": record.get("url"), "html": record["html"]}
            stream.write(json.dumps(page) + "\n")
    return path


def _open_output(path: Path, compression: str) -> TextIO:
    if compression == "gz":
        return gzip.open(path, "wt", encoding="utf-8", compresslevel=1)
    return path.open("w", encoding="utf-8")


def measure(source: Path, jobs: int, folder: Path) -> dict[str, float]:
    """Run ``cleaner batch`` on `source` with `jobs` workers: wall time, pages per second, peak MB."""
    output = folder / f"out-{jobs}.jsonl"
    command = [sys.executable, "-m", "cleaner", "batch", str(source), "-o", str(output), "-j", str(jobs), "--quiet"]
    load = os.getloadavg()[0]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.monotonic()
    process = subprocess.Popen(command)
    peak = 0
    while process.poll() is None:
        peak = max(peak, tree_rss(process.pid))
        time.sleep(SAMPLE_SECONDS)
    seconds = time.monotonic() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)  # the run and the workers it waited for
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    if process.returncode != 0:
        raise SystemExit(f"cleaner batch failed with exit code {process.returncode}")
    with output.open("rb") as lines:
        pages = sum(1 for _ in lines)
    output.unlink()
    return {
        "pages": pages,
        "seconds": seconds,
        "rate": pages / seconds,
        "cpu_ms": cpu / pages * 1000,
        "mb": peak / 1024,
        "load": load,
    }


def tree_rss(pid: int) -> int:
    """Resident memory (kB) of process `pid` and all its descendants."""
    total = 0
    pending = [pid]
    while pending:
        current = pending.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            children = Path(f"/proc/{current}/task/{current}/children").read_text().split()
        except OSError:  # it ended between two reads
            continue
        total += next((int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:")), 0)
        pending.extend(map(int, children))
    return total


if __name__ == "__main__":
    main()
