from collections.abc import Iterable, Mapping, Sequence

from cleaner.model import Vote

def block_votes(columns: Sequence[Sequence[Vote | None]], blocks: int) -> list[list[Vote]]:
    """Each of the `blocks` blocks' votes in the order of `columns` (a sequence per heuristic), without abstentions."""

def weighted_scores(per_block: Iterable[Iterable[Vote]], weights: Mapping[str, float], bias: float) -> list[float]:
    """Each block's logistic of its votes' values times `weights[vote.heuristic]`, summed in order after `bias`."""

def votes_by(per_block: Iterable[Iterable[Vote]], heuristics: frozenset[str]) -> list[tuple[int, Vote]]:
    """Every vote that one of `heuristics` (a set of names) cast, as (block index, vote), in reading order."""
