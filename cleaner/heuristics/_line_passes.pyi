from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from cleaner.model import Vote

A = TypeVar("A")
B = TypeVar("B")
T = TypeVar("T")

def may_be_glued_standfirst(text: str) -> bool:
    """False only where a headline glued to its standfirst surely is not: the pattern need not run."""

def may_be_glued_category(text: str) -> bool:
    """False only where a category glued to a headline surely is not: the pattern need not run."""

def card_headlines(
    texts: tuple[str, ...],
    words: tuple[int, ...],
    terminal: tuple[bool, ...],
    blank_after: tuple[bool, ...],
    linked: Sequence[bool] | None,
    most: int,
    separator: str,
    clause_marks: str,
) -> list[bool]:
    """Which lines head a card: see `HeadlineTeaser._card_headlines`; `linked` None on a page without links."""

def teaser_votes(
    texts: tuple[str, ...],
    words: tuple[int, ...],
    upper_initial: tuple[int, ...],
    cards: list[bool],
    glued_category: Any,
    glued_standfirst: Any,
    truncated_endings: tuple[str, ...],
    glued_min_words: int,
    glued_min_capitals: int,
    snippet_min_words: int,
    category_vote: Vote,
    standfirst_vote: Vote,
    truncated_vote: Vote,
    card_vote: Vote,
) -> list[Vote | None]:
    """Each line's vote: see `HeadlineTeaser.vote`."""

def shape_votes(
    words: tuple[int, ...],
    stopwords: tuple[int, ...],
    upper_initial: tuple[int, ...],
    terminal: tuple[bool, ...],
    short_max: int,
    title_min: int,
    title_share: float,
    long_min: int,
    short_vote: Vote,
    title_case_vote: Vote,
    long_vote: Vote,
    sentence_vote: Vote,
) -> list[Vote | None]:
    """Each line's vote by its shape: see `TextShape.vote`."""

def density_votes(
    words: tuple[int, ...],
    stopwords: tuple[int, ...],
    min_words: int,
    high: float,
    low: float,
    min_page_density: float,
    dense_vote: Vote,
    sparse_vote: Vote,
) -> list[Vote | None]:
    """Each line's vote by its share of function words: see `StopwordDensity.vote`."""

def position_votes(
    starts: tuple[int, ...],
    prose: tuple[bool, ...],
    head_end: float,
    tail_start: float,
    head_vote: Vote,
    tail_vote: Vote,
) -> list[Vote | None]:
    """Each line's vote by where it starts: see `Position.vote`."""

def wrapped_prose(
    texts: tuple[str, ...],
    words: tuple[int, ...],
    terminal: tuple[bool, ...],
    blank_after: tuple[bool, ...],
    min_words: int,
    glued_category: Any,
) -> list[bool]:
    """Which lines belong to a paragraph broken mid-sentence: see `ParagraphStructure.vote`."""

def paragraph_votes(
    blank_before: tuple[bool, ...],
    blank_after: tuple[bool, ...],
    wrapped: list[bool],
    words: tuple[int, ...],
    linked: Sequence[bool] | None,
    item_max: int,
    run_min: int,
    standalone_vote: Vote,
    wrapped_vote: Vote,
    line_run_vote: Vote,
    unlinked_run_vote: Vote,
) -> list[Vote | None]:
    """Each line's vote by the paragraph it stands in: see `ParagraphStructure.vote`; `linked` None on a text page."""

def templated_runs(
    tokens: tuple[tuple[str, ...], ...], terminal: tuple[bool, ...], prefix_words: int, min_lines: int, vote: Vote
) -> list[Vote | None]:
    """`vote` on each line of a run of `min_lines` or more sharing their first `prefix_words` tokens."""

def cut_short_lines(
    texts: tuple[str, ...], words: tuple[int, ...], min_words: int, endings: tuple[str, ...]
) -> list[int]:
    """The lines of `min_words` words or more that end with one of `endings` (a snippet cut short), in order."""

def prose_anchors(
    prose: tuple[bool, ...],
    blank_before: tuple[bool, ...],
    blank_after: tuple[bool, ...],
    texts: tuple[str, ...],
    standing_alone: bool,
    endings: tuple[str, ...],
) -> list[int]:
    """The prose lines, standing alone between blank lines where `standing_alone` asks it, not cut short."""

