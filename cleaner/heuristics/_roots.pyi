from collections.abc import Iterable

class Roots:
    """Some roots, of which `first_in` names the first, in their order, found inside a text."""

    roots: tuple[str, ...]
    def __init__(self, roots: Iterable[str]) -> None: ...
    def first_in(self, text: str) -> str | None:
        """The first of the roots that `text` holds, or None."""
    def found_in(self, text: str) -> int:
        """The roots that `text` holds, as an int: bit i set for the i-th root."""
    def first_of(self, found: int) -> str | None:
        """The first of the roots that `found` (as `found_in` gives it) holds, or None."""
    def words_holding(self, words: Iterable[str]) -> frozenset[str]:
        """The words of `words` that hold one of the roots, in a frozenset."""

class RootLists:
    """Several lists of roots looked for together, and the roots of each word searched lately, for every list at
    once, kept across pages."""

    lists: tuple[Roots, ...]
    def __init__(self, lists: tuple[Roots, ...]) -> None: ...

class ChainRoots:
    """The roots that chains of names hold, for the lists of roots of a `RootLists` at once, leaving out some names."""

    lists: RootLists
    def __init__(self, lists: RootLists, ignored: frozenset[str]) -> None: ...
    def found_in(self, chain: tuple[frozenset[str], ...], near: int = 0) -> tuple[int, ...]:
        """For each list, the roots (as `Roots.found_in` gives them) that the sets of names of `chain` hold; with
        `near`, then for each list those that its last `near` sets hold, found in the same pass."""
