# cython: language_level=3, boundscheck=False, wraparound=False
"""Each line's words, compiled: the text segmenter reads every line of every page this way.

A line's tokens are its runs of word characters (``re``'s ``\\w``, and the combining marks that
follow them: `cleaner.lang.is_mark`) and each kana or ideograph alone (`UNSPACED_RANGES`),
case-folded; besides them, the line's fingerprint (the tokens joined by single spaces), its word
count, its function words (`cleaner.lang.STOPWORDS`, the clause marks of the scripts without
spaces, `cleaner.lang.UNSPACED_CLAUSE_MARKS`, and those bound to their words: Arabic's article,
Korean's particles) and its words with an
upper-case initial. One pass over the code points finds them, where the pattern, a join, a
case fold and three counts took one pass each.
"""

from cpython.bytes cimport PyBytes_AS_STRING, PyBytes_FromStringAndSize
from cpython.object cimport PyObject
from cpython.ref cimport Py_INCREF, Py_XDECREF
from cpython.set cimport PySet_Contains
from cpython.tuple cimport PyTuple_GET_ITEM, PyTuple_New, PyTuple_SET_ITEM
from cpython.unicode cimport (
    Py_UNICODE_ISALNUM,
    Py_UNICODE_ISSPACE,
    Py_UNICODE_ISUPPER,
    PyUnicode_1BYTE_KIND,
    PyUnicode_2BYTE_KIND,
    PyUnicode_4BYTE_KIND,
    PyUnicode_Contains,
    PyUnicode_DATA,
    PyUnicode_FromKindAndData,
    PyUnicode_GET_LENGTH,
    PyUnicode_KIND,
    PyUnicode_READ,
)
from libc.math cimport ceil
from libc.stdint cimport uint8_t, uint16_t, uint32_t, uint64_t
from libc.stdlib cimport calloc, free, malloc
from libc.string cimport memcmp, memcpy


cdef extern from "Python.h":
    str PyUnicode_New(Py_ssize_t size, Py_UCS4 maxchar)
    str PyUnicode_Substring(str text, Py_ssize_t start, Py_ssize_t end)
    bint PyUnicode_IS_ASCII(str text)
    Py_ssize_t PyUnicode_FindChar(str text, Py_UCS4 character, Py_ssize_t start, Py_ssize_t end, int direction) except -2

from cleaner import lang

# Kept here for the table of the function words (`_WordTable`), which borrows its strs.
cdef frozenset _STOPWORDS = lang.STOPWORDS
cdef double _UNSPACED_CHARACTERS_PER_WORD = lang.UNSPACED_CHARACTERS_PER_WORD
if len(lang.UNSPACED_CLAUSE_MARKS) != 2 or min(map(ord, lang.UNSPACED_CLAUSE_MARKS)) < 128:
    raise ImportError(
        f"cleaner.lang.UNSPACED_CLAUSE_MARKS is {lang.UNSPACED_CLAUSE_MARKS!r}: the line reader expects two characters beyond ASCII"
    )
cdef Py_UCS4 _clause_mark = ord(lang.UNSPACED_CLAUSE_MARKS[0])
cdef Py_UCS4 _other_clause_mark = ord(lang.UNSPACED_CLAUSE_MARKS[1])
# Function words bound to their words, as code points: Arabic's article prefixes, compared with
# a token's start where its first letter is Arabic (U+0600 to U+06FF), which a kana or an accented
# Latin letter never is; Korean's particles, compared with its end where its first letter is a
# Hangul syllable (U+AC00 to U+D7A3).
cdef struct _Affixes:
    Py_ssize_t count
    Py_ssize_t lengths[16]
    Py_UCS4 letters[16][4]
    Py_ssize_t stem_min  # letters the word holds besides the affix, at least
    Py_UCS4 first, last  # the range of the word's first letter
    bint at_end


cdef _Affixes _affixes(str name, Py_ssize_t stem_min, Py_UCS4 first, Py_UCS4 last, bint at_end) except *:
    """The affixes of `cleaner.lang`'s `name`, for `_bound`."""
    cdef _Affixes affixes
    cdef tuple listed = getattr(lang, name)
    if len(listed) > 16 or max(map(len, listed)) > 4:
        raise ImportError(f"cleaner.lang.{name} is {listed!r}: the line reader expects at most 16 of 4 letters")
    affixes.count, affixes.stem_min, affixes.first, affixes.last, affixes.at_end = len(listed), stem_min, first, last, at_end
    for index, affix in enumerate(listed):
        affixes.lengths[index] = len(affix)
        for position, letter in enumerate(affix):
            affixes.letters[index][position] = ord(letter)
    return affixes


cdef _Affixes _ARABIC_ARTICLE = _affixes("ARABIC_ARTICLE_PREFIXES", lang.ARABIC_STEM_MIN_LETTERS, 0x600, 0x6FF, False)
cdef _Affixes _KOREAN_PARTICLES = _affixes(
    "KOREAN_PARTICLE_SUFFIXES", lang.KOREAN_STEM_MIN_SYLLABLES, 0xAC00, 0xD7A3, True
)


cdef inline bint _bound(const Py_UCS4 *token, Py_ssize_t length, const _Affixes *affixes) noexcept:
    """Whether `token`, of the affixes' script, opens (or ends) with one of them, beside the stem's least letters."""
    cdef Py_ssize_t index, position, affix_length, offset
    if not affixes.first <= token[0] <= affixes.last:
        return False
    for index in range(affixes.count):
        affix_length = affixes.lengths[index]
        if length - affix_length < affixes.stem_min:
            continue
        offset = length - affix_length if affixes.at_end else 0
        for position in range(affix_length):
            if token[offset + position] != affixes.letters[index][position]:
                break
        else:
            return True
    return False

# What a character is to the reader.
cdef enum:
    _SEPARATOR = 0
    _WORD = 1  # part of a run of word characters
    _ALONE = 2  # a kana or an ideograph: a token of its own
    _MARK = 3  # a combining mark: part of the word it follows (`cleaner.lang.is_mark`)

cdef Py_ssize_t _ranges = len(lang.UNSPACED_RANGES)
cdef Py_UCS4 _unspaced_first[16]
cdef Py_UCS4 _unspaced_last[16]
if _ranges > 16:
    raise ImportError(f"cleaner.lang.UNSPACED_RANGES holds {_ranges} ranges: the line reader expects at most 16")
for _index, (_first, _last) in enumerate(lang.UNSPACED_RANGES):
    _unspaced_first[_index] = _first
    _unspaced_last[_index] = _last


# What `_kind_of` says of each character of the Basic Multilingual Plane, plus one (0: not yet
# asked): a page of Cyrillic or Greek asks of each of its characters, and the ranges and the Unicode
# database asked each time took a quarter of its reading (0.93 ms of a Russian ScrapingHub page's, 0.69 so).
cdef unsigned char _plane_kinds[0x10000]


# The characters a line's marks name (`line_marks`): ASCII's punctuation and the tab, a bit each.
_MARKED = "\t!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
cdef unsigned long long _MARK_BITS[128]
for _bit, _character in enumerate(_MARKED):
    _MARK_BITS[ord(_character)] = 1ULL << _bit


# Each ASCII character folded to lower case where it is a word character (a letter, a digit, the
# underscore), and 0 where it is a separator: one lookup where four ranges were compared.
cdef unsigned char _ascii_folded[128]
for _character in range(128):
    _ascii_folded[_character] = ord(chr(_character).lower()) if chr(_character).isalnum() or _character == ord("_") else 0


