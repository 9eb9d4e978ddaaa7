"""The `cleaner` command.

``cleaner clean FILE|-`` prints a page's body text, or as Markdown (``--markdown``), its typed
result (``--json``) or every block with its label, score and votes (``--explain``);
``--summary`` tells on standard error what was discarded and why. ``cleaner batch INPUT... -o
OUTPUT`` cleans crawl dumps in worker processes (see `cleaner.batch`). Each subcommand is one
``_add_<name>`` function that registers its parser and handler, so that ``batch`` can join
``clean`` and ``bench`` the same way. ``cleaner bench DATASET...`` scores the cleaner beside
its peers on labeled pages (see `cleaner.bench`).

Mistakes the user can fix (a missing file, binary input, a bad option) print one line,
``cleaner: error: <message>``, and exit with code 2; never a traceback.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import textwrap
from collections import Counter
from collections.abc import Callable, Sequence
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from cleaner.combine import CombineSettings, strongest_negative_reason
from cleaner.decode import Format, web_codec
from cleaner.errors import CleanerError
from cleaner.model import Block, CleanResult, Label, Vote
from cleaner.pipeline import Cleaner

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130
STDIN = "-"
DEFAULT_COLUMNS = 100
MIN_TEXT_COLUMNS = 20

Handler = Callable[[argparse.Namespace], int]

_LABEL_NAMES = {Label.BODY: "BODY", Label.CHROME: "chrome"}
_LABEL_COLOURS = {Label.BODY: "\x1b[1;32m", Label.CHROME: "\x1b[2m"}  # bold green; dim
_RESET = "\x1b[0m"


class CommandError(Exception):
    """A failure the user can fix; printed as one line with exit code 2."""


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line `argv` (default: sys.argv[1:]) and return the exit code."""
    args = build_parser().parse_args(argv)
    handler: Handler = args.handler
    try:
        return handler(args)
    except (CommandError, CleanerError) as error:
        return _report(f"error: {error}", EXIT_USAGE)
    except BrokenPipeError:  # the reader went away (`cleaner clean page --explain | head`)
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_FAILURE
    except KeyboardInterrupt:
        return _report("interrupted", EXIT_INTERRUPTED)
    except Exception as error:
        return _report(f"internal error (a bug, please report it): {type(error).__name__}: {error}", EXIT_FAILURE)


def build_parser() -> argparse.ArgumentParser:
    """The parser of the whole command, one sub-parser per subcommand."""
    parser = argparse.ArgumentParser(
        prog="cleaner", description="Split web pages into their main body text and the chrome around it."
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    commands = parser.add_subparsers(title="commands", metavar="COMMAND", required=True)
    _add_clean(commands)
    _add_batch(commands)
    _add_bench(commands)
    return parser


def _report(message: str, code: int) -> int:
    print(f"cleaner: {' '.join(message.split())}", file=sys.stderr)
    return code


def _version() -> str:
    try:
        return version("cleaner")
    except PackageNotFoundError:
        return "(not installed)"


# -- cleaner clean ----------------------------------------------------------------------------


def _add_clean(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "clean",
        help="print the main body text of one page",
        description="Print the main body text of one page (HTML or extracted text, any encoding).",
    )
    parser.add_argument("file", metavar="FILE|-", help="the page to clean; - reads standard input")
    parser.add_argument(
        "--format",
        choices=[form.value for form in Format],
        default=Format.AUTO.value,
        help="auto (default: tell from the content), html, or text (one block per line)",
    )
    parser.add_argument("--url", help="the page's address, kept in the result")
    parser.add_argument(
        "--charset",
        help="the charset the page was served with (HTTP Content-Type); a byte-order mark and valid UTF-8 still win",
    )
    output = parser.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="print the whole typed result as JSON")
    output.add_argument(
        "--markdown", action="store_true", help="print the body as Markdown (headings, lists, tables, code)"
    )
    output.add_argument(
        "--explain",
        action="store_true",
        help="print every block: index, label, score, text and votes (coloured on a terminal)",
    )
    parser.add_argument("--summary", action="store_true", help="tell on standard error what was discarded and why")
    _add_comments_option(parser)
    parser.set_defaults(handler=_run_clean)


