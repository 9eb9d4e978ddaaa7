# cython: language_level=3, boundscheck=False, wraparound=False
"""The walk that renders an lxml document into lines, compiled: it runs on every node of every page.

It reads libxml2's nodes in place, through lxml's C API, instead of asking lxml for a Python
object per element, a string per tag and a mapping per attribute list: on ScrapingHub's pages
the walk in Python took three times lxml's parse. What it renders is described in
`cleaner.segment.html`; the vocabulary of tags, and what hides an element, in
`cleaner.segment.dom`.
"""

import re

from cpython.object cimport PyObject
from cpython.unicode cimport PyUnicode_DATA, PyUnicode_DecodeUTF8, PyUnicode_GET_LENGTH
from libc.stdlib cimport free, malloc, realloc
from libc.string cimport memchr, memcpy, memset, strcmp, strlen

from lxml.includes cimport tree
from lxml.includes.etreepublic cimport _Element

from cleaner.segment._words cimport word_str

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


cdef Py_ssize_t _stripped_characters(const unsigned char* data, Py_ssize_t length) noexcept:
    """The characters of the `length` bytes at `data` once stripped of white space at both ends (`len(text.strip())`)."""
    cdef Py_ssize_t start = 0, last = 0, position, characters = 0
    cdef int space
    while start < length and (space := _space_length(data + start, length - start)):
        start += space
    # The end of the last character that is not white space.
    position = start
    while position < length:
        space = _space_length(data + position, length - position)
        if space:
            position += space
        else:
            position += _character_length(data[position])
            last = position
    for position in range(start, last):
        if data[position] & 0xC0 != 0x80:  # not a continuation byte: a character starts here
            characters += 1
    return characters


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
    """`text` as the walk puts it on a line: each run of white space made one space, none at either end, and
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
    """`len(text.strip())`, as the walk counts a link's characters: from the text's UTF-8 bytes."""
    encoded = text.encode("utf-8")
    return _stripped_characters(encoded, len(encoded))


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
    words = set()
    try:
        for position in range(length + 1):
            byte = data[position] | 0x20 if position < length else 0
            if c'a' <= byte <= c'z':
                lowered[position] = byte
                if start < 0:
                    start = position
            elif start >= 0:
                words.add(word_str(<const unsigned char*>lowered + start, position - start, &function_words))
                start = -1
    finally:
        free(lowered)
    return frozenset(words)


# What the walk asks of a tag, as bits, worked out once per tag name and page.
cdef enum:
    _SKIP = 1
    _BREAKING = 2
    _PARAGRAPH = 4
    _CELL = 8
    _LINK = 16
    _PRE = 32
    _BR = 64
    _CONTEXT_CHANGING = 128
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
    )


cdef class Context:
    """What an open element tells the lines it owns (shared by its children until one changes it).

    Compared and hashed by identity: each is made once per page (see `Renderer.contexts`), and
    never changed once made.
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
    """The words of `context`'s chain of names together: its parent's, and its element's own.

    Made once for each context, from the nearest one that has them, without recursion (a chain
    is as deep as the page): a context of the same chain as its parent shares the parent's set.
    Joining each block's chain of ten sets whole took a twentieth of an HTML page's segmentation.
    Equal sets are one object, through the page's table `made`: the heuristics key their tables
    by them, and a set found again by identity is not compared word by word (2% of a page's
    instructions went to comparing equal sets of two contexts).
    """
    cdef list pending = []
    while context.joined_names is None:
        pending.append(context)
        context = context.parent
    cdef frozenset joined = context.joined_names
    for context in reversed(pending):
        if context.own_names:
            joined = joined | context.own_names
            joined = made.setdefault(joined, joined)
        context.joined_names = joined
    return joined


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


cdef tree.xmlAttr* _find(tree.xmlNode* node, const char* name):
    cdef tree.xmlAttr* attribute = node.properties
    while attribute is not NULL and strcmp(<const char*>attribute.name, name) != 0:
        attribute = attribute.next
    return attribute


