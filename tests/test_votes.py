"""The combiner's compiled passes over the votes: each block's votes, its score, the votes of named heuristics."""

from __future__ import annotations

import math
import sys

import pytest

from cleaner._votes import (
    VoteIndex,
    between_body,
    block_votes,
    blocks_voted,
    costed,
    flags_set,
    follow_template_body,
    heading_shaped,
    item_runs,
    label_by_score,
    label_runs,
    labelled,
    region_margins,
    relabel,
    relabel_stretch,
    short_blocks_follow,
    vetoes_in_order,
    weighted_scores,
)
from cleaner.combine import CombineSettings, _Weights
from cleaner.model import Label, Vote

SHAPE = Vote(heuristic="shape", value=0.5, reason="prose")
MENU = Vote(heuristic="menu", value=-1.0, reason="nav")
CREDIT = Vote(heuristic="credit", value=-0.25, reason="credit")


def test_each_block_gets_its_votes_in_column_order_without_the_abstentions() -> None:
    columns = [[SHAPE, None, SHAPE], (None, None, MENU), [CREDIT, None, None]]

    assert block_votes(columns, 3) == [[SHAPE, CREDIT], [], [SHAPE, MENU]]


def test_without_heuristics_every_block_has_no_votes_and_its_own_list() -> None:
    per_block = block_votes([], 2)

    assert per_block == [[], []]
    assert per_block[0] is not per_block[1]


def test_each_list_holds_a_reference_of_its_own_to_each_of_its_votes() -> None:
    vote = Vote(heuristic="shared", value=1.0, reason="one object for every block")
    before = sys.getrefcount(vote)

    per_block = block_votes([[vote, None, vote], (vote, vote, None)], 3)
    assert per_block == [[vote, vote], [vote], [vote]]
    assert sys.getrefcount(vote) == before + 4
    del per_block
    assert sys.getrefcount(vote) == before
    assert block_votes([[], ()], 0) == []


def test_a_column_of_the_wrong_length_is_refused_naming_both_counts() -> None:
    with pytest.raises(ValueError, match="a column holds 2 votes for 3 blocks"):
        block_votes([[SHAPE, SHAPE, SHAPE], [SHAPE, SHAPE]], 3)


def test_a_score_is_the_logistic_of_the_bias_and_the_weighted_votes() -> None:
    weights = {"shape": 2.0, "menu": 3.0, "credit": 1.0}

    scores = weighted_scores(VoteIndex([[SHAPE, MENU], [], [CREDIT]]), weights, 0.5)

    assert scores == [
        1.0 / (1.0 + math.exp(-(0.5 + 2.0 * 0.5 + 3.0 * -1.0))),
        1.0 / (1.0 + math.exp(-0.5)),
        1.0 / (1.0 + math.exp(-(0.5 - 0.25))),
    ]


def test_a_heuristic_without_a_weight_of_its_own_counts_at_the_default_weight() -> None:
    weights = _Weights(CombineSettings(default_weight=4.0))

    (score,) = weighted_scores(VoteIndex([[SHAPE]]), weights, 0.0)

    assert score == 1.0 / (1.0 + math.exp(-2.0))


def test_an_overwhelming_weight_gives_a_sure_score_rather_than_an_overflow() -> None:
    assert weighted_scores(VoteIndex([[MENU], [SHAPE]]), {"menu": 1e6, "shape": 1e6}, 0.0) == [0.0, 1.0]


def test_the_blocks_holding_a_vote_of_named_heuristics_are_counted_once_each() -> None:
    votes = VoteIndex([[SHAPE, MENU], [CREDIT], [], [MENU, CREDIT]])

    assert blocks_voted(votes, frozenset({"menu", "credit"})) == 3
    assert blocks_voted(votes, frozenset()) == 0
    # Above -0.5: the credit's -0.25 votes, not the menu's -1.
    assert blocks_voted(votes, frozenset({"menu", "credit"}), -0.5) == 2
    # Just below a vote's value counts it, at its value does not.
    assert blocks_voted(votes, frozenset({"shape"}), 0.49) == 1
    assert blocks_voted(votes, frozenset({"shape"}), 0.5) == 0


