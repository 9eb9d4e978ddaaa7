"""Plain text (one block per line, as in crawl text dumps) → blocks with shape features.

A line is a block. Paragraph structure comes from blank lines: WET-style flattening puts a
blank line between the paragraphs of an article and none between the items of a menu.

This runs on every line of every page, so each feature is computed for all lines at once
(`map`, `itertools`, `str` and `bytes` methods, all in C) rather than in a Python loop.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from itertools import accumulate, compress, repeat
from operator import add, itemgetter, not_, sub
from typing import NamedTuple

import regex

from cleaner.lang import STOPWORDS, TOKEN
from cleaner.limits import DEFAULT_LIMITS, Limits
from cleaner.segment.page import SegmentedPage
from cleaner.urls import slug_words

# Sentence ends across scripts: Latin, CJK full stops, Arabic and Devanagari marks.
_TERMINAL = frozenset(".!?…。！？؟।")
# Closing quotes and brackets may follow the sentence end: `He said "no."`
_CLOSERS = "\"'”’»)]）」』"
_MAX_FOOTNOTE_MARK = 32
_MAX_FOOTNOTE_MARKS = 8
_first_letter = itemgetter(0)
_last_letter = itemgetter(slice(-1, None))
_leading = itemgetter(slice(None, 1))
# A line of white space and format characters (zero-width spaces and joiners, direction marks,
# the byte-order mark, soft hyphens), which `str.strip` keeps, shows nothing: it is blank.
_SHOWS_NOTHING = regex.compile(r"[\s\p{Cf}]*+")

# On ASCII text TOKEN's word characters are [A-Za-z0-9_], so a byte table that turns every
# other ASCII byte into a space lets `split` find the tokens, in C. Bytes from 0x80 up
# (non-ASCII characters in UTF-8) pass unchanged; lines that keep any take TOKEN itself.
_WORD_BYTES = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_")
_NEWLINE, _SPACE = ord("\n"), ord(" ")
# Separators become spaces and ASCII letters lower case (case folding, on ASCII).
_FOLD_TABLE = bytes(
    byte if byte in _WORD_BYTES or byte >= 0x80 or byte == _NEWLINE else _SPACE for byte in range(256)
).lower()


def _initial_class(byte: int) -> int:
    """ASCII capitals become U, other word bytes w, separators a space; newlines stay."""
    if byte == _NEWLINE:
        return byte
    if ord("A") <= byte <= ord("Z"):
        return ord("U")
    return ord("w") if byte in _WORD_BYTES or byte >= 0x80 else _SPACE


# A token with an upper-case initial is then " U" in its line, with a space put before the line.
_INITIAL_TABLE = bytes(map(_initial_class, range(256)))
# The URL's slug names the article (`slug_words`); the headline is the line above the first half
# of the page's end that holds most of its words, is short, has its words apart (a share link
# holds the slug run together) and ends as a headline does, not as a sentence.
_SLUG_MIN_SHARE = 0.75
_HEADLINE_MAX_WORDS = 20
# Sentences and clauses run on after these; headlines stop without them (the title finder's test too).
NOT_A_HEADLINE_END = frozenset(".…。,;:，；：")
# Non-word characters that web text in every language is full of (typographic quotes and
# dashes, no-break spaces, bullets): made spaces up front, so that their lines stay ASCII.
_COMMON_PUNCTUATION = "’‘“”—–…\xa0«»•·©®"


class _Words(NamedTuple):
    """Each line's word features, one tuple per feature."""

    fingerprints: tuple[str, ...]
    tokens: tuple[tuple[str, ...], ...]
    words: tuple[int, ...]
    stopwords: tuple[int, ...]
    upper_initial_words: tuple[int, ...]


