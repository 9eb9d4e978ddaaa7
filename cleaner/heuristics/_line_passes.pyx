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

from bisect import bisect_right

from cpython.tuple cimport PyTuple_GET_SIZE
from cpython.unicode cimport (
    Py_UNICODE_ISALPHA,
    Py_UNICODE_ISDECIMAL,
    Py_UNICODE_ISLOWER,
    Py_UNICODE_ISPRINTABLE,
    Py_UNICODE_ISSPACE,
    Py_UNICODE_ISUPPER,
    PyUnicode_1BYTE_KIND,
    PyUnicode_DATA,
    PyUnicode_GET_LENGTH,
    PyUnicode_KIND,
    PyUnicode_READ,
)


def _check_lengths(Py_ssize_t count, *columns):
    for column in columns:
        if len(column) != count:
            raise ValueError(f"the columns of a page of {count} blocks differ in length")


# The character classes of `headline_teaser`'s patterns, read from a line's code points. Where
# a class is wider than the pattern's (Python's lower and upper case hold a few letters beyond
# Ll and Lu), the tests it serves only let more lines through to the pattern. The pattern module
# may know letters of a newer Unicode than Python's: a line holding a character that Python
# does not know (or an invisible one) goes to the pattern untested.
cdef bint _holds_unknown(int kind, const void* data, Py_ssize_t length):
    cdef Py_ssize_t index
    cdef Py_UCS4 character
    for index in range(length):
        character = PyUnicode_READ(kind, data, index)
        if character > 127 and not Py_UNICODE_ISPRINTABLE(character) and not _space(character):
            return True
    return False


cdef inline bint _upper(Py_UCS4 character):
    return Py_UNICODE_ISUPPER(character)


cdef inline bint _lower(Py_UCS4 character):
    return Py_UNICODE_ISLOWER(character)


cdef inline bint _starts_lower(str text):
    """Whether the line's first character is a lower-case letter (``text[0].islower()``)."""
    return PyUnicode_GET_LENGTH(text) > 0 and _lower(PyUnicode_READ(PyUnicode_KIND(text), PyUnicode_DATA(text), 0))


cdef inline bint _digit(Py_UCS4 character):
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


cpdef bint may_be_glued_standfirst(str text):
    """False only where a headline glued to its standfirst surely is not: the pattern need not run.

    What the pattern asks that a reading of the line's words tells: three words or more of a
    headline open the line (a capital, a digit, a currency sign or a quote opens each, and a
    word of one to three lower-case letters may follow each), then a word holds a seam, a
    lower-case letter or digit after two letters or digits run into a capital that ends it in
    lower case, and two words opening in lower case or with a digit follow. A sentence's
    lower-case word before the seam rules it out.
    """
    cdef int kind = PyUnicode_KIND(text)
    cdef const void* data = PyUnicode_DATA(text)
    cdef Py_ssize_t length = PyUnicode_GET_LENGTH(text), start = 0, stop, headline_words = 0
    cdef bint after_short = False
    if kind != PyUnicode_1BYTE_KIND and _holds_unknown(kind, data, length):
        return True
    while True:
        while start < length and _space(PyUnicode_READ(kind, data, start)):
            start += 1
        if start >= length:
            return False
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
        else:
            return False  # no headline goes on past this word: no later word holds the seam
        start = stop


cpdef bint may_be_glued_category(str text):
    """False only where a category glued to a headline surely is not: the pattern need not run.

    Two lower-case letters or more open the line and run into a capital followed by a
    lower-case letter.
    """
    cdef int kind = PyUnicode_KIND(text)
    cdef const void* data = PyUnicode_DATA(text)
    cdef Py_ssize_t length = PyUnicode_GET_LENGTH(text), index = 0
    if kind != PyUnicode_1BYTE_KIND and _holds_unknown(kind, data, length):
        return True
    while index < length and _lower(PyUnicode_READ(kind, data, index)):
        index += 1
    return (
        index >= 2
        and index + 1 < length
        and _upper(PyUnicode_READ(kind, data, index))
        and _lower(PyUnicode_READ(kind, data, index + 1))
    )


cdef inline bint _glued_category(str text, category_match) except -1:
    """Whether the line opens with a category glued to a headline: its pattern asked only where the letters allow it."""
    return may_be_glued_category(text) and category_match(text) is not None


cdef inline bint _cut_short(str text, frozenset last_characters, tuple endings) except -1:
    """Whether the (non-empty) line ends with one of `endings`, whose last characters are `last_characters`."""
    return text[PyUnicode_GET_LENGTH(text) - 1] in last_characters and text.endswith(endings)


cdef inline frozenset _last_characters(tuple endings):
    if not all(endings):
        raise ValueError(f"an ending of a line cut short holds a character at least, got {endings!r}")
    return frozenset(ending[len(ending) - 1] for ending in endings)


