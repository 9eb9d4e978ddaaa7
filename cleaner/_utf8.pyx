# cython: language_level=3, boundscheck=False, wraparound=False
"""A page's UTF-8 bytes, its count of control characters, its NULs and surrogates and its first sieve for
mojibake, compiled: every page is read so once.

An HTML page goes to its parser as UTF-8, encoded where its surrogates are looked for
(`cleaner.decode`); a page of text is not encoded. CPython's encoder reads a str stored two or
four bytes a character (a page with one curly quote or one ideograph in it) one character at a
time: on ScrapingHub's HTML pages that took 1.97 million instructions a page, a tenth of all the
page cost. Most of a page, its markup, is ASCII even so: here its runs of ASCII are tested
sixteen bytes of the str at a time, and copied so (0.95 million instructions a page), then
narrowed sixteen code points at a time where the processor can (0.53 million).
"""

from cpython.bytes cimport PyBytes_AS_STRING, PyBytes_FromStringAndSize, PyBytes_GET_SIZE
from cpython.unicode cimport (
    PyUnicode_1BYTE_KIND,
    PyUnicode_2BYTE_KIND,
    PyUnicode_DATA,
    PyUnicode_GET_LENGTH,
    PyUnicode_KIND,
)
from libc.stdint cimport uint8_t, uint16_t, uint32_t, uint64_t
from libc.stdlib cimport free, malloc
from libc.string cimport memchr, memcpy


cdef extern from "Python.h":
    bint PyUnicode_IS_ASCII(str text)


# A str's code points are stored in one, two or four bytes each (PEP 393).
ctypedef fused _CodeUnit:
    uint8_t
    uint16_t
    uint32_t


cdef inline bint _ascii_block(const _CodeUnit* units) noexcept:
    """Whether the 16 bytes of code points at `units` are all ASCII: two 8-byte words tested against the bits
    that a code point beyond ASCII alone sets in them."""
    cdef uint64_t first, second
    memcpy(&first, units, 8)
    memcpy(&second, (<const char*>units) + 8, 8)
    if _CodeUnit is uint8_t:
        return not (first | second) & 0x8080808080808080ULL
    elif _CodeUnit is uint16_t:
        return not (first | second) & 0xFF80FF80FF80FF80ULL
    else:
        return not (first | second) & 0xFFFFFF80FFFFFF80ULL


# A run of ASCII code points stored two or four bytes each, narrowed to bytes sixteen code points at a time by
# SSE2's saturating packs (every x86-64 processor has them): the byte-by-byte copy of each 16-byte block took three
# instructions a character, a third of the page's encoding. Elsewhere the run is left to the blocks' copy.
cdef extern from *:
    """
    #if defined(__SSE2__)
    #include <emmintrin.h>
    /* How many of the `count` code points of `width` bytes at `units` open a run of ASCII, sixteen at a time,
       written a byte each to `out`. A code point past 0x7FFF saturates to 0x7FFF in its sixteen-bit lane,
       which is not ASCII either. */
    static inline Py_ssize_t cleaner_ascii_run(const void* units, int width, Py_ssize_t count, uint8_t* out) {
        const __m128i beyond_ascii = _mm_set1_epi16((short)0xFF80);
        Py_ssize_t index = 0;
        __m128i low, high;
        while (index + 16 <= count) {
            const __m128i* block = (const __m128i*)((const char*)units + index * width);
            if (width == 2) {
                low = _mm_loadu_si128(block);
                high = _mm_loadu_si128(block + 1);
            } else {
                low = _mm_packs_epi32(_mm_loadu_si128(block), _mm_loadu_si128(block + 1));
                high = _mm_packs_epi32(_mm_loadu_si128(block + 2), _mm_loadu_si128(block + 3));
            }
            __m128i outside = _mm_and_si128(_mm_or_si128(low, high), beyond_ascii);
            if (_mm_movemask_epi8(_mm_cmpeq_epi8(outside, _mm_setzero_si128())) != 0xFFFF)
                break;
            _mm_storeu_si128((__m128i*)(out + index), _mm_packus_epi16(low, high));
            index += 16;
        }
        return index;
    }
    #else
    static inline Py_ssize_t cleaner_ascii_run(const void* units, int width, Py_ssize_t count, uint8_t* out) {
        return 0;
    }
    #endif
    """
    Py_ssize_t _ascii_run "cleaner_ascii_run"(const void* units, int width, Py_ssize_t count, uint8_t* out) noexcept


