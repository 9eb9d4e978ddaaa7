"""duplicate_copy: a stretch of prose written again further down the page is a duplicate copy."""

from __future__ import annotations

from helpers import line, votes

import cleaner
from cleaner.heuristics.duplicate_copy import DuplicateCopy
from cleaner.segment.html import segment_html

S = DuplicateCopy().settings
REASON = f"later_copy&prose_lines>={S.min_prose_lines}"


def _paragraphs(count: int, first_seed: int = 0) -> list[str]:
    """`count` distinct lines of running prose (24 words, a third of them function words)."""
    return [line(24, stopwords=8, end=".", seed=first_seed + i) for i in range(count)]


def _reasons(text: str, heuristic: DuplicateCopy | None = None) -> list[str | None]:
    return [None if vote is None else vote.reason for vote in votes(heuristic or DuplicateCopy(), text)]


def test_a_stretch_of_prose_written_again_is_chrome_in_its_later_copy_only() -> None:
    article = ["A Subheading", *_paragraphs(S.min_prose_lines)]
    text = "\n\n".join(["Menu", *article, "Footer links", *article, "Copyright"])

    reasons = _reasons(text)

    copy_start = 1 + len(article) + 1
    assert reasons[: copy_start - 1] == [None] * (copy_start - 1)
    assert reasons[copy_start - 1] is None  # "Footer links", between the copies
    # The subheading starts both copies but is no prose line: the copy starts at the first prose line.
    assert reasons[copy_start] is None
    assert reasons[copy_start + 1 : copy_start + len(article)] == [REASON] * (len(article) - 1)
    assert reasons[-1] is None
    vote = votes(DuplicateCopy(), text)[copy_start + 1]
    assert vote is not None
    assert vote.value == -1.0


def test_a_stretch_one_prose_line_short_is_left_alone() -> None:
    article = _paragraphs(S.min_prose_lines - 1)
    text = "\n\n".join([*article, "Between", *article])

    assert _reasons(text) == [None] * len(text.split("\n\n"))


def test_every_later_copy_is_chrome() -> None:
    article = _paragraphs(S.min_prose_lines)
    text = "\n\n".join([*article, "One", *article, "Two", *article])

    reasons = _reasons(text)

    size = len(article)
    assert reasons[:size] == [None] * size
    assert reasons[size + 1 : 2 * size + 1] == [REASON] * size
    assert reasons[2 * size + 2 :] == [REASON] * size


def test_paragraphs_repeated_in_another_order_are_no_copy() -> None:
    article = _paragraphs(S.min_prose_lines + 2)
    shuffled = article[1::2] + article[0::2]
    text = "\n\n".join([*article, "Between", *shuffled])

    assert _reasons(text) == [None] * len(text.split("\n\n"))


def test_lines_that_are_no_prose_repeat_without_a_vote() -> None:
    labels = [f"Label {word}" for word in ("one", "two", "three", "four", "five", "six", "seven", "eight")]
    text = "\n".join([*labels, *_paragraphs(2), *labels])

    assert _reasons(text) == [None] * len(text.split("\n"))


def test_the_edge_moves_with_the_setting() -> None:
    article = _paragraphs(3)
    text = "\n\n".join([*article, "Between", *article])

    assert _reasons(text, DuplicateCopy(min_prose_lines=3))[4:] == [REASON.replace(str(S.min_prose_lines), "3")] * 3
    assert _reasons(text, DuplicateCopy(min_prose_lines=4)) == [None] * 7


def test_a_page_rendered_twice_keeps_its_article_once() -> None:
    article = _paragraphs(S.min_prose_lines + 2, first_seed=3)
    paragraphs = "".join(f"<p>{paragraph}</p>" for paragraph in article)
    html = (
        "<html><head><title>Storm Closes the River Road</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        f"<div class='wide'><h1>Storm Closes the River Road</h1>{paragraphs}</div>"
        f"<div class='narrow'><h2>Storm Closes the River Road</h2>{paragraphs}</div>"
        "<footer>Copyright</footer></body></html>"
    )

    result = cleaner.clean(html)

    body = [block.text for block in result.blocks if block.label == cleaner.Label.BODY]
    assert body == ["Storm Closes the River Road", *article]
    assert segment_html(html).texts.count(article[0]) == 2


def test_a_copy_inside_the_main_container_is_chrome_whatever_its_other_votes() -> None:
    """The copy right under the article, in <main>, its paragraphs prose: the copy's vote is final."""
    article = _paragraphs(S.min_prose_lines + 2, first_seed=3)
    paragraphs = "".join(f"<p>{paragraph}</p>" for paragraph in article)
    html = (
        "<html><head><title>Storm Closes the River Road</title></head><body><main>"
        f"<h1>Storm Closes the River Road</h1>{paragraphs}{paragraphs}"
        "</main></body></html>"
    )

    result = cleaner.clean(html)

    later = [block for block in result.blocks if block.text in article][len(article) :]
    assert len(later) == len(article)
    assert all(block.label == cleaner.Label.CHROME for block in later)
    assert {block.decision for block in later} == {"vetoed&duplicate_copy=-1"}


# -- the original, on an HTML page -----------------------------------------------------------------

ORIGINAL = "original_of_a_later_copy"


def _rendered_twice(article: list[str]) -> str:
    paragraphs = "".join(f"<p>{paragraph}</p>" for paragraph in article)
    return (
        "<html><body><nav><a href='/'>Home</a></nav>"
        f"<article><h1>Storm Closes the River Road</h1><h2>The Road</h2>{paragraphs}</article>"
        f"<div class='print'><h2>The Road</h2>{paragraphs}</div><footer>Copyright</footer></body></html>"
    )


