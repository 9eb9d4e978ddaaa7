"""The compiled passes over every line: they refuse columns that do not describe one page."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable
from itertools import pairwise
from typing import Any

import pytest
import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from cleaner.heuristics.boilerplate_phrases import (
    _AGE_UNITS,
    _COPYRIGHT_MARKS,
    _COPYRIGHT_NOTICE,
    _COPYRIGHT_SKIPPED,
    _COUNTER_MAX_WORDS,
    _COUNTER_WORDS,
    _CURRENCIES,
    _DATE_OPENERS,
    _DATE_OR_COUNTER,
    _FIRST_WORDS,
    _GLUED_DATE_OPENERS,
    _PAY_WIDGET,
    _PHRASE_CONTINUATIONS,
    _POST_META_WORDS,
    _SIGNS,
    BYLINE_WORDS,
    _lines_to_test,
    _search_phrase,
)
from cleaner.heuristics.comment_section import (
    _COMMENT_HEADER,
    _COMMENT_TOKENS,
    _COUNTED_OPENINGS,
    _HEADER_OPENINGS,
    _QUALIFIERS,
)
from cleaner.heuristics.headline_teaser import GLUED_CATEGORY
from cleaner.heuristics.line_passes import (
    MAY_BE_BYLINE,
    MAY_BE_DATED,
    MAY_BE_HEADER,
    MAY_BE_POST_META,
    MAY_HOLD_PHRASE,
    MAY_OPEN_BYLINE,
    card_headlines,
    closing_header_candidates,
    closing_prose_words,
    contents_runs,
    cut_short_lines,
    density_votes,
    element_votes,
    holds_parts,
    label_frames,
    line_shapes,
    lines_opening_near,
    lines_opening_with,
    link_votes,
    near_pairs,
    numbered_templates,
    paragraph_votes,
    phrase_tests,
    position_votes,
    prose_anchors,
    record_runs,
    repeated_votes,
    sandwich_votes,
    shape_period_votes,
    shape_share,
    shape_votes,
    templated_runs,
    thread_start_candidates,
    values_by_pair,
    wrapped_prose,
)
from cleaner.segment.compiled import line_fingerprint, repeat_counts, repeated_places
from cleaner.segment.page import SegmentedPage
from cleaner.segment.text import segment_text

V = object()  # a vote stands for itself: the passes hand it on as given


@pytest.mark.parametrize(
    ("compiled_pass", "arguments"),
    [
        (card_headlines, (("A b", "C d"), (2,), (False, False), (False, False), None, 25, "\t\t", ",")),
        (shape_votes, ((2, 3), (0,), (1, 1), (False, True), 3, 4, 0.7, 12, V, V, V, V)),
        (density_votes, ((6, 7), (1, 2, 3), 5, 0.25, 0.1, 0.05, V, V)),
        (position_votes, ((0, 10, 20), (True,), 1.0, 18.0, V, V)),
        (wrapped_prose, (("a b", "c d"), (2, 2), (False,), (False, True), 6, GLUED_CATEGORY)),
        (paragraph_votes, ((True, True), (True,), [False, False], (2, 2), None, 12, 3, V, V, V, V)),
        (templated_runs, ((("a", "b"), ("a", "b")), (False,), 1, 2, V)),
        (cut_short_lines, (("One two three four...",), (4, 4), 4, ("...",))),
        (prose_anchors, ((True,), (True, True), (True, True), ("A b.", "C d."), True, ("...",))),
        (sandwich_votes, ([0, 2], (1, 1, 1), (1, 1), None, 20, 40, V)),
        (sandwich_votes, ([0, 2], (1, 1, 1), (1, 1, 1), [False], 20, 40, V)),
        (
            thread_start_candidates,
            (("a", "b"), ((), ()), (1,), (True, True), 8, 0, ("comment",), ("comment",), *(frozenset(),) * 3),
        ),
        (repeated_votes, (("a", "a"), (2,), 2, V)),
        (numbered_templates, ((("1",), ("a",)), (1,), 6, "#")),
        (shape_period_votes, ((1, 2), (True,), (1, 1), (2, 6), 0, 3, 6, 4, V, V)),
        (line_shapes, ((1, 2), (True,), (2, 6), 0, 1)),
        (link_votes, (("a", "b"), (0,), (1, 1), 0.5, 10, 10, V, V, V)),
        (element_votes, (("pre", "td"), ("a",), "pre", frozenset(("td",)), "\t\t", V, V)),
        (values_by_pair, (("a", "b"), ("c",), str)),
        (
            phrase_tests,
            (("a",), (), (1,), [], {}, 12, (), {}, *[frozenset()] * 3, 3, *[frozenset()] * 2, (), frozenset()),
        ),
        (contents_runs, ({"a": (0, 2)}, (0, 2), ("a", "b", "a"), (1, 1), 6, 1)),
    ],
)
def test_columns_of_different_lengths_are_refused(
    compiled_pass: Callable[..., Any], arguments: tuple[Any, ...]
) -> None:
    with pytest.raises(ValueError, match="differ in length"):
        compiled_pass(*arguments)


def test_only_short_lines_written_once_and_outside_a_figure_near_both_anchors_are_sandwiched() -> None:
    """Anchors at lines 0, 3 and 9, two lines away at most: 1 and 2 are near two (2 too long), none of 4 to 8 is."""
    words = (30, 5, 41, 30, 5, 5, 5, 5, 5, 30)
    repeats = (1, 1, 1, 1, 2, 1, 1, 1, 1, 1)
    assert sandwich_votes([0, 3, 9], words, repeats, None, 2, 40, "body") == [None, "body"] + [None] * 8
    assert sandwich_votes([0, 3], words, (1,) * 10, None, 2, 41, "body") == [None, "body", "body"] + [None] * 7
    in_figure = [False, True] + [False] * 8
    assert sandwich_votes([0, 3], words, (1,) * 10, in_figure, 2, 41, "body") == [None, None, "body"] + [None] * 7


def test_a_run_of_lines_is_voted_by_its_length_and_its_lines_links() -> None:
    """Three joined short lines make a run; a standalone line stands apart; on HTML an unlinked run line votes less."""
    blank_before = (True, False, False, True)
    blank_after = (False, False, True, True)
    votes = paragraph_votes(
        blank_before,
        blank_after,
        [False] * 4,
        (2, 2, 2, 20),
        (True, False, True, False),
        12,
        3,
        "alone",
        "wrapped",
        "run",
        "unlinked",
    )

    assert votes == ["run", "unlinked", "run", "alone"]


def test_a_templated_run_is_the_lines_in_a_row_sharing_their_opening_and_ends_where_one_does_not() -> None:
    opening = ("read", "the", "story")
    lines = [(*opening, str(n)) for n in range(3)] + [("a", "b")] + [(*opening, str(n)) for n in range(2)]
    terminal = (False,) * len(lines)

    assert templated_runs(tuple(lines), terminal, 3, 3, "run") == ["run"] * 3 + [None] * 3
    # A line ending like a sentence, or no longer than the opening, is in no run.
    assert templated_runs(tuple(lines[:3]), (False, True, False), 3, 2, "run") == [None] * 3
    assert templated_runs((*lines[:2], opening), (False,) * 3, 3, 3, "run") == [None] * 3


def test_lines_opening_with_a_word_are_found_by_their_first_token_alone() -> None:
    tokens = (("related", "stories"), (), ("the", "related", "one"), ("related",))

    assert lines_opening_with(tokens, frozenset(("related", "more"))) == [0, 3]


_CLOSING_LINES = st.lists(
    st.tuples(
        st.sampled_from(("About us", "über den Autor", "İlgili Haberler", "关联文章", "more about", "", "abouts")),
        st.sampled_from((0, 2, 8, 9, 16, 20)),
        st.booleans(),
        st.integers(1, 3),
        st.booleans(),
    ),
    max_size=12,
)


@settings(max_examples=500)
@given(_CLOSING_LINES, st.integers(0, 6), st.integers(0, 6), st.integers(0, 4), st.sampled_from((0, 16, 20)))
@example([("About us", 2, False, 1, False)] * 3, 0, 1, 2, 16)
@example([("", 25, True, 1, True), ("", 25, True, 1, True), ("", 5, False, 2, False)], 0, 0, 0, 20)
@example([("über İlgili", 30, True, 1, True), ("关联 more", 2, True, 2, False)], 1, 1, 2, 0)
def test_closing_passes_agree_with_the_columns_read_in_python(
    lines: list[tuple[str, int, bool, int, bool]], from_line: int, start: int, min_lines: int, min_words: int
) -> None:
    """`closing_section`'s passes count what slices of the columns count: the prose from `from_line` on, and
    after `start` the prose written once, not above a line written twice, beside a sentence where asked."""
    texts = tuple(line[0] for line in lines)
    tokens = tuple(tuple(line_fingerprint(text).split()) for text in texts)
    words, prose, repeats, terminal = (tuple(line[column] for line in lines) for column in range(1, 5))
    count = len(lines)
    start = min(start, count)
    counted = tuple(flag and index >= from_line for index, flag in enumerate(prose))
    first_words = frozenset(("about", "über", "关", "i\u0307lgili"))
    expected_lines = [
        index
        for index in range(count)
        if tokens[index][:1] and tokens[index][0] in first_words and words[index] <= 8
        if sum(counted[: index + 1]) >= min_lines
    ]
    assert closing_header_candidates(tokens, words, prose, first_words, from_line, 8, min_lines) == expected_lines
    sentences = [words[index] >= min_words and terminal[index] for index in range(start, count)]
    beside = [
        min_words == 0 or (position > 0 and sentences[position - 1]) or sentences[position + 1 : position + 2] == [True]
        for position in range(count - start)
    ]
    after = sum(
        words[index]
        for index in range(start, count)
        if counted[index] and repeats[index] <= 1 and (repeats[index + 1 : index + 2] or (0,))[0] < 2
        if beside[index - start]
    )
    before = sum(words[index] for index in range(start) if counted[index])
    assert closing_prose_words(words, prose, from_line, start, repeats, 2, terminal, min_words) == (before, after)


def test_a_thread_may_start_at_a_short_line_under_the_prose_opening_like_a_header_or_ending_like_a_byline() -> None:
    texts = (
        "Intro",
        "Comments (3)",
        "zed",
        "٣ تعليقات",
        "Posted by john who wrote",
        "Leave a much longer reply of ten words here",
        "12 Replies",
        "12 things to know",
        "1",
    )
    tokens = tuple(tuple(line_fingerprint(text).split()) for text in texts)
    words = tuple(map(len, tokens))
    prose = (True, False, False, False, False, False, False, False, False)
    openings, counted, last_words = ("comment", "leave", "post"), ("repl",), frozenset(("wrote",))
    qualified = (frozenset(("top", "view")), frozenset(("comments",)))

    assert thread_start_candidates(texts, tokens, words, prose, 8, 1, openings, counted, *qualified, last_words) == [
        (1, MAY_BE_HEADER),
        (3, MAY_BE_HEADER),
        (4, MAY_BE_HEADER | MAY_BE_BYLINE),
        (6, MAY_BE_HEADER),
    ]
    # Under too little prose, no line may start a thread.
    assert thread_start_candidates(texts, tokens, words, prose, 8, 2, openings, counted, *qualified, last_words) == []


@given(
    st.lists(st.text(alphabet="acdeklmnoprstxyčéKſ1_", min_size=1, max_size=8), min_size=1, max_size=4),
    st.lists(st.text(alphabet="acdeklmnoprstxyčéKſ1_İ", min_size=1, max_size=4), min_size=1, max_size=6),
)
@example(["comments"], ["comment"])
@example(["c"], ["c", "co"])
@example(["č", "ček"], ["čes", "č"])
def test_a_header_opening_is_found_as_startswith_finds_it(first_tokens: list[str], openings: list[str]) -> None:
    """The compiled test of a line's first token against the openings agrees with ``str.startswith``."""
    tokens = tuple((token, "x") for token in first_tokens)
    texts = tuple("a " + " ".join(line) for line in tokens)
    found = thread_start_candidates(
        texts, tokens, (2,) * len(texts), (False,) * len(texts), 8, 0, tuple(openings), (), *(frozenset(),) * 3
    )
    expected = [(index, MAY_BE_HEADER) for index, token in enumerate(first_tokens) if token.startswith(tuple(openings))]
    assert found == expected


