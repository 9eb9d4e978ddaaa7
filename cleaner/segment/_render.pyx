# cython: language_level=3, boundscheck=False, wraparound=False
"""The rendering of an HTML page into lines, compiled: it runs on every element of every page.

libxml2's HTML parser (the one lxml ships) reads the page and hands each start tag, end tag and
piece of text to the renderer as it goes (SAX), without building a tree: the tree's nodes, made
and freed again, took half of the parse's time on ScrapingHub's pages, and the renderer reads
each element once, in document order, which is what the parser's events give. The renderer
reads libxml2's strings in place rather than asking for a Python object per element, a string
per tag and a mapping per attribute list. What it renders is described in
`cleaner.segment.html`; the vocabulary of tags, and what hides an element, in
`cleaner.segment.dom`.

lxml's module holds libxml2 and exports its functions, which are looked up there once
(`dlsym`): the renderer parses with the very libxml2 lxml was built with, whose headers lxml
ships, and needs no other copy of it to link against.
"""

import re

from cpython.bytes cimport PyBytes_FromStringAndSize
from cpython.object cimport PyObject
from cpython.set cimport PySet_Add
from cpython.unicode cimport Py_UNICODE_ISALNUM, PyUnicode_DATA, PyUnicode_DecodeUTF8, PyUnicode_GET_LENGTH
from libc.stdlib cimport free, malloc, realloc
from libc.string cimport memchr, memcpy, memset, strcmp

from lxml.includes cimport tree
from lxml.includes.htmlparser cimport (
    HTML_PARSE_COMPACT,
    HTML_PARSE_NOERROR,
    HTML_PARSE_NONET,
    HTML_PARSE_NOWARNING,
    HTML_PARSE_RECOVER,
)
from lxml.includes.xmlerror cimport XML_ERR_RESOURCE_LIMIT
from lxml.includes.xmlparser cimport (
    cdataBlockSAXFunc,
    charactersSAXFunc,
    endElementSAXFunc,
    startElementSAXFunc,
    xmlParserCtxt,
    xmlSAXHandler,
)

from cleaner.segment._words cimport word_str

import lxml.etree

from cleaner.lang import SPACELESS_RANGES, UNSPACED_RANGES
from cleaner.limits import DEFAULT_LIMITS

from cleaner.segment.dom import (
    CELL_SEPARATOR,
    CELL_TAGS,
    CONTEXT_CHANGING,
    HEADING_LEVEL,
    LINE_BREAKING,
    NEW_CONTEXT_ALWAYS,
    NOT_AROUND_MAIN,
    PARAGRAPHS,
    SEMANTIC_CONTAINERS,
    SKIPPED,
    VISUALLY_HIDDEN_WORDS,
    ParserLimitError,
    hidden_from_sight,
)
from cleaner.segment.text import shows_nothing, split_line

_NAME_TOKEN = re.compile(r"[a-z]+")


# -- libxml2, as lxml holds it ---------------------------------------------------------------------

cdef extern from "dlfcn.h" nogil:
    void* dlopen(const char* filename, int flags)
    void* dlsym(void* handle, const char* symbol)
    int RTLD_NOW
    int RTLD_NOLOAD

ctypedef xmlParserCtxt* (*_NewParser)(const xmlSAXHandler* sax, void* user_data) noexcept nogil
ctypedef tree.xmlDoc* (*_ReadMemory)(
    xmlParserCtxt* parser, const char* buffer, int size, const char* url, const char* encoding, int options
) noexcept nogil
ctypedef void (*_ParserCall)(xmlParserCtxt* parser) noexcept nogil
ctypedef void (*_DocumentCall)(tree.xmlDoc* document) noexcept nogil


cdef void* _libxml2_function(void* module, const char* name) except NULL:
    cdef void* function = dlsym(module, name)
    if function is NULL:
        raise ImportError(f"lxml ({lxml.etree.__file__}) exports no libxml2 function {name.decode()}: "
                          "expected an lxml built with libxml2 2.11 or later")
    return function


cdef void* _lxml = dlopen(lxml.etree.__file__.encode(), RTLD_NOW | RTLD_NOLOAD)
if _lxml is NULL:
    raise ImportError(f"lxml's module {lxml.etree.__file__} is not loaded: expected it imported first")
cdef _NewParser _new_parser = <_NewParser>_libxml2_function(_lxml, b"htmlNewSAXParserCtxt")
cdef _ReadMemory _read_memory = <_ReadMemory>_libxml2_function(_lxml, b"htmlCtxtReadMemory")
cdef _ParserCall _free_parser = <_ParserCall>_libxml2_function(_lxml, b"htmlFreeParserCtxt")
cdef _ParserCall _stop_parser = <_ParserCall>_libxml2_function(_lxml, b"xmlStopParser")
cdef _DocumentCall _free_document = <_DocumentCall>_libxml2_function(_lxml, b"xmlFreeDoc")
# lxml's own HTML parsing options (recover from errors, no network, small texts kept compact),
# with the errors kept quiet: a page's broken markup is recovered from, not reported.
cdef int _PARSE_OPTIONS = (
    HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_COMPACT | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING
)


cdef inline bint _is_separator(unsigned char byte) noexcept:
    """A tab, or one of the separators \x1c-\x1f: white space that a table's line keeps."""
    return byte == c'\t' or 0x1C <= byte <= 0x1F


cdef inline int _space_length(const unsigned char* data, Py_ssize_t available) noexcept:
    """The bytes of the white space character that opens `data` (UTF-8), or 0 for another character.

    White space is what `str.split` breaks on (`Py_UNICODE_ISSPACE`): ASCII's, the separators
    \x1c-\x1f, and U+0085, U+00A0, U+1680, U+2000 to U+200A, U+2028, U+2029, U+202F, U+205F, U+3000.
    """
    cdef unsigned char byte = data[0]
    if byte < 0x80:
        return 1 if byte == c' ' or c'\t' <= byte <= c'\r' or 0x1C <= byte <= 0x1F else 0
    if byte == 0xC2:
        return 2 if available >= 2 and (data[1] == 0x85 or data[1] == 0xA0) else 0
    if available < 3:
        return 0
    if byte == 0xE1:
        return 3 if data[1] == 0x9A and data[2] == 0x80 else 0
    if byte == 0xE2:
        if data[1] == 0x80:
            return 3 if data[2] <= 0x8A or data[2] == 0xA8 or data[2] == 0xA9 or data[2] == 0xAF else 0
        return 3 if data[1] == 0x81 and data[2] == 0x9F else 0
    if byte == 0xE3:
        return 3 if data[1] == 0x80 and data[2] == 0x80 else 0
    return 0