cdef inline int _kind_of(Py_UCS4 character) noexcept:
    if character < 128:
        return _WORD if _ascii_folded[character] else _SEPARATOR
    if character > 0xFFFF:
        return _kind_beyond_ascii(character)
    if not _plane_kinds[character]:
        _plane_kinds[character] = _kind_beyond_ascii(character) + 1
    return _plane_kinds[character] - 1


cdef int _kind_beyond_ascii(Py_UCS4 character) noexcept:
    cdef Py_ssize_t index
    for index in range(_ranges):
        if _unspaced_first[index] <= character <= _unspaced_last[index]:
            return _ALONE
    # `re`'s \w on str: alphanumeric in the Unicode database, or the underscore (ASCII, above).
    if Py_UNICODE_ISALNUM(character):
        return _WORD
    return _MARK if _is_mark(character) else _SEPARATOR


# What `is_mark` says of each character beyond ASCII that is no letter or digit, asked the first
# time the character is met (0: not yet asked): a page meets a few dozen such characters, and
# the Unicode database is asked once for each in the process's life.
cdef unsigned char* _marks = <unsigned char*>calloc(0x110000, 1)
if _marks is NULL:
    raise ImportError("no room for the line reader's table of combining marks")


cdef bint _is_mark(Py_UCS4 character) noexcept:
    cdef uint32_t code = <uint32_t>character
    if not _marks[code]:
        _marks[code] = 2 if lang.is_mark(chr(code)) else 1
    return _marks[code] == 2


# The fingerprints of a page's lines read so far, in a table of slots found by a hash of the bytes each str
# stores (`_bytes_hash`), a slot naming the first line of its fingerprint, and each fingerprint's count: a dict of
# counts, grown as it filled and asked three times a line, took twice as many instructions (157,000 a ScrapingHub
# text page, 73,000 so, two thirds of them the str's own hash, siphash, which only the few fingerprints repeated
# are asked for later on). The line reader counts them as it reads the lines, where a pass of their own, after,
# took 19,000 instructions a ScrapingHub text page more.
cdef struct _Fingerprints:
    Py_ssize_t size  # of `slots`, a power of two
    Py_ssize_t *slots  # the first line of the fingerprint in each slot (-1: none)
    uint64_t *hashes  # each line's fingerprint hash
    Py_ssize_t *firsts  # each line's first line of its fingerprint
    Py_ssize_t *counts  # how many lines have the fingerprint of each first line


cdef int _open_table(_Fingerprints *table, Py_ssize_t count) except -1:
    """Make `table` ready for the fingerprints of `count` lines (`_close_table` frees it)."""
    table.size = 2
    while table.size < 2 * count:  # half the slots empty at least
        table.size *= 2
    table.slots = <Py_ssize_t *>malloc((table.size + 3 * count) * sizeof(Py_ssize_t))
    if table.slots is NULL:
        raise MemoryError(f"no room to count the repeats of {count} lines")
    table.hashes = <uint64_t *>(table.slots + table.size)
    table.firsts = table.slots + table.size + count
    table.counts = table.slots + table.size + 2 * count
    cdef Py_ssize_t slot
    for slot in range(table.size):
        table.slots[slot] = -1
    return 0


cdef inline void _close_table(_Fingerprints *table) noexcept:
    """Free what `_open_table` took for `table`, if anything."""
    free(table.slots)


cdef inline bint _stores(str text, const void *data, Py_ssize_t length, int kind) noexcept:
    """Whether `text` stores the `length` code units of `kind` bytes at `data`: a str is stored in the least width
    its characters fit, so two strs of one length and width are equal where their bytes are."""
    return (
        PyUnicode_GET_LENGTH(text) == length
        and PyUnicode_KIND(text) == kind
        and memcmp(PyUnicode_DATA(text), data, length * kind) == 0
    )


cdef Py_ssize_t _first_line(
    _Fingerprints *table, tuple fingerprints, Py_ssize_t line, const void *data, Py_ssize_t length, int kind
) noexcept:
    """The first line of `line`'s fingerprint, the `length` characters of `kind` at `data`, counted in `table`: an
    earlier line of `fingerprints` whose fingerprint stores them, or `line` itself."""
    cdef uint64_t hash = _bytes_hash(<const unsigned char *>data, length * kind)
    cdef Py_ssize_t slot = hash & (table.size - 1), first
    table.hashes[line] = hash
    while True:
        first = table.slots[slot]
        if first < 0:
            table.slots[slot] = table.firsts[line] = line
            table.counts[line] = 1
            return line
        if table.hashes[first] == hash and _stores(<str>PyTuple_GET_ITEM(fingerprints, first), data, length, kind):
            table.firsts[line] = first
            table.counts[first] += 1
            return first
        slot = (slot + 1) & (table.size - 1)


cdef inline Py_ssize_t _first_line_of(_Fingerprints *table, tuple fingerprints, Py_ssize_t line, str fingerprint) noexcept:
    """The first line of `line`'s `fingerprint`, as `_first_line` finds it."""
    return _first_line(
        table, fingerprints, line, PyUnicode_DATA(fingerprint), PyUnicode_GET_LENGTH(fingerprint), PyUnicode_KIND(fingerprint)
    )


cdef tuple _repeats(_Fingerprints *table, Py_ssize_t count):
    """How many of the `count` lines of `table` have each line's fingerprint."""
    cdef tuple repeats = PyTuple_New(count)
    cdef Py_ssize_t line
    for line in range(count):
        _put(repeats, line, table.counts[table.firsts[line]])
    return repeats


# A page writes its menu items, share buttons and bylines more than once: an ASCII line whose fingerprint an
# earlier ASCII line of the page has takes that line's fingerprint, tokens and function words, the same objects,
# where each was made again (a ScrapingHub text page writes 34 of its 158 lines again, and is read in 15,000
# fewer instructions so); any other line written again takes the first one's fingerprint, the same object: the
# dicts keyed by fingerprints later on hash each once.
cdef struct _LineRead:
    bint ascii  # read as ASCII (`_read_ascii`): its columns are those of its fingerprint
    Py_ssize_t indexing  # whether it holds one of the words indexed


