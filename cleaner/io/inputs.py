"""Many inputs as one stream of page items, each input read by the reader of its kind.

The kind is told from the path (a folder; ``.jsonl``/``.ndjson``, or a WARC/WET suffix, each
plain, ``.gz`` or ``.zst``) unless it is given. JSONL lines come out unparsed (`JsonlLine`),
for `to_record` to parse where the cleaning happens.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from enum import StrEnum
from pathlib import Path

from cleaner.io.compressed import ReadError
from cleaner.io.folder import read_folder
from cleaner.io.jsonl import JsonlFields, JsonlLine, parse_line, read_lines
from cleaner.io.record import Record
from cleaner.io.warc import SUFFIXES as WARC_SUFFIXES
from cleaner.io.warc import fastwarc_module, read_warc

Item = JsonlLine | Record
JSONL_SUFFIXES = tuple(f"{stem}{compression}" for stem in (".jsonl", ".ndjson") for compression in ("", ".gz", ".zst"))


class InputKind(StrEnum):
    """The kinds of input a batch reads."""

    AUTO = "auto"
    JSONL = "jsonl"
    WARC = "warc"  # WET files too
    FOLDER = "folder"


def input_kind(path: Path, declared: InputKind = InputKind.AUTO) -> InputKind:
    """`declared`, or the kind told from `path`; a `ReadError` names what was expected."""
    if declared is not InputKind.AUTO:
        return declared
    name = path.name.lower()
    if path.is_dir():
        return InputKind.FOLDER
    if name.endswith(JSONL_SUFFIXES):
        return InputKind.JSONL
    if name.endswith(WARC_SUFFIXES):
        return InputKind.WARC
    if not path.exists():
        raise ReadError(f"{path}: no such file or folder")
    expected = ", ".join((*JSONL_SUFFIXES, *WARC_SUFFIXES))
    raise ReadError(f"cannot tell the kind of input {path}: expected a folder or a name ending in {expected}")


def check_inputs(paths: Sequence[Path], declared: InputKind = InputKind.AUTO) -> None:
    """Refuse, before any work, inputs that are missing or of no known kind."""
    for path in paths:
        kind = input_kind(path, declared)
        if kind is InputKind.FOLDER and not path.is_dir():
            raise ReadError(f"{path}: no such folder")
        if kind is not InputKind.FOLDER and not path.is_file():
            raise ReadError(f"{path}: no such file")
        if kind is InputKind.WARC:
            fastwarc_module()


def read_items(
    paths: Sequence[Path], declared: InputKind = InputKind.AUTO, on_skip: Callable[[str], None] | None = None
) -> Iterator[Item]:
    """Every page item of `paths`, input after input; `on_skip` counts what is not a page."""
    for path in paths:
        kind = input_kind(path, declared)
        if kind is InputKind.JSONL:
            yield from read_lines(path)
        elif kind is InputKind.WARC:
            yield from read_warc(path, on_skip)
        else:
            yield from read_folder(path, on_skip)


def to_record(item: Item, fields: JsonlFields) -> Record:
    """The record an item stands for (a JSONL line is parsed with `fields`)."""
    return parse_line(item, fields) if isinstance(item, JsonlLine) else item


def read_records(
    paths: Sequence[Path], declared: InputKind = InputKind.AUTO, fields: JsonlFields | None = None
) -> Iterator[Record]:
    """Every page record of `paths`, parsed: the stream `cleaner batch` cleans."""
    fields = fields or JsonlFields()
    for item in read_items(paths, declared):
        yield to_record(item, fields)
