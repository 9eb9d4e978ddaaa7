"""record_list: the once-written lines of records framed by a line repeated at a steady stride are body."""

from __future__ import annotations

import math
import re

import pytest
from helpers import line, votes
from hypothesis import example, given
from hypothesis import strategies as st

from cleaner.errors import ConfigError
from cleaner.heuristics.record_list import RecordList, prose_body_end
from cleaner.segment.text import segment_text

S = RecordList().settings
LABEL = "Shop now"
REASON = f"record_list>={S.min_records}"


def _unique(i: int) -> str:
    return f"Record line number {i} describes one item of the list."


def _short(i: int) -> str:
    """A record line of another shape than `_unique`: four words, no end punctuation."""
    return f"Item {i} colour chart"


def _listing(records: int, per_record: int = 2, label: str = LABEL) -> tuple[list[str], list[object]]:
    """An intro line, then `records` times: the label and `per_record` unique lines; then the label and a footer."""
    bodies = [[_unique(record * per_record + i) for i in range(per_record)] for record in range(records - 1)]
    return _framed(bodies, label)


def _framed(bodies: list[list[str]], label: str = LABEL) -> tuple[list[str], list[object]]:
    """Each body after one label, a closing label after the last; an intro line before and a footer after."""
    lines = [line(20, seed=5, end=".")]
    for body in bodies:
        lines += [label, *body]
    lines += [label, line(20, seed=6, end=".")]
    return lines, votes(RecordList(), "\n".join(lines))


def _assert_records_vote_body(lines: list[str], result: list[object], label: str = LABEL) -> None:
    labels = [index for index, text in enumerate(lines) if text == label]
    for index, (text, vote) in enumerate(zip(lines, result, strict=True)):
        if labels[0] < index < labels[-1] and text != label:
            assert vote is not None, text
            assert vote.value > 0
            assert vote.reason == REASON
        else:
            assert vote is None, text


def _abstains(result: list[object]) -> bool:
    return all(vote is None for vote in result)


# -- how many records make a list ---------------------------------------------------------


def test_records_framed_by_the_fewest_labels_vote_body() -> None:
    lines, result = _listing(S.min_records)

    _assert_records_vote_body(lines, result)
    assert not _abstains(result)


def test_more_records_vote_body() -> None:
    lines, result = _listing(S.min_records + 3)

    _assert_records_vote_body(lines, result)


def test_one_record_too_few_abstains() -> None:
    _, result = _listing(S.min_records - 1)

    assert _abstains(result)


# -- the label ----------------------------------------------------------------------------


def test_label_at_the_word_limit_frames_records() -> None:
    label = line(S.label_max_words, capitalised=1, seed=11)
    lines, result = _listing(S.min_records, label=label)

    _assert_records_vote_body(lines, result, label=label)
    assert not _abstains(result)


def test_label_over_the_word_limit_is_no_label() -> None:
    _, result = _listing(S.min_records, label=line(S.label_max_words + 1, capitalised=1, seed=11))

    assert _abstains(result)


# -- labels that differ only in their numbers ----------------------------------------------


def _numbered(label: str) -> list[object]:
    """Records each opened by `label` with the record's number (from 0) put in for {n}, written once each."""
    lines = [line(20, seed=5, end=".")]
    for record in range(S.min_records):
        lines += [label.format(n=record), _unique(2 * record), _unique(2 * record + 1)]
    lines.append(line(20, seed=6, end="."))
    return votes(RecordList(), "\n".join(lines))


def test_labels_differing_only_in_a_number_frame_records_voted_with_them() -> None:
    result = _numbered("Price {n} euros")

    assert result[0] is None and result[-1] is None
    assert all(vote is not None and vote.reason == REASON for vote in result[1 : 1 + 3 * (S.min_records - 1)])


def test_a_number_glued_to_a_word_is_no_slot() -> None:
    assert _abstains(_numbered("Lot{n} euros"))


@given(st.lists(st.text(alphabet="12 a_³٣x-.", max_size=12), max_size=6))
@example(["1 a1 2 3a ٣", "12_3 x²", "4.5", "", "a b"])
def test_the_slots_masked_are_the_words_made_of_decimal_digits(lines: list[str]) -> None:
    page = segment_text("\n".join(lines))
    most = RecordList().settings.label_max_words
    expected: dict[str, list[int]] = {}
    for index, fingerprint in enumerate(page.fingerprints):
        masked = re.sub(r"(?<!\S)\d+(?!\S)", "#", fingerprint)
        if masked != fingerprint and page.words[index] <= most:
            expected.setdefault(masked, []).append(index)

    assert RecordList()._numbered(page) == expected


# -- the stride ---------------------------------------------------------------------------