def sandwich_votes(
    anchors: list[int],
    words: tuple[int, ...],
    repeats: tuple[int, ...],
    in_figure: list[bool] | None,
    most: int,
    max_words: int,
    vote: Vote,
) -> list[Vote | None]:
    """`vote` on each short line written once, not in a figure, with an anchor at most `most` lines above and below."""

def lines_opening_with(tokens: tuple[tuple[str, ...], ...], first_words: frozenset[str]) -> list[int]:
    """The lines whose first token is one of `first_words`, in order."""

def closing_header_candidates(
    tokens: tuple[tuple[str, ...], ...],
    words: tuple[int, ...],
    prose: tuple[bool, ...],
    first_words: frozenset[str],
    from_line: int,
    max_words: int,
    min_prose_lines: int,
) -> list[int]:
    """The lines whose first token is one of `first_words`, of `max_words` words or fewer, with `min_prose_lines`
    lines of `prose` from `from_line` down to them, in order."""

def closing_prose_words(
    words: tuple[int, ...],
    prose: tuple[bool, ...],
    from_line: int,
    start: int,
    repeats: tuple[int, ...],
    card_label_min_repeats: int,
    terminal: tuple[bool, ...],
    sentence_min_words: int,
) -> tuple[int, int]:
    """The words of `prose` from `from_line` down to `start`, and from `start` on those written once, not above a
    line written `card_label_min_repeats` times, and (where `sentence_min_words` is above 0) beside a sentence."""

MAY_BE_HEADER: int
MAY_BE_BYLINE: int

def thread_start_candidates(
    texts: tuple[str, ...],
    tokens: tuple[tuple[str, ...], ...],
    words: tuple[int, ...],
    prose: tuple[bool, ...],
    max_words: int,
    min_prose_lines: int,
    header_openings: tuple[str, ...],
    counted_openings: tuple[str, ...],
    qualifiers: frozenset[str],
    qualified_words: frozenset[str],
    author_last_words: frozenset[str],
) -> list[tuple[int, int]]:
    """The lines that may open a comment thread, each as (index, what it may be): a header opens with a character
    beyond ASCII, or with a digit and a later token opening with one of `counted_openings`, or its first token
    opens with one of `header_openings` (words of one character or more)."""

def numbered_templates(
    tokens: tuple[tuple[str, ...], ...], words: tuple[int, ...], most: int, mask: str
) -> dict[str, list[int]]:
    """The lines of `most` words or fewer holding a number as a token of its own, by their fingerprint with each
    such number made `mask`."""

def line_shapes(
    words: tuple[int, ...], terminal: tuple[bool, ...], word_buckets: tuple[int, ...], first: int, last: int
) -> bytes:
    """The shape of each line from `first` to `last`, a byte each: twice the number of `word_buckets` its words
    exceed, plus one where it ends like a sentence."""

def record_runs(
    frames: list[list[int]],
    least_apart: int,
    most_apart: int,
    min_records: int,
    slack_lines: int,
    slack_share: float,
    missing_max_median: int,
    missing_slack_lines: int,
) -> list[list[int]]:
    """The runs of records each of `frames` (ascending lines, one per record) frames, in order: each run the list
    of its records' first lines, `least_apart` to `most_apart` lines apart, at least `min_records`, cut where a
    stride strays from the stretch's median by more than `slack_lines` or `slack_share` of the median; where the
    median is 2 to `missing_max_median`, a stride within `missing_slack_lines` of twice it is two records, one
    without its frame, the second starting halfway."""

def shape_share(bounds: list[int], shapes: bytes) -> float:
    """How alike the neighbouring records of a run are: the mean share of line shapes two of them have in common;
    `bounds` are the records' first lines, as positions in `shapes`."""

def shape_period_votes(
    words: tuple[int, ...],
    terminal: tuple[bool, ...],
    repeats: tuple[int, ...],
    word_buckets: tuple[int, ...],
    prose_end: int,
    min_period: int,
    max_period: int,
    min_periods: int,
    record_vote: Vote,
    teaser_vote: Vote,
) -> list[Vote | None]:
    """The votes of `RecordShape.vote`: records of shapes that come back at a period, teasers after `prose_end`."""

