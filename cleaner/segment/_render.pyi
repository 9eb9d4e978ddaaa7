from cleaner.limits import Limits

class Context:
    """What an open element tells the lines it owns."""

    @property
    def block_tag(self) -> str: ...
    @property
    def heading_level(self) -> int: ...
    @property
    def containers(self) -> frozenset[str]: ...
    @property
    def name_sets(self) -> tuple[frozenset[str], ...]: ...
    @property
    def number(self) -> int:
        """Its number among the contexts of its page, 0 for the page's top."""

class Renderer:
    """Renders a page once, as its parser reads it, and gathers the lines with their contexts and blank-line
    breaks, and the title the page gives itself."""

    texts: list[str]
    blank_before: list[bool]
    link_chars: list[int]
    depths: list[int]
    named_elements: list[int]
    panels: list[int]
    @property
    def hid_any(self) -> bool:
        """Whether the rendering left out an element for being hidden."""
    @property
    def title(self) -> str | None:
        """The title the page gives itself: ``og:title`` when set, else its first <title> that says something."""

    def __init__(self, show_hidden: bool = False, limits: Limits = ...) -> None: ...
    def render(self, document: bytes) -> None:
        """Render `document` (UTF-8) as libxml2's HTML parser reads it."""
    def owner_columns(
        self,
    ) -> tuple[
        tuple[str, ...],
        tuple[int, ...],
        tuple[frozenset[str], ...],
        tuple[tuple[frozenset[str], ...], ...],
        tuple[frozenset[str], ...],
        tuple[int, ...],
        frozenset[str],
    ]:
        """What each line takes from the element that owns it, a tuple each: the block tag, the heading level,
        the semantic containers, the chain of class and id names, those names together, the template's number;
        and last, the names of all the lines together."""

def squeeze_spaces(text: str) -> str:
    """`text` as the renderer puts it on a line: each run of white space made one space, none at either end, and
    tabs and the separators \x1c-\x1f inside it kept as they are (a table's cells are joined by tabs)."""

def stripped_length(text: str) -> int:
    """`len(text.strip())`, as the renderer counts a link's text: from the text's UTF-8 bytes."""

def name_words(names: str) -> frozenset[str]:
    """The words of class and id `names`: its runs of letters, lower-cased (``[a-z]+`` of `names.lower()`)."""

def crowded_tag(document: bytes, max_attributes: int) -> bool:
    """Whether a start tag of `document` may hold more than `max_attributes` attributes: its words, counted."""