def test_records_at_the_longest_stride_vote_body() -> None:
    lines, result = _listing(S.min_records, per_record=S.record_max_blocks - 1)

    _assert_records_vote_body(lines, result)
    assert not _abstains(result)


def test_records_over_the_longest_stride_abstain() -> None:
    _, result = _listing(S.min_records, per_record=S.record_max_blocks)

    assert _abstains(result)


def test_records_at_the_shortest_stride_vote_body() -> None:
    lines, result = _listing(S.min_records, per_record=S.record_min_blocks - 1)

    _assert_records_vote_body(lines, result)
    assert not _abstains(result)


def test_labels_closer_than_the_shortest_stride_abstain() -> None:
    if S.record_min_blocks < 2:
        pytest.skip("record_min_blocks below 2 allows adjacent labels")
    _, result = _listing(S.min_records, per_record=S.record_min_blocks - 2)

    assert _abstains(result)


def _uneven_listing(per_record: int, extra: int) -> tuple[list[str], list[object]]:
    """Records of `per_record` lines, the last one `extra` lines longer."""
    if S.min_records < 3:
        pytest.skip("an uneven stride needs a median of at least two strides")
    bodies = [[_unique(record * 100 + i) for i in range(per_record)] for record in range(S.min_records - 1)]
    bodies[-1] += [_unique(900 + i) for i in range(extra)]
    # The shapes stay alike enough: only the stride is on trial.
    assert (1 + per_record / (per_record + extra)) / 2 >= S.min_shape_share
    return _framed(bodies)


def _stride_slack(per_record: int) -> int:
    return math.floor(max(S.stride_slack_blocks, S.stride_slack_share * (per_record + 1)))


@pytest.mark.parametrize("per_record", [1, 10], ids=["slack_in_lines", "slack_as_share"])
def test_record_longer_by_the_stride_slack_stays_in_the_list(per_record: int) -> None:
    lines, result = _uneven_listing(per_record, _stride_slack(per_record))

    _assert_records_vote_body(lines, result)
    assert not _abstains(result)


@pytest.mark.parametrize("per_record", [1, 10], ids=["slack_in_lines", "slack_as_share"])
def test_record_longer_than_the_stride_slack_breaks_the_list(per_record: int) -> None:
    extra, median = _stride_slack(per_record) + 1, per_record + 1
    if median <= S.missing_frame_max_median:  # a stride near twice a short median is a record without its label
        extra = max(extra, median + S.missing_frame_slack_blocks + 1)
    _, result = _uneven_listing(per_record, extra)

    assert _abstains(result)


def _missing_frame(per_record: int, joined_extra: int) -> tuple[list[str], list[object], list[str]]:
    """Records of `per_record` unique lines each after the label, one of them without its label (a sold-out card
    without its cart button) and `joined_extra` lines longer; the labels before it are too few for a list alone.
    Also the lines of the records before the missing label."""
    labelled = S.min_records - 1
    bodies = [[_unique(record * 100 + i) for i in range(per_record)] for record in range(2 * labelled)]
    joined = bodies[labelled - 1] + [_unique(900 + i) for i in range(joined_extra)] + bodies[labelled]
    bodies[labelled - 1 : labelled + 1] = [joined]
    lines, result = _framed(bodies)
    return lines, result, [text for body in bodies[: labelled - 1] for text in body]


def _missing_frame_stride(per_record: int, off_twice_the_median: int) -> int:
    """The extra lines that leave the stride over the record without its label `off_twice_the_median` lines
    from twice the median stride (a label and `per_record` lines): that stride is its label and two records."""
    return 2 * (per_record + 1) + off_twice_the_median - (1 + 2 * per_record)


@pytest.mark.parametrize("off", [-S.missing_frame_slack_blocks, S.missing_frame_slack_blocks])
def test_a_short_record_without_its_frame_stays_in_the_list(off: int) -> None:
    per_record = S.missing_frame_max_median - 1
    extra = _missing_frame_stride(per_record, off)
    # The stride over the record without its label is past the ordinary slack: only the missing frame bridges it.
    assert abs(1 + 2 * per_record + extra - (per_record + 1)) > _stride_slack(per_record)
    lines, result, before = _missing_frame(per_record, extra)

    _assert_records_vote_body(lines, result)
    assert all(result[lines.index(text)] is not None for text in before)


def test_a_stride_further_from_twice_the_median_breaks_the_list() -> None:
    per_record = S.missing_frame_max_median - 1
    lines, result, before = _missing_frame(
        per_record, _missing_frame_stride(per_record, S.missing_frame_slack_blocks + 1)
    )

    assert all(result[lines.index(text)] is None for text in before)


