"""Folders of pages: every ``.html``/``.htm``/``.xhtml`` file (read as HTML) and ``.txt`` file
(read as text) under the folder, in sorted path order. Other files are not pages: they are
counted through `on_skip` and yield nothing. A record's id is its path inside the folder.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from cleaner.io.compressed import ReadError
from cleaner.io.record import MAX_PAGE_BYTES, ErrorReason, FormatHint, Record, failed, over_limit

FORMATS: dict[str, FormatHint] = {".html": "html", ".htm": "html", ".xhtml": "html", ".txt": "text"}


def read_folder(root: Path, on_skip: Callable[[str], None] | None = None) -> Iterator[Record]:
    """The pages of the folder `root` and its subfolders."""
    if not root.is_dir():
        raise ReadError(f"{root}: no such folder")
    for path in sorted(path for path in root.rglob("*") if path.is_file()):
        form = FORMATS.get(path.suffix.lower())
        if form is None:
            if on_skip is not None:
                on_skip(f"file {path.suffix.lower() or '(no suffix)'}")
            continue
        yield _page(root, path, form)


def _page(root: Path, path: Path, form: FormatHint) -> Record:
    record_id = path.relative_to(root).as_posix()
    try:
        with path.open("rb") as stream:
            raw = stream.read(MAX_PAGE_BYTES + 1)
    except OSError as error:
        return failed(record_id, str(path), ErrorReason.UNREADABLE_INPUT, f"cannot read {path}: {error.strerror}")
    if len(raw) > MAX_PAGE_BYTES:
        return failed(
            record_id, str(path), ErrorReason.UNREADABLE_PAGE, over_limit(str(path), len(raw), MAX_PAGE_BYTES)
        )
    return Record.model_construct(id=record_id, url=None, raw=raw, format=form, source=str(path))