def line_words(lines):
    """Each of `lines`' fingerprint, case-folded tokens, word count, function words and upper-case initials, the
    index of the words of `index_words`, the lines' marks, and each line's repeats.

    Five tuples, one entry per line: the line's tokens joined by spaces and case-folded are
    the fingerprint, whose words are the tokens. Then the words indexed and where each stands,
    as `token_blocks` gives it: the reader knows a word it has read lately to be one of them or
    not, where `token_blocks` looks each token up in the set (30 µs a ScrapingHub text page).
    Then the marks `line_marks` gives, read on the same pass over the characters; last, how many lines have each
    line's fingerprint, as `repeat_counts` counts them.
    """
    cdef Py_ssize_t longest = 0, written
    cdef Py_UCS4 *folded
    cdef Py_ssize_t *token_starts  # where each token begins in `folded`
    cdef bint *token_ascii  # whether each token is ASCII alone
    cdef unsigned char *folded_bytes  # an ASCII line's tokens folded, or an ASCII token of another line, a byte a character
    cdef bint folded_in_place
    cdef _Tally tally
    cdef long words, upper, stopwords, alone, clause_marks, bound
    cdef str line, fingerprint
    cdef tuple tokens
    cdef dict blocks_of = {}
    cdef frozenset vocabulary = _vocabulary
    cdef Py_ssize_t line_index = 0, count = 0, index
    for line in lines:
        longest = max(longest, PyUnicode_GET_LENGTH(line))
        count += 1
    # The columns, filled as the lines are read, where lists appended to and copied took 32,000 instructions a
    # ScrapingHub text page.
    cdef tuple fingerprints = PyTuple_New(count), token_lists = PyTuple_New(count), word_counts = PyTuple_New(count)
    cdef tuple stopword_counts = PyTuple_New(count), upper_counts = PyTuple_New(count)
    cdef bytes marks = PyBytes_FromStringAndSize(NULL, count * 8)
    cdef unsigned long long *mark_bits = <unsigned long long *>PyBytes_AS_STRING(marks)
    # A token and a space for each character at most.
    folded = <Py_UCS4 *>malloc((2 * longest + 1) * sizeof(Py_UCS4))
    token_starts = <Py_ssize_t *>malloc((longest + 1) * sizeof(Py_ssize_t))
    token_ascii = <bint *>malloc((longest + 1) * sizeof(bint))
    cdef unsigned int *token_hashes = <unsigned int *>malloc((longest + 1) * sizeof(unsigned int))  # an ASCII line's
    folded_bytes = <unsigned char *>malloc(longest + 1)
    cdef _LineRead *read = <_LineRead *>malloc((count + 1) * sizeof(_LineRead))  # (for no line, malloc may give NULL)
    cdef _Fingerprints table
    table.slots = NULL
    cdef Py_ssize_t first
    try:
        if (
            folded is NULL
            or token_starts is NULL
            or token_ascii is NULL
            or token_hashes is NULL
            or folded_bytes is NULL
            or read is NULL
        ):
            raise MemoryError(f"no room to read {count} lines of up to {longest} characters")
        _open_table(&table, count)
        for line in lines:
            block = line_index  # one int object per line: an entry that is, or ends with, it has this line already
            if PyUnicode_IS_ASCII(line):
                words = _read_ascii(
                    <const unsigned char *>PyUnicode_DATA(line),
                    PyUnicode_GET_LENGTH(line),
                    folded_bytes,
                    token_starts,
                    token_hashes,
                    &upper,
                    &written,
                    &mark_bits[line_index],
                )
                read[line_index].ascii = True
                first = _first_line(&table, fingerprints, line_index, folded_bytes, written, PyUnicode_1BYTE_KIND)
                if first == line_index:
                    fingerprint = PyUnicode_New(written, 127)
                    memcpy(PyUnicode_DATA(fingerprint), folded_bytes, written)
                else:
                    fingerprint = <str>PyTuple_GET_ITEM(fingerprints, first)
                # A first line read otherwise (beyond ASCII) may count a clause mark among its function words.
                if first == line_index or not read[first].ascii:
                    tokens = _ascii_tokens(
                        fingerprint, token_starts, words, &stopwords, token_hashes, blocks_of, block, &read[line_index].indexing
                    )
                else:
                    tokens = <tuple>PyTuple_GET_ITEM(token_lists, first)
                    stopwords = <long>(<object>PyTuple_GET_ITEM(stopword_counts, first))
                    read[line_index].indexing = read[first].indexing
                    if read[first].indexing:
                        for index in range(words):
                            token = <object>PyTuple_GET_ITEM(tokens, index)
                            if _holds(&_indexed_words, token_hashes[index], token):
                                _stands_in(blocks_of, token, block)
                alone = clause_marks = bound = 0
            else:
                words = _read_line(line, folded, token_starts, token_ascii, &tally)
                upper, alone, clause_marks, written, bound = tally.upper, tally.alone, tally.clause_marks, tally.written, 0
                mark_bits[line_index] = tally.marks
                if tally.beyond_ascii:
                    tokens = _mixed_tokens(
                        folded,
                        written,
                        token_starts,
                        token_ascii,
                        folded_bytes,
                        words,
                        &stopwords,
                        &bound,
                        blocks_of,
                        block,
                        &folded_in_place,
                    )
                    # Made of the folded code points in one piece, where joining the tokens took 2,900
                    # instructions a line (58,000 a ScrapingHub text page, 11,000 so).
                    fingerprint = (
                        PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, folded, written)
                        if folded_in_place
                        else " ".join(tokens)
                    )
                else:
                    fingerprint = _ascii(folded, written)
                    tokens = _ascii_tokens(
                        fingerprint, token_starts, words, &stopwords, NULL, blocks_of, block, &read[line_index].indexing
                    )
                read[line_index].ascii = False
                first = _first_line_of(&table, fingerprints, line_index, fingerprint)
                if first != line_index:
                    fingerprint = <str>PyTuple_GET_ITEM(fingerprints, first)
            _put(fingerprints, line_index, fingerprint)
            _put(token_lists, line_index, tokens)
            # An ideograph or a kana is a token, and a word of these scripts several of them:
            # the line's words are counted as a spaced script would count them; so are Arabic's
            # article and Korean's particles, bound to their words.
            _put(word_counts, line_index, words - alone + <long>ceil(alone / _UNSPACED_CHARACTERS_PER_WORD) + bound)
            _put(stopword_counts, line_index, stopwords + clause_marks + bound)
            _put(upper_counts, line_index, upper)
            line_index += 1
        repeats = _repeats(&table, count)
    finally:
        free(folded)
        free(token_starts)
        free(token_ascii)
        free(token_hashes)
        free(folded_bytes)
        free(read)
        _close_table(&table)
    return (
        fingerprints,
        token_lists,
        word_counts,
        stopword_counts,
        upper_counts,
        (vocabulary, blocks_of),
        marks,
        repeats,
    )


# Most lines are ASCII alone: read a byte at a time, a line has no mark, no ideograph, no
# clause mark and no bound word to look for, and its tokens fold into bytes, which make its
# fingerprint as they stand.
cdef long _read_ascii(
    const unsigned char *text,
    Py_ssize_t length,
    unsigned char *folded,
    Py_ssize_t *token_starts,
    unsigned int *token_hashes,
    long *upper,
    Py_ssize_t *written,
    unsigned long long *marks,
) noexcept:
    """How many tokens the `length` ASCII characters at `text` hold: they go to `folded`, case-folded, single spaces
    between (`written` bytes in all), each one's start to `token_starts` and its hash (`_word_hash`) to
    `token_hashes`; `upper` is set to how many open with an upper-case letter, and `marks` to the line's marks (see
    `line_marks`). `folded` has room for `length` bytes: a space stands for a separator at least.

    Each token is hashed from its bytes as they are folded, where a pass over each token of its own
    took a ScrapingHub text page 22,000 instructions more."""
    cdef Py_ssize_t position, end = 0
    cdef long count = 0, initials = 0
    cdef unsigned char character, lowered
    cdef unsigned long long mask = 0
    cdef unsigned int hash = _WORD_HASH_START
    cdef bint in_word = False
    for position in range(length):
        character = text[position]
        mask |= _MARK_BITS[character]
        lowered = _ascii_folded[character]
        if not lowered:
            if in_word:
                token_hashes[count - 1] = hash
                in_word = False
            continue
        if not in_word:
            if count:
                folded[end] = c' '
                end += 1
            token_starts[count] = end
            count += 1
            initials += c'A' <= character <= c'Z'
            in_word = True
            hash = _WORD_HASH_START
        folded[end] = lowered
        hash = _word_hash(hash, lowered)
        end += 1
    if in_word:
        token_hashes[count - 1] = hash
    upper[0] = initials
    written[0] = end
    marks[0] = mask
    return count


# A str's code points are stored in one, two or four bytes each (PEP 393).
ctypedef fused _CodeUnit:
    uint8_t
    uint16_t
    uint32_t


# What `_read_code_units` counts of a line besides its tokens.
cdef struct _Tally:
    long upper  # tokens opening with an upper-case letter
    long alone  # tokens that are a kana or an ideograph
    long clause_marks  # of the scripts without spaces
    bint beyond_ascii  # whether a token holds a character beyond ASCII
    Py_ssize_t written  # code points written to `folded`
    unsigned long long marks  # the line's marks (see `line_marks`)


