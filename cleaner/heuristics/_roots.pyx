# cython: language_level=3, boundscheck=False, wraparound=False
"""Roots found inside class and id names, compiled: the DOM heuristics ask it of every named part of every page.

`dom_hints` tests each distinct chain of a page's names (fifty a page on ScrapingHub, their words
joined, 200 characters) for three lists of roots; a root at a time, `str.__contains__` read
the joined names 31 times over, 1.8 µs a test. Here one pass over the names tries, at each
position, only the roots that open with its two characters; and `ChainRoots` searches each set
of names a page's chains share once.
"""

from cpython.unicode cimport PyUnicode_1BYTE_KIND, PyUnicode_DATA, PyUnicode_GET_LENGTH, PyUnicode_KIND
from libc.stdint cimport uint64_t
from libc.stdlib cimport free, realloc
from libc.string cimport memcmp, memset


cdef extern from *:
    int __builtin_ctzll(unsigned long long) nogil  # the index of the lowest bit set


cdef enum:
    _MAX_ROOTS = 64  # one bit each in a mask
    _PAIR_SLOTS = 1024  # the slots of the table of opening pairs of characters
    _MAX_LISTS = 8  # the lists of roots a `ChainRoots` searches for at once
    _MAX_KNOWN_WORDS = 65536  # the words a `RootLists` keeps the roots of (a few MB), before it starts again


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
        cdef uint64_t found = self._found(text, True)
        return self.roots[__builtin_ctzll(found)] if found else None

    cpdef object found_in(self, str text):
        """The roots that `text` holds, as an int: bit i set for the i-th root."""
        if not self.compiled or PyUnicode_KIND(text) != PyUnicode_1BYTE_KIND:
            found = 0
            for index, root in enumerate(self.roots):
                if root in text:
                    found |= 1 << index
            return found
        return self._found(text, False)

    def words_holding(self, words):
        """The words of `words` that hold one of the roots, in a frozenset: the test of each word runs here, not
        in a generator of the caller's (a page's class and id words are some hundreds)."""
        return frozenset([word for word in words if self.found_in(word)])

    cpdef object first_of(self, found):
        """The first of the roots that `found` (as `found_in` gives it) holds, or None."""
        return self.roots[(found & -found).bit_length() - 1] if found else None

    cdef uint64_t _found(self, str text, bint first_only):
        """The roots, a bit each, that `text` of one byte a character holds; with `first_only`, the search
        stops at the first root of the list."""
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
            if first_only and found & 1:
                break  # the first root: none can come before it
        return found

    def __repr__(self):
        return f"Roots({self.roots!r})"


cdef class RootLists:
    """Several lists of roots looked for together, and the roots of each word searched lately, for every list at
    once: a word's masks are one lookup, kept across pages (templates and frameworks name their parts with the
    same few thousand words), where a lookup for each list took a third of `dom_hints`' time on HTML pages."""

    cdef readonly tuple lists
    cdef Py_ssize_t count  # of lists
    cdef dict row_of  # a word: its row in `masks`
    cdef uint64_t* masks  # a row's roots, a mask for each list
    cdef Py_ssize_t rows, capacity

    def __cinit__(self, tuple lists):
        for roots in lists:
            if not isinstance(roots, Roots) or len((<Roots>roots).roots) > _MAX_ROOTS:
                raise ValueError(f"expected lists of at most {_MAX_ROOTS} roots (Roots), got {roots!r}")
        if not 0 < len(lists) <= _MAX_LISTS:
            raise ValueError(f"expected 1 to {_MAX_LISTS} lists of roots, got {len(lists)}")
        self.lists, self.count, self.row_of = lists, len(lists), {}
        self.masks, self.rows, self.capacity = NULL, 0, 0

    def __dealloc__(self):
        free(self.masks)

    cdef const uint64_t* masks_of(self, str word) except NULL:
        """The roots of each list that `word` holds, a mask each, searched once until `_MAX_KNOWN_WORDS` are known.

        The masks stay where they are until the next word not yet known is asked for."""
        cdef Py_ssize_t list_index, row
        cdef uint64_t* grown
        known = self.row_of.get(word)
        if known is not None:
            return self.masks + <Py_ssize_t>known * self.count
        if self.rows >= _MAX_KNOWN_WORDS:
            self.row_of.clear()
            self.rows = 0
        if self.rows == self.capacity:
            self.capacity = max(64, 2 * self.capacity)
            grown = <uint64_t*>realloc(self.masks, self.capacity * self.count * sizeof(uint64_t))
            if grown is NULL:
                raise MemoryError(f"no room for the roots of {self.capacity} words")
            self.masks = grown
        row = self.rows
        for list_index in range(self.count):
            self.masks[row * self.count + list_index] = <uint64_t>(<Roots>self.lists[list_index]).found_in(word)
        self.row_of[word] = row
        self.rows += 1
        return self.masks + row * self.count


