"""What the elements of an HTML page tell the rendering: the vocabulary of tags, and what hides an element.

Read by the compiled renderer of `cleaner.segment._render`, by the rest of the HTML segmentation
in `cleaner.segment.html`, and by the writers and heuristics that look at tags.
"""

from __future__ import annotations

import re

import regex

# Elements whose content is never page text.
SKIPPED = frozenset(
    (
        "title", "meta", "link", "base", "script", "style", "template", "svg", "math", "iframe", "object", "embed",
        "canvas", "video", "audio", "map", "select", "option", "datalist", "textarea", "input",
    )
)  # fmt: skip
# Elements that start and end a line.
LINE_BREAKING = frozenset(
    (
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog",
        "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "header", "hgroup",
        "hr", "legend", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table",
        "tbody", "tfoot", "thead", "tr", "ul", "h1", "h2", "h3", "h4", "h5", "h6",
    )
)  # fmt: skip
# Of those, the ones that stand apart as paragraphs, with a blank line around them.
PARAGRAPHS = frozenset(("p", "h1", "h2", "h3", "h4", "h5", "h6"))
# The level of each heading element, and the table cells (read by the Markdown writer too).
HEADING_LEVEL = {f"h{level}": level for level in range(1, 7)}
CELL_TAGS = frozenset(("td", "th"))
# Containers whose presence among a block's ancestors the heuristics read.
SEMANTIC_CONTAINERS = frozenset(("nav", "aside", "footer", "header", "form", "figure", "figcaption", "main", "article"))
# HTML forbids `main` inside these: where the parse puts it there, one was left unclosed before it.
NOT_AROUND_MAIN = frozenset(("article", "aside", "footer", "header", "nav"))
# Elements that give the lines inside them a new context even without class or id names.
NEW_CONTEXT_ALWAYS = SEMANTIC_CONTAINERS | HEADING_LEVEL.keys()
CONTEXT_CHANGING = LINE_BREAKING | CELL_TAGS | NEW_CONTEXT_ALWAYS
# What joins the cells of a table row on its line (as in crawl text dumps).
CELL_SEPARATOR = "\t\t"

# The class names CSS frameworks give text kept for screen readers and clipped out of sight:
# Bootstrap's and Tailwind's "sr-only", Bootstrap 5's and Drupal's "visually-hidden" (HTML5
# Boilerplate's "visuallyhidden", Drupal 7's "element-invisible"), WordPress's "screen-reader-text".
_VISUALLY_HIDDEN = re.compile(
    r"\b(?:sr[-_]only|visually-?hidden|screen-?reader(?:-text|-only)?|element-invisible|a11y-hidden)\b",
    re.IGNORECASE,
)
# Words one of which, in any case, every name `_VISUALLY_HIDDEN` takes holds, and most class names
# lack: the renderer asks the pattern only of the class names that hold one.
VISUALLY_HIDDEN_WORDS = ("sr-only", "sr_only", "visually", "screen", "invisible", "a11y-hidden")
_HIDDEN_STYLE = regex.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", regex.IGNORECASE)
# A hidden element that is a disclosure widget's folded panel is read all the same (see
# `_collapsed_panel`): its ARIA roles, and roots of the class and id names templates give it.
_PANEL_ROLES = frozenset(("tabpanel", "region"))
_PANEL_NAME_ROOTS = ("accordion", "faq", "collapse", "answer", "expand")


class ParserLimitError(Exception):
    """The page is past a parser limit: nested deeper than `Limits.max_depth`, or past one of
    libxml2's own (a text, a name or an attribute value over 10 MB), where it stopped parsing."""


def hidden_from_sight(
    has_hidden: bool, style: str | None, class_name: str | None, id_name: str | None, role: str | None
) -> bool:
    """Whether an element with these attributes is out of sight, and not a panel a click unfolds.

    Out of sight: the ``hidden`` attribute (or what the browser's own style sheet hides as it
    hides that: a <dialog> not opened, a popover not shown), ``display: none`` or ``visibility:
    hidden`` in its style, or a class name for text kept for screen readers alone (see
    `_visually_hidden`).
    """
    out_of_sight = (
        has_hidden
        or (style is not None and _HIDDEN_STYLE.search(style) is not None)
        or (class_name is not None and _visually_hidden(class_name))
    )
    return out_of_sight and not _collapsed_panel(class_name, id_name, role)


def _visually_hidden(class_name: str) -> bool:
    """Whether `class_name` names text kept for screen readers and hidden from the eye (see `_VISUALLY_HIDDEN`)."""
    return _VISUALLY_HIDDEN.search(class_name) is not None


def _collapsed_panel(class_name: str | None, id_name: str | None, role: str | None) -> bool:
    """Whether a hidden element is the folded panel of a disclosure widget, which a click opens.

    An accordion's answers, a FAQ's, a tab set's other tabs: ARIA gives the panel the role of a
    region or a tab panel, and templates name it so (``faq__answer``, ``accordion__content``,
    ``chakra-collapse``). Its text is the page's content, folded to save room, not a part of
    the page that is never shown: the gold standards keep it.
    """
    if role in _PANEL_ROLES:
        return True
    names = f"{class_name or ''} {id_name or ''}".lower()
    return any(root in names for root in _PANEL_NAME_ROOTS)
