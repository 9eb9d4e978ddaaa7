# cython: language_level=3, boundscheck=False, wraparound=False
"""The passes over every line of a page of the heuristics that test every line, compiled.

In Python each line's tests read its columns (words, function words, capitals, a sentence's
end, blank lines) through a zip and a chain of conditions: a tenth to a third of a
microsecond a line and a heuristic, and a page has a hundred lines or more. Here each pass
reads the columns in place. The heuristics keep their settings, their patterns and the votes
they cast, made beforehand and handed in; a pass picks, for each line, which of them it gets.
`headline_teaser`'s patterns of glued lines run where a reading of the line's bytes finds what
they ask: the pattern of a headline glued to its standfirst took 30,000 instructions a line it
was tried on.
"""

from cpython.set cimport PySet_Contains
from cpython.tuple cimport PyTuple_GET_SIZE
from cpython.unicode cimport (
    Py_UNICODE_ISALNUM,
    Py_UNICODE_ISALPHA,
    Py_UNICODE_ISDECIMAL,
    Py_UNICODE_ISLOWER,
    Py_UNICODE_ISPRINTABLE,
    Py_UNICODE_ISSPACE,
    Py_UNICODE_ISUPPER,
    PyUnicode_1BYTE_KIND,
    PyUnicode_2BYTE_KIND,
    PyUnicode_Contains,
    PyUnicode_DATA,
    PyUnicode_FindChar,
    PyUnicode_GET_LENGTH,
    PyUnicode_KIND,
    PyUnicode_READ,
    PyUnicode_READ_CHAR,
    PyUnicode_Tailmatch,
)
from libc.stdint cimport uint8_t, uint16_t, uint32_t, uint64_t
from libc.string cimport memset


def _check_lengths(Py_ssize_t count, *columns):
    for column in columns:
        if len(column) != count:
            raise ValueError(f"the columns of a page of {count} blocks differ in length")


# The character classes of `headline_teaser`'s patterns, read from a line's code points. Where
# a class is wider than the pattern's (Python's lower and upper case hold a few letters beyond
# Ll and Lu), the tests it serves only let more lines through to the pattern. The pattern module
# may know letters of a newer Unicode than Python's: a line holding a character that Python
# does not know (or an invisible one) where the pattern would read goes to the pattern untested.
# Only that stretch is searched for one: a prose line is ruled out by its first few words, and
# searching the whole of each line beyond Latin-1 (a curly quote will do) took more than half the
# instructions of the test for a glued standfirst.
cdef bint _holds_unknown(int kind, const void* data, Py_ssize_t stop):
    """Whether a character Python does not know stands before `stop` (see above)."""
    cdef Py_ssize_t index
    cdef Py_UCS4 character
    for index in range(stop):
        character = PyUnicode_READ(kind, data, index)
        if character > 127 and not Py_UNICODE_ISPRINTABLE(character) and not _space(character):
            return True
    return False


# An ASCII character's case and digits are read off its code, without Python's tables: the
# tests read most characters of the lines they try, and most are ASCII.
cdef inline bint _upper(Py_UCS4 character):
    if character < 128:
        return ord("A") <= character <= ord("Z")
    return Py_UNICODE_ISUPPER(character)


cdef inline bint _lower(Py_UCS4 character):
    if character < 128:
        return ord("a") <= character <= ord("z")
    return Py_UNICODE_ISLOWER(character)


cdef inline bint _starts_lower(str text):
    """Whether the line's first character is a lower-case letter (``text[0].islower()``)."""
    return PyUnicode_GET_LENGTH(text) > 0 and _lower(PyUnicode_READ(PyUnicode_KIND(text), PyUnicode_DATA(text), 0))


cdef inline bint _digit(Py_UCS4 character):
    if character < 128:
        return ord("0") <= character <= ord("9")
    return Py_UNICODE_ISDECIMAL(character)


cdef inline bint _letter_or_digit(Py_UCS4 character):
    return Py_UNICODE_ISALPHA(character) or Py_UNICODE_ISDECIMAL(character)


cdef inline bint _space(Py_UCS4 character):
    """White space as the patterns' \\s reads it: not the separators \\x1c-\\x1f, which `str.split` takes."""
    return Py_UNICODE_ISSPACE(character) and not 0x1C <= character <= 0x1F


cdef inline bint _opens_headline_word(Py_UCS4 character):
    """Whether a headline's word may open with `character`: a capital, a digit, a currency sign or a quote."""
    return _upper(character) or _digit(character) or character in "$£€\"'‘“"


cdef Py_ssize_t _word_after(int kind, const void* data, Py_ssize_t position, Py_ssize_t length):
    """Past the white space at `position` (one character at least), where a word opening in lower case or with a
    digit ends: its end, or -1 where there is no such word."""
    if position >= length or not _space(PyUnicode_READ(kind, data, position)):
        return -1
    while position < length and _space(PyUnicode_READ(kind, data, position)):
        position += 1
    if position >= length or not (_lower(PyUnicode_READ(kind, data, position)) or _digit(PyUnicode_READ(kind, data, position))):
        return -1
    while position < length and not _space(PyUnicode_READ(kind, data, position)):
        position += 1
    return position


cdef bint _glued_in_word(int kind, const void* data, Py_ssize_t start, Py_ssize_t stop, Py_ssize_t length):
    """Whether the word at [start, stop) holds a seam that two words opening in lower case or a digit follow.

    A seam: a lower-case letter or digit, after two letters or digits, run into a capital that
    ends the word in lower case.
    """
    cdef Py_ssize_t index, end
    cdef Py_UCS4 character
    for index in range(start + 2, stop - 1):
        character = PyUnicode_READ(kind, data, index)
        if not ((_lower(character) or _digit(character)) and _upper(PyUnicode_READ(kind, data, index + 1))):
            continue
        if not (
            _letter_or_digit(PyUnicode_READ(kind, data, index - 1))
            and _letter_or_digit(PyUnicode_READ(kind, data, index - 2))
        ):
            continue
        end = index + 2
        while end < stop and _lower(PyUnicode_READ(kind, data, end)):
            end += 1
        if end != stop:
            continue  # the capital's word goes on past its lower-case letters
        end = _word_after(kind, data, end, length)
        if end >= 0 and _word_after(kind, data, end, length) >= 0:
            return True
    return False


cdef inline bint _all_lower(int kind, const void* data, Py_ssize_t start, Py_ssize_t stop):
    cdef Py_ssize_t index
    for index in range(start, stop):
        if not _lower(PyUnicode_READ(kind, data, index)):
            return False
    return True


cdef Py_ssize_t _past_words(int kind, const void* data, Py_ssize_t position, Py_ssize_t words, Py_ssize_t length):
    """Where the `words`-th word after `position` ends, or the line's end."""
    cdef Py_ssize_t word
    for word in range(words):
        while position < length and _space(PyUnicode_READ(kind, data, position)):
            position += 1
        while position < length and not _space(PyUnicode_READ(kind, data, position)):
            position += 1
    return position


cpdef bint may_be_glued_standfirst(str text):
    """False only where a headline glued to its standfirst surely is not: the pattern need not run.

    What the pattern asks that a reading of the line's words tells: three words or more of a
    headline open the line (a capital, a digit, a currency sign or a quote opens each, and a
    word of one to three lower-case letters may follow each), then a word holds a seam, a
    lower-case letter or digit after two letters or digits run into a capital that ends it in
    lower case, and two words opening in lower case or with a digit follow. A sentence's
    lower-case word before the seam rules it out. The pattern reads no further than the two
    words after that word (a seam's standfirst), so a character Python does not know is looked
    for up to there only.
    """
    cdef int kind = PyUnicode_KIND(text)
    cdef const void* data = PyUnicode_DATA(text)
    cdef Py_ssize_t length = PyUnicode_GET_LENGTH(text), start = 0, stop, headline_words = 0
    cdef bint after_short = False
    while True:
        while start < length and _space(PyUnicode_READ(kind, data, start)):
            start += 1
        if start >= length:
            return kind != PyUnicode_1BYTE_KIND and _holds_unknown(kind, data, length)
        stop = start
        while stop < length and not _space(PyUnicode_READ(kind, data, stop)):
            stop += 1
        if headline_words >= 3 and _glued_in_word(kind, data, start, stop, length):
            return True
        if _opens_headline_word(PyUnicode_READ(kind, data, start)):
            headline_words += 1
            after_short = False
        elif headline_words and not after_short and stop - start <= 3 and _all_lower(kind, data, start, stop):
            after_short = True  # a short word between two of the headline's ("of", "the")
        else:  # no headline goes on past this word: no later word holds the seam
            stop = _past_words(kind, data, stop, 2, length)
            return kind != PyUnicode_1BYTE_KIND and _holds_unknown(kind, data, stop)
        start = stop


