"""The segmented page handed to every heuristic: one column per block feature.

Features are kept as columns (one tuple per feature, one entry per block, in reading order)
rather than one object per block: heuristics read them with `zip` and `map`, and a page of
a few hundred blocks costs no object per block until someone asks for `blocks`.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator
from functools import cached_property
from itertools import compress, count
from operator import not_
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from cleaner.fast_reads import FastReadModel
from cleaner.segment.compiled import (
    blocks_holding,
    index_words,
    joined_runs,
    line_marks,
    lines_containing,
    lines_mostly_linked,
    prose_flags,
    repeated_places,
    token_blocks,
)

# The words that `SegmentedPage.blocks_holding` has been asked for in this process, which the index
# of a page's tokens holds alone. The heuristics ask for fixed sets (some 200 words, a twentieth of
# a page's tokens): indexing every token cost a text page 5% of its instructions. A word asked for
# the first time is looked for in every block's tokens, and is indexed on the pages read after;
# a caller that asks for ever new words (made from each page) stops adding them here at
# `_MAX_INDEXED_WORDS`, and its words are looked for so from then on.
_MAX_INDEXED_WORDS = 10_000
_indexed_words: frozenset[str] = frozenset()

# A vocabulary of indexed words, and the sets of words asked for that it is known to hold all of. The
# heuristics ask for the same sets on every page, and pages read after the same words were indexed
# hold the same vocabulary: a set is then known at once, where looking each of its words up in the
# vocabulary took a text page 29,000 instructions. A caller that asks for ever new sets (made from each
# page) stops adding them here at `_MAX_KNOWN_SETS`.
_MAX_KNOWN_SETS = 1_000
_known_subsets: tuple[frozenset[str], set[frozenset[str]]] = (frozenset(), set())

# The words indexed on a page, and where each of them stands: the block that holds it, or the
# ascending blocks, where several do (see `token_blocks`).
TokenIndex = tuple[frozenset[str], dict[str, int | list[int]]]


def blocks_using(words: frozenset[str], tokens: Iterable[Collection[str]]) -> Iterator[int]:
    """The indices of the blocks whose `tokens` (case-folded, one tuple per block; or other words a block holds,
    its class and id words) hold one of `words`.

    For tokens other than a block's own (those of the page's first half, say), and for words the page's
    index does not hold, without a Python call per line; of a block's own tokens, for the words
    the heuristics ask for, `SegmentedPage.blocks_holding` knows from its index.
    """
    return compress(count(), map(not_, map(words.isdisjoint, tokens)))


class BlockFeatures(BaseModel):
    """One block's features, as one object (see `SegmentedPage.blocks`)."""

    model_config = ConfigDict(frozen=True)

    text: str
    fingerprint: str = Field(description="the words case-folded, space-joined: equal for near-equal texts")
    tokens: tuple[str, ...] = Field(description="the words case-folded: the fingerprint, split")
    repeats: int = Field(description="how many blocks of the page share this fingerprint, itself included")
    index: int
    start: int = Field(description="character offset of the block in the decoded input")
    end: int
    words: int
    stopwords: int
    upper_initial_words: int = Field(description="words that start with an upper-case letter")
    ends_with_terminal: bool = Field(
        description="ends like a sentence: . ! ? and their kin, closing quotes and brackets and footnote marks aside"
    )
    blank_before: bool = Field(description="a blank line (or the page start) precedes it")
    blank_after: bool = Field(description="a blank line (or the page end) follows it")
    # DOM features: HTML pages only; text pages keep these defaults.
    link_chars: int = Field(0, description="characters of the block inside links")
    tag: str = Field("", description="the element that holds the block (p, li, h2, td, div, ...)")
    heading_level: int = Field(0, description="1 to 6 inside h1 to h6, else 0")
    containers: frozenset[str] = Field(
        frozenset(), description="semantic elements among its ancestors (nav, aside, footer, header, form, ...)"
    )
    class_tokens: frozenset[str] = Field(frozenset(), description="words of its ancestors' class and id names")
    name_chain: tuple[frozenset[str], ...] = Field(
        (), description="the same words, one set per named ancestor (its own element's last), outermost first"
    )
    depth: int = Field(0, description="elements between the block and the document root")
    named_element: int = Field(
        0,
        description="the number of the innermost element with a class or an id around it (0 for none): blocks of "
        "one number stand in one such element, where blocks of one name chain may stand in several named alike",
    )
    template: int = Field(
        0,
        description="the number of its DOM context on the page (tag, heading level, semantic containers and named "
        "ancestors): blocks of one number were written by one template",
    )
    panel: int = Field(0, description="the number of the tab panel around it (0 for none)")


