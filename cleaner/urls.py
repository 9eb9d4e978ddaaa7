"""A page's URL, as the crawl recorded it: a hint that may not parse ("http://[::1/", a bare word)."""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import SplitResult, unquote, urlsplit

import regex

# The URL's slug names the page: its last path segment's words, without a file's extension.
# A slug of fewer words names a section ("/news/"), not a page.
_SLUG_MIN_WORDS = 3
_FILE_EXTENSION = regex.compile(r"\.(?:s?html?|php|aspx?|jsp|cfm)$", regex.IGNORECASE)
_SLUG_SEPARATOR = regex.compile(r"[\W_]+")
_LETTER = regex.compile(r"[^\W\d_]")
# A path that files the page under a year and a month ("/2019/11/18/a-story", "/2018/09/"), as
# news sites and blogs file their stories: four digits of a year from 1990, then a month.
_DATED_PATH = regex.compile(r"/(?:199\d|20\d\d)/(?:0?[1-9]|1[0-2])(?:/|\Z)")


def url_parts(url: str | None) -> SplitResult | None:
    """`url` split into its parts; None where there is no URL or it does not parse, so that it tells nothing."""
    if not url:
        return None
    try:
        return urlsplit(url.strip())
    except ValueError:  # a bracketed host that is no IPv6 address (a bad port fails only when read)
        return None


def url_path(url: str | None) -> str:
    """The path of `url` ("/news/storm-closes-road.html"); empty where there is none or it does not parse."""
    parts = url_parts(url)
    return parts.path if parts is not None else ""


@lru_cache(maxsize=256)  # a text page asks twice, the segmenter for its headline and the combiner
def slug_words(url: str | None) -> frozenset[str]:
    """The case-folded words of `url`'s slug (its last path segment), or none when it names no page.

    "https://example.com/news/storm-closes-the-coast-road.html" gives storm, closes, the, coast,
    road; numbers are left out (an id, a date), and a slug of fewer than `_SLUG_MIN_WORDS` words
    ("/news/", "/p/123") is no page's name.
    """
    segment = unquote(url_path(url)).rstrip("/").rpartition("/")[2]
    parts = _SLUG_SEPARATOR.split(_FILE_EXTENSION.sub("", segment).casefold())
    named = frozenset(part for part in parts if _LETTER.search(part))
    return named if len(named) >= _SLUG_MIN_WORDS else frozenset()


def dated_path(url: str | None) -> bool:
    """Whether `url`'s path files the page under a year and a month ("/2019/11/18/…"), as news sites and blogs do.

    Forums and Q&A sites number their threads instead ("/threads/title.1234/", "/questions/42/").
    A URL that holds no slash and year anywhere (nine in ten on ScrapingHub and WCXB-dev) is not
    parsed: `urlsplit` took 10,000 instructions a page.
    """
    if not url or ("/199" not in url and "/20" not in url):
        return False
    return _DATED_PATH.search(url_path(url)) is not None
