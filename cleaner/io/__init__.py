"""Readers of crawl dumps (JSONL, WARC, WET, folders of pages) and writers of batch output.

Every reader yields `Record`s, one per page record of its input; a record that cannot be read
as a page carries an `error` instead of its content (see `cleaner.io.record`).
"""

from __future__ import annotations

from cleaner.io.compressed import ReadError
from cleaner.io.folder import read_folder
from cleaner.io.inputs import InputKind, Item, check_inputs, input_kind, read_items, read_records, to_record
from cleaner.io.jsonl import JsonlFields, JsonlLine, parse_line, read_jsonl
from cleaner.io.record import ErrorReason, Record, RecordError
from cleaner.io.warc import read_warc

__all__ = [
    "ErrorReason",
    "InputKind",
    "Item",
    "JsonlFields",
    "JsonlLine",
    "ReadError",
    "Record",
    "RecordError",
    "check_inputs",
    "input_kind",
    "parse_line",
    "read_folder",
    "read_items",
    "read_jsonl",
    "read_records",
    "read_warc",
    "to_record",
]
