"""Plain text (one block per line, as in crawl text dumps) → blocks with shape features.

A line is a block. Paragraph structure comes from blank lines: WET-style flattening puts a
blank line between the paragraphs of an article and none between the items of a menu.

This runs on every line of every page, so each feature is computed for all lines at once
(`map`, `itertools` and `str` methods, all in C) rather than in a Python loop; the words of
each line, the costliest, by the compiled `cleaner.segment._words`.
"""

from __future__ import annotations

from itertools import compress

import regex

from cleaner.limits import DEFAULT_LIMITS, Limits
from cleaner.segment.compiled import (
    kept_lines,
    line_ends,
    line_words,
    lines_ending_with,
    sized_lines_using,
)
from cleaner.segment.page import SegmentedPage
from cleaner.urls import slug_words

# Sentence ends across scripts: Latin, CJK full stops, Arabic and Devanagari marks.
_TERMINAL_MARKS = ".!?…。！？؟।"
# Closing quotes and brackets may follow the sentence end: `He said "no."`
_CLOSERS = "\"'”’»)]）」』"
# A footnote mark a wiki prints after a sentence's full stop is a bracketed note of at most this
# many characters; at most so many are set aside at a line's end (see `lines_ending_with`).
_MAX_FOOTNOTE_MARK = 32
_MAX_FOOTNOTE_MARKS = 8
# A line of white space and format characters (zero-width spaces and joiners, direction marks,
# the byte-order mark, soft hyphens), which `str.strip` keeps, shows nothing: it is blank.
_SHOWS_NOTHING = regex.compile(r"[\s\p{Cf}]*+")

# The URL's slug names the article (`slug_words`); the headline is the line in the page's first
# three quarters that holds most of its words, is short, has its words apart (a share link holds
# the slug run together) and ends as a headline does, not as a sentence. A news site's menus,
# flattened to text, can push it past the page's middle; its last quarter is the footer's, where
# share bars and "next story" lines repeat the headline (three quarters rather than a half: text
# F1 on ScrapingHub 0.94353 → 0.94421, 4 pages up and none down; on WCXB-dev 0.83491 → 0.83506,
# 10 up and 5 down, where a chart's title mid-article took the slug's words; the whole page gave
# WCXB-dev 0.83489).
_SLUG_MIN_SHARE = 0.75
_HEADLINE_SEARCH_SHARE = 0.75
_HEADLINE_MAX_WORDS = 20
# Sentences and clauses run on after these; headlines stop without them (the title finder's test too).
NOT_A_HEADLINE_END = frozenset(".…。,;:，；：")


def closing_mark(line: str) -> str:
    """The line's last character once closing quotes and brackets are set aside ("" if none)."""
    return line.rstrip(_CLOSERS)[-1:]


def shows_nothing(line: str) -> bool:
    """Whether `line` holds only white space and invisible format characters (a lone zero-width space)."""
    return _SHOWS_NOTHING.fullmatch(line) is not None


def segment_text(text: str, url: str | None = None, limits: Limits = DEFAULT_LIMITS) -> SegmentedPage:
    """Cut `text` into one block per non-blank line, with offsets into `text`.

    A line that shows nothing (white space and format characters, such as a lone zero-width
    space) is blank.

    A line longer than `limits.max_line_chars` is cut into several blocks (see `split_line`);
    a page of more than `limits.max_blocks` blocks is refused with an `InputError`.
    """
    lines: str | list[str] = text  # cut at its newlines by `kept_lines`
    line_starts = None
    if len(text) > limits.max_line_chars:
        cut = text.split("\n")
        if max(map(len, cut)) > limits.max_line_chars:
            lines, line_starts = _split_long_lines(cut, limits.max_line_chars)
    texts, starts, blank_before, opening_unseen = kept_lines(lines, line_starts)
    # Only a line that opens with a character beyond ASCII, and no letter, can show nothing.
    invisible = [index for index in opening_unseen if shows_nothing(texts[index])]
    if invisible:
        texts, starts, blank_before = _without_lines(invisible, texts, starts, blank_before)
    kept_texts, kept_starts = tuple(texts), tuple(starts)
    page = segment_lines(
        kept_texts, tuple(blank_before), kept_starts, line_ends(kept_starts, kept_texts), url=url, limits=limits
    )
    headline = slug_headline(page.texts, page.tokens, page.words, url)
    return page if headline is None else page.model_copy(update={"headline": headline})


