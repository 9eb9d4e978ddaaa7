"""Site profiles: the blocks that repeat across the pages of one host.

Most of a site's chrome is its template, and a template repeats on every page the site
serves: the menu, the newsletter box, "Have you tried the new app?", the footer. One page
alone cannot tell a template line written once from a paragraph written once; a few pages
of the same host can. A `SiteProfile` counts, for each block fingerprint (case-folded words,
see `SegmentedPage.fingerprints`), on how many of the host's pages it was seen, and
`SiteProfiles` keeps one profile a host. The `site_template` heuristic turns the counts
into votes. Template detection across pages goes back to Bar-Yossef and Rajagopalan's
"Template detection via data mining" (WWW 2002); boilerpipe and jusText only look inside
one page.

Memory is bounded, as in lossy counting: a profile keeps at most
`ProfileSettings.max_blocks_per_host` fingerprints, and a set of profiles at most
`max_blocks` in all. When a bound is reached, the fingerprints seen on a single page go
first (they are a page's own text, or a template line not yet seen twice: it comes back
with the next pages; a host left with none is forgotten), then, if need be, the profiles of
the hosts with the fewest pages.
Fingerprints are kept as 64-bit digests (about 75 bytes an entry), so a profile holds no
page text and two profiles of the same host merge by adding their counts.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from hashlib import blake2b
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from cleaner.errors import ConfigError, InputError
from cleaner.segment.page import SegmentedPage
from cleaner.urls import url_parts

PROFILE_FORMAT = "cleaner-site-profiles"
PROFILE_FORMAT_VERSION = 1


class ProfileSettings(BaseModel):
    """How much a set of site profiles may hold."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    max_blocks_per_host: int = Field(20_000, ge=1, description="fingerprints kept for one host")
    max_blocks: int = Field(250_000, ge=1, description="fingerprints kept in all, over every host (about 20 MB)")


def host_of(url: str | None) -> str | None:
    """The site a URL belongs to: its host name, lower-cased, without a leading ``www.``."""
    parts = url_parts(url)
    host = parts.hostname if parts is not None else None
    if not host:
        return None
    return host.removeprefix("www.")


def block_key(fingerprint: str) -> int:
    """The digest a profile keeps for a block fingerprint: 64 bits, the same in every process."""
    return int.from_bytes(blake2b(fingerprint.encode("utf-8", "surrogatepass"), digest_size=8).digest())


def page_keys(page: SegmentedPage) -> frozenset[int]:
    """The keys of a page's distinct blocks: what a profile learns of it (each once, however often repeated)."""
    return frozenset([block_key(fingerprint) for fingerprint in page.fingerprints if fingerprint])