cdef inline int _character_length(unsigned char lead) noexcept:
    """The bytes of the UTF-8 character that `lead` opens."""
    return 1 if lead < 0xC0 else 2 if lead < 0xE0 else 3 if lead < 0xF0 else 4


cdef unsigned int _character_at(const unsigned char* data, Py_ssize_t available) noexcept:
    """The code point of the character whose UTF-8 bytes open `data` (U+FFFD where they are cut short)."""
    cdef int length = _character_length(data[0])
    if length > available:
        return 0xFFFD
    if length == 1:
        return data[0]
    if length == 2:
        return (data[0] & 0x1F) << 6 | data[1] & 0x3F
    if length == 3:
        return (data[0] & 0x0F) << 12 | (data[1] & 0x3F) << 6 | data[2] & 0x3F
    return (data[0] & 0x07) << 18 | (data[1] & 0x3F) << 12 | (data[2] & 0x3F) << 6 | data[3] & 0x3F


# Scripts written without spaces between words: two pieces of text that touch there make one word.
cdef tuple _UNSPACED = (*UNSPACED_RANGES, *SPACELESS_RANGES)


cdef bint _spaced_word_character(unsigned int character) noexcept:
    """Whether code point `character` is a letter or digit of a script that writes spaces between its words."""
    if character < 0x80:
        return 0x30 <= character <= 0x39 or 0x61 <= (character | 0x20) <= 0x7A
    if not Py_UNICODE_ISALNUM(<Py_UCS4>character):
        return False
    for first, last in _UNSPACED:
        if first <= character <= last:
            return False
    return True


cdef bint _all_space(const unsigned char* data, Py_ssize_t length) noexcept:
    """Whether the `length` bytes at `data` are white space alone (or nothing), as `str.isspace` or an empty str."""
    cdef Py_ssize_t position = 0
    cdef int space
    while position < length:
        space = _space_length(data + position, length - position)
        if not space:
            return False
        position += space
    return True


cdef struct _Run:
    # A run of text, which may come in pieces, counted as `str.strip` would leave it: its characters
    # from its first that is not white space on, and how many of those are white space at its end.
    bint started
    Py_ssize_t length, trailing


cdef void _count(_Run* run, const unsigned char* data, Py_ssize_t length) noexcept:
    """Count the `length` bytes at `data` (UTF-8) into `run`."""
    cdef Py_ssize_t position = 0
    cdef int space
    while position < length:
        space = _space_length(data + position, length - position)
        if space:
            position += space
            if run.started:
                run.length += 1
                run.trailing += 1
        else:
            position += _character_length(data[position])
            run.started = True
            run.length += 1
            run.trailing = 0


cdef inline Py_ssize_t _stripped(_Run* run) noexcept:
    """The characters of `run` once stripped of white space at both ends (`len(text.strip())`)."""
    return run.length - run.trailing


cdef struct _Line:
    # A line's UTF-8 bytes, white space squeezed as they come (`_put`): each run made one space,
    # tabs and the separators \x1c-\x1f kept (a table's cells are joined by tabs), none before the
    # first character; `kept` of them run to the end of its last character that is not white space.
    unsigned char* data
    Py_ssize_t size, capacity, kept
    bint in_run  # whether the last byte is a space standing for a run


cdef int _put(_Line* line, const unsigned char* data, Py_ssize_t length) except -1:
    """Add the `length` bytes at `data` (UTF-8) to `line`, its white space squeezed."""
    cdef Py_ssize_t position = 0, size, capacity
    cdef unsigned char byte
    cdef unsigned char* grown
    cdef int space, character
    # Squeezing never lengthens: the line grows by `length` bytes at most.
    if line.size + length > line.capacity:
        capacity = max(2 * line.capacity, line.size + length, 256)
        grown = <unsigned char*>realloc(line.data, capacity)
        if grown is NULL:
            raise MemoryError(f"no room for a line of {line.size + length} bytes")
        line.data, line.capacity = grown, capacity
    cdef unsigned char* written = line.data
    size = line.size
    while position < length:
        byte = data[position]
        if c' ' < byte < 0x80:  # most of a text: a visible ASCII character
            written[size] = byte
            size += 1
            position += 1
            line.kept, line.in_run = size, False
            continue
        space = _space_length(data + position, length - position)
        if not space:
            # Within the bytes given, where a character's are cut short (libxml2 writes none so).
            character = min(_character_length(byte), length - position)
            memcpy(written + size, data + position, character)
            size += character
            position += character
            line.kept, line.in_run = size, False
            continue
        position += space
        if not line.kept:
            continue  # white space before the line's first character
        if _is_separator(byte):
            written[size] = byte
            size += 1
            line.in_run = False
        elif not line.in_run:
            written[size] = c' '
            size += 1
            line.in_run = True
    line.size = size
    return 0


cdef inline str _text_of(_Line* line):
    """The line's text, without the white space after its last character."""
    return PyUnicode_DecodeUTF8(<const char*>line.data, line.kept, NULL)


cpdef str squeeze_spaces(str text):
    """`text` as the renderer puts it on a line: each run of white space made one space, none at either end, and
    tabs and the separators \x1c-\x1f inside it kept as they are (a table's cells are joined by tabs)."""
    cdef _Line line
    memset(&line, 0, sizeof(_Line))
    encoded = text.encode("utf-8")
    try:
        _put(&line, encoded, len(encoded))
        return _text_of(&line)
    finally:
        free(line.data)


cpdef Py_ssize_t stripped_length(str text):
    """`len(text.strip())`, as the renderer counts a link's text: from the text's UTF-8 bytes."""
    cdef _Run run
    memset(&run, 0, sizeof(_Run))
    encoded = text.encode("utf-8")
    _count(&run, encoded, len(encoded))
    return _stripped(&run)


cdef extern from "Python.h":
    # NULL for no iterable: an empty frozenset (the C API's own `PyFrozenSet_New` takes an object).
    frozenset _new_frozenset "PyFrozenSet_New"(PyObject* iterable)