def test_the_count_of_blocks_voted_stops_at_enough() -> None:
    votes = VoteIndex([[MENU], [MENU], [SHAPE], [MENU]])

    assert blocks_voted(votes, frozenset({"menu"}), enough=2) == 2
    assert blocks_voted(votes, frozenset({"menu"}), enough=3) == 3
    assert blocks_voted(votes, frozenset({"menu"}), enough=9) == 3
    assert blocks_voted(votes, frozenset({"menu"}), enough=0) == 0


def test_a_page_of_a_fresh_vote_on_every_block_is_indexed_scored_and_counted_vote_by_vote() -> None:
    """A plug-in may make a fresh vote for every block: the index's table of vote objects grows to hold them all."""
    fresh = [Vote(heuristic="menu" if n % 3 else "shape", value=n / 1000, reason="fresh") for n in range(1000)]
    per_block = [[vote, SHAPE] for vote in fresh] * 2
    votes = VoteIndex(per_block)
    weights = {"menu": 2.0, "shape": 3.0}

    scores = weighted_scores(votes, weights, -0.5)

    expected = [1.0 / (1.0 + math.exp(-(-0.5 + weights[v.heuristic] * v.value + 3.0 * 0.5))) for v in fresh] * 2
    assert scores == expected
    assert blocks_voted(votes, frozenset({"menu"})) == sum(vote.heuristic == "menu" for vote, _ in per_block)
    assert blocks_voted(votes, frozenset({"menu"}), 0.5) == sum(
        vote.heuristic == "menu" and vote.value > 0.5 for vote, _ in per_block
    )


def test_the_index_reads_any_sequences_of_votes_and_keeps_its_own_reference_to_each_vote_object() -> None:
    vote = Vote(heuristic="shape", value=0.5, reason="one object on two blocks")
    before = sys.getrefcount(vote)

    votes = VoteIndex(([vote], (), (vote, MENU)))

    # The blocks' tuples are gone: one reference, the index's, holds the vote however many blocks it is on.
    assert sys.getrefcount(vote) == before + 1
    assert weighted_scores(votes, {"shape": 2.0, "menu": 1.0}, 0.0) == [
        1.0 / (1.0 + math.exp(-1.0)),
        0.5,
        1.0 / (1.0 + math.exp(-(1.0 - 1.0))),
    ]
    del votes
    assert sys.getrefcount(vote) == before
    assert weighted_scores(VoteIndex([]), {}, 0.0) == []
    assert blocks_voted(VoteIndex([[], []]), frozenset({"shape"})) == 0


def test_a_veto_comes_first_then_a_short_veto_on_a_short_block_then_a_final_veto() -> None:
    nav = Vote(heuristic="nav", value=-1.0, reason="menu")
    button = Vote(heuristic="button", value=-1.0, reason="label")
    footer = Vote(heuristic="footer", value=-1.0, reason="end")
    rules = {
        nav: ("vetoed&nav", None, None),
        button: (None, "short&button", None),
        footer: (None, None, "final&footer"),
    }
    asked: list[Vote] = []

    def rules_for(vote: Vote) -> tuple[str | None, str | None, str | None]:
        asked.append(vote)
        return rules[vote]

    votes = VoteIndex([[SHAPE, button, nav], [button], [footer, MENU, button], [footer, nav], [button, SHAPE]])
    # The menu's -1 is no veto's: its heuristic is not among those named.
    vetoed, short, final = vetoes_in_order(votes, frozenset({"nav", "button", "footer"}), rules_for, (2, 9, 2, 1, 3), 3)

    assert vetoed == ["vetoed&nav", None, None, "vetoed&nav", None]
    # The short veto reaches blocks of 3 words or fewer: not block 1 of 9 words.
    assert short == ["short&button", None, "short&button", None, "short&button"]
    assert final == [None, None, "final&footer", "final&footer", None]
    # Each vote object's rules are asked for once, however many blocks it is on.
    assert asked == [button, nav, footer]


