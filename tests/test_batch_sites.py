"""Site profiles in batch: a learning pass before the cleaning pass, profiles loaded and saved, resumed runs."""

from __future__ import annotations

from pathlib import Path

import pytest
from batch_inputs import output_records, write_jsonl, write_warc
from helpers import line

from cleaner import InputError, SiteProfiles
from cleaner.batch import BatchOptions, format_summary, run_batch
from cleaner.batch.options import SiteOptions
from cleaner.batch.parts import PartStore
from cleaner.batch.run import PROFILES, fingerprint

MENU = "Home | World | Sport | Culture | Weather"
NEWSLETTER = "The morning briefing, every weekday at seven"


def _story(seed: int) -> str:
    paragraphs = [line(40, stopwords=12, seed=seed * 7 + k, end=".") for k in range(4)]
    return "\n\n".join([MENU, f"Storm number {seed} closes the coast road", *paragraphs, NEWSLETTER])


def _site(folder: Path, pages: int = 3, host: str = "news.example.com") -> Path:
    records = [{"id": f"p{seed}", "url": f"https://{host}/{seed}", "text": _story(seed)} for seed in range(pages)]
    return write_jsonl(folder / f"{host}.jsonl", records)


def _options(**sites: object) -> BatchOptions:
    return BatchOptions(jobs=1, sites=SiteOptions.model_validate(sites))


def _keeps_newsletter(output: Path) -> list[bool]:
    return [record["text"].endswith(NEWSLETTER) for record in output_records(output)]


def test_a_learning_pass_drops_the_line_every_page_of_the_site_shows(tmp_path: Path) -> None:
    source = _site(tmp_path)
    alone = run_batch([source], tmp_path / "alone.jsonl", BatchOptions(jobs=1))
    learned = run_batch([source], tmp_path / "learned.jsonl", _options(learn=True))

    assert _keeps_newsletter(tmp_path / "alone.jsonl") == [True, True, True]
    assert _keeps_newsletter(tmp_path / "learned.jsonl") == [False, False, False]
    assert (alone.site_hosts, learned.site_hosts) == (0, 1)
    assert "site profiles: 1 hosts" in format_summary(learned)
    assert not (tmp_path / ".learned.jsonl.parts").exists()


def test_two_workers_learn_and_clean_as_one_does(tmp_path: Path) -> None:
    sources = [_site(tmp_path, 4, "a.example"), _site(tmp_path, 3, "b.example")]
    run_batch(sources, tmp_path / "one.jsonl", _options(learn=True))
    run_batch(sources, tmp_path / "two.jsonl", BatchOptions(jobs=2, sites=SiteOptions(learn=True)))

    assert (tmp_path / "one.jsonl").read_bytes() == (tmp_path / "two.jsonl").read_bytes()


def test_saved_profiles_clean_another_run_without_learning(tmp_path: Path) -> None:
    saved = tmp_path / "sites.json"
    run_batch([_site(tmp_path)], tmp_path / "first.jsonl", _options(learn=True, save=saved))
    later = write_jsonl(tmp_path / "later.jsonl", [{"id": "n", "url": "https://news.example.com/9", "text": _story(9)}])
    summary = run_batch([later], tmp_path / "later-out.jsonl", _options(profiles=saved))

    assert SiteProfiles.load(saved).hosts() == ["news.example.com"]
    assert _keeps_newsletter(tmp_path / "later-out.jsonl") == [False]
    assert summary.site_hosts == 1


def test_a_missing_profiles_file_is_refused_before_any_work(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"cannot read site profiles from .*absent"):
        run_batch([_site(tmp_path)], tmp_path / "out.jsonl", _options(profiles=tmp_path / "absent.json"))
    assert not (tmp_path / "out.jsonl").exists()
    assert not (tmp_path / ".out.jsonl.parts").exists()


def test_a_resumed_run_cleans_with_the_profiles_its_first_pass_learned(tmp_path: Path) -> None:
    source = _site(tmp_path, pages=3)
    output = tmp_path / "out.jsonl"
    options = BatchOptions(jobs=1, checkpoint_records=1, sites=SiteOptions(learn=True))
    # An interrupted run: its parts folder holds the learned profiles and no record yet.
    store = PartStore(output, fingerprint([source], options), options.checkpoint_records)
    store.start(resume=False)
    profiles = SiteProfiles()
    for record in output_records(source):  # learned from other pages than the ones in the input
        profiles.learn_keys(record["url"], frozenset())
    profiles.save(store.folder / PROFILES)

    summary = run_batch([source], output, options.model_copy(update={"resume": True}))

    # The kept profiles (three empty pages) were used, not learned again: the newsletter stays.
    assert _keeps_newsletter(output) == [True, True, True]
    assert summary.site_hosts == 1


def test_pages_of_a_warc_file_are_learned_by_their_target_uri(tmp_path: Path) -> None:
    responses = [(f"https://news.example.com/{seed}", "text/plain", _story(seed).encode()) for seed in range(3)]
    warc = write_warc(tmp_path / "crawl.warc.gz", responses)
    run_batch([warc], tmp_path / "out.jsonl", _options(learn=True))

    records = output_records(tmp_path / "out.jsonl")
    assert [record["url"] for record in records] == [url for url, _, _ in responses]
    assert _keeps_newsletter(tmp_path / "out.jsonl") == [False, False, False]
    assert [record["title"] for record in records] == [
        f"Storm number {seed} closes the coast road" for seed in range(3)
    ]