cpdef frozenset name_words(str names):
    """The words of class and id `names`: its runs of letters, lower-cased (``[a-z]+`` of `names.lower()`).

    A run of ASCII names is read in one pass, and each word is taken from the line reader's
    table of words read lately where it is there (`word_str`); names beyond ASCII, whose lower
    case may hold letters the upper case does not, are lowered and searched by the pattern.
    """
    if not names.isascii():
        return frozenset(_NAME_TOKEN.findall(names.lower()))
    cdef Py_ssize_t length = PyUnicode_GET_LENGTH(names), position, start = -1
    cdef const unsigned char* data = <const unsigned char*>PyUnicode_DATA(names)  # ASCII: a byte a character
    cdef unsigned char byte
    cdef long function_words = 0  # counted by `word_str`, unread here
    cdef char* lowered = <char*>malloc(length + 1)
    if lowered is NULL:
        raise MemoryError(f"no room to read class names of {length} characters")
    # Filled before anyone else sees it, as the C API allows of a new frozenset: no set is made to be copied, nor
    # an empty iterable read.
    cdef frozenset words = _new_frozenset(NULL)
    try:
        for position in range(length + 1):
            byte = data[position] | 0x20 if position < length else 0
            if c'a' <= byte <= c'z':
                lowered[position] = byte
                if start < 0:
                    start = position
            elif start >= 0:
                PySet_Add(words, word_str(<const unsigned char*>lowered + start, position - start, &function_words))
                start = -1
    finally:
        free(lowered)
    return words


# What the renderer asks of a tag, as bits, worked out once per tag name and page.
cdef enum:
    _SKIP = 1
    _BREAKING = 2
    _PARAGRAPH = 4
    _CELL = 8
    _LINK = 16
    _PRE = 32
    _BR = 64
    _CONTEXT_CHANGING = 128
    _TITLE = 256
    _META = 512
    _HTML = 1024
    _BODY = 2048
# Tag names a page keeps the flags of in a table (pages use a few dozen).
cdef enum:
    _FLAG_SLOTS = 128


cdef int _tag_flags(str tag):
    return (
        (_SKIP if tag in SKIPPED else 0)
        | (_BREAKING if tag in LINE_BREAKING else 0)
        | (_PARAGRAPH if tag in PARAGRAPHS else 0)
        | (_CELL if tag in CELL_TAGS else 0)
        | (_LINK if tag == "a" else 0)
        | (_PRE if tag == "pre" else 0)
        | (_BR if tag == "br" else 0)
        | (_CONTEXT_CHANGING if tag in CONTEXT_CHANGING else 0)
        | (_TITLE if tag == "title" else 0)
        | (_META if tag == "meta" else 0)
        | (_HTML if tag == "html" else 0)
        | (_BODY if tag == "body" else 0)
    )


cdef class Context:
    """What an open element tells the lines it owns (shared by its children until one changes it).

    Compared and hashed by identity: each is made once per page (see `Renderer.contexts`), and
    never changed once made but for what `Renderer.owner_columns` keeps on it.
    """

    cdef readonly str block_tag  # the innermost line-breaking element or table cell
    cdef readonly int heading_level
    cdef readonly frozenset containers
    # The class and id words of each named ancestor, outermost first.
    cdef readonly tuple name_sets
    # Its number among the contexts of its page, 0 for the page's top: blocks of one number are
    # written by one template (`SegmentedPage.templates`).
    cdef readonly Py_ssize_t number
    # The context it was made inside, and the class and id words of its own element; and the
    # words of `name_sets` together, joined (`_joined_names`) only for the contexts that own a
    # line, a fraction of those made.
    cdef Context parent
    cdef frozenset own_names, joined_names
    # Whether its own names, and its ancestors', are in its page's names (`Renderer.owner_columns`).
    cdef bint names_taken


cdef Context _context(Context parent, str block_tag, int heading_level, frozenset containers, frozenset own_names):
    cdef Context context = Context.__new__(Context)
    context.block_tag, context.heading_level = block_tag, heading_level
    context.containers, context.parent, context.own_names = containers, parent, own_names
    if parent is None:
        context.name_sets, context.joined_names = (), frozenset()
    else:
        context.name_sets = parent.name_sets + (own_names,) if own_names else parent.name_sets
    return context


cdef frozenset _joined_names(Context context, dict made):
    """The words of `context`'s chain of names together: its ancestors', and its element's own.

    A context whose element adds no names shares the set of the nearest one up its chain that
    does (or whose set is made already); that one's set is made once, the union of its chain's
    sets in one call. Only the contexts that own a line are joined so: joining every context
    up each chain, its parent's set and its own names, took about as many instructions but 1.8
    times the time (267 against 146 µs a ScrapingHub page, over renderings kept in memory): the
    sets of the elements that own no line were made, hashed and looked up too, and every
    ancestor's context read. Joining each block's chain whole took a twentieth of an HTML
    page's segmentation. Equal sets are one
    object, through the page's table `made`: the heuristics key their tables by them, and a
    set found again by identity is not compared word by word (2% of a page's instructions went
    to comparing equal sets of two contexts). `made` also holds each chain's set by the chain
    (a tuple, never equal to a set): elements of other tags or parents named alike make
    contexts of equal chains, whose set is then not made, hashed and compared again (0.13
    million instructions a ScrapingHub HTML page).
    """
    cdef Context named = context
    while named.joined_names is None and not named.own_names:
        named = named.parent
    cdef frozenset joined = named.joined_names
    if joined is None:
        found = made.get(named.name_sets)
        if found is None:
            joined = _NO_NAMES.union(*named.name_sets)
            joined = made[named.name_sets] = made.setdefault(joined, joined)
        else:
            joined = <frozenset>found
        named.joined_names = joined
    while context is not named:
        context.joined_names = joined
        context = context.parent
    return joined


cdef frozenset _NO_NAMES = frozenset()
TOP = _context(None, "", 0, frozenset(), frozenset())


# A table's cells on one line, as the line holds them.
cdef bytes _CELL_SEPARATOR = CELL_SEPARATOR.encode()
# Typed, so that the context builder reads them without a lookup of the module's globals.
cdef dict _HEADING_LEVEL = HEADING_LEVEL
cdef frozenset _NEW_CONTEXT_ALWAYS = frozenset(NEW_CONTEXT_ALWAYS)
cdef frozenset _NOT_AROUND_MAIN = NOT_AROUND_MAIN
cdef frozenset _SEMANTIC_CONTAINERS = SEMANTIC_CONTAINERS


# The semantic containers of an element inside others, by the outer ones and its tag, and each distinct set of
# them as the one object that stands for it: so equal sets are one object on every page, which the heuristics'
# tests of equality and their tables find at once. At most the 512 sets of the nine semantic tags.
cdef dict _CONTAINERS_INSIDE = {}
cdef dict _CONTAINER_SETS = {}


cdef frozenset _containers_inside(frozenset outer, str tag):
    """The semantic containers of a `tag` element inside `outer` ones."""
    key = (outer, tag)
    containers = _CONTAINERS_INSIDE.get(key)
    if containers is None:
        inner = (outer - _NOT_AROUND_MAIN) | {tag} if tag == "main" else outer | {tag}
        containers = _CONTAINERS_INSIDE[key] = _CONTAINER_SETS.setdefault(inner, inner)
    return <frozenset>containers