def card_headlines(tuple texts, tuple words, tuple terminal, tuple blank_after, object linked, Py_ssize_t most, str separator):
    """Which lines head a card: see `HeadlineTeaser._card_headlines`; `linked` None on a page without links.

    A line without a blank line after it, both it and the next unpunctuated, the next not opening
    in lower case, both of 2 to `most` words, neither a table row (holding `separator`), and on
    an HTML page one of the two mostly link text.
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
    _check_lengths(count, words, upper_initial, cards)
    cdef list votes = [None] * count
    cdef str text
    category_match, standfirst_match = glued_category.match, glued_standfirst.match
    # A line cut short ends with the last character of one of the endings: only those lines are asked.
    cdef frozenset last_characters = _last_characters(truncated_endings)
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
    cdef frozenset last_characters = _last_characters(endings)
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
    cdef frozenset last_characters = _last_characters(endings)
    cdef list found = []
    cdef str text
    for index in range(count):
        if not prose[index] or (standing_alone and not (blank_before[index] and blank_after[index])):
            continue
        text = texts[index]
        if PyUnicode_GET_LENGTH(text) == 0 or not _cut_short(text, last_characters, endings):
            found.append(index)
    return found


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
    frozenset qualifiers,
    frozenset qualified_words,
    frozenset author_last_words,
):
    """The lines that may open a comment thread, each as (index, what it may be): see `CommentSection._thread_start`.

    Lines of `max_words` words or fewer, with `min_prose_lines` lines of prose above them or
    among them. What a line may be: `MAY_BE_HEADER` where it opens with a digit, a character
    beyond ASCII or a first token that opens with one of `header_openings`, or whose first token
    is one of `qualifiers` and which holds one of `qualified_words` ("Top Rated Comments");
    `MAY_BE_BYLINE` where its last token is one of `author_last_words` (a comment's byline).
    """
    cdef Py_ssize_t count = PyTuple_GET_SIZE(texts), index, prose_lines = 0, last
    _check_lengths(count, tokens, words, prose)
    cdef list found = []
    cdef str text
    cdef tuple line_tokens
    cdef Py_UCS4 first
    cdef int kind
    for index in range(count):
        if prose[index]:
            prose_lines += 1
        if prose_lines < min_prose_lines or <Py_ssize_t>words[index] > max_words:
            continue
        text = texts[index]
        if PyUnicode_GET_LENGTH(text) == 0:
            continue
        first = text[0]
        line_tokens = tokens[index]
        last = PyTuple_GET_SIZE(line_tokens) - 1
        kind = 0
        if (
            first > 127
            or b"0"[0] <= first <= b"9"[0]
            or (
                last >= 0
                and (
                    line_tokens[0].startswith(header_openings)
                    or (line_tokens[0] in qualifiers and not qualified_words.isdisjoint(line_tokens))
                )
            )
        ):
            kind |= MAY_BE_HEADER
        if last >= 0 and line_tokens[last] in author_last_words:
            kind |= MAY_BE_BYLINE
        if kind:
            found.append((index, kind))
    return found


# -- boilerplate_phrases ------------------------------------------------------------------------


def lines_holding_phrases(tuple texts, tuple tokens, indices, dict continuations, frozenset first_words):
    """Of `indices`, the lines that may hold a phrase, in order: a line of ASCII where the words of one stand in
    a row among its tokens (`continuations` gives, for each phrase's first word, the words that follow it in
    each phrase); a line beyond ASCII where one of `first_words` is among its tokens.

    On a line of ASCII a phrase found at word boundaries, one space between its words, is a row of
    its tokens; beyond ASCII, case folding may read a letter otherwise than the pattern does.
    """
    cdef Py_ssize_t index, position, count
    cdef tuple line_tokens
    cdef list found = []
    for index in indices:
        line_tokens = tokens[index]
        count = PyTuple_GET_SIZE(line_tokens)
        if not (<str>texts[index]).isascii():
            for position in range(count):
                if line_tokens[position] in first_words:
                    found.append(index)
                    break
            continue
        for position in range(count):
            followers = continuations.get(line_tokens[position])
            if followers is not None and _followed(line_tokens, position, <tuple>followers):
                found.append(index)
                break
    return found


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


def lines_maybe_dated(tuple texts, tuple tokens, indices, frozenset openers, tuple glued_openers):
    """Of `indices`, the lines that may be a date, a time or a counter alone, in order.

    A line beyond ASCII or holding an underscore may (the pattern decides). A line of ASCII may
    where its first token opens with a digit, is one of `openers` or opens with one of
    `glued_openers`; or where one of its first three tokens is letters (a month, glued to the
    word before it or not) followed by a day of one or two digits and a token opening with a
    year of four.
    """
    cdef Py_ssize_t index, count, position
    cdef tuple line_tokens
    cdef str text, first
    cdef list found = []
    for index in indices:
        text = texts[index]
        line_tokens = tokens[index]
        count = PyTuple_GET_SIZE(line_tokens)
        if not text.isascii() or "_" in text:
            found.append(index)
            continue
        if count == 0:
            continue
        first = line_tokens[0]
        if _all_digits(first, 1, -1) or first in openers or first.startswith(glued_openers):
            found.append(index)
            continue
        for position in range(min(3, count - 2)):
            if (
                _all_letters(line_tokens[position], 3)
                and _all_digits(line_tokens[position + 1], 1, 2)
                and _all_digits(line_tokens[position + 2], 4, -1)
            ):
                found.append(index)
                break
    return found


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
        if not Py_UNICODE_ISDECIMAL(PyUnicode_READ(kind, data, index)):
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


def written_again(dict places, tuple fingerprints, tuple words, Py_ssize_t most, Py_ssize_t start):
    """Where the lines of at most `most` words from `start` on are written again further down, in order, for as
    long as they are (`places`: where each line written more than once stands, ascending, by its fingerprint)."""
    cdef list later = []
    cdef Py_ssize_t index, position, last = -1, count = PyTuple_GET_SIZE(fingerprints)
    _check_lengths(count, words)
    cdef tuple occurrences
    for index in range(start, count):
        found = places.get(fingerprints[index])
        if found is None or <Py_ssize_t>words[index] > most:
            break
        occurrences = found
        # The first occurrence past the line, and past the last occurrence taken.
        position = bisect_right(occurrences, index if index >= last else last)
        if position == PyTuple_GET_SIZE(occurrences):
            break
        last = occurrences[position]
        later.append(last)
    return later