class SegmentedPage(FastReadModel):
    """A page cut into blocks; heuristics read it and never change it.

    Every page fills the text columns; HTML pages fill the DOM columns too (`has_dom`),
    which stay empty on text pages, and may carry the title the page gives itself.
    """

    model_config = ConfigDict(frozen=True)

    url: str | None = None
    format: str
    texts: tuple[str, ...] = ()
    fingerprints: tuple[str, ...] = ()
    tokens: tuple[tuple[str, ...], ...] = ()
    repeats: tuple[int, ...] = ()
    starts: tuple[int, ...] = ()
    ends: tuple[int, ...] = ()
    words: tuple[int, ...] = ()
    stopwords: tuple[int, ...] = ()
    upper_initial_words: tuple[int, ...] = ()
    ends_with_terminal: tuple[bool, ...] = ()
    blank_before: tuple[bool, ...] = ()
    blank_after: tuple[bool, ...] = ()
    title_hint: str | None = Field(None, description="the page's own title (og:title or <title>), HTML only")
    headline: int | None = Field(
        None,
        description="index of the headline: on HTML the heading that matches `title_hint`, on text the line that "
        "the URL's slug names",
    )
    link_chars: tuple[int, ...] = ()
    tags: tuple[str, ...] = ()
    heading_levels: tuple[int, ...] = ()
    containers: tuple[frozenset[str], ...] = ()
    class_tokens: tuple[frozenset[str], ...] = ()
    name_chains: tuple[tuple[frozenset[str], ...], ...] = ()
    depths: tuple[int, ...] = ()
    named_elements: tuple[int, ...] = Field(
        (),
        description="per block: the number of the innermost element with a class or an id around it, the elements "
        "numbered in the order they start (0 for none): blocks of one number stand in one such element",
    )
    templates: tuple[int, ...] = ()
    panels: tuple[int, ...] = Field(
        (),
        description="per block: the number of the innermost element with ARIA's role of a tab panel around it (0 "
        "for none), numbered as `named_elements` are: blocks of one number stand in one panel of a tab set",
    )
    # Site columns: filled when the page is cleaned with its host's profile (see cleaner.site).
    site_pages: tuple[int, ...] = Field((), description="per block: pages of the site's profile that hold it")
    site_profile_pages: int = Field(0, description="pages the site's profile was learned from")

    @classmethod
    def of_columns(
        cls, token_index: TokenIndex | None = None, marks: bytes | None = None, **columns: Any
    ) -> SegmentedPage:
        """A page of `columns`, already of their declared types, the other fields left at their defaults: not
        validated again; and where the reader made them, `token_index`, the index of its tokens (see
        `blocks_holding`), and `marks`, its lines' marks (see `blocks_containing`).

        A copy of a blank page with the columns put in: `model_construct` sets every field it is
        not given from its default, one by one, which took 13 µs a page where the copy takes 3.
        """
        page = _BLANK.model_copy(update=columns)
        # Where `cached_property` keeps its value.
        if token_index is not None:
            page.__dict__["_token_index"] = token_index
        if marks is not None:
            page.__dict__["_marks"] = marks
        return page

    def __len__(self) -> int:
        return len(self.texts)

    @property
    def has_dom(self) -> bool:
        """Whether the DOM columns are filled (an HTML page with blocks)."""
        return bool(self.tags)

    def blocks_containing(self, *substrings: str) -> list[int]:
        """The blocks whose text contains any of `substrings`, in order.

        The heuristics ask for punctuation ("=", "#", "](", a tab) that most lines lack: the
        lines' marks, read once a page (which of ASCII's punctuation marks and the tab each
        holds), name the only lines that may hold such a substring, and only those are searched.
        A search of all the blocks joined took 43 µs a ScrapingHub page, most of it joining them
        and finding where each starts, and reading a page with a curly quote character by character
        (17 µs so in text, 24 in HTML).
        """
        return lines_containing(self.texts, self._marks, substrings)

    def blocks_holding(self, words: frozenset[str]) -> list[int]:
        """The blocks whose case-folded tokens hold one of `words`, in order.

        The heuristics that test a pattern of fixed wording run it only on the lines holding one
        of its words, which most lines don't: an index of the page's tokens, made once, finds
        them for every such heuristic without reading each line again (see `_indexed_words`).
        """
        vocabulary, blocks_of = self._token_index
        if _holds_all(vocabulary, words):
            return blocks_holding(blocks_of, words)
        _index_from_now_on(words)
        return list(blocks_using(words, self.tokens))

    @cached_property
    def _token_index(self) -> TokenIndex:
        """The words indexed when the page was read, or first asked, and where each of them stands (see
        `token_blocks`): the line reader makes it as it reads the page (`of_columns`)."""
        vocabulary = _indexed_words
        return vocabulary, token_blocks(self.tokens, vocabulary)

    @cached_property
    def chains_of_names(self) -> tuple[tuple[frozenset[str], ...], ...]:
        """Each block's `name_chains`; on a page built with class tokens alone (by hand, without the renderer's
        chains), its class tokens as the names of one element."""
        return self.name_chains or tuple((names,) for names in self.class_tokens)

    @cached_property
    def mostly_linked(self) -> tuple[bool, ...]:
        """Which blocks are mostly link text (half their characters or more): none on a text page.

        The heuristics that tell a menu or a teaser, whose lines link somewhere, from the page's
        own lists ask it alike, so the answer is kept with the page.
        """
        if not self.has_dom:
            return (False,) * len(self.texts)
        return lines_mostly_linked(self.link_chars, self.texts)

    @property
    def repeated_lines(self) -> tuple[int, ...]:
        """The blocks written more than once on the page (a non-empty fingerprint seen twice), in order."""
        return self._repetitions[0]

    @property
    def repeated_places(self) -> dict[str, tuple[int, ...]]:
        """Where each line written more than once stands, in order, by its fingerprint."""
        return self._repetitions[1]

    @cached_property
    def _repetitions(self) -> tuple[tuple[int, ...], dict[str, tuple[int, ...]]]:
        """`repeated_lines` and `repeated_places`, made in one compiled pass: the heuristics that compare a line
        with its repeats (records framed by a label, a page rendered twice, a table of contents) ask them alike,
        so they are made once per page."""
        return repeated_places(self.fingerprints, self.repeats)

    @cached_property
    def class_words(self) -> frozenset[str]:
        """Every class and id word on the page: the union of the blocks' `class_tokens`, which the HTML reader
        works out as it reads the page (see `Renderer.owner_columns`)."""
        return frozenset().union(*set(self.class_tokens))

    @cached_property
    def _marks(self) -> bytes:
        """Which of ASCII's punctuation marks and the tab each block holds (see `line_marks`): the line reader
        reads them as it reads the page (`of_columns`)."""
        return line_marks(self.texts)

    def line_runs(self, min_lines: int = 1) -> list[range]:
        """The runs of `min_lines` blocks or more joined without a blank line between them, in order."""
        return joined_runs(self.blank_after, min_lines)

    def prose_lines(self, min_words: int, min_stopword_share: float) -> tuple[bool, ...]:
        """Which blocks are running prose: long, ending like a sentence, dense in function words.

        Several heuristics and the combiner ask with the same thresholds, so each answer is
        kept with the page.
        """
        key = (min_words, min_stopword_share)
        prose = self._prose_lines.get(key)
        if prose is None:
            prose = self._prose_lines[key] = prose_flags(
                self.words, self.stopwords, self.ends_with_terminal, min_words, min_stopword_share
            )
        return prose

    @cached_property
    def _prose_lines(self) -> dict[tuple[int, float], tuple[bool, ...]]:
        return {}

    @cached_property
    def blocks(self) -> tuple[BlockFeatures, ...]:
        """The same features, one object per block: convenient where speed does not matter."""
        features = {**_COLUMN_OF_FEATURE, **(_DOM_COLUMN_OF_FEATURE if self.has_dom else {})}
        columns = [getattr(self, column) for column in features.values()]
        return tuple(
            BlockFeatures(index=index, **dict(zip(features, row, strict=True)))
            for index, row in enumerate(zip(*columns, strict=True))
        )


