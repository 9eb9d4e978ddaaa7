"""WARC and WET input, read with FastWARC (the ``warc`` extra).

What counts as a page record: a ``response`` record (a crawled HTTP response; its payload
without the HTTP headers is the page) and a ``conversion`` record (the extracted text of a
WET file, read in text mode). The other types — ``warcinfo``, ``request``, ``metadata``,
``revisit``, ``resource`` — are not pages: they are counted by type through `on_skip` and
yield nothing. A response whose HTTP content type is not a web page (an image, a PDF) yields
a record with the error ``not_html``; ``text/plain`` is read as text, a missing content type
is told from the content. The record's id is its ``WARC-Record-ID``, its URL its
``WARC-Target-URI``, its source the file and the record's byte offset (``crawl.warc.gz@5120``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from cleaner.io.compressed import ReadError
from cleaner.io.record import MAX_PAGE_BYTES, ErrorReason, FormatHint, Record, failed, over_limit

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
TEXT_TYPES = frozenset({"text/plain"})
SUFFIXES = (".warc", ".warc.gz", ".warc.zst", ".wet", ".wet.gz", ".wet.zst", ".arc.gz")

SkipCounter = Callable[[str], None]


def read_warc(path: Path, on_skip: SkipCounter | None = None) -> Iterator[Record]:
    """The page records of a WARC or WET file (plain, .gz or .zst), in file order."""
    warc = fastwarc_module()
    if not path.is_file():
        raise ReadError(f"{path}: no such file")
    position = 0
    try:
        for record in warc.ArchiveIterator(str(path), parse_http=True, auto_decode="all"):
            position = record.stream_pos
            page = _page(path, record, warc)
            if page is not None:
                yield page
            elif on_skip is not None:
                on_skip(f"warc {record.record_type}")
    except Exception as error:  # FastWARC raises its own error types for broken streams
        source = f"{path}@{position}"
        yield failed(
            source, source, ErrorReason.UNREADABLE_INPUT, f"{path} breaks off after offset {position}: {error}"
        )


def _page(path: Path, record: Any, warc: Any) -> Record | None:
    kind = record.record_type
    if kind not in (warc.WarcRecordType.response, warc.WarcRecordType.conversion):
        return None
    record_id = record.record_id or f"{path}@{record.stream_pos}"
    url = record.headers.get("WARC-Target-URI")
    source = f"{path}@{record.stream_pos}"
    form: FormatHint | None = "text" if kind == warc.WarcRecordType.conversion else _response_format(record)
    if form is None:
        content_type = record.http_content_type if record.is_http else "no HTTP response"
        message = f"{source}: content type {content_type} is not a web page"
        return failed(record_id, source, ErrorReason.NOT_HTML, message, url)
    raw = record.reader.read(MAX_PAGE_BYTES + 1)  # the iterator skips the rest of a longer payload
    if len(raw) > MAX_PAGE_BYTES:
        return failed(record_id, source, ErrorReason.UNREADABLE_PAGE, over_limit(source, len(raw), MAX_PAGE_BYTES), url)
    return Record.model_construct(
        id=record_id, url=url, raw=raw, format=form, source=source, charset=record.http_charset
    )


def _response_format(record: Any) -> FormatHint | None:
    if not record.is_http:
        return None
    content_type = (record.http_content_type or "").strip().lower()
    if not content_type:
        return "auto"
    if content_type in HTML_TYPES:
        return "html"
    if content_type in TEXT_TYPES:
        return "text"
    return None


def fastwarc_module() -> Any:
    try:
        from fastwarc import warc
    except ImportError:
        raise ReadError("reading WARC and WET files needs FastWARC: pip install 'cleaner[warc]'") from None
    return warc
