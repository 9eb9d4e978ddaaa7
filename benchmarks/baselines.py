"""Text-mode baselines measured beside the cleaner in the same run.

`c4_line_filter` follows the line rules of C4 (Raffel et al., 2020, section 2.2): keep lines
that end in terminal punctuation and have at least 3 words, drop lines that mention
JavaScript or a cookie/privacy policy, and keep nothing of a page with fewer than 3 such
sentences left. `keep_everything` is the floor: precision of doing nothing.
"""

from __future__ import annotations

import re

_TERMINAL = (".", "!", "?", '"', "”")
_POLICY = re.compile(r"javascript|cookie policy|privacy policy|terms of use", re.IGNORECASE)
_MIN_WORDS = 3
_MIN_SENTENCES = 3


def c4_line_filter(text: str) -> str:
    kept = [
        line.strip()
        for line in text.splitlines()
        if line.strip().endswith(_TERMINAL) and len(line.split()) >= _MIN_WORDS and not _POLICY.search(line)
    ]
    return "\n".join(kept) if len(kept) >= _MIN_SENTENCES else ""


def keep_everything(text: str) -> str:
    return text