cdef Context _child_context(Context parent, str tag, int flags, frozenset tokens):
    """The context of an element `tag` with class and id words `tokens`, inside `parent`."""
    block_tag = tag if flags & (_BREAKING | _CELL) else parent.block_tag
    if not tokens and block_tag == parent.block_tag and tag not in _NEW_CONTEXT_ALWAYS:
        return parent
    containers = _containers_inside(parent.containers, tag) if tag in _SEMANTIC_CONTAINERS else parent.containers
    return _context(parent, block_tag, _HEADING_LEVEL.get(tag, parent.heading_level), containers, tokens)


cdef inline str _decoded(const tree.xmlChar* value):
    return (<const char*>value).decode("utf-8")


cdef const tree.xmlChar** _find(const tree.xmlChar** attributes, const char* name) noexcept:
    """Where the attribute called `name` stands in a start tag's `attributes` (name, value, name, value, ...,
    NULL; libxml2 lower-cases HTML's names), or NULL for none."""
    if attributes is NULL:
        return NULL
    while attributes[0] is not NULL:
        if strcmp(<const char*>attributes[0], name) == 0:
            return attributes
        attributes += 2
    return NULL


cdef object _value(const tree.xmlChar** attribute):
    """The value of the `attribute` `_find` found, as lxml's ``get`` gives it: None for no attribute, "" for
    one without a value."""
    if attribute is NULL:
        return None
    return "" if attribute[1] is NULL else _decoded(attribute[1])


cdef object _attribute(const tree.xmlChar** attributes, const char* name):
    return _value(_find(attributes, name))


cdef struct _Named:
    # The attributes of a start tag that every element is asked for, as `_find` finds them (NULL for none).
    const tree.xmlChar** class_name
    const tree.xmlChar** id_name
    const tree.xmlChar** style
    const tree.xmlChar** role
    const tree.xmlChar** hidden
    const tree.xmlChar** popover
    const tree.xmlChar** open


cdef inline void _keep(const tree.xmlChar*** slot, const tree.xmlChar** attribute, const char* rest) noexcept:
    """Keep `attribute` in `slot` if its name, past its first letter, is `rest`, and the slot holds none yet."""
    if slot[0] is NULL and strcmp(<const char*>attribute[0] + 1, rest) == 0:
        slot[0] = attribute


cdef void _read_named(const tree.xmlChar** attributes, _Named* named) noexcept:
    """Find the attributes of `_Named` among a start tag's `attributes` in one pass: its first of each name."""
    memset(named, 0, sizeof(_Named))
    if attributes is NULL:
        return
    cdef unsigned char first
    while attributes[0] is not NULL:
        first = attributes[0][0]
        if first == c'c':
            _keep(&named.class_name, attributes, b"lass")
        elif first == c'i':
            _keep(&named.id_name, attributes, b"d")
        elif first == c's':
            _keep(&named.style, attributes, b"tyle")
        elif first == c'r':
            _keep(&named.role, attributes, b"ole")
        elif first == c'h':
            _keep(&named.hidden, attributes, b"idden")
        elif first == c'p':
            _keep(&named.popover, attributes, b"opover")
        elif first == c'o':
            _keep(&named.open, attributes, b"pen")
        attributes += 2


cdef inline unsigned char _ascii_lower(unsigned char byte) noexcept:
    return byte + 32 if c'A' <= byte <= c'Z' else byte


cdef enum:
    _MAX_WORDS = 8  # the words a `_WordSet` holds at most: one bit each in `opening`


cdef class _WordSet:
    """A few lower-case ASCII words, looked for in any case in one pass over a value's bytes.

    Asked before an element's attributes are handed to `hidden_from_sight`: most inline styles
    (widths, colours) hold neither "none" nor "hidden", and most class names none of the
    screen-reader classes' words. A template's class values run long (utility classes), so the
    pass tests a word only where a byte opens one: the table of opening bytes says which.
    """

    cdef tuple words  # the bytes that `starts` points into, kept alive
    cdef const char* starts[_MAX_WORDS]
    cdef int count
    cdef unsigned char opening[256]  # bit i: word i opens with this byte, in either case

    def __cinit__(self, tuple words):
        if not 0 < len(words) <= _MAX_WORDS:
            raise ValueError(f"a word set holds 1 to {_MAX_WORDS} words, got {len(words)}")
        self.words, self.count = words, len(words)
        cdef int index
        cdef unsigned char first
        for index in range(256):
            self.opening[index] = 0
        for index, word in enumerate(words):
            self.starts[index] = word
            first = word[0]
            self.opening[first] |= 1 << index
            self.opening[first - 32 if c'a' <= first <= c'z' else first] |= 1 << index

    cdef bint found_in(self, const tree.xmlChar* text):
        """Whether `text` holds one of the words, whatever the case of its letters."""
        cdef Py_ssize_t start = 0, offset
        cdef unsigned char candidates
        cdef const char* word
        cdef int index
        while text[start] != 0:
            candidates = self.opening[text[start]]
            if candidates:
                for index in range(self.count):
                    if candidates & (1 << index):
                        word = self.starts[index]
                        offset = 1
                        while word[offset] != 0 and _ascii_lower(text[start + offset]) == <unsigned char>word[offset]:
                            offset += 1
                        if word[offset] == 0:
                            return True
            start += 1
        return False

    cdef bint may_be_in(self, const tree.xmlChar** attribute):
        """Whether the value of the `attribute` `_find` found holds one of the words."""
        return attribute is not NULL and attribute[1] is not NULL and self.found_in(attribute[1])


# The words one of which every class name that `hidden_from_sight` takes holds, as libxml2 keeps them (UTF-8).
cdef _WordSet _VISUALLY_HIDDEN = _WordSet(tuple(word.encode() for word in VISUALLY_HIDDEN_WORDS))
# What a style value holds where it may hide its element (``display: none``, ``visibility: hidden``).
cdef _WordSet _HIDING_STYLE = _WordSet((b"none", b"hidden"))


cdef bint _hidden(_Named* named, class_name, id_name, bint closed_overlay) except -1:
    """Whether an element with the attributes `named` (its class and id values read already) is out of sight (see
    `hidden_from_sight`), asked only where an attribute, or its being a `closed_overlay`, may tell."""
    cdef bint has_hidden = named.hidden is not NULL or closed_overlay
    if not (has_hidden or _HIDING_STYLE.may_be_in(named.style) or _VISUALLY_HIDDEN.may_be_in(named.class_name)):
        return False
    return hidden_from_sight(has_hidden, _value(named.style), class_name, id_name, _value(named.role))


