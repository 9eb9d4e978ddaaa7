"""`run_batch`: real inputs, real worker processes; one output record per input record, always."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from batch_inputs import ARTICLE, BINARY, HTML, output_records, write_jsonl, write_traps, write_warc

from cleaner.batch import BatchError, BatchOptions, PipelineSpec, format_summary, run_batch
from cleaner.batch.parts import PartStore
from cleaner.batch.pool import Result
from cleaner.batch.run import fingerprint
from cleaner.batch.tally import CLEANED, Outcome
from cleaner.errors import ConfigError
from cleaner.io.jsonl import JsonlFields

LONG_ARTICLE = "\n\n".join(
    f"Paragraph {n}: the council met again today, and the river rose over the banks of the old town." for n in range(8)
)


def mixed_inputs(folder: Path) -> list[Path]:
    """Good, empty, binary and malformed records, and a WARC with a non-HTML response: 12 page records."""
    jsonl = write_jsonl(
        folder / "mixed.jsonl.gz",
        [
            {"id": "article", "url": "https://e.com/a", "text": ARTICLE},
            {"id": "html", "html": HTML},
            {"id": "empty", "text": ""},
            {"id": "binary", "html": BINARY.decode("latin-1")},
            "{not json",
            {"id": "no-page"},
            {"id": "wrong-type", "text": 42},
        ],
    )
    warc = write_warc(
        folder / "crawl.warc.gz",
        [
            ("https://e.com/p1", "text/html; charset=utf-8", HTML.encode()),
            ("https://e.com/logo.png", "image/png", BINARY),
            ("https://e.com/p2", None, LONG_ARTICLE.encode()),
            ("https://e.com/bin", "text/html", BINARY),
        ],
    )
    pages = folder / "pages"
    pages.mkdir()
    (pages / "one.txt").write_text(LONG_ARTICLE, encoding="utf-8")
    return [jsonl, warc, pages]


def test_every_input_record_yields_one_output_record_or_one_counted_error(tmp_path: Path) -> None:
    output = tmp_path / "out.jsonl"
    summary = run_batch(mixed_inputs(tmp_path), output, BatchOptions(jobs=2))
    records = output_records(output)
    errors = [record["error"]["reason"] for record in records if "error" in record]
    assert len(records) == summary.records == summary.tally.pages == 12
    assert sorted(errors) == sorted(
        ["unreadable_page", "malformed_record", "missing_field", "malformed_record", "not_html", "unreadable_page"]
    )
    assert summary.tally.failed == {"unreadable_page": 2, "malformed_record": 2, "missing_field": 1, "not_html": 1}
    assert summary.tally.cleaned + summary.tally.empty + summary.tally.failures == 12
    assert summary.tally.empty == 1
    assert summary.skipped == {"warc request": 4, "warc warcinfo": 1, "warc metadata": 1}
    assert [record["id"] for record in records[:4]] == ["article", "html", "empty", "binary"]
    assert records[0]["text"].startswith("Storm closes the coast road")
    assert set(records[0]) == {"id", "url", "source", "title", "text"}
    assert set(records[3]) == {"id", "url", "source", "error"}


def test_a_warc_response_is_decoded_with_the_charset_of_its_http_headers(tmp_path: Path) -> None:
    paragraph = "Ein Straßenfest in Köln zieht am Wochenende viele Besucher an, trotz des Regens über der Altstadt."
    page = f"<html><body><p>{paragraph}</p></body></html>".encode("cp1252")
    warc = write_warc(tmp_path / "crawl.warc.gz", [("https://e.com/koeln", "text/html; charset=windows-1252", page)])

    run_batch([warc], tmp_path / "out.jsonl", BatchOptions(jobs=1))

    (record,) = output_records(tmp_path / "out.jsonl")
    assert record["text"] == paragraph


def test_the_output_is_in_input_order_and_the_same_with_two_workers_as_with_one(tmp_path: Path) -> None:
    pages = [
        {"id": f"p{n:03d}", "text": f"Headline {n}\n\n{LONG_ARTICLE}\n\nShare this\nHome | News"} for n in range(60)
    ]
    source = write_jsonl(tmp_path / "pages.jsonl", pages)
    run_batch([source], tmp_path / "one.jsonl", BatchOptions(jobs=1))
    run_batch([source], tmp_path / "two.jsonl", BatchOptions(jobs=2))
    assert (tmp_path / "one.jsonl").read_bytes() == (tmp_path / "two.jsonl").read_bytes()
    assert [record["id"] for record in output_records(tmp_path / "two.jsonl")] == [page["id"] for page in pages]


def test_blocks_are_written_with_their_labels_scores_and_votes_when_asked(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "p.jsonl", [{"id": "a", "html": HTML}])
    run_batch([source], tmp_path / "out.jsonl", BatchOptions(jobs=1, blocks=True))
    (record,) = output_records(tmp_path / "out.jsonl")
    labels = {block["text"]: block["label"] for block in record["blocks"]}
    assert labels["Home"] == "chrome"
    assert labels["Storm closes the coast road"] == "body"
    assert all(block["votes"] and "decision" in block for block in record["blocks"])


def test_parquet_output_holds_the_same_records_as_jsonl(tmp_path: Path) -> None:
    inputs = mixed_inputs(tmp_path)
    run_batch(inputs, tmp_path / "out.jsonl", BatchOptions(jobs=1, blocks=True))
    run_batch(inputs, tmp_path / "out.parquet", BatchOptions(jobs=1, blocks=True))
    rows = pq.read_table(tmp_path / "out.parquet").to_pylist()
    expected = output_records(tmp_path / "out.jsonl")
    assert [row["id"] for row in rows] == [record["id"] for record in expected]
    assert [row["text"] for row in rows] == [record.get("text") for record in expected]
    assert [row["error"] for row in rows] == [record.get("error") for record in expected]
    assert rows[1]["blocks"][0]["votes"]


def test_gzipped_jsonl_output(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "p.jsonl", [{"id": "a", "text": ARTICLE}])
    run_batch([source], tmp_path / "out.jsonl.gz", BatchOptions(jobs=1))
    (line,) = gzip.decompress((tmp_path / "out.jsonl.gz").read_bytes()).decode().splitlines()
    assert json.loads(line)["id"] == "a"


def test_jsonl_field_names_are_passed_to_the_workers(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "p.jsonl", [{"key": "k", "content": ARTICLE}])
    run_batch([source], tmp_path / "out.jsonl", BatchOptions(jobs=1, fields=JsonlFields(id="key", text="content")))
    (record,) = output_records(tmp_path / "out.jsonl")
    assert record["id"] == "k" and record["text"]


def test_a_slow_page_is_recorded_as_timeout_and_a_crashing_page_as_worker_crashed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.syspath_prepend(str(tmp_path))  # spawned workers import the factory from the same path
    factory = write_traps(tmp_path)
    words = {3: "SLOWPAGE", 7: "CRASHPAGE"}
    pages = [{"id": f"p{n}", "text": f"{ARTICLE}\n{words.get(n, 'calm')} day\n"} for n in range(12)]
    source = write_jsonl(tmp_path / "p.jsonl", pages)
    options = BatchOptions(jobs=2, page_timeout_seconds=1.5, pipeline=PipelineSpec(factory=factory))
    summary = run_batch([source], tmp_path / "out.jsonl", options)
    records = output_records(tmp_path / "out.jsonl")
    assert [record["id"] for record in records] == [page["id"] for page in pages]
    assert records[3]["error"]["reason"] == "timeout"
    assert records[7]["error"]["reason"] == "worker_crashed"
    assert all("text" in record for n, record in enumerate(records) if n not in words)
    assert summary.tally.failed == {"timeout": 1, "worker_crashed": 1}


def test_a_pipeline_that_cannot_be_built_is_refused_before_any_work(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "p.jsonl", [{"id": "a", "text": ARTICLE}])
    with pytest.raises(ConfigError, match="pipeline factory 'no_such_module:make' cannot be loaded"):
        run_batch([source], tmp_path / "out.jsonl", BatchOptions(pipeline=PipelineSpec(factory="no_such_module:make")))
    assert list(tmp_path.iterdir()) == [source]


def test_resume_skips_the_records_of_committed_parts_and_drops_the_uncommitted_one(tmp_path: Path) -> None:
    pages = [{"id": f"p{n}", "text": ARTICLE} for n in range(25)]
    source = write_jsonl(tmp_path / "p.jsonl", pages)
    output = tmp_path / "out.jsonl"
    options = BatchOptions(jobs=1, checkpoint_records=10, resume=True)
    interrupted = PartStore(output, fingerprint([source], options), options.checkpoint_records)
    interrupted.start(resume=False)
    first = run_batch([source], tmp_path / "whole.jsonl", options.model_copy(update={"resume": False}))
    for line in (tmp_path / "whole.jsonl").read_text(encoding="utf-8").splitlines()[:14]:  # 10 committed, 4 not
        interrupted.add(_result(line))
    interrupted.abandon()
    summary = run_batch([source], output, options)
    assert summary.resumed == 10
    assert output.read_bytes() == (tmp_path / "whole.jsonl").read_bytes()
    assert summary.tally.pages == first.tally.pages == 25
    assert not interrupted.folder.exists()


def _result(line: str) -> Result:
    return Result(line, Outcome(CLEANED))


def test_resuming_with_other_inputs_is_refused(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "p.jsonl", [{"id": "a", "text": ARTICLE}])
    other = write_jsonl(tmp_path / "q.jsonl", [{"id": "b", "text": ARTICLE}])
    store = PartStore(tmp_path / "out.jsonl", fingerprint([source], BatchOptions()), 10)
    store.start(resume=False)
    with pytest.raises(BatchError, match=r"cannot resume into .*out\.jsonl: the interrupted run had other inputs"):
        run_batch([other], tmp_path / "out.jsonl", BatchOptions(resume=True))


def test_an_interrupted_run_is_not_overwritten_without_resume(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "p.jsonl", [{"id": "a", "text": ARTICLE}])
    PartStore(tmp_path / "out.jsonl", fingerprint([source], BatchOptions()), 10).start(resume=False)
    with pytest.raises(BatchError, match=r"holds the output of an interrupted run: pass --resume"):
        run_batch([source], tmp_path / "out.jsonl", BatchOptions())


def test_the_summary_counts_pages_failures_body_share_and_chrome_reasons(tmp_path: Path) -> None:
    summary = run_batch(mixed_inputs(tmp_path), tmp_path / "out.jsonl", BatchOptions(jobs=1))
    text = format_summary(summary)
    assert text.startswith("pages: 12 read, 5 cleaned, 1 empty, 6 failed\n")
    assert "failed by reason:\n  malformed_record: 2\n" in text
    assert "not pages, skipped:\n  warc request: 4\n" in text
    assert "body share: " in text
    assert "chrome blocks by their strongest negative vote (top 10):\n" in text
    assert f"wrote 12 records to {tmp_path / 'out.jsonl'} in " in text


def test_a_worker_starting_up_does_not_spend_the_budget_of_its_first_page(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "p.jsonl", [{"id": f"p{n}", "text": ARTICLE} for n in range(4)])
    summary = run_batch([source], tmp_path / "out.jsonl", BatchOptions(jobs=2, page_timeout_seconds=0.5))
    assert summary.tally.failed == {}


def test_a_worker_sets_what_its_setup_left_aside_from_the_garbage_collector() -> None:
    """After a worker's setup, a full collection no longer reads the imported modules' and the pipeline's objects."""
    script = (
        "import gc\n"
        "from cleaner.batch import PipelineSpec\n"
        "from cleaner.batch.worker import PageCleaner, WorkerSetup, settle_heap\n"
        "from cleaner.io.jsonl import JsonlFields\n"
        "cleaner = PageCleaner(WorkerSetup(pipeline=PipelineSpec(), fields=JsonlFields(), blocks=False))\n"
        "tracked = len(gc.get_objects())\n"
        "settle_heap()\n"
        "print(tracked, len(gc.get_objects()), gc.get_freeze_count())\n"
    )
    printed = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    tracked, left, frozen = map(int, printed.split())
    assert tracked > 10_000  # the imports' objects, which a full collection would read each time
    assert left < tracked / 20
    assert frozen > tracked / 2