def test_every_character_the_header_takes_for_a_counted_word_folds_to_its_letter() -> None:
    """A count's word is looked for among the folded tokens: what the pattern's case takes for one of its letters
    ("ſ" for "s", the Kelvin sign for "k") must fold to that letter."""
    every_character = "".join(map(chr, (*range(0xD800), *range(0xE000, 0x110000))))
    for letter in set("".join(_COUNTED_OPENINGS)):
        alike = regex.findall(regex.escape(letter), every_character, regex.IGNORECASE)
        assert alike and all(character.casefold() == letter for character in alike), (letter, alike)


@given(st.text(alphabet="0123456789 aAbcCdeilmnoprstuvwyhǅſK:()٣\x1c", max_size=30))
@example("Comments3")
@example("Poſt a comment")
@example("12 Kommentare")
@example("12 Commentaires")
@example("3 Responses")
@example("3 thoughts on")
@example("12  Replies")
@example("1 2 comments")
@example("12 комментариев")
@example("View comments")
@example("Most recent comments")
def test_every_comment_header_is_a_candidate(text: str) -> None:
    tokens = tuple(line_fingerprint(text).split())
    found = thread_start_candidates(
        (text,),
        (tokens,),
        (1,),
        (True,),
        8,
        0,
        _HEADER_OPENINGS,
        _COUNTED_OPENINGS,
        _QUALIFIERS,
        _COMMENT_TOKENS,
        frozenset(),
    )
    if text and _COMMENT_HEADER.match(text):
        assert found and found[0][1] & MAY_BE_HEADER


