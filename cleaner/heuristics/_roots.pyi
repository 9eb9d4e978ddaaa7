from collections.abc import Iterable

class Roots:
    """Some roots, of which `first_in` names the first, in their order, found inside a text."""

    roots: tuple[str, ...]
    def __init__(self, roots: Iterable[str]) -> None: ...
    def first_in(self, text: str) -> str | None:
        """The first of the roots that `text` holds, or None."""
