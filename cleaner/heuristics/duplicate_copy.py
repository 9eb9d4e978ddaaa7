"""Duplicate copy: a page that renders its text twice holds one article, not two.

Responsive templates write the article once for wide screens and once for narrow ones,
tabbed and print views repeat it, and a crawl's text dump keeps every copy. The later copies
read as prose, so they were kept as well. A stretch of consecutive lines holding
`min_prose_lines` lines of running prose, written again further down in the same order, is
such a copy: each later copy is chrome. The first is left to the other heuristics, since a
looping news ticker or a carousel repeats its items the same way, and it is not the article.
Short runs are left to `repeated_blocks`: a teaser's blurb, a pull quote, or a forum reply
quoting a post repeats a paragraph or two, where a page rendered twice repeats a stretch of
them. The idea is near-duplicate passage removal in web corpora (the repeated-paragraph
filters of Gopher and datatrove), within one page.

A copy need not be exact: the narrow view may leave out a few lines (an image's caption, a
box) or add its own (a pull quote), so up to `max_gap_lines` lines are skipped on either side,
one side at a time, to find the next common line (text WCXB-dev +0.00012 and HTML +0.00019, a
page rendered twice up 0.25 and 0.33; skipping on both sides at once took in a forum's replies
quoting its posts and lost ScrapingHub 0.0003). A page may also carry its article a second time
as Markdown, for machines to read ("# The best CRM software", "Choosing the right
[CRM](https://…) is…", "1. **Usability:** …"): the same lines with link targets and marks, so
their fingerprints differ and the copy's run breaks at each of them. On a page holding
`min_markdown_lines` lines with a Markdown link or heading, lines are compared with their link
targets, list numbers and emphasis taken out (text WCXB-dev +0.00008, the one page whose
Markdown copy followed its article, +0.17). ScrapingHub and the fixtures unchanged.

The vote is sure: the combiner takes it as final (`CombineSettings.chrome_vetoes`). A copy's
paragraphs read as prose, inside the page's main container, and outweighed a weighted -1 on
HTML pages (WCXB-dev 0.86125 → 0.86150, two pages up by 0.09 and 0.33, none down; text
0.83011 → 0.83012; ScrapingHub and the fixtures unchanged).

On an HTML page the original's lines are voted for (`original_vote`): each of them is written
again, so `repeated_blocks` votes each chrome, where the repetition is the copy's and the copy
is chrome already. An article rendered three times fell apart at its first heading so (WCXB-dev
HTML 0.87509 → 0.87526: that article 0.96 → 0.99, a service page whose sections came twice 0.47
→ 0.81, another 0.01 down). Not where a line of the original is a snippet cut short, as a
carousel's items are, cloned for its loop: a ticker of teasers would be kept (ScrapingHub lost
0.0018 without that test). Not on a text page, where nothing else tells a mega menu's promotions,
written out once for wide screens and once for narrow ones, from an article's paragraphs (text
WCXB-dev took in two such menus, 0.997 → 0.922 and 0.972 → 0.930, for +0.00003 in all).
"""

from __future__ import annotations

import regex
from pydantic import Field

from cleaner.heuristics.base import BaseHeuristic, HeuristicSettings, register
from cleaner.heuristics.headline_teaser import TRUNCATED_ENDINGS
from cleaner.model import Vote
from cleaner.segment.compiled import line_fingerprint, repeat_counts, repeated_places
from cleaner.segment.page import SegmentedPage

# A Markdown link's target, "](https://…)", and a heading's "#" marks at the line's start: the
# signs that a line is Markdown.
_LINK_TARGET = regex.compile(r"\]\([^()\s]*+\)")
_HEADING = regex.compile(r"#{1,6}\s")
# What Markdown adds to a line's words: link targets, a list's number, emphasis underscores.
_MARKDOWN = regex.compile(r"\]\([^()\s]*+\)|\A\s*+\d{1,3}\.\s|(?<!\w)_++|_++(?!\w)")


class DuplicateCopySettings(HeuristicSettings):
    min_prose_lines: int = Field(6, ge=1, description="lines of running prose a repeated stretch needs to be a copy")
    max_gap_lines: int = Field(
        3, ge=0, description="lines of the original the copy may leave out, or add, between two common lines"
    )
    min_markdown_lines: int = Field(
        3, ge=1, description="lines with a Markdown link or heading that make lines compared without their marks"
    )
    original_vote: float = Field(
        1.0, ge=0.0, le=1.0, description="HTML pages: the vote on the lines of a copy's original, none cut short"
    )
    prose_min_words: int = 20
    prose_min_stopword_share: float = 0.2


