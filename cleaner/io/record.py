"""One input page record, as every reader yields it, and the reasons a record can fail.

A record is one *page* of the input: a JSONL line, a WARC response or WET conversion record,
a file of a folder. A record the reader could not turn into a page (a line that is not JSON,
a WARC response holding an image) is still a record: it carries an `error`, so that a batch
run writes one output record per input record, always.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict

FormatHint = Literal["auto", "html", "text"]


# The most bytes read for one page (a JSONL line, a WARC payload, a file): a page of
# `Limits.max_input_chars` (10 million characters) in any encoding, escaped in JSON, with room
# to spare. A longer one is an error record, never held in memory whole.
MAX_PAGE_BYTES = 64 * 1024 * 1024


def over_limit(source: str, size: int, limit: int) -> str:
    """The message of a page over `limit` bytes (`MAX_PAGE_BYTES`)."""
    return f"{source}: {size} bytes or more, over the limit of {limit} bytes for one page"


class ErrorReason(StrEnum):
    """Why a record yielded no cleaned page; the ``reason`` of an output record's ``error``."""

    MALFORMED_RECORD = "malformed_record"  # a JSONL line that is not a JSON object, a field of the wrong type
    MISSING_FIELD = "missing_field"  # neither the html nor the text field
    NOT_HTML = "not_html"  # a WARC response whose content type is not a web page (images, PDFs, ...)
    UNREADABLE_INPUT = "unreadable_input"  # the input file breaks off here (truncated or corrupt)
    UNREADABLE_PAGE = "unreadable_page"  # the cleaner refused the page: binary data, over the size limit
    TIMEOUT = "timeout"  # the page ran over the per-page time budget
    WORKER_CRASHED = "worker_crashed"  # the process cleaning the page died (a crash in native code)
    INTERNAL_ERROR = "internal_error"  # an unexpected exception while cleaning: a bug in cleaner


class RecordError(BaseModel):
    """What went wrong with one record: a reason from `ErrorReason` and a message for people."""

    model_config = ConfigDict(frozen=True)

    reason: ErrorReason
    message: str


class Record(BaseModel):
    """One page to clean: its id, URL, raw content and where it comes from.

    `source` names the place in the input (``file.jsonl:12``, ``crawl.warc.gz@5120``,
    ``pages/a.html``). `charset` is the one a transport declared (a WARC response's HTTP
    ``Content-Type``), when any.
    """

    model_config = ConfigDict(frozen=True)

    id: str
    url: str | None = None
    raw: bytes | str = b""
    format: FormatHint = "auto"
    source: str
    charset: str | None = None
    error: RecordError | None = None


def failed(id: str, source: str, reason: ErrorReason, message: str, url: str | None = None) -> Record:
    """A record that could not be read as a page."""
    return Record(id=id, url=url, source=source, error=RecordError(reason=reason, message=message))