def repeated_votes(
    fingerprints: tuple[str, ...], repeats: tuple[int, ...], least: int, vote: Vote
) -> list[Vote | None]:
    """`vote` on each line with words (a fingerprint) that the page holds `least` times or more."""

def link_votes(
    texts: tuple[str, ...],
    link_chars: tuple[int, ...],
    words: tuple[int, ...],
    linked_min_share: float,
    long_min_words: int,
    unlinked_min_words: int,
    long_linked_vote: Vote,
    linked_vote: Vote,
    unlinked_vote: Vote,
) -> list[Vote | None]:
    """Each line's vote by the share of its characters in links: see `LinkDensity.vote`."""

def element_votes(
    tags: tuple[str | None, ...],
    texts: tuple[str, ...],
    code_tag: str,
    cell_tags: frozenset[str],
    separator: str,
    code_vote: Vote,
    row_vote: Vote,
) -> list[Vote | None]:
    """`code_vote` on each line of a `code_tag` element, `row_vote` on each line of a table cell holding `separator`."""

def page_wide(sets: tuple[frozenset[str], ...], share: float) -> frozenset[str]:
    """The names in at least `share` of `sets` (one set per block)."""

def values_by_pair(first: tuple[A, ...], second: tuple[B, ...], value_of: Callable[[int], T]) -> list[T]:
    """Each line's value, `value_of(index)` asked once for each distinct pair (`first[index]`, `second[index]`)."""

def holds_parts(text: str, alternatives: tuple[tuple[tuple[str, ...], ...], ...]) -> bool:
    """Whether `text` holds, for one of `alternatives`, one of the strings of each of its tuples."""

def lines_opening_near(texts: tuple[str, ...], marks: tuple[str, ...], skipped: int) -> list[int]:
    """The lines holding one of `marks` that open with the first character of one, or have one after `skipped`
    characters at most that are no letter, digit or underscore (a pattern's \\W), in order."""

MAY_HOLD_PHRASE: int
MAY_BE_POST_META: int
MAY_BE_DATED: int
MAY_OPEN_BYLINE: int

def phrase_tests(
    texts: tuple[str, ...],
    tokens: tuple[tuple[str, ...], ...],
    words: tuple[int, ...],
    holding: list[int],
    decided: dict[int, str],
    max_words: int,
    signs: tuple[str, ...],
    continuations: dict[str, tuple[tuple[str, ...], ...]],
    first_words: frozenset[str],
    post_meta_words: frozenset[str],
    counter_words: frozenset[str],
    counter_max_words: int,
    byline_words: frozenset[str],
    date_openers: frozenset[str],
    glued_date_openers: tuple[str, ...],
    age_units: frozenset[str],
) -> list[tuple[int, int]]:
    """The lines of `max_words` words or fewer, not among `decided`, that may pass a test of `BoilerplatePhrases.vote`,
    each as (index, the tests they may pass as bits), in order."""

def contents_runs(
    places: dict[str, tuple[int, ...]],
    repeated: tuple[int, ...],
    fingerprints: tuple[str, ...],
    words: tuple[int, ...],
    most: int,
    least: int,
) -> dict[int, list[int]]:
    """From each of the `repeated` lines on that no earlier run holds, where the lines of at most `most` words are
    written again further down, in order, for as long as they are, where `least` lines or more are, all of them
    again below the run: by the line each such run starts at, in order."""

def near_pairs(
    places: dict[str, tuple[int, ...]], words: tuple[int, ...], most_apart: int, least_words: int
) -> dict[int, list[int]]:
    """The lines written exactly twice, at most `most_apart` lines apart, of `least_words` words or more: the first
    line of each pair, ascending, by the pair's offset, the offsets in the order `places` (where each line written
    more than once stands, ascending, by its fingerprint) first holds them."""

def label_frames(
    places: dict[str, tuple[int, ...]], words: tuple[int, ...], most_words: int, least: int
) -> list[list[int]]:
    """Where each line of `most_words` words or fewer written `least` times or more stands, as a list, in the order
    of `places` (where each line written more than once stands, ascending, by its fingerprint)."""
