"""The output of a run in progress, kept so that an interrupted run resumes without duplicates or gaps.

Results arrive in input order and go to numbered part files in a hidden folder beside the
output (``.out.jsonl.parts/``). Every `checkpoint_records` records the current part is
committed: flushed to disk, its record count and tally written to ``part-<start>.json``,
then the part renamed from ``part-<start>.jsonl.tmp`` to ``part-<start>.jsonl``; the rename is
the commit. A killed run leaves committed parts, whole, and at most one temporary part,
which `--resume` throws away: it skips as many input records as the committed parts hold
(the inputs are read in the same order every time) and carries on. At the end the parts are
joined into the output, written atomically, and the folder is removed.

``manifest.json`` holds what the run read and how (inputs, with their sizes and times, field
names, pipeline): a resume with other inputs or options is refused, not mixed in.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import IO, Any

from cleaner.batch.options import BatchError
from cleaner.batch.pool import Result
from cleaner.batch.tally import Tally
from cleaner.io.writers import WriteError, atomic_file, sync_folder, write_output

MANIFEST = "manifest.json"


class PartStore:
    """Committed parts of the output of one run, and the part being written."""

    def __init__(self, output: Path, fingerprint: dict[str, Any], checkpoint_records: int) -> None:
        self.output = output
        self.folder = output.parent / f".{output.name}.parts"
        self.fingerprint = fingerprint
        self.checkpoint_records = checkpoint_records
        self.committed = 0  # records in committed parts
        self.tally = Tally()  # counts of the committed parts
        self.part_tally = Tally()
        self.part_records = 0
        self.stream: IO[bytes] | None = None

    # -- starting --------------------------------------------------------------------------------

    def start(self, resume: bool) -> None:
        """Start a new run, or with `resume` continue the one whose parts are in the folder."""
        if self.folder.exists() and resume:
            self._load()
            return
        if self.folder.exists():
            raise BatchError(
                f"{self.folder} holds the output of an interrupted run: pass --resume to continue it, "
                "or remove the folder to start over"
            )
        try:
            self.folder.mkdir()
        except OSError as error:
            raise WriteError(f"cannot write {self.folder}: {error.strerror or error}") from None
        self._write_json(self.folder / MANIFEST, self.fingerprint)

    def _load(self) -> None:
        manifest = self._read_json(self.folder / MANIFEST)
        if manifest != self.fingerprint:
            changed = sorted(
                key for key in {*manifest, *self.fingerprint} if manifest.get(key) != self.fingerprint.get(key)
            )
            raise BatchError(
                f"cannot resume into {self.output}: the interrupted run had other {', '.join(changed)}; "
                f"run it again with the same ones, or remove {self.folder} to start over"
            )
        for leftover in [*self.folder.glob("*.tmp"), *self._orphan_metas()]:
            leftover.unlink()
        for meta_path in self._metas():
            meta = self._read_json(meta_path)
            if meta["start"] != self.committed:
                raise BatchError(f"cannot resume: {meta_path} starts at record {meta['start']}, not {self.committed}")
            self.committed += meta["records"]
            self.tally.merge(Tally.model_validate(meta["tally"]))

    def _metas(self) -> list[Path]:
        return sorted(path for path in self.folder.glob("part-*.json") if path.with_suffix(".jsonl").exists())

    def _orphan_metas(self) -> list[Path]:
        return [path for path in self.folder.glob("part-*.json") if not path.with_suffix(".jsonl").exists()]

    # -- writing ---------------------------------------------------------------------------------

    def add(self, result: Result) -> None:
        """Append one result to the current part, committing it when it is full."""
        if self.stream is None:
            self.stream = self._open(self._part(self.committed, ".jsonl.tmp"))
        try:
            self.stream.write(result.line.encode("utf-8") + b"\n")
        except OSError as error:
            raise WriteError(f"cannot write {self.stream.name}: {error.strerror or error}") from None
        self.part_tally.add(result.outcome)
        self.part_records += 1
        if self.part_records >= self.checkpoint_records:
            self.commit()

    def commit(self) -> None:
        """Make the current part durable: on disk, counted in its meta file, renamed to its name."""
        if self.stream is None:
            return
        temporary = self._part(self.committed, ".jsonl.tmp")
        try:
            self.stream.flush()
            os.fsync(self.stream.fileno())
            self.stream.close()
            self.stream = None
            meta = {"start": self.committed, "records": self.part_records, "tally": self.part_tally.model_dump()}
            self._write_json(self._part(self.committed, ".json"), meta)
            temporary.replace(self._part(self.committed, ".jsonl"))
            sync_folder(self.folder)
        except OSError as error:
            raise WriteError(f"cannot write {temporary}: {error.strerror or error}") from None
        self.committed += self.part_records
        self.tally.merge(self.part_tally)
        self.part_tally = Tally()
        self.part_records = 0

    def finish(self) -> None:
        """Commit the last part, join the parts into the output, and remove the folder."""
        self.commit()
        try:
            write_output([path.with_suffix(".jsonl") for path in self._metas()], self.output)
        except WriteError as error:
            raise WriteError(f"{error} (every record is kept in {self.folder}: --resume writes the output)") from None
        shutil.rmtree(self.folder, ignore_errors=True)

    def abandon(self) -> None:
        """Close the current part without committing it (the run failed while writing)."""
        if self.stream is not None:
            self.stream.close()
            self.stream = None

    # -- files -----------------------------------------------------------------------------------

    def _part(self, start: int, suffix: str) -> Path:
        return self.folder / f"part-{start:012d}{suffix}"

    def _open(self, path: Path) -> IO[bytes]:
        try:
            return path.open("wb")
        except OSError as error:
            raise WriteError(f"cannot write {path}: {error.strerror or error}") from None

    def _write_json(self, path: Path, data: dict[str, Any]) -> None:
        with atomic_file(path) as stream:
            stream.write(json.dumps(data, indent=1, sort_keys=True).encode("utf-8"))

    def _read_json(self, path: Path) -> dict[str, Any]:
        try:
            data: dict[str, Any] = json.loads(path.read_bytes())
        except (OSError, ValueError) as error:
            raise BatchError(
                f"cannot resume: {path} cannot be read ({error}); remove {self.folder} to start over"
            ) from None
        return data