def test_a_page_without_a_vetoing_vote_has_no_block_vetoed_and_no_rule_asked_for() -> None:
    def rules_for(vote: Vote) -> tuple[str | None, str | None, str | None]:
        raise AssertionError(f"asked for the rules of {vote}")

    # The menu's -1 is not of a heuristic named, the credit's -0.25 is no sure vote.
    votes = VoteIndex([[SHAPE, MENU], [CREDIT]])

    assert vetoes_in_order(votes, frozenset({"credit"}), rules_for, (1, 1), 3) == ([None] * 2, [None] * 2, [None] * 2)
    with pytest.raises(ValueError, match="3 word counts for 2 blocks"):
        vetoes_in_order(votes, frozenset({"credit"}), rules_for, (1, 1, 1), 3)


def test_a_page_of_a_fresh_vetoing_vote_on_every_block_has_each_one_ruled() -> None:
    fresh = [Vote(heuristic="nav", value=-1.0, reason=f"menu {n}") for n in range(1000)]

    votes = VoteIndex([[vote] for vote in fresh])

    vetoed, _, _ = vetoes_in_order(votes, frozenset({"nav"}), lambda vote: (vote.reason, None, None), (1,) * 1000, 3)

    assert vetoed == [f"menu {n}" for n in range(1000)]


def test_a_missing_weight_is_asked_of_the_mapping_once_per_vote_remembered() -> None:
    """A dict subclass fills in the weights it lacks (`_Weights.__missing__`); a vote seen again is not asked again."""
    asked: list[str] = []

    class Counting(dict[str, float]):
        def __missing__(self, heuristic: str) -> float:
            asked.append(heuristic)
            return 1.0

    scores = weighted_scores(VoteIndex([[SHAPE, MENU], [SHAPE], [MENU]]), Counting(shape=2.0), 0.0)

    assert scores == [1.0 / (1.0 + math.exp(-(1.0 - 1.0))), 1.0 / (1.0 + math.exp(-1.0)), 1.0 / (1.0 + math.exp(1.0))]
    assert asked == ["menu"]


def test_a_blocks_margin_is_its_score_over_the_threshold_times_its_words_capped_plus_one() -> None:
    margins = region_margins([0.9, 0.2, 0.6, 1.0], (10, 3, 100, 0), 0.6, 60)

    assert margins == [(0.9 - 0.6) * 11, (0.2 - 0.6) * 4, 0.0, (1.0 - 0.6) * 1]
    with pytest.raises(ValueError, match="2 scores for 3 blocks"):
        region_margins([0.5, 0.5], (1, 2, 3), 0.6, 60)


def test_only_the_negative_margins_are_costed() -> None:
    margins = [1.5, -2.0, 0.0, -0.5]

    assert costed(margins, 3.0) == [1.5, -6.0, 0.0, -1.5]
    assert costed([], 3.0) == []


B, C = Label.BODY, Label.CHROME


def _short_followed(
    words: tuple[int, ...], scores: list[float], labels: list[Label], held: frozenset[int] | None = None
) -> tuple[list[Label], list[str]]:
    """The labels and decisions after the short blocks' pass (short: four words or fewer; sure chrome: under 0.05)."""
    decisions = ["own"] * len(labels)
    short_blocks_follow(
        words, scores, labels, decisions, 4, 0.05, C, {B: "neighbours_body", C: "neighbours_chrome"}, held
    )
    return labels, decisions


