from collections.abc import Iterable

def index_words(vocabulary: frozenset[str]) -> None:
    """Have `line_words` index where each word of `vocabulary` stands, on the pages it reads from now on."""

def line_words(
    lines: tuple[str, ...],
) -> tuple[
    tuple[str, ...],
    tuple[tuple[str, ...], ...],
    tuple[int, ...],
    tuple[int, ...],
    tuple[int, ...],
    tuple[frozenset[str], dict[str, int | list[int]]],
    bytes,
    tuple[int, ...],
]:
    """Each of `lines`' fingerprint, case-folded tokens, word count, function words and upper-case initials, the
    index of the words of `index_words`, the lines' marks (see `line_marks`), and how many lines have each line's
    fingerprint (see `repeat_counts`)."""

def line_fingerprint(line: str) -> str:
    """`line`'s fingerprint as `line_words` reads it: its tokens, case-folded, joined by single spaces."""

def token_blocks(tokens: tuple[tuple[str, ...], ...], vocabulary: frozenset[str]) -> dict[str, int | list[int]]:
    """Where each token of `vocabulary` stands: the index of the one block whose `tokens` (a tuple per block)
    hold it, or the ascending indices of the blocks, where several do."""

def blocks_holding(blocks_of: dict[str, int | list[int]], words: frozenset[str]) -> list[int]:
    """The ascending indices of the blocks holding one of `words`, from a `token_blocks` index."""

def line_spans(texts: tuple[str, ...], blank_before: tuple[bool, ...]) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Where each of `texts` starts and ends in the text that joins them, a newline between two lines and a blank
    line (two newlines) before each line that `blank_before` says has one; the first starts at 0."""

def line_ends(starts: tuple[int, ...], texts: tuple[str, ...]) -> tuple[int, ...]:
    """Where each of `texts` ends, given where each starts: ``start + len(text)``."""

def lines_mostly_linked(link_chars: tuple[int, ...], texts: tuple[str, ...]) -> tuple[bool, ...]:
    """Whether each of `texts` is mostly link text: ``2 * chars >= len(text)`` for its link characters `chars`."""

def sized_lines_using(
    words: frozenset[str],
    tokens: tuple[tuple[str, ...], ...],
    counts: tuple[int, ...],
    stop: int,
    least: int,
    most: int,
) -> list[int]:
    """The lines before `stop` of `least` to `most` words (`counts`) whose `tokens` hold one of `words`, in order."""

def line_marks(texts: tuple[str, ...]) -> bytes:
    """Which of the marked characters (ASCII's punctuation and the tab) each of `texts` holds: eight bytes a line,
    a bit a character, for `lines_containing`."""

def lines_containing(texts: tuple[str, ...], marks: bytes, substrings: tuple[str, ...]) -> list[int]:
    """The ascending indices of `texts` holding one of `substrings` (none empty), which the lines' `marks` (see
    `line_marks`) narrow."""

def repeat_counts(fingerprints: tuple[str, ...]) -> tuple[int, ...]:
    """How many of `fingerprints` equal each one, itself included."""

def repeated_places(
    fingerprints: tuple[str, ...], repeats: tuple[int, ...]
) -> tuple[tuple[int, ...], dict[str, tuple[int, ...]]]:
    """The lines with words whose `repeats` are two or more, in order, and where each of their fingerprints
    stands, in order, by fingerprint."""

def kept_lines(
    lines: str | list[str], starts: Iterable[int] | None = None
) -> tuple[list[str], list[int], list[bool], list[int]]:
    """The lines of `lines` that hold more than white space, without the white space around them (``str.strip``):
    each line's text, where it starts, whether a blank line (or the page's start) stands before it, and
    the indices of those that open with a character beyond ASCII that is no letter, digit, ideograph
    or mark, as the format characters are (a zero-width space): only those may show nothing. `lines` is a
    text, cut at each newline, or its lines already cut, with `starts`, where each starts in the text."""

def prose_flags(
    words: tuple[int, ...],
    stopwords: tuple[int, ...],
    terminal: tuple[bool, ...],
    min_words: int,
    min_stopword_share: float,
) -> tuple[bool, ...]:
    """Which lines are running prose: ``words >= min_words and terminal and stopwords >= min_stopword_share * words``
    for each line's words, function words and sentence ending."""

def lines_ending_with(
    texts: tuple[str, ...], marks: str, closers: str, max_note: int = 0, max_notes: int = 0
) -> list[bool]:
    """Whether each of `texts` ends with one of `marks` once the `closers` it ends with are set aside:
    ``text.rstrip(closers)[-1:] in marks``, read from each text's end; up to `max_notes` bracketed
    notes of at most `max_note` characters that it ends with are set aside first."""

def joined_runs(blank_after: tuple[bool, ...], min_lines: int) -> list[range]:
    """The runs of `min_lines` lines or more joined without a blank line between them, each as the range of its
    lines, in order; a line with a blank line after it (`blank_after`) ends a run."""
