"""Properties of the public API and the segmenters on arbitrary input (hypothesis).

Whatever the input: only the library's documented errors (`CleanerError`) come out; every block
has a label and a score; the body text is the body blocks joined; a text page's blocks are
pieces of the decoded input, at their offsets; an HTML page's text comes from the page's own
text, in order.
"""

from __future__ import annotations

import html
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import cleaner
from cleaner import CleanerError, CleanResult, Label
from cleaner.decode import decode
from cleaner.segment._render import Renderer, name_words, squeeze_spaces, stripped_length
from cleaner.segment.dom import hidden_from_sight
from cleaner.segment.html import page_bytes, segment_html
from cleaner.segment.text import segment_text

EXAMPLES = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Text that looks like pages: words, punctuation, line breaks, odd white space and characters.
PAGE_ALPHABET = st.sampled_from(
    [*"abcdefghij ABC .,!?'\"-:;0123456789", "\n", "\t", "\r", "\xa0", "\u3000", "é", "日", "\x00", "<", ">"]
)
WORDS = st.lists(st.sampled_from(["the", "road", "closed", "Storm", "of", "12", "2024", "a", "by", "©"]), max_size=30)
TAGS = ("div", "p", "span", "a", "b", "li", "ul", "h1", "h2", "section", "article", "nav", "footer", "pre", "button")
ATTRIBUTES = st.dictionaries(
    st.sampled_from(["class", "id", "href", "hidden", "aria-hidden", "style", "title"]),
    st.sampled_from(["", "nav", "menu item", "true", "display: none", "/x", "story body"]),
    max_size=3,
)


def _text(words: list[str]) -> str:
    return html.escape(" ".join(words))


@st.composite
def tag_trees(draw: st.DrawFn, depth: int = 0) -> str:
    """An element with random attributes holding text and, a few levels down, more elements."""
    tag = draw(st.sampled_from(TAGS))
    attributes = "".join(f' {name}="{html.escape(value)}"' for name, value in draw(ATTRIBUTES).items())
    children = draw(st.lists(tag_trees(depth + 1), max_size=4)) if depth < 4 else []
    inner = _text(draw(WORDS)) + "".join(child + _text(draw(WORDS)) for child in children)
    return f"<{tag}{attributes}>{inner}</{tag}>"


@st.composite
def html_pages(draw: st.DrawFn) -> tuple[str, str]:
    """A page of random tag trees, and the text of all its text nodes in document order."""
    trees = draw(st.lists(tag_trees(), min_size=1, max_size=6))
    title = _text(draw(WORDS))
    page = f"<!doctype html><html><head><title>{title}</title></head><body>{''.join(trees)}</body></html>"
    body = "".join(trees)
    text = html.unescape("".join(part.split(">", 1)[-1] for part in body.split("<")))
    return page, text


def _assert_consistent(result: CleanResult) -> None:
    assert all(isinstance(block.label, Label) for block in result.blocks)
    assert all(0.0 <= block.score <= 1.0 for block in result.blocks)
    assert result.text == "\n\n".join(block.text for block in result.blocks if block.label is Label.BODY)
    assert result.title is None or result.title in {block.text for block in result.blocks}


def _clean_or_refuse(raw: str | bytes, form: str = "auto") -> CleanResult | None:
    try:
        return cleaner.clean(raw, format=form)
    except CleanerError:
        return None


def _is_subsequence(needle: str, haystack: str) -> bool:
    characters = iter(haystack)
    return all(character in characters for character in needle)


@settings(EXAMPLES, max_examples=400)
@given(
    st.one_of(st.text(PAGE_ALPHABET, max_size=400), st.text(max_size=300), st.binary(max_size=400)),
    st.sampled_from(["auto", "html", "text"]),
)
def test_any_text_or_bytes_are_cleaned_or_refused_with_a_cleaner_error(raw: str | bytes, form: str) -> None:
    result = _clean_or_refuse(raw, form)

    if result is not None:
        _assert_consistent(result)


@EXAMPLES
@given(st.text(PAGE_ALPHABET, max_size=400))
def test_a_text_pages_blocks_are_the_decoded_input_at_their_offsets(text: str) -> None:
    result = _clean_or_refuse(text, "text")

    if result is not None:
        decoded = decode(text)
        assert all(decoded[block.start : block.end] == block.text for block in result.blocks)
        assert [block.text for block in result.blocks] == [line.strip() for line in decoded.split("\n") if line.strip()]


@EXAMPLES
@given(html_pages())
def test_an_html_pages_blocks_are_its_own_text_in_order(page_and_text: tuple[str, str]) -> None:
    page, text = page_and_text

    result = cleaner.clean(page, format="html")

    _assert_consistent(result)
    rendered = "".join("".join(block.text.split()) for block in result.blocks)
    assert _is_subsequence(rendered, "".join(text.split()))