# Pieces that make up phrases, and what stands between them.
_PHRASE_PIECES = (
    "sign", "in", "up", "read", "more", "terms", "of", "use", "s", "abonner", "cookie", "cookies", "share",
    "this", "privacy", "policy", "add", "to", "cart", "login", "Sign", "IN", "Privacy", "x", "signin",
    # Letters beyond ASCII that the pattern reads as a phrase's whatever their case (a long s, a
    # Kelvin sign), or that it does not ("ß", "é"), and a phrase beyond ASCII.
    "ſign", "clic\u212a", "click", "here", "ß", "é", "Lire", "la", "suite", "you", "may", "also", "like",
)  # fmt: skip
# Besides ASCII, the spaces and punctuation beyond it that the line reader reads as ASCII's: a
# non-breaking space, a curly quote, a dash.
_SEPARATORS = (
    " ", " ", " ", "", ":", ",", ", ", ".", ". ", "-", "/", "'", " · ", "(", ")", "\t", "\x1c",
    "\xa0", "’", " – ", "\u2009",
)  # fmt: skip


def _lines(pieces: tuple[str, ...], most: int) -> st.SearchStrategy[str]:
    return st.lists(st.tuples(st.sampled_from(pieces), st.sampled_from(_SEPARATORS)), max_size=most).map(
        lambda parts: "".join(piece + separator for piece, separator in parts).strip()
    )