def test_a_longer_record_without_its_frame_breaks_the_list() -> None:
    """A forum post or a feature section is no card: a gap of twice its stride is other content."""
    per_record = S.missing_frame_max_median
    lines, result, before = _missing_frame(per_record, _missing_frame_stride(per_record, 0))

    assert all(result[lines.index(text)] is None for text in before)


# -- the records look alike ---------------------------------------------------------------


def _alike_edge() -> tuple[int, int]:
    """Record length and shared lines whose ratio is exactly min_shape_share."""
    for length in range(2, 31):
        shared = S.min_shape_share * length
        if shared.is_integer() and 0 < shared < length:
            return length, int(shared)
    pytest.skip(f"no record length up to 30 gives a share of exactly {S.min_shape_share}")


def _alternating_listing(shared: int, length: int) -> tuple[list[str], list[object]]:
    """Records alternately of `length` long lines, and of `shared` long lines with the rest short."""
    bodies = []
    for record in range(S.min_records - 1):
        long_lines = length if record % 2 == 0 else shared
        body = [_unique(record * 100 + i) for i in range(long_lines)]
        body += [_short(record * 100 + i) for i in range(length - long_lines)]
        bodies.append(body)
    return _framed(bodies)


def test_records_sharing_the_least_shapes_vote_body() -> None:
    length, shared = _alike_edge()
    lines, result = _alternating_listing(shared, length)

    _assert_records_vote_body(lines, result)
    assert not _abstains(result)


def test_records_sharing_too_few_shapes_abstain() -> None:
    length, shared = _alike_edge()
    _, result = _alternating_listing(shared - 1, length)

    assert _abstains(result)


# -- near pairs: a card names its item twice ----------------------------------------------


def _cards(offset: int, title_words: int = S.pair_min_words, records: int = S.min_records) -> list[object]:
    """Cards without a label: a title, `offset - 1` unique lines, the title again, a blurb."""
    lines = [line(20, seed=5, end=".")]
    for record in range(records):
        title = " ".join([f"Card{record}", *line(title_words - 1, capitalised=title_words, seed=record).split()])
        lines += [title, *(_unique(record * 100 + i) for i in range(offset - 1)), title, _unique(record * 100 + 50)]
    lines.append(line(20, seed=6, end="."))
    return votes(RecordList(), "\n".join(lines))


def test_cards_naming_their_item_twice_at_the_pair_limit_vote_body() -> None:
    result = _cards(S.pair_max_blocks)

    record = S.pair_max_blocks + 2
    voted = [index for index, vote in enumerate(result) if vote is not None]
    assert voted == list(range(1, 1 + (S.min_records - 1) * record + 1))
    assert all(result[index].reason == REASON for index in voted)


def test_titles_repeated_further_apart_than_the_pair_limit_abstain() -> None:
    assert _abstains(_cards(S.pair_max_blocks + 1))


def test_titles_of_the_fewest_pair_words_vote_body() -> None:
    assert not _abstains(_cards(2, title_words=S.pair_min_words))


def test_titles_shorter_than_the_pair_words_abstain() -> None:
    if S.pair_min_words < 2:
        pytest.skip("pair_min_words below 2 accepts every title")
    assert _abstains(_cards(2, title_words=S.pair_min_words - 1))


def test_too_few_cards_abstain() -> None:
    assert _abstains(_cards(2, records=S.min_records - 1))


# -- a list after an article is a teaser list ---------------------------------------------


def _prose(seed: int, words: int = S.prose_min_words, stopwords: int | None = None) -> str:
    least = math.ceil(S.prose_min_stopword_share * words)
    return line(words, stopwords=least if stopwords is None else stopwords, seed=seed, end=".")


def _article_then_list(
    paragraphs: list[str], list_first: bool = False, records: int = S.min_records
) -> tuple[int, list[object]]:
    """Standalone paragraphs and a record list (after them, or before them); how many records lines there are."""
    listing = []
    for record in range(records - 1):
        listing += [LABEL, _unique(2 * record), _unique(2 * record + 1)]
    listing.append(LABEL)
    article = "\n\n".join(paragraphs)
    text = "\n".join(listing) + "\n\n" + article if list_first else article + "\n\n" + "\n".join(listing)
    return 2 * (records - 1), votes(RecordList(), text)


def test_list_after_the_fewest_prose_paragraphs_is_a_teaser_list() -> None:
    _, result = _article_then_list([_prose(seed) for seed in range(S.prose_body_min_blocks)])

    assert _abstains(result)


def test_list_after_one_paragraph_too_few_votes_body() -> None:
    count, result = _article_then_list([_prose(seed) for seed in range(S.prose_body_min_blocks - 1)])

    assert sum(vote is not None for vote in result) == count


