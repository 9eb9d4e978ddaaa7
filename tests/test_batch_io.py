"""Readers of crawl dumps: JSONL (plain, .gz, .zst), WARC and WET (plain and gzipped), folders."""

from __future__ import annotations

import gzip
import json
import sys
from collections import Counter
from pathlib import Path

import pytest
from batch_inputs import ARTICLE, BINARY, HTML, record_ids, write_jsonl, write_warc, write_wet

from cleaner.io import (
    ErrorReason,
    InputKind,
    JsonlFields,
    ReadError,
    Record,
    folder,
    input_kind,
    read_folder,
    read_jsonl,
    read_records,
    read_warc,
    warc,
)
from cleaner.io.compressed import gzip_module
from cleaner.io.jsonl import read_lines
from cleaner.io.writers import WriteError, check_output


@pytest.fixture(params=["isal", "gzip"])
def gzip_reader(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Read .gz inputs with ISA-L's igzip (the batch extra installs it) or, without it, the standard library."""
    if request.param == "gzip":
        monkeypatch.setitem(sys.modules, "isal", None)  # what `import isal` meets where it is not installed
    assert gzip_module().__name__ == {"isal": "isal.igzip", "gzip": "gzip"}[request.param]
    return str(request.param)


def reasons(records: list[Record]) -> list[str | None]:
    return [record.error.reason.value if record.error else None for record in records]


@pytest.mark.parametrize("name", ["pages.jsonl", "pages.jsonl.gz", "pages.jsonl.zst"])
@pytest.mark.usefixtures("gzip_reader")
def test_jsonl_records_are_read_plain_gzipped_and_zstd_compressed(tmp_path: Path, name: str) -> None:
    path = write_jsonl(
        tmp_path / name, [{"id": "a", "url": "https://e.com/a", "html": HTML}, {"id": 7, "text": ARTICLE}]
    )
    records = list(read_jsonl(path))
    assert [(r.id, r.url, r.format, r.raw) for r in records] == [
        ("a", "https://e.com/a", "html", HTML),
        ("7", None, "text", ARTICLE),
    ]
    assert [r.source for r in records] == [f"{path}:1", f"{path}:2"]


def test_jsonl_field_names_are_configurable(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "p.jsonl", [{"key": "k1", "address": "https://e.com", "content": ARTICLE}])
    fields = JsonlFields(id="key", url="address", text="content")
    (record,) = read_jsonl(path, fields)
    assert (record.id, record.url, record.raw, record.format) == ("k1", "https://e.com", ARTICLE, "text")


def test_the_html_field_is_read_when_a_record_has_both(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "p.jsonl", [{"id": "a", "html": HTML, "text": ARTICLE}])
    assert [r.format for r in read_jsonl(path)] == ["html"]


def test_a_record_without_an_id_is_named_by_its_file_and_line(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "p.jsonl", [{"text": ARTICLE}])
    assert [r.id for r in read_jsonl(path)] == [f"{path}:1"]


def test_broken_lines_are_records_with_their_reason_and_blank_lines_are_not_records(tmp_path: Path) -> None:
    lines = [
        "{not json",
        "",
        "   ",
        "[1, 2]",
        '{"id": "no-page"}',
        '{"id": "n", "html": 5}',
        '{"id": "ok", "text": "x"}',
    ]
    records = list(read_jsonl(write_jsonl(tmp_path / "p.jsonl", lines)))
    assert reasons(records) == ["malformed_record", "malformed_record", "missing_field", "malformed_record", None]
    assert "p.jsonl:1: not JSON" in records[0].error.message  # type: ignore[union-attr]
    assert "neither 'html' nor 'text'" in records[2].error.message  # type: ignore[union-attr]


@pytest.mark.parametrize("name", ["long.jsonl", "long.jsonl.gz"])
def test_a_line_over_the_limit_is_an_error_record_and_the_next_lines_are_read(tmp_path: Path, name: str) -> None:
    long_line = '{"id": "long", "text": "' + "x" * 5_000 + '"}'
    path = write_jsonl(tmp_path / name, ['{"id": "a", "text": "x"}', long_line, '{"id": "b", "text": "y"}'])

    items = list(read_lines(path, max_line_bytes=1_000))

    assert [getattr(item, "source", None) for item in items] == [f"{path}:1", f"{path}:2", f"{path}:3"]
    error = items[1]
    assert isinstance(error, Record) and error.error is not None
    assert error.error.reason.value == "malformed_record"
    assert f"{path}:2: line of 5027 bytes or more is over the limit of 1000 bytes" == error.error.message
    assert [json.loads(item.line)["id"] for item in (items[0], items[2])] == ["a", "b"]  # type: ignore[union-attr]


def test_a_file_without_line_breaks_is_one_error_record_read_a_chunk_at_a_time(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl"
    path.write_bytes(b"x" * 3_000_000)

    [item] = list(read_lines(path, max_line_bytes=1_000))

    assert isinstance(item, Record) and item.error is not None
    assert "line of 3000000 bytes or more" in item.error.message


def test_a_page_file_over_the_limit_is_an_error_record_read_no_further(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(folder, "MAX_PAGE_BYTES", 1_000)
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "big.html").write_text("<p>" + "x" * 5_000 + "</p>")
    (tmp_path / "pages" / "small.html").write_text(HTML)

    big, small = read_folder(tmp_path / "pages")

    assert big.error is not None and big.error.reason is ErrorReason.UNREADABLE_PAGE
    assert big.error.message.endswith("big.html: 1001 bytes or more, over the limit of 1000 bytes for one page")
    assert small.error is None and small.raw == HTML.encode()


def test_a_warc_payload_over_the_limit_is_an_error_record_and_the_next_record_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(warc, "MAX_PAGE_BYTES", 1_000)
    big = b"<html><body>" + b"<p>word</p>" * 1_000 + b"</body></html>"
    path = write_warc(
        tmp_path / "c.warc.gz",
        [("https://e.com/big", "text/html", big), ("https://e.com/a", "text/html", HTML.encode())],
    )

    first, second = read_warc(path)

    assert first.error is not None and first.error.reason is ErrorReason.UNREADABLE_PAGE
    assert first.url == "https://e.com/big"
    assert second.error is None and second.raw == HTML.encode()


@pytest.mark.usefixtures("gzip_reader")
def test_a_truncated_gzip_file_ends_with_one_unreadable_input_record(tmp_path: Path) -> None:
    whole = gzip.compress(b"".join(b'{"id": "%d", "text": "%s"}\n' % (n, b"word " * 200) for n in range(50)))
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(whole[: len(whole) // 2])
    records = list(read_jsonl(path))
    assert reasons(records)[-1] == "unreadable_input"
    assert set(reasons(records)[:-1]) == {None}
    assert "breaks off after line" in records[-1].error.message  # type: ignore[union-attr]


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_warc_responses_are_pages_and_other_record_types_are_counted_as_skipped(tmp_path: Path, name: str) -> None:
    responses = [
        ("https://e.com/a", "text/html; charset=utf-8", HTML.encode()),
        ("https://e.com/b", "text/plain", ARTICLE.encode()),
        ("https://e.com/c", None, HTML.encode()),
    ]
    path = write_warc(tmp_path / name, responses)
    skipped: Counter[str] = Counter()
    records = list(read_warc(path, lambda kind: skipped.update((kind,))))
    assert [r.id for r in records] == record_ids(path)
    assert [(r.url, r.format, r.raw) for r in records] == [
        ("https://e.com/a", "html", HTML.encode()),  # the payload, without the HTTP headers
        ("https://e.com/b", "text", ARTICLE.encode()),
        ("https://e.com/c", "auto", HTML.encode()),
    ]
    assert records[0].charset == "utf-8"
    assert all(r.source.startswith(f"{path}@") for r in records)
    assert skipped == {"warc request": 3, "warc warcinfo": 1, "warc metadata": 1}


def test_a_warc_response_that_is_not_a_web_page_is_a_not_html_record(tmp_path: Path) -> None:
    path = write_warc(tmp_path / "c.warc.gz", [("https://e.com/logo.png", "image/png", BINARY)])
    (record,) = read_warc(path)
    assert record.error is not None and record.error.reason is ErrorReason.NOT_HTML
    assert "image/png" in record.error.message
    assert record.url == "https://e.com/logo.png"


@pytest.mark.parametrize("name", ["crawl.warc.wet", "crawl.warc.wet.gz"])
def test_wet_conversion_records_are_read_as_text(tmp_path: Path, name: str) -> None:
    path = write_wet(tmp_path / name, [("https://e.com/a", ARTICLE), ("https://e.com/b", "Home\nNews\n")])
    records = list(read_warc(path))
    assert [(r.url, r.format, r.raw) for r in records] == [
        ("https://e.com/a", "text", ARTICLE.encode()),
        ("https://e.com/b", "text", b"Home\nNews\n"),
    ]


def test_a_folder_yields_its_html_and_text_files_in_path_order(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "b.html").write_text(HTML, encoding="utf-8")
    (tmp_path / "sub" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a.htm").write_text(HTML, encoding="utf-8")
    (tmp_path / "notes.pdf").write_bytes(BINARY)
    skipped: Counter[str] = Counter()
    records = list(read_folder(tmp_path, lambda kind: skipped.update((kind,))))
    assert [(r.id, r.format) for r in records] == [("a.htm", "html"), ("b.html", "html"), ("sub/a.txt", "text")]
    assert skipped == {"file .pdf": 1}


def test_inputs_of_every_kind_read_as_one_stream(tmp_path: Path) -> None:
    jsonl = write_jsonl(tmp_path / "a.jsonl", [{"id": "j", "text": ARTICLE}])
    warc = write_warc(tmp_path / "b.warc", [("https://e.com/w", "text/html", HTML.encode())])
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "f.html").write_text(HTML, encoding="utf-8")
    ids = [r.id for r in read_records([jsonl, warc, folder])]
    assert ids == ["j", *record_ids(warc), "f.html"]


def test_an_input_of_unknown_kind_is_refused_naming_the_kinds_expected(tmp_path: Path) -> None:
    path = tmp_path / "pages.csv"
    path.write_text("a,b\n", encoding="utf-8")
    with pytest.raises(ReadError, match=r"pages\.csv: expected a folder or a name ending in \.jsonl"):
        input_kind(path)
    assert input_kind(path, InputKind.JSONL) is InputKind.JSONL


def test_an_output_of_unknown_form_or_in_a_missing_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(WriteError, match=r"out\.csv: expected a name ending in \.jsonl, \.jsonl\.gz or \.parquet"):
        check_output(tmp_path / "out.csv")
    with pytest.raises(WriteError, match=r"cannot write .*missing/out\.jsonl: .*missing is not a folder"):
        check_output(tmp_path / "missing" / "out.jsonl")
