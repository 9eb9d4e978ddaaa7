"""`cleaner bench`: data sets, systems, scoring, outputs and the command, on tiny pages written here."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from cleaner import Cleaner, Label
from cleaner.bench.costs import READ_COST, measure_costs
from cleaner.bench.datasets import Dataset, DatasetError, Record, fixture_record, load_dataset, title_convention
from cleaner.bench.report import BenchReport, best_choice, block_losses, chart, loss_report, markdown, write_chart
from cleaner.bench.runner import (
    TURN_PAGES,
    DatasetRun,
    GroupScore,
    Prediction,
    _Child,
    median_round,
    run_dataset,
    run_side_by_side,
    run_system,
    score_run,
    scored_text,
)
from cleaner.bench.systems import SYSTEMS, Extraction, System, SystemUnavailableError, c4_line_filter
from cleaner.fixtures import Fixture, load_fixture
from cleaner.metrics import PageCounts, bootstrap, page_counts
from cleaner.pipeline import COMBINE_COST

ROOT = Path(__file__).resolve().parents[1]
HEADLINE = "Council closes the coast road after the river floods"
PARAGRAPHS = [
    "The county council closed the coast road on Tuesday night after the river burst its banks near the old mill, "
    "and the police asked drivers to keep away from the lower town until the water has gone down again.",
    "Engineers said the water had risen faster than at any time since records began, and that the bridge was safe "
    "for now, although they would inspect its piers again in the morning once the light was good enough.",
    "Residents of the lower village were told to move their cars to higher ground before the next high tide, and "
    "the school on the quay will stay closed for the rest of the week while the cellars are pumped out.",
]
CHROME = ["Home", "News", "Sport", "Weather", "Contact us", "Privacy policy", "© 2024 The Courier"]
TEXT = "\n".join(CHROME[:4]) + f"\n\n{HEADLINE}\n\n" + "\n\n".join(PARAGRAPHS) + "\n\n" + "\n".join(CHROME[4:]) + "\n"
HTML = (
    "<html><head><title>The Courier</title></head><body><nav><ul>"
    + "".join(f"<li><a href='/{item}'>{item}</a></li>" for item in CHROME[:4])
    + f"</ul></nav><article><h1>{HEADLINE}</h1>"
    + "".join(f"<p>{paragraph}</p>" for paragraph in PARAGRAPHS)
    + "</article><footer>"
    + "".join(f"<p><a href='/x'>{item}</a></p>" for item in CHROME[4:])
    + "</footer></body></html>"
)
BODY = "\n\n".join(PARAGRAPHS)  # without the headline, as in the ScrapingHub gold
GOLD = f"{HEADLINE}\n\n{BODY}"  # with it, as in the fixtures


def record(number: int, page_type: str = "article") -> dict[str, object]:
    return {"id": f"p{number}", "url": None, "html": HTML, "text": TEXT, "body": GOLD, "page_type": page_type}


def write_jsonl(path: Path, records: list[dict[str, object]]) -> Path:
    lines = "".join(json.dumps(fields) + "\n" for fields in records)
    if path.name.endswith(".gz"):
        with gzip.open(path, "wt", encoding="utf-8") as out:
            out.write(lines)
    else:
        path.write_text(lines, encoding="utf-8")
    return path


def run_cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """`python -m cleaner bench ARGS` from `cwd`, importing this checkout's cleaner."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    return subprocess.run(
        [sys.executable, "-m", "cleaner", "bench", *args],
        check=False,
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


# -- the metric and its intervals ----------------------------------------------------------------


def test_bootstrap_is_repeatable_for_a_seed() -> None:
    pages = [page_counts(BODY, text) for text in (BODY, PARAGRAPHS[0], TEXT, "", PARAGRAPHS[1] + " extra words here")]
    assert bootstrap(pages, resamples=200, seed=7) == bootstrap(pages, resamples=200, seed=7)
    assert bootstrap(pages, resamples=200, seed=7).f1 > 0


def test_bootstrap_interval_is_zero_when_every_page_scores_the_same() -> None:
    pages = [PageCounts(tp=0.5, fp=0.25, fn=0.25)] * 20
    intervals = bootstrap(pages, resamples=100)
    assert (intervals.f1, intervals.precision, intervals.recall) == (0.0, 0.0, 0.0)


def test_token_f1_is_reported_beside_shingle_f1() -> None:
    records = [Record(id="a", text=TEXT, body=BODY)]
    run = score_run(
        "x", "text", records, [Prediction(text=BODY + " one more", title=None, cpu_seconds=0.01)], title="keep"
    )
    score = run.groups["all"]
    assert score.token_f1 > score.f1 > 0.9
    assert score.pages_per_cpu_second == pytest.approx(100)


@pytest.mark.parametrize(
    ("gold", "predicted", "left_empty"),
    [
        (BODY, "", 1),  # recall 0, and no precision: the mean precision leaves the page out
        (BODY, " — | — ", 1),  # no word: the metric sees nothing either
        (BODY, HEADLINE, 1),  # the headline alone, scored out by the title convention
        ("", "", 0),  # nothing to find: the page leaves the mean recall as well
        (BODY, PARAGRAPHS[0], 0),
        (BODY, "Contact us", 0),  # chrome alone is imprecise, not empty
    ],
)
def test_a_page_is_left_empty_where_nothing_scored_was_kept_of_a_gold_body(
    gold: str, predicted: str, left_empty: int
) -> None:
    records = [Record(id="a", text=TEXT, body=gold)]
    prediction = [Prediction(text=predicted, title=HEADLINE, cpu_seconds=0.01)]  # a headline the gold leaves out

    run = score_run("x", "text", records, prediction, title="drop")

    assert run.groups["all"].pages_left_empty == left_empty