def _some(*choices: str) -> st.SearchStrategy[str]:
    return st.sampled_from(choices)


def _cased(line: str, case: str) -> str:
    return {"lower": line.lower(), "upper": line.upper(), "title": line.title()}.get(case, line)


# Dates, times and counters of every form the pattern knows, each slot filled from near misses as
# well, in any case, behind any leading marks, with anything after them.
_DATE_LINES = st.tuples(
    _some(
        "",
        "· ",
        "— ",
        "(",
        "_",
        "on ",
        " on ",
        "Updated ",
        "updated: ",
        "Published on ",
        "Posted",
        "UPDATED",
        "’",
        "\xa0on ",
        "é ",
    ),
    st.one_of(
        _some("12", "2024", "7", "١٢"),
        st.tuples(_some("12", "2", "2024", "123456"), _some("/", ".", "-", " ", ":"), _some("05", "5", "2024")).map(
            "".join
        ),
        st.tuples(_some("12", "1"), _some(":"), _some("30", "3"), _some("", " pm", "am", " AM", "x")).map("".join),
        st.tuples(
            _some("", "12 ", "3", "1,2 "), _some("comments", "Comment", "shares", "likes", "views", "replies")
        ).map("".join),
        st.tuples(
            _some("", "5", "5 ", "5-"), _some("min", "mins", "minute", "Minutes"), _some(" read", ". read", "read")
        ).map("".join),
        st.tuples(
            _some(
                "Reading time",
                "read time",
                "Estimated reading time",
                "Lesezeit",
                "lesedauer",
                "Tempo de leitura",
                "leestijd",
                "czas czytania",
                "Time",
            ),
            _some(": ", "", " ", ":"),
            _some("4", "12", "x"),
            _some(" minutes", "min", " Min.", ""),
        ).map("".join),
        st.tuples(
            _some("5", "12 ", "5\xa0"),
            _some("h", "hours", " days", "m", "x", "Hours"),
            _some(" ago", "ago", " ago by Ann", " ago, posted by Ann Lee", "\xa0ago in the news"),
        ).map("".join),
        st.tuples(
            _some("March", "Mar", "Nov.", "May", "Sept", "Ma", "Decembers", "Tuesday"),
            _some(" ", ". ", "", "  "),
            _some("12", "5", "123"),
            _some(", ", " ", ","),
            _some("2024", "20245", "202"),
            _some("", " at 5:30 pm", " by Ann"),
        ).map("".join),
        st.tuples(
            _some("12", "5", "123"), _some(" "), _some("March", "Mar", "Ma"), _some(" "), _some("2024", "24")
        ).map("".join),
    ),
    _some("", " ", ".", " ·", "_", " x", " – ", "’", " and more words after it"),
    _some("lower", "upper", "title", "as is"),
).map(lambda parts: _cased(parts[0] + parts[1] + parts[2], parts[3]))


def _missed_by(test: int, text: str, matches: Callable[[str], bool]) -> set[int]:
    """The lines of `text`, read as the text segmenter reads them, that `matches` but that `BoilerplatePhrases.vote`
    does not send to `test`."""
    page = segment_text(text)
    kept = {index for index, tests in _lines_to_test(page, {}, 100) if tests & test}
    return {index for index, line in enumerate(page.texts) if matches(line)} - kept


@settings(max_examples=500, deadline=None)
@given(_lines(_PHRASE_PIECES, 7))
@example("Sign in")
@example("s'abonner")
@example("Read more: Sign-in")
@example("ſign in")
@example("And you’ll like it: you may also like")
def test_every_line_holding_a_phrase_may_hold_one(text: str) -> None:
    assert not _missed_by(MAY_HOLD_PHRASE, text, lambda line: _search_phrase(line) is not None)


@settings(max_examples=1000, deadline=None)
@given(_DATE_LINES)
@example("Updated March 12, 2024 at 5:30 pm")
@example("Updatedmarch 12, 2024")
@example("· on Nov 2, 20245")
@example("Lesezeit5 min")
@example("5 min read")
@example("12 comments")
@example("5 hours ago, posted by Ann Lee")
@example("5\xa0hours\xa0ago in the news")
@example("— 12 March 2024")
def test_every_date_or_counter_line_may_be_one(text: str) -> None:
    assert not _missed_by(MAY_BE_DATED, text, lambda line: _DATE_OR_COUNTER.fullmatch(line) is not None)


def test_lines_that_cannot_hold_a_phrase_or_be_a_date_are_left_out() -> None:
    texts = (
        "Read the story",
        "Read more",
        "Election 2020",
        "March 12, 2024",
        "12 comments",
        "Cookies, über alles",
        "2015",
        "10 things to know about it",
        "5 hours ago, posted by Ann",
        "You’ll like the story",
        "You’ll like it: read more",
        "By Ann Lee",
        "Posts: 13",
        "a © b",
    )
    page = segment_text("\n".join(texts))
    assert page.texts == texts

    assert _lines_to_test(page, {}, 12) == [
        (1, MAY_HOLD_PHRASE),
        (3, MAY_BE_DATED),
        (4, MAY_BE_DATED),
        (5, MAY_HOLD_PHRASE),  # beyond ASCII, a line whose letters are goes to the pattern by its first words
        # A number alone is no date, nor one before four words or more unless they tell an age.
        (8, MAY_BE_DATED),
        (10, MAY_HOLD_PHRASE),  # a curly quote is read as ASCII's: "you’ll like" is no "you may also like"
        (11, MAY_OPEN_BYLINE),
        (12, MAY_BE_POST_META),
        (13, MAY_HOLD_PHRASE),
    ]
    # Lines decided already, or longer than asked, are left out.
    assert [index for index, _ in _lines_to_test(page, {1: "pay_widget", 3: "legal_phrase"}, 2)] == [4, 12, 13]


