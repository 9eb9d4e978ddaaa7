# cython: language_level=3, boundscheck=False, wraparound=False
"""The combiner's passes over every vote and every block of a page, compiled: they run on every page.

A page of 165 lines gets a column of 165 votes or abstentions from each of three dozen
heuristics. Turning the columns into each block's votes, scoring each block and finding the few
votes of a named heuristic took the combiner a quarter of a text page's time in Python, a loop
iteration and an attribute lookup per vote or abstention. The search for the main region runs
over every block's margin once or twice a page, a float addition and a comparison or two a
block. The rules that read those votes and regions stay in `cleaner.combine`.
"""

from cpython.dict cimport PyDict_GetItem
from cpython.list cimport PyList_GET_ITEM, PyList_GET_SIZE, PyList_New, PyList_SET_ITEM
from cpython.object cimport PyObject, PyObject_GenericGetAttr
from cpython.pyport cimport PY_SSIZE_T_MAX
from cpython.ref cimport Py_INCREF
from libc.math cimport INFINITY, exp
from libc.stdlib cimport calloc, free, malloc


cdef extern from "Python.h":
    ctypedef struct PyListObject:
        PyObject **ob_item

# A vote's fields, read as the object's own attributes with the generic lookup, whatever the vote's
# class: a pydantic model may answer an attribute through its `__getattr__` hook (for its private
# attributes, see `cleaner.fast_reads`), which costs three times the plain lookup, and the combiner
# reads a thousand votes a page several times over.
_HEURISTIC, _VALUE = "heuristic", "value"


cdef inline list _as_list(given):
    return given if type(given) is list else list(given)


def block_votes(columns, Py_ssize_t blocks):
    """Each of the `blocks` blocks' votes in the order of `columns` (a sequence per heuristic), without abstentions."""
    cdef list lists = [_as_list(given) for given in columns]
    cdef list column, per_block = PyList_New(blocks), votes
    cdef Py_ssize_t heuristics = PyList_GET_SIZE(lists), index, heuristic, count
    for column in lists:
        if PyList_GET_SIZE(column) != blocks:
            raise ValueError(f"a column holds {PyList_GET_SIZE(column)} votes for {blocks} blocks")
    # A block's votes gathered across the columns first, then put in a list made at its size:
    # appended one at a time, the lists were grown three or four times each; counted in a
    # pass of their own, the columns were read twice.
    # (A byte more than needed: with no heuristic at all, malloc may give NULL for none.)
    cdef PyObject ***items = <PyObject ***>malloc(heuristics * sizeof(PyObject **) + 1)
    cdef PyObject **gathered = <PyObject **>malloc(heuristics * sizeof(PyObject *) + 1)
    cdef PyObject *vote
    if items is NULL or gathered is NULL:
        free(items)
        free(gathered)
        raise MemoryError(f"no room to gather the votes of {heuristics} heuristics")
    try:
        for heuristic in range(heuristics):
            items[heuristic] = (<PyListObject *>PyList_GET_ITEM(lists, heuristic)).ob_item
        for index in range(blocks):
            count = 0
            for heuristic in range(heuristics):
                vote = items[heuristic][index]
                if vote != <PyObject *>None:
                    gathered[count] = vote
                    count += 1
            votes = PyList_New(count)
            for heuristic in range(count):
                Py_INCREF(<object>gathered[heuristic])  # the list takes a reference
                PyList_SET_ITEM(votes, heuristic, <object>gathered[heuristic])
            Py_INCREF(votes)  # as `per_block` does
            PyList_SET_ITEM(per_block, index, votes)
    finally:
        free(items)
        free(gathered)
    return per_block


# The table in which `VoteIndex` numbers a page's vote objects by their address: open-addressed,
# its capacity a power of two, doubled whenever it is half full.
cdef struct _Numbering:
    size_t capacity
    Py_ssize_t count
    void **keys
    int *numbers