cdef class ChainRoots:
    """The roots that chains of names hold, for the lists of roots of a `RootLists` at once, leaving out some names.

    A block's chain holds a set of class and id words for each of its named ancestors. Blocks
    share their ancestors, so each set is searched once, and a chain's roots are those of its
    sets together: a root lies inside one word (the words are runs of letters, the roots hold no
    space), so the words joined whole and the sets searched apart hold the same roots, and so do
    their words searched one by one, each once across pages (`RootLists`). `dom_hints` joined
    each of a page's fifty chains (thirty words) whole, without the page's widespread names, to
    search it: 2 µs a chain.
    """

    cdef readonly RootLists lists
    cdef frozenset ignored
    cdef dict slot_of  # a set of names: its slot in `masks`
    cdef uint64_t* masks  # a slot's roots, a mask for each list
    cdef Py_ssize_t slots, capacity

    def __cinit__(self, RootLists lists not None, frozenset ignored):
        self.lists, self.ignored, self.slot_of = lists, ignored, {}
        self.masks, self.slots, self.capacity = NULL, 0, 0

    def __dealloc__(self):
        free(self.masks)

    cpdef tuple found_in(self, tuple chain, Py_ssize_t near=0):
        """For each list, the roots (as `Roots.found_in` gives them) that the sets of names of `chain` hold; with
        `near`, then for each list those that its last `near` sets hold, found in the same pass."""
        cdef Py_ssize_t count = self.lists.count, length = len(chain), index, list_index, slot
        cdef Py_ssize_t first_near = length - near if near > 0 else length
        cdef uint64_t found[_MAX_LISTS]
        cdef uint64_t near_found[_MAX_LISTS]
        cdef uint64_t mask
        memset(found, 0, sizeof(found))
        memset(near_found, 0, sizeof(near_found))
        for index in range(length):
            names = chain[index]
            known = self.slot_of.get(names)
            slot = self._add(names) if known is None else <Py_ssize_t>known
            for list_index in range(count):
                mask = self.masks[slot * count + list_index]
                found[list_index] |= mask
                if index >= first_near:
                    near_found[list_index] |= mask
        if near > 0:
            return tuple([found[list_index] for list_index in range(count)] + [near_found[list_index] for list_index in range(count)])
        return tuple([found[list_index] for list_index in range(count)])

    cdef Py_ssize_t _add(self, frozenset names) except -1:
        """Search `names` for every list; the slot of its roots."""
        cdef Py_ssize_t count = self.lists.count, list_index
        cdef uint64_t* grown
        cdef const uint64_t* word_masks
        if self.slots == self.capacity:
            self.capacity = max(16, 2 * self.capacity)
            grown = <uint64_t*>realloc(self.masks, self.capacity * count * sizeof(uint64_t))
            if grown is NULL:
                raise MemoryError(f"no room for the roots of {self.capacity} sets of names")
            self.masks = grown
        cdef uint64_t* masks = self.masks + self.slots * count
        memset(masks, 0, count * sizeof(uint64_t))
        for word in names:
            if word not in self.ignored:
                word_masks = self.lists.masks_of(word)
                for list_index in range(count):
                    masks[list_index] |= word_masks[list_index]
        self.slot_of[names] = self.slots
        self.slots += 1
        return self.slots - 1
