"""record_list: the once-written lines between a short label repeated at a steady stride are records."""

from __future__ import annotations

import pytest
from helpers import line, votes

record_list = pytest.importorskip("cleaner.heuristics.record_list")
RecordList = record_list.RecordList

S = RecordList().settings
LABEL = "Shop now"
REASON = f"record_list>={S.min_records}"


def _unique(i: int) -> str:
    return f"Record line number {i} describes one item of the list."


def _listing(
    records: int, per_record: int = 2, label: str = LABEL, heuristic: RecordList | None = None
) -> tuple[list[str], list[object]]:
    """An intro paragraph, then `records` times: `per_record` unique lines and the label; then a footer."""
    lines = [line(20, seed=5, end=".")]
    counter = 0
    for _ in range(records):
        for _ in range(per_record):
            lines.append(_unique(counter))
            counter += 1
        lines.append(label)
    lines.append(line(20, seed=6, end="."))
    return lines, votes(heuristic or RecordList(), "\n".join(lines))


def _assert_records_vote_body(lines: list[str], result: list[object], label: str = LABEL) -> None:
    labels = [index for index, text in enumerate(lines) if text == label]
    for index, (text, vote) in enumerate(zip(lines, result, strict=True)):
        inside = labels[0] < index < labels[-1]
        if inside and text != label:
            assert vote is not None, text
            assert vote.value > 0
            assert vote.reason == REASON
        else:
            assert vote is None, text


def test_records_framed_by_the_fewest_labels_vote_body() -> None:
    lines, result = _listing(S.min_records)

    _assert_records_vote_body(lines, result)
    assert any(vote is not None for vote in result)


def test_more_records_vote_body() -> None:
    lines, result = _listing(S.min_records + 2)

    _assert_records_vote_body(lines, result)


def test_one_record_too_few_abstains() -> None:
    _, result = _listing(S.min_records - 1)

    assert all(vote is None for vote in result)


def test_label_at_the_word_limit_frames_records() -> None:
    label = line(S.label_max_words, capitalised=1, seed=11)
    lines, result = _listing(S.min_records, label=label)

    _assert_records_vote_body(lines, result, label=label)
    assert any(vote is not None for vote in result)


def test_label_over_the_word_limit_is_no_label() -> None:
    _, result = _listing(S.min_records, label=line(S.label_max_words + 1, capitalised=1, seed=11))

    assert all(vote is None for vote in result)


def test_records_at_the_longest_stride_vote_body() -> None:
    lines, result = _listing(S.min_records, per_record=S.record_max_blocks - 1)

    _assert_records_vote_body(lines, result)
    assert any(vote is not None for vote in result)


def test_records_over_the_longest_stride_abstain() -> None:
    _, result = _listing(S.min_records, per_record=S.record_max_blocks)

    assert all(vote is None for vote in result)


def test_records_at_the_shortest_stride_vote_body() -> None:
    lines, result = _listing(S.min_records, per_record=S.record_min_blocks - 1)

    _assert_records_vote_body(lines, result)
    assert any(vote is not None for vote in result)


def test_labels_closer_than_the_shortest_stride_abstain() -> None:
    if S.record_min_blocks < 2:
        pytest.skip("record_min_blocks below 2 allows adjacent labels")
    _, result = _listing(S.min_records, per_record=S.record_min_blocks - 2)

    assert all(vote is None for vote in result)


def _per_record_for_an_exact_edge() -> int:
    """Lines per record such that min_unique_share of the inner lines is a whole number, if any is."""
    candidates = range(max(S.record_min_blocks - 1, 1), min(30, S.record_max_blocks))
    for per_record in candidates:
        inner = (S.min_records - 1) * per_record + (S.min_records - 2)
        if per_record >= 5 and (S.min_unique_share * inner).is_integer():
            return per_record
    return min(10, S.record_max_blocks - 1)


def _mixed_listing(unique: int) -> tuple[int, list[object]]:
    """Records whose inner lines are `unique` once-written lines, the rest a repeated filler line.

    The filler is longer than a label may be, so it never frames records of its own.
    """
    records = S.min_records
    per_record = _per_record_for_an_exact_edge()
    inner = (records - 1) * per_record + (records - 2)  # lines strictly between the first and last label
    filler = line(S.label_max_words + 1, seed=13)
    lines = [line(20, seed=5, end="."), *(_unique(100 + i) for i in range(per_record))]
    slots = [_unique(i) for i in range(unique)] + [filler] * ((records - 1) * per_record - unique)
    for record in range(records - 1):
        lines.append(LABEL)
        lines.extend(slots[record * per_record : (record + 1) * per_record])
    lines += [LABEL, line(20, seed=6, end=".")]
    return inner, votes(RecordList(), "\n".join(lines))


def test_unique_share_edge() -> None:
    inner, _ = _mixed_listing(0)
    edge = next(u for u in range(inner + 1) if u / inner >= S.min_unique_share)
    assert abs(edge - S.min_unique_share * inner) < 1

    _, at = _mixed_listing(edge)
    _, below = _mixed_listing(edge - 1)

    assert sum(vote is not None for vote in at) == edge
    assert all(vote is None for vote in below)


def test_menu_shown_twice_is_no_record_list() -> None:
    menu = ["Home", "News", "Sport", "Weather", "Culture"]
    text = "\n".join([*menu, line(20, end="."), *menu, line(20, seed=3, end="."), *menu])

    assert all(vote is None for vote in votes(RecordList(), text))
