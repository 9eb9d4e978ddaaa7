"""Bounds on what one page may cost, and what happens to a page past each of them.

Two limits refuse the page with an `InputError` that names the value, the limit and the
setting; three let it through, degraded:

| setting           | default    | past it                                                       |
|-------------------|------------|---------------------------------------------------------------|
| `max_input_chars` | 10,000,000 | refused (checked on the bytes too: 4 bytes a character at most) |
| `max_blocks`      | 100,000    | refused                                                       |
| `max_line_chars`  | 100,000    | the line is cut into blocks of at most that many characters   |
| `max_depth`       | 256        | the page is read as text with its tags taken out (no DOM features) |
| `max_attributes`  | 50,000     | the same: one element with more attributes is read as text    |

Why these defaults: the largest page of the development sets has 2,641 blocks, 55 levels of
nesting and one line of 32,951 characters, so each default leaves ordinary pages untouched
with room to spare. Crawlers keep pages well below 10 MB (Common Crawl truncates them at
1 MiB, trafilatura refuses downloads over 20 MB); a page at the limits costs a few seconds
and about half a gigabyte at most (figures in the README), where a 50 MB page took 8 s and
1.5 GB. Memory grows with the blocks (every block carries every heuristic's vote), hence
their own bound: a page of 100,000 blocks is a dump or a listing, and cleaning only some of
them would pass a guess off as a result. A line past `max_line_chars` is cut, not refused:
one paragraph that long is still text, and no pattern then reads more than that at once.
libxml2 checks each attribute of an element against the others, so its time grows with
the square of their number (20,000 attributes in one tag: 0.4 s; 50,000: about 2.5 s;
200,000: over a minute). Real elements carry a few dozen attributes, but their words are
what is counted, and a data attribute holding JSON with text in it can have 40,000.
256 levels is the bound libxml2 puts on the trees it builds; the renderer reads the parser's
events and builds none, so more may be asked for, up to 2,048. libxml2's own bounds on one
text, name or attribute value (10 MB) stay: a page past them is read as text too.
"""

from __future__ import annotations

from pydantic import ConfigDict, Field

from cleaner.errors import InputError
from cleaner.fast_reads import FastReadModel

# No encoding takes more than 4 bytes for one character (UTF-8, UTF-16 and UTF-32 included).
MAX_BYTES_PER_CHAR = 4
# How deep libxml2 nests the trees it builds, by default and with its limits lifted: the
# default depth, and the most that may be asked for.
PARSER_DEPTH = 256
HUGE_PARSER_DEPTH = 2048
# The least `Limits.max_attributes`: the check counts a tag's words, not its attributes (a
# quoted value with spaces is several), and a lower bound would read ordinary pages as text.
MIN_MAX_ATTRIBUTES = 1000


class Limits(FastReadModel):
    """Bounds on what one page may cost (see the module docstring for what happens past each)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    max_input_chars: int = Field(10_000_000, ge=1, description="characters of the decoded page; refused past it")
    max_blocks: int = Field(100_000, ge=1, description="blocks the page is cut into; refused past it")
    max_line_chars: int = Field(
        100_000, ge=1, description="characters of one block; a longer line is cut into several blocks"
    )
    max_depth: int = Field(
        PARSER_DEPTH,
        ge=1,
        le=HUGE_PARSER_DEPTH,
        description="elements open at once in an HTML page; a deeper page is read as text without its tags",
    )
    max_attributes: int = Field(
        50_000,
        ge=MIN_MAX_ATTRIBUTES,
        description="attributes of one HTML element; a page with a more crowded one is read as text",
    )

    @property
    def max_input_bytes(self) -> int:
        """The most bytes `max_input_chars` characters can take, in any encoding."""
        return MAX_BYTES_PER_CHAR * self.max_input_chars

    def check_input(self, raw: object) -> None:
        """Refuse a page with more characters than `max_input_chars` (bytes: before decoding them)."""
        if isinstance(raw, str) and len(raw) > self.max_input_chars:
            raise InputError(
                f"page of {len(raw)} characters is over the limit of {self.max_input_chars} (Limits.max_input_chars)"
            )
        if isinstance(raw, (bytes, bytearray, memoryview)) and memoryview(raw).nbytes > self.max_input_bytes:
            raise InputError(
                f"page of {memoryview(raw).nbytes} bytes is over the limit of {self.max_input_chars} characters "
                f"(Limits.max_input_chars) in any encoding"
            )

    def check_blocks(self, blocks: int) -> None:
        """Refuse a page cut into more than `max_blocks` blocks."""
        if blocks > self.max_blocks:
            raise InputError(f"page of {blocks} blocks is over the limit of {self.max_blocks} (Limits.max_blocks)")


DEFAULT_LIMITS = Limits()
