"""The compiled search for roots inside class and id names: the first root, in the roots' order, that a text holds."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

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