cdef Py_ssize_t _written(const _CodeUnit* units, Py_ssize_t count, uint8_t* out) noexcept:
    """How many bytes of UTF-8 the `count` code points at `units` took, written to `out`; -1 at a surrogate."""
    cdef Py_ssize_t index = 0, length = 0, offset, block = 16 // sizeof(_CodeUnit), width, run
    cdef uint32_t unit
    while index < count:
        if index + block <= count and _ascii_block(units + index):
            if _CodeUnit is uint8_t:
                memcpy(out + length, units + index, block)
                run = block
            else:
                # A block of ASCII mostly opens a run of markup: the rest of the run goes sixteen at a time.
                run = _ascii_run(units + index, sizeof(_CodeUnit), count - index, out + length)
                if not run:
                    for offset in range(block):
                        out[length + offset] = <uint8_t>units[index + offset]
                    run = block
            index += run
            length += run
            continue
        unit = units[index]
        index += 1
        if unit < 0x80:
            width = 1
        elif unit < 0x800:
            width = 2
        elif unit < 0x10000:
            if 0xD800 <= unit <= 0xDFFF:
                return -1
            width = 3
        else:
            width = 4
        _write(unit, width, out + length)
        length += width
    return length


cdef inline void _write(uint32_t unit, Py_ssize_t width, uint8_t* out) noexcept:
    """Write the `width` bytes of `unit`'s UTF-8 to `out`."""
    if width == 1:
        out[0] = <uint8_t>unit
        return
    cdef Py_ssize_t position
    # The lead byte: as many high bits set as the sequence has bytes, then the code point's top bits.
    out[0] = <uint8_t>((0xF00 >> width) | (unit >> (6 * (width - 1))))
    for position in range(1, width):
        out[position] = <uint8_t>(0x80 | ((unit >> (6 * (width - 1 - position))) & 0x3F))


cdef bytes _utf8_of(const _CodeUnit* units, Py_ssize_t count):
    # Written to a buffer of the longest the code points may take (as CPython's encoder does), then
    # copied at its length: a pass that measured first cost more than the copy.
    cdef Py_ssize_t most = count * (2 if _CodeUnit is uint8_t else 3 if _CodeUnit is uint16_t else 4)
    cdef Py_ssize_t length
    cdef uint8_t* buffer = <uint8_t*>malloc(most if most > 0 else 1)
    if buffer is NULL:
        raise MemoryError(f"no room to encode a text of {count} characters")
    try:
        length = _written(units, count, buffer)
        return PyBytes_FromStringAndSize(<char*>buffer, length) if length >= 0 else None
    finally:
        free(buffer)


def utf8_unless_surrogates(str text):
    """`text`'s UTF-8 bytes, as ``text.encode("utf-8")`` gives them, or None where `text` holds a surrogate."""
    if PyUnicode_IS_ASCII(text):
        return text.encode("ascii")  # a copy of its bytes
    cdef int kind = PyUnicode_KIND(text)
    cdef void* data = PyUnicode_DATA(text)
    cdef Py_ssize_t count = PyUnicode_GET_LENGTH(text)
    if kind == PyUnicode_1BYTE_KIND:
        return _utf8_of(<uint8_t*>data, count)
    if kind == PyUnicode_2BYTE_KIND:
        return _utf8_of(<uint16_t*>data, count)
    return _utf8_of(<uint32_t*>data, count)


cdef Py_ssize_t _counted(const _CodeUnit* units, Py_ssize_t count, const bint* is_control) noexcept:
    cdef Py_ssize_t index, found = 0
    cdef uint32_t unit
    for index in range(count):
        unit = units[index]
        if unit < 0x80 and is_control[unit]:
            found += 1
    return found


def control_characters(str text, bytes controls):
    """How many of `text`'s characters are one of `controls` (ASCII characters, one a byte)."""
    cdef bint is_control[0x80]
    cdef Py_ssize_t index
    cdef uint8_t control
    for index in range(0x80):
        is_control[index] = False
    for control in controls:
        if control >= 0x80:
            raise ValueError(f"control characters are ASCII, got byte {control:#x} in {controls!r}")
        is_control[control] = True
    cdef int kind = PyUnicode_KIND(text)
    cdef void* data = PyUnicode_DATA(text)
    cdef Py_ssize_t count = PyUnicode_GET_LENGTH(text)
    if kind == PyUnicode_1BYTE_KIND:
        return _counted(<uint8_t*>data, count, is_control)
    if kind == PyUnicode_2BYTE_KIND:
        return _counted(<uint16_t*>data, count, is_control)
    return _counted(<uint32_t*>data, count, is_control)


cdef bint _holds_nul_or_surrogate(const _CodeUnit* units, Py_ssize_t count) noexcept:
    """Whether the `count` code points at `units` hold a NUL or a surrogate: read to the end, without a test a
    character, the compiler testing several at once (its masks of the code unit's width: no wider lanes)."""
    cdef Py_ssize_t index
    cdef _CodeUnit found = 0
    for index in range(count):
        found |= (units[index] == 0) | ((units[index] & <_CodeUnit>~0x7FF) == 0xD800)
    return found != 0


def holds_nul_or_surrogate(str text):
    """Whether `text` holds a NUL or a surrogate (U+D800 to U+DFFF): the characters `cleaner.decode` replaces.

    A page of text needs no UTF-8, and is not encoded to find its surrogates: a pass over its code
    points finds them, and its NULs with them, and the sieve for mojibake reads the code points too
    (`holds_misread_characters`): encoding took 80,000 instructions a ScrapingHub text page, the
    two passes take 26,000.
    """
    cdef int kind = PyUnicode_KIND(text)
    cdef void* data = PyUnicode_DATA(text)
    cdef Py_ssize_t count = PyUnicode_GET_LENGTH(text)
    if kind == PyUnicode_1BYTE_KIND:
        return memchr(data, 0, count) is not NULL
    if kind == PyUnicode_2BYTE_KIND:
        return _holds_nul_or_surrogate(<uint16_t*>data, count)
    return _holds_nul_or_surrogate(<uint32_t*>data, count)