cdef inline long _read_line(str line, Py_UCS4 *folded, Py_ssize_t *token_starts, bint *token_ascii, _Tally *tally) noexcept:
    """`_read_code_units` of `line`'s code points, as its width stores them."""
    cdef int kind = PyUnicode_KIND(line)
    cdef void *data = PyUnicode_DATA(line)
    cdef Py_ssize_t length = PyUnicode_GET_LENGTH(line)
    if kind == PyUnicode_1BYTE_KIND:
        return _read_code_units(<const uint8_t *>data, length, folded, token_starts, token_ascii, tally)
    if kind == PyUnicode_2BYTE_KIND:
        return _read_code_units(<const uint16_t *>data, length, folded, token_starts, token_ascii, tally)
    return _read_code_units(<const uint32_t *>data, length, folded, token_starts, token_ascii, tally)


# A line beyond ASCII is read in code units of its width, where `PyUnicode_READ` asked the width for each character
# (22,000 instructions a ScrapingHub text page, with the clause marks compared beyond ASCII alone).
cdef long _read_code_units(
    const _CodeUnit *text, Py_ssize_t length, Py_UCS4 *folded, Py_ssize_t *token_starts, bint *token_ascii, _Tally *tally
) noexcept:
    """How many tokens the `length` code points at `text` hold: they go to `folded`, single spaces between, ASCII
    ones case-folded (the others are folded by `_mixed_tokens`), each token's start to `token_starts` and whether
    it is ASCII alone to `token_ascii`; `tally` is set to what else is counted of the line. `folded` has room for
    a token and a space for each code point."""
    cdef Py_ssize_t position, end = 0
    cdef long count = 0, initials = 0, unspaced = 0, clauses = 0
    cdef unsigned long long mask = 0
    cdef Py_UCS4 character
    cdef int character_kind
    cdef bint in_word = False, wide = False
    for position in range(length):
        character = text[position]
        if character < 128:
            mask |= _MARK_BITS[character]
        character_kind = _kind_of(character)
        if character_kind == _MARK:
            # Part of the word it follows; after anything else, nothing.
            character_kind = _WORD if in_word else _SEPARATOR
        if character_kind == _SEPARATOR:
            in_word = False
            # The clause marks are beyond ASCII (see `UNSPACED_CLAUSE_MARKS`): an ASCII separator is not compared.
            clauses += character >= 128 and (character == _clause_mark or character == _other_clause_mark)
            continue
        if not in_word or character_kind == _ALONE:
            if end:
                folded[end] = c' '
                end += 1
            token_starts[count] = end
            token_ascii[count] = True
            count += 1
            unspaced += character_kind == _ALONE
            initials += (c'A' <= character <= c'Z') if character < 128 else Py_UNICODE_ISUPPER(character)
        in_word = character_kind == _WORD
        if character < 128:
            # ASCII folds to lower case here (Unicode's tables are not asked); the other
            # characters are folded by `_mixed_tokens`, as str.casefold folds them.
            folded[end] = _ascii_folded[character]
        else:
            folded[end] = character
            wide = True
            token_ascii[count - 1] = False
        end += 1
    tally.upper, tally.alone, tally.clause_marks, tally.beyond_ascii, tally.written, tally.marks = (
        initials, unspaced, clauses, wide, end, mask
    )
    return count


def line_fingerprint(str line):
    """`line`'s fingerprint as `line_words` reads it: its tokens, case-folded, joined by single spaces."""
    return line_words((line,))[0][0]


# A line of ASCII alone (most lines) is made a str, and cut into its tokens, straight from the
# folded code points: `PyUnicode_FromKindAndData` would first look for the widest of them, and
# `str.split` read the fingerprint again for the spaces whose places the reader knows.
cdef str _ascii(const Py_UCS4 *folded, Py_ssize_t length):
    """The str of `length` code points of `folded`, every one of them ASCII."""
    cdef str text = PyUnicode_New(length, 127)
    cdef unsigned char *data = <unsigned char *>PyUnicode_DATA(text)
    cdef Py_ssize_t position
    for position in range(length):
        data[position] = <unsigned char>folded[position]
    return text


# The ASCII words read lately, each with whether it is a function word, in a table of slots
# found by a hash of the word's bytes (FNV-1a), the last word of a slot replacing the one
# before. A page's words are mostly words read before (the function words, the site's own):
# where the slot holds the same bytes, its str is used again, and neither a new str nor the
# str's own hash (siphash, which the set of function words asked for every new one, 270
# instructions a token) is made. The lines' tokens and the HTML renderer's class and id words
# (`cleaner.segment._render.name_words`) share it. It holds 65,536 words at most.
cdef enum:
    _TOKEN_SLOTS = 1 << 16
cdef unsigned int _WORD_HASH_START = 2166136261
cdef PyObject *_token_in_slot[_TOKEN_SLOTS]
cdef bint _function_word_in_slot[_TOKEN_SLOTS]

# The words of a set (the function words, the words indexed), in a table of slots found by their hash
# (`_word_hash` of their code points), which the reader works out of each word it reads: a new word was looked up
# in each set by its str's own hash (siphash), 200 instructions a word; a ScrapingHub text page is read in 67,000
# fewer instructions so, 42,000 of them its ASCII words' (56,000 fewer in all: a few of the words are hashed later on).
cdef struct _WordTable:
    unsigned int mask  # the slots, a power of two, less one
    unsigned int *hashes  # each slot's word's hash
    PyObject **words  # each slot's word (NULL: none), a str of the set, which holds the reference


cdef int _table_of(frozenset words, _WordTable *table) except -1:
    """Fill `table` with `words` (which must outlive it), freeing what it held."""
    cdef unsigned int size = 2, slot, hash
    while size < 2 * len(words):  # half the slots empty at least
        size *= 2
    cdef unsigned int *hashes = <unsigned int *>malloc(size * sizeof(unsigned int))
    cdef PyObject **held = <PyObject **>calloc(size, sizeof(PyObject *))
    if hashes is NULL or held is NULL:
        free(hashes)
        free(held)
        raise MemoryError(f"no room for a table of {len(words)} words")
    free(table.hashes)
    free(table.words)
    table.mask, table.hashes, table.words = size - 1, hashes, held
    for word in words:
        hash = _str_hash(word)
        slot = hash & table.mask
        while held[slot] is not NULL:
            slot = (slot + 1) & table.mask
        held[slot], hashes[slot] = <PyObject *>word, hash
    return 0


cdef bint _holds(const _WordTable *table, unsigned int hash, str word) noexcept:
    """Whether `table` holds `word`, whose hash is `hash` (see `_WordTable`)."""
    cdef unsigned int slot = hash & table.mask
    cdef PyObject *held
    while table.words[slot] is not NULL:
        held = table.words[slot]
        if table.hashes[slot] == hash and _stores(
            <str>held, PyUnicode_DATA(word), PyUnicode_GET_LENGTH(word), PyUnicode_KIND(word)
        ):
            return True
        slot = (slot + 1) & table.mask
    return False


cdef _WordTable _function_words, _indexed_words
_table_of(_STOPWORDS, &_function_words)
_table_of(frozenset(), &_indexed_words)


# The words that `line_words` indexes (`index_words`), and the slots' knowledge of them: whether a
# slot's word is one, as worked out for the set of the generation the slot names (0 for none). A
# new set is a new generation, so each word is looked up in it again once, when next read.
cdef frozenset _vocabulary = frozenset()
cdef unsigned int _generation = 1
cdef bint _indexed_in_slot[_TOKEN_SLOTS]
cdef unsigned int _slot_generation[_TOKEN_SLOTS]


