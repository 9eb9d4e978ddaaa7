"""Plain text (one block per line, as in crawl text dumps) → blocks with shape features.

A line is a block. Paragraph structure comes from blank lines: WET-style flattening puts a
blank line between the paragraphs of an article and none between the items of a menu.
"""

from __future__ import annotations

from cleaner.lang import STOPWORDS, TOKEN
from cleaner.model import BlockFeatures
from cleaner.segment.page import SegmentedPage

# Sentence ends across scripts: Latin, CJK full stops, Arabic and Devanagari marks.
_TERMINAL = frozenset(".!?…。！？؟।")
# Closing quotes and brackets may follow the sentence end: `He said "no."`
_CLOSERS = "\"'”’»)]）」』"


def segment_text(text: str, url: str | None = None) -> SegmentedPage:
    """Cut `text` into one block per non-blank line, with offsets into `text`."""
    lines = text.split("\n")
    blocks: list[BlockFeatures] = []
    offset = 0
    previous_blank = True
    for number, line in enumerate(lines):
        stripped = line.strip()
        if stripped:
            next_blank = number + 1 == len(lines) or not lines[number + 1].strip()
            start = offset + line.index(stripped[0])
            blocks.append(_measure(stripped, len(blocks), start, previous_blank, next_blank))
        previous_blank = not stripped
        offset += len(line) + 1
    return SegmentedPage(url=url, format="text", blocks=tuple(blocks))


def _measure(line: str, index: int, offset: int, blank_before: bool, blank_after: bool) -> BlockFeatures:
    tokens = TOKEN.findall(line)
    lowered = list(map(str.casefold, tokens))
    initials = "".join(token[0] for token in tokens)
    return BlockFeatures(
        text=line,
        fingerprint=" ".join(lowered),
        index=index,
        start=offset,
        end=offset + len(line),
        chars=len(line),
        words=len(tokens),
        stopwords=sum(map(STOPWORDS.__contains__, lowered)),
        upper_initial_words=sum(map(str.isupper, initials)),
        ends_with_terminal=line.rstrip(_CLOSERS)[-1:] in _TERMINAL,
        blank_before=blank_before,
        blank_after=blank_after,
    )
