"""table_of_contents: headings listed at the top and written again above their sections."""

from __future__ import annotations

from helpers import line, votes

from cleaner.heuristics.table_of_contents import TableOfContents

S = TableOfContents().settings
HEADINGS = ["Why the river floods", "What the town has built", "What comes next", "Where to learn more"]


def _section(seed: int) -> str:
    return line(24, stopwords=8, end=".", seed=seed)


def _article(headings: list[str], listed: list[str], sections: bool = True) -> str:
    """The table (`listed`, one per line), then each heading above a paragraph of its own (or not)."""
    parts = ["\n".join(listed)]
    for seed, heading in enumerate(headings):
        parts += [heading, _section(seed)] if sections else [heading]
    return "\n\n".join(parts)


def test_the_table_is_chrome_and_the_headings_it_lists_are_body() -> None:
    result = votes(TableOfContents(), _article(HEADINGS, HEADINGS))
    table, later = result[: len(HEADINGS)], result[len(HEADINGS) :: 2]

    assert all(vote is not None and vote.value < 0 and vote.reason == "table_of_contents" for vote in table)
    assert all(vote is not None and vote.value > 0 for vote in later)
    assert result[len(HEADINGS) + 1 :: 2] == [None] * len(HEADINGS)  # the sections themselves


def test_a_table_has_at_least_min_entries_lines() -> None:
    shortest = HEADINGS[: S.min_entries]
    shorter = HEADINGS[: S.min_entries - 1]

    assert votes(TableOfContents(), _article(shortest, shortest))[0] is not None
    assert set(votes(TableOfContents(), _article(shorter, shorter))) == {None}


def test_lines_written_again_in_another_order_are_no_table() -> None:
    assert set(votes(TableOfContents(), _article(HEADINGS, HEADINGS[::-1]))) == {None}


def test_lines_written_again_without_prose_between_them_are_no_table() -> None:
    # A menu at the top and again in the footer.
    assert set(votes(TableOfContents(), _article(HEADINGS, HEADINGS, sections=False))) == {None}


def test_an_entry_longer_than_entry_max_words_ends_the_table() -> None:
    long_heading = " ".join(["Flood"] * (S.entry_max_words + 1))
    headings = [long_heading, *HEADINGS]

    result = votes(TableOfContents(), _article(headings, headings))

    assert result[0] is None
    assert all(vote is not None for vote in result[1 : len(headings)])


def test_the_label_of_a_table_of_contents_alone_on_its_line_is_chrome() -> None:
    labels = ["Table of Contents", "Contents:", "In this article", "On this page", "Show table of contents ▼"]
    result = votes(TableOfContents(), "\n\n".join([*labels, _section(0)]))

    assert [vote.reason if vote is not None else None for vote in result] == ["contents_label"] * len(labels) + [None]


def test_the_labels_words_in_a_longer_line_are_no_label() -> None:
    lines = ["Table of contents for the report", "The contents of the box", "Contents of this page", _section(1)]

    assert votes(TableOfContents(), "\n\n".join(lines)) == [None] * len(lines)