def test_the_pages_left_empty_are_counted_in_each_group_of_pages() -> None:
    kinds = ["article", "article", "forum", "forum", "forum"]
    records = [Record(id=f"p{number}", text=TEXT, body=BODY, page_type=kind) for number, kind in enumerate(kinds)]
    predictions = [Prediction(text=text, title=None, cpu_seconds=0.01) for text in [BODY, "", "", "", BODY]]

    groups = score_run("x", "text", records, predictions, title="keep").groups

    assert {name: group.pages_left_empty for name, group in groups.items()} == {"all": 3, "article": 1, "forum": 2}
    # Two empty pages of three left the forum pages' precision to the one page kept whole.
    assert (groups["forum"].precision, groups["forum"].recall) == (1.0, pytest.approx(1 / 3))


def test_results_written_before_pages_were_counted_left_empty_still_load() -> None:
    earlier = score_run("x", "text", [Record(id="a", text=TEXT, body=BODY)], _round(0.01), title="keep")
    fields = earlier.groups["all"].model_dump(exclude={"pages_left_empty"})

    assert GroupScore.model_validate(fields).pages_left_empty == 0


# -- the title convention ------------------------------------------------------------------------


def test_title_convention_follows_the_data_set_name_unless_overridden() -> None:
    assert title_convention("scrapinghub") == title_convention("wcxb-dev") == "drop"
    assert title_convention("fixtures") == title_convention("my-crawl") == "keep"
    assert title_convention("scrapinghub", "keep") == "keep"
    assert title_convention("fixtures", "drop") == "drop"
    with pytest.raises(DatasetError, match="expected one of auto, keep, drop"):
        title_convention("fixtures", "maybe")


@pytest.mark.parametrize("name", ["cleaner", "trafilatura", "c4-filter"])
def test_the_title_convention_treats_every_system_alike(name: str) -> None:
    with_title = Extraction(f"{HEADLINE}\n\n{BODY}", title=HEADLINE)
    records = [Record(id="a", text=TEXT, body=BODY)]
    prediction = [Prediction(text=with_title.text, title=with_title.title, cpu_seconds=0.01)]
    assert scored_text(with_title, "drop") == BODY
    assert scored_text(with_title, "keep") == with_title.text
    assert score_run(name, "text", records, prediction, title="drop").groups["all"].f1 == 1.0
    assert score_run(name, "text", records, prediction, title="keep").groups["all"].f1 < 1.0


def test_a_system_without_a_title_is_scored_as_it_is() -> None:
    assert scored_text(Extraction(BODY), "drop") == scored_text(Extraction(BODY), "keep") == BODY


# -- data sets -----------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["tiny.jsonl", "tiny.jsonl.gz"])
def test_jsonl_plain_and_gzip_read_into_records(tmp_path: Path, name: str) -> None:
    dataset = load_dataset(write_jsonl(tmp_path / name, [record(1), record(2, "forum")]), limit=None)
    assert (dataset.name, dataset.title) == ("tiny", "keep")
    assert [(r.id, r.page_type, r.body) for r in dataset.records] == [("p1", "article", GOLD), ("p2", "forum", GOLD)]


def test_limit_keeps_the_first_pages(tmp_path: Path) -> None:
    dataset = load_dataset(write_jsonl(tmp_path / "tiny.jsonl", [record(n) for n in range(5)]), limit=2)
    assert [r.id for r in dataset.records] == ["p0", "p1"]


def test_a_record_without_gold_is_refused_with_its_line(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "bad.jsonl", [record(1), {"id": "x", "text": TEXT}])
    with pytest.raises(DatasetError, match=r"bad\.jsonl:2: field 'body': Field required"):
        load_dataset(path)


def test_wcxb_snippets_to_keep_and_to_drop_are_read_with_the_record(tmp_path: Path) -> None:
    fields = {**record(1), "with": [PARAGRAPHS[0][:60]], "without": ["Contact us", "Weather"]}
    (loaded,) = load_dataset(write_jsonl(tmp_path / "wcxb.jsonl", [fields])).records

    assert (loaded.must_keep, loaded.must_drop) == ((PARAGRAPHS[0][:60],), ("Contact us", "Weather"))
    (bare,) = load_dataset(write_jsonl(tmp_path / "bare.jsonl", [{**record(1), "with": None}])).records
    assert (bare.must_keep, bare.must_drop) == ((), ())
    with pytest.raises(DatasetError, match=r"bad\.jsonl:1: field 'without': Input should be a valid tuple"):
        load_dataset(write_jsonl(tmp_path / "bad.jsonl", [{**record(1), "without": "Home"}]))


def test_the_snippet_shares_are_those_each_system_got_right_pooled_over_the_pages(tmp_path: Path) -> None:
    held = [" ".join(paragraph.split()[:8]) for paragraph in PARAGRAPHS]
    snippets = {"with": held, "without": ["Contact us", "Privacy policy"]}
    # The second page's snippet is on no page: 3 of the 4 snippets to keep are held, where the mean of the
    # pages' shares would be a half.
    pages = [{**record(1), **snippets}, {**record(2), "with": ["A sentence the page never held"]}, record(3)]
    dataset = load_dataset(write_jsonl(tmp_path / "wcxb.jsonl", pages))

    run = run_dataset(dataset, [SYSTEMS["cleaner"], SYSTEMS["keep-everything"]], ["text"])

    cleaner, everything = (system_run.groups["all"] for system_run in run.runs)
    assert (cleaner.must_keep_share, cleaner.must_drop_share) == (0.75, 1.0)
    assert (everything.must_keep_share, everything.must_drop_share) == (0.75, 0.0)
    assert "| snippets kept / dropped |" in markdown(BenchReport(command="test", datasets=[run]))
    plain = run_dataset(
        load_dataset(write_jsonl(tmp_path / "plain.jsonl", [record(3)])), [SYSTEMS["cleaner"]], ["text"]
    )
    assert plain.runs[0].groups["all"].must_keep_share is None
    assert "snippets" not in markdown(BenchReport(command="test", datasets=[plain]))


