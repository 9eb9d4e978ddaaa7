"""consent_panel: the lines of a run of consent notices a few lines apart are one panel."""

from __future__ import annotations

import pytest
from helpers import PARAGRAPHS, line, votes

from cleaner import clean
from cleaner.errors import ConfigError
from cleaner.heuristics.consent_panel import ConsentPanel

S = ConsentPanel().settings
NOTICE = "We and our partners use cookies to measure advertising."  # 3 words of the vocabulary
ANCHOR = "Use limited data to select advertising with partners."  # exactly 2
ONE_WORD = "These cookies count visits so we can improve the site."  # 1
PURPOSE = "Measure content performance 33 partners can use this purpose"  # 2, with a panel's own word


def _panel(anchors: int, gap: int = 3, anchor: str = ANCHOR) -> list[str]:
    """`anchors` anchor lines, each followed by `gap - 1` lines without consent words."""
    lines: list[str] = []
    for number in range(anchors):
        lines.append(anchor)
        if number < anchors - 1:
            lines += [line(3, seed=10 * number + i) for i in range(gap - 1)]
    return lines


def _votes(lines: list[str]) -> list[bool]:
    return [vote is not None for vote in votes(ConsentPanel(), "\n".join(lines))]


def test_the_fewest_anchors_make_a_panel_voted_chrome_from_first_to_last() -> None:
    lines = [line(4, seed=99), *_panel(S.min_anchors), line(4, seed=98)]
    result = votes(ConsentPanel(), "\n".join(lines))

    assert result[0] is None and result[-1] is None
    assert all(vote is not None and vote.value < 0 for vote in result[1:-1])


def test_one_anchor_too_few_is_no_panel() -> None:
    assert not any(_votes(_panel(S.min_anchors - 1)))


def test_anchors_at_the_longest_gap_stay_one_panel() -> None:
    assert all(_votes(_panel(S.min_anchors, gap=S.max_gap_blocks)))


def test_anchors_one_line_further_apart_are_no_panel() -> None:
    assert not any(_votes(_panel(S.min_anchors, gap=S.max_gap_blocks + 1)))


def test_lines_naming_one_consent_word_are_no_anchors() -> None:
    assert not any(_votes(_panel(S.min_anchors, anchor=ONE_WORD)))


def test_a_notice_using_more_words_is_an_anchor_too() -> None:
    assert all(_votes(_panel(S.min_anchors, anchor=NOTICE)))


def test_lines_between_panels_are_left_alone() -> None:
    far = [line(3, seed=50 + i) for i in range(S.max_gap_blocks + 1)]
    result = _votes([*_panel(S.min_anchors), *far, *_panel(S.min_anchors)])

    assert not any(result[len(_panel(S.min_anchors)) : len(_panel(S.min_anchors)) + len(far)])
    assert all(result[: len(_panel(S.min_anchors))])


def test_a_panel_of_the_sure_length_is_voted_surely_chrome_and_a_shorter_one_less_surely() -> None:
    sure = votes(ConsentPanel(), "\n".join(_panel(S.sure_min_anchors)))
    unsure = votes(ConsentPanel(), "\n".join(_panel(S.sure_min_anchors - 1)))

    assert {vote.value for vote in sure if vote is not None} == {-1.0}
    assert None not in sure
    assert {vote.value for vote in unsure if vote is not None} == {S.unsure_vote}
    assert None not in unsure
    assert -1.0 < S.unsure_vote < 0.0


def test_a_purpose_named_with_its_vendors_is_an_anchor() -> None:
    assert all(_votes(_panel(S.min_anchors, anchor=PURPOSE)))


def test_the_combiner_drops_every_sentence_of_a_sure_panel_and_keeps_the_article() -> None:
    explanation = "Information about your visit can be used to show you the things that you are looking for."
    panel = []
    for number in range(S.sure_min_anchors):
        panel += [PURPOSE.replace("33", str(10 + number)), "Off", f"{explanation[:-1]} {number}."]
    result = clean("\n\n".join([*PARAGRAPHS, *panel]), format="text")
    decisions = {block.text: (block.label.value, block.decision) for block in result.blocks}

    assert [decisions[paragraph][0] for paragraph in PARAGRAPHS] == ["body", "body"]
    # The panel runs from its first anchor to its last: the sentence after the last is not in it.
    explained = [text for text in panel[:-1] if text.endswith(".")]
    assert all(decisions[text] == ("chrome", "vetoed&consent_panel=-1") for text in explained)


def test_an_anchor_must_use_at_least_one_word_of_the_vocabulary() -> None:
    with pytest.raises(ConfigError, match="anchor_min_words"):
        ConsentPanel(anchor_min_words=0)