def index_words(frozenset vocabulary):
    """Have `line_words` index where each word of `vocabulary` stands, on the pages it reads from now on."""
    global _vocabulary, _generation
    if vocabulary is not _vocabulary:
        _table_of(vocabulary, &_indexed_words)
        _vocabulary = vocabulary
        _generation += 1


cdef inline bint _indexed(unsigned int hash, token) noexcept:
    """Whether `token`, the ASCII word of the slot of `hash` (its `_word_hash`), is one of the words indexed."""
    cdef unsigned int slot = hash & (_TOKEN_SLOTS - 1)
    if _slot_generation[slot] != _generation:
        _indexed_in_slot[slot] = _holds(&_indexed_words, hash, token)
        _slot_generation[slot] = _generation
    return _indexed_in_slot[slot]


cdef inline bint _wide_indexed(_WideWord *wide) noexcept:
    """Whether the case fold of the word of `wide`'s slot is one of the words indexed."""
    if wide.generation != _generation:
        wide.indexed = _holds(&_indexed_words, wide.token_hash, <str>wide.token)
        wide.generation = _generation
    return wide.indexed


# The words beyond ASCII read lately (a Russian page's, a Greek one's), as the table of ASCII words
# keeps those: each in the slot of a hash (FNV-1a) of its code points as read, with its case fold
# and what the reader works out of it. A word met again is neither made a str, case-folded nor
# looked up in the sets of words again, which took a Russian ScrapingHub page 1.66 ms to read (0.93 so).
cdef enum:
    _WIDE_SLOTS = 1 << 14


cdef struct _WideWord:
    PyObject *read  # the word as read (NULL: an empty slot)
    PyObject *token  # its case fold
    unsigned int token_hash  # the case fold's hash (see `_WordTable`)
    bint function_word
    bint bound  # a word holding a function word bound to it (see `_bound`)
    bint indexed
    unsigned int generation  # that `indexed` was worked out for (0: none)


cdef _WideWord _wide_words[_WIDE_SLOTS]


cdef _WideWord *_wide_word(const Py_UCS4 *letters, Py_ssize_t length) except NULL:
    """The slot of the word of `length` code points at `letters`, filled with it if it held another."""
    cdef unsigned int hash = _WORD_HASH_START
    cdef Py_ssize_t position
    for position in range(length):
        hash = _word_hash(hash, letters[position])
    cdef _WideWord *slot = &_wide_words[hash & (_WIDE_SLOTS - 1)]
    if slot.read is not NULL and _reads(<object>slot.read, letters, length):
        return slot
    # Everything is worked out before the slot changes: an error on the way leaves it as it was.
    cdef bint unchanged
    token = _case_folded(letters, length, &unchanged)
    if token is None:
        read = PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, letters, length)
        token = read.casefold()
    else:
        read = token if unchanged else PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, letters, length)
    cdef unsigned int token_hash = _str_hash(token)
    cdef bint function_word = _holds(&_function_words, token_hash, token)
    cdef bint bound = not function_word and (
        _bound(letters, length, &_ARABIC_ARTICLE) or _bound(letters, length, &_KOREAN_PARTICLES)
    )
    Py_INCREF(read)
    Py_INCREF(token)
    Py_XDECREF(slot.read)
    Py_XDECREF(slot.token)
    slot.read, slot.token = <PyObject *>read, <PyObject *>token
    slot.token_hash, slot.function_word, slot.bound, slot.generation = token_hash, function_word, bound, 0
    return slot


# Each character of the Basic Multilingual Plane's case fold (`str.casefold`) where it is one
# character of the plane, `_NO_SIMPLE_FOLD` where it is not ("ß" folds to "ss"), 0 where not yet
# asked. `str.casefold` folds a str a character at a time, each alone, so a word whose characters
# fold one to one is folded here from its code points, and a word in lower case already is its own
# fold: its str was made and `str.casefold` made another (720 instructions a word), 50,000
# instructions a ScrapingHub text page, most of them a Russian page's 2,951 new words.
cdef enum:
    _NO_SIMPLE_FOLD = 0xFFFF  # a noncharacter: no word holds it, and it folds to itself
    _FOLDED_MAX = 64  # a longer word is folded by `str.casefold`
cdef uint16_t _plane_folds[0x10000]


cdef Py_UCS4 _fold_of(Py_UCS4 character) except 0:
    """`character`'s case fold where it is one character of the Basic Multilingual Plane, else `_NO_SIMPLE_FOLD`."""
    if character >= _NO_SIMPLE_FOLD:
        return _NO_SIMPLE_FOLD
    if not _plane_folds[character]:
        folded = chr(character).casefold()
        _plane_folds[character] = ord(folded) if len(folded) == 1 and ord(folded) < _NO_SIMPLE_FOLD else _NO_SIMPLE_FOLD
    return _plane_folds[character]


cdef str _case_folded(const Py_UCS4 *letters, Py_ssize_t length, bint *unchanged):
    """The case fold of the word of `length` code points at `letters`, as `str.casefold` gives it, where each folds
    to one character of the Basic Multilingual Plane and the word is of `_FOLDED_MAX` at most (else None);
    `unchanged` is set to whether it is the word itself."""
    cdef Py_UCS4 folded[_FOLDED_MAX]
    cdef Py_ssize_t position
    if length > _FOLDED_MAX:
        return None
    unchanged[0] = True
    for position in range(length):
        folded[position] = _fold_of(letters[position])
        if folded[position] == _NO_SIMPLE_FOLD:
            return None
        unchanged[0] = unchanged[0] and folded[position] == letters[position]
    return PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, folded, length)


cdef inline bint _reads(str word, const Py_UCS4 *letters, Py_ssize_t length) noexcept:
    """Whether `word` is the `length` code points at `letters`."""
    if PyUnicode_GET_LENGTH(word) != length:
        return False
    cdef int kind = PyUnicode_KIND(word)
    cdef void *data = PyUnicode_DATA(word)
    cdef Py_ssize_t position
    for position in range(length):
        if PyUnicode_READ(kind, data, position) != letters[position]:
            return False
    return True


cdef object word_str(const unsigned char *text, Py_ssize_t length, long *function_words):
    """The str of the `length` ASCII bytes at `text`, counted into `function_words` if it is a function word."""
    return _word_in_slot(text, length, _hash_of(text, length), function_words)


cdef inline unsigned int _hash_of(const unsigned char *text, Py_ssize_t length) noexcept:
    """The hash of the word of the `length` ASCII bytes at `text` (see `_word_hash`)."""
    cdef unsigned int hash = _WORD_HASH_START
    cdef Py_ssize_t position
    for position in range(length):
        hash = _word_hash(hash, text[position])
    return hash


cdef inline unsigned int _word_hash(unsigned int hash, Py_UCS4 character) noexcept:
    """A word's hash (FNV-1a, from `_WORD_HASH_START`) with its next `character` (an ASCII one's byte)."""
    return (hash ^ <uint32_t>character) * 16777619


cdef unsigned int _str_hash(str word) noexcept:
    """`word`'s hash (see `_word_hash`)."""
    cdef unsigned int hash = _WORD_HASH_START
    cdef Py_ssize_t position
    for position in range(PyUnicode_GET_LENGTH(word)):
        hash = _word_hash(hash, PyUnicode_READ(PyUnicode_KIND(word), PyUnicode_DATA(word), position))
    return hash


