"""Instructions a page, counted by callgrind: the cleaner and its peers on the same pages, as a ratio.

Pages per CPU-second move by a fifth or more from one run to the next on a shared machine; the
instructions a page costs do not (Python's hash seed is fixed). Each system warms up on the first
five pages of a data set under valgrind's callgrind, then, in a second run, goes on to clean the
`--pages` pages after them; the difference between the two runs is the cost of those pages, each
read once, as a bench or a batch reads them (a page read again would find what the cleaner keeps
of the words it read, and cost less), without the imports and the start-up. An instruction is
not a unit of time (libxml2's code and the interpreter's run at different rates a cycle), so the
ratio is a steady companion to the bench's timed one (`cleaner bench`), not a substitute for it:
it tells whether a change of the code made a page cheaper when the timings cannot. Takes
valgrind, and two to three minutes a system for 30 pages of HTML (trafilatura's the longer).

    python benchmarks/instructions.py ../shared/data/dev/scrapinghub.jsonl.gz --mode html
    python benchmarks/instructions.py DATA --mode text --systems cleaner,justext --pages 30
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from cleaner.bench.datasets import load_dataset
from cleaner.bench.systems import REFERENCE, find_systems
from cleaner.errors import InputError

WARM_UP_PAGES = 5


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", type=Path, help="a labeled JSONL data set (.jsonl or .jsonl.gz)")
    parser.add_argument("--mode", choices=["html", "text"], default="html", help="the form of the pages read (html)")
    parser.add_argument("--pages", type=int, default=30, help="pages counted, those after the five warmed up on (30)")
    parser.add_argument(
        "--systems", default=f"cleaner,{REFERENCE}", help=f"systems, comma-separated (cleaner,{REFERENCE})"
    )
    parser.add_argument(
        "--counted", type=int, default=-1, help=argparse.SUPPRESS
    )  # the child's: the pages cleaned after the warm-up
    parser.add_argument("--system", default="", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.counted >= 0:
        clean_pages(args.data, args.mode, args.system, args.counted, args.pages)
        return
    if args.pages < 1:
        parser.error(f"--pages must be at least 1, got {args.pages}")
    if shutil.which("valgrind") is None:
        parser.error("valgrind is not installed: expected it on PATH (apt install valgrind)")
    names = [name for name in args.systems.split(",") if name]
    try:
        systems = find_systems(names)
    except InputError as error:
        parser.error(str(error))
    for system in systems:
        problem = system.missing()
        if problem is not None:
            parser.error(f"{system.name}: {problem}")
        if args.mode not in system.modes:
            parser.error(
                f"{system.name} has no {args.mode} mode: expected a system that reads {args.mode} in --systems"
            )
    held = len(_pages(args.data, args.mode, WARM_UP_PAGES + args.pages))
    if held < WARM_UP_PAGES + args.pages:
        parser.error(
            f"--pages {args.pages} needs {WARM_UP_PAGES + args.pages} pages with a {args.mode} form in "
            f"{args.data} ({WARM_UP_PAGES} to warm up on), and it holds {held}"
        )
    costs = {name: instructions_a_page(args.data, args.mode, args.pages, name) for name in names}
    reference = costs.get(REFERENCE)
    print(f"{args.data.name}, {args.mode}, {args.pages} pages: instructions a page (callgrind)")
    for name, cost in costs.items():
        ratio = f", {reference / cost:.2f}x {REFERENCE}'s speed in instructions" if reference else ""
        print(f"  {name}: {cost / 1e6:.2f} M{ratio}")


def instructions_a_page(data: Path, mode: str, pages: int, system: str) -> float:
    """The instructions `pages` pages read once cost `system`, a page: two runs' difference."""
    totals = [_counted_run(data, mode, system, counted, pages) for counted in (0, pages)]
    return (totals[1] - totals[0]) / pages


def _counted_run(data: Path, mode: str, system: str, counted: int, pages: int) -> int:
    """The instructions of a child process that cleans `counted` pages after the warm-up, as callgrind counts them."""
    with tempfile.TemporaryDirectory(prefix="instructions-") as folder:
        counts = Path(folder) / "callgrind.out"
        command = [
            "valgrind", "--tool=callgrind", f"--callgrind-out-file={counts}", sys.executable, __file__, str(data),
            "--mode", mode, "--system", system, "--counted", str(counted), "--pages", str(pages),
        ]  # fmt: skip
        completed = subprocess.run(
            command, env={**os.environ, "PYTHONHASHSEED": "0"}, capture_output=True, text=True, check=False
        )
        if completed.returncode != 0:
            raise SystemExit(f"{system} failed under callgrind: {completed.stderr.strip()[-2000:]}")
        for line in counts.read_text().splitlines():
            if line.startswith("summary:"):
                return int(line.split()[1])
    raise SystemExit(f"callgrind wrote no summary line for {system}: expected 'summary: N' in its output")


def clean_pages(data: Path, mode: str, system: str, counted: int, pages: int) -> None:
    """The child's work: `system` warms up on the first pages, then cleans the `counted` pages after them, once.

    Both runs of a system load the same `pages` pages after the warm-up, whatever they clean:
    reading and validating a page of the data set costs about 7 M instructions, which the
    difference of the two runs would otherwise count as the system's.
    """
    (found,) = find_systems([system])
    extract = found.extractor(mode)  # type: ignore[arg-type]
    for page, url in _pages(data, mode, WARM_UP_PAGES + pages)[: WARM_UP_PAGES + counted]:
        extract(page, url)


def _pages(data: Path, mode: str, most: int) -> list[tuple[str, str | None]]:
    """Of the first `most` pages of `data`, those that have the `mode` form, with their URLs."""
    records = load_dataset(data, limit=most).records
    return [(getattr(record, mode), record.url) for record in records if getattr(record, mode) is not None]


if __name__ == "__main__":
    main()
