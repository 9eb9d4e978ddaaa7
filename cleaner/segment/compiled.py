"""The line reader, compiled (`cleaner.segment._words`), imported where a source tree without its build says so.

The HTML renderer, `cleaner.segment._render`, is imported where it is used, in `cleaner.segment.html`:
it imports `cleaner.segment.text`, which imports this module.
"""

from __future__ import annotations

from cleaner.compiled import unbuilt

try:
    from cleaner.segment._words import (
        blocks_holding,
        index_words,
        joined_runs,
        kept_lines,
        line_ends,
        line_fingerprint,
        line_marks,
        line_spans,
        line_words,
        lines_containing,
        lines_ending_with,
        lines_mostly_linked,
        prose_flags,
        repeat_counts,
        repeated_places,
        sized_lines_using,
        token_blocks,
    )
except ImportError as error:  # a source tree without its build, or a dependency missing
    raise unbuilt("cleaner.segment._words", "line reader", error) from error

__all__ = [
    "blocks_holding",
    "index_words",
    "joined_runs",
    "kept_lines",
    "line_ends",
    "line_fingerprint",
    "line_marks",
    "line_spans",
    "line_words",
    "lines_containing",
    "lines_ending_with",
    "lines_mostly_linked",
    "prose_flags",
    "repeat_counts",
    "repeated_places",
    "sized_lines_using",
    "token_blocks",
]