def test_a_line_that_is_not_json_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text("{not json\n", encoding="utf-8")
    with pytest.raises(DatasetError, match=r"bad\.jsonl:1: not JSON"):
        load_dataset(path)


def test_zstd_without_its_package_names_the_package_to_install(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "zstandard", None)  # what `import zstandard` meets where it is not installed
    path = tmp_path / "tiny.jsonl.zst"
    path.write_bytes(b"(\xb5/\xfd")
    with pytest.raises(
        DatasetError, match=r"tiny\.jsonl\.zst: reading \.zst needs zstandard: pip install 'cleaner\[zstd\]'"
    ):
        load_dataset(path)


def test_the_bundled_fixtures_load_as_records() -> None:
    dataset = load_dataset(ROOT / "fixtures")
    assert (dataset.name, dataset.title) == ("fixtures", "keep")
    assert dataset.records
    assert all(r.text or r.html for r in dataset.records)
    assert any(not r.body for r in dataset.records)  # the listings with no main body


def fixture_folder(folder: Path, forms: tuple[str, ...]) -> Fixture:
    """A real fixture on disk with the page in `forms`, loaded by the fixture loader."""
    folder.mkdir()
    if "html" in forms:
        (folder / "page.html").write_text(HTML, encoding="utf-8")
    if "text" in forms:
        (folder / "page.txt").write_text(TEXT, encoding="utf-8")
    (folder / "gold.txt").write_text(f"{HEADLINE}\n\n{BODY}\n", encoding="utf-8")
    (folder / "fixture.toml").write_text(
        f'title = "{HEADLINE}"\nlanguage = "en"\npage_type = "article"\nsource = "written for this test"\n',
        encoding="utf-8",
    )
    return load_fixture(folder)


@pytest.mark.parametrize("forms", [("html", "text"), ("html",), ("text",)])
def test_a_fixture_becomes_a_record_with_each_form_it_has(tmp_path: Path, forms: tuple[str, ...]) -> None:
    converted = fixture_record(fixture_folder(tmp_path / "courier-flood", forms))
    assert (converted.id, converted.title, converted.page_type) == ("courier-flood", HEADLINE, "article")
    assert converted.body.startswith(HEADLINE)
    assert (converted.html == HTML) == ("html" in forms)
    assert (converted.text == TEXT) == ("text" in forms)


def test_a_broken_fixture_stops_the_command_with_a_clear_error(tmp_path: Path) -> None:
    folder = tmp_path / "fixtures" / "broken"
    folder.mkdir(parents=True)
    (folder / "page.txt").write_text(TEXT, encoding="utf-8")
    (folder / "gold.txt").write_text(BODY, encoding="utf-8")
    completed = run_cli("fixtures", "--systems", "c4-filter", cwd=tmp_path)
    assert completed.returncode == 2
    assert completed.stderr.startswith("cleaner: error: ")
    assert "fixture.toml" in completed.stderr
    assert "Traceback" not in completed.stderr


# -- systems -------------------------------------------------------------------------------------


def test_c4_filter_keeps_sentences_and_drops_menus() -> None:
    kept = c4_line_filter(TEXT)
    assert kept.splitlines() == PARAGRAPHS
    assert c4_line_filter("One sentence here.\nTwo sentences here.\n") == ""  # fewer than three


def test_cleaner_and_c4_filter_run_end_to_end_on_a_jsonl(tmp_path: Path) -> None:
    dataset = load_dataset(write_jsonl(tmp_path / "tiny.jsonl", [record(1), record(2)]))
    run = run_dataset(dataset, [SYSTEMS["cleaner"], SYSTEMS["c4-filter"]], ["text"])
    assert [(r.system, r.mode, r.status) for r in run.runs] == [("cleaner", "text", "ok"), ("c4-filter", "text", "ok")]
    for system_run in run.runs:
        assert system_run.groups["all"].pages == 2
        assert system_run.groups["all"].f1 > 0.9
        assert system_run.peak_memory_mb is not None and system_run.peak_memory_mb > 1
    assert run.runs[0].groups["all"].f1 == 1.0


def test_systems_side_by_side_each_take_every_page_of_their_form_in_order() -> None:
    records = [
        Record(id="both", html=HTML, text=TEXT, body=BODY),
        Record(id="text-only", text=TEXT, body=BODY),
        Record(id="html-only", html=HTML, body=BODY),
    ]
    dataset = Dataset(name="t", source="t", title="keep", records=records)
    entries = [(SYSTEMS["cleaner"], "html"), (SYSTEMS["c4-filter"], "text"), (SYSTEMS["cleaner"], "text")]

    runs = run_side_by_side(entries, dataset)

    assert [(run.system, run.mode, run.status) for run in runs] == [
        ("cleaner", "html", "ok"),
        ("c4-filter", "text", "ok"),
        ("cleaner", "text", "ok"),
    ]
    assert [[page.id for page in run.pages] for run in runs] == [
        ["both", "html-only"],
        ["both", "text-only"],
        ["both", "text-only"],
    ]
    assert all(run.peak_memory_mb is not None for run in runs)
    assert all(run.groups["all"].f1 > 0.9 for run in runs)