@register
class DuplicateCopy(BaseHeuristic[DuplicateCopySettings]):
    name = "duplicate_copy"
    Settings = DuplicateCopySettings

    def vote(self, page: SegmentedPage) -> list[Vote | None]:
        s = self.settings
        votes: list[Vote | None] = [None] * len(page)
        prose = page.prose_lines(s.prose_min_words, s.prose_min_stopword_share)
        fingerprints, places, repeated_lines = page.fingerprints, page.repeated_places, page.repeated_lines
        if self._holds_markdown(page):
            fingerprints = tuple(map(_without_markdown, page.texts, page.fingerprints))
            repeated_lines, places = repeated_places(fingerprints, repeat_counts(fingerprints))
        # A copy and its original each hold min_prose_lines repeated prose lines; most pages
        # repeat no prose line at all.
        if sum(map(prose.__getitem__, repeated_lines)) < 2 * s.min_prose_lines:
            return votes
        # Where each repeated line occurs: a copy starts where a repeated prose line does.
        later = self.cast(-1.0, f"later_copy&prose_lines>={s.min_prose_lines}")
        copied = self.cast(s.original_vote, "original_of_a_later_copy") if page.has_dom else None
        covered = 0  # the lines before this are part of a copy found already, or its original
        for start in repeated_lines:
            if start < covered or not prose[start] or votes[start] is not None:
                continue
            reached = start
            for other in places[fingerprints[start]]:
                if other > start and votes[other] is None:
                    original, copy = _aligned_run(fingerprints, start, other, s.max_gap_lines)
                    if sum(prose[index] for index in original) >= s.min_prose_lines:
                        votes[copy.start : copy.stop] = [later] * len(copy)
                        reached = max(reached, original[-1] + 1)
                        if copied is not None:
                            _vote_on_original(votes, original, page.texts, copied)
            covered = max(covered, reached)
        return votes

    def _holds_markdown(self, page: SegmentedPage) -> bool:
        """Whether `min_markdown_lines` lines hold a Markdown link or open with a Markdown heading."""
        most = self.settings.min_markdown_lines
        texts, found = page.texts, 0
        # Only lines holding "](" or opening with "#" may be Markdown: the patterns run on those alone,
        # which the page's text, searched for both, names.
        linked, marked = page.blocks_containing("]("), page.blocks_containing("#")
        for index in sorted(set(linked).union(index for index in marked if texts[index].startswith("#"))):
            text = texts[index]
            if ("](" in text and _LINK_TARGET.search(text)) or (text[:1] == "#" and _HEADING.match(text)):
                found += 1
                if found >= most:
                    return True
        return False


def _vote_on_original(votes: list[Vote | None], original: list[int], texts: tuple[str, ...], vote: Vote) -> None:
    """`vote` on each line of `original` that has none yet, unless one of them is a snippet cut short (in place)."""
    if any(texts[index].endswith(TRUNCATED_ENDINGS) for index in original):
        return
    for index in original:
        if votes[index] is None:
            votes[index] = vote


def _without_markdown(text: str, fingerprint: str) -> str:
    """The fingerprint of `text` without its Markdown link targets, list number and emphasis marks."""
    if "](" not in text and "_" not in text and not text[:4].strip()[:1].isdigit():
        return fingerprint
    return line_fingerprint(_MARKDOWN.sub(" ", text))


def _aligned_run(fingerprints: tuple[str, ...], start: int, other: int, max_gap: int) -> tuple[list[int], range]:
    """The lines from `start` on written again, in order, from `other` on, and the stretch that copy spans.

    The copy may leave out lines of the original or add its own (a pull quote, an image's
    caption): up to `max_gap` lines are skipped on one side to find the next common line. The
    original ends before the copy starts.
    """
    matched, copy_end = [], other
    index, copy_index = start, other
    while index < other and copy_index < len(fingerprints):
        if fingerprints[index] == fingerprints[copy_index]:
            matched.append(index)
            index, copy_index = index + 1, copy_index + 1
            copy_end = copy_index
            continue
        resumed = _next_common_line(fingerprints, index, copy_index, other, max_gap)
        if resumed is None:
            break
        index, copy_index = resumed
    return matched, range(other, copy_end)


def _next_common_line(
    fingerprints: tuple[str, ...], index: int, copy_index: int, other: int, max_gap: int
) -> tuple[int, int] | None:
    """The nearest line at most `max_gap` lines on in the original, or in the copy, equal to the other's, or None.

    Lines are skipped on one side only: a copy that replaces lines of the original with others is
    another text there (skipping on both sides took in a forum's replies quoting a post).
    """
    for skip in range(1, max_gap + 1):
        if index + skip < other and fingerprints[index + skip] == fingerprints[copy_index]:
            return index + skip, copy_index
        if copy_index + skip < len(fingerprints) and fingerprints[index] == fingerprints[copy_index + skip]:
            return index, copy_index + skip
    return None
