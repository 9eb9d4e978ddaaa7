"""Batch output: one JSON line per input record, files written atomically, and Parquet.

An output record carries ``id``, ``url``, ``source`` (where the record stands in the input),
then ``title`` and ``text`` (and ``blocks`` when asked: every block with its label, score,
decision and votes), or ``error`` (``reason`` and ``message``) when the page yielded no text.

Files appear whole or not at all: each is written to a temporary file in its folder, flushed
to disk, then renamed over its name. A failure to write (a full disk, a folder that cannot be
written) raises `WriteError` naming the path, and leaves no partial file behind.
"""

from __future__ import annotations

import contextlib
import gzip
import json
import os
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from enum import StrEnum
from pathlib import Path
from typing import IO, Any, cast

from cleaner.errors import CleanerError
from cleaner.io.record import Record, RecordError
from cleaner.model import CleanResult

PARQUET_BATCH_RECORDS = 1000


class WriteError(CleanerError, OSError):
    """Output cannot be written; the message names the path and the system's reason."""


class OutputFormat(StrEnum):
    """The forms of batch output, told from the output file's name."""

    JSONL = "jsonl"  # .jsonl, .ndjson, or either with .gz
    PARQUET = "parquet"  # .parquet: needs the ``parquet`` extra (pyarrow)


def output_format(path: Path) -> OutputFormat:
    """The output form of `path`, from its suffix; a `WriteError` names the suffixes expected."""
    name = path.name.lower()
    if name.endswith(".parquet"):
        return OutputFormat.PARQUET
    if name.endswith((".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")):
        return OutputFormat.JSONL
    raise WriteError(
        f"cannot tell the output format of {path}: expected a name ending in .jsonl, .jsonl.gz or .parquet"
    )


def check_output(path: Path) -> None:
    """Refuse, before any work, an output of unknown form, in a missing folder, or without its extra."""
    form = output_format(path)
    if not path.parent.is_dir():
        raise WriteError(f"cannot write {path}: {path.parent} is not a folder")
    if form is OutputFormat.PARQUET:
        _pyarrow()


def result_line(record: Record, result: CleanResult, with_blocks: bool) -> str:
    """The output record of a cleaned page, as one line of JSON (no newline)."""
    fields: dict[str, Any] = {
        "id": record.id,
        "url": record.url,
        "source": record.source,
        "title": result.title,
        "text": result.text,
    }
    if with_blocks:
        fields["blocks"] = [block.model_dump(mode="json") for block in result.blocks]
    return json.dumps(fields, ensure_ascii=False)


def error_line(record: Record, error: RecordError) -> str:
    """The output record of a page that yielded no text, as one line of JSON (no newline)."""
    fields = {
        "id": record.id,
        "url": record.url,
        "source": record.source,
        "error": {"reason": error.reason.value, "message": error.message},
    }
    return json.dumps(fields, ensure_ascii=False)


@contextlib.contextmanager
def atomic_file(path: Path) -> Iterator[IO[bytes]]:
    """A binary file that replaces `path` only once it is whole and on disk."""
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as error:
        raise WriteError(f"cannot write {path}: {error.strerror or error}") from None
    try:
        os.fchmod(handle, 0o666 & ~_umask())  # what a plain open() would give, not mkstemp's 0o600
        with os.fdopen(handle, "wb") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
        sync_folder(path.parent)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise WriteError(f"cannot write {path}: {error.strerror or error}") from None
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def sync_folder(folder: Path) -> None:
    """Flush `folder`'s entries (a rename in it) to disk."""
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def write_output(parts: Iterable[Path], output: Path) -> None:
    """Join the JSONL files `parts`, in order, into `output` (JSONL, gzipped JSONL or Parquet)."""
    form = output_format(output)
    with atomic_file(output) as stream:
        if form is OutputFormat.PARQUET:
            _write_parquet(parts, stream)
        elif output.name.lower().endswith(".gz"):
            with gzip.GzipFile(fileobj=stream, mode="wb", compresslevel=6, mtime=0) as compressed:
                _copy(parts, cast(IO[bytes], compressed))
        else:
            _copy(parts, stream)


def _copy(parts: Iterable[Path], stream: IO[bytes]) -> None:
    for part in parts:
        with part.open("rb") as source:
            shutil.copyfileobj(source, stream)


# -- Parquet ------------------------------------------------------------------------------------


def _write_parquet(parts: Iterable[Path], stream: IO[bytes]) -> None:
    pa, pq = _pyarrow()
    schema = _schema(pa)
    with pq.ParquetWriter(stream, schema) as writer:
        rows: list[dict[str, Any]] = []
        for part in parts:
            with part.open("rb") as source:
                for line in source:
                    rows.append(json.loads(line))
                    if len(rows) >= PARQUET_BATCH_RECORDS:
                        writer.write_table(pa.Table.from_pylist(rows, schema=schema))
                        rows.clear()
        if rows:
            writer.write_table(pa.Table.from_pylist(rows, schema=schema))


def _schema(pa: Any) -> Any:
    string = pa.string()
    vote = pa.struct([("heuristic", string), ("value", pa.float64()), ("reason", string)])
    block = pa.struct(
        [
            ("text", string),
            ("label", string),
            ("score", pa.float64()),
            ("votes", pa.list_(vote)),
            ("decision", string),
            ("start", pa.int64()),
            ("end", pa.int64()),
            ("tag", string),
        ]
    )
    error = pa.struct([("reason", string), ("message", string)])
    return pa.schema(
        [
            ("id", string),
            ("url", string),
            ("source", string),
            ("title", string),
            ("text", string),
            ("blocks", pa.list_(block)),
            ("error", error),
        ]
    )


def _pyarrow() -> tuple[Any, Any]:
    try:
        import pyarrow as pa  # type: ignore[import-untyped, unused-ignore]
        import pyarrow.parquet as pq  # type: ignore[import-untyped, unused-ignore]
    except ImportError:
        raise WriteError("writing Parquet needs pyarrow: pip install 'cleaner[parquet]'") from None
    return pa, pq