def test_rounds_take_every_page_once_a_round_and_score_each_system_on_one_round() -> None:
    records = [Record(id=f"page-{number}", text=TEXT, body=BODY) for number in range(3)]
    dataset = Dataset(name="t", source="t", title="keep", records=records)
    entries = [(SYSTEMS["cleaner"], "text"), (SYSTEMS["c4-filter"], "text")]

    once = run_side_by_side(entries, dataset)
    thrice = run_side_by_side(entries, dataset, rounds=3)

    assert [[page.id for page in run.pages] for run in thrice] == [["page-0", "page-1", "page-2"]] * 2
    assert [run.groups["all"].f1 for run in thrice] == [run.groups["all"].f1 for run in once]
    assert all(run.status == "ok" and run.groups["all"].pages_per_cpu_second for run in thrice)
    # Each round's speed is kept; the scored round is the median one.
    assert [len(run.round_speeds) for run in once + thrice] == [1, 1, 3, 3]
    assert all(sorted(run.round_speeds)[1] == pytest.approx(run.groups["all"].pages_per_cpu_second) for run in thrice)


def test_pages_past_a_turn_go_on_in_the_next_turn_each_page_once_and_in_order() -> None:
    own_lines = [f"Line number {number} of the page." for number in range(2 * TURN_PAGES + 1)]
    records = [Record(id=f"page-{number}", text=f"{TEXT}\n{line}", body=line) for number, line in enumerate(own_lines)]
    dataset = Dataset(name="t", source="t", title="keep", records=records)
    entries = [(SYSTEMS["c4-filter"], "text"), (SYSTEMS["keep-everything"], "text")]

    runs = run_side_by_side(entries, dataset, rounds=2)

    assert [run.status for run in runs] == ["ok", "ok"]
    for run in runs:
        assert [page.id for page in run.pages] == [record.id for record in records]
    # Each page's own text came back for it: no turn shifted one page's answer onto another.
    kept = next(run for run in runs if run.system == "keep-everything")
    assert all(page.shingles.fn == 0 for page in kept.pages)


def _round(*cpu_seconds: float) -> list[Prediction]:
    return [Prediction(text="", title=None, cpu_seconds=seconds) for seconds in cpu_seconds]


def test_the_median_round_is_the_one_of_median_cpu_time_the_lower_of_two() -> None:
    slow, fast, middle = _round(2.0, 1.0), _round(0.5, 0.5), _round(1.0, 1.0)

    assert median_round([slow, fast, middle]) is middle
    assert median_round([slow, fast]) is fast
    assert median_round([slow]) is slow


def test_no_round_at_all_is_refused() -> None:
    with pytest.raises(ValueError, match="expected one round or more, got none"):
        median_round([])
    with pytest.raises(ValueError, match="rounds must be 1 or more, got 0"):
        run_side_by_side([(SYSTEMS["c4-filter"], "text")], Dataset(name="t", source="t", title="keep", records=[]), 0)


# Two lines above the article that could each be its headline: the nearer one, unless the URL names the other.
TWO_HEADLINES = f"Storm warning for the whole coast\n\n{HEADLINE}\n\n" + "\n\n".join(PARAGRAPHS)
STORM_URL = "https://courier.example/news/storm-warning-whole-coast"


def test_a_system_process_is_given_each_page_with_its_url() -> None:
    child = _Child("cleaner", "text")
    try:
        unnamed, named, empty = child.predict_each([(TWO_HEADLINES, None), (TWO_HEADLINES, STORM_URL), ("", None)])
    finally:
        child.close()
    assert unnamed.title == HEADLINE
    assert named.title == "Storm warning for the whole coast"
    assert (empty.text, empty.title) == ("", None)
    assert unnamed.cpu_seconds > 0 and named.cpu_seconds > 0


def test_the_cleaner_adapter_reads_the_url_with_the_page() -> None:
    extract = SYSTEMS["cleaner"].extractor("text")

    assert extract(TWO_HEADLINES, None).title == HEADLINE
    assert extract(TWO_HEADLINES, STORM_URL).title == "Storm warning for the whole coast"


def test_a_turn_of_pages_larger_than_a_pipe_holds_comes_back_whole_and_in_order() -> None:
    """The pages go out while the answers come back: neither side may wait on a pipe the other has stopped reading."""
    pages = [(f"page {number}\n" + "a line kept whole\n" * 200_000, None) for number in range(16)]
    child = _Child("keep-everything", "text")
    predictions: list[Prediction] = []
    turn = threading.Thread(target=lambda: predictions.extend(child.predict_each(pages)), daemon=True)
    turn.start()
    turn.join(timeout=120)
    stuck = turn.is_alive()
    if stuck:
        child.process.kill()  # which ends the turn
    child.close()
    assert not stuck, "the turn waited on its pipes for two minutes"
    assert [prediction.text for prediction in predictions] == [page for page, _ in pages]


def test_a_system_process_that_dies_is_reported_not_fatal() -> None:
    child = _Child("c4-filter", "text")
    (prediction,) = child.predict_each([(TEXT, None)])
    assert prediction.error is None
    child.process.kill()
    child.process.join()

    with pytest.raises(SystemUnavailableError, match="c4-filter: its process ended early"):
        child.predict_each([(TEXT, None)])
    assert child.close() is None


