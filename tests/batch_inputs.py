"""Builders of real crawl dumps for the batch tests: WARC/WET files written with warcio, JSONL
files (plain, .gz, .zst), folders of pages, and a pipeline factory with trap pages."""

from __future__ import annotations

import gzip
import io
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import zstandard
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"
ARTICLE = (
    "Storm closes the coast road\n\n"
    "Rain fell through the night, and by morning the river had reached the top of its banks.\n\n"
    "The council closed the coast road to all traffic and told residents near the harbour to move their cars.\n"
)
HTML = (
    "<html><head><title>Storm closes the coast road</title></head><body><nav><a href='/'>Home</a></nav>"
    "<article><h1>Storm closes the coast road</h1><p>Rain fell through the night, and by morning the river "
    "had reached the top of its banks.</p><p>The council closed the coast road to all traffic.</p></article>"
    "</body></html>"
)
BINARY = bytes(range(32)) * 64


def write_jsonl(path: Path, records: Iterable[dict[str, Any] | str]) -> Path:
    """`records` (objects, or raw lines as given) as JSONL, compressed by `path`'s suffix."""
    lines = [(record if isinstance(record, str) else json.dumps(record)) + "\n" for record in records]
    data = "".join(lines).encode("utf-8")
    if path.name.endswith(".gz"):
        data = gzip.compress(data)
    elif path.name.endswith(".zst"):
        data = zstandard.ZstdCompressor().compress(data)
    path.write_bytes(data)
    return path


def write_warc(path: Path, responses: Iterable[tuple[str, str | None, bytes]], extras: bool = True) -> Path:
    """A WARC file of HTTP responses (url, content type, payload), each after its request
    record, with a warcinfo and a metadata record when `extras`; gzipped when `path` ends in .gz."""
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=path.name.endswith(".gz"))
        if extras:
            writer.write_record(writer.create_warcinfo_record(path.name, {"software": "tests"}))
        for url, content_type, payload in responses:
            request = StatusAndHeaders("GET / HTTP/1.1", [("Host", "example.com")], is_http_request=True)
            writer.write_record(writer.create_warc_record(url, "request", http_headers=request))
            headers = [("Content-Type", content_type)] if content_type else []
            http = StatusAndHeaders("200 OK", headers, protocol="HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(url, "response", payload=io.BytesIO(payload), http_headers=http)
            )
        if extras:
            metadata = io.BytesIO(b"fetchTimeMs: 12\n")
            writer.write_record(
                writer.create_warc_record(
                    "https://example.com/", "metadata", payload=metadata, warc_content_type="application/warc-fields"
                )
            )
    return path


def write_wet(path: Path, pages: Iterable[tuple[str, str]]) -> Path:
    """A WET file: a warcinfo record, then one conversion record (url, text) per page."""
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=path.name.endswith(".gz"))
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "tests"}))
        for url, text in pages:
            payload = io.BytesIO(text.encode("utf-8"))
            writer.write_record(
                writer.create_warc_record(url, "conversion", payload=payload, warc_content_type="text/plain")
            )
    return path


def record_ids(warc: Path) -> list[str]:
    """The WARC-Record-IDs of the response records of `warc`, in order (read with warcio)."""
    from warcio.archiveiterator import ArchiveIterator

    with warc.open("rb") as stream:
        return [
            str(record.rec_headers.get_header("WARC-Record-ID"))
            for record in ArchiveIterator(stream)
            if record.rec_type == "response"
        ]


TRAPS = '''
import os
import time

from cleaner import Cleaner, Vote
from cleaner.heuristics import BaseHeuristic, HeuristicSettings
from cleaner.segment.page import SegmentedPage


class Trap(BaseHeuristic[HeuristicSettings]):
    """Sleeps on pages that say SLOWPAGE, aborts the process on pages that say CRASHPAGE."""

    name = "trap"
    Settings = HeuristicSettings

    def vote(self, page: SegmentedPage) -> list[Vote | None]:
        text = " ".join(page.texts)
        if "SLOWPAGE" in text:
            time.sleep(120)
        if "CRASHPAGE" in text:
            os.abort()
        time.sleep(float(os.environ.get("TRAP_SECONDS_PER_PAGE", "0")))
        return [None] * len(page)


def pipeline() -> Cleaner:
    return Cleaner().with_heuristic(Trap())
'''


def write_traps(folder: Path) -> str:
    """A module `traps` in `folder` with the pipeline factory ``traps:pipeline``; returns that spec."""
    (folder / "traps.py").write_text(TRAPS, encoding="utf-8")
    return "traps:pipeline"


def output_records(path: Path) -> list[dict[str, Any]]:
    """The records of a JSONL output, checking that every line is one JSON object."""
    lines = path.read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert all(isinstance(record, dict) for record in records)
    return records