cdef object _word_in_slot(const unsigned char *text, Py_ssize_t length, unsigned int hash, long *function_words):
    """`word_str` of the `length` ASCII bytes at `text`, whose `_word_hash` is `hash`."""
    cdef unsigned int slot = hash & (_TOKEN_SLOTS - 1)
    cdef PyObject *held = _token_in_slot[slot]
    # The slot's words are ASCII, all stored a byte a character: their width needs no test.
    if (
        held is not NULL
        and PyUnicode_GET_LENGTH(<object>held) == length
        and memcmp(PyUnicode_DATA(<object>held), text, length) == 0
    ):
        function_words[0] += _function_word_in_slot[slot]
        return <object>held
    token = PyUnicode_New(length, 127)
    memcpy(PyUnicode_DATA(token), text, length)
    is_function_word = _holds(&_function_words, hash, token)
    Py_INCREF(token)  # the slot's reference
    Py_XDECREF(held)
    _token_in_slot[slot] = <PyObject *>token
    _function_word_in_slot[slot] = is_function_word
    _slot_generation[slot] = 0
    function_words[0] += is_function_word
    return token


cdef tuple _ascii_tokens(
    str fingerprint,
    const Py_ssize_t *starts,
    Py_ssize_t count,
    long *function_words,
    const unsigned int *hashes,
    dict blocks_of,
    block,
    Py_ssize_t *indexing,
):
    """The `count` tokens of an ASCII `fingerprint`, the one beginning at each of `starts`, single spaces between,
    each in its slot of the table of words, found by its hash, as `hashes` gives them (NULL: as each is found); `function_words` is set
    to how many of them are function words, `blocks_of` gains where the words indexed stand (`block`, the line's
    index), and `indexing` is set to whether there are any."""
    cdef tuple tokens = PyTuple_New(count)
    cdef const unsigned char *data = <const unsigned char *>PyUnicode_DATA(fingerprint)
    cdef Py_ssize_t index, start, end
    cdef unsigned int hash
    function_words[0] = indexing[0] = 0
    for index in range(count):
        start = starts[index]
        end = starts[index + 1] - 1 if index + 1 < count else PyUnicode_GET_LENGTH(fingerprint)
        hash = _hash_of(data + start, end - start) if hashes is NULL else hashes[index]
        token = _word_in_slot(data + start, end - start, hash, function_words)
        if _indexed(hash, token):
            _stands_in(blocks_of, token, block)
            indexing[0] = True
        Py_INCREF(token)  # the tuple takes the reference
        PyTuple_SET_ITEM(tokens, index, token)
    return tokens


# A line beyond ASCII (a curly quote, an accent) mostly holds ASCII words still: each of those
# is taken from the table of words read lately like an ASCII line's, and only the others are
# made and case-folded one by one. Case folding goes character by character and yields no white
# space, so the words folded apart, joined by spaces, are the line's fingerprint folded whole.
cdef tuple _mixed_tokens(
    Py_UCS4 *folded,
    Py_ssize_t length,
    const Py_ssize_t *starts,
    const bint *ascii,
    unsigned char *token_bytes,
    Py_ssize_t count,
    long *function_words,
    long *bound,
    dict blocks_of,
    block,
    bint *folded_in_place,
):
    """The `count` case-folded tokens of the `length` code points of `folded`, the one beginning at each of
    `starts`, single spaces between; `ascii` says which tokens are ASCII alone, `token_bytes` holds a token's
    bytes while it is looked up, `function_words` is set to how many of them are function words, `bound`
    to how many others hold a function word bound to them (Arabic's article, a Korean particle), and
    `blocks_of` gains where the words indexed stand (`block`, the line's index). Each token beyond ASCII is
    written over its code points in `folded` where its fold has as many; `folded_in_place` is set to whether
    every one's has, `folded` then holding the line's fingerprint."""
    cdef tuple tokens = PyTuple_New(count)
    cdef Py_ssize_t index, start, end, position
    cdef unsigned int hash
    cdef bint indexed
    cdef _WideWord *wide
    function_words[0] = 0
    bound[0] = 0
    folded_in_place[0] = True
    for index in range(count):
        start = starts[index]
        end = starts[index + 1] - 1 if index + 1 < count else length
        if ascii[index]:
            for position in range(start, end):
                token_bytes[position - start] = <unsigned char>folded[position]
            hash = _hash_of(token_bytes, end - start)
            token = _word_in_slot(token_bytes, end - start, hash, function_words)
            indexed = _indexed(hash, token)
        else:
            wide = _wide_word(folded + start, end - start)
            token = <object>wide.token
            function_words[0] += wide.function_word
            bound[0] += wide.bound
            indexed = _wide_indexed(wide)
            if PyUnicode_GET_LENGTH(token) == end - start:
                for position in range(start, end):
                    folded[position] = PyUnicode_READ(PyUnicode_KIND(token), PyUnicode_DATA(token), position - start)
            else:
                folded_in_place[0] = False
        if indexed:
            _stands_in(blocks_of, token, block)
        Py_INCREF(token)  # the tuple takes the reference
        PyTuple_SET_ITEM(tokens, index, token)
    return tokens


def token_blocks(tokens, frozenset vocabulary):
    """Where each token of `vocabulary` stands: the index of the one block whose `tokens` (a tuple per block)
    hold it, or the ascending indices of the blocks, where several do.

    Most of a page's distinct words stand in one line alone: they get no list of their own (a
    list allocated for each took a quarter of the index's instructions, the collector's visits included).
    """
    cdef dict blocks_of = {}
    cdef tuple block_tokens
    cdef object block
    cdef Py_ssize_t index = 0
    for block_tokens in tokens:
        block = index  # one int object per block: an entry that is, or ends with, it has this block already
        for token in block_tokens:
            if PySet_Contains(vocabulary, token):  # its hash is the str's own, worked out by the function-word count
                _stands_in(blocks_of, token, block)
        index += 1
    return blocks_of


cdef inline int _stands_in(dict blocks_of, token, block) except -1:
    """Enter in `blocks_of` that `token` stands in `block` (an int object, the same for each of its tokens)."""
    holding = blocks_of.get(token)
    if holding is None:
        blocks_of[token] = block
    elif type(holding) is list:
        if (<list>holding)[len(<list>holding) - 1] is not block:
            (<list>holding).append(block)
    elif holding is not block:
        blocks_of[token] = [holding, block]
    return 0


def blocks_holding(dict blocks_of, frozenset words):
    """The ascending indices of the blocks holding one of `words`, from a `token_blocks` index.

    The smaller of the two is read: a page's index holds a few dozen words, where a heuristic may
    ask for a hundred.
    """
    cdef set found = set()
    if len(words) > len(blocks_of):
        for word, holding in blocks_of.items():
            if PySet_Contains(words, word):
                _found_in(found, holding)
    else:
        for word in words:
            holding = blocks_of.get(word)
            if holding is not None:
                _found_in(found, holding)
    return sorted(found)


cdef inline void _found_in(set found, holding) except *:
    """Add the block or blocks of an index entry to `found`."""
    if type(holding) is list:
        found.update(<list>holding)
    else:
        found.add(holding)