# ARIA's roles of a dialog laid over the page (a sign-up offer, a quick view, a seller's card):
# such an element, and HTML's own <dialog>, is named a "modal" as if its class said so, the name
# of a box that holds nothing of the page's content (`dom_hints`). Templates that name their
# overlays otherwise ("entrance-overlay", "ux-overlay") still give them this role (WCXB-dev HTML
# 0.87935 -> 0.87941); a <dialog> held a consent banner's prose (0.87941 -> 0.87942).
# An element with HTML's ``popover`` attribute (a menu, a tooltip, a forum's member card) is out
# of sight until a click opens it over the page: it is named a "popover" (a Steam page's tooltips,
# WCXB-dev HTML +0.000003, none down).
# Until then the browser's own style sheet hides it, as it hides a <dialog> without the ``open``
# attribute: both are read as the ``hidden`` attribute is (`hidden_from_sight`), left out unless
# little is in sight. On WCXB-dev their text is gold for 5 of some 5,000 shingles (30 pages with
# a closed <dialog>, 16 with popovers): a fund guide's glossary dialogs, a catalogue's filter
# panels. HTML F1 0.88548 -> 0.88560 (3 pages up, by up to 0.20; none down); ScrapingHub, the
# fixtures and text pages unchanged.
_DIALOG_ROLES = frozenset(("dialog", "alertdialog"))


# The parser's events, handed to the renderer they were started for (the parser's user data). A
# Python error raised in one stops the parser and is raised again once it has returned.

cdef void _on_start(void* user_data, const tree.xmlChar* name, const tree.xmlChar** attributes) noexcept:
    cdef Renderer renderer = <Renderer>user_data
    try:
        renderer.start(name, attributes)
    except BaseException as error:
        renderer.fail(error)


cdef void _on_end(void* user_data, const tree.xmlChar* name) noexcept:
    cdef Renderer renderer = <Renderer>user_data
    try:
        renderer.end(name)
    except BaseException as error:
        renderer.fail(error)


cdef void _on_text(void* user_data, const tree.xmlChar* text, int length) noexcept:
    cdef Renderer renderer = <Renderer>user_data
    try:
        renderer.text(<const unsigned char*>text, length)
    except BaseException as error:
        renderer.fail(error)