cpdef bint may_be_glued_category(str text):
    """False only where a category glued to a headline surely is not: the pattern need not run.

    Two lower-case letters or more open the line and run into a capital followed by a
    lower-case letter: the pattern reads no further, nor is a character Python does not know
    looked for further.
    """
    cdef int kind = PyUnicode_KIND(text)
    cdef const void* data = PyUnicode_DATA(text)
    cdef Py_ssize_t length = PyUnicode_GET_LENGTH(text), index = 0
    while index < length and _lower(PyUnicode_READ(kind, data, index)):
        index += 1
    if kind != PyUnicode_1BYTE_KIND and _holds_unknown(kind, data, min(index + 2, length)):
        return True
    return (
        index >= 2
        and index + 1 < length
        and _upper(PyUnicode_READ(kind, data, index))
        and _lower(PyUnicode_READ(kind, data, index + 1))
    )


cdef inline bint _glued_category(str text, category_match) except -1:
    """Whether the line opens with a category glued to a headline: its pattern asked only where the letters allow it."""
    return may_be_glued_category(text) and category_match(text) is not None


cdef inline bint _ends_with_one_of(str text, str marks) except -1:
    """Whether `text`'s last character is one of `marks` (False for an empty text)."""
    cdef Py_ssize_t length = PyUnicode_GET_LENGTH(text)
    return length > 0 and PyUnicode_FindChar(
        marks, PyUnicode_READ_CHAR(text, length - 1), 0, PyUnicode_GET_LENGTH(marks), 1
    ) >= 0


cdef inline bint _cut_short(str text, str last_characters, tuple endings) except -1:
    """Whether the (non-empty) line ends with one of `endings`, whose last characters are `last_characters`.

    The line's last character is looked for as a code point (`_ends_with_one_of`), not made a string
    of its own to look up in a set.
    """
    return _ends_with_one_of(text, last_characters) and text.endswith(endings)


cdef inline str _last_characters(tuple endings):
    if not all(endings):
        raise ValueError(f"an ending of a line cut short holds a character at least, got {endings!r}")
    return "".join([ending[len(ending) - 1] for ending in endings])


cdef inline bint _holds_part(str text, str part) except -1:
    """``part in text``, searched for only where the text holds the part's first character: that is found as a
    code point, more quickly than a part of two characters or more, and most lines lack it."""
    return PyUnicode_GET_LENGTH(part) == 0 or (
        PyUnicode_FindChar(text, PyUnicode_READ_CHAR(part, 0), 0, PyUnicode_GET_LENGTH(text), 1) >= 0
        and PyUnicode_Contains(text, part)
    )


def card_headlines(
    tuple texts,
    tuple words,
    tuple terminal,
    tuple blank_after,
    object linked,
    Py_ssize_t most,
    str separator,
    str clause_marks,
):
    """Which lines head a card: see `HeadlineTeaser._card_headlines`; `linked` None on a page without links.

    A line without a blank line after it, both it and the next unpunctuated, neither ending with
    one of `clause_marks`, the next not opening in lower case, both of 2 to `most` words, neither
    a table row (holding `separator`), and on an HTML page one of the two mostly link text.
    """
    cdef Py_ssize_t count = PyTuple_GET_SIZE(texts), index, own, following
    _check_lengths(count, words, terminal, blank_after)
    cdef list cards = [False] * count
    cdef str text, next_text
    for index in range(count - 1):
        if blank_after[index] or terminal[index] or terminal[index + 1]:
            continue
        own, following = <Py_ssize_t>words[index], <Py_ssize_t>words[index + 1]
        if not (2 <= own <= most and 2 <= following <= most):
            continue
        text, next_text = texts[index], texts[index + 1]
        if _starts_lower(next_text) or _holds_part(text, separator) or _holds_part(next_text, separator):
            continue
        if _ends_with_one_of(text, clause_marks) or _ends_with_one_of(next_text, clause_marks):
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
    _check_lengths(count, words, upper_initial, cards)
    cdef list votes = [None] * count
    cdef str text
    category_match, standfirst_match = glued_category.match, glued_standfirst.match
    # A line cut short ends with the last character of one of the endings: only those lines are asked.
    cdef str last_characters = _last_characters(truncated_endings)
    for index in range(count):
        text = texts[index]
        if PyUnicode_GET_LENGTH(text) == 0:
            continue  # nothing to test (the segmenters make no empty block)
        line_words = <Py_ssize_t>words[index]
        if _starts_lower(text) and _glued_category(text, category_match):
            votes[index] = category_vote
        elif (
            line_words >= glued_min_words
            and <Py_ssize_t>upper_initial[index] >= glued_min_capitals
            and may_be_glued_standfirst(text)
            and standfirst_match(text)
        ):
            votes[index] = standfirst_vote
        elif line_words >= snippet_min_words and _cut_short(text, last_characters, truncated_endings):
            votes[index] = truncated_vote
        elif cards[index]:
            votes[index] = card_vote
    return votes


# -- text_shape, stopword_density, position, paragraph_structure -----------------------------------


def shape_votes(
    tuple words,
    tuple stopwords,
    tuple upper_initial,
    tuple terminal,
    Py_ssize_t short_max,
    Py_ssize_t title_min,
    double title_share,
    Py_ssize_t long_min,
    short_vote,
    title_case_vote,
    long_vote,
    sentence_vote,
):
    """Each line's vote by its shape: see `TextShape.vote`."""
    cdef Py_ssize_t count = PyTuple_GET_SIZE(words), index, line_words, line_stopwords
    _check_lengths(count, stopwords, upper_initial, terminal)
    cdef list votes = [None] * count
    cdef bint ends_sentence
    for index in range(count):
        line_words, line_stopwords, ends_sentence = words[index], stopwords[index], terminal[index]
        if line_words <= short_max and not ends_sentence:
            votes[index] = short_vote
        elif (
            not ends_sentence
            and line_words >= title_min
            and line_words > line_stopwords
            and <Py_ssize_t>upper_initial[index] >= title_share * (line_words - line_stopwords)
        ):
            votes[index] = title_case_vote
        elif ends_sentence:
            votes[index] = long_vote if line_words >= long_min else sentence_vote
    return votes


def density_votes(
    tuple words,
    tuple stopwords,
    Py_ssize_t min_words,
    double high,
    double low,
    double min_page_density,
    dense_vote,
    sparse_vote,
):
    """Each line's vote by its share of function words: see `StopwordDensity.vote`."""
    cdef Py_ssize_t count = PyTuple_GET_SIZE(words), index, line_words, line_stopwords
    _check_lengths(count, stopwords)
    cdef list votes = [None] * count
    cdef Py_ssize_t page_words = 0, page_stopwords = 0
    for index in range(count):
        line_words = words[index]
        if line_words >= min_words:
            page_words += line_words
            page_stopwords += <Py_ssize_t>stopwords[index]
    if not page_words or page_stopwords < min_page_density * page_words:
        return votes
    for index in range(count):
        line_words = words[index]
        if line_words < min_words:
            continue
        line_stopwords = stopwords[index]
        if line_stopwords >= high * line_words:
            votes[index] = dense_vote
        elif line_stopwords < low * line_words:
            votes[index] = sparse_vote
    return votes


def position_votes(tuple starts, tuple prose, double head_end, double tail_start, head_vote, tail_vote):
    """Each line's vote by where it starts: see `Position.vote`."""
    cdef Py_ssize_t count = PyTuple_GET_SIZE(starts), index, start
    _check_lengths(count, prose)
    cdef list votes = [None] * count
    for index in range(count):
        start = starts[index]
        if start < head_end:
            if not prose[index]:
                votes[index] = head_vote
        elif start > tail_start:
            votes[index] = tail_vote
    return votes