def without_footnote_marks(line: str) -> str:
    """`line` with the footnote marks it ends with ("… Foundation.[2]", "[citation needed]") taken off.

    A mark is a bracketed note of at most `_MAX_FOOTNOTE_MARK` characters: wikis print them
    after the sentence's full stop, where they would hide that the line ends like a sentence.
    At most `_MAX_FOOTNOTE_MARKS` are taken off, so that a line of brackets costs no more.
    """
    end = len(line)
    for _ in range(_MAX_FOOTNOTE_MARKS):
        if not line.endswith("]", 0, end):
            break
        opening = line.rfind("[", max(0, end - _MAX_FOOTNOTE_MARK), end)
        if opening <= 0:  # no mark, or a bracketed line ("[Done!]"), which marks nothing before it
            break
        end = len(line[:opening].rstrip())
    return line[:end]


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
    lines = text.split("\n")
    line_starts: Iterable[int] = accumulate(map(add, map(len, lines), repeat(1)), initial=0)
    if len(text) > limits.max_line_chars and max(map(len, lines)) > limits.max_line_chars:
        lines, line_starts = _split_long_lines(lines, limits.max_line_chars)
        text = "\n".join(lines)  # what `_words` reads: one line a piece
    stripped = list(map(str.strip, lines))
    kept = list(map(bool, stripped))
    # Format characters are not ASCII: only a line that starts with another character can show nothing.
    for index in compress(range(len(stripped)), map(not_, map(str.isascii, map(_leading, stripped)))):
        kept[index] = not shows_nothing(stripped[index])
    if True not in kept:
        return SegmentedPage(url=url, format="text")
    limits.check_blocks(kept.count(True))
    texts = tuple(compress(stripped, kept))
    words = _words(text, texts, kept)
    counts = Counter(words.fingerprints)
    # The page's start and end count as blank lines; a blank line after a block is one before the next.
    blank_before = tuple(compress((True, *map(not_, kept[:-1])), kept))
    indents = map(sub, map(len, lines), map(len, map(str.lstrip, lines)))
    starts = tuple(compress(map(add, line_starts, indents), kept))
    return SegmentedPage.model_construct(
        url=url,
        format="text",
        texts=texts,
        fingerprints=words.fingerprints,
        tokens=words.tokens,
        repeats=tuple(map(counts.__getitem__, words.fingerprints)),
        starts=starts,
        ends=tuple(map(add, starts, map(len, texts))),
        words=words.words,
        stopwords=words.stopwords,
        upper_initial_words=words.upper_initial_words,
        ends_with_terminal=_ends_with_terminal(texts),
        blank_before=blank_before,
        blank_after=(*blank_before[1:], True),
        headline=slug_headline(texts, words.tokens, words.words, url),
    )


def slug_headline(
    texts: tuple[str, ...], tokens: tuple[tuple[str, ...], ...], words: tuple[int, ...], url: str | None
) -> int | None:
    """The line in the page's first half that holds most of the URL's slug words, as a headline does; or None.

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
    for index in range(len(texts) // 2 + 1):
        text = texts[index]
        if not 2 <= words[index] <= _HEADLINE_MAX_WORDS or " " not in text or closing_mark(text) in NOT_A_HEADLINE_END:
            continue
        share = len(slug.intersection(tokens[index])) / len(slug)
        if share >= _SLUG_MIN_SHARE and (best is None or share > best[0]):
            best = (share, index)
    return best[1] if best is not None else None


def _ends_with_terminal(texts: tuple[str, ...]) -> tuple[bool, ...]:
    """Whether each line ends like a sentence, closing quotes and brackets and footnote marks aside."""
    terminal = list(map(_TERMINAL.__contains__, map(_last_letter, map(str.rstrip, texts, repeat(_CLOSERS)))))
    for index in compress(range(len(texts)), map(str.endswith, texts, repeat("]"))):
        terminal[index] = closing_mark(without_footnote_marks(texts[index])) in _TERMINAL
    return tuple(terminal)


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


def _words(text: str, texts: tuple[str, ...], kept: list[bool]) -> _Words:
    """The tokens of each kept line, case-folded and counted.

    ASCII lines (most lines, once common punctuation is set aside) are read through the byte
    tables; the other lines through TOKEN and `casefold`, as `_line_words` does.
    """
    for mark in _COMMON_PUNCTUATION:
        text = text.replace(mark, " ")
    data = text.encode("utf-8", "surrogatepass")
    folded = list(compress(data.translate(_FOLD_TABLE).decode("utf-8", "surrogatepass").split("\n"), kept))
    initials = compress((b" " + data.translate(_INITIAL_TABLE)).replace(b"\n", b"\n ").split(b"\n"), kept)
    tokens = list(map(tuple, map(str.split, folded)))
    fingerprints = list(map(" ".join, tokens))
    words = list(map(len, tokens))
    stopwords = list(map(sum, map(map, repeat(STOPWORDS.__contains__), tokens)))
    upper = list(map(bytes.count, initials, repeat(b" U")))
    for index in compress(range(len(texts)), map(not_, map(str.isascii, folded))):
        fingerprints[index], tokens[index], words[index], stopwords[index], upper[index] = _line_words(texts[index])
    return _Words(tuple(fingerprints), tuple(tokens), tuple(words), tuple(stopwords), tuple(upper))


def _line_words(line: str) -> tuple[str, tuple[str, ...], int, int, int]:
    """One line's fingerprint, case-folded tokens, word count, stop-word count and upper-case initials, by TOKEN."""
    tokens = TOKEN.findall(line)
    fingerprint = " ".join(tokens).casefold()
    folded = tuple(fingerprint.split())
    stopwords = sum(map(STOPWORDS.__contains__, folded))
    return fingerprint, folded, len(tokens), stopwords, sum(map(str.isupper, "".join(map(_first_letter, tokens))))