cdef class Renderer:
    """Renders a page once, as its parser reads it, and gathers the lines with their contexts and blank-line
    breaks, and the title the page gives itself.

    An element's context is made only when a line inside it needs an owner: the elements
    that hold no line (a third of them: images, empty wrappers, widget scaffolding) never
    need theirs, and the rest each look theirs up once.
    """

    cdef public list texts, blank_before, link_chars, depths, named_elements, panels
    cdef list owners  # the context that owns each line: read through `owner_columns`
    cdef bint show_hidden  # whether hidden elements are read as well
    # Whether the rendering left out an element for being hidden: a rendering that left out none
    # reads the same with hidden elements shown.
    cdef readonly bint hid_any
    cdef int max_depth
    cdef Py_ssize_t max_line_chars
    # The current line, its white space squeezed as its text comes (see `_Line`): decoded once,
    # where each text node decoded, then the line joined and squeezed, took three strings.
    cdef _Line line
    cdef Py_ssize_t line_link_chars
    # The run of text inside a link, which the parser may hand over in pieces (a link's characters
    # are its text's, stripped at both ends, as lxml's text nodes held it).
    cdef _Run link_run
    cdef object owner
    cdef int owner_depth
    # Whether the link that owns the current line has ended while the line goes on (see `add`).
    cdef bint owner_link_ended
    cdef Py_ssize_t owner_named  # the number of the named element around the owner (see `open_named`)
    cdef Py_ssize_t owner_panel  # the number of the tab panel around the owner (see `open_panels`)
    cdef bint pending_blank
    # Inline elements that touch, with no white space between (`<span>2026</span><span>1h 54m</span>`),
    # lay out their texts apart: a space goes between them where two words would run together,
    # but in preformatted text, which shows its characters as they are (`touching`: an inline
    # element has just ended; `apart`: another has started since).
    cdef bint touching, apart
    # The open elements, outermost first: the name libxml2 keeps for each tag (interned for the
    # parse), what the renderer asks of it, its class and id values (None where it has none), and
    # its context once a line has asked for it (after the context outside them all); and how
    # many of them are links and <pre>, which every piece of text asks.
    cdef const tree.xmlChar** open_names
    cdef int* open_flags
    # For each open element, the number of the innermost one with a class or an id among it and
    # those around it (0: none), the elements numbered in the order they start: the lines of one
    # number stand in one named element (`SegmentedPage.named_elements`), where their context only
    # says that they stand in elements named alike.
    cdef Py_ssize_t* open_named
    # Likewise, the number of the innermost element with ARIA's role of a tab panel (0: none): the lines of
    # one number stand in one panel of a tab set (`SegmentedPage.panels`).
    cdef Py_ssize_t* open_panels
    cdef Py_ssize_t elements  # started so far
    cdef list open_classes, open_ids
    cdef int depth
    cdef list open_contexts
    cdef int open_links, open_pres
    # Inside an element that is not read (skipped or hidden): how many elements deep; its own
    # start is open until its end comes.
    cdef bint skipping
    cdef int skipped_depth
    # A page's <html> and its <body> close at the page's end: what a premature ``</html>`` leaves
    # after it, which the parser puts in a second <html> (whose start and end `strays` counts), is
    # read as the body's, where browsers show it.
    cdef int strays
    # The title the page gives itself (see `title`): the first ``og:title`` and the first <title>
    # that say something, and the text of the <title> being read (None outside one).
    cdef object og_title, title_text
    cdef list title_parts
    cdef int title_depth  # how many elements deep the <title> being read stands, itself included
    # The parser reading the page, and the first error raised by an event.
    cdef xmlParserCtxt* parser
    cdef object error
    # Each tag name's (tag, flags), by the address libxml2 keeps the name at: a document's
    # names are interned, so a page asks once per distinct tag. Both, which every element asks,
    # also in a small open-addressed table of those addresses (a dictionary's lookup would box
    # the address in an int first); the table's tags are held by `tags`.
    cdef dict tags
    cdef const tree.xmlChar* flag_names[_FLAG_SLOTS]
    cdef PyObject* flag_tags[_FLAG_SLOTS]
    cdef int flag_values[_FLAG_SLOTS]
    # The contexts made on this page, by parent context, tag, class and id: a template repeats
    # its elements, and building a context costs more than finding it again. And the words of
    # each class and id value, split once per page (kept across pages, the distinct values of
    # utility-class templates doubled the peak memory of a run over WCXB-dev); and each distinct
    # set of a chain's names joined, one object for equal sets (`_joined_names`).
    cdef dict contexts, name_tokens, joined_sets
    cdef frozenset page_names  # the names of all the lines together, once `owner_columns` has read them

    def __init__(self, bint show_hidden=False, limits=DEFAULT_LIMITS):
        self.show_hidden = show_hidden
        self.hid_any = False
        self.max_depth = limits.max_depth
        self.max_line_chars = limits.max_line_chars
        self.texts, self.blank_before, self.link_chars, self.owners, self.depths = [], [], [], [], []
        self.named_elements, self.panels = [], []
        self.elements = 0
        self.owner_named = self.owner_panel = 0
        self.line_link_chars = 0
        self.owner = None
        self.owner_depth = 0
        self.owner_link_ended = False
        self.pending_blank = True
        self.touching = self.apart = False
        self.open_classes, self.open_ids = [None] * self.max_depth, [None] * self.max_depth
        self.depth = 0
        self.open_contexts = [TOP]
        self.open_links = self.open_pres = 0
        self.skipping, self.skipped_depth, self.strays = False, 0, 0
        self.og_title = self.title_text = self.title_parts = None
        self.title_depth = 0
        self.error = None
        self.tags, self.contexts, self.name_tokens, self.joined_sets = {}, {}, {}, {}

    def __cinit__(self, *args, **kwargs):
        memset(&self.line, 0, sizeof(_Line))
        memset(&self.link_run, 0, sizeof(_Run))
        self.open_names = NULL
        self.open_flags = NULL
        self.open_named = NULL
        self.open_panels = NULL
        self.parser = NULL

    def __dealloc__(self):
        free(self.line.data)
        free(self.open_names)
        free(self.open_flags)
        free(self.open_named)
        free(self.open_panels)

    def render(self, bytes document not None):
        """Render `document` (UTF-8) as libxml2's HTML parser reads it.

        Raises `ParserLimitError` where the page is nested deeper than the limits' `max_depth`, or
        past one of the parser's own limits (a text, a name or an attribute's value over 10 MB), where
        it stopped.
        """
        if self.open_names is not NULL:
            raise ValueError("a Renderer renders one page: make another for the next")
        self.open_names = <const tree.xmlChar**>malloc(self.max_depth * sizeof(tree.xmlChar*))
        self.open_flags = <int*>malloc(self.max_depth * sizeof(int))
        self.open_named = <Py_ssize_t*>malloc(self.max_depth * sizeof(Py_ssize_t))
        self.open_panels = <Py_ssize_t*>malloc(self.max_depth * sizeof(Py_ssize_t))
        if self.open_names is NULL or self.open_flags is NULL or self.open_named is NULL or self.open_panels is NULL:
            raise MemoryError(f"no room for {self.max_depth} open elements")
        cdef xmlSAXHandler events
        memset(&events, 0, sizeof(events))
        events.startElement = <startElementSAXFunc>_on_start
        events.endElement = <endElementSAXFunc>_on_end
        events.characters = <charactersSAXFunc>_on_text
        events.cdataBlock = <cdataBlockSAXFunc>_on_text
        self.parser = _new_parser(&events, <void*>self)
        if self.parser is NULL:
            raise MemoryError("no room for libxml2's HTML parser")
        cdef tree.xmlDoc* built
        try:
            built = _read_memory(self.parser, document, len(document), NULL, b"UTF-8", _PARSE_OPTIONS)
            if built is not NULL:  # none of the events builds a tree: whatever the parser made, it frees
                _free_document(built)
            reached_limit = self.parser.errNo == XML_ERR_RESOURCE_LIMIT
        finally:
            _free_parser(self.parser)
            self.parser = NULL
        if self.error is not None:
            raise self.error
        if reached_limit:
            raise ParserLimitError
        self._end_link_run()
        while self.depth:  # the <html> and <body> left open for what may follow them
            self._close()
        self.flush(True)

    @property
    def title(self):
        """The title the page gives itself: ``og:title`` when set, else its first <title> that says something."""
        return self.og_title if self.og_title is not None else self.title_text

    cdef fail(self, error):
        """Keep the first error an event raised, and stop the parser: `render` raises it."""
        if self.error is None:
            self.error = error
        _stop_parser(self.parser)

    cdef tuple _tag(self, const tree.xmlChar* name):
        key = <size_t>name
        info = self.tags.get(key)
        if info is None:
            tag = _decoded(name)
            info = self.tags[key] = (tag, _tag_flags(tag))
        return <tuple>info

    cdef Py_ssize_t _slot(self, const tree.xmlChar* name) except -2:
        """The slot of tag `name` in the table of tags, filled on first sight; -1 where the table is full (a page
        of more distinct tags than slots)."""
        # The address's low bits are alignment: the slot comes from the bits above them.
        cdef size_t slot = (<size_t>name >> 4) % _FLAG_SLOTS
        cdef int probes
        for probes in range(_FLAG_SLOTS):
            if self.flag_names[slot] == name:
                return slot
            if self.flag_names[slot] is NULL:
                tag, flags = self._tag(name)
                self.flag_names[slot] = name
                self.flag_tags[slot] = <PyObject*>tag
                self.flag_values[slot] = flags
                return slot
            slot = (slot + 1) % _FLAG_SLOTS
        return -1

    cdef int _flags(self, const tree.xmlChar* name) except -1:
        """What the renderer asks of tag `name` (see `_tag_flags`)."""
        cdef Py_ssize_t slot = self._slot(name)
        return self.flag_values[slot] if slot >= 0 else self._tag(name)[1]

    cdef start(self, const tree.xmlChar* name, const tree.xmlChar** attributes):
        """An element starts: open it, and read its content unless it is skipped or hidden."""
        cdef int flags = self._flags(name)
        self._end_link_run()
        if flags & _HTML and self.depth:
            self.strays += 1  # a second <html>, after a premature end of the first
            return
        if self.depth + self.skipped_depth >= self.max_depth:
            raise ParserLimitError
        if self.skipping:
            self.skipped_depth += 1
        else:
            if flags & (_BREAKING | _BR | _CELL):
                self.apart = False
            elif self.touching:
                self.apart = True  # and stays so through the elements it opens, until their text comes
            self.touching = False
            if not self._open(name, flags, attributes):
                self.skipping = True
        if flags & (_TITLE | _META):
            self._title_starts(flags, attributes)

    cdef end(self, const tree.xmlChar* name):
        """The innermost open element ends (libxml2 closes what a page left open in order)."""
        self._end_link_run()
        if self._flags(name) & _HTML and self.strays:
            self.strays -= 1
            return
        if not self.depth:
            return  # an end with no start open: the parser sends none, and the stack must not be read below it
        if self.title_parts is not None and self.depth + self.skipped_depth == self.title_depth:
            self._title_ends()
        if self.skipping:
            if self.skipped_depth:
                self.skipped_depth -= 1
                return
            self.skipping = False
        if self.open_flags[self.depth - 1] & (_HTML | _BODY) and self.depth <= 2:
            return  # closed at the page's end (see `strays`)
        self._close()

    cdef text(self, const unsigned char* data, Py_ssize_t length):
        """A piece of text comes, in the innermost open element."""
        if self.title_parts is not None:
            self.title_parts.append(PyBytes_FromStringAndSize(<const char*>data, length))
        if not self.skipping:
            self._text(data, length)

    cdef _title_starts(self, int flags, const tree.xmlChar** attributes):
        """A <title> or a <meta> starts: a <title>'s text is kept until it ends, an ``og:title``'s content now."""
        cdef const tree.xmlChar** property_
        if flags & _TITLE:
            if self.title_text is None:
                self.title_parts = []
                self.title_depth = self.depth + self.skipped_depth
            return
        if self.og_title is not None:
            return
        property_ = _find(attributes, b"property")
        if property_ is not NULL and property_[1] is not NULL and strcmp(<const char*>property_[1], b"og:title") == 0:
            content = " ".join((_attribute(attributes, b"content") or "").split())
            if content:
                self.og_title = content

    cdef _title_ends(self):
        """The <title> being read ends: its text is the page's title where it says something."""
        title = " ".join(b"".join(self.title_parts).decode("utf-8", "replace").split())
        self.title_parts = None
        if title:
            self.title_text = title

    cdef bint _open(self, const tree.xmlChar* name, int flags, const tree.xmlChar** attributes) except -1:
        """Open element `name`: whether its content is read (skipped and hidden elements' is not)."""
        cdef _Named named
        _read_named(attributes, &named)
        class_name, id_name = _value(named.class_name), _value(named.id_name)
        cdef bint dialog = strcmp(<const char*>name, b"dialog") == 0
        # The browser's own style sheet hides a <dialog> until it is opened and a popover until a click shows it.
        cdef bint closed_overlay = (dialog and named.open is NULL) or named.popover is not NULL
        if dialog or (named.role is not NULL and _value(named.role) in _DIALOG_ROLES):
            class_name = "modal" if class_name is None else f"{class_name} modal"
        elif named.popover is not NULL:
            class_name = "popover" if class_name is None else f"{class_name} popover"
        self.open_names[self.depth] = name
        self.open_flags[self.depth] = flags
        self.open_classes[self.depth] = class_name
        self.open_ids[self.depth] = id_name
        self.elements += 1
        if class_name is not None or id_name is not None:
            self.open_named[self.depth] = self.elements
        else:
            self.open_named[self.depth] = self.open_named[self.depth - 1] if self.depth else 0
        if named.role is not NULL and _value(named.role) == "tabpanel":
            self.open_panels[self.depth] = self.elements
        else:
            self.open_panels[self.depth] = self.open_panels[self.depth - 1] if self.depth else 0
        self.depth += 1
        self.open_contexts.append(None)
        if flags & _LINK:
            self.open_links += 1
        elif flags & _PRE:
            self.open_pres += 1
        if flags & _SKIP:
            return False
        if (
            (closed_overlay or attributes is not NULL)
            and not self.show_hidden
            and _hidden(&named, class_name, id_name, closed_overlay)
        ):
            self.hid_any = True
            return False
        if flags & _BREAKING:
            self.flush(flags & _PARAGRAPH)
        elif flags & _BR:
            self.flush(False)
        elif flags & _CELL and self.owner is not None:
            _put(&self.line, _CELL_SEPARATOR, len(_CELL_SEPARATOR))
        return True

    cdef _close(self):
        """Close the innermost open element."""
        cdef int flags = self.open_flags[self.depth - 1]
        if flags & _LINK and self.owner is not None and self.owner_depth == self.depth:
            self.owner_link_ended = True
        self.depth -= 1
        self.open_contexts.pop()
        if flags & _LINK:
            self.open_links -= 1
        elif flags & _PRE:
            self.open_pres -= 1
        if flags & _BREAKING:
            self.flush(flags & _PARAGRAPH)
        self.touching = not flags & (_BREAKING | _CELL)

    cdef _text(self, const unsigned char* data, Py_ssize_t length):
        cdef Py_ssize_t end
        cdef const void* newline
        cdef Py_ssize_t last
        if self.apart and length and self.line.kept and self.line.size == self.line.kept and not self.open_pres:
            last = self.line.kept - 1
            while last and self.line.data[last] & 0xC0 == 0x80:
                last -= 1
            # A line of one letter so far is a drop cap, the first of its paragraph's word.
            if last and _spaced_word_character(_character_at(data, length)) and _spaced_word_character(
                _character_at(self.line.data + last, self.line.kept - last)
            ):
                _put(&self.line, b" ", 1)
        self.touching = self.apart = False
        if self.open_pres:
            # Each line of preformatted text is a line of its own.
            while (newline := memchr(data, c'\n', length)) is not NULL:
                end = <const unsigned char*>newline - data
                self.add(data, end)
                self._end_link_run()
                self.flush(False)
                data, length = data + end + 1, length - end - 1
        self.add(data, length)

    cdef _end_link_run(self):
        """The run of text ends (an element starts or ends, a preformatted line breaks): its link characters
        are the line's."""
        if self.link_run.started:
            self.line_link_chars += _stripped(&self.link_run)
            memset(&self.link_run, 0, sizeof(_Run))

    cdef Context context(self):
        """The context of the innermost open element, made (with its ancestors') on first use."""
        cdef list contexts = self.open_contexts
        cdef Py_ssize_t known = len(contexts) - 1
        cdef Py_ssize_t index
        while (context := contexts[known]) is None:
            known -= 1
        for index in range(known + 1, len(contexts)):
            context = contexts[index] = self._context_of(context, index - 1)
        return context

    cdef Context _context_of(self, Context parent, Py_ssize_t depth):
        """The context of the open element at `depth`, a child of an element whose context is `parent`."""
        cdef const tree.xmlChar* name = self.open_names[depth]
        cdef Py_ssize_t slot = self._slot(name)
        cdef str tag
        cdef int flags
        if slot >= 0:
            tag, flags = <str>self.flag_tags[slot], self.flag_values[slot]
        else:
            tag, flags = self._tag(name)
        class_name, id_name = self.open_classes[depth], self.open_ids[depth]
        if class_name is None and id_name is None and not flags & _CONTEXT_CHANGING:
            return parent
        key = (parent, tag, class_name, id_name)
        context = self.contexts.get(key)
        if context is None:
            tokens = self._tokens(class_name, id_name)
            context = self.contexts[key] = _child_context(parent, tag, flags, tokens)
            if context is not parent:
                (<Context>context).number = len(self.contexts)
        return <Context>context

    cdef frozenset _tokens(self, class_name, id_name):
        """The words of an element's class and id values (either may be None)."""
        key = (class_name, id_name)  # their hashes are known already, from the key of the context
        tokens = self.name_tokens.get(key)
        if tokens is None:
            if class_name is None or id_name is None:  # most elements: no string is joined
                names = class_name if id_name is None else id_name
                tokens = self.name_tokens[key] = name_words(names or "")
            else:
                tokens = self.name_tokens[key] = name_words(f"{class_name} {id_name}")
        return <frozenset>tokens

    cdef add(self, const unsigned char* data, Py_ssize_t length):
        """Put the `length` bytes at `data` on the current line; its first piece that is not blank gives the line
        its owner (indentation between tags, before a line has begun, is nothing)."""
        if self.owner is None:
            if _all_space(data, length):
                return
            self._own()
        elif self.owner_link_ended and not _all_space(data, length):
            # A link opened the line (``<p><a class="external-popup">TurboTax</a> is one of…``): its names
            # say what the link does, and the element the line's text goes on in owns the line.
            self._own()
        _put(&self.line, data, length)
        if self.open_links:
            _count(&self.link_run, data, length)

    cdef _own(self):
        """The innermost open element owns the current line."""
        self.owner, self.owner_depth = self.context(), self.depth
        self.owner_named = self.open_named[self.depth - 1] if self.depth else 0
        self.owner_panel = self.open_panels[self.depth - 1] if self.depth else 0
        self.owner_link_ended = False

    cdef flush(self, bint blank):
        if self.owner is not None:
            text = _text_of(&self.line)
            if len(text) > self.max_line_chars:
                self.add_long_line(text, self.owner)
            # A line that shows nothing is blank, as `segment_text` reads the rendering: one that opens with an
            # ASCII character (its first byte's) shows it.
            elif text and (self.line.data[0] < 0x80 or not shows_nothing(text)):
                self.add_line(text, min(self.line_link_chars, len(text)), self.owner)
            self.line_link_chars = 0
            self.owner = None
        self.line.size = self.line.kept = 0
        self.line.in_run = False
        self.pending_blank = self.pending_blank or blank

    cdef add_line(self, str text, Py_ssize_t link_chars, owner):
        self.texts.append(text)
        self.blank_before.append(self.pending_blank)
        self.link_chars.append(link_chars)
        self.owners.append(owner)
        self.depths.append(self.owner_depth)
        self.named_elements.append(self.owner_named)
        self.panels.append(self.owner_panel)
        self.pending_blank = False

    def owner_columns(self):
        """What each line takes from the element that owns it, a tuple each: the block tag, the heading level,
        the semantic containers, the chain of class and id names, those names together, the template's number;
        and last, the names of all the lines together.

        That last set is each named element's own names, taken once up the lines' chains: the union
        of the lines' sets of names together read each word once for each set holding it, 36 µs a
        ScrapingHub HTML page.
        """
        cdef Py_ssize_t count = len(self.owners), index
        cdef list tags = [None] * count, levels = [None] * count, containers = [None] * count
        cdef list chains = [None] * count, names = [None] * count, numbers = [None] * count
        cdef set page_names = set()
        cdef Context owner, context
        for index in range(count):
            owner = self.owners[index]
            tags[index], levels[index], containers[index] = owner.block_tag, owner.heading_level, owner.containers
            chains[index], numbers[index] = owner.name_sets, owner.number
            names[index] = _joined_names(owner, self.joined_sets)
            context = owner
            # The page's top context adds no names to the chains (see `_context`).
            while context.parent is not None and not context.names_taken:
                context.names_taken = True
                if context.own_names:
                    page_names.update(context.own_names)
                context = context.parent
        if self.page_names is None:
            self.page_names = frozenset(page_names)
        return tuple(tags), tuple(levels), tuple(containers), tuple(chains), tuple(names), tuple(numbers), self.page_names

    cdef add_long_line(self, str text, owner):
        """A line past `max_line_chars` as several lines; its link characters shared out by length."""
        link_share = self.line_link_chars / len(text)
        for piece in map(str.strip, split_line(text, self.max_line_chars)):
            if piece and not shows_nothing(piece):
                self.add_line(piece, min(round(link_share * len(piece)), len(piece)), owner)