cdef int _allot(_Numbering *numbering, size_t capacity) except -1:
    """Give `numbering` `capacity` empty slots (its old ones are the caller's to free)."""
    numbering.capacity = capacity
    numbering.keys = <void **>calloc(capacity, sizeof(void *))
    numbering.numbers = <int *>malloc(capacity * sizeof(int))
    if numbering.keys is NULL or numbering.numbers is NULL:
        raise MemoryError(f"no room to number {numbering.count} votes")
    return 0


cdef void _place(_Numbering *numbering, void *vote, int number) noexcept:
    """Put `vote`, not yet in `numbering`, in its slot with `number`."""
    cdef size_t mask = numbering.capacity - 1
    cdef size_t slot = (<size_t>vote >> 4) & mask
    while numbering.keys[slot] is not NULL:
        slot = (slot + 1) & mask
    numbering.keys[slot] = vote
    numbering.numbers[slot] = number


cdef int _grow(_Numbering *numbering) except -1:
    """Double `numbering`'s capacity, keeping every vote's number."""
    cdef void **keys = numbering.keys
    cdef int *numbers = numbering.numbers
    cdef size_t capacity = numbering.capacity, slot
    try:
        _allot(numbering, 2 * capacity)
        for slot in range(capacity):
            if keys[slot] is not NULL:
                _place(numbering, keys[slot], numbers[slot])
    finally:
        free(keys)
        free(numbers)
    return 0


cdef inline int _number(_Numbering *numbering, PyObject *vote, list votes) except -1:
    """The number of `vote`: the one it was given before, or the next (see `_add`)."""
    cdef size_t mask = numbering.capacity - 1
    cdef size_t slot = (<size_t>vote >> 4) & mask
    while numbering.keys[slot] != <void *>vote:
        if numbering.keys[slot] is NULL:
            return _add(numbering, slot, vote, votes)
        slot = (slot + 1) & mask
    return numbering.numbers[slot]


cdef int _add(_Numbering *numbering, size_t slot, PyObject *vote, list votes) except -1:
    """Give `vote`, new to `numbering`, the next number in its empty `slot`, and append it to `votes`."""
    cdef int number = <int>numbering.count
    numbering.keys[slot] = <void *>vote
    numbering.numbers[slot] = number
    numbering.count += 1
    votes.append(<object>vote)
    if 2 * <size_t>numbering.count > numbering.capacity:
        _grow(numbering)
    return number


cdef list _lists(per_block):
    """`per_block` as a list of lists: itself where it is one already."""
    cdef list blocks = _as_list(per_block)
    for block in blocks:
        if type(block) is not list:
            return [_as_list(given) for given in blocks]
    return blocks


cdef class VoteIndex:
    """A page's votes, one sequence a block (`Cleaner.votes`), as the combiner's passes over them read them: each
    distinct vote object numbered once, its heuristic and value read once, and each block's votes as their numbers.

    Heuristics hand out one shared `Vote` per value and reason (`BaseHeuristic.cast`): a
    ScrapingHub text page's 560 votes are some twenty objects. The passes over every vote (the
    scores, the vetoes, the counts of a thread's and of a record list's blocks) each looked every
    vote up by its address in a table of their own, and read the fields of each object they met;
    made once for all of them, the index spares that, and a pass whose heuristics cast no vote on
    the page reads no block at all: 11,000 instructions fewer a ScrapingHub text page, the index
    made.
    """

    cdef Py_ssize_t blocks
    cdef list votes  # the distinct vote objects by number, in reading order (kept alive: numbered by address)
    cdef list heuristics  # each one's heuristic, by number
    cdef double *values  # each one's value, by number
    cdef Py_ssize_t *starts  # the numbers of block b's votes are numbers[starts[b] : starts[b + 1]]
    cdef int *numbers

    def __cinit__(self, per_block):
        cdef list blocks = _lists(per_block), votes = []
        cdef Py_ssize_t count = PyList_GET_SIZE(blocks), index, position, size, total = 0, distinct
        cdef PyObject *block
        cdef PyObject **items
        cdef int *numbers
        cdef _Numbering numbering
        for index in range(count):
            total += PyList_GET_SIZE(<list>PyList_GET_ITEM(blocks, index))
        self.blocks = count
        self.votes = votes
        # (A byte more than needed: for none, malloc may give NULL.)
        self.starts = <Py_ssize_t *>malloc((count + 1) * sizeof(Py_ssize_t))
        self.numbers = numbers = <int *>malloc(total * sizeof(int) + 1)
        if self.starts is NULL or numbers is NULL:
            raise MemoryError(f"no room to index {total} votes")
        numbering.count = 0
        try:
            _allot(&numbering, 64)
            total = 0
            for index in range(count):
                self.starts[index] = total
                block = PyList_GET_ITEM(blocks, index)
                items = (<PyListObject *>block).ob_item
                size = PyList_GET_SIZE(<list>block)
                for position in range(size):
                    numbers[total + position] = _number(&numbering, items[position], votes)
                total += size
            self.starts[count] = total
        finally:
            free(numbering.keys)
            free(numbering.numbers)
        distinct = PyList_GET_SIZE(self.votes)
        self.values = <double *>malloc(distinct * sizeof(double) + 1)
        if self.values is NULL:
            raise MemoryError(f"no room for the values of {distinct} votes")
        self.heuristics = [PyObject_GenericGetAttr(vote, _HEURISTIC) for vote in self.votes]
        for index in range(distinct):
            self.values[index] = <double>PyObject_GenericGetAttr(self.votes[index], _VALUE)

    def __dealloc__(self):
        free(self.starts)
        free(self.numbers)
        free(self.values)