class SiteProfile(BaseModel):
    """How many of one host's pages hold each block fingerprint."""

    host: str
    pages: int = Field(0, ge=0, description="pages learned")
    blocks: dict[int, int] = Field(default_factory=dict, description="block key (see block_key) → pages holding it")

    def learn(self, keys: frozenset[int], max_blocks: int = ProfileSettings().max_blocks_per_host) -> None:
        """Count one page, given as the keys of its blocks (see `page_keys`)."""
        self.pages += 1
        blocks = self.blocks
        for key in keys:
            blocks[key] = blocks.get(key, 0) + 1
        if len(blocks) > max_blocks:
            self._prune(max_blocks)

    def pages_holding(self, page: SegmentedPage) -> tuple[int, ...]:
        """For each block of `page`, on how many learned pages its fingerprint was seen."""
        blocks = self.blocks
        return tuple([blocks.get(block_key(fingerprint), 0) if fingerprint else 0 for fingerprint in page.fingerprints])

    def merge(self, other: SiteProfile, max_blocks: int = ProfileSettings().max_blocks_per_host) -> None:
        """Add the counts of `other`, a profile of the same host learned on other pages."""
        if other.host != self.host:
            raise ConfigError(f"cannot merge the profile of {other.host!r} into the profile of {self.host!r}")
        self.pages += other.pages
        for key, count in other.blocks.items():
            self.blocks[key] = self.blocks.get(key, 0) + count
        if len(self.blocks) > max_blocks:
            self._prune(max_blocks)

    def _prune(self, max_blocks: int) -> None:
        """Drop the rarest fingerprints, down to half of `max_blocks`, so that pruning stays rare.

        Rare ones are a page's own text; the template is what many pages share.
        """
        ranked = sorted(self.blocks.items(), key=lambda item: item[1], reverse=True)
        self.blocks = dict(ranked[: max(max_blocks // 2, 1)])

    def forget_single_pages(self) -> None:
        """Drop the fingerprints seen on one page only: they vote nothing until seen again."""
        self.blocks = {key: count for key, count in self.blocks.items() if count > 1}


class SiteProfiles:
    """One `SiteProfile` a host, learned from pages, saved to and loaded from JSON."""

    def __init__(self, settings: ProfileSettings | None = None) -> None:
        self.settings = settings or ProfileSettings()
        self._profiles: dict[str, SiteProfile] = {}
        self._entries = 0

    def __len__(self) -> int:
        return len(self._profiles)

    def __iter__(self) -> Iterator[SiteProfile]:
        return iter(self._profiles.values())

    def hosts(self) -> list[str]:
        return sorted(self._profiles)

    @property
    def entries(self) -> int:
        """Fingerprints kept, over every host."""
        return self._entries

    def learn(self, page: SegmentedPage) -> None:
        """Add one segmented page to its host's profile; pages without a host are skipped."""
        self.learn_keys(page.url, page_keys(page))

    def learn_keys(self, url: str | None, keys: frozenset[int]) -> None:
        """Add one page, given by its URL and its block keys (see `page_keys`), as `learn` does.

        Workers that segment pages can send their keys to the process that keeps the profiles.
        """
        host = host_of(url)
        if host is None:
            return
        profile = self._profiles.setdefault(host, SiteProfile(host=host))
        before = len(profile.blocks)
        profile.learn(keys, self.settings.max_blocks_per_host)
        self._grown(len(profile.blocks) - before, host)

    def for_url(self, url: str | None) -> SiteProfile | None:
        """The profile of the host of `url`, if one was learned."""
        host = host_of(url)
        return self._profiles.get(host) if host is not None else None

    def add(self, profile: SiteProfile) -> None:
        """Merge a profile in (learned elsewhere, for instance by another worker)."""
        existing = self._profiles.setdefault(profile.host, SiteProfile(host=profile.host))
        before = len(existing.blocks)
        existing.merge(profile, self.settings.max_blocks_per_host)
        self._grown(len(existing.blocks) - before, profile.host)

    def _grown(self, added: int, newcomer: str) -> None:
        """Over `max_blocks`, forget what single pages hold, then the smallest hosts, down to half the bound.

        Going down to half keeps the sweeps rare: one for every `max_blocks / 2` new fingerprints.
        """
        self._entries += added
        if self._entries <= self.settings.max_blocks:
            return
        for profile in list(self._profiles.values()):
            if profile.host == newcomer:  # its page was just learned: the host's next page needs it
                continue
            profile.forget_single_pages()
            if not profile.blocks:
                del self._profiles[profile.host]
        self._entries = sum(len(profile.blocks) for profile in self._profiles.values())
        target = self.settings.max_blocks // 2
        for smallest in sorted(self._profiles.values(), key=lambda profile: (profile.host == newcomer, profile.pages)):
            if self._entries <= target:
                break
            self._entries -= len(smallest.blocks)
            del self._profiles[smallest.host]

    # -- files ---------------------------------------------------------------------------

    def save(self, path: str | Path) -> None:
        """Write the profiles as JSON (written to a temporary file, then moved into place)."""
        path = Path(path)
        document = {
            "format": PROFILE_FORMAT,
            "version": PROFILE_FORMAT_VERSION,
            "profiles": [profile.model_dump() for profile in self._profiles.values()],
        }
        partial = path.with_name(path.name + ".partial")
        try:
            partial.write_text(json.dumps(document, separators=(",", ":")), encoding="utf-8")
            partial.replace(path)
        except OSError as error:
            raise InputError(f"cannot write site profiles to {str(path)!r}: {error.strerror}") from None

    @classmethod
    def load(cls, path: str | Path, settings: ProfileSettings | None = None) -> SiteProfiles:
        """Read profiles written by `save`."""
        path = Path(path)
        try:
            document = json.loads(path.read_text(encoding="utf-8"))
        except OSError as error:
            raise InputError(f"cannot read site profiles from {str(path)!r}: {error.strerror}") from None
        except (json.JSONDecodeError, UnicodeDecodeError) as error:
            raise InputError(f"site profiles file {str(path)!r} is not valid JSON: {error}") from None
        if not isinstance(document, dict) or document.get("format") != PROFILE_FORMAT:
            raise InputError(f"{str(path)!r} is not a site profiles file: expected a JSON object written by save()")
        if document.get("version") != PROFILE_FORMAT_VERSION:
            raise InputError(
                f"site profiles file {str(path)!r} has version {document.get('version')!r}, "
                f"expected {PROFILE_FORMAT_VERSION}"
            )
        profiles = cls(settings)
        try:
            for entry in document.get("profiles", []):
                profiles.add(SiteProfile.model_validate(entry))
        except ValidationError as error:
            raise InputError(f"site profiles file {str(path)!r} holds an invalid profile: {error}") from None
        return profiles