def _run_clean(args: argparse.Namespace) -> int:
    name = "<stdin>" if args.file == STDIN else args.file
    if args.charset is not None and web_codec(args.charset) is None:
        raise CommandError(
            f"unknown charset {args.charset!r}: expected a label such as utf-8, windows-1252 or shift_jis"
        )
    pipeline = Cleaner().with_comments() if args.comments else Cleaner()
    limits = pipeline.limits
    raw = read_input(args.file, limits.max_input_bytes)
    if len(raw) > limits.max_input_bytes:
        raise CommandError(
            f"{name}: page of more than {limits.max_input_bytes} bytes is over the limit of "
            f"{limits.max_input_chars} characters (Limits.max_input_chars) in any encoding"
        )
    try:
        result = pipeline.clean(raw, url=args.url, format=args.format, charset=args.charset)
    except CleanerError as error:
        raise CommandError(f"{name}: {error}") from None
    sys.stdout.write(_render(result, args))
    if args.summary:
        sys.stdout.flush()
        sys.stderr.write(format_summary(result, pipeline.combine_settings))
    return EXIT_OK


def read_input(file: str, max_bytes: int | None = None) -> bytes:
    """The bytes of `file`, or of standard input for ``-``: no more than `max_bytes` and one.

    Reading stops there, so that an endless input (``/dev/zero``, a pipe that never closes
    its end) costs no more than one byte over the limit.
    """
    size = -1 if max_bytes is None else max_bytes + 1
    if file == STDIN:
        if sys.stdin is None:
            raise CommandError("no standard input to read the page from")
        return sys.stdin.buffer.read(size)
    try:
        with Path(file).open("rb") as stream:
            return stream.read(size)
    except OSError as error:
        raise CommandError(f"cannot read {file}: {error.strerror or error}") from None


def _render(result: CleanResult, args: argparse.Namespace) -> str:
    if args.json:
        return result.model_dump_json(indent=2) + "\n"
    if args.explain:
        return format_explain(result, columns=_columns(), colour=_use_colour())
    if args.markdown:
        markdown = result.markdown()
        return markdown + "\n" if markdown else ""
    return result.text + "\n" if result.text else ""


def _columns() -> int:
    return shutil.get_terminal_size((DEFAULT_COLUMNS, 24)).columns


def _use_colour() -> bool:
    return sys.stdout.isatty() and "NO_COLOR" not in os.environ and os.environ.get("TERM") != "dumb"


# -- --explain --------------------------------------------------------------------------------


def format_explain(result: CleanResult, columns: int = DEFAULT_COLUMNS, colour: bool = False) -> str:
    """A title line, then two lines per block: index, label, score and text; then its votes."""
    lines = [f"title: {result.title if result.title is not None else '(none found)'}"]
    for index, block in enumerate(result.blocks):
        lines.extend(_explain_block(index, block, columns, colour))
    return "\n".join(lines) + "\n"


def _explain_block(index: int, block: Block, columns: int, colour: bool) -> list[str]:
    label = f"{_LABEL_NAMES[block.label]:<6}"
    if colour:
        label = f"{_LABEL_COLOURS[block.label]}{label}{_RESET}"
    head = f"{index:>4}  {label}  {block.score:.2f}  "
    indent = " " * (4 + 2 + 6 + 2 + 4 + 2)
    text = truncate(" ".join(block.text.split()), max(columns - len(indent), MIN_TEXT_COLUMNS))
    votes = " ".join([f"[{block.decision}]", *(compact_vote(vote) for vote in block.votes)])
    wrapped = textwrap.wrap(
        votes,
        width=max(columns, len(indent) + MIN_TEXT_COLUMNS),
        initial_indent=indent,
        subsequent_indent=indent,
        break_long_words=False,
        break_on_hyphens=False,
    )
    return [head + text, *wrapped]


def truncate(text: str, width: int) -> str:
    """`text` cut to `width` characters, with an ellipsis when it was cut."""
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def compact_vote(vote: Vote) -> str:
    """A vote as ``heuristic:reason(+0.5)``."""
    return f"{vote.heuristic}:{vote.reason}({vote.value:+.2g})"


# -- --summary --------------------------------------------------------------------------------


def format_summary(result: CleanResult, settings: CombineSettings) -> str:
    """Blocks and words kept and discarded; discarded blocks counted by their strongest negative reason."""
    kept = [block for block in result.blocks if block.label is Label.BODY]
    dropped = [block for block in result.blocks if block.label is not Label.BODY]
    lines = [f"kept {_count(kept)}, discarded {_count(dropped)}"]
    for heading, counts in (
        ("discarded blocks by the rule that decided them:", Counter(block.decision for block in dropped)),
        (
            "discarded blocks by their strongest negative vote:",
            Counter(strongest_negative_reason(block.votes, settings) for block in dropped),
        ),
    ):
        if counts:
            lines.append(heading)
        for reason, blocks in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
            lines.append(f"  {reason}: {blocks} block{'' if blocks == 1 else 's'}")
    return "\n".join(lines) + "\n"


def _count(blocks: list[Block]) -> str:
    words = sum(len(block.text.split()) for block in blocks)
    return f"{len(blocks):,} block{'' if len(blocks) == 1 else 's'} ({words:,} word{'' if words == 1 else 's'})"