cdef inline bint _ascii_space(unsigned char byte):
    return byte == b" "[0] or b"\t"[0] <= byte <= b"\r"[0]  # what bytes.split() splits on


cdef inline bint _ascii_letter(unsigned char byte):
    return b"a"[0] <= (byte | 0x20) <= b"z"[0]


def crowded_tag(bytes document, Py_ssize_t max_attributes):
    """Whether a start tag of `document` may hold more than `max_attributes` attributes: its words, counted.

    Words over-count (a quoted value with spaces is several), which is why the default is
    high; an attribute takes two characters at least, so only tags that long are counted, and
    a long data URI, one word, passes. A tag runs from its "<" to the next ">" (or the end),
    and a "<" with another before that ">" opens none. One pass over the document, before
    lxml's, from one "<" or ">" to the next with ``memchr``; each search starts past the last.
    """
    cdef const unsigned char* text = document
    cdef Py_ssize_t length = len(document), least = 2 * max_attributes
    cdef Py_ssize_t start = _next(text, b"<"[0], 0, length), close = -1, following, end
    while start < length:
        following = _next(text, b"<"[0], start + 1, length)
        if close <= start:
            close = _next(text, b">"[0], start + 1, length)
        if close > following:  # another "<" before this one's ">": that one opens the tag
            start = following
            continue
        end = close  # the ">", or the document's end
        if end - start >= least and _ascii_letter(text[start + 1]):
            if _words(text, start, end, max_attributes + 2) > max_attributes + 1:
                return True
        start = following
    return False


cdef inline Py_ssize_t _next(const unsigned char* text, unsigned char byte, Py_ssize_t start, Py_ssize_t length):
    """Where `byte` is next found in text[start:length], or `length` where it is not."""
    if start >= length:
        return length
    cdef const void* found = memchr(text + start, byte, length - start)
    return length if found == NULL else <const unsigned char*>found - text


cdef Py_ssize_t _words(const unsigned char* text, Py_ssize_t start, Py_ssize_t end, Py_ssize_t enough):
    """The words of text[start:end] split on ASCII white space, counted up to `enough`."""
    cdef Py_ssize_t words = 0
    cdef bint in_word = False
    for index in range(start, end):
        if _ascii_space(text[index]):
            in_word = False
        elif not in_word:
            in_word = True
            words += 1
            if words >= enough:
                break
    return words