def test_list_after_paragraphs_too_short_for_prose_votes_body() -> None:
    paragraphs = [_prose(seed, words=S.prose_min_words - 1) for seed in range(S.prose_body_min_blocks)]
    count, result = _article_then_list(paragraphs)

    assert sum(vote is not None for vote in result) == count


def test_list_after_paragraphs_too_poor_in_function_words_for_prose_votes_body() -> None:
    least = math.ceil(S.prose_min_stopword_share * S.prose_min_words)
    paragraphs = [_prose(seed, stopwords=least - 1) for seed in range(S.prose_body_min_blocks)]
    count, result = _article_then_list(paragraphs)

    assert sum(vote is not None for vote in result) == count


@pytest.mark.parametrize(
    ("paragraphs", "records", "content"),
    [
        (S.introduction_max_prose_lines, S.content_list_min_records, True),  # a collection's grid under its blurb
        (S.introduction_max_prose_lines + 1, S.content_list_min_records, False),  # an article's teaser list
        (S.introduction_max_prose_lines, S.content_list_min_records - 1, False),
    ],
)
def test_a_long_list_under_an_introduction_is_the_content(paragraphs: int, records: int, content: bool) -> None:
    assert S.introduction_max_prose_lines >= S.prose_body_min_blocks  # the introduction is a prose body
    count, result = _article_then_list([_prose(seed) for seed in range(paragraphs)], records=records)

    assert sum(vote is not None for vote in result) == (count if content else 0)


def test_list_before_the_prose_votes_body() -> None:
    count, result = _article_then_list([_prose(seed) for seed in range(S.prose_body_min_blocks)], list_first=True)

    assert sum(vote is not None for vote in result) == count


# -- navigation ---------------------------------------------------------------------------


def test_menu_shown_again_and_again_has_no_record_lines() -> None:
    """Every item repeats at a steady stride, but what lies between two items is menu again."""
    menu = ["Home", "News", "Sport", "Weather", "Culture"]
    blocks = [line(20, seed=1, end="."), *(menu * (S.min_records + 1)), line(20, seed=2, end=".")]

    assert _abstains(votes(RecordList(), "\n".join(blocks)))


_PROSE = "This is a paragraph of prose that runs on for twenty words or more, as the body of an article does here."


@given(st.lists(st.sampled_from([_PROSE, "Menu item", "", "Short line."]), max_size=30), st.integers(0, 3))
@example([_PROSE, "", _PROSE, "", "Menu item"], 2)
def test_the_prose_body_ends_after_its_last_paragraph_standing_alone_if_it_has_enough(
    lines: list[str], min_blocks: int
) -> None:
    page = segment_text("\n".join(lines))
    prose = page.prose_lines(20, 0.2)
    standing = [
        index for index in range(len(page)) if prose[index] and page.blank_before[index] and page.blank_after[index]
    ]

    expected = standing[-1] + 1 if min_blocks and len(standing) >= min_blocks else len(page)
    assert prose_body_end(page, min_blocks, 20, 0.2) == expected


def test_a_list_of_fewer_than_two_records_is_refused() -> None:
    """A run of one record has no stride to hold steady: a setting below two is a configuration error."""
    with pytest.raises(ConfigError, match=r"(?s)heuristic 'record_list'.*min_records.*greater than or equal to 2"):
        RecordList(min_records=1)
    assert RecordList(min_records=2).settings.min_records == 2


# -- numbered lines two records share --------------------------------------------------------


def _priced(prices: list[int], outside: str | None = None) -> tuple[list[str], list[object]]:
    """Cards of a unique title and a price line "$N"; `outside`, when given, written once more after the list."""
    lines = [line(20, seed=5, end=".")]
    for record, price in enumerate(prices):
        lines += [_unique(record), f"$ {price}"]
    if outside is not None:
        lines.append(outside)
    lines.append(line(20, seed=6, end="."))
    return lines, votes(RecordList(), "\n".join(lines))


def test_a_price_two_cards_share_votes_with_the_records() -> None:
    lines, result = _priced([15, 15, 30, 15, 12])

    # The records run from the first price line to the last.
    for index in range(2, 11):
        assert result[index] is not None and result[index].reason == REASON, lines[index]


def test_a_price_every_card_shares_is_a_label() -> None:
    _, result = _priced([15] * 5)

    assert [vote is not None for vote in result[2:11]] == [False, True] * 4 + [False]


def test_a_shared_price_also_written_outside_the_records_abstains() -> None:
    _, result = _priced([15, 15, 30, 15, 12], outside="$ 99")

    assert result[2] is None and result[4] is None
    assert result[3] is not None