def _read_as_ascii(character: str) -> bool:
    code = ord(character)
    return code < 128 or ((0xA0 <= code <= 0xBF or 0x2000 <= code <= 0x206F) and not re.match(r"\w", character))


def _may_hold_phrase(tokens: tuple[str, ...], ascii_words: bool) -> bool:
    if not ascii_words:
        return not _FIRST_WORDS.isdisjoint(tokens)
    return any(
        tokens[position + 1 : position + 1 + len(rest)] == rest
        for position, token in enumerate(tokens)
        for rest in _PHRASE_CONTINUATIONS.get(token, ())
    )


def _may_be_dated(tokens: tuple[str, ...], ascii_words: bool) -> bool:
    if not ascii_words:
        return True
    if not tokens:
        return False
    first = tokens[0]
    if re.match("[0-9]", first):
        if not re.fullmatch("[0-9]+", first) or 1 < len(tokens) <= 4:
            return True
        return len(tokens) > 4 and tokens[1] in _AGE_UNITS and tokens[2] == "ago"
    if first in _DATE_OPENERS or first.startswith(_GLUED_DATE_OPENERS):
        return True
    return any(
        re.fullmatch("[a-z]{3,}", tokens[position])
        and re.fullmatch("[0-9]{1,2}", tokens[position + 1])
        and re.match("[0-9]{4}", tokens[position + 2])
        for position in range(min(3, len(tokens) - 2))
    )


def _tests_in_python(page: SegmentedPage, decided: dict[int, str], max_words: int) -> list[tuple[int, int]]:
    """What `phrase_tests` tells of `page`, for `BoilerplatePhrases`'s words, told in plain Python."""
    found = []
    for index, (text, tokens, words) in enumerate(zip(page.texts, page.tokens, page.words, strict=True)):
        if words > max_words or index in decided:
            continue
        ascii_words = all(map(_read_as_ascii, text))
        digit, underscore = re.search(r"\d", text) is not None, "_" in text
        tests = 0
        if any(sign in text for sign in _SIGNS) or _may_hold_phrase(tokens, ascii_words):
            tests |= MAY_HOLD_PHRASE
        if not _POST_META_WORDS.isdisjoint(tokens):
            tests |= MAY_BE_POST_META
        counted = words <= _COUNTER_MAX_WORDS and (underscore or not _COUNTER_WORDS.isdisjoint(tokens))
        if (digit or counted) and _may_be_dated(tokens, ascii_words and not underscore):
            tests |= MAY_BE_DATED
        if tokens and tokens[0] in BYLINE_WORDS:
            tests |= MAY_OPEN_BYLINE
        if tests:
            found.append((index, tests))
    return found


# Pieces of every test's lines, and the characters that decide them: digits of two scripts, signs,
# underscores, letters beyond ASCII, an ideograph, a superscript digit, a combining mark.
_MIXED_PIECES = (
    *_PHRASE_PIECES,
    "12", "5", "2024", "١٢", "٣", "March", "comments", "hours", "ago", "by", "Ann", "Posts", "edited", "Read",
    "time", "©", "(c)", "(C)", "_", "Lesezeit5", "подписаться", "от", "Автор", "東", "x_y", "²", "\u0301",
)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(_lines(_MIXED_PIECES, 14), max_size=8), st.integers(0, 14), st.sets(st.integers(0, 8)))
@example(["12", "Read more", "5 hours ago, posted by", "Ann’s ©", "By Ann"], 12, set())
def test_the_lines_to_test_are_those_plain_python_tells(lines: list[str], max_words: int, decided: set[int]) -> None:
    page = segment_text("\n".join(lines))
    reasons = dict.fromkeys(decided, "consent_notice")

    assert _lines_to_test(page, reasons, max_words) == _tests_in_python(page, reasons, max_words)


def _opening_near_in_python(texts: tuple[str, ...], marks: tuple[str, ...], skipped: int) -> list[int]:
    openers = {mark[0] for mark in marks}
    found = []
    for index, text in enumerate(texts):
        for character in text[: skipped + 1]:
            if character in openers:
                if any(mark in text for mark in marks):
                    found.append(index)
                break
            if re.match(r"\w", character):
                break
    return found