def wrapped_prose(tuple texts, tuple words, tuple terminal, tuple blank_after, Py_ssize_t min_words, glued_category):
    """Which lines belong to a paragraph broken mid-sentence: see `ParagraphStructure.vote`."""
    cdef Py_ssize_t count = PyTuple_GET_SIZE(texts), index
    _check_lengths(count, words, terminal, blank_after)
    cdef list wrapped = [False] * count
    cdef str next_text
    category_match = glued_category.match
    for index in range(count - 1):
        if blank_after[index] or terminal[index]:
            continue
        if <Py_ssize_t>words[index] < min_words or <Py_ssize_t>words[index + 1] < min_words:
            continue
        next_text = texts[index + 1]
        if _starts_lower(next_text) and not _glued_category(next_text, category_match):
            wrapped[index] = wrapped[index + 1] = True
    return wrapped


def paragraph_votes(
    tuple blank_before,
    tuple blank_after,
    list wrapped,
    tuple words,
    object linked,
    Py_ssize_t item_max,
    Py_ssize_t run_min,
    standalone_vote,
    wrapped_vote,
    line_run_vote,
    unlinked_run_vote,
):
    """Each line's vote by the paragraph it stands in: see `ParagraphStructure.vote`; `linked` None on a text page.

    A line's run is the lines joined to it without a blank line, itself among them.
    """
    cdef Py_ssize_t count = PyTuple_GET_SIZE(words), index, line, run_start = 0, run_length
    _check_lengths(count, blank_before, blank_after, wrapped)
    if linked is not None:
        _check_lengths(count, linked)
    cdef list votes = [None] * count
    for index in range(count):
        if not blank_after[index] and index < count - 1:
            continue
        # `index` ends the run that began at `run_start`: its lines are voted now.
        run_length = index + 1 - run_start
        for line in range(run_start, index + 1):
            if blank_before[line] and blank_after[line]:
                votes[line] = standalone_vote
            elif wrapped[line]:
                votes[line] = wrapped_vote
            elif <Py_ssize_t>words[line] <= item_max and run_length >= run_min:
                votes[line] = line_run_vote if linked is None or linked[line] else unlinked_run_vote
        run_start = index + 1
    return votes


# -- templated_run, teaser_rail, prose_sandwich ---------------------------------------


def templated_runs(tuple tokens, tuple terminal, Py_ssize_t prefix_words, Py_ssize_t min_lines, vote):
    """`vote` on each line of a run of `min_lines` or more sharing their first `prefix_words` tokens: see `TemplatedRun`.

    A line of `prefix_words` tokens or fewer, or ending like a sentence, belongs to no run.
    """
    cdef Py_ssize_t count = PyTuple_GET_SIZE(tokens), index, start = 0, word
    _check_lengths(count, terminal)
    cdef list votes = [None] * count
    cdef tuple line_tokens, previous_tokens = None
    cdef bint opens, previous_opens = False, same
    for index in range(count + 1):
        opens = False
        if index < count:
            line_tokens = tokens[index]
            opens = PyTuple_GET_SIZE(line_tokens) > prefix_words and not terminal[index]
            if opens and previous_opens:
                same = True
                for word in range(prefix_words):
                    if line_tokens[word] != previous_tokens[word]:
                        same = False
                        break
                if same:
                    previous_tokens = line_tokens
                    continue
        # The run that began at `start` ends before `index`.
        if previous_opens and index - start >= min_lines:
            votes[start:index] = [vote] * (index - start)
        start, previous_opens = index, opens
        if opens:
            previous_tokens = line_tokens
    return votes


def cut_short_lines(tuple texts, tuple words, Py_ssize_t min_words, tuple endings):
    """The lines of `min_words` words or more that end with one of `endings` (a snippet cut short), in order."""
    cdef Py_ssize_t count = PyTuple_GET_SIZE(texts), index
    _check_lengths(count, words)
    cdef str last_characters = _last_characters(endings)
    cdef list found = []
    cdef str text
    for index in range(count):
        text = texts[index]
        if <Py_ssize_t>words[index] >= min_words and PyUnicode_GET_LENGTH(text) and _cut_short(text, last_characters, endings):
            found.append(index)
    return found


def prose_anchors(tuple prose, tuple blank_before, tuple blank_after, tuple texts, bint standing_alone, tuple endings):
    """The prose lines, standing alone between blank lines where `standing_alone` asks it, not cut short: see `ProseSandwich`."""
    cdef Py_ssize_t count = PyTuple_GET_SIZE(texts), index
    _check_lengths(count, prose, blank_before, blank_after)
    cdef str last_characters = _last_characters(endings)
    cdef list found = []
    cdef str text
    for index in range(count):
        if not prose[index] or (standing_alone and not (blank_before[index] and blank_after[index])):
            continue
        text = texts[index]
        if PyUnicode_GET_LENGTH(text) == 0 or not _cut_short(text, last_characters, endings):
            found.append(index)
    return found


def sandwich_votes(
    list anchors, tuple words, tuple repeats, object in_figure, Py_ssize_t most, Py_ssize_t max_words, vote
):
    """`vote` on each line of `max_words` words or fewer, written once and not in a figure (`in_figure`, None on a
    text page), with one of `anchors` at most `most` lines above it and one below: see `ProseSandwich.vote`.

    Only the lines between two neighbouring anchors can have one near on either side. With the loop over
    those lines in Python, prose_sandwich took 93,000 instructions a ScrapingHub text page; 27,000 so.
    """
    cdef Py_ssize_t count = PyTuple_GET_SIZE(words), position, above, below, index
    _check_lengths(count, repeats)
    if in_figure is not None:
        _check_lengths(count, in_figure)
    cdef list votes = [None] * count
    for position in range(1, len(anchors)):
        above, below = anchors[position - 1], anchors[position]
        for index in range(max(above + 1, below - most), min(below, above + most + 1)):
            if (
                <Py_ssize_t>words[index] <= max_words
                and <Py_ssize_t>repeats[index] == 1
                and (in_figure is None or not in_figure[index])
            ):
                votes[index] = vote
    return votes


# -- related_link, closing_section, button_label ---------------------------------------------------------------


def lines_opening_with(tuple tokens, frozenset first_words):
    """The lines whose first token is one of `first_words`, in order."""
    cdef Py_ssize_t index
    cdef tuple line_tokens
    cdef list found = []
    for index in range(PyTuple_GET_SIZE(tokens)):
        line_tokens = tokens[index]
        if PyTuple_GET_SIZE(line_tokens) and line_tokens[0] in first_words:
            found.append(index)
    return found


# -- closing_section ---------------------------------------------------------------------------


def closing_header_candidates(
    tuple tokens,
    tuple words,
    tuple prose,
    frozenset first_words,
    Py_ssize_t from_line,
    Py_ssize_t max_words,
    Py_ssize_t min_prose_lines,
):
    """The lines that may be `closing_section`'s header, in order: their first token is one of `first_words`,
    they have `max_words` words or fewer, and `min_prose_lines` lines of `prose` from `from_line` down to them.

    In Python the prose was summed on slices for each line opening with a header's word, 6.6 a
    ScrapingHub text page, and the page's prose made again with the lines above the headline
    cleared; here one pass counts it as it goes (the search for the header 6.9 -> 3.8 µs a
    ScrapingHub text page, most of what is left the header's pattern on 1.1 lines).
    """
    cdef Py_ssize_t count = PyTuple_GET_SIZE(tokens), index, prose_lines = 0
    _check_lengths(count, words, prose)
    cdef list found = []
    cdef tuple line_tokens
    for index in range(count):
        if index >= from_line and prose[index]:
            prose_lines += 1
        if prose_lines < min_prose_lines or <Py_ssize_t>words[index] > max_words:
            continue
        line_tokens = tokens[index]
        if PyTuple_GET_SIZE(line_tokens) and line_tokens[0] in first_words:
            found.append(index)
    return found


cdef inline bint _sentence(tuple words, tuple terminal, Py_ssize_t index, Py_ssize_t min_words):
    return <Py_ssize_t>words[index] >= min_words and terminal[index]