def test_peak_memory_is_the_system_process_own_not_the_parent_s(tmp_path: Path) -> None:
    dataset = load_dataset(write_jsonl(tmp_path / "tiny.jsonl", [record(1)]))
    ballast = b"x" * 300_000_000  # the parent's memory, which a forked child shares until it execs
    run = run_dataset(dataset, [SYSTEMS["c4-filter"]], ["text"])
    assert ballast
    assert run.runs[0].peak_memory_mb is not None
    assert 1 < run.runs[0].peak_memory_mb < 250


def test_a_missing_peer_is_reported_and_the_others_still_run(tmp_path: Path) -> None:
    dataset = load_dataset(write_jsonl(tmp_path / "tiny.jsonl", [record(1)]))
    ghost = System("ghost", ("text",), ("cleaner_no_such_peer_package",), SYSTEMS["c4-filter"].build)
    run = run_dataset(dataset, [ghost, SYSTEMS["c4-filter"]], ["text"])
    assert [(r.system, r.status) for r in run.runs] == [("ghost", "unavailable"), ("c4-filter", "ok")]
    assert run.runs[0].message == "not installed (cleaner_no_such_peer_package): pip install 'cleaner[bench]'"
    assert "not installed" in markdown(BenchReport(command="test", datasets=[run]))


def test_a_system_is_not_run_in_a_mode_it_lacks(tmp_path: Path) -> None:
    dataset = load_dataset(write_jsonl(tmp_path / "tiny.jsonl", [record(1)]))
    run = run_dataset(dataset, [SYSTEMS["c4-filter"], SYSTEMS["keep-everything"]], ["html"])
    assert run.runs == []


PEERS = ["trafilatura", "trafilatura-precision", "readability", "resiliparse", "justext"]


@pytest.mark.parametrize("name", PEERS)
def test_each_installed_peer_extracts_the_article_of_a_tiny_page(name: str) -> None:
    system = SYSTEMS[name]
    if system.missing() is not None:
        pytest.skip(f"{name}: {system.missing()}")
    text = system.extractor("html")(HTML, None).text
    assert PARAGRAPHS[0] in " ".join(text.split())
    assert "Contact us" not in text


def test_justext_reads_text_lines_as_paragraphs() -> None:
    system = SYSTEMS["justext"]
    if system.missing() is not None:
        pytest.skip(f"justext: {system.missing()}")
    text = system.extractor("text")(TEXT, None).text
    assert PARAGRAPHS[1] in text
    assert "Weather" not in text


def test_each_record_s_url_reaches_the_system_with_its_page() -> None:
    def body_if_the_url_came(page: str, url: str | None) -> Extraction:
        return Extraction(BODY if url == STORM_URL else "")

    echo = System("echo", ("text",), (), lambda mode: body_if_the_url_came)
    records = [Record(id="a", url=STORM_URL, text=TEXT, body=BODY), Record(id="b", text=TEXT, body=BODY)]
    run = run_system(echo, "text", Dataset(name="t", source="t", title="keep", records=records), isolate=False)

    assert [page.f1 for page in run.pages] == [1.0, 0.0]


def test_a_page_that_fails_is_counted_not_fatal() -> None:
    def explode(page: str, url: str | None) -> Extraction:
        raise RuntimeError("boom")

    flaky = System("flaky", ("text",), (), lambda mode: explode)
    run = run_system(
        flaky,
        "text",
        Dataset(name="t", source="t", title="keep", records=[Record(id="a", text=TEXT, body=BODY)]),
        isolate=False,
    )
    assert (run.status, run.errors, run.groups["all"].f1) == ("ok", 1, 0.0)
    assert run.pages[0].error == "RuntimeError: boom"


# -- outputs -------------------------------------------------------------------------------------


def test_the_chart_draws_one_point_per_system_that_ran(tmp_path: Path) -> None:
    dataset = load_dataset(write_jsonl(tmp_path / "tiny.jsonl", [record(1), record(2)]))
    ghost = System("ghost", ("text",), ("cleaner_no_such_peer_package",), SYSTEMS["c4-filter"].build)
    runs = run_dataset(dataset, [SYSTEMS["cleaner"], SYSTEMS["c4-filter"], ghost], ["text"])
    report = BenchReport(command="test", datasets=[runs])
    (axes,) = chart(report).axes
    assert sorted(line.get_label() for line in axes.lines) == ["c4-filter (text)", "cleaner (text)"]
    write_chart(report, tmp_path / "chart.png")
    assert (tmp_path / "chart.png").read_bytes().startswith(b"\x89PNG\r\n\x1a\n")


def test_block_losses_tell_lost_body_from_leaked_chrome() -> None:
    result = Cleaner().clean(TEXT, format="text")
    gold = GOLD.replace(PARAGRAPHS[2], "A paragraph the cleaner never saw on the page at all, sadly.")
    losses = block_losses("p", result.blocks, gold + "\n\nWeather", skip_title=True)
    assert {loss.block.text: loss.kind for loss in losses} == {PARAGRAPHS[2]: "leaked", "Weather": "lost"}