@EXAMPLES
@given(st.text(PAGE_ALPHABET, max_size=400))
def test_the_text_segmenter_gives_one_block_a_non_blank_line(text: str) -> None:
    page = segment_text(text)

    assert list(page.texts) == [line.strip() for line in text.split("\n") if line.strip()]
    assert all(text[start:end] == block for start, end, block in zip(page.starts, page.ends, page.texts, strict=True))


@EXAMPLES
@given(st.text(PAGE_ALPHABET, max_size=400) | html_pages().map(lambda page_and_text: page_and_text[0]))
def test_the_html_segmenter_gives_columns_of_one_length_or_a_cleaner_error(text: str) -> None:
    try:
        page = segment_html(text)
    except CleanerError:
        return
    columns = [page.texts, page.starts, page.words, page.blank_before]
    if page.has_dom:
        columns += [page.tags, page.link_chars, page.depths, page.class_tokens]
    assert {len(column) for column in columns} == {len(page)}
    assert all(0 <= links <= len(block) for links, block in zip(page.link_chars, page.texts, strict=False))


@EXAMPLES
@given(html_pages())
def test_the_page_wide_columns_of_an_html_page_agree_with_its_blocks(page_and_text: tuple[str, str]) -> None:
    page = segment_html(page_and_text[0])

    assert page.class_words == frozenset().union(*page.class_tokens)
    assert page.mostly_linked == tuple(
        2 * links >= len(block) for links, block in zip(page.link_chars, page.texts, strict=True)
    )


# White space of every kind (tabs and the separators \x1c-\x1f among it, and each that UTF-8
# writes in more than one byte), characters whose bytes open like white space's (U+00A1,
# U+1681, U+2010, U+2030, U+2060, U+3001), one beyond the BMP, and letters whose lower case is
# or holds an ASCII letter (the Kelvin sign, the dotted capital I).
SPACED_TEXT = st.text(
    alphabet=st.sampled_from(
        [
            *"ab Z-_.1",
            *"\t\n\r\x0b\x0c\x1c\x1f\x85\xa0\u1680\u2000\u2003\u200a\u2028\u2029\u202f\u205f\u3000",
            *"\xa1\u1681\u2010\u2030\u2060\u3001\U0001f600",
            *"\u200b\u212a\u0130é",
        ]
    ),
    max_size=40,
)


@EXAMPLES
@given(SPACED_TEXT)
def test_squeezed_lines_are_their_words_joined_by_one_space(text: str) -> None:
    # Tabs and separators kept: the other white space's runs made one space, the ends trimmed.
    assert squeeze_spaces(text) == re.sub(r"[^\S\t\x1c-\x1f]+", " ", text).strip()
    if not re.search(r"[\t\x1c-\x1f]", text):
        assert squeeze_spaces(text) == " ".join(text.split())


@EXAMPLES
@given(SPACED_TEXT)
def test_a_link_s_characters_are_counted_without_the_white_space_at_its_ends(text: str) -> None:
    assert stripped_length(text) == len(text.strip())


@EXAMPLES
@given(SPACED_TEXT)
def test_class_names_words_are_their_letter_runs_lower_cased(names: str) -> None:
    assert name_words(names) == frozenset(re.findall(r"[a-z]+", names.lower()))


# Class and style values built of the words that hide an element, in any case, cut and glued
# to others: the walk's quick test of a value must never pass over one that hides.
HIDING_VALUES = st.lists(
    st.sampled_from(
        ["sr-only", "SR_Only", "Visually-Hidden", "screen-reader-text", "INVISIBLE", "a11y-hidden", "display:none",
         "visibility: Hidden", "sr", "vis", "s", "none", "hide", "col-md-12", "nav", "é", ";", "-"]
    ),
    max_size=5,
).map(" ".join) | st.text(alphabet=st.sampled_from([*"srvisnoedhAIN-_: ;1"]), max_size=20)  # fmt: skip


@EXAMPLES
@given(HIDING_VALUES, HIDING_VALUES)
def test_an_element_is_left_out_exactly_when_its_class_or_style_hides_it(class_name: str, style: str) -> None:
    page = f'<p>Seen.</p><div class="{html.escape(class_name)}" style="{html.escape(style)}">Unseen.</div>'
    renderer = Renderer(False)
    renderer.render(page_bytes(page))
    assert renderer.texts[0] == "Seen."
    assert ("Unseen." in renderer.texts) is not hidden_from_sight(False, style, class_name, None, None)