def closing_prose_words(
    tuple words,
    tuple prose,
    Py_ssize_t from_line,
    Py_ssize_t start,
    tuple repeats,
    Py_ssize_t card_label_min_repeats,
    tuple terminal,
    Py_ssize_t sentence_min_words,
):
    """The words of `prose` from `from_line` down to `start` and from `start` on, as `closing_section` counts them.

    After `start` a prose line counts where the page writes it once and not the line below it
    `card_label_min_repeats` times or more; where `sentence_min_words` is above 0, only with a
    sentence (that many words or more, `terminal`) right above or below it from `start` on.
    In Python a chain of maps asked it over every line below the header, through slices of each
    column (the rest of the vote after the header is found 8.5 -> 1.3 µs a ScrapingHub text page).
    """
    cdef Py_ssize_t count = PyTuple_GET_SIZE(words), index, before = 0, after = 0
    _check_lengths(count, prose, repeats, terminal)
    # The columns are read unchecked: the lines counted stay within the page.
    from_line, start = max(from_line, 0), min(start, count)
    for index in range(from_line, start):
        if prose[index]:
            before += <Py_ssize_t>words[index]
    for index in range(max(start, from_line), count):
        if not prose[index] or <Py_ssize_t>repeats[index] > 1:
            continue
        if (0 if index + 1 == count else <Py_ssize_t>repeats[index + 1]) >= card_label_min_repeats:
            continue
        if sentence_min_words > 0 and not (
            (index > start and _sentence(words, terminal, index - 1, sentence_min_words))
            or (index + 1 < count and _sentence(words, terminal, index + 1, sentence_min_words))
        ):
            continue
        after += <Py_ssize_t>words[index]
    return before, after


# -- comment_section ---------------------------------------------------------------------------

MAY_BE_HEADER = 1
MAY_BE_BYLINE = 2


def thread_start_candidates(
    tuple texts,
    tuple tokens,
    tuple words,
    tuple prose,
    Py_ssize_t max_words,
    Py_ssize_t min_prose_lines,
    tuple header_openings,
    tuple counted_openings,
    frozenset qualifiers,
    frozenset qualified_words,
    frozenset author_last_words,
):
    """The lines that may open a comment thread, each as (index, what it may be): see `CommentSection._thread_start`.

    Lines of `max_words` words or fewer, with `min_prose_lines` lines of prose above them or
    among them. What a line may be: `MAY_BE_HEADER` where it opens with a character beyond
    ASCII, or with a digit and a later token opens with one of `counted_openings` ("12
    Comments"), or its first token opens with one of `header_openings`, or its first token is
    one of `qualifiers` and it holds one of `qualified_words` ("Top Rated Comments");
    `MAY_BE_BYLINE` where its last token is one of `author_last_words` (a comment's byline).
    The openings are words of one character or more.
    """
    cdef Py_ssize_t count = PyTuple_GET_SIZE(texts), index, prose_lines = 0, last, position
    _check_lengths(count, tokens, words, prose)
    cdef list found = []
    cdef str text
    cdef tuple line_tokens
    cdef Py_UCS4 first
    cdef int kind
    cdef _Openings headers = _Openings(header_openings), counted = _Openings(counted_openings)
    for index in range(count):
        if prose[index]:
            prose_lines += 1
        if prose_lines < min_prose_lines or <Py_ssize_t>words[index] > max_words:
            continue
        text = texts[index]
        if PyUnicode_GET_LENGTH(text) == 0:
            continue
        first = PyUnicode_READ_CHAR(text, 0)
        line_tokens = tokens[index]
        last = PyTuple_GET_SIZE(line_tokens) - 1
        kind = 0
        if first > 127:
            kind = MAY_BE_HEADER
        elif c'0' <= first <= c'9':
            for position in range(1, last + 1):
                if counted.open(line_tokens[position]):
                    kind = MAY_BE_HEADER
                    break
        elif last >= 0 and (
            headers.open(line_tokens[0])
            or (PySet_Contains(qualifiers, line_tokens[0]) and not qualified_words.isdisjoint(line_tokens))
        ):
            kind = MAY_BE_HEADER
        if last >= 0 and PySet_Contains(author_last_words, line_tokens[last]):
            kind |= MAY_BE_BYLINE
        if kind:
            found.append((index, kind))
    return found


cdef inline unsigned int _pair_bit(unsigned int first, unsigned int second) noexcept:
    """The bit of a table of 1,024 for two ASCII characters: pairs that share one share their fate."""
    return ((first << 5) ^ second) & 1023


cdef class _Openings:
    """Some words that tokens may open with, tested as ``token.startswith(openings)``: where a token's first two
    characters are ASCII, a table of the openings' first two tells most tokens apart before any is compared. As a
    method call, each opening compared in turn, the test of `thread_start_candidates` took 1,700 instructions a
    line (half of `comment_section`'s on a text page)."""

    cdef tuple openings
    cdef str initials  # the first character of each opening, in order
    cdef uint64_t pairs[16]  # the `_pair_bit` of each opening's first two characters, where they are ASCII

    def __cinit__(self, tuple openings):
        cdef str opening
        cdef unsigned int first, second, bit
        self.openings = openings
        self.initials = "".join([opening[0] for opening in openings])
        memset(self.pairs, 0, sizeof(self.pairs))
        for opening in openings:
            first = PyUnicode_READ_CHAR(opening, 0)
            if first >= 128:
                continue
            if PyUnicode_GET_LENGTH(opening) == 1:
                memset(self.pairs, 0xFF, sizeof(self.pairs))  # whatever follows: the table tells nothing
                return
            second = PyUnicode_READ_CHAR(opening, 1)
            if second < 128:
                bit = _pair_bit(first, second)
                self.pairs[bit >> 6] |= (<uint64_t>1) << (bit & 63)

    cdef bint open(self, str token) except -1:
        """Whether `token` opens with one of the openings."""
        cdef Py_ssize_t length = PyUnicode_GET_LENGTH(token), position = -1
        if length == 0:
            return False
        cdef unsigned int first = PyUnicode_READ_CHAR(token, 0), second, bit
        if length > 1 and first < 128:
            second = PyUnicode_READ_CHAR(token, 1)
            bit = _pair_bit(first, second)
            if second < 128 and not self.pairs[bit >> 6] & ((<uint64_t>1) << (bit & 63)):
                return False
        while True:
            position = PyUnicode_FindChar(self.initials, first, position + 1, PyUnicode_GET_LENGTH(self.initials), 1)
            if position < 0:
                return False
            if PyUnicode_Tailmatch(token, self.openings[position], 0, length, -1):
                return True


# -- boilerplate_phrases ------------------------------------------------------------------------

# The tests of `BoilerplatePhrases.vote` whose patterns may match a line (`phrase_tests`), as bits.
cdef enum:
    _PHRASE = 1
    _POST_META = 2
    _DATED = 4
    _BYLINE = 8

MAY_HOLD_PHRASE, MAY_BE_POST_META, MAY_BE_DATED, MAY_OPEN_BYLINE = _PHRASE, _POST_META, _DATED, _BYLINE

# What a reading of a line's characters finds (`_characters_found`), as bits.
cdef enum:
    _DECIMAL = 1  # a decimal digit, of any script: what a pattern's \d reads
    _UNDERSCORE = 2
    _MARK_OPENER = 4  # the first character of one of the marks looked for
    _UNREAD = 8  # a character beyond ASCII other than the punctuation and spaces of `_read_as_ascii`

# The marks `lines_opening_near` and `phrase_tests` look for, at most.
cdef enum:
    _MAX_MARKS = 8


cdef Py_ssize_t _mark_openers(tuple marks, Py_UCS4* openers) except -1:
    """Put the first character of each of `marks` in `openers` (`_MAX_MARKS` long): how many there are."""
    cdef Py_ssize_t count = PyTuple_GET_SIZE(marks), index
    cdef str mark
    if count > _MAX_MARKS:
        raise ValueError(f"more than {_MAX_MARKS} marks: {marks!r}")
    for index in range(count):
        mark = marks[index]
        if PyUnicode_GET_LENGTH(mark) == 0:
            raise ValueError(f"marks {marks!r} hold an empty one: expected marks of one character or more")
        openers[index] = PyUnicode_READ_CHAR(mark, 0)
    return count