cdef double _weight(heuristic, weights) except? -1.0:
    """The weight of `heuristic` in `weights`."""
    cdef PyObject* found = PyDict_GetItem(weights, heuristic)  # NULL where the name is missing or `weights` no dict
    # A dict subclass's `__missing__` (the combiner's weights) is asked through `weights[...]` alone.
    return <double><object>found if found is not NULL else <double>weights[heuristic]


def weighted_scores(VoteIndex votes, weights, double bias):
    """Each block's logistic of its votes' values times `weights[vote.heuristic]`, summed in order after `bias`;
    the weight of each distinct vote object is asked for once."""
    cdef Py_ssize_t distinct = PyList_GET_SIZE(votes.votes), number, index, position
    cdef double total
    cdef list scores = PyList_New(votes.blocks)
    cdef object score
    cdef double *weighted = <double *>malloc(distinct * sizeof(double) + 1)
    if weighted is NULL:
        raise MemoryError(f"no room for the weights of {distinct} votes")
    try:
        for number in range(distinct):
            weighted[number] = _weight(votes.heuristics[number], weights) * votes.values[number]
        for index in range(votes.blocks):
            total = bias
            for position in range(votes.starts[index], votes.starts[index + 1]):
                total += weighted[votes.numbers[position]]
            score = 1.0 / (1.0 + exp(-total))
            Py_INCREF(score)  # the list takes the reference
            PyList_SET_ITEM(scores, index, score)
    finally:
        free(weighted)
    return scores


def blocks_voted(VoteIndex votes, heuristics, double above=-INFINITY, Py_ssize_t enough=PY_SSIZE_T_MAX):
    """How many blocks hold a vote above `above` that one of `heuristics` (a set of names) cast, counted up to
    `enough`.

    Where such votes were listed as (block index, vote) pairs, which the combiner then counted by
    block in Python, the thread test and the record list's count cost a ScrapingHub text page
    36,000 instructions: a pair made for each of a comment section's votes, on every block below
    its header, and the pass going on after the first.
    """
    cdef Py_ssize_t distinct = PyList_GET_SIZE(votes.votes), number, index, position, found = 0
    cdef bint any_cast = False
    cdef char *cast = <char *>malloc(distinct + 1)  # whether each vote object is one counted
    if cast is NULL:
        raise MemoryError(f"no room to mark {distinct} votes")
    try:
        for number in range(distinct):
            cast[number] = above < votes.values[number] and votes.heuristics[number] in heuristics
            any_cast = any_cast or cast[number]
        for index in range(votes.blocks if any_cast else 0):
            if found >= enough:
                break
            for position in range(votes.starts[index], votes.starts[index + 1]):
                if cast[votes.numbers[position]]:
                    found += 1
                    break  # the block is counted: its other votes change nothing
    finally:
        free(cast)
    return found


