# cython: language_level=3, boundscheck=False, wraparound=False
"""Roots found inside class and id names, compiled: the DOM heuristics ask it of every named part of every page.

`dom_hints` tests each distinct chain of a page's names (fifty a page on ScrapingHub, their words
joined, 200 characters) for three lists of roots; a root at a time, `str.__contains__` read
the joined names 31 times over, 1.8 µs a test. Here one pass over the names tries, at each
position, only the roots that open with its two characters.
"""

from cpython.unicode cimport PyUnicode_1BYTE_KIND, PyUnicode_DATA, PyUnicode_GET_LENGTH, PyUnicode_KIND
from libc.stdint cimport uint64_t
from libc.string cimport memcmp, memset


cdef extern from *:
    int __builtin_ctzll(unsigned long long) nogil  # the index of the lowest bit set


cdef enum:
    _MAX_ROOTS = 64  # one bit each in a mask
    _PAIR_SLOTS = 1024  # the slots of the table of opening pairs of characters


cdef inline Py_ssize_t _pair_slot(unsigned char first, unsigned char second) noexcept:
    return ((first << 5) ^ second) & (_PAIR_SLOTS - 1)


cdef class Roots:
    """Some roots, of which `first_in` names the first, in their order, found inside a text.

    Roots of two ASCII characters or more are looked for in one pass over a text of one byte
    a character (the names of `cleaner.segment` are lower-case ASCII letters); other roots, or
    texts, are looked for one root at a time, as ``root in text``.
    """

    cdef readonly tuple roots
    cdef tuple encoded  # the bytes that `starts` points into, kept alive
    cdef const char* starts[_MAX_ROOTS]
    cdef Py_ssize_t lengths[_MAX_ROOTS]
    cdef uint64_t opening[_PAIR_SLOTS]  # bit i: root i may open with a pair of characters of this slot
    cdef bint compiled

    def __cinit__(self, roots):
        self.roots = tuple(roots)
        if not all(isinstance(root, str) for root in self.roots):
            raise TypeError(f"roots are strings, got {self.roots!r}")
        self.compiled = len(self.roots) <= _MAX_ROOTS and all(len(root) >= 2 and root.isascii() for root in self.roots)
        if not self.compiled:
            return
        self.encoded = tuple(root.encode("ascii") for root in self.roots)
        memset(self.opening, 0, sizeof(self.opening))
        cdef int index
        cdef bytes root
        for index, root in enumerate(self.encoded):
            self.starts[index] = root
            self.lengths[index] = len(root)
            self.opening[_pair_slot(root[0], root[1])] |= (<uint64_t>1) << index

    cpdef object first_in(self, str text):
        """The first of the roots that `text` holds, or None."""
        if not self.compiled or PyUnicode_KIND(text) != PyUnicode_1BYTE_KIND:
            for root in self.roots:
                if root in text:
                    return root
            return None
        # One byte a character: an ASCII root's bytes match only the same ASCII characters.
        cdef const unsigned char* data = <const unsigned char*>PyUnicode_DATA(text)
        cdef Py_ssize_t length = PyUnicode_GET_LENGTH(text), position
        cdef uint64_t candidates, found = 0
        cdef int index
        for position in range(length - 1):
            candidates = self.opening[_pair_slot(data[position], data[position + 1])] & ~found
            while candidates:
                index = __builtin_ctzll(candidates)
                candidates &= candidates - 1
                if self.lengths[index] <= length - position and (
                    memcmp(data + position, self.starts[index], self.lengths[index]) == 0
                ):
                    found |= (<uint64_t>1) << index
            if found & 1:
                break  # the first root: none can come before it
        return self.roots[__builtin_ctzll(found)] if found else None

    def __repr__(self):
        return f"Roots({self.roots!r})"