cdef inline bint _opens_mark(Py_UCS4 character, const Py_UCS4* openers, Py_ssize_t count):
    """Whether `character` is one of the `count` marks' first characters at `openers`."""
    cdef Py_ssize_t index
    for index in range(count):
        if character == openers[index]:
            return True
    return False


cdef bint _holds_mark(str text, tuple marks) except -1:
    """Whether `text` holds one of `marks`."""
    for mark in marks:
        if PyUnicode_Contains(text, mark):
            return True
    return False


def holds_parts(str text, tuple alternatives):
    """Whether `text` holds, for one of `alternatives`, one of the strings of each of its tuples.

    The screen of a pattern whose every alternative writes out one string of each of its tuples
    (`alternatives` lists those tuples, an alternative's tuple of them in its place): where this
    is false the pattern cannot find anything in `text`. A search of a long line costs such a
    pattern 200 to 350 instructions a character, and a look for a string in it a tenth of that.
    """
    cdef tuple parts, strings
    for parts in alternatives:
        for strings in parts:
            if not _holds_mark(text, strings):
                break
        else:
            return True
    return False


cdef inline bint _holds_any(tuple line_tokens, frozenset words) except -1:
    """Whether one of `words` is among `line_tokens`."""
    for token in line_tokens:
        if token in words:
            return True
    return False


def lines_opening_near(tuple texts, tuple marks, Py_ssize_t skipped):
    """The lines holding one of `marks` that open with the first character of one, or have one after `skipped`
    characters at most that are no letter, digit or underscore (a pattern's \\W), in order.

    A pattern whose matches open a line with one of `marks` after such characters, and that counts
    only on a line holding one, needs to run on these lines alone: their first characters tell
    them, where a search for the marks reads every line to its end, and most of a page's
    characters stand in lines that hold none.
    """
    cdef Py_UCS4 openers[_MAX_MARKS]
    cdef Py_ssize_t opener_count = _mark_openers(marks, openers), index, position, stop
    cdef list found = []
    cdef str text
    cdef int kind
    cdef const void* data
    cdef Py_UCS4 character
    for index in range(PyTuple_GET_SIZE(texts)):
        text = texts[index]
        kind, data = PyUnicode_KIND(text), PyUnicode_DATA(text)
        stop = min(PyUnicode_GET_LENGTH(text), skipped + 1)
        for position in range(stop):
            character = PyUnicode_READ(kind, data, position)
            if _opens_mark(character, openers, opener_count):
                if _holds_mark(text, marks):
                    found.append(index)
                break
            if Py_UNICODE_ISALNUM(character) or character == b"_"[0]:
                break
    return found


# A str's code points are stored in one, two or four bytes each (PEP 393).
ctypedef fused _CodeUnit:
    uint8_t
    uint16_t
    uint32_t


cdef struct _Characters:
    unsigned char latin1[256]  # what each code point below 256 is, as `_characters_found` tells it
    Py_UCS4 wide_openers[_MAX_MARKS]  # the marks' first characters from 256 on
    Py_ssize_t wide_count


cdef inline bint _read_as_ascii(Py_UCS4 character):
    """Whether `character` (beyond ASCII) is a space or a punctuation mark of Latin-1 (U+00A0 to U+00BF) or of
    the General Punctuation block (U+2000 to U+206F), no letter or digit: a non-breaking space, a curly quote, a
    dash. Neither block holds a combining mark, which the line reader joins to the word before it, so on a line
    with no other character beyond ASCII the tokens are the runs of ASCII letters, digits and underscores that
    a pattern's \\b tells apart."""
    return (0xA0 <= character <= 0xBF or 0x2000 <= character <= 0x206F) and not Py_UNICODE_ISALNUM(character)


cdef int _characters_for(tuple marks, _Characters* characters) except -1:
    """Fill `characters` for `marks`: the decimal digits, the underscore, the marks' first characters, and the
    characters of Latin-1 beyond ASCII not `_read_as_ascii`."""
    cdef Py_UCS4 openers[_MAX_MARKS]
    cdef Py_ssize_t count = _mark_openers(marks, openers), index
    cdef Py_UCS4 character
    memset(characters, 0, sizeof(_Characters))
    for character in range(b"0"[0], b"9"[0] + 1):  # the only decimal digits below 256
        characters.latin1[character] = _DECIMAL
    characters.latin1[b"_"[0]] = _UNDERSCORE
    for character in range(128, 256):
        if not _read_as_ascii(character):
            characters.latin1[character] = _UNREAD
    for index in range(count):
        if openers[index] < 256:
            characters.latin1[openers[index]] |= _MARK_OPENER
        else:
            characters.wide_openers[characters.wide_count] = openers[index]
            characters.wide_count += 1
    return 0


cdef int _characters_found(const _CodeUnit* data, Py_ssize_t length, const _Characters* characters) noexcept:
    """Which of a decimal digit, an underscore, a mark's first character and a character beyond ASCII not
    `_read_as_ascii` the `length` code points at `data` hold, as bits: a look-up a code point below 256."""
    cdef int found = 0
    cdef Py_ssize_t position
    cdef Py_UCS4 character
    for position in range(length):
        character = data[position]
        if character < 256:
            found |= characters.latin1[character]
        else:
            if not _read_as_ascii(character):
                found |= _UNREAD
            if Py_UNICODE_ISDECIMAL(character):
                found |= _DECIMAL
            if _opens_mark(character, characters.wide_openers, characters.wide_count):
                found |= _MARK_OPENER
    return found


cdef inline int _characters_of(str text, const _Characters* characters) noexcept:
    cdef int kind = PyUnicode_KIND(text)
    cdef void* data = PyUnicode_DATA(text)
    if kind == PyUnicode_1BYTE_KIND:
        return _characters_found(<uint8_t*>data, PyUnicode_GET_LENGTH(text), characters)
    if kind == PyUnicode_2BYTE_KIND:
        return _characters_found(<uint16_t*>data, PyUnicode_GET_LENGTH(text), characters)
    return _characters_found(<uint32_t*>data, PyUnicode_GET_LENGTH(text), characters)


def phrase_tests(
    tuple texts,
    tuple tokens,
    tuple words,
    list holding,
    dict decided,
    Py_ssize_t max_words,
    tuple signs,
    dict continuations,
    frozenset first_words,
    frozenset post_meta_words,
    frozenset counter_words,
    Py_ssize_t counter_max_words,
    frozenset byline_words,
    frozenset date_openers,
    tuple glued_date_openers,
    frozenset age_units,
):
    """The lines of `max_words` words or fewer, not among `decided`, that may pass a test of `BoilerplatePhrases.vote`,
    each as (index, the tests they may pass as bits), in order.

    `MAY_HOLD_PHRASE` where a line holds one of `signs` or a phrase may stand in its tokens
    (`_may_hold_phrase`); `MAY_BE_POST_META` where one of `post_meta_words` is among its tokens;
    `MAY_BE_DATED` where it holds a digit of any script, or is of `counter_max_words` words or
    fewer and holds an underscore or one of `counter_words`, and it may be a date, a time or a
    counter alone (`_may_be_dated`); `MAY_OPEN_BYLINE` where its first token is one of
    `byline_words`. `holding` names, ascending, the lines holding a word that opens a phrase or
    that the other tests ask for, as the page's index of its tokens knows them: the other lines
    may pass a test only where they hold a digit, an underscore or a sign, which a reading of
    their characters tells.

    In Python, with the lines holding a digit, a sign or an underscore found by a reading of every
    line's characters, sets of them, their union and the tests of each line, the choice took 29 µs
    a ScrapingHub text page; this pass, which reads the short lines' characters alone, takes 7.
    """
    cdef _Characters marked
    _characters_for(signs, &marked)
    cdef Py_ssize_t count = PyTuple_GET_SIZE(texts), index, line_words, next_held = 0, held_count = len(holding)
    _check_lengths(count, tokens, words)
    cdef list found = []
    cdef str text
    cdef tuple line_tokens
    cdef int characters, tests
    cdef bint held, counted
    for index in range(count):
        held = next_held < held_count and <Py_ssize_t>holding[next_held] == index
        next_held += held
        line_words = words[index]
        if line_words > max_words:
            continue
        text = texts[index]
        characters = _characters_of(text, &marked)
        if not (held or characters):
            continue
        line_tokens = tokens[index]
        tests = 0
        if (characters & _MARK_OPENER and _holds_mark(text, signs)) or _may_hold_phrase(
            line_tokens, not characters & _UNREAD, continuations, first_words
        ):
            tests |= _PHRASE
        if _holds_any(line_tokens, post_meta_words):
            tests |= _POST_META
        counted = line_words <= counter_max_words and (
            characters & _UNDERSCORE or _holds_any(line_tokens, counter_words)
        )
        if (characters & _DECIMAL or counted) and _may_be_dated(
            line_tokens, not characters & _UNREAD, characters & _UNDERSCORE, date_openers, glued_date_openers, age_units
        ):
            tests |= _DATED
        if PyTuple_GET_SIZE(line_tokens) and line_tokens[0] in byline_words:
            tests |= _BYLINE
        if tests and index not in decided:
            found.append((index, tests))
    return found