def vetoes_in_order(VoteIndex votes, heuristics, rules_for, tuple words, Py_ssize_t most):
    """Each block's rule, or None, by which the sure chrome votes (the -1 votes of one of `heuristics`, a set of
    names) veto it: first those whose vote comes under a veto's rule; then those of `most` words or fewer whose vote
    comes under a short veto's; then those whose vote comes under a final veto's (three lists, a rule or None a
    block). `rules_for(vote)` names a vote's three rules (each None where it comes under no such rule), asked once
    for each vote object, not once for each block it is on.

    The votes are read here rather than listed first as (block index, vote) pairs: a pair made for each of
    the page's seventy sure chrome votes, and their list, cost a text page 17,000 instructions. A list a
    block holds the rules, where a dictionary by block, grown as the vetoed blocks were found, cost
    14,000 instructions more.
    """
    cdef Py_ssize_t distinct = PyList_GET_SIZE(votes.votes), number, index, position
    cdef list vetoed = [None] * votes.blocks, short_vetoed = vetoed[:], final_vetoed = vetoed[:]
    cdef list rules = [None] * distinct  # each sure chrome vote's rules, by number; None for the other votes
    cdef bint any_vetoing = False, short_found, final_found
    cdef object found
    if len(words) != votes.blocks:
        raise ValueError(f"{len(words)} word counts for {votes.blocks} blocks")
    for number in range(distinct):
        if votes.values[number] <= -1.0 and votes.heuristics[number] in heuristics:
            rules[number] = tuple(rules_for(votes.votes[number]))
            any_vetoing = True
    for index in range(votes.blocks if any_vetoing else 0):
        short_found = final_found = False
        for position in range(votes.starts[index], votes.starts[index + 1]):
            found = <object>PyList_GET_ITEM(rules, votes.numbers[position])
            if found is None:
                continue
            rule, short_rule, final_rule = <tuple>found
            if rule is not None:
                vetoed[index] = rule
                break  # the block is vetoed: its other votes change nothing
            elif short_rule is not None and not short_found and <Py_ssize_t>words[index] <= most:
                short_vetoed[index] = short_rule
                short_found = True
            elif final_rule is not None and not final_found:
                final_vetoed[index] = final_rule
                final_found = True
    return vetoed, short_vetoed, final_vetoed


def region_margins(list scores, tuple words, double threshold, long cap):
    """Each block's contribution to a region before chrome is costed: (score - threshold) × (1 + its words, at
    most `cap`)."""
    cdef Py_ssize_t index, count = PyList_GET_SIZE(scores)
    if len(words) != count:
        raise ValueError(f"{count} scores for {len(words)} blocks")
    cdef list margins = PyList_New(count)
    cdef object margin
    for index in range(count):
        margin = (<double><object>PyList_GET_ITEM(scores, index) - threshold) * (1 + min(<long>words[index], cap))
        Py_INCREF(margin)  # the list takes the reference
        PyList_SET_ITEM(margins, index, margin)
    return margins


def costed(list margins, double chrome_cost):
    """The `margins` with each chrome block's (a negative margin's) multiplied by `chrome_cost`."""
    cdef Py_ssize_t index, count = PyList_GET_SIZE(margins)
    cdef list costed_margins = PyList_New(count)
    cdef double value
    cdef object margin
    for index in range(count):
        margin = <object>PyList_GET_ITEM(margins, index)
        value = <double>margin
        if value < 0:
            margin = value * chrome_cost
        Py_INCREF(margin)  # the list takes the reference
        PyList_SET_ITEM(costed_margins, index, margin)
    return costed_margins