def test_a_dropped_second_copy_of_kept_text_is_not_lost() -> None:
    # The page prints its first paragraph again at its end, where the cleaner drops it: the gold
    # holds that paragraph once, and the kept copy covers it.
    result = Cleaner().clean(TEXT, format="text")
    kept = [block for block in result.blocks if block.label is Label.BODY and block.decision != "title"]
    copy = kept[0].model_copy(update={"label": Label.CHROME, "decision": "out_of_region&score<0.95"})
    assert block_losses("p", [*result.blocks, copy], GOLD, skip_title=True) == block_losses(
        "p", result.blocks, GOLD, skip_title=True
    )
    # Where the gold holds the paragraph twice, the dropped copy is lost.
    twice = block_losses("p", [*result.blocks, copy], f"{GOLD}\n\n{kept[0].text}", skip_title=True)
    assert [loss.kind for loss in twice if loss.block == copy] == ["lost"]


def test_a_kept_second_copy_of_a_passage_the_gold_holds_once_is_leaked() -> None:
    # The metric counts shingles as a multiset: the copy's shingles are false positives.
    result = Cleaner().clean(TEXT, format="text")
    kept = [block for block in result.blocks if block.label is Label.BODY and block.decision != "title"]
    copy = kept[1].model_copy(update={"decision": "in_region&score>=0.2"})
    losses = block_losses("p", [*result.blocks, copy], GOLD, skip_title=True)
    assert [(loss.block, loss.kind) for loss in losses] == [(copy, "leaked")]
    # Where the gold holds the paragraph twice, both copies are gold text.
    assert block_losses("p", [*result.blocks, copy], f"{GOLD}\n\n{kept[1].text}", skip_title=True) == []


def test_a_short_block_is_gold_text_as_often_as_the_gold_holds_its_words() -> None:
    # "Weather" stands once in this gold: of its two dropped copies, one is lost.
    result = Cleaner().clean(TEXT, format="text")
    weather = [block for block in result.blocks if block.text == "Weather"]
    assert len(weather) == 1 and weather[0].label is Label.CHROME
    again = weather[0].model_copy()
    losses = block_losses("p", [*result.blocks, again], GOLD + "\n\nWeather", skip_title=True)
    assert [loss.block.text for loss in losses if loss.kind == "lost"] == ["Weather"]
    twice = block_losses("p", [*result.blocks, again], GOLD + "\n\nWeather\n\nWeather", skip_title=True)
    assert [loss.block.text for loss in twice if loss.kind == "lost"] == ["Weather", "Weather"]


def test_an_empty_gold_makes_every_kept_block_leaked_and_a_wordless_block_never_gold() -> None:
    result = Cleaner().clean(TEXT, format="text")
    kept = [block for block in result.blocks if block.label is Label.BODY and block.decision != "title"]
    losses = block_losses("p", result.blocks, "", skip_title=True)
    assert [(loss.block, loss.kind) for loss in losses] == [(block, "leaked") for block in kept]
    assert best_choice(result.blocks, "", None, "keep") == ""
    # A block without a word (a row of stars) is gold text in no gold, not even one without words.
    stars = kept[0].model_copy(update={"text": "★★★★★"})
    assert [loss.kind for loss in block_losses("p", [stars], "★★★★★", skip_title=True)] == ["leaked"]


def test_the_loss_report_names_decisions_and_votes(tmp_path: Path) -> None:
    dataset = load_dataset(write_jsonl(tmp_path / "scrapinghub-tiny.jsonl", [record(1)]))
    run = run_system(SYSTEMS["cleaner"], "text", dataset, isolate=False)
    gold_without_a_paragraph = dataset.model_copy(
        update={"records": [r.model_copy(update={"body": PARAGRAPHS[0]}) for r in dataset.records]}
    )
    text = loss_report(gold_without_a_paragraph, run, Cleaner(), worst=1)
    assert "## Leaked words:" in text
    assert "**leaked**" in text
    assert "[in_region&score>=0.2]" in text


def test_a_perfect_choice_keeps_the_blocks_that_are_gold_text_in_order() -> None:
    result = Cleaner().clean(TEXT, format="text")

    assert best_choice(result.blocks, GOLD, result.title, "keep") == GOLD
    # Scored as the cleaner's text is: the title left out where the convention drops it.
    assert best_choice(result.blocks, GOLD, HEADLINE, "drop") == BODY
    assert best_choice(result.blocks, "A text that the page does not hold anywhere at all.", None, "keep") == ""
    # A paragraph the page prints twice is chosen as often as the gold holds it.
    copy = result.blocks[[block.text for block in result.blocks].index(PARAGRAPHS[0])]
    assert best_choice([*result.blocks, copy], GOLD, result.title, "keep") == GOLD
    twice = f"{GOLD}\n\n{PARAGRAPHS[0]}"
    assert best_choice([*result.blocks, copy], twice, result.title, "keep") == twice


def test_the_loss_report_sets_a_perfect_choice_of_the_blocks_beside_the_cleaners(tmp_path: Path) -> None:
    # The second page's gold is nowhere in its input, as a forum thread's that a text dump left out.
    unheld = {**record(2, "forum"), "body": "A thread that the dump of the page never held, with all of its replies."}
    dataset = load_dataset(write_jsonl(tmp_path / "tiny.jsonl", [record(1), unheld]))
    run = run_system(SYSTEMS["cleaner"], "text", dataset, isolate=False)
    text = loss_report(dataset, run, Cleaner(), worst=2)

    assert "## A perfect choice of these blocks" in text
    assert f"| article (1) | 1.000 | {run.groups['article'].f1:.3f} |" in text
    assert f"| forum (1) | 0.000 | {run.groups['forum'].f1:.3f} |" in text
    assert "### p2: F1 0.000, a perfect choice 0.000: none of its blocks is gold text (forum, no url)" in text
    assert "### p1: F1 1.000, a perfect choice 1.000 (article, no url)" in text