cdef bint _may_hold_phrase(tuple line_tokens, bint ascii_words, dict continuations, frozenset first_words) except -1:
    """Whether a phrase may stand in a line: on a line whose words are ASCII (`ascii_words`: every character
    beyond ASCII `_read_as_ascii`) where the words of one stand in a row among its tokens (`continuations`
    gives, for each phrase's first word, the words that follow it in each phrase); on another where one of
    `first_words` is among its tokens.

    On a line whose words are ASCII a phrase found at word boundaries, one space between its words,
    is a row of its tokens: no character beyond ASCII there is a letter that the pattern may read as
    one of the phrase's, whatever its case, nor a mark that the line reader joins to a word. Beyond
    ASCII, case folding may read a letter otherwise than the pattern does. A line of English with
    a curly quote ("you’ll") goes to the pattern only where it holds a phrase's words so: the
    pattern, which reads such a line without lower-casing it first, took 13 µs on one.
    """
    cdef Py_ssize_t position
    if not ascii_words:
        return _holds_any(line_tokens, first_words)
    for position in range(PyTuple_GET_SIZE(line_tokens)):
        followers = continuations.get(line_tokens[position])
        if followers is not None and _followed(line_tokens, position, <tuple>followers):
            return True
    return False


cdef bint _followed(tuple line_tokens, Py_ssize_t position, tuple followers):
    """Whether the words of one of `followers` (a tuple of words each) stand in `line_tokens` right after `position`."""
    cdef Py_ssize_t count = PyTuple_GET_SIZE(line_tokens), offset
    cdef tuple rest
    for rest in followers:
        if position + PyTuple_GET_SIZE(rest) >= count:
            continue
        for offset in range(PyTuple_GET_SIZE(rest)):
            if line_tokens[position + 1 + offset] != rest[offset]:
                break
        else:
            return True
    return False


cdef inline bint _all_digits(str token, Py_ssize_t least, Py_ssize_t most):
    """Whether `token` (ASCII) opens with `least` ASCII digits at least, and is all digits if `most` is not -1
    and `most` long at most."""
    cdef Py_ssize_t length = PyUnicode_GET_LENGTH(token), position
    cdef const unsigned char* data = <const unsigned char*>PyUnicode_DATA(token)
    if length < least or (most >= 0 and length > most):
        return False
    for position in range(least if most < 0 else length):
        if not b"0"[0] <= data[position] <= b"9"[0]:
            return False
    return True


cdef inline bint _all_letters(str token, Py_ssize_t least):
    """Whether `token` (ASCII) is `least` ASCII letters long or more, and letters alone."""
    cdef Py_ssize_t length = PyUnicode_GET_LENGTH(token), position
    cdef const unsigned char* data = <const unsigned char*>PyUnicode_DATA(token)
    if length < least:
        return False
    for position in range(length):
        if not b"a"[0] <= (data[position] | 0x20) <= b"z"[0]:
            return False
    return True


cdef bint _may_be_dated(
    tuple line_tokens, bint ascii_words, bint underscore, frozenset openers, tuple glued_openers, frozenset age_units
) except -1:
    """Whether a line may be a date, a time or a counter alone.

    A line whose words are not ASCII (`ascii_words`: see `_may_hold_phrase`) or holding an
    underscore may (the pattern decides). A line whose words are ASCII may where its first token
    opens with a digit, is one of `openers` or opens with one of `glued_openers`; or where one of
    its first three tokens is letters (a month, glued to the word before it or not) followed by a
    day of one or two digits and a token opening with a year of four. A number alone is none of
    them, and a number before four tokens or more only an age, its unit (one of `age_units`) and
    "ago" after it ("5 hours ago, posted in …"), or a date in figures, its next two tokens opening
    with digits too, and its time ("2016-08-10 20:24:33 +00:00"): the pattern took 1 µs on each
    other such line, 3 µs a ScrapingHub page.
    """
    cdef Py_ssize_t count = PyTuple_GET_SIZE(line_tokens), position
    cdef str first
    if not ascii_words or underscore:
        return True
    if count == 0:
        return False
    first = line_tokens[0]
    if _all_digits(first, 1, -1):
        if not _all_digits(first, PyUnicode_GET_LENGTH(first), -1):
            return True  # a number glued to a word ("5min", "30pm")
        if count == 1:
            return False
        if count > 4:
            # An age ("5 hours ago, …"), or a date in figures and its time ("2016-08-10 20:24:33 +00:00").
            return (line_tokens[1] in age_units and line_tokens[2] == "ago") or (
                _all_digits(line_tokens[1], 1, -1) and _all_digits(line_tokens[2], 1, -1)
            )
        return True
    if first in openers or first.startswith(glued_openers):
        return True
    for position in range(min(3, count - 2)):
        if (
            _all_letters(line_tokens[position], 3)
            and _all_digits(line_tokens[position + 1], 1, 2)
            and _all_digits(line_tokens[position + 2], 4, -1)
        ):
            return True
    return False


# -- repeated_blocks ---------------------------------------------------------------------------


def repeated_votes(tuple fingerprints, tuple repeats, Py_ssize_t least, vote):
    """`vote` on each line with words (a fingerprint) that the page holds `least` times or more."""
    cdef Py_ssize_t count = PyTuple_GET_SIZE(fingerprints), index
    _check_lengths(count, repeats)
    cdef list votes = [None] * count
    for index in range(count):
        if <Py_ssize_t>repeats[index] >= least and PyUnicode_GET_LENGTH(<str>fingerprints[index]):
            votes[index] = vote
    return votes


# -- record_list -------------------------------------------------------------------------------


cdef inline bint _decimal(str token):
    """Whether `token` is a number: decimal digits alone, of any script (what a pattern's \\d reads)."""
    cdef Py_ssize_t index, length = PyUnicode_GET_LENGTH(token)
    cdef int kind = PyUnicode_KIND(token)
    cdef const void* data = PyUnicode_DATA(token)
    for index in range(length):
        if not _digit(PyUnicode_READ(kind, data, index)):
            return False
    return length > 0


def numbered_templates(tuple tokens, tuple words, Py_ssize_t most, str mask):
    """The lines of `most` words or fewer holding a number as a token of its own, by their fingerprint with each
    such number made `mask`; a fingerprint is its line's tokens joined by spaces (see `line_words`)."""
    cdef Py_ssize_t count = PyTuple_GET_SIZE(tokens), index, position, length
    _check_lengths(count, words)
    cdef dict groups = {}
    cdef tuple line_tokens
    cdef list masked
    cdef str token
    for index in range(count):
        if <Py_ssize_t>words[index] > most:
            continue
        line_tokens = <tuple>tokens[index]
        length = PyTuple_GET_SIZE(line_tokens)
        for position in range(length):
            if _decimal(<str>line_tokens[position]):
                break
        else:
            continue
        masked = list(line_tokens)
        for position in range(position, length):
            token = <str>line_tokens[position]
            if _decimal(token):
                masked[position] = mask
        template = " ".join(masked)
        if template in groups:
            (<list>groups[template]).append(index)
        else:
            groups[template] = [index]
    return groups