def best_run(list margins):
    """The indices of the maximum-sum run of `margins`; empty when no margin is positive."""
    cdef double best_sum = 0.0, running = 0.0
    cdef Py_ssize_t index, start = 0, best_start = 0, best_stop = 0
    for index in range(PyList_GET_SIZE(margins)):
        running += <double><object>PyList_GET_ITEM(margins, index)
        if running <= 0.0:
            running = 0.0
            start = index + 1
        elif running > best_sum:
            best_sum, best_start, best_stop = running, start, index + 1
    return range(best_start, best_stop)


def best_run_starting_in(list margins, starts):
    """The maximum-sum run of `margins` among those beginning in `starts` (a range), through prefix sums.

    Empty when no such run has a positive sum.
    """
    cdef Py_ssize_t count = PyList_GET_SIZE(margins), index, start, end
    cdef Py_ssize_t best_start = 0, best_stop = 0
    cdef double best_sum = 0.0
    # prefix[i]: the sum of the first i margins; best_end[i]: the end (exclusive) at or after i
    # with the largest prefix sum.
    cdef double* prefix = <double*>malloc((count + 1) * sizeof(double))
    cdef Py_ssize_t* best_end = <Py_ssize_t*>malloc((count + 1) * sizeof(Py_ssize_t))
    try:
        if prefix is NULL or best_end is NULL:
            raise MemoryError(f"no room for the prefix sums of {count} margins")
        prefix[0] = 0.0
        for index in range(count):
            prefix[index + 1] = prefix[index] + <double><object>PyList_GET_ITEM(margins, index)
        best_end[count] = count
        for index in range(count - 1, -1, -1):
            best_end[index] = best_end[index + 1] if prefix[best_end[index + 1]] > prefix[index] else index
        for start in starts:
            if not 0 <= start < count:
                continue  # no run begins past the last margin
            end = best_end[start + 1]
            if prefix[end] - prefix[start] > best_sum:
                best_sum, best_start, best_stop = prefix[end] - prefix[start], start, end
    finally:
        free(prefix)
        free(best_end)
    return range(best_start, best_stop)


def short_blocks_follow(
    tuple words, list scores, list labels, list decisions, Py_ssize_t most, double sure_chrome, chrome, rules,
    frozenset held=None, tuple terminal=None, Py_ssize_t longest_between_prose=1
):
    """Each stretch of blocks of `most` words or fewer takes the label its longer neighbours share (in place).

    See `cleaner.combine._short_blocks_follow_neighbours`: `chrome` is the chrome label, the page's
    edges count as chrome, a short block scoring under `sure_chrome` or in `held` (indices, where
    given) stays chrome between body neighbours, and `rules` names the decision for each label.
    Where `terminal` (each block's ends-like-a-sentence flag) is given, a stretch of
    `longest_between_prose` blocks or more between two body neighbours that both end like a
    sentence keeps its own labels.
    """
    cdef Py_ssize_t count = len(labels), index, short, previous = -1
    if not (len(words) == len(scores) == len(decisions) == count) or (terminal is not None and len(terminal) != count):
        raise ValueError(f"the columns of a page of {count} blocks differ in length")
    preceding = chrome
    for index in range(count + 1):
        if index < count and <Py_ssize_t>words[index] <= most:
            continue
        following = labels[index] if index < count else chrome
        if index > previous + 1 and preceding is following and not (
            # Body neighbours are blocks, never a page edge (an edge counts as chrome).
            following is not chrome
            and terminal is not None
            and index - previous - 1 >= longest_between_prose
            and terminal[previous]
            and terminal[index]
        ):
            rule = rules[following]
            for short in range(previous + 1, index):
                if following is chrome or (
                    <double>scores[short] >= sure_chrome and (held is None or short not in held)
                ):
                    labels[short] = following
                    decisions[short] = rule
        previous, preceding = index, following


def heading_shaped(tuple words, tuple terminal, list scores, Py_ssize_t most, double sure_chrome):
    """The blocks of `most` words or fewer not ending like a sentence, scoring `sure_chrome` or more, in order."""
    cdef Py_ssize_t count = len(words), index
    if not (len(terminal) == len(scores) == count):
        raise ValueError(f"the columns of a page of {count} blocks differ in length")
    cdef list found = []
    for index in range(count):
        if <Py_ssize_t>words[index] <= most and not terminal[index] and <double>scores[index] >= sure_chrome:
            found.append(index)
    return found


