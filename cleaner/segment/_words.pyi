def line_words(
    lines: tuple[str, ...],
) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...], tuple[int, ...], tuple[int, ...], tuple[int, ...]]:
    """Each of `lines`' fingerprint, case-folded tokens, word count, function words and upper-case initials."""

def token_blocks(tokens: tuple[tuple[str, ...], ...]) -> dict[str, list[int]]:
    """Where each token stands: the ascending indices of the blocks whose `tokens` (a tuple per block) hold it."""
