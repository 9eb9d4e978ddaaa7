"""JSONL input: one JSON object a line (plain, .gz or .zst), the page in its html or text field.

Reading is split in two so that a batch run can parse lines where the cleaning happens:
`read_lines` only cuts the file into lines (cheap, in the reading process), and
`parse_line` turns one line into a `Record` (the JSON parsing, in a worker). A line that is
not a JSON object, or that holds neither page field, becomes a record with an error. Blank
lines are not records. When a file breaks off (a truncated .gz), one record with reason
``unreadable_input`` stands for the rest of it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import IO, NamedTuple

from pydantic import BaseModel, ConfigDict, Field

from cleaner.io.compressed import decompression_errors, open_binary
from cleaner.io.record import MAX_PAGE_BYTES, ErrorReason, FormatHint, Record, failed

_SKIP_CHUNK_BYTES = 1024 * 1024


class JsonlFields(BaseModel):
    """The field names of a JSONL record. When both page fields are present, the HTML is read."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field("id", min_length=1, description="the record's id; its file and line when missing")
    url: str = Field("url", min_length=1)
    html: str = Field("html", min_length=1, description="the page as HTML")
    text: str = Field("text", min_length=1, description="the page as extracted text, one block a line")


class JsonlLine(NamedTuple):
    """One line of a JSONL file, not parsed yet, and where it stands (``file.jsonl:12``)."""

    source: str
    line: bytes


def read_lines(path: Path, max_line_bytes: int = MAX_PAGE_BYTES) -> Iterator[JsonlLine | Record]:
    """The non-blank lines of `path`; an error record for a line over `max_line_bytes`, or where the file breaks off.

    A line is read `max_line_bytes` at a time at most, so that a file without line breaks
    (a dump gone wrong) costs that much memory, not its size.
    """
    number = 0
    try:
        with open_binary(path) as stream:
            while line := stream.readline(max_line_bytes + 1):
                number += 1
                where = f"{path}:{number}"
                if len(line) > max_line_bytes:
                    skipped = len(line) + _skip_line(stream)
                    message = f"{where}: line of {skipped} bytes or more is over the limit of {max_line_bytes} bytes"
                    yield failed(where, where, ErrorReason.MALFORMED_RECORD, message)
                elif not line.isspace():
                    yield JsonlLine(where, line)
    except decompression_errors() as error:
        where = f"{path}:{number + 1}"
        yield failed(where, where, ErrorReason.UNREADABLE_INPUT, f"{path} breaks off after line {number}: {error}")


def _skip_line(stream: IO[bytes]) -> int:
    """Read past the end of the current line, a chunk at a time; the bytes skipped."""
    skipped = 0
    while (chunk := stream.readline(_SKIP_CHUNK_BYTES)) and not chunk.endswith(b"\n"):
        skipped += len(chunk)
    return skipped + len(chunk)


def read_jsonl(path: Path, fields: JsonlFields | None = None) -> Iterator[Record]:
    """The records of a JSONL file, parsed."""
    fields = fields or JsonlFields()
    for item in read_lines(path):
        yield item if isinstance(item, Record) else parse_line(item, fields)


def parse_line(item: JsonlLine, fields: JsonlFields) -> Record:
    """The record held by one JSONL line, or a record with the error that stops it."""
    try:
        data = json.loads(item.line)
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        return failed(item.source, item.source, ErrorReason.MALFORMED_RECORD, f"{item.source}: not JSON: {error}")
    if not isinstance(data, dict):
        message = f"{item.source}: expected a JSON object, got {type(data).__name__}"
        return failed(item.source, item.source, ErrorReason.MALFORMED_RECORD, message)
    record_id = data.get(fields.id)
    url = data.get(fields.url)
    if record_id is None:
        record_id = item.source
    if not isinstance(record_id, (str, int)) or not isinstance(url, (str, type(None))):
        message = f"{item.source}: fields {fields.id!r} and {fields.url!r} must be strings, got {record_id!r}, {url!r}"
        return failed(item.source, item.source, ErrorReason.MALFORMED_RECORD, message)
    return _page(item.source, str(record_id), url, data, fields)


def _page(source: str, record_id: str, url: str | None, data: dict[str, object], fields: JsonlFields) -> Record:
    pairs: tuple[tuple[str, FormatHint], ...] = ((fields.html, "html"), (fields.text, "text"))
    for name, form in pairs:
        raw = data.get(name)
        if isinstance(raw, str):
            return Record.model_construct(id=record_id, url=url, raw=raw, format=form, source=source)
        if raw is not None:
            message = f"{source}: field {name!r} must be a string, got {type(raw).__name__}"
            return failed(record_id, source, ErrorReason.MALFORMED_RECORD, message, url)
    message = f"{source}: the record has neither {fields.html!r} nor {fields.text!r}"
    return failed(record_id, source, ErrorReason.MISSING_FIELD, message, url)