@given(st.lists(st.text(alphabet="©(cC)opyrightOPYRIGHT£$€¥ 1a_-·’\xa0é\u0301Щ", max_size=14), max_size=8))
@example(["© 2026 Acme", "COPYRIGHT 2020", "CopyRight © 2020", "-- (c) 2020", "a © 2020", "£45000 Per Annum"])
def test_the_lines_opening_near_a_mark_are_those_plain_python_tells(texts: list[str]) -> None:
    lines = tuple(texts)
    copyright_notices = lines_opening_near(lines, _COPYRIGHT_MARKS, _COPYRIGHT_SKIPPED)
    pay_widgets = lines_opening_near(lines, _CURRENCIES, 0)

    assert copyright_notices == _opening_near_in_python(lines, _COPYRIGHT_MARKS, _COPYRIGHT_SKIPPED)
    assert pay_widgets == _opening_near_in_python(lines, _CURRENCIES, 0)
    # None of the lines left out is a copyright notice holding a mark, or a pay widget.
    for index, text in enumerate(lines):
        if _COPYRIGHT_NOTICE.match(text) and any(mark in text for mark in _COPYRIGHT_MARKS):
            assert index in copyright_notices
        if _PAY_WIDGET.match(text):
            assert index in pay_widgets


def test_marks_must_be_few_and_hold_a_character() -> None:
    with pytest.raises(ValueError, match="empty one"):
        lines_opening_near(("a",), ("©", ""), 0)
    with pytest.raises(ValueError, match="more than 8 marks"):
        lines_opening_near(("a",), tuple("abcdefghi"), 0)


def test_a_line_is_repeated_when_its_words_come_back_and_it_has_words() -> None:
    assert repeated_votes(("menu", "", "story", "menu"), (2, 2, 1, 2), 2, "again") == ["again", None, None, "again"]


def test_a_short_line_holding_a_number_is_grouped_by_its_tokens_with_each_number_masked() -> None:
    tokens = (("price", "12", "euros"), ("price", "7", "euros"), ("lot3",), ("٣", "مايو"), ("1", "2", "3", "4"), ())

    assert numbered_templates(tokens, (3, 3, 1, 2, 4, 0), 3, "#") == {"price # euros": [0, 1], "# مايو": [3]}


def test_a_line_shape_is_twice_the_buckets_its_words_exceed_and_one_for_a_sentence_end() -> None:
    words = (0, 2, 3, 6, 7, 40, 41)
    terminal = (False, True, False, True, False, True, False)

    assert list(line_shapes(words, terminal, (2, 6, 15, 40), 0, 6)) == [0, 1, 2, 3, 4, 7, 8]
    assert line_shapes(words, terminal, (2, 6, 15, 40), 2, 3) == bytes([2, 3])
    assert line_shapes(words, terminal, (2, 6, 15, 40), 3, 2) == b""


def test_a_line_mostly_in_links_votes_chrome_and_a_long_one_without_links_body() -> None:
    texts = ("Home", "A long story of ten words without a single link in it", "Read the related story here")
    votes = link_votes(texts, (4, 0, 13), (1, 12, 5), 0.5, 10, 10, "long linked", "linked", "unlinked")

    assert votes == ["linked", "unlinked", None]


def test_code_and_table_rows_are_known_by_their_element() -> None:
    votes = element_votes(
        ("pre", "td", "td", "p"), ("x = 1", "a\t\tb", "a", "a\t\tb"), "pre", frozenset(("td",)), "\t\t", "code", "row"
    )

    assert votes == ["code", "row", None, None]


def test_each_distinct_pair_is_valued_once_whether_its_lines_are_in_a_row_or_apart() -> None:
    nav, main = frozenset(("nav",)), frozenset(("main",))
    # Equal sets made apart are one pair as well: the value is asked by equality, not identity alone.
    first = (nav, nav, main, frozenset(("nav",)), main)
    second = ("menu", "menu", "story", "menu", "aside")
    asked: list[int] = []

    def value_of(index: int) -> str:
        asked.append(index)
        return f"{min(first[index])}/{second[index]}"

    assert values_by_pair(first, second, value_of) == ["nav/menu", "nav/menu", "main/story", "nav/menu", "main/aside"]
    assert asked == [0, 2, 4]


def test_an_empty_ending_of_a_line_cut_short_is_refused() -> None:
    with pytest.raises(ValueError, match="ending"):
        cut_short_lines(("One two three four",), (4,), 4, ("...", ""))


# Lines of varied shape: beyond ASCII, empty, with the cell separator's tab alone or doubled.
_CARD_LINE = st.text(alphabet="aZé É…\t.]ß,;", max_size=12)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(_CARD_LINE, st.integers(0, 5), st.booleans(), st.booleans(), st.booleans()), max_size=8))
def test_card_headlines_are_those_plain_python_tells(lines: list[tuple[str, int, bool, bool, bool]]) -> None:
    texts, words, terminal, blank_after, linked = (tuple(line[column] for line in lines) for column in range(5))

    def card(index: int) -> bool:
        text, next_text = texts[index], texts[index + 1]
        return (
            not (blank_after[index] or terminal[index] or terminal[index + 1])
            and 2 <= words[index] <= 4
            and 2 <= words[index + 1] <= 4
            and not next_text[:1].islower()
            and "\t\t" not in text
            and "\t\t" not in next_text
            and not text.endswith((",", ";"))
            and not next_text.endswith((",", ";"))
            and (linked[index] or linked[index + 1])
        )

    expected = [card(index) for index in range(len(texts) - 1)] + [False] * bool(texts)
    assert card_headlines(texts, words, terminal, blank_after, linked, 4, "\t\t", ",;") == expected


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(_CARD_LINE, st.integers(0, 5)), max_size=8))
def test_lines_cut_short_are_those_plain_python_tells(lines: list[tuple[str, int]]) -> None:
    texts, words = tuple(text for text, _ in lines), tuple(count for _, count in lines)
    endings = ("...", "…", "[…]", "[...]")

    expected = [index for index, text in enumerate(texts) if words[index] >= 2 and text.endswith(endings)]
    assert cut_short_lines(texts, words, 2, endings) == expected