def test_a_stretch_of_short_blocks_takes_the_label_its_longer_neighbours_share() -> None:
    labels, decisions = _short_followed(
        (20, 2, 3, 20, 1, 20, 2), [0.9, 0.1, 0.01, 0.9, 0.9, 0.1, 0.9], [B, C, C, B, C, C, B]
    )

    # Between body: made body unless sure chrome (0.01); between disagreeing neighbours: left;
    # before the page's end, which counts as chrome: chrome.
    assert labels == [B, B, C, B, C, C, C]
    assert decisions == ["own", "neighbours_body", "own", "own", "own", "own", "neighbours_chrome"]


def test_short_blocks_held_stay_chrome_between_body_neighbours_and_follow_chrome_ones() -> None:
    scores = [0.9, 0.1, 0.1, 0.9, 0.1, 0.9, 0.1]
    labels, decisions = _short_followed((20, 2, 2, 20, 20, 2, 20), scores, [B, C, C, B, C, B, C], frozenset({1, 5}))

    # Held: block 1 stays chrome between body, block 5 follows its chrome neighbours.
    assert labels == [B, C, B, B, C, C, C]
    assert decisions == ["own", "own", "neighbours_body", "own", "own", "neighbours_chrome", "own"]


def test_a_long_stretch_between_two_sentences_keeps_its_own_labels() -> None:
    words, scores, rules = (20, 2, 2, 2, 20), [0.9, 0.1, 0.9, 0.1, 0.9], {B: "neighbours_body", C: "neighbours_chrome"}
    for terminal, longest, expected in (
        ((True, False, False, False, True), 3, [B, C, B, C, B]),  # three short blocks: a list of its own
        ((True, False, False, False, True), 4, [B, B, B, B, B]),  # fewer than `longest`: they follow
        ((True, False, False, False, False), 3, [B, B, B, B, B]),  # a neighbour that is no sentence
    ):
        labels, decisions = [B, C, B, C, B], ["own"] * 5
        short_blocks_follow(words, scores, labels, decisions, 4, 0.05, C, rules, None, terminal, longest)
        assert labels == expected


def test_a_long_stretch_between_chrome_neighbours_follows_them() -> None:
    labels, decisions = [C, B, B, B, C], ["own"] * 5
    terminal = (True, False, False, False, True)
    short_blocks_follow(
        (20, 2, 2, 2, 20), [0.1, 0.9, 0.9, 0.9, 0.1], labels, decisions, 4, 0.05, C, {B: "b", C: "c"}, None, terminal, 3
    )
    assert labels == [C, C, C, C, C]
    with pytest.raises(ValueError, match="differ in length"):
        short_blocks_follow((20, 2), [0.9, 0.1], [B, C], ["own"] * 2, 4, 0.05, C, {B: "b", C: "c"}, None, (True,), 3)


def test_heading_shaped_blocks_are_short_unpunctuated_and_not_sure_chrome() -> None:
    assert heading_shaped((3, 3, 3, 30), (False, True, False, False), [0.5, 0.5, 0.01, 0.5], 12, 0.05) == [0]


def test_item_runs_are_consecutive_items_in_one_context() -> None:
    box, other = frozenset({"ul"}), frozenset({"nav"})
    names, equal_names = frozenset({"steps"}), frozenset({"steps"})  # equal, not the same object
    tags = ("li", "li", "li", "p", "li", "li", "li", "td")
    containers = (box, box, box, box, box, other, other, other)
    words = (names, equal_names, names, names, names, names, frozenset(), frozenset())

    assert item_runs(tags, containers, words, "li") == [range(0, 3), range(4, 5), range(5, 6), range(6, 7)]
    assert item_runs((), (), (), "li") == []
    with pytest.raises(ValueError, match="differ in length"):
        item_runs(("li",), (), (), "li")


def _followed(templates: tuple[int, ...], words: tuple[int, ...], labels: list[Label]) -> list[tuple[Label, str]]:
    """Labels and decisions after the pass, at 4 blocks and a 0.6 share; every decision starts as "own"."""
    decisions = ["own"] * len(labels)
    follow_template_body(templates, words, labels, decisions, Label.BODY, Label.CHROME, 4, 0.6, "template")
    return list(zip(labels, decisions, strict=True))