# -- record_list, record_shape ------------------------------------------------------------------------


cdef inline unsigned char _shape(tuple words, tuple terminal, tuple word_buckets, Py_ssize_t index):
    """A line's shape: twice the number of `word_buckets` its words exceed, plus one where it ends like a sentence."""
    cdef Py_ssize_t line_words = <Py_ssize_t>words[index], bucket
    cdef unsigned char shape = 1 if terminal[index] else 0
    for bucket in range(PyTuple_GET_SIZE(word_buckets)):
        shape += 2 * (line_words > <Py_ssize_t>word_buckets[bucket])
    return shape


def line_shapes(tuple words, tuple terminal, tuple word_buckets, Py_ssize_t first, Py_ssize_t last):
    """The shape of each line from `first` to `last`, a byte each (see `_shape`)."""
    _check_lengths(PyTuple_GET_SIZE(words), terminal)
    cdef Py_ssize_t index
    cdef bytearray shapes = bytearray(max(last + 1 - first, 0))
    for index in range(first, last + 1):
        shapes[index - first] = _shape(words, terminal, word_buckets, index)
    return bytes(shapes)


def record_runs(
    list frames,
    Py_ssize_t least_apart,
    Py_ssize_t most_apart,
    Py_ssize_t min_records,
    Py_ssize_t slack_lines,
    double slack_share,
    Py_ssize_t missing_max_median,
    Py_ssize_t missing_slack_lines,
):
    """The runs of records each of `frames` (ascending lines, one per record) frames, in order: each run the list
    of its records' first lines.

    A run is a stretch of at least `min_records` frames whose neighbours lie `least_apart` to
    `most_apart` lines apart, cut where a stride strays from the stretch's median stride (the
    upper one of an even count) by more than `slack_lines`, or `slack_share` of that median, if
    more: the records of one template follow each other steadily. Where the median is 2 to
    `missing_max_median` lines (short cards) a stride within `missing_slack_lines` of twice it is
    one record whose frame is missing (a sold-out card without its cart button): the run goes on,
    with a record starting halfway. In Python, the loops over the frames and their strides took
    7 µs a ScrapingHub text page.
    """
    cdef list runs = [], indices
    cdef Py_ssize_t position, start, count
    for indices in frames:
        count = len(indices)
        start = 0
        for position in range(1, count + 1):
            if position == count or not least_apart <= <Py_ssize_t>indices[position] - <Py_ssize_t>indices[position - 1] <= most_apart:
                if position - start >= min_records:
                    _steady_runs(
                        indices, start, position, min_records, slack_lines, slack_share, missing_max_median,
                        missing_slack_lines, runs,
                    )
                start = position
    return runs


