"""The body of a cleaned page as Markdown, from the element that held each block.

Headings become ``#`` lines of their level, list items ``-`` lines, quotations ``>`` lines,
preformatted lines a fenced code block, and table rows (cells joined by tabs in the
rendering) a pipe table whose first row is the header. Consecutive items of one list, lines
of one code block and rows of one table are kept together; everything else is a paragraph,
separated from the next by a blank line. A block without a tag (a text page) is a paragraph.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import groupby
from typing import TYPE_CHECKING

from cleaner.segment.dom import CELL_SEPARATOR, CELL_TAGS, HEADING_LEVEL

if TYPE_CHECKING:
    from cleaner.model import Block


def _kind(block: Block) -> str:
    """The group a block joins: consecutive blocks of one kind (other than paragraphs) go together."""
    tag = block.tag or ""
    if tag == "li":
        return "list"
    if tag == "pre":
        return "code"
    if tag in CELL_TAGS:
        return "table"
    return f"paragraph-{id(block)}"  # each paragraph, heading or quotation on its own


def _paragraph(block: Block) -> str:
    tag = block.tag or ""
    if tag in HEADING_LEVEL:
        return f"{'#' * HEADING_LEVEL[tag]} {block.text}"
    if tag == "blockquote":
        return f"> {block.text}"
    return _escape_line_start(block.text)


def _escape_line_start(text: str) -> str:
    """Keep a paragraph that happens to start like markup ("# 1", "- x", "> y") a paragraph."""
    return f"\\{text}" if text[:1] in {"#", "-", ">", "*", "+"} else text


def _table(rows: list[Block]) -> str:
    cells = [[cell.strip().replace("|", "\\|") for cell in row.text.split(CELL_SEPARATOR)] for row in rows]
    width = max(map(len, cells))
    lines = ["| " + " | ".join(row + [""] * (width - len(row))) + " |" for row in cells]
    lines.insert(1, "|" + " --- |" * width)
    return "\n".join(lines)


def to_markdown(blocks: Iterable[Block]) -> str:
    """The Markdown of `blocks`, in order."""
    parts: list[str] = []
    for kind, group in groupby(blocks, key=_kind):
        members = list(group)
        if kind == "list":
            parts.append("\n".join(f"- {block.text}" for block in members))
        elif kind == "code":
            parts.append("```\n" + "\n".join(block.text for block in members) + "\n```")
        elif kind == "table":
            parts.append(_table(members))
        else:
            parts.extend(map(_paragraph, members))
    return "\n\n".join(parts)