def test_chrome_blocks_of_a_template_mostly_body_by_words_become_body() -> None:
    body, chrome = Label.BODY, Label.CHROME
    # Template 1: 30 of 40 words body (0.75); template 2: 20 of 40 (0.5); template 0: three blocks.
    templates = (1, 1, 1, 1, 2, 2, 2, 2, 0, 0, 0)
    words = (10, 10, 10, 10, 10, 10, 10, 10, 50, 50, 1)
    labels = [chrome, body, body, body, chrome, chrome, body, body, body, body, chrome]

    assert _followed(templates, words, labels) == [(body, "template")] + [(body, "own")] * 3 + [
        (chrome, "own"),
        (chrome, "own"),
        (body, "own"),
        (body, "own"),
        (body, "own"),
        (body, "own"),
        (chrome, "own"),
    ]


def test_the_share_of_body_words_is_measured_against_its_least() -> None:
    body, chrome = Label.BODY, Label.CHROME
    # 24 of 40 words body: the least share, 0.6, exactly.
    assert _followed((3, 3, 3, 3), (16, 8, 8, 8), [chrome, body, body, body])[0] == (body, "template")
    assert _followed((3, 3, 3, 3), (17, 8, 8, 7), [chrome, body, body, body])[0] == (chrome, "own")


def test_template_numbers_are_checked() -> None:
    with pytest.raises(ValueError, match="differ in length"):
        follow_template_body((0,), (), [Label.BODY], ["own"], Label.BODY, Label.CHROME, 4, 0.6, "template")
    with pytest.raises(ValueError, match="got -1 for block 0"):
        follow_template_body((-1,), (1,), [Label.BODY], ["own"], Label.BODY, Label.CHROME, 4, 0.6, "template")


def test_blocks_are_labelled_by_their_score_against_the_least_for_body() -> None:
    labels, decisions = [Label.CHROME], ["first"]

    label_by_score([0.1, 0.5, 0.2, 0.19, 0.9], 1, 4, 0.2, Label.BODY, Label.CHROME, "body", "chrome", labels, decisions)

    assert labels == [Label.CHROME, Label.BODY, Label.BODY, Label.CHROME]
    assert decisions == ["first", "body", "body", "chrome"]
    with pytest.raises(ValueError, match="blocks 2 to 6 of a page of 5"):
        label_by_score([0.1] * 5, 2, 6, 0.2, Label.BODY, Label.CHROME, "body", "chrome", [], [])


def test_labelled_picks_the_values_of_the_blocks_of_one_label_in_order() -> None:
    labels = [Label.BODY, Label.CHROME, Label.BODY, Label.CHROME]

    assert labelled(("a", "b", "c", "d"), labels, Label.BODY) == ["a", "c"]
    assert labelled([1, 2, 3, 4], labels, Label.CHROME) == [2, 4]
    assert labelled((), [], Label.BODY) == []


def test_labelled_refuses_values_of_another_length_than_the_labels() -> None:
    with pytest.raises(ValueError, match="3 values for 4 labels"):
        labelled(("a", "b", "c"), [Label.BODY] * 4, Label.BODY)


def test_relabel_gives_the_blocks_with_a_rule_and_the_old_label_the_new_one_by_their_rule() -> None:
    body, chrome = Label.BODY, Label.CHROME
    labels, decisions = [body, chrome, body, body], ["a", "b", "c", "d"]

    relabel(["veto&z", "veto&y", "veto&x", None], labels, decisions, body, chrome)

    # Block 1 was chrome already: it keeps its decision; block 3 has no rule.
    assert labels == [chrome, chrome, chrome, body]
    assert decisions == ["veto&z", "b", "veto&x", "d"]
    relabel([None] * 4, labels, decisions, body, chrome)
    assert decisions == ["veto&z", "b", "veto&x", "d"]


