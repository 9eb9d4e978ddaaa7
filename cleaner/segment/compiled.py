"""The segmenters' compiled modules (``*.pyx``, built by setup.py), and what they say when one is missing.

The DOM walk, `cleaner.segment._render`, is imported where it is used, in `cleaner.segment.html`:
it imports `cleaner.segment.text`, which imports this module.
"""

from __future__ import annotations

from pathlib import Path


def unbuilt(module: str, what: str) -> ImportError:
    """The error for a source tree in which the compiled `module`, the segmenter's `what`, was never built."""
    return ImportError(
        f"cleaner's compiled {what} ({module}) is not built in {Path(__file__).parent}: expected it built "
        "beside the sources (pip install -e .), or cleaner imported from where pip installed it rather than "
        "from its source tree"
    )


try:
    from cleaner.segment._words import line_words, token_blocks
except ImportError as error:  # only a source tree without its build gets here
    raise unbuilt("cleaner.segment._words", "line reader") from error

__all__ = ["line_words", "token_blocks", "unbuilt"]