def _html_votes(html: str, heuristic: DuplicateCopy | None = None) -> list[tuple[str, str | None, float | None]]:
    page = segment_html(html)
    return [
        (text, None if vote is None else vote.reason, None if vote is None else vote.value)
        for text, vote in zip(page.texts, (heuristic or DuplicateCopy()).vote(page), strict=True)
    ]


def test_on_an_html_page_the_original_is_voted_for_where_its_copy_is_voted_chrome() -> None:
    article = _paragraphs(S.min_prose_lines, first_seed=3)

    voted = _html_votes(_rendered_twice(article))

    assert [(reason, value) for text, reason, value in voted if text in article] == (
        [(ORIGINAL, S.original_vote)] * len(article) + [(REASON, -1.0)] * len(article)
    )
    # The heading above each copy is no prose line: neither copy starts with it.
    assert [reason for text, reason, _ in voted if text == "The Road"] == [None, None]
    assert DuplicateCopy(original_vote=0.4).vote(segment_html(_rendered_twice(article)))[3].value == 0.4


def test_an_original_holding_a_snippet_cut_short_is_not_voted_for() -> None:
    """A carousel's items, cloned for its loop, end cut short: the clone is chrome, the items left to the others."""
    article = _paragraphs(S.min_prose_lines, first_seed=3)
    article[2] = article[2].removesuffix(".") + "…"

    voted = _html_votes(_rendered_twice(article))

    assert [reason for text, reason, _ in voted if text in article] == [None] * len(article) + [REASON] * len(article)


def test_on_a_text_page_the_original_is_left_to_the_others() -> None:
    """A mega menu's promotions, written for wide and narrow screens, read as prose in text: nothing else tells them."""
    article = _paragraphs(S.min_prose_lines)
    text = "\n\n".join([*article, "Between", *article])

    assert ORIGINAL not in _reasons(text)


# -- a copy that differs a little ------------------------------------------------------------------


def test_a_copy_that_leaves_out_and_adds_a_few_lines_is_still_a_copy() -> None:
    article = _paragraphs(S.min_prose_lines + S.max_gap_lines)
    added = [line(5, seed=90 + i) for i in range(S.max_gap_lines)]  # a pull quote, a caption
    # The copy leaves out the article's last lines but one and adds its own lines after the third.
    copy = [*article[:3], *added, *article[3 : S.min_prose_lines - 1], article[-1]]
    text = "\n\n".join([*article, "Between", *copy])

    reasons = _reasons(text)

    assert reasons[: len(article) + 1] == [None] * (len(article) + 1)
    # The copy's own lines between two common lines belong to it.
    assert reasons[len(article) + 1 :] == [REASON] * len(copy)


def test_lines_replaced_by_others_end_the_copy() -> None:
    article = _paragraphs(2 * S.min_prose_lines)
    copy = [*article[: S.min_prose_lines - 1], line(24, stopwords=8, end=".", seed=99), *article[S.min_prose_lines :]]
    text = "\n\n".join([*article, "Between", *copy])

    reasons = _reasons(text)[len(article) + 1 :]

    # Two stretches: one line short of a copy, then a copy.
    assert reasons[: S.min_prose_lines] == [None] * S.min_prose_lines
    assert reasons[S.min_prose_lines :] == [REASON] * S.min_prose_lines


def test_a_gap_wider_than_the_setting_ends_the_copy() -> None:
    article = _paragraphs(2 * S.min_prose_lines + S.max_gap_lines + 1)
    missing = range(S.min_prose_lines, S.min_prose_lines + S.max_gap_lines + 1)
    copy = [paragraph for index, paragraph in enumerate(article) if index not in missing]
    text = "\n\n".join([*article, "Between", *copy])

    reasons = _reasons(text)[len(article) + 1 :]

    # Two copies of min_prose_lines lines each, found apart: the gap between them is no longer skipped.
    assert reasons == [REASON] * len(copy)
    assert _reasons(text, DuplicateCopy(max_gap_lines=0))[len(article) + 1 :] == [REASON] * len(copy)
    short = "\n\n".join(
        [*article[: S.min_prose_lines + S.max_gap_lines + 2], "Between", *copy[: S.min_prose_lines + 1]]
    )
    assert _reasons(short)[-1] is None


def _markdown(paragraph: str, index: int) -> str:
    """`paragraph` as Markdown writes it: a link on its second word, emphasis, or a list number."""
    first, second, *rest = paragraph.split()
    forms = (
        f"{first} [{second}](https://example.com/{second}?utm_source=x) {' '.join(rest)}",
        f"_{paragraph}_",
        f"{index}. **{first}** {second} {' '.join(rest)}",
    )
    return forms[index % len(forms)]


def test_a_markdown_copy_of_the_article_is_a_copy() -> None:
    article = _paragraphs(S.min_prose_lines + 1)
    copy = ["# Storm Closes the River Road", *(_markdown(paragraph, i) for i, paragraph in enumerate(article))]
    text = "\n\n".join(["Storm Closes the River Road", *article, "Between", *copy])

    reasons = _reasons(text)

    assert reasons[: len(article) + 2] == [None] * (len(article) + 2)
    assert reasons[-len(article) :] == [REASON] * len(article)


def test_markdown_marks_on_too_few_lines_are_compared_as_written() -> None:
    article = _paragraphs(S.min_prose_lines + S.min_markdown_lines - 1)
    marked = S.min_markdown_lines - 1
    copy = [_markdown(paragraph, 0) if i < marked else paragraph for i, paragraph in enumerate(article)]
    text = "\n\n".join([*article, "Between", *copy])

    reasons = _reasons(text)

    assert reasons[len(article) + 1 : len(article) + 1 + marked] == [None] * marked
    assert reasons[len(article) + 1 + marked :] == [REASON] * (len(article) - marked)
