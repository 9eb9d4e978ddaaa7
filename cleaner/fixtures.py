"""Labeled fixture pages: one folder per page with the page (HTML, text or both), its gold body and `fixture.toml`.

The format is documented in ``fixtures/README.md``. Loading checks every folder, so that a
broken fixture fails loudly, naming its file and the problem, instead of quietly skewing a test
or a benchmark.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from cleaner.decode import decode
from cleaner.errors import CleanerError, InputError

INFO_FILE = "fixture.toml"
GOLD_FILE = "gold.txt"
# The forms a page can take, in the order `Fixture.forms` lists them, and the file of each.
Form = Literal["html", "text"]
PAGE_FILES: dict[str, str] = {"html": "page.html", "text": "page.txt"}

Snippet = Annotated[str, Field(min_length=1)]
# The page types of the WCXB benchmark, and "other" for the rest.
PageType = Literal["article", "service", "forum", "listing", "product", "collection", "documentation", "other"]


class FixtureError(InputError):
    """A fixture folder is incomplete or inconsistent; the message names the file and the problem."""


class FixtureInfo(BaseModel):
    """What `fixture.toml` declares about a page."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    title: str | None = Field(None, min_length=1, description="the headline as written in the page; omit if none")
    language: str = Field(pattern=r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$", description="a BCP 47 tag: en, pt-BR")
    page_type: PageType
    source: str = Field(min_length=1, description="where the page comes from, and its licence if not ours")
    url: str | None = Field(None, description="the page's address, passed to the cleaner when known")
    must_keep: tuple[Snippet, ...] = Field((), description="snippets of the gold a cleaner must keep")
    must_drop: tuple[Snippet, ...] = Field((), description="snippets of the page's chrome a cleaner must drop")


class Fixture(FixtureInfo):
    """A loaded, checked fixture: its declared fields, its name, its folder, its forms and its gold body."""

    name: str
    folder: Path
    forms: tuple[Form, ...] = Field(min_length=1, description="the forms present, html first: 'html', 'text'")
    gold: str

    def page_path(self, form: str) -> Path:
        """The file holding the page in `form` ("html" or "text")."""
        if form not in self.forms:
            valid = " or ".join(repr(name) for name in self.forms)
            raise FixtureError(f"fixture {self.name!r} has no {form!r} form: its forms are {valid}")
        return self.folder / PAGE_FILES[form]

    def raw(self, form: str) -> bytes:
        """The page in `form` ("html" or "text") as stored, to hand to `cleaner.clean(raw, format=form)`."""
        return self.page_path(form).read_bytes()


def load_fixtures(root: str | Path) -> list[Fixture]:
    """Every fixture under `root` (one per sub-folder, by name; folders starting with . or _ skipped)."""
    folder = Path(root)
    if not folder.is_dir():
        raise FixtureError(f"{folder}: not a folder of fixtures")
    return [
        load_fixture(path)
        for path in sorted(folder.iterdir())
        if path.is_dir() and not path.name.startswith((".", "_"))
    ]


def load_fixture(path: str | Path) -> Fixture:
    """Load and check the fixture in folder `path`; a `FixtureError` names what is wrong."""
    folder = Path(path)
    if not folder.is_dir():
        raise FixtureError(f"{folder}: not a fixture folder")
    info = _read_info(folder / INFO_FILE)
    forms = _forms(folder)
    pages = {form: _read_page(folder / PAGE_FILES[form]) for form in forms}
    gold = _read_text(folder / GOLD_FILE, "the gold body text")
    _check_gold(folder / INFO_FILE, info, gold)
    if "text" in pages:
        _check_in_page(folder / INFO_FILE, info, pages["text"])
    return Fixture(**info.model_dump(), name=folder.name, folder=folder, forms=forms, gold=gold)


def _read_info(path: Path) -> FixtureInfo:
    content = _read_text(path, "the fixture's fields")
    try:
        return FixtureInfo.model_validate(tomllib.loads(content))
    except tomllib.TOMLDecodeError as error:
        raise FixtureError(f"{path}: not valid TOML: {error}") from None
    except ValidationError as error:
        raise FixtureError(f"{path}: {_describe(error)}") from None


def _describe(error: ValidationError) -> str:
    problems = []
    for item in error.errors():
        field = ".".join(str(part) for part in item["loc"])
        if item["type"] == "extra_forbidden":
            problems.append(f"unknown field {field!r}: expected {', '.join(FixtureInfo.model_fields)}")
        elif item["type"] == "missing":
            problems.append(f"missing field {field!r}")
        else:
            problems.append(f"field {field!r}: {item['msg']}, got {item['input']!r}")
    return "; ".join(problems)


def _read_bytes(path: Path, what: str) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise FixtureError(f"{path}: missing: every fixture needs {what} in {path.name}") from None
    except OSError as error:
        raise FixtureError(f"{path}: cannot read it: {error.strerror}") from None


def _read_text(path: Path, what: str) -> str:
    """A file the team writes: UTF-8, nothing else."""
    data = _read_bytes(path, what)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise FixtureError(f"{path}: not UTF-8 ({error.reason} at byte {error.start})") from None


def _read_page(path: Path) -> str:
    """A page as served: any encoding the cleaner reads."""
    data = _read_bytes(path, "the page")
    if not data.strip():
        raise FixtureError(f"{path}: the page is empty")
    try:
        return decode(data)
    except CleanerError as error:
        raise FixtureError(f"{path}: {error}") from None


def _forms(folder: Path) -> tuple[Form, ...]:
    """The forms whose page file is present, html first; at least one."""
    forms: tuple[Form, ...] = tuple(form for form in ("html", "text") if (folder / PAGE_FILES[form]).exists())
    if not forms:
        raise FixtureError(f"{folder}: no page file: expected {' and/or '.join(PAGE_FILES.values())}")
    return forms


def _normal(text: str) -> str:
    """Snippets match across line breaks and runs of spaces."""
    return " ".join(text.split())


def _check_gold(path: Path, info: FixtureInfo, gold: str) -> None:
    body = _normal(gold)
    if info.title is not None and _normal(info.title) not in body:
        raise FixtureError(f"{path}: title {info.title!r} is not in {GOLD_FILE} (the gold body keeps the headline)")
    for snippet in info.must_keep:
        if _normal(snippet) not in body:
            raise FixtureError(f"{path}: must_keep snippet {snippet!r} is not in {GOLD_FILE}")
    for snippet in info.must_drop:
        if _normal(snippet) in body:
            raise FixtureError(f"{path}: must_drop snippet {snippet!r} is in {GOLD_FILE}, so it cannot be dropped")


def _check_in_page(path: Path, info: FixtureInfo, page: str) -> None:
    """In a text page every snippet must occur as written; one that does not is a typo."""
    text = _normal(page)
    for field, snippets in (("must_keep", info.must_keep), ("must_drop", info.must_drop)):
        for snippet in snippets:
            if _normal(snippet) not in text:
                raise FixtureError(f"{path}: {field} snippet {snippet!r} is not in {PAGE_FILES['text']}")
