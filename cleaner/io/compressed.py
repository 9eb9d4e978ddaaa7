"""Open a file as bytes, decompressing ``.gz`` and ``.zst`` on the fly.

``.gz`` is read with ISA-L's igzip where it is installed (``python-isal``, in the batch
extra): it decompresses about twice as fast as the standard library's gzip, and in a batch
run the driver decompresses for every worker, so its speed caps how far ``-j`` scales.
"""

from __future__ import annotations

import gzip
import io
import zlib
from pathlib import Path
from typing import IO, Any, cast

from cleaner.errors import InputError

READ_BUFFER_BYTES = 1 << 20


class ReadError(InputError):
    """An input file cannot be read; the message names the file and the problem."""


def open_binary(path: Path) -> IO[bytes]:
    """`path` as a stream of bytes, decompressed according to its suffix (.gz, .zst).

    A plain file is read through a buffer of `READ_BUFFER_BYTES`: crawl pages are lines of
    hundreds of kilobytes, which an 8 KiB buffer hands over in dozens of pieces (three times
    the cost). Compressed streams keep small buffers, so that a file that breaks off loses no
    line read before the break.
    """
    try:
        if path.name.endswith(".gz"):
            return cast(IO[bytes], gzip_module().open(path, "rb"))
        if path.name.endswith(".zst"):
            return _zstd_reader(path)
        return path.open("rb", buffering=READ_BUFFER_BYTES)
    except OSError as error:
        raise ReadError(f"{path}: cannot read it: {error.strerror or error}") from None


def gzip_module() -> Any:
    """The module that reads .gz here: ISA-L's igzip when installed, else the standard library's gzip."""
    try:
        from isal import igzip  # type: ignore[import-not-found, unused-ignore]
    except ImportError:
        return gzip
    return igzip


def _zstd_reader(path: Path) -> IO[bytes]:
    try:
        import zstandard  # type: ignore[import-not-found, unused-ignore]
    except ImportError:
        raise ReadError(f"{path}: reading .zst needs zstandard: pip install 'cleaner[zstd]'") from None
    reader = zstandard.ZstdDecompressor().stream_reader(path.open("rb"), read_across_frames=True)
    return io.BufferedReader(reader)  # its own reader reads by size only, not by line


def decompression_errors() -> tuple[type[Exception], ...]:
    """The exceptions a stream from `open_binary` raises when the file breaks off or is corrupt."""
    errors: list[type[Exception]] = [EOFError, OSError, zlib.error]  # gzip.BadGzipFile is an OSError
    try:
        from isal import isal_zlib  # type: ignore[import-not-found, unused-ignore]

        errors.append(cast(type[Exception], isal_zlib.error))  # its stubs call it an instance
    except ImportError:
        pass
    try:
        import zstandard  # type: ignore[import-not-found, unused-ignore]

        errors.append(zstandard.ZstdError)
    except ImportError:
        pass
    return tuple(errors)