cdef object _value(tree.xmlAttr* attribute):
    """The value of `attribute` as lxml's ``get`` gives it, or None for no attribute."""
    if attribute is NULL:
        return None
    cdef tree.xmlNode* part = attribute.children
    if part is not NULL and part.next is NULL and part.content is not NULL:
        return _decoded(part.content)
    value = []
    while part is not NULL:
        if part.content is not NULL:
            value.append(_decoded(part.content))
        part = part.next
    return "".join(value)


cdef object _attribute(tree.xmlNode* node, const char* name):
    return _value(_find(node, name))


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

    cdef bint may_be_in(self, tree.xmlAttr* attribute):
        """Whether the value of `attribute` may hold one of the words: a value in pieces may."""
        if attribute is NULL or attribute.children is NULL:
            return False
        cdef tree.xmlNode* part = attribute.children
        if part.next is not NULL or part.content is NULL:
            return True  # a value in pieces: let the full test tell
        return self.found_in(part.content)


# The words one of which every class name that `hidden_from_sight` takes holds, as libxml2 keeps them (UTF-8).
cdef _WordSet _VISUALLY_HIDDEN = _WordSet(tuple(word.encode() for word in VISUALLY_HIDDEN_WORDS))
# What a style value holds where it may hide its element (``display: none``, ``visibility: hidden``).
cdef _WordSet _HIDING_STYLE = _WordSet((b"none", b"hidden"))