def test_the_loss_report_of_an_html_run_reads_the_pages_html(tmp_path: Path) -> None:
    # The HTML adds a paragraph that the text of the page does not hold.
    aside = "A paragraph the text dump of the page never held, said the editor of the page."
    fields = {**record(1), "html": HTML.replace("</body>", f"<p>{aside}</p></body>")}
    dataset = load_dataset(write_jsonl(tmp_path / "scrapinghub-tiny.jsonl", [fields]))
    html_run = run_system(SYSTEMS["cleaner"], "html", dataset, isolate=False)
    text_run = run_system(SYSTEMS["cleaner"], "text", dataset, isolate=False)

    assert "A paragraph the text dump of the page never held" in loss_report(dataset, html_run, Cleaner(), worst=1)
    assert "A paragraph the text dump" not in loss_report(dataset, text_run, Cleaner(), worst=1)


def test_the_command_writes_json_markdown_chart_losses_and_costs(tmp_path: Path) -> None:
    data = write_jsonl(tmp_path / "wcxb-tiny.jsonl.gz", [record(1), record(2, "forum"), record(3)])
    completed = run_cli(
        str(data), "--systems", "cleaner,c4-filter,keep-everything,justext", "--out", "out", cwd=tmp_path
    )
    assert completed.returncode == 0, completed.stderr
    results = json.loads((tmp_path / "out" / "results.json").read_text(encoding="utf-8"))
    (dataset,) = results["datasets"]
    assert (dataset["name"], dataset["title"], dataset["pages"]) == ("wcxb-tiny", "drop", 3)
    cleaner_text = next(run for run in dataset["runs"] if (run["system"], run["mode"]) == ("cleaner", "text"))
    assert cleaner_text["groups"]["all"]["pages_left_empty"] == 0
    markdown_tables = (tmp_path / "out" / "results.md").read_text(encoding="utf-8")
    assert "| system | mode | shingle F1 |" in markdown_tables
    assert "| cleaner | text | " in markdown_tables
    assert "| justext | html | " in markdown_tables
    assert "#### wcxb-tiny, forum (1 page)" in markdown_tables
    assert completed.stdout == markdown_tables
    assert (tmp_path / "out" / "chart.png").read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    for mode in ("html", "text"):
        losses = (tmp_path / "out" / f"losses-wcxb-tiny-{mode}.md").read_text(encoding="utf-8")
        assert losses.startswith(f"# Where the cleaner loses on wcxb-tiny (3 pages, {mode} mode)")
    costs = (tmp_path / "out" / "costs-wcxb-tiny.md").read_text(encoding="utf-8")
    assert costs.startswith("# Where the cleaner's time goes on wcxb-tiny")
    assert "## html: " in costs and "## text: " in costs
    assert costs.count("| text_shape | ") == 2


def test_the_command_times_each_system_by_its_median_round_and_says_so(tmp_path: Path) -> None:
    data = write_jsonl(tmp_path / "tiny.jsonl", [record(1), record(2)])
    completed = run_cli(str(data), "--systems", "cleaner,c4-filter", "--mode", "text", "--rounds", "3", cwd=tmp_path)
    assert completed.returncode == 0, completed.stderr
    assert "tiny: 2 systems side by side on 2 pages, 3 rounds" in completed.stderr
    assert "### tiny: 2 pages, title kept (the gold keeps it), timed by each system's median of 3 rounds" in (
        completed.stdout
    )
    results = json.loads((tmp_path / "bench-results" / "results.json").read_text(encoding="utf-8"))
    assert results["datasets"][0]["rounds"] == 3
    head = next(line for line in completed.stdout.splitlines() if line.startswith("| system |"))
    assert "| slowest – fastest round | peak MB |" in head
    for run in results["datasets"][0]["runs"]:
        slowest, fastest = min(run["round_speeds"]), max(run["round_speeds"])
        row = next(line for line in completed.stdout.splitlines() if line.startswith(f"| {run['system']} | text |"))
        assert f"| {slowest:,.0f} – {fastest:,.0f} |" in row


def test_rounds_that_took_no_measured_time_show_no_speed_rather_than_failing() -> None:
    records = [Record(id="a", text=TEXT, body=BODY)]
    timeless = score_run("x", "text", records, _round(0.0), title="keep", round_speeds=[])
    dataset = DatasetRun(name="t", source="t", title="keep", pages=1, rounds=3, runs=[timeless])

    row = next(
        line for line in markdown(BenchReport(command="test", datasets=[dataset])).splitlines() if "| x |" in line
    )

    assert timeless.groups["all"].pages_per_cpu_second is None
    # Token F1 (nothing was kept), then pages / CPU-s, × trafilatura, the rounds' range and peak MB.
    assert row.endswith("| 0.000 | — | — | — | — |")


def test_the_tables_show_the_pages_each_system_left_empty_beside_its_recall() -> None:
    records = [Record(id=f"p{number}", text=TEXT, body=BODY, page_type=kind) for number, kind in enumerate("aabb")]
    texts = {"x": ["", BODY, "", ""], "y": [BODY, BODY, BODY, ""]}
    runs = [
        score_run(
            name, "text", records, [Prediction(text=text, title=None, cpu_seconds=0.01) for text in kept], title="keep"
        )
        for name, kept in texts.items()
    ]
    report = BenchReport(command="test", datasets=[DatasetRun(name="t", source="t", title="keep", pages=4, runs=runs)])

    # The data set's table, then one per page type: each system's count in each.
    expected = {"### t:": {"x": "3", "y": "1"}, "#### t, a ": {"x": "1", "y": "0"}, "#### t, b ": {"x": "2", "y": "1"}}
    text = markdown(report)
    tables = {heading: _table_under(text, heading) for heading in expected}
    for heading, table_rows in tables.items():
        column = table_rows[0].index("pages left empty")
        assert table_rows[0][column - 1 : column + 2] == ["recall", "pages left empty", "token F1"]
        assert {row[0]: row[column] for row in table_rows[2:]} == expected[heading]