def test_lines_written_again_further_down_are_followed_in_order_until_one_is_not() -> None:
    fingerprints = ("intro", "history", "sales", "end", "history", "sales", "intro")
    places = {"intro": (0, 6), "history": (1, 4), "sales": (2, 5)}
    repeated = (0, 1, 2, 4, 5, 6)

    # From "intro", whose later copy is the last line, nothing follows it; from "history", "sales" does.
    assert contents_runs(places, repeated, fingerprints, (1,) * 7, 6, 1) == {0: [6], 1: [4, 5]}
    assert contents_runs(places, repeated, fingerprints, (1,) * 7, 6, 2) == {1: [4, 5]}
    # A line over `most` words ends the run.
    assert contents_runs(places, repeated, fingerprints, (1, 9, 1, 1, 1, 1, 1), 6, 1) == {0: [6], 2: [5]}


def test_a_run_whose_copies_start_inside_it_is_no_table_and_its_lines_start_no_run() -> None:
    # "a b" written twice in a row, then again: the copies of the run from line 0 start at line 1.
    fingerprints = ("a", "a", "b", "story", "a", "b")
    places = {"a": (0, 1, 4), "b": (2, 5)}

    assert contents_runs(places, (0, 1, 2, 4, 5), fingerprints, (1,) * 6, 6, 2) == {}


def test_a_run_s_own_lines_start_no_run_of_their_own() -> None:
    # A menu written at the top and again in the footer.
    fingerprints = ("home", "news", "about", "story", "home", "news", "about")
    places = {"home": (0, 4), "news": (1, 5), "about": (2, 6)}

    assert contents_runs(places, (0, 1, 2, 4, 5, 6), fingerprints, (1,) * 7, 6, 2) == {0: [4, 5, 6]}


_RUN_PIECES = ["a", "b", "c", "d"]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(_RUN_PIECES), max_size=14),
    st.lists(st.integers(1, 4), min_size=14, max_size=14),
    st.integers(1, 4),
    st.integers(1, 3),
)
def test_contents_runs_are_the_runs_of_lines_written_again_in_order(
    fingerprints: list[str], words: list[int], most: int, least: int
) -> None:
    places: dict[str, tuple[int, ...]] = {}
    for index, fingerprint in enumerate(fingerprints):
        places[fingerprint] = (*places.get(fingerprint, ()), index)
    places = {fingerprint: where for fingerprint, where in places.items() if len(where) > 1}
    repeated = tuple(index for index, fingerprint in enumerate(fingerprints) if fingerprint in places)
    counts = tuple(words[: len(fingerprints)])

    def written_again(start: int) -> list[int]:
        later: list[int] = []
        for index in range(start, len(fingerprints)):
            if fingerprints[index] not in places or counts[index] > most:
                break
            occurrences = places[fingerprints[index]]
            position = bisect_right(occurrences, max(index, later[-1] if later else -1))
            if position == len(occurrences):
                break
            later.append(occurrences[position])
        return later

    expected: dict[int, list[int]] = {}
    covered = 0
    for start in repeated:
        if start >= covered and len(headings := written_again(start)) >= least:
            covered = start + len(headings)
            if headings[0] >= covered:
                expected[start] = headings
    assert contents_runs(places, repeated, tuple(fingerprints), counts, most, least) == expected


# -- record lists: their runs and how alike their records are --------------------------------------


def _steady(
    indices: list[int], min_records: int, slack_lines: int, slack_share: float, missing: tuple[int, int]
) -> list[list[int]]:
    strides = [later - earlier for earlier, later in pairwise(indices)]
    median = sorted(strides)[len(strides) // 2]
    slack = max(slack_lines, slack_share * median)
    bridges = 2 <= median <= missing[0]
    runs, run = [], [indices[0]]
    for position, stride in enumerate(strides, 1):
        if abs(stride - median) <= slack:
            run.append(indices[position])
        elif bridges and abs(stride - 2 * median) <= min(missing[1], slack):
            run += [indices[position - 1] + stride // 2, indices[position]]
        else:
            runs.append(run)
            run = [indices[position]]
    return [run for run in [*runs, run] if len(run) >= min_records]


def _runs(
    frame: list[int], spacing: tuple[int, int, int], slack: tuple[int, float], missing: tuple[int, int]
) -> list[list[int]]:
    (least, most, min_records), runs, start = spacing, [], 0
    for position in range(1, len(frame) + 1):
        if position == len(frame) or not least <= frame[position] - frame[position - 1] <= most:
            if position - start >= min_records:
                runs += _steady(frame[start:position], min_records, *slack, missing)
            start = position
    return runs


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.lists(st.integers(1, 12), max_size=14), max_size=4),
    st.tuples(st.integers(1, 4), st.integers(3, 12), st.integers(2, 5)),
    st.tuples(st.integers(0, 3), st.sampled_from([0.0, 0.25, 0.5, 1.0])),
    st.tuples(st.integers(0, 6), st.integers(0, 2)),
)
def test_record_runs_are_the_steady_stretches_of_each_frame(
    gaps: list[list[int]], spacing: tuple[int, int, int], slack: tuple[int, float], missing: tuple[int, int]
) -> None:
    frames = [[sum(steps[: position + 1]) for position in range(len(steps))] for steps in gaps]

    assert record_runs(frames, *spacing, *slack, *missing) == [
        run for frame in frames for run in _runs(frame, spacing, slack, missing)
    ]


