"""A page's URL, as the crawl recorded it: a hint that may not parse ("http://[::1/", a bare word)."""

from __future__ import annotations

from urllib.parse import SplitResult, urlsplit


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
