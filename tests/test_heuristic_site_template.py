"""site_template: a block that many pages of its site hold is the site's template."""

from __future__ import annotations

import pytest
from helpers import line

from cleaner.heuristics.site_template import SiteTemplate
from cleaner.pipeline import with_site
from cleaner.segment.text import segment_text
from cleaner.site import SiteProfile, page_keys

S = SiteTemplate().settings
MENU = "Home | World | Sport | Culture"
URL = "https://news.example.com/story"


def _profile(pages_with_menu: int, pages: int) -> SiteProfile:
    """A profile of `pages` pages, `pages_with_menu` of them showing the menu."""
    profile = SiteProfile(host="news.example.com")
    for index in range(pages):
        own = line(12, stopwords=4, seed=index, end=".")
        text = f"{MENU}\n\n{own}" if index < pages_with_menu else own
        profile.learn(page_keys(segment_text(text, URL)))
    return profile


def _menu_vote(pages_with_menu: int, pages: int, heuristic: SiteTemplate | None = None) -> object:
    page = with_site(
        segment_text(f"{MENU}\n\n{line(12, stopwords=4, seed=99, end='.')}", URL), _profile(pages_with_menu, pages)
    )
    votes = (heuristic or SiteTemplate()).vote(page)
    assert votes[1] is None  # the page's own paragraph is on no other page
    return votes[0]


def test_block_on_every_page_of_the_site_votes_chrome() -> None:
    vote = _menu_vote(4, 4)

    assert vote is not None and vote.value < 0 and vote.reason == f"on_site_pages>={S.min_pages}"


def test_block_on_min_pages_votes_chrome_and_one_page_fewer_abstains() -> None:
    assert _menu_vote(S.min_pages, S.min_pages) is not None
    assert _menu_vote(S.min_pages - 1, S.min_pages) is None


@pytest.mark.parametrize(("holding", "voted"), [(5, True), (4, False), (6, True)])
def test_block_needs_min_page_share_of_the_profile(holding: int, voted: bool) -> None:
    # Ten pages at a share of 0.5: five is the edge.
    assert (_menu_vote(holding, 10, SiteTemplate(min_page_share=0.5)) is not None) is voted


def test_profile_of_fewer_than_min_profile_pages_abstains() -> None:
    assert _menu_vote(S.min_profile_pages - 1, S.min_profile_pages - 1) is None
    assert _menu_vote(S.min_profile_pages, S.min_profile_pages) is not None


def test_page_cleaned_without_a_profile_abstains() -> None:
    page = segment_text(f"{MENU}\n\n{line(12, seed=1, end='.')}", URL)

    assert SiteTemplate().vote(page) == [None, None]