# -- cleaner batch ----------------------------------------------------------------------------


BATCH_DESCRIPTION = (
    "Clean every page record of the inputs (JSONL, plain, .gz or .zst; WARC and WET files; folders of .html and "
    ".txt files) in worker processes, and write one output record per input record, in input order, to OUTPUT "
    "(.jsonl, .jsonl.gz or .parquet): id, url, source, title and text, or an error with its reason. A summary goes "
    "to standard error at the end."
)


def _add_batch(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "batch", help="clean crawl dumps (JSONL, WARC, WET, folders) in parallel", description=BATCH_DESCRIPTION
    )
    _add_batch_files(parser)
    _add_batch_run(parser)
    parser.set_defaults(handler=_run_batch)


def _add_batch_files(parser: argparse.ArgumentParser) -> None:
    """What a batch reads and writes."""
    from cleaner.io.inputs import InputKind

    parser.add_argument("inputs", nargs="+", metavar="INPUT", help="a JSONL, WARC or WET file, or a folder of pages")
    parser.add_argument("-o", "--output", required=True, metavar="OUTPUT", help="the output file (written at the end)")
    parser.add_argument(
        "--input-format",
        choices=[kind.value for kind in InputKind],
        default=InputKind.AUTO.value,
        help="the kind of every input (default auto: told from each path)",
    )
    for field in ("id", "url", "html", "text"):
        parser.add_argument(
            f"--{field}-field", default=field, metavar="NAME", help=f"JSONL field of the page's {field}"
        )
    parser.add_argument("--blocks", action="store_true", help="write every block with its label, score and votes")


def _add_comments_option(parser: argparse.ArgumentParser) -> None:
    """The `--comments` switch, which `clean` and `batch run` share (see `Cleaner.with_comments`)."""
    parser.add_argument(
        "--comments",
        action="store_true",
        help="keep readers' comments and a shop's reviews as body (chrome by default)",
    )


def _add_batch_run(parser: argparse.ArgumentParser) -> None:
    """How a batch runs: workers, time budget, checkpoints, pipeline."""
    from cleaner.batch.options import DEFAULT_CHECKPOINT_RECORDS, DEFAULT_PAGE_TIMEOUT_SECONDS

    parser.add_argument("-j", "--jobs", type=_positive, metavar="N", help="worker processes (default: one per core)")
    parser.add_argument(
        "--page-timeout",
        type=_positive_float,
        default=DEFAULT_PAGE_TIMEOUT_SECONDS,
        metavar="SECONDS",
        help=f"time budget of one page; a page over it is recorded as a timeout ({DEFAULT_PAGE_TIMEOUT_SECONDS:g})",
    )
    parser.add_argument("--resume", action="store_true", help="continue an interrupted run into the same OUTPUT")
    parser.add_argument(
        "--checkpoint",
        type=_positive,
        default=DEFAULT_CHECKPOINT_RECORDS,
        metavar="N",
        help=f"records written to disk at a time: what an interruption can cost ({DEFAULT_CHECKPOINT_RECORDS})",
    )
    pipeline = parser.add_mutually_exclusive_group()
    pipeline.add_argument("--config", metavar="FILE", help="a pipeline config (TOML or JSON; see Configuration)")
    pipeline.add_argument(
        "--pipeline", metavar="MODULE:FUNCTION", help="a function returning the Cleaner to use, imported by each worker"
    )
    _add_comments_option(parser)
    sites = parser.add_argument_group("site profiles (see the README's Site profiles)")
    learn = "read every input page first to learn each host's template, then clean the pages with it"
    sites.add_argument("--learn-sites", action="store_true", help=learn)
    sites.add_argument("--sites", metavar="FILE", help="site profiles to clean with (saved by an earlier run)")
    sites.add_argument("--save-sites", metavar="FILE", help="write the site profiles the pages were cleaned with")
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress line and no summary")


