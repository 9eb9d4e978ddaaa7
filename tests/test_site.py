"""Site profiles: learning a host's repeated blocks, bounding them, saving them, and clean_many."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import line

import cleaner
from cleaner import Cleaner, ConfigError, InputError, Label, Page, ProfileSettings, SiteProfile, SiteProfiles
from cleaner.segment.text import segment_text
from cleaner.site import block_key, host_of, page_keys

MENU = "Home | World | Sport | Culture | Weather"
NEWSLETTER = "The morning briefing, every weekday at seven"


def _story(seed: int) -> str:
    """A headline and four paragraphs of running text, different for every seed."""
    paragraphs = [line(40, stopwords=12, seed=seed * 7 + k, end=".") for k in range(4)]
    return "\n\n".join([f"Storm number {seed} closes the coast road", *paragraphs])


def _page(seed: int, host: str = "news.example.com") -> Page:
    """A story framed by the site's menu and newsletter line, on `host`."""
    return Page(id=f"p{seed}", url=f"https://{host}/story/{seed}", raw=f"{MENU}\n\n{_story(seed)}\n\n{NEWSLETTER}")


# -- hosts and profiles --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "host"),
    [
        ("https://www.Example.com/a", "example.com"),
        ("http://blog.example.com:8080/x?y=1", "blog.example.com"),
        ("example.com/no-scheme", None),
        ("", None),
        (None, None),
        ("http://[::1/broken", None),
    ],
)
def test_host_of_names_the_site_or_none(url: str | None, host: str | None) -> None:
    assert host_of(url) == host


def test_profile_counts_pages_not_repeats_within_a_page() -> None:
    profile = SiteProfile(host="example.com")
    profile.learn(page_keys(segment_text(f"{MENU}\n\n{MENU}\n\n{line(12, seed=1, end='.')}")))
    profile.learn(page_keys(segment_text(f"{MENU}\n\n{line(12, seed=2, end='.')}")))

    assert profile.pages == 2
    assert profile.blocks[block_key(segment_text(MENU).fingerprints[0])] == 2
    assert sorted(profile.blocks.values()) == [1, 1, 2]


def test_full_profile_keeps_the_blocks_on_most_pages() -> None:
    profile = SiteProfile(host="example.com")
    for seed in range(5):
        profile.learn(page_keys(segment_text(f"{MENU}\n\n{line(12, seed=seed, end='.')}")), max_blocks=3)

    assert len(profile.blocks) <= 3
    assert profile.blocks[block_key(segment_text(MENU).fingerprints[0])] == 5


def test_profiles_over_max_blocks_forget_what_single_pages_hold_first() -> None:
    profiles = SiteProfiles(ProfileSettings(max_blocks=6))
    for seed in range(3):  # the menu and one paragraph a page: 4 fingerprints
        profiles.learn(segment_text(f"{MENU}\n\n{line(12, seed=seed, end='.')}", "https://a.example/"))
    profiles.learn(segment_text(line(12, seed=7, end="."), "https://b.example/"))  # 5 ...
    profiles.learn(segment_text(line(12, seed=8, end="."), "https://c.example/"))  # 6 ...
    profiles.learn(segment_text(line(12, seed=9, end="."), "https://d.example/"))  # 7: over the bound

    assert profiles.hosts() == ["a.example", "d.example"]  # b and c held single-page text only
    profile = profiles.for_url("https://a.example/")
    assert profile is not None and profile.pages == 3
    assert profile.blocks == {block_key(segment_text(MENU).fingerprints[0]): 3}
    assert profiles.entries == 2


def test_profiles_over_max_blocks_then_drop_the_hosts_with_fewest_pages() -> None:
    profiles = SiteProfiles(ProfileSettings(max_blocks=9))
    for seed in range(3):  # a menu and a footer on three pages, and a paragraph each: 5 fingerprints
        text = f"{MENU}\n\n{line(12, seed=seed, end='.')}\n\n{NEWSLETTER}"
        profiles.learn(segment_text(text, "https://big.example/"))
    for seed in range(2):  # a menu on two pages, and a paragraph each: 8
        profiles.learn(segment_text(f"Mid menu\n\n{line(12, seed=seed + 3, end='.')}", "https://mid.example/"))
    profiles.learn(segment_text(f"New menu\n\n{line(12, seed=6, end='.')}", "https://new.example/"))  # 10

    # Without single-page text 5 are left, over half the bound: the host with fewest pages goes.
    assert profiles.hosts() == ["big.example", "new.example"]
    assert profiles.entries == 4