def item_runs(tuple tags, tuple containers, tuple names, str item_tag):
    """The runs of consecutive `item_tag` blocks in one context (equal containers and names), in order, as ranges.

    A context's sets are mostly the very same objects from block to block: the comparison finds
    them so at once (a set's own comparison reads it whole).
    """
    cdef Py_ssize_t count = len(tags), index, start = -1
    if not (len(containers) == len(names) == count):
        raise ValueError(f"the columns of a page of {count} blocks differ in length")
    cdef list runs = []
    for index in range(count + 1):
        if start >= 0 and (
            index == count
            or tags[index] != item_tag
            or not _same(containers[index], containers[index - 1])
            or not _same(names[index], names[index - 1])
        ):
            runs.append(range(start, index))
            start = -1
        if start < 0 and index < count and tags[index] == item_tag:
            start = index
    return runs


def label_by_score(
    list scores, Py_ssize_t start, Py_ssize_t stop, double least, body, chrome, str body_rule, str chrome_rule,
    list labels, list decisions
):
    """Append to `labels` and `decisions` those of the blocks from `start` to `stop`: `body` by `body_rule` where
    the block's score is `least` or more, else `chrome` by `chrome_rule`."""
    cdef Py_ssize_t index
    if not 0 <= start <= stop <= len(scores):
        raise ValueError(f"blocks {start} to {stop} of a page of {len(scores)}")
    for index in range(start, stop):
        if <double>scores[index] >= least:
            labels.append(body)
            decisions.append(body_rule)
        else:
            labels.append(chrome)
            decisions.append(chrome_rule)


def relabel(list rules, list labels, list decisions, old, new):
    """Each block labelled `old` whose rule in `rules` (a rule or None a block) is not None becomes `new` by that
    rule (in place).

    The combiner's vetoes land so, a few dozen blocks a page four times over: a Python loop over
    them cost a ScrapingHub text page 43,000 instructions.
    """
    cdef Py_ssize_t count = PyList_GET_SIZE(labels), index
    if not (len(decisions) == PyList_GET_SIZE(rules) == count):
        raise ValueError(f"{len(rules)} rules and {len(decisions)} decisions for {count} labels")
    for index in range(count):
        rule = <object>PyList_GET_ITEM(rules, index)
        if rule is not None and <object>PyList_GET_ITEM(labels, index) is old:
            labels[index] = new
            decisions[index] = rule


def relabel_stretch(
    Py_ssize_t start, Py_ssize_t stop, list labels, list decisions, old, new, str rule, tuple keep=None
):
    """Each block from `start` to `stop` labelled `old` becomes `new` by `rule` (in place), but those that `keep`
    (a flag a block, where given) flags.

    A text article's ends are cut so, every line above its headline or below its region: a Python
    loop over them cost a ScrapingHub text page 20,000 instructions.
    """
    cdef Py_ssize_t count = PyList_GET_SIZE(labels), index
    if len(decisions) != count or (keep is not None and len(keep) != count):
        raise ValueError(f"the columns of a page of {count} blocks differ in length")
    if not 0 <= start <= stop <= count:
        raise ValueError(f"blocks {start} to {stop} of a page of {count}")
    for index in range(start, stop):
        if labels[index] is old and (keep is None or not keep[index]):
            labels[index] = new
            decisions[index] = rule


def between_body(candidates, list labels, list decisions, body, chrome, str rule):
    """Each of the ascending `candidates` that is `chrome` between two `body` blocks becomes `body` by `rule` (in
    place).

    In reading order: a candidate under one made body here may follow it. A text page's heading-shaped
    lines are half its lines: a Python loop over them cost a ScrapingHub text page 40,000 instructions.
    """
    cdef Py_ssize_t last = PyList_GET_SIZE(labels) - 1, index
    if len(decisions) != last + 1:
        raise ValueError(f"{len(decisions)} decisions for {last + 1} labels")
    for index in candidates:
        if 0 < index < last and labels[index] is chrome and labels[index - 1] is body and labels[index + 1] is body:
            labels[index] = body
            decisions[index] = rule


