# cython: language_level=3, boundscheck=False, wraparound=False
"""The line tests of `headline_teaser`, compiled: they run on every line of every page.

In Python each line's tests read five columns through a zip and a chain of conditions, and
the test for a seam between two words translated the whole line first: a third of a
microsecond a line before any pattern ran, a sixteenth of a text page's heuristics. Here each
test reads the columns in place and looks at a line's characters only where its counts allow a
vote. The patterns, and which vote each test casts, stay in `cleaner.heuristics.headline_teaser`.
"""

from cpython.tuple cimport PyTuple_GET_ITEM, PyTuple_GET_SIZE
from cpython.unicode cimport (
    Py_UNICODE_ISLOWER,
    PyUnicode_1BYTE_KIND,
    PyUnicode_DATA,
    PyUnicode_GET_LENGTH,
    PyUnicode_KIND,
    PyUnicode_READ,
)


cdef inline bint _starts_lower(str text):
    """Whether the line's first character is a lower-case letter (``text[0].islower()``)."""
    return PyUnicode_GET_LENGTH(text) > 0 and Py_UNICODE_ISLOWER(PyUnicode_READ(PyUnicode_KIND(text), PyUnicode_DATA(text), 0))


cdef inline bint _ascii_lower_or_digit(unsigned char byte):
    return b"a"[0] <= byte <= b"z"[0] or b"0"[0] <= byte <= b"9"[0]


cdef inline bint _ascii_upper(unsigned char byte):
    return b"A"[0] <= byte <= b"Z"[0]


cpdef bint may_have_seam(str text):
    """False only where no lower-case letter or digit runs into a capital: no seam of a glued standfirst.

    Read on ASCII text alone: other text is left to the pattern.
    """
    if not text.isascii():
        return True
    # ASCII text is stored one byte a character.
    cdef const unsigned char* data = <const unsigned char*>PyUnicode_DATA(text)
    cdef Py_ssize_t index
    for index in range(PyUnicode_GET_LENGTH(text) - 1):
        if _ascii_upper(data[index + 1]) and _ascii_lower_or_digit(data[index]):
            return True
    return False


def card_headlines(tuple texts, tuple words, tuple terminal, tuple blank_after, object linked, Py_ssize_t most, str separator):
    """Which lines head a card: see `HeadlineTeaser._card_headlines`; `linked` None on a page without links.

    A line without a blank line after it, both it and the next unpunctuated, the next not opening
    in lower case, both of 2 to `most` words, neither a table row (holding `separator`), and on
    an HTML page one of the two mostly link text.
    """
    cdef Py_ssize_t count = PyTuple_GET_SIZE(texts), index, own, following
    cdef list cards = [False] * count
    if not (PyTuple_GET_SIZE(words) == PyTuple_GET_SIZE(terminal) == PyTuple_GET_SIZE(blank_after) == count):
        raise ValueError(f"the columns of a page of {count} blocks differ in length")
    cdef str text, next_text
    for index in range(count - 1):
        if blank_after[index] or terminal[index] or terminal[index + 1]:
            continue
        own, following = <Py_ssize_t>words[index], <Py_ssize_t>words[index + 1]
        if not (2 <= own <= most and 2 <= following <= most):
            continue
        text, next_text = <str>PyTuple_GET_ITEM(texts, index), <str>PyTuple_GET_ITEM(texts, index + 1)
        if _starts_lower(next_text) or separator in text or separator in next_text:
            continue
        cards[index] = True if linked is None else bool(linked[index] or linked[index + 1])
    return cards


def teaser_votes(
    tuple texts,
    tuple words,
    tuple upper_initial,
    list cards,
    glued_category,
    glued_standfirst,
    tuple truncated_endings,
    Py_ssize_t glued_min_words,
    Py_ssize_t glued_min_capitals,
    Py_ssize_t snippet_min_words,
    category_vote,
    standfirst_vote,
    truncated_vote,
    card_vote,
):
    """Each line's vote: see `HeadlineTeaser.vote`; `glued_category` and `glued_standfirst` the patterns that confirm a seam.

    The first test that holds casts its vote: a category glued to the line's start, a headline
    glued to its standfirst, a snippet cut short, a card's headline.
    """
    cdef Py_ssize_t count = PyTuple_GET_SIZE(texts), index, line_words
    cdef list votes = [None] * count
    if not (PyTuple_GET_SIZE(words) == PyTuple_GET_SIZE(upper_initial) == len(cards) == count):
        raise ValueError(f"the columns of a page of {count} blocks differ in length")
    cdef str text
    category_match, standfirst_match = glued_category.match, glued_standfirst.match
    # A line cut short ends with the last character of one of the endings: only those lines are asked.
    last_characters = frozenset(ending[-1] for ending in truncated_endings)
    for index in range(count):
        text = <str>PyTuple_GET_ITEM(texts, index)
        if PyUnicode_GET_LENGTH(text) == 0:
            continue  # nothing to test (the segmenters make no empty block)
        line_words = <Py_ssize_t>words[index]
        if _starts_lower(text) and category_match(text):
            votes[index] = category_vote
        elif (
            line_words >= glued_min_words
            and <Py_ssize_t>upper_initial[index] >= glued_min_capitals
            and may_have_seam(text)
            and standfirst_match(text)
        ):
            votes[index] = standfirst_vote
        elif (
            line_words >= snippet_min_words
            and text[PyUnicode_GET_LENGTH(text) - 1] in last_characters
            and text.endswith(truncated_endings)
        ):
            votes[index] = truncated_vote
        elif cards[index]:
            votes[index] = card_vote
    return votes