def test_profiles_stay_within_max_blocks_however_many_pages_they_learn() -> None:
    profiles = SiteProfiles(ProfileSettings(max_blocks=50, max_blocks_per_host=20))
    for seed in range(300):
        text = f"{MENU}\n\n{line(12, seed=seed, end='.')}\n\n{line(9, seed=seed + 1)}"
        profiles.learn(segment_text(text, f"https://site{seed % 7}.example/{seed}"))
        assert profiles.entries == sum(len(profile.blocks) for profile in profiles) <= 50

    assert all(profile.blocks.get(block_key(segment_text(MENU).fingerprints[0]), 0) > 1 for profile in profiles)


def test_pages_without_a_host_are_not_learned() -> None:
    profiles = SiteProfiles()
    profiles.learn(segment_text(MENU, None))

    assert len(profiles) == 0
    assert profiles.for_url(None) is None


def test_profiles_of_one_host_merge_by_adding_counts() -> None:
    left, right = SiteProfiles(), SiteProfiles()
    left.learn(segment_text(MENU, "https://example.com/a"))
    right.learn(segment_text(MENU, "https://example.com/b"))
    right.learn(segment_text(MENU, "https://example.com/c"))
    for profile in right:
        left.add(profile)

    merged = left.for_url("https://www.example.com/")
    assert merged is not None and merged.pages == 3
    assert list(merged.blocks.values()) == [3]


def test_merging_profiles_of_two_hosts_is_refused() -> None:
    with pytest.raises(ConfigError, match=r"'b\.example'.*'a\.example'"):
        SiteProfile(host="a.example").merge(SiteProfile(host="b.example"))


# -- files ---------------------------------------------------------------------------------------