cdef class Renderer:
    """Walks the DOM once and gathers the lines with their contexts and blank-line breaks.

    An element's context is made only when a line inside it needs an owner: the elements
    that hold no line (a third of them: images, empty wrappers, widget scaffolding) never
    need theirs, and the rest each look theirs up once.
    """

    cdef public list texts, blank_before, link_chars, depths
    cdef list owners  # the context that owns each line: read through `owner_columns`
    cdef bint show_hidden  # whether hidden elements are read as well
    # Whether the walk left out an element for being hidden: a walk that left out none reads
    # the same with hidden elements shown.
    cdef readonly bint hid_any
    cdef int max_depth
    cdef Py_ssize_t max_line_chars
    # The current line, its white space squeezed as its text comes (see `_Line`): decoded once,
    # where each text node decoded, then the line joined and squeezed, took three strings.
    cdef _Line line
    cdef Py_ssize_t line_link_chars
    cdef object owner
    cdef int owner_depth
    cdef bint pending_blank
    # The open elements, outermost first, and the context of each once a line has asked for it
    # (after the context outside them all); and how many of them are links and <pre>, which
    # every piece of text asks.
    cdef tree.xmlNode** open_nodes
    cdef int* open_flags
    cdef int depth
    cdef list open_contexts
    cdef int open_links, open_pres
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

    def __init__(self, bint show_hidden=False, limits=DEFAULT_LIMITS):
        self.show_hidden = show_hidden
        self.hid_any = False
        self.max_depth = limits.max_depth
        self.max_line_chars = limits.max_line_chars
        self.texts, self.blank_before, self.link_chars, self.owners, self.depths = [], [], [], [], []
        self.line_link_chars = 0
        self.owner = None
        self.owner_depth = 0
        self.pending_blank = True
        self.open_nodes = NULL
        self.open_flags = NULL
        self.depth = 0
        self.open_contexts = [TOP]
        self.open_links = self.open_pres = 0
        self.tags, self.contexts, self.name_tokens, self.joined_sets = {}, {}, {}, {}

    def __cinit__(self, *args, **kwargs):
        memset(&self.line, 0, sizeof(_Line))

    def __dealloc__(self):
        free(self.line.data)

    def walk(self, _Element root not None):
        """Render `root`'s subtree, depth first, without recursion."""
        self.open_nodes = <tree.xmlNode**>malloc(self.max_depth * sizeof(tree.xmlNode*))
        self.open_flags = <int*>malloc(self.max_depth * sizeof(int))
        try:
            if self.open_nodes is NULL or self.open_flags is NULL:
                raise MemoryError
            self._walk(root._c_node)
        finally:
            free(self.open_nodes)
            free(self.open_flags)
            self.open_nodes = NULL
            self.open_flags = NULL

    cdef _walk(self, tree.xmlNode* top):
        cdef tree.xmlNode* node = top
        while True:
            if node.type == tree.XML_ELEMENT_NODE:
                if self._start(node) and node.children is not NULL:
                    node = node.children
                    continue
                self._end()
            elif node.type == tree.XML_TEXT_NODE or node.type == tree.XML_CDATA_SECTION_NODE:
                self._text(node.content)
            # Up to the next node that follows, closing the elements left on the way.
            while node is not top and node.next is NULL:
                node = node.parent
                self._end()
            if node is top:
                break
            node = node.next
        # The root's tail, as lxml's walk reads it at the root's end.
        node = top.next
        while node is not NULL and (node.type == tree.XML_TEXT_NODE or node.type == tree.XML_CDATA_SECTION_NODE):
            self._text(node.content)
            node = node.next
        self.flush(True)

    cdef tuple _tag(self, tree.xmlNode* node):
        key = <size_t>node.name
        info = self.tags.get(key)
        if info is None:
            tag = _decoded(node.name)
            info = self.tags[key] = (tag, _tag_flags(tag))
        return <tuple>info

    cdef Py_ssize_t _slot(self, tree.xmlNode* node) except -2:
        """The slot of `node`'s tag name in the table of tags, filled on first sight; -1 where the table is full
        (a page of more distinct tags than slots)."""
        # The address's low bits are alignment: the slot comes from the bits above them.
        cdef size_t slot = (<size_t>node.name >> 4) % _FLAG_SLOTS
        cdef int probes
        for probes in range(_FLAG_SLOTS):
            if self.flag_names[slot] == node.name:
                return slot
            if self.flag_names[slot] is NULL:
                tag, flags = self._tag(node)
                self.flag_names[slot] = node.name
                self.flag_tags[slot] = <PyObject*>tag
                self.flag_values[slot] = flags
                return slot
            slot = (slot + 1) % _FLAG_SLOTS
        return -1

    cdef int _flags(self, tree.xmlNode* node) except -1:
        """What the walk asks of `node`'s tag (see `_tag_flags`)."""
        cdef Py_ssize_t slot = self._slot(node)
        return self.flag_values[slot] if slot >= 0 else self._tag(node)[1]

    cdef bint _start(self, tree.xmlNode* node) except -1:
        """Open `node`: whether its content is read (skipped and hidden elements are not)."""
        cdef int flags = self._flags(node)
        if self.depth >= self.max_depth:
            raise ParserLimitError
        self.open_nodes[self.depth] = node
        self.open_flags[self.depth] = flags
        self.depth += 1
        self.open_contexts.append(None)
        if flags & _LINK:
            self.open_links += 1
        elif flags & _PRE:
            self.open_pres += 1
        if flags & _SKIP:
            return False
        if node.properties is not NULL and not self.show_hidden and self._hidden(node):
            self.hid_any = True
            return False
        if flags & _BREAKING:
            self.flush(flags & _PARAGRAPH)
        elif flags & _BR:
            self.flush(False)
        elif flags & _CELL and self.owner is not None:
            _put(&self.line, _CELL_SEPARATOR, len(_CELL_SEPARATOR))
        return True

    cdef bint _hidden(self, tree.xmlNode* node) except -1:
        """Whether `node` is out of sight (see `hidden_from_sight`), asked only where an attribute may tell."""
        cdef bint has_hidden = _find(node, b"hidden") is not NULL
        cdef tree.xmlAttr* style = _find(node, b"style")
        cdef tree.xmlAttr* class_name = _find(node, b"class")
        if not (has_hidden or _HIDING_STYLE.may_be_in(style) or _VISUALLY_HIDDEN.may_be_in(class_name)):
            return False
        return hidden_from_sight(
            has_hidden, _value(style), _value(class_name), _attribute(node, b"id"), _attribute(node, b"role")
        )

    cdef _end(self):
        """Close the innermost open element."""
        self.depth -= 1
        cdef int flags = self.open_flags[self.depth]
        self.open_contexts.pop()
        if flags & _LINK:
            self.open_links -= 1
        elif flags & _PRE:
            self.open_pres -= 1
        if flags & _BREAKING:
            self.flush(flags & _PARAGRAPH)

    cdef _text(self, const tree.xmlChar* content):
        if content is NULL:
            return
        cdef const unsigned char* data = <const unsigned char*>content
        cdef Py_ssize_t length = strlen(<const char*>content), end
        cdef const void* newline
        if self.open_pres:
            # Each line of preformatted text is a line of its own.
            while (newline := memchr(data, c'\n', length)) is not NULL:
                end = <const unsigned char*>newline - data
                self.add(data, end)
                self.flush(False)
                data, length = data + end + 1, length - end - 1
        self.add(data, length)

    cdef Context context(self):
        """The context of the innermost open element, made (with its ancestors') on first use."""
        cdef list contexts = self.open_contexts
        cdef Py_ssize_t known = len(contexts) - 1
        cdef Py_ssize_t index
        while (context := contexts[known]) is None:
            known -= 1
        for index in range(known + 1, len(contexts)):
            context = contexts[index] = self._context_of(context, self.open_nodes[index - 1])
        return context

    cdef Context _context_of(self, Context parent, tree.xmlNode* node):
        """The context of `node`, a child of an element whose context is `parent`."""
        cdef Py_ssize_t slot = self._slot(node)
        cdef str tag
        cdef int flags
        if slot >= 0:
            tag, flags = <str>self.flag_tags[slot], self.flag_values[slot]
        else:
            tag, flags = self._tag(node)
        class_name, id_name = _attribute(node, b"class"), _attribute(node, b"id")
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
            tokens = self.name_tokens[key] = name_words(f"{class_name or ''} {id_name or ''}")
        return <frozenset>tokens

    cdef add(self, const unsigned char* data, Py_ssize_t length):
        """Put the `length` bytes at `data` on the current line; its first piece that is not blank gives the line
        its owner (indentation between tags, before a line has begun, is nothing)."""
        if self.owner is None:
            if _all_space(data, length):
                return
            self.owner, self.owner_depth = self.context(), self.depth
        _put(&self.line, data, length)
        if self.open_links:
            self.line_link_chars += _stripped_characters(data, length)

    cdef flush(self, bint blank):
        if self.owner is not None:
            text = _text_of(&self.line)
            if len(text) > self.max_line_chars:
                self.add_long_line(text, self.owner)
            # A line that shows nothing is blank, as `segment_text` reads the rendering.
            elif text and (text[0].isascii() or not shows_nothing(text)):
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
        self.pending_blank = False

    def owner_columns(self):
        """What each line takes from the element that owns it, a tuple each: the block tag, the heading level,
        the semantic containers, the chain of class and id names, those names together, the template's number."""
        cdef Py_ssize_t count = len(self.owners), index
        cdef list tags = [None] * count, levels = [None] * count, containers = [None] * count
        cdef list chains = [None] * count, names = [None] * count, numbers = [None] * count
        cdef Context owner
        for index in range(count):
            owner = self.owners[index]
            tags[index], levels[index], containers[index] = owner.block_tag, owner.heading_level, owner.containers
            chains[index], numbers[index] = owner.name_sets, owner.number
            names[index] = _joined_names(owner, self.joined_sets)
        return tuple(tags), tuple(levels), tuple(containers), tuple(chains), tuple(names), tuple(numbers)

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
