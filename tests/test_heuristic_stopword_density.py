"""stopword_density: prose is dense in function words, chrome is not; pages outside the list abstain."""

from __future__ import annotations

import pytest
from helpers import line, votes

from cleaner.heuristics.stopword_density import StopwordDensity

S = StopwordDensity().settings
HIGH = f"stopword_density>={S.high_density}"
LOW = f"stopword_density<{S.low_density}"
N = max(S.min_words, 40)  # words in a probe line: enough for one stop word to move the density a little


def _anchor() -> str:
    """A prose paragraph that keeps the page over its stop-word gate."""
    return line(N, stopwords=N // 2, seed=3, end=".")


def _probe(text: str) -> object:
    """The vote on `text` as the first block of a page that also holds a prose paragraph."""
    return votes(StopwordDensity(), f"{text}\n\n{_anchor()}")[0]


def _fewest(share: float, words: int) -> int:
    """The fewest stop words that reach `share` of `words`."""
    count = next(k for k in range(words + 1) if k >= share * words)
    assert abs(count - share * words) < 1
    return count


def test_dense_prose_votes_body_at_the_high_edge() -> None:
    vote = _probe(line(N, stopwords=_fewest(S.high_density, N)))

    assert vote is not None
    assert vote.value > 0
    assert vote.reason == HIGH


def test_denser_prose_votes_body() -> None:
    vote = _probe(line(N, stopwords=min(_fewest(S.high_density, N) + 1, N)))

    assert vote is not None
    assert vote.value > 0


def test_one_stop_word_below_the_high_edge_is_not_body() -> None:
    vote = _probe(line(N, stopwords=_fewest(S.high_density, N) - 1))

    assert vote is None or vote.value < 0


def test_sparse_line_below_the_low_edge_votes_chrome() -> None:
    edge = _fewest(S.low_density, N)
    if edge == 0:
        pytest.skip("low_density is 0: no line is below it")
    vote = _probe(line(N, stopwords=edge - 1))

    assert vote is not None
    assert vote.value < 0
    assert vote.reason == LOW


def test_line_at_the_low_edge_is_not_chrome() -> None:
    vote = _probe(line(N, stopwords=_fewest(S.low_density, N)))

    assert vote is None or vote.value > 0
    if _fewest(S.low_density, N) < _fewest(S.high_density, N):
        assert vote is None


def test_line_without_stop_words_votes_chrome() -> None:
    vote = _probe(line(N))

    assert vote is not None
    assert vote.value < 0


def test_line_at_min_words_is_measured() -> None:
    vote = _probe(line(S.min_words, stopwords=S.min_words))

    assert vote is not None
    assert vote.value > 0


def test_line_above_min_words_is_measured() -> None:
    vote = _probe(line(S.min_words + 1))

    assert vote is not None
    assert vote.value < 0


def test_line_below_min_words_abstains() -> None:
    if S.min_words < 2:
        pytest.skip(f"min_words={S.min_words} leaves no shorter line with words")
    n = S.min_words - 1

    assert _probe(line(n, stopwords=n)) is None
    assert _probe(line(n)) is None


def _gate_page(stopwords: int, words: int) -> str:
    """Two measured lines: one without stop words, one with `stopwords` of its `words`."""
    return f"{line(words, seed=1)}\n\n{line(words, stopwords=stopwords, seed=2)}"


def test_page_at_its_stop_word_gate_gets_votes() -> None:
    words = max(S.min_words, 100)
    gate = _fewest(S.min_page_density, 2 * words)
    assert gate <= words

    result = votes(StopwordDensity(), _gate_page(gate, words))

    assert result[0] is not None
    assert result[0].value < 0


def test_page_below_its_stop_word_gate_abstains_everywhere() -> None:
    words = max(S.min_words, 100)
    gate = _fewest(S.min_page_density, 2 * words)
    if gate == 0:
        pytest.skip("min_page_density is 0: every page is over the gate")

    assert votes(StopwordDensity(), _gate_page(gate - 1, words)) == [None, None]


def test_page_in_an_uncovered_language_gets_no_votes() -> None:
    # Georgian prose: none of its function words are in the list, so it is not all chrome.
    text = (
        "ღამის წვიმამ მდინარე ნაპირებამდე აავსო და ქალაქის საბჭომ სანაპირო გზა დახურა გუშინ საღამოს.\n\n"
        "ნავსადგურის მახლობლად მცხოვრებლებმა მანქანები უფრო მაღალ ადგილას გადაიყვანეს სანამ წყალი მოვიდოდა.\n"
    )
    assert votes(StopwordDensity(), text) == [None, None]


def test_greek_prose_is_dense_in_its_function_words() -> None:
    text = (
        "Η βροχή της νύχτας έκανε το ποτάμι να φτάσει στην κορυφή των όχθεων, "
        "και το δημοτικό συμβούλιο έκλεισε τον δρόμο για τα αυτοκίνητα.\n"
    )
    (vote,) = votes(StopwordDensity(), text)

    assert vote is not None
    assert vote.value > 0


def test_short_lines_do_not_open_the_page_gate() -> None:
    short = max(S.min_words - 1, 1)
    lines = [line(short, stopwords=short, seed=i) for i in range(20)] if S.min_words > 1 else []
    text = "\n".join([*lines, "", line(N)])

    assert all(vote is None for vote in votes(StopwordDensity(), text))


def test_chinese_prose_votes_body() -> None:
    text = (
        "我们在这个城市里的生活是很好的，他们也都说这是一个有意思的地方。\n\n首页 新闻 体育 财经 科技 汽车 房产 旅游\n"
    )

    prose, menu = votes(StopwordDensity(), text)

    assert prose is not None
    assert prose.value > 0
    assert menu is not None
    assert menu.value < 0


def test_votes_follow_custom_settings() -> None:
    strict = StopwordDensity(high_density=0.9)

    vote = votes(strict, f"{line(N, stopwords=N // 2)}\n\n{line(N, stopwords=N)}")

    assert vote[0] is None
    assert vote[1] is not None
    assert vote[1].reason == "stopword_density>=0.9"