def labelled(values, list labels, label):
    """The `values` (one a block) of the blocks whose label is `label`, in order.

    Through `compress` and `map(is_, ...)`, a function call and two iterators' steps a block, the
    body's texts cost a ScrapingHub text page 35,000 instructions more to pick for its joined text,
    and the body's words nearly as many more to count (`cleaner.combine._sparse`).
    """
    cdef Py_ssize_t index, count = PyList_GET_SIZE(labels)
    if len(values) != count:
        raise ValueError(f"{len(values)} values for {count} labels")
    cdef list found = []
    for index in range(count):
        if <object>PyList_GET_ITEM(labels, index) is label:
            found.append(values[index])
    return found


def flags_set(tuple flags, Py_ssize_t start, Py_ssize_t stop):
    """How many of `flags` from `start` to `stop` are set.

    The combiner counts a stretch's prose lines so, seven times a page: `sum` over a slice added the
    flags one by one through the generic number protocol (a bool is no exact int), 8,000
    instructions a ScrapingHub text page.
    """
    cdef Py_ssize_t index, found = 0
    if not 0 <= start <= stop <= len(flags):
        raise ValueError(f"flags {start} to {stop} of {len(flags)}")
    for index in range(start, stop):
        if flags[index]:
            found += 1
    return found


def label_runs(list labels, label):
    """How many separate runs of blocks labelled `label` `labels` holds."""
    cdef Py_ssize_t index, runs = 0
    cdef bint inside = False, labelled_so
    for index in range(PyList_GET_SIZE(labels)):
        labelled_so = <object>PyList_GET_ITEM(labels, index) is label
        if labelled_so and not inside:
            runs += 1
        inside = labelled_so
    return runs


def follow_template_body(
    tuple templates, tuple words, list labels, list decisions, body, chrome, Py_ssize_t min_blocks, double min_share,
    str rule
):
    """Make body, by `rule`, the `chrome` blocks of each template of `min_blocks` blocks or more whose words are
    `min_share` `body` or more (in place).

    A template is a number of `templates`, one a block, counted from 0 up: its blocks' words are
    summed in an array, as many as the page has templates, where a dictionary of lists took
    70 µs a ScrapingHub page.
    """
    cdef Py_ssize_t count = len(labels), index, template, templates_made = 0
    if not (len(templates) == len(words) == len(decisions) == count):
        raise ValueError(f"the columns of a page of {count} blocks differ in length")
    for index in range(count):
        template = templates[index]
        if template < 0:
            raise ValueError(f"template numbers count from 0, got {template} for block {index}")
        templates_made = max(templates_made, template + 1)
    cdef Py_ssize_t* blocks = <Py_ssize_t*>calloc(templates_made + 1, sizeof(Py_ssize_t))
    cdef double* all_words = <double*>calloc(templates_made + 1, sizeof(double))
    cdef double* chrome_words = <double*>calloc(templates_made + 1, sizeof(double))
    if blocks is NULL or all_words is NULL or chrome_words is NULL:
        _free_all(blocks, all_words, chrome_words)
        raise MemoryError()
    try:
        for index in range(count):
            template = templates[index]
            blocks[template] += 1
            all_words[template] += <Py_ssize_t>words[index]
            if labels[index] is chrome:
                chrome_words[template] += <Py_ssize_t>words[index]
        for index in range(count):
            template = templates[index]
            if (
                labels[index] is chrome
                and blocks[template] >= min_blocks
                and chrome_words[template] <= (1.0 - min_share) * all_words[template]
            ):
                labels[index], decisions[index] = body, rule
    finally:
        _free_all(blocks, all_words, chrome_words)


cdef inline void _free_all(Py_ssize_t* blocks, double* all_words, double* chrome_words) noexcept:
    free(blocks)
    free(all_words)
    free(chrome_words)


cdef inline bint _same(one, other) except -1:
    return one is other or one == other
