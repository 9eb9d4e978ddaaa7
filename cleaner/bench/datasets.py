"""Labeled pages for the benchmark: JSONL files (plain, .gz, .zst) and fixture folders, one record model.

A JSONL record carries ``id``, ``url``, ``html`` and/or ``text``, and ``body`` (the gold main
text, possibly empty), with ``page_type`` and ``title`` when known, and WCXB's snippets the main
text must hold (``with``) and must not (``without``): the format of ``../shared/data/``. A
fixture folder becomes the same records (its ``gold.txt`` as ``body``).

The title convention says whether the headline counts in the score. Gold bodies differ: the
ScrapingHub and WCXB gold leave the headline out, the fixtures' gold keeps it. ``auto`` drops it
for data sets whose name starts with one of `DROP_TITLE_DATASETS` and keeps it otherwise.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Literal, Protocol

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from cleaner.decode import decode
from cleaner.errors import InputError
from cleaner.fixtures import load_fixtures
from cleaner.io.compressed import ReadError, open_binary

TitleConvention = Literal["keep", "drop"]
TITLE_CHOICES = ("auto", "keep", "drop")
# Gold bodies without the headline: the ScrapingHub article-extraction benchmark, WCXB.
DROP_TITLE_DATASETS = ("scrapinghub", "wcxb")
_SUFFIXES = (".jsonl.gz", ".jsonl.zst", ".jsonl", ".json.gz", ".gz", ".zst")


class DatasetError(InputError):
    """A data set cannot be read; the message names the file (and line) and the problem."""


class Record(BaseModel):
    """One labeled page: the page as HTML and/or as extracted text, and its gold body."""

    model_config = ConfigDict(frozen=True)

    id: str
    url: str | None = None
    html: str | None = None
    text: str | None = None
    body: str
    page_type: str | None = None
    title: str | None = None
    must_keep: tuple[str, ...] = Field((), description="snippets the main text holds (WCXB's `with`)")
    must_drop: tuple[str, ...] = Field((), description="snippets it does not hold (WCXB's `without`)")

    @field_validator("must_keep", "must_drop", mode="before")
    @classmethod
    def _none_is_no_snippet(cls, value: object) -> object:
        return () if value is None else value


# The JSON keys a record's fields are read from, where they differ from the fields' names.
_KEY_OF_FIELD = {"must_keep": "with", "must_drop": "without"}


class Dataset(BaseModel):
    """A named list of records, and the title convention it is scored with."""

    name: str
    source: str
    title: TitleConvention
    records: list[Record]


def dataset_name(path: Path) -> str:
    """``scrapinghub`` for ``scrapinghub.jsonl.gz``; a folder's own name."""
    for suffix in _SUFFIXES:
        if path.name.endswith(suffix):
            return path.name[: -len(suffix)]
    return path.name


def title_convention(name: str, choice: str = "auto") -> TitleConvention:
    """``keep`` or ``drop`` for data set `name`; `choice` ``keep`` or ``drop`` overrides ``auto``."""
    if choice == "keep":
        return "keep"
    if choice == "drop":
        return "drop"
    if choice != "auto":
        raise DatasetError(f"unknown title convention {choice!r}: expected one of {', '.join(TITLE_CHOICES)}")
    return "drop" if name.lower().startswith(DROP_TITLE_DATASETS) else "keep"


def load_dataset(path: str | Path, limit: int | None = None, title: str = "auto") -> Dataset:
    """The first `limit` records of a JSONL file or a fixture folder at `path`."""
    source = Path(path)
    name = dataset_name(source)
    if source.is_dir():
        records = load_fixture_records(source)[:limit]
    elif source.is_file():
        records = list(_first(read_records(source), limit))
    else:
        raise DatasetError(f"{source}: no such file or folder")
    return Dataset(name=name, source=str(source), title=title_convention(name, title), records=records)


def _first(records: Iterator[Record], limit: int | None) -> Iterator[Record]:
    for count, record in enumerate(records):
        if limit is not None and count >= limit:
            return
        yield record


def read_records(path: Path) -> Iterator[Record]:
    """Records of a JSONL file, checked one line at a time."""
    with _open_text(path) as lines:
        for number, line in enumerate(lines, start=1):
            if line.strip():
                yield _record(path, number, line)


def _record(path: Path, number: int, line: str) -> Record:
    where = f"{path}:{number}"
    try:
        fields = json.loads(line)
    except json.JSONDecodeError as error:
        raise DatasetError(f"{where}: not JSON: {error.msg}") from None
    if not isinstance(fields, dict):
        raise DatasetError(f"{where}: expected a JSON object, got {type(fields).__name__}")
    fields.setdefault("id", str(number))
    try:
        keys = {name: _KEY_OF_FIELD.get(name, name) for name in Record.model_fields}
        record = Record.model_validate({name: fields[key] for name, key in keys.items() if key in fields})
    except ValidationError as error:
        problems = "; ".join(f"field {_json_location(e['loc'])!r}: {e['msg']}" for e in error.errors())
        raise DatasetError(f"{where}: {problems}") from None
    if record.html is None and record.text is None:
        raise DatasetError(f"{where}: the record has neither 'html' nor 'text'")
    return record


def _json_location(location: tuple[int | str, ...]) -> str:
    """A validation error's place in the record as its JSON names it: ``with.0`` for the first must-keep snippet."""
    field, *within = location
    return ".".join(map(str, (_KEY_OF_FIELD.get(str(field), field), *within)))


def _open_text(path: Path) -> IO[str]:
    try:
        return io.TextIOWrapper(open_binary(path), encoding="utf-8")
    except ReadError as error:
        raise DatasetError(str(error)) from None


# -- fixtures -----------------------------------------------------------------------------------


class FixturePage(Protocol):
    """What the benchmark reads of a fixture (`cleaner.fixtures.Fixture`): the page in each form it has."""

    @property
    def name(self) -> str: ...
    @property
    def url(self) -> str | None: ...
    @property
    def title(self) -> str | None: ...
    @property
    def page_type(self) -> str: ...
    @property
    def gold(self) -> str: ...
    @property
    def forms(self) -> tuple[str, ...]: ...
    def raw(self, form: str) -> bytes: ...


def fixture_record(fixture: FixturePage) -> Record:
    """A fixture as a record: its HTML and text pages (those it has) and its gold body."""
    pages = {form: decode(fixture.raw(form)) for form in fixture.forms}
    return Record(
        id=fixture.name,
        url=fixture.url,
        html=pages.get("html"),
        text=pages.get("text"),
        body=fixture.gold,
        page_type=fixture.page_type,
        title=fixture.title,
    )


def load_fixture_records(root: Path) -> list[Record]:
    """Every fixture under `root` as a record; a broken fixture raises `FixtureError` naming it."""
    return [fixture_record(fixture) for fixture in load_fixtures(root)]
