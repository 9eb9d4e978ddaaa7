"""Open a file as bytes, decompressing ``.gz`` and ``.zst`` on the fly."""

from __future__ import annotations

import gzip
import io
from pathlib import Path
from typing import IO, cast

from cleaner.errors import InputError


class ReadError(InputError):
    """An input file cannot be read; the message names the file and the problem."""


def open_binary(path: Path) -> IO[bytes]:
    """`path` as a stream of bytes, decompressed according to its suffix (.gz, .zst)."""
    try:
        if path.name.endswith(".gz"):
            return cast(IO[bytes], gzip.open(path, "rb"))
        if path.name.endswith(".zst"):
            return _zstd_reader(path)
        return path.open("rb")
    except OSError as error:
        raise ReadError(f"{path}: cannot read it: {error.strerror or error}") from None


def _zstd_reader(path: Path) -> IO[bytes]:
    try:
        import zstandard  # type: ignore[import-not-found, unused-ignore]
    except ImportError:
        raise ReadError(f"{path}: reading .zst needs zstandard: pip install 'cleaner[zstd]'") from None
    reader = zstandard.ZstdDecompressor().stream_reader(path.open("rb"), read_across_frames=True)
    return io.BufferedReader(reader)  # its own reader reads by size only, not by line


def decompression_errors() -> tuple[type[Exception], ...]:
    """The exceptions a stream from `open_binary` raises when the file breaks off or is corrupt."""
    errors: list[type[Exception]] = [EOFError, OSError]  # gzip.BadGzipFile and zlib.error derive from these
    try:
        import zlib

        errors.append(zlib.error)
        import zstandard

        errors.append(zstandard.ZstdError)
    except ImportError:
        pass
    return tuple(errors)
