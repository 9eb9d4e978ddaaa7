"""The site-learning measure: the cleaner with and without site profiles, on the multi-page hosts."""

from __future__ import annotations

from helpers import line

from cleaner.bench.datasets import Dataset, Record
from cleaner.bench.report import BenchReport, markdown
from cleaner.bench.runner import ALL_PAGES
from cleaner.bench.sites import MIN_HOST_PAGES, WITH_SITES, multi_page_hosts, run_site_learning

MENU = "Home | World | Sport | Culture | Weather"
NEWSLETTER = "The morning briefing, every weekday at seven"


def _record(seed: int, host: str) -> Record:
    """A story between the site's menu and newsletter line; the gold is the story alone."""
    paragraphs = "\n\n".join(line(40, stopwords=12, seed=seed * 7 + k, end=".") for k in range(4))
    return Record(
        id=f"{host}/{seed}",
        url=f"https://{host}/story/{seed}",
        text=f"{MENU}\n\n{paragraphs}\n\n{NEWSLETTER}",
        body=paragraphs,
    )


def _dataset(records: list[Record]) -> Dataset:
    return Dataset(name="sites", source="inline", title="keep", records=records)


def test_only_hosts_with_enough_pages_are_measured() -> None:
    records = [_record(seed, "big.example") for seed in range(MIN_HOST_PAGES)]
    records += [_record(seed, "small.example") for seed in range(MIN_HOST_PAGES - 1)]
    records.append(_record(0, "").model_copy(update={"url": None}))

    assert multi_page_hosts(records) == records[:MIN_HOST_PAGES]


def test_site_profiles_raise_the_score_of_a_templated_site() -> None:
    run = run_site_learning(_dataset([_record(seed, "news.example") for seed in range(MIN_HOST_PAGES)]), "text")

    assert run is not None and run.hosts == 1
    alone, learned = (result.groups[ALL_PAGES] for result in run.runs)
    assert [result.system for result in run.runs] == ["cleaner", WITH_SITES]
    assert alone.pages == learned.pages == MIN_HOST_PAGES
    assert alone.precision < 1.0
    assert learned.precision == 1.0 and learned.recall == alone.recall == 1.0


def test_a_data_set_without_multi_page_hosts_has_no_site_measure() -> None:
    assert run_site_learning(_dataset([_record(0, "a.example"), _record(1, "b.example")]), "text") is None
    assert run_site_learning(_dataset([_record(seed, "news.example") for seed in range(3)]), "html") is None


def test_the_report_shows_the_site_table_under_its_data_set() -> None:
    dataset = _dataset([_record(seed, "news.example") for seed in range(MIN_HOST_PAGES)])
    run = run_site_learning(dataset, "text")
    assert run is not None

    tables = markdown(BenchReport(command="cleaner bench", datasets=[], site_learning={"sites": [run]}))
    assert tables == ""  # a data set's site table stands under the data set's own tables

    from cleaner.bench.runner import run_dataset
    from cleaner.bench.systems import SYSTEMS

    report = BenchReport(
        command="cleaner bench",
        datasets=[run_dataset(dataset, [SYSTEMS["cleaner"]], ["text"])],
        site_learning={"sites": [run]},
    )
    tables = markdown(report)
    assert "#### sites, site profiles (text): 3 pages of the 1 hosts with 3 or more pages" in tables
    assert f"| {WITH_SITES} | text | 1.000 ± 0.000 |" in tables