def kept_lines(lines, starts=None):
    """The lines of `lines` that hold more than white space, without the white space around them (``str.strip``):
    each line's text, where it starts, whether a blank line (or the page's start) stands before it, and
    the indices of those that open with a character beyond ASCII that is no letter, digit, ideograph
    or mark, as the format characters are (a zero-width space): only those may show nothing.

    `lines` is a text, cut here at each newline, or its lines already cut, with `starts`, where each starts
    in the text (None: the lines are the text cut at each newline). One reading of each line's ends, where
    `str.strip`, `str.lstrip`, a test of the first character and a pass over the lines for each of the
    four columns took a pass each; a text is cut here, where `str.split` made a list and a str of every line
    first (42,000 instructions a ScrapingHub text page).
    """
    cdef Py_ssize_t length, end, offset = 0
    cdef str line
    cdef bint blank = True  # the page's start counts as a blank line
    cdef list texts = [], line_starts = [], blank_before = [], opening_unseen = []
    if type(lines) is str:
        line = lines  # the text, read a line at a time
        length = PyUnicode_GET_LENGTH(line)
        while True:
            end = PyUnicode_FindChar(line, c'\n', offset, length, 1)
            if end < 0:
                end = length
            blank = _kept(line, offset, end, 0, blank, texts, line_starts, blank_before, opening_unseen)
            if end == length:
                return texts, line_starts, blank_before, opening_unseen
            offset = end + 1
    starts_of = None if starts is None else iter(starts)
    for line in lines:
        if starts_of is not None:
            offset = next(starts_of)
        length = PyUnicode_GET_LENGTH(line)
        blank = _kept(line, 0, length, offset, blank, texts, line_starts, blank_before, opening_unseen)
        offset += length + 1
    return texts, line_starts, blank_before, opening_unseen


cdef int _kept(
    str source,
    Py_ssize_t start,
    Py_ssize_t end,
    Py_ssize_t offset,
    bint blank,
    list texts,
    list line_starts,
    list blank_before,
    list opening_unseen,
) except -1:
    """Keep the line of `source` from `start` to `end` in `kept_lines`' columns, unless it is blank (1, else 0);
    `offset` is where `source` starts in the text, and `blank` whether a blank line stands before the line."""
    cdef int kind = PyUnicode_KIND(source)
    cdef void *data = PyUnicode_DATA(source)
    cdef Py_UCS4 opening
    while start < end and Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, start)):
        start += 1
    while end > start and Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, end - 1)):
        end -= 1
    if start == end:
        return 1
    opening = PyUnicode_READ(kind, data, start)
    if opening > 127 and _kind_of(opening) == _SEPARATOR:
        opening_unseen.append(len(texts))
    texts.append(PyUnicode_Substring(source, start, end))
    line_starts.append(offset + start)
    blank_before.append(blank)
    return 0


def lines_ending_with(texts, str marks, str closers, Py_ssize_t max_note=0, Py_ssize_t max_notes=0):
    """Whether each of `texts` ends with one of `marks` once the `closers` it ends with are set aside:
    ``text.rstrip(closers)[-1:] in marks``, read from each text's end.

    Before that, up to `max_notes` bracketed notes of at most `max_note` characters that the text
    ends with are set aside, each with the white space before it ("… Foundation.[2]", "… said.
    [citation needed]"): wikis print footnote marks after a sentence's full stop. A note must
    open past the text's first character (a bracketed line, "[Done!]", marks nothing before
    it). At most `max_notes` are set aside, so that a line of brackets costs no more. Found here
    rather than by a test of each line in Python, which took 9.5 µs a ScrapingHub text page; an ASCII
    character is told one of `marks` or `closers` by a bit, where a `PyUnicode_FindChar` for each character
    took a ScrapingHub text page 56,000 instructions (24,000 so).
    """
    cdef Py_ssize_t position, end, opening, lowest, notes
    cdef unsigned long long ascii_marks[2]
    cdef unsigned long long ascii_closers[2]
    _ascii_bits(marks, ascii_marks)
    _ascii_bits(closers, ascii_closers)
    cdef int kind
    cdef void *data
    cdef str text
    cdef list ending = []
    for text in texts:
        kind = PyUnicode_KIND(text)
        data = PyUnicode_DATA(text)
        end = PyUnicode_GET_LENGTH(text)
        for notes in range(max_notes):
            if end == 0 or PyUnicode_READ(kind, data, end - 1) != c']':
                break
            lowest = end - max_note if end > max_note else 0
            opening = end - 1
            while opening >= lowest and PyUnicode_READ(kind, data, opening) != c'[':
                opening -= 1
            if opening <= 0 or opening < lowest:  # no note, or a bracketed line
                break
            end = opening
            while end > 0 and Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, end - 1)):
                end -= 1
        position = end - 1
        while position >= 0 and _one_of(PyUnicode_READ(kind, data, position), closers, ascii_closers):
            position -= 1
        ending.append(position >= 0 and _one_of(PyUnicode_READ(kind, data, position), marks, ascii_marks))
    return ending


cdef void _ascii_bits(str characters, unsigned long long *bits) noexcept:
    """Set `bits` to the ASCII characters of `characters`, a bit each, for `_one_of`."""
    cdef uint32_t code
    cdef Py_ssize_t position
    bits[0] = bits[1] = 0
    for position in range(PyUnicode_GET_LENGTH(characters)):
        code = PyUnicode_READ(PyUnicode_KIND(characters), PyUnicode_DATA(characters), position)
        if code < 128:
            bits[code >> 6] |= 1ULL << (code & 63)


cdef inline bint _one_of(Py_UCS4 character, str characters, const unsigned long long *bits) except -1:
    """Whether `character` is one of `characters`, whose ASCII ones are the bits of `bits` (see `_ascii_bits`)."""
    cdef uint32_t code = character
    if code < 128:
        return (bits[code >> 6] >> (code & 63)) & 1
    return PyUnicode_FindChar(characters, character, 0, PyUnicode_GET_LENGTH(characters), 1) >= 0


def prose_flags(tuple words, tuple stopwords, tuple terminal, Py_ssize_t min_words, double min_stopword_share):
    """Which lines are running prose: ``words >= min_words and terminal and stopwords >= min_stopword_share * words``
    for each line's words, function words and sentence ending."""
    cdef Py_ssize_t count = len(words), index, line_words
    if len(stopwords) != count or len(terminal) != count:
        raise ValueError(f"expected columns of {count} lines, got {len(stopwords)} and {len(terminal)}")
    cdef list prose = [False] * count
    for index in range(count):
        line_words = words[index]
        if line_words >= min_words and terminal[index] and <Py_ssize_t>stopwords[index] >= min_stopword_share * line_words:
            prose[index] = True
    return tuple(prose)


cdef inline int _one_each(Py_ssize_t count, column, str what) except -1:
    """Refuse a `column` whose length is not the lines' `count`."""
    if len(column) != count:
        raise ValueError(f"expected {what} of each of {count} lines, got {len(column)}")
    return 0


cdef inline void _put(tuple column, Py_ssize_t index, value) noexcept:
    """Set a new tuple's item: the tuple takes a reference of its own."""
    Py_INCREF(value)
    PyTuple_SET_ITEM(column, index, value)


def line_spans(texts, blank_before):
    """Where each of `texts` starts and ends in the text that joins them, a newline between two lines and a blank
    line (two newlines) before each line that `blank_before` says has one; the first starts at 0.

    The HTML renderer's lines are handed over as they are, not as a text (see `segment_lines`):
    their offsets are those of the text they would make. Two tuples worked out in one pass, where
    `itertools.accumulate` and `map` took 24 µs a ScrapingHub HTML page.
    """
    cdef Py_ssize_t count = len(texts), index, offset = 0
    _one_each(count, blank_before, "the blank_before flag")
    cdef tuple starts = PyTuple_New(count), ends = PyTuple_New(count)
    for index in range(count):
        if index:
            offset += 2 if blank_before[index] else 1
        _put(starts, index, offset)
        offset += PyUnicode_GET_LENGTH(<str>texts[index])
        _put(ends, index, offset)
    return starts, ends


