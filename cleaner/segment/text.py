"""Plain text (one block per line, as in crawl text dumps) → blocks with shape features.

A line is a block. Paragraph structure comes from blank lines: WET-style flattening puts a
blank line between the paragraphs of an article and none between the items of a menu.
"""

from __future__ import annotations

from collections import Counter
from operator import itemgetter

from cleaner.lang import STOPWORDS, TOKEN
from cleaner.segment.page import SegmentedPage

# Sentence ends across scripts: Latin, CJK full stops, Arabic and Devanagari marks.
_TERMINAL = frozenset(".!?…。！？؟।")
# Closing quotes and brackets may follow the sentence end: `He said "no."`
_CLOSERS = "\"'”’»)]）」』"
_first_letter = itemgetter(0)


def closing_mark(line: str) -> str:
    """The line's last character once closing quotes and brackets are set aside ("" if none)."""
    return line.rstrip(_CLOSERS)[-1:]


def segment_text(text: str, url: str | None = None) -> SegmentedPage:
    """Cut `text` into one block per non-blank line, with offsets into `text`.

    This loop runs on every line of every page, so it binds what it calls to locals and
    leaves per-token work to C (`map`, `str.join`).
    """
    rows: list[tuple[str, str, int, int, int, int, bool, bool]] = []
    blank_after: list[bool] = []
    tokenize, is_stopword, isupper = TOKEN.findall, STOPWORDS.__contains__, str.isupper
    offset = 0
    previous_blank = True
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            if previous_blank and blank_after:
                blank_after[-1] = True
            tokens = tokenize(stripped)
            fingerprint = " ".join(tokens).casefold()
            rows.append(
                (
                    stripped,
                    fingerprint,
                    offset + line.find(stripped[0]),
                    len(tokens),
                    sum(map(is_stopword, fingerprint.split(" "))) if tokens else 0,
                    sum(map(isupper, "".join(map(_first_letter, tokens)))),
                    closing_mark(stripped) in _TERMINAL,
                    previous_blank,
                )
            )
            blank_after.append(False)
            previous_blank = False
        else:
            previous_blank = True
        offset += len(line) + 1
    if blank_after:
        blank_after[-1] = True
    if not rows:
        return SegmentedPage(url=url, format="text")
    texts, fingerprints, starts, words, stopwords, upper, terminal, blank_before = zip(*rows, strict=True)
    counts = Counter(fingerprints)
    return SegmentedPage.model_construct(
        url=url,
        format="text",
        texts=texts,
        fingerprints=fingerprints,
        repeats=tuple(map(counts.__getitem__, fingerprints)),
        starts=starts,
        ends=tuple(start + len(block) for start, block in zip(starts, texts, strict=True)),
        words=words,
        stopwords=stopwords,
        upper_initial_words=upper,
        ends_with_terminal=terminal,
        blank_before=blank_before,
        blank_after=tuple(blank_after),
    )