def test_a_settled_worker_cleans_pages_leaving_no_garbage_and_running_no_young_collection() -> None:
    """Cleaning makes no reference cycles, which is what lets a worker collect its young objects so rarely."""
    fixtures = Path(__file__).parents[1] / "fixtures"
    pages = sorted(map(str, [*fixtures.glob("*/page.html"), *fixtures.glob("*/page.txt")]))
    script = (
        "import gc, json, sys\n"
        "from pathlib import Path\n"
        "from cleaner.batch import PipelineSpec\n"
        "from cleaner.batch.worker import PageCleaner, WorkerSetup, settle_heap\n"
        "from cleaner.io.jsonl import JsonlFields, JsonlLine\n"
        "cleaner = PageCleaner(WorkerSetup(pipeline=PipelineSpec(), fields=JsonlFields(), blocks=True))\n"
        "settle_heap()\n"
        "collections = []\n"
        "gc.callbacks.append(lambda phase, info: collections.append(info) if phase == 'start' else None)\n"
        "for path in sys.argv[1:]:\n"
        "    field = 'html' if path.endswith('.html') else 'text'\n"
        "    page = {field: Path(path).read_text(), 'url': 'https://example.com/a-story'}\n"
        "    cleaner(JsonlLine(path, json.dumps(page).encode()))\n"
        "print(len(collections), gc.collect())\n"
    )
    completed = subprocess.run([sys.executable, "-c", script, *pages], capture_output=True, text=True, check=True)
    young_collections, unreachable = map(int, completed.stdout.split())
    assert len(pages) > 40
    assert young_collections == 0
    assert unreachable == 0  # every object of every page freed by its count