# UTF-8 read as windows-1252 or latin-1 and written as UTF-8 again: each misread character opens
# with a lead byte's character, Â to ô (C3 82 to C3 B4), then a continuation byte's, latin-1's
# (C2 80 to C2 BF) or windows-1252's (€, ’, œ, ˆ and the like, which UTF-8 starts with E2, C5,
# C6 or CB). The regular expression engine read every byte of a page for them (0.3 million
# instructions an HTML page of ScrapingHub's, on average); here memchr skips to each C3.
def holds_misread_utf8(bytes data, Py_ssize_t least):
    """Whether the UTF-8 `data` holds `least` characters or more that show UTF-8 misread as windows-1252 or latin-1."""
    if least < 1:
        raise ValueError(f"least must be 1 or more, got {least}")
    cdef const uint8_t* start = <const uint8_t*>PyBytes_AS_STRING(data)
    cdef Py_ssize_t size = PyBytes_GET_SIZE(data), position = 0, found = 0
    cdef const uint8_t* lead
    cdef uint8_t following
    while True:
        lead = <const uint8_t*>memchr(start + position, 0xC3, size - position)
        if lead is NULL:
            return False
        position = lead - start + 1
        if position + 1 >= size:  # no room left for a lead byte's character and a continuation's
            return False
        if not 0x82 <= start[position] <= 0xB4:
            continue
        following = start[position + 1]
        if (following == 0xC2 and position + 2 < size and 0x80 <= start[position + 2] <= 0xBF) or (
            following == 0xC5 or following == 0xC6 or following == 0xCB or following == 0xE2
        ):
            found += 1
            if found == least:
                return True


# The sieve's test on a str's code points: a lead byte's character is one of U+00C2 to U+00F4 (C3 82 to C3 B4),
# and a continuation byte's one of latin-1's (U+0080 to U+00BF, C2 80 to C2 BF) or one whose UTF-8 opens with C5,
# C6 (U+0140 to U+01BF), CB (U+02C0 to U+02FF) or E2 (U+2000 to U+2FFF).
cdef inline bint _continues(uint32_t unit) noexcept:
    return 0x80 <= unit <= 0xBF or 0x140 <= unit <= 0x1BF or 0x2C0 <= unit <= 0x2FF or 0x2000 <= unit <= 0x2FFF


cdef bint _holds_latin1_letters(const _CodeUnit* units, Py_ssize_t count) noexcept:
    """Whether the `count` code points at `units` hold one of U+00C0 to U+00FF (À to ÿ), a misread character's
    lead byte's among them: read as `_holds_nul_or_surrogate` reads."""
    cdef Py_ssize_t index
    cdef _CodeUnit found = 0
    for index in range(count):
        found |= (units[index] & <_CodeUnit>~0x3F) == 0xC0
    return found != 0


cdef Py_ssize_t _misread_count(const _CodeUnit* units, Py_ssize_t count, Py_ssize_t least) noexcept:
    """How many characters of the `count` code points at `units` show UTF-8 misread, up to `least`."""
    cdef Py_ssize_t start = 0, index, found = 0, block = 16 // sizeof(_CodeUnit)
    # Most pages hold no letter of Latin-1 (an English one's curly quotes, a Russian one's letters).
    if not _holds_latin1_letters(units, count):
        return 0
    # Runs of ASCII are passed over sixteen bytes at a time; a block beyond ASCII is read a character at a time.
    while start + 1 < count:
        if start + block > count or not _ascii_block(units + start):
            for index in range(start, min(start + block, count - 1)):
                if 0xC2 <= units[index] <= 0xF4 and _continues(units[index + 1]):
                    found += 1
                    if found == least:
                        return found
        start += block
    return found


def holds_misread_characters(str text, Py_ssize_t least):
    """Whether `text` holds `least` characters or more that show UTF-8 misread as windows-1252 or latin-1: what
    `holds_misread_utf8` says of its UTF-8, read on its code points, where a page of text has no UTF-8 made."""
    if least < 1:
        raise ValueError(f"least must be 1 or more, got {least}")
    if PyUnicode_IS_ASCII(text):
        return False
    cdef int kind = PyUnicode_KIND(text)
    cdef void* data = PyUnicode_DATA(text)
    cdef Py_ssize_t count = PyUnicode_GET_LENGTH(text)
    if kind == PyUnicode_1BYTE_KIND:
        return _misread_count(<uint8_t*>data, count, least) == least
    if kind == PyUnicode_2BYTE_KIND:
        return _misread_count(<uint16_t*>data, count, least) == least
    return _misread_count(<uint32_t*>data, count, least) == least