def _holds_all(vocabulary: frozenset[str], words: frozenset[str]) -> bool:
    """Whether `vocabulary` holds every one of `words`: known at once for a set found so before (see
    `_known_subsets`)."""
    global _known_subsets
    known_vocabulary, subsets = _known_subsets
    if vocabulary is not known_vocabulary:
        subsets = set()
        _known_subsets = (vocabulary, subsets)
    if words in subsets:
        return True
    if not words <= vocabulary:
        return False
    if len(subsets) < _MAX_KNOWN_SETS:
        subsets.add(words)
    return True


def _index_from_now_on(words: frozenset[str]) -> None:
    """Index `words` on the pages read from now on, within `_MAX_INDEXED_WORDS`."""
    global _indexed_words
    if len(_indexed_words) + len(words) <= _MAX_INDEXED_WORDS:
        _indexed_words = _indexed_words | words
        index_words(_indexed_words)


# Each per-block feature and the page column that holds it.
_COLUMN_OF_FEATURE = {
    "text": "texts",
    "fingerprint": "fingerprints",
    "tokens": "tokens",
    "repeats": "repeats",
    "start": "starts",
    "end": "ends",
    "words": "words",
    "stopwords": "stopwords",
    "upper_initial_words": "upper_initial_words",
    "ends_with_terminal": "ends_with_terminal",
    "blank_before": "blank_before",
    "blank_after": "blank_after",
}
_DOM_COLUMN_OF_FEATURE = {
    "link_chars": "link_chars",
    "tag": "tags",
    "heading_level": "heading_levels",
    "containers": "containers",
    "class_tokens": "class_tokens",
    "name_chain": "name_chains",
    "depth": "depths",
    "named_element": "named_elements",
    "template": "templates",
    "panel": "panels",
}

# The blank page that `SegmentedPage.of_columns` copies. Nothing asks it for a cached property: the
# copies would carry the answer.
_BLANK = SegmentedPage.model_construct(format="text")
