"""The `cleaner` command.

``cleaner clean FILE|-`` prints a page's body text, its typed result (``--json``) or every block
with its label, score and votes (``--explain``); ``--summary`` tells on standard error what was
discarded and why. Each subcommand is one ``_add_<name>`` function that registers its parser
and handler, so that ``batch`` and ``bench`` can join ``clean`` the same way.

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

from cleaner.combine import CombineSettings
from cleaner.decode import Format
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
    output = parser.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="print the whole typed result as JSON")
    output.add_argument(
        "--explain",
        action="store_true",
        help="print every block: index, label, score, text and votes (coloured on a terminal)",
    )
    parser.add_argument("--summary", action="store_true", help="tell on standard error what was discarded and why")
    parser.set_defaults(handler=_run_clean)


def _run_clean(args: argparse.Namespace) -> int:
    name = "<stdin>" if args.file == STDIN else args.file
    raw = read_input(args.file)
    pipeline = Cleaner()
    try:
        result = pipeline.clean(raw, url=args.url, format=args.format)
    except CleanerError as error:
        raise CommandError(f"{name}: {error}") from None
    sys.stdout.write(_render(result, args))
    if args.summary:
        sys.stdout.flush()
        sys.stderr.write(format_summary(result, pipeline.combine_settings))
    return EXIT_OK


def read_input(file: str) -> bytes:
    """The bytes of `file`, or of standard input for ``-``."""
    if file == STDIN:
        if sys.stdin is None:
            raise CommandError("no standard input to read the page from")
        return sys.stdin.buffer.read()
    try:
        return Path(file).read_bytes()
    except OSError as error:
        raise CommandError(f"cannot read {file}: {error.strerror or error}") from None


def _render(result: CleanResult, args: argparse.Namespace) -> str:
    if args.json:
        return result.model_dump_json(indent=2) + "\n"
    if args.explain:
        return format_explain(result, columns=_columns(), colour=_use_colour())
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
            Counter(strongest_negative_reason(block, settings) for block in dropped),
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


def strongest_negative_reason(block: Block, settings: CombineSettings) -> str:
    """``heuristic:reason`` of the vote that pulled the block's score down most (after weighting)."""
    negative = [vote for vote in block.votes if vote.value < 0]
    if not negative:
        return "(no negative vote)"
    strongest = min(
        negative, key=lambda vote: settings.weights.get(vote.heuristic, settings.default_weight) * vote.value
    )
    return f"{strongest.heuristic}:{strongest.reason}"
