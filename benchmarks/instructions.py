"""Instructions a page, counted by callgrind: the cleaner and its peers on the same pages, as a ratio.

Pages per CPU-second move by a fifth or more from one run to the next on a shared machine; the
instructions a page costs do not (Python's hash seed is fixed). Each system cleans the first
`--pages` pages of a data set once, then twice, under valgrind's callgrind, after a warm-up on
five of them; the difference between the two runs is the cost of one pass, without the imports
and the start-up. An instruction is not a unit of time (libxml2's code and the interpreter's run
at different rates a cycle), so the ratio is a steady companion to the bench's timed one
(`cleaner bench`), not a substitute for it: it tells whether a change of the code made a page
cheaper when the timings cannot. Takes valgrind, and two to three minutes a system for 30 pages
of HTML (trafilatura's the longer).

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
    parser.add_argument("--pages", type=int, default=30, help="pages counted (the first of the set; 30)")
    parser.add_argument(
        "--systems", default=f"cleaner,{REFERENCE}", help=f"systems, comma-separated (cleaner,{REFERENCE})"
    )
    parser.add_argument(
        "--passes", type=int, default=0, help=argparse.SUPPRESS
    )  # the child's: clean the pages so often
    parser.add_argument("--system", default="", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.passes:
        clean_pages(args.data, args.mode, args.pages, args.system, args.passes)
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
    costs = {name: instructions_a_page(args.data, args.mode, args.pages, name) for name in names}
    reference = costs.get(REFERENCE)
    print(f"{args.data.name}, {args.mode}, {args.pages} pages: instructions a page (callgrind)")
    for name, cost in costs.items():
        ratio = f", {reference / cost:.2f}x {REFERENCE}'s speed in instructions" if reference else ""
        print(f"  {name}: {cost / 1e6:.2f} M{ratio}")


def instructions_a_page(data: Path, mode: str, pages: int, system: str) -> float:
    """The instructions one pass over `pages` pages costs `system`, a page: two runs' difference."""
    totals = [_counted_run(data, mode, pages, system, passes) for passes in (1, 2)]
    return (totals[1] - totals[0]) / pages


def _counted_run(data: Path, mode: str, pages: int, system: str, passes: int) -> int:
    """The instructions of a child process that cleans the pages `passes` times, as callgrind counts them."""
    with tempfile.TemporaryDirectory(prefix="instructions-") as folder:
        counts = Path(folder) / "callgrind.out"
        command = [
            "valgrind", "--tool=callgrind", f"--callgrind-out-file={counts}", sys.executable, __file__, str(data),
            "--mode", mode, "--pages", str(pages), "--system", system, "--passes", str(passes),
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


def clean_pages(data: Path, mode: str, pages: int, system: str, passes: int) -> None:
    """The child's work: a warm-up, then `passes` passes of `system` over the first `pages` pages."""
    (found,) = find_systems([system])
    extract = found.extractor(mode)  # type: ignore[arg-type]
    records = [(getattr(record, mode), record.url) for record in load_dataset(data, limit=pages).records]
    records = [(page, url) for page, url in records if page is not None]
    for page, url in records[:WARM_UP_PAGES]:
        extract(page, url)
    for _ in range(passes):
        for page, url in records:
            extract(page, url)


if __name__ == "__main__":
    main()