def test_relabel_refuses_columns_of_other_lengths() -> None:
    labels = [Label.BODY] * 3
    with pytest.raises(ValueError, match="4 rules and 3 decisions for 3 labels"):
        relabel([None] * 4, labels, ["a"] * 3, Label.BODY, Label.CHROME)
    with pytest.raises(ValueError, match="3 rules and 2 decisions for 3 labels"):
        relabel([None] * 3, labels, ["a"] * 2, Label.BODY, Label.CHROME)


def test_a_candidate_between_two_body_blocks_becomes_body_in_reading_order() -> None:
    body, chrome = Label.BODY, Label.CHROME
    labels = [chrome, body, chrome, chrome, body, chrome, body]
    decisions = ["own"] * 7

    # 0 and 6 stand at the page's edges; 2 has chrome below it; 3, between 2 and 4, does not
    # become body as 2 did not; 5 does.
    between_body(iter([0, 2, 3, 5, 6]), labels, decisions, body, chrome, "between")

    assert labels == [chrome, body, chrome, chrome, body, body, body]
    assert decisions == ["own", "own", "own", "own", "own", "between", "own"]


def test_a_stretch_s_blocks_of_the_old_label_take_the_new_one_but_those_kept() -> None:
    body, chrome = Label.BODY, Label.CHROME
    labels, decisions = [body, body, chrome, body, body], ["a", "b", "c", "d", "e"]

    relabel_stretch(1, 4, labels, decisions, body, chrome, "cut", (False, False, False, True, False))

    # Block 0 and 4 lie outside the stretch, 2 was chrome already, 3 is kept.
    assert labels == [body, chrome, chrome, body, body]
    assert decisions == ["a", "cut", "c", "d", "e"]
    relabel_stretch(0, 5, labels, decisions, body, chrome, "all")
    assert labels == [chrome] * 5
    assert decisions == ["all", "cut", "c", "all", "all"]
    relabel_stretch(5, 5, labels, decisions, chrome, body, "none")
    assert labels == [chrome] * 5


def test_a_stretch_off_the_page_or_columns_of_other_lengths_are_refused() -> None:
    labels, decisions = [Label.BODY] * 3, ["a"] * 3
    with pytest.raises(ValueError, match="blocks 2 to 4 of a page of 3"):
        relabel_stretch(2, 4, labels, decisions, Label.BODY, Label.CHROME, "x")
    with pytest.raises(ValueError, match="blocks 2 to 1 of a page of 3"):
        relabel_stretch(2, 1, labels, decisions, Label.BODY, Label.CHROME, "x")
    with pytest.raises(ValueError, match="a page of 3 blocks differ in length"):
        relabel_stretch(0, 3, labels, decisions, Label.BODY, Label.CHROME, "x", (True,) * 2)


def test_the_runs_of_a_label_are_counted_apart() -> None:
    body, chrome = Label.BODY, Label.CHROME

    assert label_runs([body, body, chrome, body, chrome, chrome, body], body) == 3
    assert label_runs([body, body, chrome, body, chrome, chrome, body], chrome) == 2
    assert label_runs([chrome, chrome], body) == 0
    assert label_runs([body], body) == 1
    assert label_runs([], body) == 0


def test_the_flags_set_in_a_stretch_are_counted() -> None:
    flags = (True, False, True, True, False)

    assert flags_set(flags, 0, 5) == sum(flags) == 3
    assert flags_set(flags, 1, 3) == 1
    assert flags_set(flags, 2, 2) == 0
    assert flags_set((), 0, 0) == 0
    with pytest.raises(ValueError, match="flags 3 to 6 of 5"):
        flags_set(flags, 3, 6)
    with pytest.raises(ValueError, match="flags -1 to 2 of 5"):
        flags_set(flags, -1, 2)
