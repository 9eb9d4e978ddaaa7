"""A page's URL as a hint: whether its path is dated as a story's is (its slug is tested with the headline it names)."""

from __future__ import annotations

import pytest

from cleaner.urls import dated_path


@pytest.mark.parametrize(
    "url",
    [
        "https://www.macrumors.com/2019/11/18/13-inch-macbook-pro-scissor-keyboard-2020/",
        "https://blog.givewell.org/2018/09/10/september-2018-open-thread/#comment-949890",
        "https://example.com/blog/2020/1/a-short-post",
        "https://example.com/1999/12/",
        "https://example.com/news/2024/05",
    ],
)
def test_a_path_filed_under_a_year_and_a_month_is_dated(url: str) -> None:
    assert dated_path(url)


@pytest.mark.parametrize(
    "url",
    [
        "https://forums.FreeBSD.org/threads/2024-the-year-of-desktop-freebsd.91732/",
        "https://stackoverflow.com/questions/50757497/simplest-async-await-example",
        "https://developers.slashdot.org/story/25/12/19/236259/stanford-grads",  # a year of two digits
        "https://example.com/2019/",  # a year alone
        "https://example.com/2019/13/not-a-month",
        "https://example.com/1989/11/too-early",
        "https://example.com/archive/2019-11-18-story",
        "https://example.com/?date=/2019/11/",  # the query is not the path
        "not a url",
        "",
        None,
    ],
)
def test_a_path_without_a_year_and_a_month_is_not(url: str | None) -> None:
    assert not dated_path(url)