cdef int _steady_runs(
    list indices,
    Py_ssize_t first,
    Py_ssize_t stop,
    Py_ssize_t min_records,
    Py_ssize_t slack_lines,
    double slack_share,
    Py_ssize_t missing_max_median,
    Py_ssize_t missing_slack_lines,
    list runs,
) except -1:
    """Add to `runs` the stretches of `indices[first:stop]` whose strides stay near their median, or near twice it
    where a frame is missing (see `record_runs`)."""
    if stop - first < 2:  # no stride: the stretch is a run of its own
        runs.append(indices[first:stop])
        return 0
    cdef list strides = [<Py_ssize_t>indices[position] - <Py_ssize_t>indices[position - 1] for position in range(first + 1, stop)]
    strides.sort()
    cdef Py_ssize_t median = strides[len(strides) // 2], position, stride
    cdef double slack = max(<double>slack_lines, slack_share * median)
    cdef bint bridges = 2 <= median <= missing_max_median
    cdef list run = [indices[first]]
    for position in range(first + 1, stop + 1):
        if position < stop:
            stride = <Py_ssize_t>indices[position] - <Py_ssize_t>indices[position - 1]
            if abs(stride - median) <= slack:
                run.append(indices[position])
                continue
            if bridges and abs(stride - 2 * median) <= min(<double>missing_slack_lines, slack):
                run.append(<Py_ssize_t>indices[position - 1] + stride // 2)
                run.append(indices[position])
                continue
        if len(run) >= min_records:
            runs.append(run)
        if position < stop:
            run = [indices[position]]
    return 0


def shape_share(list bounds, const unsigned char[:] shapes):
    """How alike the neighbouring records of a run are: the mean share of line shapes two of them have in common.

    `bounds` are the records' first lines, as positions in `shapes` (a byte a line, see
    `line_shapes`); a record is the lines after its first up to the next record's, and the last
    first line closes the last record. Two records have in common, of each shape, as many lines
    as the one with fewer holds, out of the longer record's lines. A run of fewer than three
    records has no two to compare: 1. Counted in arrays, where a `Counter` a record took 11 µs
    a ScrapingHub text page.
    """
    cdef Py_ssize_t records = len(bounds) - 1, record, shape, start, end, position, length
    if records < 2:
        return 1.0
    cdef Py_ssize_t counts[2][256]
    cdef Py_ssize_t lengths[2]
    cdef Py_ssize_t common
    cdef double total = 0.0
    for record in range(records):
        start = min(<Py_ssize_t>bounds[record] + 1, shapes.shape[0])
        end = max(min(<Py_ssize_t>bounds[record + 1], shapes.shape[0]), start)
        memset(counts[record % 2], 0, sizeof(counts[0]))
        for position in range(start, end):
            counts[record % 2][shapes[position]] += 1
        lengths[record % 2] = end - start
        if record:
            common = 0
            for shape in range(256):
                common += min(counts[0][shape], counts[1][shape])
            length = max(lengths[0], lengths[1], 1)
            total += <double>common / <double>length
    return total / (records - 1)


def shape_period_votes(
    tuple words,
    tuple terminal,
    tuple repeats,
    tuple word_buckets,
    Py_ssize_t prose_end,
    Py_ssize_t min_period,
    Py_ssize_t max_period,
    Py_ssize_t min_periods,
    record_vote,
    teaser_vote,
):
    """The votes of `RecordShape.vote`: for each period from `min_period` to `max_period`, each longest run of
    lines whose shapes (`line_shapes`) come back `period` lines on, for `min_periods` periods or more, with two
    shapes or more in its first period: its lines are records where the run starts before `prose_end`, teasers
    after. A record line written once gets `record_vote`, a teaser line that is no record line `teaser_vote`."""
    cdef Py_ssize_t count = PyTuple_GET_SIZE(words), index, period, start, stop, run, least, position
    _check_lengths(count, terminal, repeats)
    cdef list votes = [None] * count
    cdef bytes shapes = line_shapes(words, terminal, word_buckets, 0, count - 1)
    cdef bytearray in_records = bytearray(count)
    cdef bytearray in_teasers = bytearray(count)
    cdef bytearray marked
    cdef bint found = False, varied
    for period in range(max(min_period, 1), max_period + 1):
        if count - period <= 0:
            break
        least = period * (min_periods - 1)
        run = 0
        # index runs one past the last comparison, which closes the last run.
        for index in range(count - period + 1):
            if index < count - period and shapes[index] == shapes[index + period]:
                run += 1
                continue
            if run >= least:
                start, stop = index - run, index + period
                varied = False
                for position in range(start + 1, start + period):
                    if shapes[position] != shapes[start]:
                        varied = True
                        break
                if varied:
                    found = True
                    marked = in_records if start < prose_end else in_teasers
                    for position in range(start, stop):
                        marked[position] = 1
            run = 0
    if not found:
        return votes
    for index in range(count):
        if in_records[index]:
            if <Py_ssize_t>repeats[index] == 1:
                votes[index] = record_vote
        elif in_teasers[index]:
            votes[index] = teaser_vote
    return votes


# -- link_density, code_and_tables (HTML) --------------------------------------------------------


def link_votes(
    tuple texts,
    tuple link_chars,
    tuple words,
    double linked_min_share,
    Py_ssize_t long_min_words,
    Py_ssize_t unlinked_min_words,
    long_linked_vote,
    linked_vote,
    unlinked_vote,
):
    """Each line's vote by the share of its characters in links: see `LinkDensity.vote`."""
    cdef Py_ssize_t count = PyTuple_GET_SIZE(texts), index, linked_characters, line_words
    _check_lengths(count, link_chars, words)
    cdef list votes = [None] * count
    for index in range(count):
        linked_characters, line_words = link_chars[index], words[index]
        if linked_characters >= linked_min_share * PyUnicode_GET_LENGTH(<str>texts[index]):
            votes[index] = long_linked_vote if line_words >= long_min_words else linked_vote
        elif linked_characters == 0 and line_words >= unlinked_min_words:
            votes[index] = unlinked_vote
    return votes


def element_votes(tuple tags, tuple texts, str code_tag, frozenset cell_tags, str separator, code_vote, row_vote):
    """`code_vote` on each line of a `code_tag` element, `row_vote` on each line of a table cell holding `separator`."""
    cdef Py_ssize_t count = PyTuple_GET_SIZE(tags), index
    _check_lengths(count, texts)
    cdef list votes = [None] * count
    for index in range(count):
        tag = tags[index]
        if tag == code_tag:
            votes[index] = code_vote
        elif tag in cell_tags and separator in <str>texts[index]:
            votes[index] = row_vote
    return votes


# -- dom_hints, main_container -------------------------------------------------------------------


def page_wide(tuple sets, double share):
    """The names in at least `share` of `sets` (one set per block).

    Blocks share their ancestors' names, so each distinct set is read once, with its blocks (the
    blocks of one element come in a row holding the very same set, counted without a lookup). A
    name in that many blocks is missing from at most the rest: it is in every set that more
    blocks share than that, and only the names those sets have in common are counted.
    """
    cdef Py_ssize_t count = PyTuple_GET_SIZE(sets), index, run = 0, blocks
    cdef double least = share * count
    cdef dict distinct = {}
    cdef object previous = None, names
    for index in range(count):
        names = sets[index]
        if names is previous:
            run += 1
            continue
        if run:
            distinct[previous] = distinct.get(previous, 0) + run
        previous, run = names, 1
    if run:
        distinct[previous] = distinct.get(previous, 0) + run
    cdef list required = [names for names, blocks in distinct.items() if blocks > count - least]
    cdef dict counted
    if not required:  # no set is that common (a page of many small parts): every name is counted
        counted = {}
        for names, blocks in distinct.items():
            for name in names:
                counted[name] = counted.get(name, 0) + blocks
        return frozenset([name for name, blocks in counted.items() if blocks >= least])
    cdef frozenset in_common = frozenset.intersection(*required)
    counted = dict.fromkeys(in_common, 0)  # the blocks missing each
    for names, blocks in distinct.items():
        if not in_common <= names:  # most sets, inside the page's wrappers, hold them all
            for name in in_common - names:
                counted[name] += blocks
    return frozenset([name for name, blocks in counted.items() if count - blocks >= least])


def values_by_pair(tuple first, tuple second, value_of):
    """Each line's value, `value_of(index)` asked once for each distinct pair (`first[index]`, `second[index]`).

    The lines of one element come in a row holding the very same objects, which an identity test
    finds before the pair is hashed; a pair seen further up takes the value it had there.
    """
    cdef Py_ssize_t count = PyTuple_GET_SIZE(first), index
    _check_lengths(count, second)
    cdef list values = [None] * count
    cdef dict known = {}
    cdef object previous_first = None, previous_second = None, value = None, one, other, key
    for index in range(count):
        one, other = first[index], second[index]
        if index == 0 or one is not previous_first or other is not previous_second:
            previous_first, previous_second = one, other
            key = (one, other)
            if key in known:
                value = known[key]
            else:
                value = known[key] = value_of(index)
        values[index] = value
    return values


# -- table_of_contents ---------------------------------------------------------------------------


cdef Py_ssize_t _first_past(tuple ascending, Py_ssize_t past) except -1:
    """The position in `ascending` of its first number above `past` (its length where none is), as `bisect_right`
    finds it: a line written as often as a page has lines must not be read from its first place each time."""
    cdef Py_ssize_t low = 0, high = PyTuple_GET_SIZE(ascending), middle
    while low < high:
        middle = (low + high) // 2
        if <Py_ssize_t>ascending[middle] <= past:
            low = middle + 1
        else:
            high = middle
    return low


cdef list _written_again(dict places, tuple fingerprints, tuple words, Py_ssize_t most, Py_ssize_t start):
    """Where the lines of at most `most` words from `start` on are written again further down, in order, for as
    long as they are (`places`: where each line written more than once stands, ascending, by its fingerprint)."""
    cdef list later = []
    cdef Py_ssize_t index, position, past, last = -1, count = PyTuple_GET_SIZE(fingerprints)
    cdef tuple occurrences
    for index in range(start, count):
        found = places.get(fingerprints[index])
        if found is None or <Py_ssize_t>words[index] > most:
            break
        occurrences = found
        # The first occurrence past the line, and past the last occurrence taken.
        past = index if index >= last else last
        position = _first_past(occurrences, past)
        if position == PyTuple_GET_SIZE(occurrences):
            break
        last = occurrences[position]
        later.append(last)
    return later


def contents_runs(
    dict places, tuple repeated, tuple fingerprints, tuple words, Py_ssize_t most, Py_ssize_t least
):
    """The runs of lines that may be a table of contents, and where their lines are written again, by the line
    each starts at, in order: from each of the `repeated` lines (ascending) on, where the lines of at most
    `most` words are written again further down, in order, for as long as they are, where `least` lines or
    more are, all of them again below the run (`places`: where each line written more than once stands,
    ascending, by its fingerprint). A run's own lines start none, whether its copies stand below it or not:
    a menu written at the top and again in the footer would be walked once from each of its lines."""
    _check_lengths(PyTuple_GET_SIZE(fingerprints), words)
    cdef dict runs = {}
    cdef Py_ssize_t which, start, covered = 0  # the lines before `covered` belong to a run already
    cdef list headings
    for which in range(PyTuple_GET_SIZE(repeated)):
        start = repeated[which]
        if start < covered:
            continue
        # A run's lines are all written more than once: where the line `least - 1` below is not the
        # `least - 1`th of `repeated` after this one, no run of `least` starts here.
        if least > 1 and (
            which + least > PyTuple_GET_SIZE(repeated) or <Py_ssize_t>repeated[which + least - 1] != start + least - 1
        ):
            continue
        headings = _written_again(places, fingerprints, words, most, start)
        if len(headings) >= least:
            covered = start + len(headings)
            if headings[0] >= covered:
                runs[start] = headings
    return runs


# -- record_list: its frames ----------------------------------------------------------------------


def near_pairs(dict places, tuple words, Py_ssize_t most_apart, Py_ssize_t least_words):
    """The lines written exactly twice, at most `most_apart` lines apart, of `least_words` words or more: the first
    line of each pair, ascending, by the pair's offset, the offsets in the order `places` (where each line written
    more than once stands, ascending, by its fingerprint) first holds them.

    A page writes a score of lines more than once: a Python loop over them took a text page 20,000
    instructions, as did the one of `label_frames`.
    """
    cdef dict by_offset = {}
    cdef tuple indices
    cdef Py_ssize_t first, offset
    cdef list firsts
    for indices in places.values():
        if PyTuple_GET_SIZE(indices) != 2:
            continue
        first = indices[0]
        offset = <Py_ssize_t>indices[1] - first
        if offset <= most_apart and <Py_ssize_t>words[first] >= least_words:
            found = by_offset.get(offset)
            if found is None:
                by_offset[offset] = [first]
            else:
                (<list>found).append(first)
    for firsts in by_offset.values():
        firsts.sort()
    return by_offset


def label_frames(dict places, tuple words, Py_ssize_t most_words, Py_ssize_t least):
    """Where each line of `most_words` words or fewer written `least` times or more stands, as a list, in the order
    of `places` (where each line written more than once stands, ascending, by its fingerprint)."""
    cdef list frames = []
    cdef tuple indices
    for indices in places.values():
        if PyTuple_GET_SIZE(indices) >= least and <Py_ssize_t>words[<Py_ssize_t>indices[0]] <= most_words:
            frames.append(list(indices))
    return frames