def _without_lines(
    invisible: list[int], texts: list[str], starts: list[int], blank_before: list[bool]
) -> tuple[list[str], list[int], list[bool]]:
    """The columns of the lines kept without those of `invisible` (ascending), which count as blank lines."""
    shown = [True] * len(texts)
    for index in invisible:
        shown[index] = False
        if index + 1 < len(texts):
            blank_before[index + 1] = True
    return list(compress(texts, shown)), list(compress(starts, shown)), list(compress(blank_before, shown))


def segment_lines(
    texts: tuple[str, ...],
    blank_before: tuple[bool, ...],
    starts: tuple[int, ...],
    ends: tuple[int, ...],
    *,
    url: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> SegmentedPage:
    """One block per line of `texts`, lines already cut as `segment_text` cuts them: trimmed, none blank, none
    longer than `limits.max_line_chars`; whether a blank line stands before each, and where each starts and ends.

    The HTML renderer cuts its lines so (see `cleaner.segment.html`), and hands them over as they are
    rather than joined into a text to be cut again. No headline is looked for: a text page's is
    the line its URL names (`segment_text`), an HTML page's the heading its title names.
    """
    if not texts:
        return SegmentedPage(url=url, format="text")
    limits.check_blocks(len(texts))
    fingerprints, tokens, words, stopwords, upper_initial_words, token_index, marks, repeats = line_words(texts)
    return SegmentedPage.of_columns(
        token_index,
        marks,
        url=url,
        format="text",
        texts=texts,
        fingerprints=fingerprints,
        tokens=tokens,
        repeats=repeats,
        starts=starts,
        ends=ends,
        words=words,
        stopwords=stopwords,
        upper_initial_words=upper_initial_words,
        ends_with_terminal=_ends_with_terminal(texts),
        blank_before=blank_before,
        blank_after=(*blank_before[1:], True),
    )


def slug_headline(
    texts: tuple[str, ...], tokens: tuple[tuple[str, ...], ...], words: tuple[int, ...], url: str | None
) -> int | None:
    """The line in the page's first three quarters that holds most of the URL's slug words, as a headline does; or None.

    A text page has no title element to name its headline, but a crawl record keeps its URL, and
    news sites and blogs build the URL from the headline. A line holding `_SLUG_MIN_SHARE` of the
    slug's words, of 2 to `_HEADLINE_MAX_WORDS` words, not run together (a share link) and not
    ending like a sentence or a clause, is the headline; the line holding the most wins, the first
    on a tie.
    """
    slug = slug_words(url)
    if not slug:
        return None
    best: tuple[float, int] | None = None
    searched = int(len(texts) * _HEADLINE_SEARCH_SHARE) + 1
    for index in sized_lines_using(slug, tokens, words, searched, 2, _HEADLINE_MAX_WORDS):
        share = len(slug.intersection(tokens[index])) / len(slug)
        if share < _SLUG_MIN_SHARE or (best is not None and share <= best[0]):
            continue
        text = texts[index]
        if " " in text and closing_mark(text) not in NOT_A_HEADLINE_END:
            best = (share, index)
    return best[1] if best is not None else None


def _ends_with_terminal(texts: tuple[str, ...]) -> tuple[bool, ...]:
    """Whether each line ends like a sentence, closing quotes and brackets and footnote marks aside."""
    return tuple(lines_ending_with(texts, _TERMINAL_MARKS, _CLOSERS, _MAX_FOOTNOTE_MARK, _MAX_FOOTNOTE_MARKS))


def split_line(line: str, max_chars: int) -> list[str]:
    """`line` cut into pieces of at most `max_chars` characters, which joined give it back.

    Each piece ends after the last space within its reach, so that words stay whole; a
    stretch of `max_chars` characters without a space (a token, a run of ideographs) is cut
    where the stretch ends.
    """
    pieces = []
    start = 0
    while len(line) - start > max_chars:
        end = start + max_chars
        space = line.rfind(" ", start + 1, end)
        cut = space + 1 if space > start else end
        pieces.append(line[start:cut])
        start = cut
    pieces.append(line[start:])
    return pieces


def _split_long_lines(lines: list[str], max_chars: int) -> tuple[list[str], list[int]]:
    """Every line cut by `split_line`, and where each piece starts in the text the lines came from."""
    pieces: list[str] = []
    starts: list[int] = []
    offset = 0
    for line in lines:
        for piece in split_line(line, max_chars):
            pieces.append(piece)
            starts.append(offset)
            offset += len(piece)
        offset += 1  # the newline
    return pieces, starts