@settings(max_examples=400, deadline=None)
@given(st.binary(max_size=40), st.lists(st.integers(0, 44), max_size=8))
def test_shape_share_is_the_mean_share_of_shapes_neighbouring_records_have_in_common(
    shapes: bytes, starts: list[int]
) -> None:
    bounds = sorted(starts)
    records = [Counter(shapes[start + 1 : end]) for start, end in pairwise(bounds)]
    shares = [sum((one & other).values()) / max(one.total(), other.total(), 1) for one, other in pairwise(records)]

    assert shape_share(bounds, shapes) == (sum(shares) / len(shares) if shares else 1.0)


# Lines of a page by their fingerprints (empty, or beyond ASCII among them) and word counts.
_PAGE_LINES = st.lists(
    st.tuples(st.sampled_from(["", "shop now", "é", "read more", "ab"]), st.integers(0, 8)), max_size=14
)


@settings(max_examples=300, deadline=None)
@given(_PAGE_LINES, st.integers(0, 6), st.integers(0, 3))
def test_near_pairs_are_those_plain_python_tells(lines: list[tuple[str, int]], most_apart: int, least: int) -> None:
    fingerprints, words = tuple(text for text, _ in lines), tuple(count for _, count in lines)
    places = repeated_places(fingerprints, repeat_counts(fingerprints))[1]
    by_offset: dict[int, list[int]] = {}
    for indices in places.values():
        if len(indices) == 2 and indices[1] - indices[0] <= most_apart and words[indices[0]] >= least:
            by_offset.setdefault(indices[1] - indices[0], []).append(indices[0])

    assert near_pairs(places, words, most_apart, least) == {
        offset: sorted(firsts) for offset, firsts in by_offset.items()
    }


@settings(max_examples=300, deadline=None)
@given(_PAGE_LINES, st.integers(0, 6), st.integers(2, 5))
def test_label_frames_are_those_plain_python_tells(lines: list[tuple[str, int]], most_words: int, least: int) -> None:
    fingerprints, words = tuple(text for text, _ in lines), tuple(count for _, count in lines)
    places = repeated_places(fingerprints, repeat_counts(fingerprints))[1]

    assert label_frames(places, words, most_words, least) == [
        list(indices) for indices in places.values() if len(indices) >= least and words[indices[0]] <= most_words
    ]


# Tokens of short lines: numbers of several scripts ("٣", "３"), a digit that is no decimal ("²"), words.
_TOKEN = st.sampled_from(["12", "٣", "３", "²", "7a", "price", "é", "x"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(_TOKEN, max_size=5), max_size=10), st.integers(0, 5))
def test_numbered_templates_are_those_plain_python_tells(lines: list[list[str]], most: int) -> None:
    tokens = tuple(map(tuple, lines))
    groups: dict[str, list[int]] = {}
    for index, line_tokens in enumerate(tokens):
        if len(line_tokens) <= most and any(token.isdecimal() for token in line_tokens):
            template = " ".join("#" if token.isdecimal() else token for token in line_tokens)
            groups.setdefault(template, []).append(index)

    assert numbered_templates(tokens, tuple(map(len, tokens)), most, "#") == groups


def test_a_line_holds_parts_where_it_holds_one_string_of_each_tuple_of_one_alternative() -> None:
    alternatives = ((("by",), ("agree", "accept")), (("controller",),))

    assert holds_parts("by clicking, you accept", alternatives)
    assert holds_parts("the data controller", alternatives)
    assert holds_parts("controller", alternatives)
    assert not holds_parts("by clicking here", alternatives)  # one tuple of the first alternative lacking
    assert not holds_parts("you agree", alternatives)
    assert not holds_parts("", alternatives)
    assert not holds_parts("by clicking, you agree", ())  # no alternative
    assert holds_parts("", ((),))  # an alternative that asks for nothing


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet="abc ", max_size=12),
    st.lists(st.lists(st.lists(st.text(alphabet="abc", min_size=1, max_size=2), max_size=3), max_size=3), max_size=3),
)
def test_holding_parts_is_what_python_says_of_it(text: str, alternatives: list[list[list[str]]]) -> None:
    as_tuples = tuple(tuple(tuple(strings) for strings in parts) for parts in alternatives)

    assert holds_parts(text, as_tuples) == any(
        all(any(string in text for string in strings) for strings in parts) for parts in alternatives
    )