def _positive_float(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        number = 0.0
    if not number > 0:
        raise argparse.ArgumentTypeError(f"expected a positive number of seconds, got {value!r}")
    return number


def _run_batch(args: argparse.Namespace) -> int:
    from cleaner.batch import BatchOptions, format_summary, run_batch

    options = BatchOptions.model_validate(
        {
            **({"jobs": args.jobs} if args.jobs else {}),
            "input_kind": args.input_format,
            "fields": {"id": args.id_field, "url": args.url_field, "html": args.html_field, "text": args.text_field},
            "blocks": args.blocks,
            "page_timeout_seconds": args.page_timeout,
            "checkpoint_records": args.checkpoint,
            "resume": args.resume,
            "pipeline": {"config": args.config, "factory": args.pipeline, "comments": args.comments},
            "sites": {"learn": args.learn_sites, "profiles": args.sites, "save": args.save_sites},
            "progress": not args.quiet and sys.stderr.isatty(),
        }
    )
    summary = run_batch(args.inputs, args.output, options)
    if not args.quiet:
        sys.stderr.write(format_summary(summary))
    return EXIT_OK


# -- cleaner bench ----------------------------------------------------------------------------

BENCH_OUT = "bench-results"


def _add_bench(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from cleaner.bench.datasets import TITLE_CHOICES
    from cleaner.bench.systems import MODES, SYSTEMS

    parser = commands.add_parser(
        "bench",
        help="score the cleaner beside its peers on labeled pages",
        description=(
            "Score the cleaner and its peers on labeled data sets (JSONL files, plain, .gz or .zst, "
            "or fixture folders): shingle F1, precision and recall with 95% bootstrap intervals, the pages left "
            "empty, token F1, pages per CPU-second and its ratio to trafilatura, peak memory. Writes results.json, "
            "results.md, chart.png, losses-<data set>-<mode>.md and costs-<data set>.md (the cleaner's CPU time "
            "by stage) to --out."
        ),
    )
    parser.add_argument("datasets", nargs="+", metavar="DATASET", help="a labeled JSONL file or a fixtures folder")
    parser.add_argument(
        "--systems",
        default=",".join(SYSTEMS),
        help=f"comma-separated systems to run (default: all): {', '.join(SYSTEMS)}",
    )
    parser.add_argument(
        "--mode", choices=[*MODES, "both"], default="both", help="read the pages' html, their text, or both (default)"
    )
    parser.add_argument("--limit", type=_positive, metavar="N", help="score the first N pages of each data set")
    parser.add_argument(
        "--title",
        choices=TITLE_CHOICES,
        default="auto",
        help="score the headline (keep) or not (drop); auto (default) drops it for scrapinghub* and wcxb*",
    )
    parser.add_argument(
        "--rounds",
        type=_positive,
        default=1,
        metavar="N",
        help="take the pages N times and time each system by its median round (1)",
    )
    parser.add_argument("--worst", type=_positive, default=10, metavar="N", help="pages in the loss report (10)")
    parser.add_argument("--out", default=BENCH_OUT, metavar="DIR", help=f"where to write the results ({BENCH_OUT})")
    parser.set_defaults(handler=_run_bench)


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a positive whole number, got {value!r}")
    return number


def _run_bench(args: argparse.Namespace) -> int:
    from cleaner.bench import report
    from cleaner.bench.costs import costs_markdown, measure_costs
    from cleaner.bench.datasets import load_dataset
    from cleaner.bench.runner import run_dataset
    from cleaner.bench.sites import SiteLearningRun, run_site_learning
    from cleaner.bench.systems import MODES, find_systems

    systems = find_systems([name.strip() for name in args.systems.split(",") if name.strip()])
    modes = list(MODES) if args.mode == "both" else [args.mode]
    out = Path(args.out)
    datasets = [load_dataset(path, limit=args.limit, title=args.title) for path in args.datasets]
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise CommandError(f"cannot write to {out}: {error.strerror or error}") from None
    runs = []
    site_learning: dict[str, list[SiteLearningRun]] = {}
    for dataset in datasets:
        run = run_dataset(
            dataset,
            systems,
            modes,
            progress=lambda line: print(f"cleaner: {line}", file=sys.stderr),
            rounds=args.rounds,
        )
        runs.append(run)
        if any(system.name == "cleaner" for system in systems):
            learned = [run_site_learning(dataset, mode) for mode in modes]
            site_learning[dataset.name] = [result for result in learned if result is not None]
        cleaner_runs = [r for r in run.runs if r.system == "cleaner" and r.status == "ok"]
        for cleaner_run in cleaner_runs:
            losses = report.loss_report(dataset, cleaner_run, Cleaner(), worst=args.worst)
            report.write_text(out / f"losses-{dataset.name}-{cleaner_run.mode}.md", losses)
        if cleaner_runs:
            costs = [measure_costs(dataset, mode, Cleaner()) for mode in modes]
            report.write_text(out / f"costs-{dataset.name}.md", costs_markdown(costs))
    results = report.BenchReport(
        command=" ".join(["cleaner", "bench", *sys.argv[2:]]), datasets=runs, site_learning=site_learning
    )
    tables = report.markdown(results)
    sys.stdout.write(tables)
    report.write_text(out / "results.md", tables)
    report.write_json(results, out / "results.json")
    try:
        report.write_chart(results, out / "chart.png")
    except report.ChartError as error:
        _report(str(error), EXIT_OK)
    print(f"cleaner: wrote {out}/results.md, results.json, chart.png, the loss and the cost reports", file=sys.stderr)
    return EXIT_OK