def test_profiles_round_trip_through_json(tmp_path: Path) -> None:
    profiles = SiteProfiles()
    for seed in range(3):
        profiles.learn(segment_text(f"{MENU}\n\n{_story(seed)}", f"https://example.com/{seed}"))
    path = tmp_path / "profiles.json"
    profiles.save(path)

    loaded = SiteProfiles.load(path)
    assert loaded.hosts() == ["example.com"]
    assert loaded.for_url("https://example.com/") == profiles.for_url("https://example.com/")
    assert MENU not in path.read_text(encoding="utf-8")  # digests only, no page text


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "is not valid JSON"),
        ('["a list"]', "is not a site profiles file"),
        ('{"format": "cleaner-site-profiles", "version": 99}', "has version 99, expected 1"),
        ('{"format": "cleaner-site-profiles", "version": 1, "profiles": [{"pages": 1}]}', "invalid profile"),
    ],
)
def test_bad_profiles_file_is_refused_with_its_path(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "profiles.json"
    path.write_text(content, encoding="utf-8")

    with pytest.raises(InputError, match=message) as error:
        SiteProfiles.load(path)
    assert str(path) in str(error.value)


def test_missing_profiles_file_is_refused_with_its_path(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"cannot read site profiles from .*absent\.json"):
        SiteProfiles.load(tmp_path / "absent.json")


def test_unwritable_profiles_path_is_refused_with_its_path(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"cannot write site profiles to .*no-such-dir"):
        SiteProfiles().save(tmp_path / "no-such-dir" / "profiles.json")


# -- clean_many ----------------------------------------------------------------------------------


def _labels_of(result: cleaner.CleanResult, text: str) -> set[Label]:
    return {block.label for block in result.blocks if block.text == text}


def test_clean_many_returns_one_result_per_page_in_input_order() -> None:
    pages = [_page(seed, host) for seed, host in [(0, "a.example"), (1, "b.example"), (2, "a.example")]]

    results = list(cleaner.clean_many(pages, window=2))

    assert [result.url for result in results] == [page.url for page in pages]
    assert [result.title for result in results] == [f"Storm number {seed} closes the coast road" for seed in range(3)]


def test_clean_many_learns_the_template_that_one_page_alone_keeps() -> None:
    pages = [_page(seed) for seed in range(3)]
    alone = [cleaner.clean(page.raw, url=page.url) for page in pages]
    learned = list(cleaner.clean_many(pages))

    # On its own, the newsletter line after the story is kept; the site's three pages show it is the template.
    assert all(_labels_of(result, NEWSLETTER) == {Label.BODY} for result in alone)
    assert all(_labels_of(result, NEWSLETTER) == {Label.CHROME} for result in learned)
    assert [result.text.replace(f"\n\n{NEWSLETTER}", "") for result in alone] == [result.text for result in learned]


def test_clean_many_learns_each_host_apart() -> None:
    pages = [_page(0, "a.example"), _page(1, "b.example"), _page(2, "c.example")]

    results = list(cleaner.clean_many(pages))

    assert all(_labels_of(result, NEWSLETTER) == {Label.BODY} for result in results)


def test_clean_many_fills_the_profiles_it_is_given() -> None:
    profiles = SiteProfiles()
    list(cleaner.clean_many([_page(seed) for seed in range(3)], profiles=profiles))

    profile = profiles.for_url("https://news.example.com/")
    assert profile is not None and profile.pages == 3


def test_clean_many_with_a_loaded_profile_and_no_learning(tmp_path: Path) -> None:
    learned = SiteProfiles()
    for seed in range(3):
        learned.learn(Cleaner().read(_page(seed).raw, _page(seed).url))
    learned.save(tmp_path / "profiles.json")

    loaded = SiteProfiles.load(tmp_path / "profiles.json")
    [result] = cleaner.clean_many([_page(7)], profiles=loaded, learn=False)

    assert _labels_of(result, NEWSLETTER) == {Label.CHROME}
    assert loaded.for_url(_page(7).url).pages == 3  # type: ignore[union-attr]


def test_clean_many_names_the_page_it_cannot_read() -> None:
    pages = [
        _page(0),
        Page(id="broken", url="https://news.example.com/x", raw=b"\x89PNG\r\n\x1a\n" + bytes(range(256))),
    ]

    with pytest.raises(InputError, match="page 'broken'"):
        list(cleaner.clean_many(pages))


def test_clean_many_refuses_an_empty_window() -> None:
    with pytest.raises(ConfigError, match="at least 1 page, got 0"):
        list(cleaner.clean_many([_page(0)], window=0))


def test_page_and_result_round_trip_through_json() -> None:
    page = _page(0)

    assert Page.model_validate_json(page.model_dump_json()) == page
    assert json.loads(page.model_dump_json())["id"] == "p0"


def test_a_line_of_the_site_template_is_never_a_page_s_title() -> None:
    paragraphs = [line(40, stopwords=12, seed=seed, end=".") for seed in range(3)]
    pages = [
        Page(id=str(seed), url=f"https://news.example.com/{seed}", raw=f"{MENU}\n\n{p}")
        for seed, p in enumerate(paragraphs)
    ]

    assert cleaner.clean(pages[0].raw, url=pages[0].url).title == MENU
    assert [result.title for result in cleaner.clean_many(pages)] == [None, None, None]


def test_a_paragraph_that_every_article_of_the_site_repeats_inside_its_body_stays_body() -> None:
    shared = line(40, stopwords=12, seed=25, end=".")  # say, the background paragraph of a running story
    pages = []
    for seed in range(3):
        paragraphs = [line(40, stopwords=12, seed=seed * 7 + k, end=".") for k in range(4)]
        text = "\n\n".join(
            [MENU, f"Storm number {seed} closes the coast road", *paragraphs[:2], shared, *paragraphs[2:]]
        )
        pages.append(Page(id=str(seed), url=f"https://news.example.com/{seed}", raw=text))

    results = list(cleaner.clean_many(pages))

    assert all(_labels_of(result, shared) == {Label.BODY} for result in results)
    assert all(_labels_of(result, MENU) == {Label.CHROME} for result in results)
    shared_votes = [vote for block in results[0].blocks if block.text == shared for vote in block.votes]
    assert any(vote.heuristic == "site_template" for vote in shared_votes)  # seen, and outweighed


def test_clean_many_reads_the_stream_one_window_at_a_time() -> None:
    consumed: list[str] = []

    def stream() -> Iterator[Page]:
        for seed in range(5):
            consumed.append(str(seed))
            yield _page(seed)

    results = cleaner.clean_many(stream(), window=2)
    next(results)
    assert len(consumed) == 2  # the first window only: learned, then cleaned, before more is read
    assert len(list(results)) == 4
    assert len(consumed) == 5
