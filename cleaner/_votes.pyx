# cython: language_level=3, boundscheck=False, wraparound=False
"""The combiner's passes over every vote of a page, compiled: they run on every block of every page.

A page of 165 lines gets a column of 165 votes or abstentions from each of three dozen
heuristics. Turning the columns into each block's votes, scoring each block and finding the few
votes of a named heuristic took the combiner a quarter of a text page's time in Python, a loop
iteration and an attribute lookup per vote or abstention. The rules that read those votes stay in
`cleaner.combine`.
"""

from cpython.list cimport PyList_GET_ITEM, PyList_GET_SIZE
from libc.math cimport exp


def block_votes(columns, Py_ssize_t blocks):
    """Each of the `blocks` blocks' votes in the order of `columns` (a sequence per heuristic), without abstentions."""
    cdef list lists = [given if type(given) is list else list(given) for given in columns]
    cdef list column, block, per_block = []
    cdef Py_ssize_t index
    for column in lists:
        if PyList_GET_SIZE(column) != blocks:
            raise ValueError(f"a column holds {PyList_GET_SIZE(column)} votes for {blocks} blocks")
    for index in range(blocks):
        block = []
        for column in lists:
            vote = <object>PyList_GET_ITEM(column, index)
            if vote is not None:
                block.append(vote)
        per_block.append(block)
    return per_block


def weighted_scores(per_block, weights, double bias):
    """Each block's logistic of its votes' values times `weights[vote.heuristic]`, summed in order after `bias`."""
    cdef list scores = []
    cdef double total
    for block in per_block:
        total = bias
        for vote in block:
            total += <double>weights[vote.heuristic] * <double>vote.value
        scores.append(1.0 / (1.0 + exp(-total)))
    return scores


def votes_by(per_block, heuristics):
    """Every vote that one of `heuristics` (a set of names) cast, as (block index, vote), in reading order."""
    cdef list found = []
    cdef Py_ssize_t index = -1
    for block in per_block:
        index += 1
        for vote in block:
            if vote.heuristic in heuristics:
                found.append((index, vote))
    return found
