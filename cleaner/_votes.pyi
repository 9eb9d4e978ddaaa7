from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TypeVar

from cleaner.model import Label, Vote

T = TypeVar("T")

def block_votes(columns: Sequence[Sequence[Vote | None]], blocks: int) -> list[list[Vote]]:
    """Each of the `blocks` blocks' votes in the order of `columns` (a sequence per heuristic), without abstentions."""

class VoteIndex:
    """A page's votes, one sequence a block, as the combiner's passes over them read them: each distinct vote object
    numbered once, its heuristic and value read once, and each block's votes as their numbers."""

    def __init__(self, per_block: Iterable[Iterable[Vote]]) -> None: ...

def weighted_scores(votes: VoteIndex, weights: Mapping[str, float], bias: float) -> list[float]:
    """Each block's logistic of its votes' values times `weights[vote.heuristic]`, summed in order after `bias`;
    the weight of each distinct vote object is asked for once."""

def blocks_voted(votes: VoteIndex, heuristics: frozenset[str], above: float = ..., enough: int = ...) -> int:
    """How many blocks hold a vote above `above` that one of `heuristics` (a set of names) cast, counted up to
    `enough`."""

def vetoes_in_order(
    votes: VoteIndex,
    heuristics: frozenset[str],
    rules_for: Callable[[Vote], tuple[str | None, str | None, str | None]],
    words: tuple[int, ...],
    most: int,
) -> tuple[list[str | None], list[str | None], list[str | None]]:
    """Each block's rule, or None, by which the -1 votes of one of `heuristics` veto it: by a veto's rule, by a short
    veto's (blocks of `most` words or fewer), by a final veto's; `rules_for(vote)` names a vote's three rules."""

def region_margins(scores: list[float], words: tuple[int, ...], threshold: float, cap: int) -> list[float]:
    """Each block's contribution to a region before chrome is costed: (score - threshold) × (1 + its words, at
    most `cap`)."""

def costed(margins: list[float], chrome_cost: float) -> list[float]:
    """The `margins` with each chrome block's (a negative margin's) multiplied by `chrome_cost`."""

def best_run(margins: list[float]) -> range:
    """The indices of the maximum-sum run of `margins`; empty when no margin is positive."""

def best_run_starting_in(margins: list[float], starts: range) -> range:
    """The maximum-sum run of `margins` among those beginning in `starts` (a range), through prefix sums."""

def short_blocks_follow(
    words: tuple[int, ...],
    scores: list[float],
    labels: list[Label],
    decisions: list[str],
    most: int,
    sure_chrome: float,
    chrome: Label,
    rules: Mapping[Label, str],
    held: frozenset[int] | None = None,
    terminal: tuple[bool, ...] | None = None,
    longest_between_prose: int = 1,
) -> None:
    """Each stretch of blocks of `most` words or fewer takes the label its longer neighbours share (in place)."""

def heading_shaped(
    words: tuple[int, ...], terminal: tuple[bool, ...], scores: list[float], most: int, sure_chrome: float
) -> list[int]:
    """The blocks of `most` words or fewer not ending like a sentence, scoring `sure_chrome` or more, in order."""

def label_by_score(
    scores: list[float],
    start: int,
    stop: int,
    least: float,
    body: Label,
    chrome: Label,
    body_rule: str,
    chrome_rule: str,
    labels: list[Label],
    decisions: list[str],
) -> None:
    """Append to `labels` and `decisions` those of the blocks from `start` to `stop`: `body` by `body_rule` where
    the block's score is `least` or more, else `chrome` by `chrome_rule`."""

def relabel(rules: list[str | None], labels: list[Label], decisions: list[str], old: Label, new: Label) -> None:
    """Each block labelled `old` whose rule in `rules` (a rule or None a block) is not None becomes `new` by that
    rule (in place)."""

def relabel_stretch(
    start: int,
    stop: int,
    labels: list[Label],
    decisions: list[str],
    old: Label,
    new: Label,
    rule: str,
    keep: tuple[bool, ...] | None = None,
) -> None:
    """Each block from `start` to `stop` labelled `old` becomes `new` by `rule` (in place), but those that `keep`
    (a flag a block, where given) flags."""

def between_body(
    candidates: Iterable[int], labels: list[Label], decisions: list[str], body: Label, chrome: Label, rule: str
) -> None:
    """Each of the ascending `candidates` that is `chrome` between two `body` blocks becomes `body` by `rule` (in
    place)."""

def labelled(values: Sequence[T], labels: list[Label], label: Label) -> list[T]:
    """The `values` (one a block) of the blocks whose label is `label`, in order."""

def flags_set(flags: tuple[bool, ...], start: int, stop: int) -> int:
    """How many of `flags` from `start` to `stop` are set."""

def label_runs(labels: list[Label], label: Label) -> int:
    """How many separate runs of blocks labelled `label` `labels` holds."""

def follow_template_body(
    templates: tuple[int, ...],
    words: tuple[int, ...],
    labels: list[Label],
    decisions: list[str],
    body: Label,
    chrome: Label,
    min_blocks: int,
    min_share: float,
    rule: str,
) -> None:
    """Make body, by `rule`, the `chrome` blocks of each template of `min_blocks` blocks or more whose words are
    `min_share` `body` or more (in place)."""

def item_runs(
    tags: tuple[str, ...], containers: tuple[frozenset[str], ...], names: tuple[frozenset[str], ...], item_tag: str
) -> list[range]:
    """The runs of consecutive `item_tag` blocks in one context (equal containers and names), in order, as ranges."""
