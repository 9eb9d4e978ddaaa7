"""The compiled search for roots inside class and id names: the first root, in the roots' order, that a text holds."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from cleaner.heuristics._roots import ChainRoots, RootLists
from cleaner.heuristics.dom_hints import BODY_ROOTS, CHROME_ROOTS, Roots


def _first_root(text: str, roots: tuple[str, ...]) -> str | None:
    return next((root for root in roots if root in text), None)


ROOT = st.text(alphabet="abnmé", min_size=1, max_size=4)


@given(st.lists(ROOT, min_size=1, max_size=70), st.text(alphabet="abnmé -", max_size=60))
@example(["nav", "menu"], "menu nav")  # the roots' order, not the text's
@example(["av", "nav"], "canvas")  # roots that overlap
@example(["a"], "a")  # one character: read as `in` reads it
@example(["ménu", "nav"], "ménu")  # beyond ASCII: read as `in` reads it
@example(["na"], "n")  # a text shorter than the root
def test_the_first_root_found_is_the_first_that_the_text_holds(roots: list[str], text: str) -> None:
    assert Roots(roots).first_in(text) == _first_root(text, tuple(roots))


@given(st.lists(ROOT, min_size=1, max_size=70), st.lists(st.text(alphabet="abnmé-", max_size=12), max_size=30))
@example(["nav"], ["navbar", "sidebar", "nav", "main"])
@example(["ménu"], ["ménu", "menu"])  # beyond ASCII: read as `in` reads it
def test_the_words_holding_a_root_are_those_a_root_is_found_in(roots: list[str], words: list[str]) -> None:
    assert Roots(roots).words_holding(words) == {word for word in words if _first_root(word, tuple(roots))}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("site navigation", "nav"),
        ("comment commentlist", "comment"),
        ("related posts", "related"),
        ("article body", None),
        ("", None),
        ("sitéfooter", "footer"),  # beyond ASCII but one byte a character
        ("navigation 記事", "nav"),  # wider characters
    ],
)
def test_the_chrome_roots_inside_class_names(text: str, expected: str | None) -> None:
    assert Roots(CHROME_ROOTS).first_in(text) == expected


def test_a_text_holding_several_roots_names_the_first_of_the_list() -> None:
    assert Roots(BODY_ROOTS).first_in("main-content article-body") == "article"
    assert Roots(BODY_ROOTS).roots == BODY_ROOTS


def test_roots_that_are_not_strings_are_refused_by_name() -> None:
    with pytest.raises(TypeError, match=r"roots are strings, got \('nav', 3\)"):
        Roots(["nav", 3])


@given(st.lists(ROOT, min_size=1, max_size=64), st.text(alphabet="abnmé -", max_size=60))
@example(["nav", "menu"], "menu nav")
@example(["ménu", "a"], "ménu")  # beyond ASCII, and one character: read as `in` reads them
def test_the_roots_found_are_those_the_text_holds_and_the_first_of_them_is_the_first_found(
    roots: list[str], text: str
) -> None:
    found = Roots(roots).found_in(text)

    assert found == sum(1 << index for index, root in enumerate(roots) if root in text)
    assert Roots(roots).first_of(found) == Roots(roots).first_in(text)


NAMES = st.frozensets(st.text(alphabet="abnm", min_size=1, max_size=6), max_size=4)


@given(
    st.lists(st.lists(ROOT, min_size=1, max_size=8), min_size=1, max_size=3),
    st.lists(st.lists(NAMES, max_size=5), min_size=1, max_size=6),
    NAMES,
    st.integers(-2, 6),
)
def test_a_chain_holds_the_roots_of_its_names_joined_the_ignored_left_out(
    lists: list[list[str]], chains: list[list[frozenset[str]]], ignored: frozenset[str], near: int
) -> None:
    chain_roots = ChainRoots(RootLists(tuple(map(Roots, lists))), ignored)

    def found(sets: list[frozenset[str]]) -> tuple[int, ...]:
        names = " ".join(frozenset().union(*sets) - ignored)
        return tuple(Roots(roots).found_in(names) for roots in lists)

    for chain in chains:  # the sets of names a chain shares with those before are searched once
        expected = found(chain) + (found(chain[max(len(chain) - near, 0) :]) if near > 0 else ())
        assert chain_roots.found_in(tuple(chain), near) == expected


def test_chain_roots_refuse_lists_that_are_not_roots_or_too_many() -> None:
    with pytest.raises(ValueError, match="expected lists of at most 64 roots"):
        RootLists((("nav",),))  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="expected 1 to 8 lists of roots, got 9"):
        RootLists((Roots(["nav"]),) * 9)
    with pytest.raises(ValueError, match="expected lists of at most 64 roots"):
        RootLists((Roots([f"r{index}" for index in range(65)]),))
