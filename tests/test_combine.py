"""combine: the main region, and how the page's kind sets what chrome costs it."""

from __future__ import annotations

from helpers import line, page

from cleaner.combine import CombineSettings, combine
from cleaner.model import Label, Vote

BODY = Vote(heuristic="probe", value=1.0, reason="probe_body")
CHROME = Vote(heuristic="probe", value=-1.0, reason="probe_chrome")
# A probe weight of 2 scores a body vote 0.88 and a chrome vote 0.12.
WEIGHTS = {"probe": 2.0}
RECORDS = 4


def _records(prose: bool) -> tuple[str, list[list[Vote]]]:
    """Four records, each a body-voted post (a prose line, or a short one) and an 8-word chrome-voted meta line.

    At the default chrome cost one meta line outweighs a post, so the posts fall apart into
    one-record regions; at the structured cost (1.0) they hold together.
    """
    lines, votes = [], []
    for record in range(RECORDS):
        lines += [line(20, stopwords=5, seed=record, end=".") if prose else line(16, seed=record), line(8, seed=30)]
        votes += [[BODY], [CHROME]]
    return "\n".join(lines), votes


def _body_posts(settings: CombineSettings, prose: bool = True) -> int:
    text, votes = _records(prose)
    labels = combine(page(text), votes, settings).labels
    return sum(label is Label.BODY for label in labels[::2])


def test_region_with_no_prose_body_holds_every_record() -> None:
    settings = CombineSettings(weights=WEIGHTS)

    assert _body_posts(settings, prose=False) == RECORDS


def test_region_holding_a_prose_body_ends_at_the_first_chrome_stretch() -> None:
    settings = CombineSettings(weights=WEIGHTS, prose_body_min_blocks=1)

    assert _body_posts(settings) == 1


def test_region_just_short_of_a_prose_body_is_searched_again_at_the_structured_cost() -> None:
    settings = CombineSettings(weights=WEIGHTS, prose_body_min_blocks=2)

    assert _body_posts(settings) == RECORDS


def test_prose_body_check_off_keeps_the_article_cost() -> None:
    settings = CombineSettings(weights=WEIGHTS, prose_body_min_blocks=0)

    assert _body_posts(settings, prose=False) == 1


def test_structured_cost_equal_to_the_article_cost_changes_nothing() -> None:
    settings = CombineSettings(weights=WEIGHTS, structured_chrome_cost=2.0)

    assert _body_posts(settings, prose=False) == 1


def test_lines_under_the_prose_length_are_no_prose_body() -> None:
    settings = CombineSettings(weights=WEIGHTS, prose_body_min_blocks=1, prose_min_words=21)

    assert _body_posts(settings) == RECORDS


def test_page_without_body_evidence_has_no_region() -> None:
    text = "\n".join(line(8, seed=seed) for seed in range(3))

    labels = combine(page(text), [[CHROME]] * 3, CombineSettings(weights=WEIGHTS)).labels

    assert labels == [Label.CHROME] * 3