def line_ends(tuple starts, tuple texts):
    """Where each of `texts` ends, given where each starts: ``start + len(text)`` (a `map` over both took
    8.8 µs a ScrapingHub text page, 2.8 here)."""
    cdef Py_ssize_t count = len(texts), index
    _one_each(count, starts, "the start")
    cdef tuple ends = PyTuple_New(count)
    for index in range(count):
        _put(ends, index, <Py_ssize_t>starts[index] + PyUnicode_GET_LENGTH(<str>texts[index]))
    return ends


def lines_mostly_linked(tuple link_chars, tuple texts):
    """Whether each of `texts` is mostly link text: ``2 * chars >= len(text)`` for its link characters `chars`
    (a comprehension over both took 21.5 µs a ScrapingHub HTML page)."""
    cdef Py_ssize_t count = len(texts), index
    _one_each(count, link_chars, "the link characters")
    cdef tuple linked = PyTuple_New(count)
    for index in range(count):
        _put(linked, index, 2 * <Py_ssize_t>link_chars[index] >= PyUnicode_GET_LENGTH(<str>texts[index]))
    return linked


def sized_lines_using(frozenset words, tuple tokens, tuple counts, Py_ssize_t stop, Py_ssize_t least, Py_ssize_t most):
    """The lines before `stop` of `least` to `most` words (`counts`) whose `tokens` hold one of `words`, in order.

    A line's size is asked first: the long lines, which hold most of the tokens, are not read.
    One pass, where a comprehension naming the lines of the size and a search of their tokens
    took 15 µs a ScrapingHub text page.
    """
    _one_each(len(tokens), counts, "the word count")
    cdef list found = []
    cdef Py_ssize_t index, size
    for index in range(min(stop, len(tokens))):
        size = counts[index]
        if least <= size <= most:
            for token in <tuple>tokens[index]:
                if PySet_Contains(words, token):
                    found.append(index)
                    break
    return found



def line_marks(texts):
    """Which of the marked characters (ASCII's punctuation and the tab) each of `texts` holds: eight bytes a line,
    a bit a character, for `lines_containing`."""
    cdef Py_ssize_t count = len(texts), index, position, length
    cdef bytes marks = PyBytes_FromStringAndSize(NULL, count * 8)
    cdef unsigned long long *line_mask = <unsigned long long *>PyBytes_AS_STRING(marks)
    cdef unsigned long long mask
    cdef Py_UCS4 character
    cdef int kind
    cdef void *data
    cdef str text
    for index in range(count):
        text = texts[index]
        kind, data, length = PyUnicode_KIND(text), PyUnicode_DATA(text), PyUnicode_GET_LENGTH(text)
        mask = 0
        for position in range(length):
            character = PyUnicode_READ(kind, data, position)
            if character < 128:
                mask |= _MARK_BITS[character]
        line_mask[index] = mask
    return marks


def lines_containing(texts, bytes marks, tuple substrings):
    """The ascending indices of `texts` holding one of `substrings` (none empty), which the lines' `marks` (see
    `line_marks`) narrow: a line that lacks a substring's first marked character does not hold it, and is not
    searched for it. A substring without a marked character is searched for in every line."""
    cdef Py_ssize_t count = len(texts), wanted = len(substrings), index, which
    if len(marks) != 8 * count:
        raise ValueError(f"expected the marks of {count} lines ({8 * count} bytes), got {len(marks)} bytes")
    cdef const unsigned long long *line_mask = <const unsigned long long *>PyBytes_AS_STRING(marks)
    # Each substring's bit, read once rather than once a line; and the bits of them all, which most lines
    # lack: such a line is passed over at once, unless a substring without a marked character is asked for.
    cdef bytes needed_bits = PyBytes_FromStringAndSize(NULL, wanted * 8)
    cdef unsigned long long *needed = <unsigned long long *>PyBytes_AS_STRING(needed_bits)
    cdef unsigned long long any_needed = 0, line_bits
    cdef bint unmarked = False
    for which in range(wanted):
        needed[which] = _first_mark(substrings[which])
        any_needed |= needed[which]
        unmarked = unmarked or not needed[which]
    cdef list found = []
    for index in range(count):
        line_bits = line_mask[index]
        if not (unmarked or line_bits & any_needed):
            continue
        for which in range(wanted):
            if (not needed[which] or line_bits & needed[which]) and PyUnicode_Contains(texts[index], substrings[which]):
                found.append(index)
                break
    return found


cdef unsigned long long _first_mark(str substring) except? 0:
    """The bit of the first marked character of `substring` (0: none)."""
    if not substring:
        raise ValueError("expected substrings of one character or more, got an empty one")
    cdef Py_ssize_t position
    cdef Py_UCS4 character
    for position in range(PyUnicode_GET_LENGTH(substring)):
        character = PyUnicode_READ(PyUnicode_KIND(substring), PyUnicode_DATA(substring), position)
        if character < 128 and _MARK_BITS[character]:
            return _MARK_BITS[character]
    return 0


cdef uint64_t _bytes_hash(const unsigned char *data, Py_ssize_t size) noexcept:
    """A hash of the `size` bytes at `data`, eight at a time, where siphash reads one round in two such words."""
    cdef Py_ssize_t position = 0
    cdef uint64_t hash = <uint64_t>size, word
    while size - position >= 8:
        memcpy(&word, data + position, 8)
        hash = _mixed(hash, word)
        position += 8
    word = 0
    while position < size:  # the last bytes, fewer than eight
        word = word << 8 | data[position]
        position += 1
    return _mixed(hash, word)


cdef inline uint64_t _mixed(uint64_t hash, uint64_t word) noexcept:
    """`hash` with `word` mixed in, its high bits reaching the low ones, which pick a slot."""
    hash = (hash ^ word) * 0x9E3779B97F4A7C15ULL
    return hash ^ hash >> 29


def repeat_counts(tuple fingerprints):
    """How many of `fingerprints` equal each one, itself included (see `_Fingerprints`)."""
    cdef Py_ssize_t count = len(fingerprints), index
    cdef str fingerprint
    cdef _Fingerprints table
    _open_table(&table, count)
    try:
        for index in range(count):
            fingerprint = <object>PyTuple_GET_ITEM(fingerprints, index)
            _first_line_of(&table, fingerprints, index, fingerprint)
        return _repeats(&table, count)
    finally:
        _close_table(&table)


def repeated_places(tuple fingerprints, tuple repeats):
    """The lines with words whose `repeats` are two or more, in order, and where each of their fingerprints
    stands, in order, by fingerprint."""
    cdef Py_ssize_t count = len(fingerprints), index
    if len(repeats) != count:
        raise ValueError(f"expected {count} repeats, one for each fingerprint, got {len(repeats)}")
    cdef list repeated = []
    cdef dict places = {}
    cdef object fingerprint, group
    for index in range(count):
        fingerprint = fingerprints[index]
        if <Py_ssize_t>repeats[index] > 1 and PyUnicode_GET_LENGTH(<str>fingerprint):
            repeated.append(index)
            group = places.get(fingerprint)
            if group is None:
                places[fingerprint] = [index]
            else:
                (<list>group).append(index)
    for fingerprint, group in places.items():
        places[fingerprint] = tuple(<list>group)
    return tuple(repeated), places


def joined_runs(tuple blank_after, Py_ssize_t min_lines):
    """The runs of `min_lines` lines or more joined without a blank line between them, each as the range of its
    lines, in order; a line with a blank line after it (`blank_after`) ends a run. A page has a run for each
    of its paragraphs, most of them a line alone: the range of each, made in Python, took a text page
    100,000 instructions, where the few runs of several lines are what is asked for."""
    cdef Py_ssize_t count = len(blank_after), index, start = 0
    cdef list runs = []
    for index in range(count):
        if blank_after[index]:
            if index + 1 - start >= min_lines:
                runs.append(range(start, index + 1))
            start = index + 1
    return runs