def _table_under(text: str, heading: str) -> list[list[str]]:
    """The cells of each row of the table under the first line of `text` that starts with `heading`."""
    lines = text.splitlines()
    start = next(number for number, line in enumerate(lines) if line.startswith(heading))
    rows = []
    for line in lines[start + 1 :]:
        if line.startswith("|"):
            rows.append([cell.strip() for cell in line.strip("|").split("|")])
        elif rows:
            break
    return rows


def test_one_round_shows_no_spread_of_rounds(tmp_path: Path) -> None:
    dataset = load_dataset(write_jsonl(tmp_path / "tiny.jsonl", [record(1)]))
    run = run_dataset(dataset, [SYSTEMS["c4-filter"]], ["text"])
    assert "slowest – fastest round" not in markdown(BenchReport(command="test", datasets=[run]))


def test_the_command_refuses_rounds_under_one_naming_the_value(tmp_path: Path) -> None:
    data = write_jsonl(tmp_path / "tiny.jsonl", [record(1)])
    completed = run_cli(str(data), "--rounds", "0", cwd=tmp_path)
    assert completed.returncode == 2
    assert "--rounds: expected a positive whole number, got '0'" in completed.stderr


def test_the_command_refuses_an_unknown_system_in_one_line(tmp_path: Path) -> None:
    data = write_jsonl(tmp_path / "tiny.jsonl", [record(1)])
    completed = run_cli(str(data), "--systems", "cleaner,goose", cwd=tmp_path)
    assert completed.returncode == 2
    assert completed.stderr.count("\n") == 1
    assert completed.stderr.startswith("cleaner: error: unknown system 'goose': expected some of cleaner, trafilatura")


def test_the_command_refuses_a_missing_data_set(tmp_path: Path) -> None:
    completed = run_cli("nowhere.jsonl.gz", cwd=tmp_path)
    assert (completed.returncode, completed.stderr) == (2, "cleaner: error: nowhere.jsonl.gz: no such file or folder\n")


# -- the cleaner's costs by stage ---------------------------------------------------------------------


def test_costs_name_reading_each_heuristic_in_order_and_combining(tmp_path: Path) -> None:
    dataset = load_dataset(write_jsonl(tmp_path / "tiny.jsonl", [record(1), record(2), record(3)]))
    pipeline = Cleaner()

    report = measure_costs(dataset, "text", pipeline)

    assert [stage.stage for stage in report.stages] == [
        READ_COST,
        *(heuristic.name for heuristic in pipeline.heuristics),
        COMBINE_COST,
    ]
    assert report.pages == 3
    assert all(stage.ms_per_page >= 0 for stage in report.stages)
    assert sum(stage.share for stage in report.stages) == pytest.approx(1.0)
    assert report.ms_per_page > 0


def test_costs_count_only_the_pages_of_the_mode(tmp_path: Path) -> None:
    without_html = {key: value for key, value in record(2).items() if key != "html"}
    dataset = load_dataset(write_jsonl(tmp_path / "tiny.jsonl", [record(1), without_html]))

    assert measure_costs(dataset, "html", Cleaner()).pages == 1
    assert measure_costs(dataset, "text", Cleaner()).pages == 2


def test_decide_counts_each_heuristic_and_the_combiner_and_decides_the_same() -> None:
    pipeline = Cleaner()
    page = pipeline.read(TEXT, None, "text")
    costs: dict[str, float] = {}

    costed = pipeline.decide(page, costs=costs)

    assert set(costs) == {heuristic.name for heuristic in pipeline.heuristics} | {COMBINE_COST}
    assert all(seconds >= 0 for seconds in costs.values())
    uncosted = pipeline.decide(page)
    assert (costed.text, costed.title) == (uncosted.text, uncosted.title)
    assert [(block.label, block.decision) for block in costed.blocks] == [
        (block.label, block.decision) for block in uncosted.blocks
    ]


def test_pages_with_a_blank_input_but_a_gold_body_are_counted_and_noted_under_the_table(tmp_path: Path) -> None:
    records = [record(1), {**record(2), "text": " \n "}, {**record(3), "text": "", "body": ""}]
    dataset = load_dataset(write_jsonl(tmp_path / "tiny.jsonl", records))
    run = run_dataset(dataset, [SYSTEMS["c4-filter"]], ["text"])
    assert run.blank_inputs == {"text": 1}  # the third page's gold is empty too: nothing is missed there
    assert run.runs[0].pages[1].shingles.fn > 0 and run.runs[0].pages[1].shingles.tp == 0
    note = "1 page with a gold body has a blank text input: no system can find that body"
    assert note in markdown(BenchReport(command="test", datasets=[run]))


def test_no_note_is_written_when_every_page_has_its_input(tmp_path: Path) -> None:
    dataset = load_dataset(write_jsonl(tmp_path / "tiny.jsonl", [record(1), record(2)]))
    run = run_dataset(dataset, [SYSTEMS["c4-filter"]], ["text"])
    assert run.blank_inputs == {}
    assert "blank" not in markdown(BenchReport(command="test", datasets=[run]))
