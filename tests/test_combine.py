"""combine: the main region, and how the page's kind sets what chrome costs it."""

from __future__ import annotations

import pytest
from helpers import CONTENT_WORDS, line, page
from hypothesis import given
from hypothesis import settings as examples
from hypothesis import strategies as st
from pydantic import ValidationError

import cleaner
from cleaner._votes import best_run, best_run_starting_in
from cleaner.combine import CombineSettings, combine
from cleaner.model import Label, Vote
from cleaner.segment.html import segment_html

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


def _thread_posts(value: float, **settings: object) -> int:
    """Body posts of four prose posts, each followed by a 6-word chrome-voted member card, where
    `comment_section` votes `value` on the first card.

    A 0 says the thread is the page's content; below 0, that a readers' thread follows an article.
    A card costs the run less than a post earns at the thread's cost (1.5), more at the article's (2.0).
    """
    lines, votes = [], []
    for record in range(RECORDS):
        lines += [line(20, stopwords=5, seed=record, end="."), line(6, seed=30)]
        votes += [[BODY], [CHROME]]
    votes[1] = [*votes[1], Vote(heuristic="comment_section", value=value, reason="probe_thread")]
    combined = combine(
        page("\n".join(lines)), votes, CombineSettings(weights=WEIGHTS, prose_body_min_blocks=1, **settings)
    )
    return sum(label is Label.BODY for label in combined.labels[::2])


def test_prose_region_of_a_text_page_whose_thread_is_its_content_holds_every_post() -> None:
    assert _thread_posts(0.0) == RECORDS


@pytest.mark.parametrize(
    ("value", "settings"),
    [
        (-1.0, {}),  # a readers' thread under an article: the article's region stands
        (0.0, {"thread_chrome_cost": 2.0}),  # the thread's cost equal to the article's
        (0.0, {"thread_heuristics": ()}),  # no heuristic tells a thread
    ],
    ids=["readers_thread", "article_cost", "no_thread_heuristics"],
)
def test_prose_region_keeps_the_article_cost_unless_a_thread_is_the_content(
    value: float, settings: dict[str, object]
) -> None:
    assert _thread_posts(value, **settings) == 1


def test_lines_under_the_prose_length_are_no_prose_body() -> None:
    settings = CombineSettings(weights=WEIGHTS, prose_body_min_blocks=1, prose_min_words=21)

    assert _body_posts(settings) == RECORDS


# -- pages holding a long record list ------------------------------------------------------------

RECORD = Vote(heuristic="records_probe", value=1.0, reason="probe_record")
# The record probe weighs nothing: it marks record lines without moving their scores.
RECORD_WEIGHTS = {"probe": 2.0, "records_probe": 0.0}


def _listed_posts(
    record_lines: int, prose: bool = False, record: Vote = RECORD, url: str | None = None, **settings: object
) -> int:
    """Four short posts voted body and records, each followed by a 12-word chrome meta line.

    A meta line costs a post's worth of margin at the structured cost (1.0), so the posts fall
    apart there; at the record cost (0.5) they hold together. The page is a text page at `url`.
    """
    lines, votes = [], []
    for number in range(RECORDS):
        lines += [line(20, stopwords=5, seed=number, end=".") if prose else line(16, seed=number), line(12, seed=30)]
        votes += [[BODY, record], [CHROME]]
    combined = combine(
        page("\n".join(lines), url),
        votes,
        CombineSettings.model_validate(
            {
                "weights": RECORD_WEIGHTS,
                "record_heuristics": ["records_probe"],
                "record_list_min_blocks": record_lines,
                **settings,
            }
        ),
    )
    return sum(label is Label.BODY for label in combined.labels[::2])


def test_page_with_the_fewest_record_lines_is_searched_at_the_record_cost() -> None:
    assert _listed_posts(record_lines=RECORDS) == RECORDS


def test_page_one_record_line_short_keeps_the_structured_cost() -> None:
    assert _listed_posts(record_lines=RECORDS + 1) == 1


def test_record_cost_equal_to_the_structured_cost_changes_nothing() -> None:
    assert _listed_posts(record_lines=RECORDS, record_chrome_cost=1.0) == 1


ARTICLE_URL = "https://courier.example/news/harbour-wall-gives-way"


def test_a_record_list_under_an_articles_prose_body_keeps_the_article_cost() -> None:
    assert _listed_posts(record_lines=RECORDS, prose=True, url=ARTICLE_URL, prose_body_min_blocks=1) == 1


@pytest.mark.parametrize(("record_lines", "posts"), [(RECORDS, RECORDS), (RECORDS + 1, 1)])
def test_a_text_page_naming_no_article_holding_a_record_list_beside_its_prose_is_searched_at_the_record_cost(
    record_lines: int, posts: int
) -> None:
    """A catalogue over its buyer's guide: without a slug or a headline, the records decide the cost."""
    assert _listed_posts(record_lines=record_lines, prose=True, prose_body_min_blocks=1) == posts


def _sections_kept(url: str | None = None, html: bool = False, **settings: object) -> int:
    """Three sections, each two prose paragraphs around five short labels, parted by a 12-word chrome line.

    The region found at the article cost is one section: its five labels stand among two prose
    lines. At the record cost the chrome lines no longer part the sections. Returns how many of
    the six paragraphs are body, on a text page at `url` or on an HTML page of paragraphs
    (whose region does not grow in its DOM context here).
    """
    lines: list[str] = []
    votes: list[list[Vote]] = []
    for section in range(3):
        if section:
            lines.append(line(12, seed=30))
            votes.append([CHROME])
        lines.append(line(20, stopwords=5, seed=section, end="."))
        lines += [line(4, seed=50 + label) for label in range(5)]
        lines.append(line(20, stopwords=5, seed=10 + section, end="."))
        votes += [[BODY], *([[]] * 5), [BODY]]
    defaults = CombineSettings(
        weights=WEIGHTS, context_max_words=0, prose_body_min_blocks=2, region_context_max_link_share=None
    )
    segmented = segment_html("".join(f"<p>{text}</p>" for text in lines)) if html else page("\n".join(lines), url)
    assert segmented.texts == tuple(lines)
    combined = combine(segmented, votes, defaults.model_copy(update=settings))
    return sum(label is Label.BODY for label, text in zip(combined.labels, lines, strict=True) if text.endswith("."))


@pytest.mark.parametrize("html", [False, True], ids=["text", "html"])
def test_a_page_naming_no_article_whose_prose_stands_among_labels_is_searched_at_the_record_cost(html: bool) -> None:
    assert _sections_kept(html=html) == 6


@pytest.mark.parametrize(
    "case",
    [
        {"catalogue_min_labels_per_prose_line": 3.0},  # five labels per two prose lines is 2.5
        {"catalogue_min_labels_per_prose_line": None},
        {"url": ARTICLE_URL},
    ],
    ids=["fewer_labels_than_asked", "turned_off", "names_an_article"],
)
def test_prose_among_fewer_labels_or_on_an_article_keeps_the_article_cost(case: dict[str, object]) -> None:
    assert _sections_kept(**case) == 2


def test_a_chrome_vote_from_a_record_heuristic_marks_no_record_line() -> None:
    against = Vote(heuristic="records_probe", value=-1.0, reason="probe_not_record")

    assert _listed_posts(record_lines=RECORDS, record=against) == 1


def test_page_without_body_evidence_has_no_region() -> None:
    text = "\n".join(line(8, seed=seed) for seed in range(3))
    settings = CombineSettings(weights=WEIGHTS, sparse_body_max_words=0)

    labels = combine(page(text), [[CHROME]] * 3, settings).labels

    assert labels == [Label.CHROME] * 3


# -- decisions: every label names the rule that set it -------------------------------------------


def _decide(lines: list[str], block_votes: list[list[Vote]], settings: CombineSettings) -> list[tuple[Label, str]]:
    combined = combine(page("\n\n".join(lines)), block_votes, settings)
    return list(zip(combined.labels, combined.decisions, strict=True))


def test_block_in_the_region_is_body_at_the_inside_score_and_chrome_just_below() -> None:
    settings = CombineSettings(weights={"probe": 2.0}, inside_min_score=0.5, context_max_words=0)
    prose = [line(20, stopwords=5, seed=seed, end=".") for seed in range(3)]
    neutral = Vote(heuristic="probe", value=0.0, reason="neutral")  # scores exactly 0.5

    at_edge = _decide(prose, [[BODY], [neutral], [BODY]], settings)
    below = _decide(prose, [[BODY], [neutral], [BODY]], settings.model_copy(update={"inside_min_score": 0.51}))

    assert at_edge[1] == (Label.BODY, "in_region&score>=0.5")
    assert below[1] == (Label.CHROME, "in_region&score<0.51")


def test_block_outside_the_region_needs_the_outside_score() -> None:
    settings = CombineSettings(weights=WEIGHTS, outside_min_score=0.95, context_max_words=0)
    lines = [line(20, stopwords=5, seed=seed, end=".") for seed in range(4)]

    decided = _decide(lines, [[BODY], [BODY], [CHROME], [CHROME]], settings)

    assert decided[0] == (Label.BODY, "in_region&score>=0.2")
    assert decided[3] == (Label.CHROME, "out_of_region&score<0.95")


def test_short_block_between_agreeing_neighbours_says_it_followed_them() -> None:
    settings = CombineSettings(weights=WEIGHTS)  # short: five words or fewer
    lines = [line(20, stopwords=5, seed=1, end="."), line(5, seed=2), line(20, stopwords=5, seed=3, end=".")]

    decided = _decide(lines, [[BODY], [CHROME], [BODY]], settings)

    assert decided[1] == (Label.BODY, "words<=5&neighbours_body")


def test_block_one_word_over_the_short_length_keeps_its_own_decision() -> None:
    settings = CombineSettings(weights=WEIGHTS)
    # Ending like a sentence: no heading's shape (see the subheadings of text pages below).
    lines = [line(20, stopwords=5, seed=1, end="."), line(6, seed=2, end="."), line(20, stopwords=5, seed=3, end=".")]

    decided = _decide(lines, [[BODY], [CHROME], [BODY]], settings)

    assert decided[1] == (Label.CHROME, "in_region&score<0.2")


SURE_CHROME = Vote(heuristic="sure", value=-1.0, reason="link_list")  # at weight 4 it scores 0.01799


@pytest.mark.parametrize(
    ("sure_chrome", "decided"), [(0.0179, "words<=5&neighbours_body"), (0.0180, "in_region&score<0.2")]
)
def test_a_short_block_surely_chrome_stays_chrome_between_body_neighbours(sure_chrome: float, decided: str) -> None:
    settings = CombineSettings(weights={**WEIGHTS, "sure": 4.0}, context_sure_chrome_score=sure_chrome)
    lines = [line(20, stopwords=5, seed=1, end="."), line(2, seed=2), line(20, stopwords=5, seed=3, end=".")]

    label, decision = _decide(lines, [[BODY], [SURE_CHROME], [BODY]], settings)[1]

    assert decision == decided
    assert label is (Label.BODY if decided.endswith("body") else Label.CHROME)


FIXED_WORDING = Vote(heuristic="boilerplate_phrases", value=-1.0, reason="call_to_action")
SHORT_VETO = "words<=5&boilerplate_phrases=-1"


@pytest.mark.parametrize(
    ("middle", "words", "vetoes", "decided"),
    [
        ([CHROME, FIXED_WORDING], 1, ("boilerplate_phrases",), SHORT_VETO),
        ([BODY, FIXED_WORDING], 5, ("boilerplate_phrases",), SHORT_VETO),
        ([CHROME, FIXED_WORDING], 1, (), "words<=5&neighbours_body"),
        (
            [CHROME, FIXED_WORDING.model_copy(update={"value": -0.9})],
            1,
            ("boilerplate_phrases",),
            "words<=5&neighbours_body",
        ),
        ([BODY, FIXED_WORDING], 6, ("boilerplate_phrases",), "in_region&score>=0.2"),
    ],
)
def test_a_short_block_of_fixed_chrome_wording_is_chrome_whatever_its_score_and_neighbours(
    middle: list[Vote], words: int, vetoes: tuple[str, ...], decided: str
) -> None:
    """An "Advertisement" line amid paragraphs, however its other votes score it; a longer line speaks for itself."""
    settings = CombineSettings(weights={**WEIGHTS, "boilerplate_phrases": 0.5}, short_chrome_vetoes=vetoes)
    lines = [line(20, stopwords=5, seed=1, end="."), line(words, seed=2), line(20, stopwords=5, seed=3, end=".")]

    combined = combine(page("\n\n".join(lines)), [[BODY], middle, [BODY]], settings)

    assert combined.scores[1] > settings.context_sure_chrome_score
    assert (combined.labels[1], combined.decisions[1]) == (
        Label.BODY if decided.endswith(("body", ">=0.2")) else Label.CHROME,
        decided,
    )


def test_a_short_block_surely_chrome_follows_chrome_neighbours() -> None:
    settings = CombineSettings(weights={**WEIGHTS, "sure": 4.0}, context_max_words=4)
    lines = [line(8, seed=1), line(2, seed=2), line(8, seed=3)]

    decided = _decide(
        lines, [[CHROME], [SURE_CHROME], [CHROME]], settings.model_copy(update={"sparse_body_max_words": 0})
    )

    assert decided[1] == (Label.CHROME, "words<=4&neighbours_chrome")


# -- HTML pages: the region starts under the headline -----------------------------------------------


def _anchored_labels(headline: int | None, settings: CombineSettings) -> list[Label]:
    """Labels of: a headline, two paragraphs, a chrome stretch, then four paragraphs.

    The run under the headline sums to half of the run of four (the best run) and the chrome
    between them costs more than the two paragraphs bring.
    """
    lines = ["Storm closes the road", *(line(20, stopwords=5, seed=s, end=".") for s in range(2))]
    lines += [line(8, seed=40 + s) for s in range(3)]
    lines += [line(20, stopwords=5, seed=10 + s, end=".") for s in range(4)]
    votes = [[], [BODY], [BODY], [CHROME], [CHROME], [CHROME], [BODY], [BODY], [BODY], [BODY]]
    anchored = page("\n\n".join(lines)).model_copy(update={"headline": headline})
    return combine(anchored, votes, settings).labels


def test_without_a_headline_the_larger_run_is_the_region() -> None:
    labels = _anchored_labels(None, CombineSettings(weights=WEIGHTS, context_max_words=0, prose_body_min_blocks=0))

    assert labels[1:3] == [Label.CHROME, Label.CHROME]
    assert labels[6:] == [Label.BODY] * 4


@pytest.mark.parametrize(
    ("share", "min_prose_lines", "under_headline_wins"),
    [
        (0.45, None, True),  # the run under the headline holds its share of the best run
        (0.55, None, False),
        (1.0, 2, True),  # its two prose lines are the article; the longer run under them follows it
        (1.0, 3, False),
    ],
)
def test_the_run_under_the_headline_wins_by_its_share_or_by_its_prose_over_a_run_below_it(
    share: float, min_prose_lines: int | None, under_headline_wins: bool
) -> None:
    settings = CombineSettings(
        weights=WEIGHTS,
        context_max_words=0,
        prose_body_min_blocks=0,
        headline_run_share=share,
        headline_run_min_prose_lines=min_prose_lines,
        headline_window=3,
    )

    labels = _anchored_labels(0, settings)

    under, best = (Label.BODY, Label.CHROME) if under_headline_wins else (Label.CHROME, Label.BODY)
    assert labels[1:3] == [under] * 2
    assert labels[6:] == [best] * 4


def test_a_larger_run_above_the_headline_is_not_what_follows_the_article() -> None:
    """The rule reads only what lies below the article: a run above the headline still needs its share."""
    lines = [*(line(20, stopwords=5, seed=10 + s, end=".") for s in range(4))]
    lines += [line(8, seed=40 + s) for s in range(3)]
    lines += ["Storm closes the road", *(line(20, stopwords=5, seed=s, end=".") for s in range(2))]
    votes = [[BODY]] * 4 + [[CHROME]] * 3 + [[], [BODY], [BODY]]
    settings = CombineSettings(
        weights=WEIGHTS, context_max_words=0, prose_body_min_blocks=0, headline_run_share=1.0, headline_window=3
    )

    labels = combine(page("\n\n".join(lines)).model_copy(update={"headline": 7}), votes, settings).labels

    assert labels[:4] == [Label.BODY] * 4
    assert labels[8:] == [Label.CHROME] * 2


def test_a_headline_window_of_zero_ignores_the_headline() -> None:
    settings = CombineSettings(weights=WEIGHTS, context_max_words=0, headline_run_share=0.0, headline_window=0)

    assert _anchored_labels(0, settings) == _anchored_labels(None, settings)


# -- text pages that name no article: a second run of content --------------------------------------


def _second_run(url: str | None = None, **settings: object) -> list[tuple[Label, str]]:
    """Decisions on: four prose paragraphs, a chrome stretch, then three prose paragraphs.

    The four make the region; the three hold three quarters of its sum and three prose lines.
    """
    lines = [line(20, stopwords=5, seed=s, end=".") for s in range(4)]
    lines += [line(8, seed=40 + s) for s in range(3)]
    lines += [line(20, stopwords=5, seed=10 + s, end=".") for s in range(3)]
    votes = [[BODY]] * 4 + [[CHROME]] * 3 + [[BODY]] * 3
    defaults = CombineSettings(weights=WEIGHTS, context_max_words=0, prose_body_min_blocks=0)
    combined = combine(page("\n\n".join(lines), url), votes, defaults.model_copy(update=settings))
    return list(zip(combined.labels, combined.decisions, strict=True))


def test_on_a_text_page_naming_no_article_a_second_run_with_its_share_and_prose_is_judged_as_the_region() -> None:
    decided = _second_run()

    assert [label for label, _ in decided[:4]] == [Label.BODY] * 4
    assert decided[4:7] == [(Label.CHROME, "out_of_region&score<0.95")] * 3
    assert decided[7:] == [(Label.BODY, "second_region&score>=0.2")] * 3


@pytest.mark.parametrize(
    "case",
    [
        {"second_region_share": 0.8},  # three paragraphs hold three quarters of the region's sum
        {"second_region_min_prose_lines": 4},
        {"second_region_share": None},
        {"url": ARTICLE_URL},  # the slug names an article
    ],
    ids=["under_its_share", "too_little_prose", "turned_off", "names_an_article"],
)
def test_a_second_run_short_of_its_share_or_prose_or_on_an_article_keeps_the_outside_score(
    case: dict[str, object],
) -> None:
    assert _second_run(**case)[7:] == [(Label.CHROME, "out_of_region&score<0.95")] * 3


# -- text pages: an article ends with its region unless a readers' thread follows ---------------

THREAD = Vote(heuristic="comment_section", value=0.0, reason="thread_is_the_content")


def _below_text_article(
    thread: bool = False, headline: int | None = 0, url: str | None = None, **settings: object
) -> list[tuple[Label, str]]:
    """Decisions on: a headline, three prose paragraphs, a chrome stretch, a teaser headline and a paragraph.

    The last two score 0.98 (`STRONG`), over the outside score, and lie below the region the paragraphs make.
    """
    lines = ["Storm closes the road", *(line(20, stopwords=5, seed=s, end=".") for s in range(3))]
    lines += [line(8, seed=40 + s) for s in range(3)]
    lines += [line(10, seed=51), line(20, stopwords=5, seed=67, end=".")]
    votes = [
        [],
        [BODY],
        [BODY],
        [BODY],
        [CHROME],
        [THREAD, CHROME] if thread else [CHROME],
        [CHROME],
        [STRONG],
        [STRONG],
    ]
    defaults = CombineSettings(weights={"probe": 2.0, "strong": 4.0}, context_max_words=0, prose_body_min_blocks=3)
    article = page("\n\n".join(lines), url).model_copy(update={"headline": headline})
    combined = combine(article, votes, defaults.model_copy(update=settings))
    return list(zip(combined.labels, combined.decisions, strict=True))


def test_below_a_text_article_a_line_that_is_not_prose_is_chrome_whatever_its_score() -> None:
    decided = _below_text_article()

    assert [label for label, _ in decided[1:4]] == [Label.BODY] * 3
    assert decided[7] == (Label.CHROME, "after_text_article")
    assert decided[8] == (Label.BODY, "out_of_region&score>=0.95")


def test_a_text_page_whose_url_names_it_ends_with_its_region_though_its_headline_is_not_found() -> None:
    decided = _below_text_article(headline=None, url=ARTICLE_URL)

    assert decided[7] == (Label.CHROME, "after_text_article")


@pytest.mark.parametrize(
    "case",
    [
        {"thread": True},  # a readers' thread: its posts may be short
        {"headline": None},  # no headline: no article to end
        {"headline": None, "url": "https://courier.example/news/"},  # a section's URL names no article
        {"prose_body_min_blocks": 4},  # three prose lines are no prose body: the page is no article
        {"end_text_articles": False},  # as with_comments sets it
    ],
    ids=["thread", "no_headline", "section_url", "no_prose_body", "turned_off"],
)
def test_below_a_text_page_that_is_no_lone_article_the_outside_score_decides(case: dict[str, object]) -> None:
    assert _below_text_article(**case)[7] == (Label.BODY, "out_of_region&score>=0.95")


# -- text pages: an article whose URL names its headline begins there ------------------------------


def _above_text_headline(prose_above: int, **settings: object) -> list[tuple[Label, str]]:
    """Decisions on: `prose_above` prose lines, a dialog's sentence, the headline, then three prose paragraphs.

    The dialog's sentence scores 0.98 (`STRONG`), over the outside score; the paragraphs make the region.
    """
    lines = [line(20, stopwords=5, seed=70 + s, end=".") for s in range(prose_above)]
    lines += [line(12, seed=80, end="."), "Storm closes the road"]
    lines += [line(20, stopwords=5, seed=s, end=".") for s in range(3)]
    votes = [[CHROME]] * prose_above + [[STRONG], [], [BODY], [BODY], [BODY]]
    defaults = CombineSettings(weights={"probe": 2.0, "strong": 4.0}, context_max_words=0)
    article = page("\n\n".join(lines)).model_copy(update={"headline": prose_above + 1})
    combined = combine(article, votes, defaults.model_copy(update=settings))
    return list(zip(combined.labels, combined.decisions, strict=True))


@pytest.mark.parametrize("prose_above", [0, CombineSettings().headline_max_prose_lines_above])
def test_above_the_headline_of_a_text_article_every_block_is_chrome_whatever_its_score(prose_above: int) -> None:
    decided = _above_text_headline(prose_above)

    assert decided[prose_above] == (Label.CHROME, "before_text_headline")
    assert [label for label, _ in decided[-3:]] == [Label.BODY] * 3


def test_a_headline_under_more_prose_heads_a_section_and_the_blocks_above_keep_their_scores() -> None:
    most = CombineSettings().headline_max_prose_lines_above
    assert most is not None

    assert _above_text_headline(most + 1)[most + 1] == (Label.BODY, "out_of_region&score>=0.95")


def test_without_a_limit_on_prose_above_the_blocks_above_a_text_headline_keep_their_scores() -> None:
    decided = _above_text_headline(0, headline_max_prose_lines_above=None)

    assert decided[0] == (Label.BODY, "out_of_region&score>=0.95")


# -- HTML pages: the region grows over the rest of its DOM context ---------------------------------

LISTED = Vote(heuristic="probe", value=-0.25, reason="list_line")  # scores 0.38: under the region threshold
_STORY = "<p>{prose}</p><p>{prose}</p><p>Tour dates:<br>June 9, Coral Sky Amphitheatre<br>{last}</p>"


def _story_labels(last: str, settings: CombineSettings, *, before: str = "", after: str = "") -> list[Label]:
    """Labels of two prose paragraphs and the list lines that close the same container.

    `before` and `after` are HTML around the story's container; the paragraphs are voted
    body, every other block `LISTED`.
    """
    prose = " ".join(line(20, stopwords=5, seed=seed, end=".") for seed in range(2))
    story = f'<div class="story">{_STORY.format(prose=prose, last=last)}</div>'
    segmented = segment_html(f"<html><body>{before}{story}{after}</body></html>")
    block_votes = [[BODY] if words >= 20 else [LISTED] for words in segmented.words]
    return combine(segmented, block_votes, settings).labels


# The passes over an HTML page's region and lists, each alone: the stories, lists and threads
# below are one DOM template each, which `template_min_blocks` would make body all.
TEMPLATED = CombineSettings(weights=WEIGHTS, context_max_words=0)
GROWING = TEMPLATED.model_copy(update={"template_min_blocks": None})


def test_the_region_grows_over_the_lines_that_close_the_articles_container() -> None:
    labels = _story_labels(
        "June 10, Tampa Amphitheatre", GROWING, after='<div class="more"><p>June 12, Arena</p></div>'
    )

    assert labels == [Label.BODY] * 5 + [Label.CHROME]


def test_the_region_grows_backwards_over_its_first_blocks_context() -> None:
    labels = _story_labels(
        "June 10, Tampa Amphitheatre", GROWING, before='<div class="more"><p>June 8, Arena</p></div>'
    )

    assert labels == [Label.CHROME] + [Label.BODY] * 5


def test_the_region_stops_growing_at_a_block_of_links() -> None:
    half_link = '<a href="/t">June 10, Tampa</a> Credit Union Amphitheatre!'  # 14 of 42 characters are link text
    mostly_link = 'June 10, <a href="/t">Tampa Credit Union Amphitheatre</a>'

    assert _story_labels(half_link, GROWING)[-1] is Label.BODY
    assert _story_labels(mostly_link, GROWING)[-1] is Label.CHROME


def test_the_region_grows_past_a_block_under_the_inside_score_which_stays_chrome() -> None:
    prose = "".join(f"<p>{line(20, stopwords=5, seed=seed, end='.')}</p>" for seed in range(2))
    story = f'<div class="story">{prose}<p>Sponsored by Acme</p><p>June 9, Coral Sky Amphitheatre</p></div>'
    segmented = segment_html(f"<html><body>{story}</body></html>")
    block_votes = [[BODY], [BODY], [CHROME], [LISTED]]  # scoring 0.88, 0.88, 0.12 and 0.38

    assert combine(segmented, block_votes, GROWING).labels == [Label.BODY] * 2 + [Label.CHROME, Label.BODY]


def test_growth_in_context_off_keeps_the_region_as_found() -> None:
    kept = GROWING.model_copy(update={"region_context_max_link_share": None})

    assert _story_labels("June 10, Tampa Amphitheatre", kept) == [Label.BODY] * 2 + [Label.CHROME] * 3


# -- HTML pages: prose outside the region, in the context of its own prose ------------------------


def _thread_labels(settings: CombineSettings) -> list[Label]:
    """Labels of a thread: a first post of two paragraphs, a row of buttons, a later post, a sidebar blurb.

    The first post's paragraphs are voted body; the buttons chrome; the later post and the
    blurb, each a prose line in its own container, `LISTED` (scoring under the region threshold).
    """
    paragraphs = [f"<p>{line(20, stopwords=5, seed=seed, end='.')}</p>" for seed in range(4)]
    buttons = "".join(f"<p>{label}</p>" for label in ("Reply", "Quote", "Report", "Share", "Like", "Follow"))
    page_html = (
        f'<div class="post">{paragraphs[0]}{paragraphs[1]}</div><div class="tools">{buttons}</div>'
        f'<div class="post">{paragraphs[2]}</div><div class="blurb">{paragraphs[3]}</div>'
    )
    segmented = segment_html(f"<html><body>{page_html}</body></html>")
    block_votes = [[BODY], [BODY], *([[CHROME]] * 6), [LISTED], [LISTED]]
    return combine(segmented, block_votes, settings).labels


def test_prose_past_the_region_in_the_context_of_its_prose_is_judged_as_in_it() -> None:
    labels = _thread_labels(GROWING)

    assert labels == [Label.BODY] * 2 + [Label.CHROME] * 6 + [Label.BODY, Label.CHROME]


def test_prose_in_the_regions_context_still_needs_the_regions_score() -> None:
    strict = GROWING.model_copy(update={"inside_min_score": 0.5})  # over LISTED's 0.38

    assert _thread_labels(strict) == [Label.BODY] * 2 + [Label.CHROME] * 8


def _reply_after_first_post(
    reply: str, vote: Vote, settings: CombineSettings, *, first_post: str = "post", thread: str = ""
) -> tuple[Label, str]:
    """Label and decision of the line `reply` (HTML) voted `vote`, after a first post of two paragraphs in a div of
    class `first_post` and a row of buttons, all in a div of class `thread`."""
    paragraphs = "".join(f"<p>{line(20, stopwords=5, seed=seed, end='.')}</p>" for seed in range(2))
    buttons = "".join(f"<p>{label}</p>" for label in ("Reply", "Quote", "Report", "Share", "Like", "Follow"))
    page_html = (
        f'<div class="{thread}"><div class="{first_post}">{paragraphs}</div><div class="tools">{buttons}</div>'
        f"{reply}</div>"
    )
    segmented = segment_html(f"<html><body>{page_html}</body></html>")
    combined = combine(segmented, [[BODY], [BODY], *([[CHROME]] * 6), [vote]], settings)
    return combined.labels[-1], combined.decisions[-1]


def _short_reply_decision(
    vote: Vote, container: str = "post", settings: CombineSettings = GROWING
) -> tuple[Label, str]:
    """Label and decision of a one-sentence reply (8 words) in a `container` after a first post and a row of buttons."""
    reply = line(8, stopwords=3, seed=40, end=".")
    return _reply_after_first_post(f'<div class="{container}"><p>{reply}</p></div>', vote, settings)


def test_a_short_line_sure_to_be_body_in_the_context_of_the_regions_prose_is_body() -> None:
    assert _short_reply_decision(BODY) == (Label.BODY, "region_context&score>=0.8")  # BODY scores 0.88


def test_a_short_line_in_the_regions_context_under_the_sure_score_stays_chrome() -> None:
    assert _short_reply_decision(LISTED)[0] is Label.CHROME
    assert (
        _short_reply_decision(BODY, settings=GROWING.model_copy(update={"region_context_sure_body_score": 0.9}))[0]
        is Label.CHROME
    )


def test_a_short_line_sure_to_be_body_outside_the_regions_context_stays_chrome() -> None:
    assert _short_reply_decision(BODY, container="blurb")[0] is Label.CHROME


def _reply_label(reply: str, settings: CombineSettings = GROWING) -> Label:
    """Label of a prose reply in the element `reply` (its opening tag) after a thread's first post, whose context
    holds five names (thread, topic, list, post, first), and a row of buttons."""
    answer = line(20, stopwords=5, seed=3, end=".")
    html = f"{reply}<p>{answer}</p></div>"
    return _reply_after_first_post(html, LISTED, settings, first_post="post first", thread="thread topic-list")[0]


def test_prose_in_a_context_that_the_regions_holds_but_for_its_own_mark_is_judged_as_in_it() -> None:
    assert _reply_label('<div class="post">') is Label.BODY  # four names of the first post's five: 0.8


def test_a_context_holding_fewer_of_the_regions_names_than_the_share_stays_to_its_score() -> None:
    assert _reply_label("<div>") is Label.CHROME  # the thread's three names of five: 0.6
    assert _reply_label("<div>", GROWING.model_copy(update={"region_context_min_shared_names": 0.6})) is Label.BODY
    assert (
        _reply_label('<div class="post">', GROWING.model_copy(update={"region_context_min_shared_names": 0.85}))
        is Label.CHROME
    )
    assert (
        _reply_label('<div class="post">', GROWING.model_copy(update={"region_context_min_shared_names": None}))
        is Label.CHROME
    )


def test_a_context_with_names_the_regions_lacks_stays_to_its_score() -> None:
    assert _reply_label('<div class="post first quote">') is Label.CHROME  # a quote nested in a post


# -- HTML articles: a sure chrome vote outside the region is final ---------------------------------

OUTSIDE_ARTICLE = Vote(heuristic="main_container", value=-1.0, reason="outside_dominant_prose_context")
STRONG = Vote(heuristic="strong", value=1.0, reason="reads_like_prose")  # at weight 4 it scores 0.98
# The notice stands apart from the story's element, which `after_region_apart` would make chrome before the vetoes.
VETOING = CombineSettings(
    weights={"probe": 2.0, "strong": 4.0, "main_container": 0.0}, context_max_words=0, after_region_apart=False
)


def _notice_decision(settings: CombineSettings, title: str = "Storm closes the coastal road") -> tuple[Label, str]:
    """Label and decision of a sentence-like notice below an article of six paragraphs and a menu."""
    paragraphs = "".join(f"<p>{line(20, stopwords=5, seed=seed, end='.')}</p>" for seed in range(6))
    menu = "".join(f"<li>{line(3, seed=20 + seed)}</li>" for seed in range(6))
    notice = line(20, stopwords=5, seed=15, end=".")
    html = (
        f"<html><head><title>{title}</title></head><body><h1>Storm closes the coastal road</h1>"
        f'<div class="story">{paragraphs}</div><ul class="links">{menu}</ul>'
        f'<p class="notice">{notice}</p></body></html>'
    )
    segmented = segment_html(html)
    block_votes: list[list[Vote]] = [[], *[[BODY]] * 6, *[[CHROME]] * 6, [STRONG, OUTSIDE_ARTICLE]]
    combined = combine(segmented, block_votes, settings)
    return combined.labels[-1], combined.decisions[-1]


def test_outside_an_articles_region_a_sure_chrome_vote_makes_chrome_whatever_the_score() -> None:
    assert _notice_decision(VETOING) == (Label.CHROME, "out_of_region&main_container=-1")


def test_without_a_known_headline_the_score_decides() -> None:
    assert _notice_decision(VETOING, title="Weather") == (Label.BODY, "out_of_region&score>=0.95")


def test_a_region_short_of_a_prose_body_lets_the_score_decide() -> None:
    shorter = VETOING.model_copy(update={"prose_body_min_blocks": 7})

    assert _notice_decision(shorter) == (Label.BODY, "out_of_region&score>=0.95")


def test_no_vetoes_lets_the_score_decide() -> None:
    unvetoed = VETOING.model_copy(update={"article_vetoes": ()})

    assert _notice_decision(unvetoed) == (Label.BODY, "out_of_region&score>=0.95")


# -- ... and so is one inside the region, after the article's last block of its own -----------------

ARTICLE_OWN = Vote(heuristic="main_container", value=1.0, reason="in_main_prose_context")
RECORD = Vote(heuristic="record_list", value=1.0, reason="record_list>=4")
TAILING = VETOING.model_copy(update={"weights": {**VETOING.weights, "record_list": 0.0}})


def _tail_decisions(
    settings: CombineSettings, paragraph_votes: list[Vote], closing: bool = False, bio_lines: int = 1
) -> list[str]:
    """Decisions on six article paragraphs, an author's bio of `bio_lines` prose lines under them, and
    (with `closing`) one more paragraph."""
    paragraphs = [f"<p>{line(20, stopwords=5, seed=seed, end='.')}</p>" for seed in range(7)]
    bio = "".join(f"<p>{line(20, stopwords=5, seed=15 + seed, end='.')}</p>" for seed in range(bio_lines))
    html = (
        "<html><head><title>Storm closes the coastal road</title></head><body><h1>Storm closes the coastal road</h1>"
        f'<div class="story">{"".join(paragraphs[:6])}<div class="author-box">{bio}</div>'
        f"{paragraphs[6] if closing else ''}</div></body></html>"
    )
    block_votes: list[list[Vote]] = [[], *[[BODY, *paragraph_votes]] * 6, *[[STRONG, OUTSIDE_ARTICLE]] * bio_lines]
    if closing:
        block_votes.append([BODY, *paragraph_votes])
    return combine(segment_html(html), block_votes, settings).decisions[1:]


def test_after_the_articles_last_own_block_a_sure_chrome_vote_in_the_region_makes_chrome() -> None:
    decisions = _tail_decisions(TAILING, [ARTICLE_OWN])

    assert decisions == ["in_region&score>=0.2"] * 6 + ["after_article&main_container=-1"]


@pytest.mark.parametrize(
    ("bio_lines", "decision"),
    [
        (TAILING.article_tail_max_prose_lines, "after_article&main_container=-1"),
        (TAILING.article_tail_max_prose_lines + 1, "in_region&score>=0.2"),
    ],
)
def test_a_tail_holding_more_prose_than_a_bio_is_a_section_of_its_own(bio_lines: int, decision: str) -> None:
    decisions = _tail_decisions(TAILING, [ARTICLE_OWN], bio_lines=bio_lines)

    assert decisions[6:] == [decision] * bio_lines


def test_between_the_articles_own_blocks_the_score_decides() -> None:
    decisions = _tail_decisions(TAILING, [ARTICLE_OWN], closing=True)

    assert decisions == ["in_region&score>=0.2"] * 8


def test_a_region_without_a_block_of_the_articles_own_keeps_its_tail() -> None:
    assert _tail_decisions(TAILING, [])[-1] == "in_region&score>=0.2"


@pytest.mark.parametrize(("least", "decision"), [(7, "after_article&main_container=-1"), (6, "in_region&score>=0.2")])
def test_a_page_holding_a_long_record_list_keeps_the_regions_tail(least: int, decision: str) -> None:
    """Six record lines: one short of a long list at 7, a long list at 6, whose items follow its introduction."""
    settings = TAILING.model_copy(update={"record_list_min_blocks": least})

    assert _tail_decisions(settings, [ARTICLE_OWN, RECORD])[-1] == decision


def test_an_article_in_unclosed_markup_is_labelled_as_when_well_formed() -> None:
    """Unclosed ``<p>``, ``<li>`` and ``<aside>``, as broken pages leave them, through the whole pipeline."""
    texts = [line(25, stopwords=8, seed=seed, end=".") for seed in range(8)]
    aside = line(25, stopwords=8, seed=40, end=".")
    head = "<title>Storm closes the road</title><h1>Storm closes the road</h1><div class=story>"
    broken = (
        head + "".join(f"<p>{text}" for text in texts) + "<p>June 9, Arena<br>June 10, Hall"
        f"<ul class=links><li><a href=/a>{line(3)}<li><a href=/b>{line(3, seed=2)}</ul><aside><p>{aside}"
    )
    closed = (
        head + "".join(f"<p>{text}</p>" for text in texts) + "<p>June 9, Arena<br>June 10, Hall</p>"
        f'<ul class="links"><li><a href="/a">{line(3)}</a></li><li><a href="/b">{line(3, seed=2)}</a></li></ul>'
        f"</div><aside><p>{aside}</p></aside>"
    )

    read = [(block.text, block.label) for block in cleaner.clean(broken, format="html").blocks]

    assert read == [(block.text, block.label) for block in cleaner.clean(closed, format="html").blocks]
    assert read[9:11] == [("June 9, Arena", Label.BODY), ("June 10, Hall", Label.BODY)]
    assert [label for _, label in read[11:]] == [Label.CHROME] * 3


# -- a page without a prose region: its body is all but its vetoed chrome --------------------------

VETO = Vote(heuristic="position", value=-1.0, reason="in_last_10%")
SPARSE = CombineSettings(weights=WEIGHTS, context_max_words=0)


def _sparse_decisions(
    items: int, settings: CombineSettings = SPARSE, *, prose_lines: int = 1, last: list[Vote] | None = None
) -> list[tuple[Label, str]]:
    """Decisions on `prose_lines` body-voted 20-word lines (an introduction), then `items` chrome-voted 8-word lines.

    The introduction is the region; the items, voted chrome as link lists and short lines are,
    lie outside it. `last` replaces the last item's votes.
    """
    lines = [line(20, stopwords=5, seed=seed, end=".") for seed in range(prose_lines)]
    lines += [line(8, seed=10 + item) for item in range(items)]
    block_votes = [[BODY]] * prose_lines + [[CHROME]] * (items - 1) + [last or [CHROME]]
    return _decide(lines, block_votes, settings)


def test_a_short_introduction_over_a_long_list_makes_the_list_body() -> None:
    """23 items: the 20-word introduction is 9.8% of the page's words, under the tenth."""
    decided = _sparse_decisions(23)

    assert decided[0] == (Label.BODY, "in_region&score>=0.2")
    assert decided[1:] == [(Label.BODY, "sparse_page")] * 23


def test_a_body_holding_its_share_of_the_page_stands() -> None:
    """22 items: the introduction is 10.2% of the page's words."""
    decided = _sparse_decisions(22)

    assert decided[1:] == [(Label.CHROME, "out_of_region&score<0.95")] * 22


@pytest.mark.parametrize(("most", "label"), [(20, Label.CHROME), (21, Label.BODY)])
def test_a_body_of_the_most_words_stands(most: int, label: Label) -> None:
    decided = _sparse_decisions(40, SPARSE.model_copy(update={"sparse_body_max_words": most}))

    assert {item_label for item_label, _ in decided[1:]} == {label}


@pytest.mark.parametrize(("most", "label"), [(1, Label.CHROME), (2, Label.BODY)])
def test_a_body_of_more_prose_lines_than_the_most_stands(most: int, label: Label) -> None:
    decided = _sparse_decisions(60, SPARSE.model_copy(update={"sparse_body_max_prose_lines": most}), prose_lines=2)

    assert {item_label for item_label, _ in decided[2:]} == {label}


def test_by_default_two_paragraphs_introduce_a_list_and_three_make_a_short_article() -> None:
    """80 items of 8 words: either introduction is under 80 words and under a tenth of the page."""
    introduced = _sparse_decisions(80, prose_lines=2)
    short_article = _sparse_decisions(80, prose_lines=3)

    assert {label for label, _ in introduced[2:]} == {Label.BODY}
    assert {label for label, _ in short_article[3:]} == {Label.CHROME}


def test_a_paragraph_written_twice_counts_once_among_an_introduction_s_prose_lines() -> None:
    """A carousel repeats its slides: three prose lines of two paragraphs introduce a list, as two do."""
    first, second = (line(20, stopwords=5, seed=seed, end=".") for seed in range(2))
    lines = [first, second, first] + [line(8, seed=10 + item) for item in range(80)]

    decided = _decide(lines, [[BODY]] * 3 + [[CHROME]] * 80, SPARSE)

    assert {label for label, _ in decided[3:]} == {Label.BODY}


def test_on_a_sparse_page_a_vetoing_chrome_vote_keeps_a_block_chrome() -> None:
    decided = _sparse_decisions(30, last=[CHROME, VETO])

    assert decided[-2] == (Label.BODY, "sparse_page")
    assert decided[-1] == (Label.CHROME, "out_of_region&score<0.95")


def test_a_chrome_vote_of_a_heuristic_not_among_the_vetoes_does_not_keep_a_block_chrome() -> None:
    settings = SPARSE.model_copy(update={"sparse_page_vetoes": ("dom_hints",)})

    assert _sparse_decisions(30, settings, last=[CHROME, VETO])[-1] == (Label.BODY, "sparse_page")


def _sparse_html_decisions(last_class: str, settings: CombineSettings = SPARSE) -> list[tuple[Label, str]]:
    """Decisions on a 20-word introduction over 30 chrome-voted 8-word items, the last in an element of `last_class`."""
    items = [line(8, seed=10 + item) for item in range(30)]
    html = "".join(
        [
            f"<p>{line(20, stopwords=5, end='.')}</p><ul>",
            *(f"<li>{item}</li>" for item in items[:-1]),
            f'<li><span class="{last_class}">{items[-1]}</span></li></ul>',
        ]
    )
    combined = combine(segment_html(f"<html><body>{html}</body></html>"), [[BODY], *[[CHROME]] * 30], settings)
    return list(zip(combined.labels, combined.decisions, strict=True))


@pytest.mark.parametrize("name", ["btn", "save-button", "button primary"])
def test_on_a_sparse_html_page_a_button_s_label_stays_chrome(name: str) -> None:
    decided = _sparse_html_decisions(name)

    assert decided[-2] == (Label.BODY, "sparse_page")
    assert decided[-1] == (Label.CHROME, "out_of_region&score<0.95")


@pytest.mark.parametrize("name", ["buttonhole", "price", "btnless"])
def test_a_name_that_only_holds_a_control_word_is_widened_to(name: str) -> None:
    assert _sparse_html_decisions(name)[-1] == (Label.BODY, "sparse_page")


def test_no_control_names_widen_a_sparse_page_to_its_buttons() -> None:
    settings = SPARSE.model_copy(update={"sparse_page_control_names": frozenset()})

    assert _sparse_html_decisions("btn", settings)[-1] == (Label.BODY, "sparse_page")


def _titled_sparse_decisions(title_tag: str, settings: CombineSettings = SPARSE) -> list[tuple[Label, str]]:
    """Decisions on 5 chrome-voted 8-word offers, a `title_tag` heading that the page's <title> names, a 20-word
    introduction and 30 chrome-voted 8-word items (blocks 0-4, 5, 6, 7-36)."""
    offers = "".join(f"<div class='offer'>{line(8, seed=100 + offer)}</div>" for offer in range(5))
    items = "".join(f"<li>{line(8, seed=10 + item)}</li>" for item in range(30))
    html = (
        "<html><head><title>Garden pots</title></head><body>"
        f"{offers}<{title_tag}>Garden pots</{title_tag}><p>{line(20, stopwords=5, end='.')}</p>"
        f"<ul>{items}</ul></body></html>"
    )
    segmented = segment_html(html)
    assert segmented.headline == 5
    combined = combine(segmented, [*[[CHROME]] * 6, [BODY], *[[CHROME]] * 30], settings)
    return list(zip(combined.labels, combined.decisions, strict=True))


def test_a_sparse_page_is_not_widened_above_its_h1_title() -> None:
    decided = _titled_sparse_decisions("h1")

    assert {label for label, _ in decided[:5]} == {Label.CHROME}
    assert set(decided[7:]) == {(Label.BODY, "sparse_page")}


def test_a_lower_heading_that_the_title_names_heads_a_section_and_the_list_above_it_is_widened_to() -> None:
    decided = _titled_sparse_decisions("h2")

    assert set(decided[:5]) == {(Label.BODY, "sparse_page")}
    assert set(decided[7:]) == {(Label.BODY, "sparse_page")}


def test_sparse_page_below_title_off_widens_above_the_title() -> None:
    settings = SPARSE.model_copy(update={"sparse_page_below_title": False})

    assert set(_titled_sparse_decisions("h1", settings)[:5]) == {(Label.BODY, "sparse_page")}


def test_a_sparse_text_page_is_not_widened_above_the_line_its_url_names() -> None:
    offers = [line(8, seed=100 + offer) for offer in range(5)]
    items = [line(8, seed=10 + item) for item in range(30)]
    text = "\n\n".join([*offers, "Terracotta garden pots", line(20, stopwords=5, end="."), *items])
    segmented = page(text, url="https://example.com/shop/terracotta-garden-pots")
    assert segmented.headline == 5

    combined = combine(segmented, [*[[CHROME]] * 6, [BODY], *[[CHROME]] * 30], SPARSE)

    assert set(combined.labels[:5]) == {Label.CHROME}
    assert set(combined.decisions[7:]) == {"sparse_page"}


def test_on_a_sparse_page_the_body_found_stays_body_whatever_the_vetoes() -> None:
    named_comment = Vote(heuristic="dom_hints", value=-0.7, reason="named_comment")
    settings = SPARSE.model_copy(update={"weights": {**WEIGHTS, "dom_hints": 0.5}})
    text = "\n\n".join([line(20, stopwords=5, end="."), *(line(8, seed=10 + item) for item in range(30))])

    combined = combine(page(text), [[BODY, named_comment], *[[CHROME]] * 30], settings)

    assert combined.labels[0] is Label.BODY
    assert combined.decisions[0] == "in_region&score>=0.2"


@pytest.mark.parametrize(("least", "label"), [(24, Label.BODY), (25, Label.CHROME)])
def test_a_page_of_fewer_blocks_than_a_list_needs_stands_as_found(least: int, label: Label) -> None:
    """The introduction and 23 items make 24 blocks: a list at sparse_page_min_blocks=24, too few lines at 25."""
    decided = _sparse_decisions(23, SPARSE.model_copy(update={"sparse_page_min_blocks": least}))

    assert {item_label for item_label, _ in decided[1:]} == {label}


def test_sparse_body_max_words_of_zero_never_widens_the_body() -> None:
    decided = _sparse_decisions(40, SPARSE.model_copy(update={"sparse_body_max_words": 0}))

    assert {label for label, _ in decided[1:]} == {Label.CHROME}


# -- a small page whose body holds no sentence: no content -------------------------------------------


def _small_page_decisions(
    settings: CombineSettings = SPARSE, *, items: int = 10, words: int = 4, end: str = ""
) -> list[tuple[Label, str]]:
    """Two body-voted headings (the first of `words` words, ending in `end`; the second of 4) over `items`
    chrome-voted 8-word lines: the headings a shop's template writes over a grid that a script draws."""
    lines = [line(words, seed=1, end=end), line(4, seed=2)] + [line(8, seed=10 + item) for item in range(items)]
    return _decide(lines, [[BODY], [BODY]] + [[CHROME]] * items, settings)


def test_a_small_pages_headings_without_a_sentence_are_no_content() -> None:
    decided = _small_page_decisions()

    assert {label for label, _ in decided} == {Label.CHROME}
    assert decided[0] == (Label.CHROME, "small_page&headings_alone")


def test_a_small_pages_body_holding_a_sentence_stands() -> None:
    assert _small_page_decisions(end=".")[:2] == [(Label.BODY, "in_region&score>=0.2")] * 2


@pytest.mark.parametrize(("items", "label"), [(17, Label.CHROME), (18, Label.BODY)])
def test_a_page_of_the_sparse_tests_least_blocks_keeps_its_headings(items: int, label: Label) -> None:
    """19 blocks are under sparse_page_min_blocks (20); 20 blocks are a page that may hold a list."""
    assert _small_page_decisions(items=items)[0][0] is label


@pytest.mark.parametrize(("words", "label"), [(10, Label.CHROME), (11, Label.BODY)])
def test_a_small_pages_line_longer_than_a_label_stands(words: int, label: Label) -> None:
    """A heading of 10 words is a label; one of 11 is not."""
    assert _small_page_decisions(words=words)[0][0] is label


@pytest.mark.parametrize(("most", "label"), [(1, Label.BODY), (2, Label.CHROME)])
def test_a_small_pages_body_of_more_blocks_than_the_most_headings_stands(most: int, label: Label) -> None:
    """The body is two headings: more than one heading at 1, a heading or two at 2."""
    settings = SPARSE.model_copy(update={"small_page_max_headings": most})

    assert _small_page_decisions(settings)[0][0] is label


def test_small_page_max_headings_of_none_keeps_the_headings() -> None:
    settings = SPARSE.model_copy(update={"small_page_max_headings": None})

    assert _small_page_decisions(settings)[:2] == [(Label.BODY, "in_region&score>=0.2")] * 2


ISLANDS = SPARSE.model_copy(update={"sparse_body_max_words": 0})  # the short-body test never asks


def _island_decisions(islands: int, items: int, settings: CombineSettings = ISLANDS) -> list[tuple[Label, str]]:
    """Decisions on a 20-word introduction, then `islands` - 1 runs of `items` chrome-voted 8-word lines each closed
    by a body-voted 8-word line sure enough to be body outside the region, then `items` more chrome-voted lines."""
    lines = [line(20, stopwords=5, end=".")]
    block_votes: list[list[Vote]] = [[BODY]]
    for island in range(islands - 1):
        lines += [line(8, seed=100 * island + item) for item in range(items + 1)]
        block_votes += [[CHROME]] * items + [[BODY, BODY]]
    lines += [line(8, seed=1000 + item) for item in range(items)]
    block_votes += [[CHROME]] * items
    return _decide(lines, block_votes, settings)


@pytest.mark.parametrize(("islands", "label"), [(2, Label.CHROME), (3, Label.BODY)])
def test_a_body_found_in_three_islands_makes_the_page_sparse_whatever_its_length(islands: int, label: Label) -> None:
    """Items of a listing found one here, one there: the list between them is the content."""
    decided = _island_decisions(islands, items=10)

    assert decided[0] == (Label.BODY, "in_region&score>=0.2")
    assert {item_label for item_label, _ in decided[1:11]} == {label}


@pytest.mark.parametrize(("most", "label"), [(0.13, Label.CHROME), (0.131, Label.BODY)])
def test_a_body_in_islands_over_its_share_of_the_page_stands(most: float, label: Label) -> None:
    """36 body words of 276: 13.04% of the page's."""
    decided = _island_decisions(3, items=10, settings=ISLANDS.model_copy(update={"sparse_islands_max_share": most}))

    assert {item_label for item_label, _ in decided[1:11]} == {label}


def test_a_body_in_islands_of_more_prose_lines_than_the_most_stands() -> None:
    decided = _island_decisions(3, items=10, settings=ISLANDS.model_copy(update={"sparse_body_max_prose_lines": 0}))

    assert {label for label, _ in decided[1:11]} == {Label.CHROME}


def test_sparse_body_min_islands_of_none_never_asks() -> None:
    decided = _island_decisions(6, items=10, settings=ISLANDS.model_copy(update={"sparse_body_min_islands": None}))

    assert {label for label, _ in decided[1:11]} == {Label.CHROME}


@pytest.mark.parametrize(
    ("field", "value"),
    [("sparse_body_min_islands", 0), ("sparse_islands_max_share", -0.1), ("sparse_islands_max_share", 1.5)],
)
def test_island_settings_out_of_bounds_are_refused_naming_the_field(field: str, value: float) -> None:
    with pytest.raises(ValidationError, match=field):
        CombineSettings(**{field: value})


def test_a_listing_page_keeps_its_items_and_drops_its_navigation() -> None:
    """Through the whole pipeline: an index of titles under a one-line introduction, in a site's frame."""
    menu = "".join(f'<li><a href="/{seed}">{line(2, seed=seed)}</a></li>' for seed in range(12))
    titles = [line(6, seed=seed, capitalised=6) for seed in range(40)]
    items = "".join(f'<li><a href="/item/{seed}">{title}</a></li>' for seed, title in enumerate(titles))
    footer = "".join(f"<p>{line(8, seed=seed)}</p>" for seed in range(6))
    html = (
        "<html><head><title>Recent papers</title></head><body>"
        f"<header><nav><ul>{menu}</ul></nav></header>"
        f"<main><h1>Recent papers</h1><p>Papers received this week.</p><ul>{items}</ul></main>"
        f"<footer>{footer}</footer></body></html>"
    )

    result = cleaner.clean(html, format="html")

    body = [block for block in result.blocks if block.label is Label.BODY]
    assert [block.text for block in body] == ["Recent papers", "Papers received this week.", *titles]
    assert {block.decision for block in body[2:]} == {"sparse_page"}
    assert len(result.blocks) == len(body) + 12 + 6


# -- chrome vetoes: a sure chrome vote is final ------------------------------------------------------

SURE = Vote(heuristic="consent_manager", value=-1.0, reason="inside_named_consent_manager")
UNSURE = Vote(heuristic="consent_manager", value=-0.9, reason="probe")
VETO_WEIGHTS = CombineSettings(weights={**WEIGHTS, "strong": 4.0, "consent_manager": 0.5}, context_max_words=4)


def _vetoed_decisions(
    middle: list[Vote], settings: CombineSettings = VETO_WEIGHTS, words: int = 20
) -> tuple[Label, str]:
    """Label and decision of a block between two body paragraphs, voted `middle`."""
    lines = [
        line(20, stopwords=5, seed=1, end="."),
        line(words, stopwords=min(words, 5), seed=2, end="."),
        line(20, stopwords=5, seed=3, end="."),
    ]
    return _decide(lines, [[BODY], middle, [BODY]], settings)[1]


def test_a_vetoing_heuristics_sure_chrome_vote_makes_a_body_block_chrome() -> None:
    assert _vetoed_decisions([STRONG, SURE]) == (Label.CHROME, "vetoed&consent_manager=-1")


def test_a_vetoing_heuristics_vote_short_of_minus_one_lets_the_score_decide() -> None:
    assert _vetoed_decisions([STRONG, UNSURE]) == (Label.BODY, "in_region&score>=0.2")


def test_a_short_vetoed_block_stays_chrome_between_body_neighbours() -> None:
    assert _vetoed_decisions([STRONG, SURE], words=3) == (Label.CHROME, "vetoed&consent_manager=-1")


def test_no_chrome_vetoes_lets_the_score_decide() -> None:
    settings = VETO_WEIGHTS.model_copy(update={"chrome_vetoes": ()})

    assert _vetoed_decisions([STRONG, SURE], settings) == (Label.BODY, "in_region&score>=0.2")


@pytest.mark.parametrize("entry", ["consent_manager:inside_named_consent_manager", "consent_manager:inside_*"])
def test_a_veto_naming_a_reason_or_its_beginning_makes_only_those_reasons_sure_votes_final(entry: str) -> None:
    settings = VETO_WEIGHTS.model_copy(update={"chrome_vetoes": (entry,)})
    other_reason = SURE.model_copy(update={"reason": "notice_run"})

    assert _vetoed_decisions([STRONG, SURE], settings) == (
        Label.CHROME,
        "vetoed&consent_manager:inside_named_consent_manager=-1",
    )
    assert _vetoed_decisions([STRONG, other_reason], settings) == (Label.BODY, "in_region&score>=0.2")
    assert _vetoed_decisions([STRONG, UNSURE.model_copy(update={"reason": SURE.reason})], settings) == (
        Label.BODY,
        "in_region&score>=0.2",
    )


def test_a_star_veto_beside_an_exact_one_of_the_same_heuristic_keeps_both() -> None:
    settings = VETO_WEIGHTS.model_copy(update={"chrome_vetoes": ("consent_manager:notice_run", "consent_manager:in*")})
    notice_run = SURE.model_copy(update={"reason": "notice_run"})
    unnamed = SURE.model_copy(update={"reason": "outside"})

    assert _vetoed_decisions([STRONG, notice_run], settings)[0] is Label.CHROME
    assert _vetoed_decisions([STRONG, SURE], settings)[0] is Label.CHROME
    assert _vetoed_decisions([STRONG, unnamed], settings)[0] is Label.BODY


def test_a_signature_between_a_threads_posts_is_chrome_though_it_reads_as_prose() -> None:
    posts = [
        "I replaced the bearing last week and the noise came back after two days of use, so I think the "
        "problem is somewhere else in the drive train and not in the wheel itself.",
        "Check the chain tension first, because a loose chain makes exactly that sound when you pedal hard "
        "and it is the most common cause of the noise that you describe here.",
        "Thanks for the advice, the chain was far too loose and after tightening it the bike is quiet again "
        "on every hill that I usually ride on the way to work.",
    ]
    # Each writer's own signature, written in sentences as the posts are.
    signatures = [
        "Riding since the eighties and still learning something new about these old bikes every single day.",
        "If it is not broken, you have not taken it apart yet, which is what my father always told me.",
        "Currently restoring a steel frame from the seventies, with photos of the work in my profile.",
    ]
    thread = "".join(
        f'<div class="message"><div class="message-body"><p>{post}</p></div>'
        f'<div class="message-signature"><p>{signature}</p></div></div>'
        for post, signature in zip(posts, signatures, strict=True)
    )
    html = f"<html><head><title>Noise from the rear wheel</title></head><body><main>{thread}</main></body></html>"

    result = cleaner.clean(html, format="html")

    assert [block.text for block in result.blocks if block.label is Label.BODY] == posts
    between_posts = {block.decision for block in result.blocks if block.text in signatures[:2]}
    assert between_posts == {"vetoed&dom_hints:named_signature=-1"}


def test_readers_comments_under_a_short_article_are_chrome_however_long_their_thread() -> None:
    """Through the whole pipeline, on a text page: the comments outweigh the article, but its header names it."""
    article = [line(22, stopwords=6, seed=seed, end=".") for seed in range(4)]
    comments = []
    for seed in range(8):
        comments += [f"reader{seed} says:", line(24, stopwords=6, seed=20 + seed, end=".")]
    text = "\n\n".join(["Storm closes the coastal road", *article, "34 responses to “Storm closes the coastal road”"])
    text += "\n\n" + "\n\n".join(comments)

    result = cleaner.clean(text, format="text")
    with_comments = cleaner.Cleaner().with_comments().clean(text, format="text")

    assert [block.text for block in result.blocks if block.label is Label.BODY] == [
        "Storm closes the coastal road",
        *article,
    ]
    assert {block.decision for block in result.blocks if block.text in comments[1::2]} == {"vetoed&comment_section=-1"}
    assert [block.label for block in with_comments.blocks if block.text in comments[1::2]] == [Label.BODY] * 8


def test_with_comments_a_text_article_does_not_end_with_its_region() -> None:
    assert cleaner.Cleaner().combine_settings.end_text_articles
    assert not cleaner.Cleaner().with_comments().combine_settings.end_text_articles


def _caption_decision(settings: CombineSettings) -> tuple[Label, str]:
    """Label and decision of a figure's caption, voted body, between two paragraphs voted body."""
    paragraphs = [f"<p>{line(20, stopwords=5, seed=seed, end='.')}</p>" for seed in range(2)]
    caption = f"<figure><img src=a.png><figcaption>{line(12, stopwords=4, seed=5, end='.')}</figcaption></figure>"
    segmented = segment_html(f"<html><body>{paragraphs[0]}{caption}{paragraphs[1]}</body></html>")
    combined = combine(segmented, [[BODY], [BODY], [BODY]], settings)
    return combined.labels[1], combined.decisions[1]


def test_a_block_inside_a_vetoing_container_is_chrome_whatever_its_score() -> None:
    assert _caption_decision(CombineSettings(weights=WEIGHTS)) == (Label.CHROME, "vetoed&inside_figcaption")


def test_a_footer_voted_body_between_two_paragraphs_is_chrome() -> None:
    paragraphs = [f"<p>{line(20, stopwords=5, seed=seed, end='.')}</p>" for seed in range(2)]
    footer = f"<footer><p>{line(12, stopwords=4, seed=5, end='.')}</p></footer>"
    segmented = segment_html(f"<html><body><article>{paragraphs[0]}{footer}{paragraphs[1]}</article></body></html>")
    combined = combine(segmented, [[BODY], [BODY], [BODY]], CombineSettings(weights=WEIGHTS))
    assert (combined.labels[1], combined.decisions[1]) == (Label.CHROME, "vetoed&inside_footer")


def test_no_vetoing_containers_lets_the_score_decide() -> None:
    settings = CombineSettings(weights=WEIGHTS, chrome_containers=())

    assert _caption_decision(settings) == (Label.BODY, "in_region&score>=0.2")


def test_on_a_text_page_the_article_under_the_headline_the_url_names_is_the_region() -> None:
    # Four paragraphs under the headline, a long menu, then five paragraphs of something else:
    # alone, the longer stretch below is the region; the URL names the headline, and the
    # article under it holds enough of that stretch's weight to be the region instead.
    def paragraph(seed: int) -> str:
        words = [CONTENT_WORDS[(seed * 7 + i * 3) % len(CONTENT_WORDS)] for i in range(30)]
        return "The " + " ".join(words) + " of the town is in the past."

    headline = "Storm closes the coast road for a week"
    article = [paragraph(number) for number in range(4)]
    menu = "\n".join(f"Section {word.capitalize()} {number}" for word in CONTENT_WORDS[:8] for number in range(5))
    other = [paragraph(10 + number) for number in range(5)]
    text = "\n\n".join(["Home\nNews", headline, *article, menu, *other])

    def decisions(url: str | None, texts: list[str]) -> set[str]:
        result = cleaner.clean(text, url=url, format="text")
        return {block.decision for block in result.blocks if block.text in texts}

    assert decisions(None, article) == {"out_of_region&score<0.95"}
    named = "https://courier.example/news/storm-closes-coast-road"
    assert decisions(named, article) == {"in_region&score>=0.2"}
    assert decisions(named, other) == {"out_of_region&score<0.95"}
    assert cleaner.clean(text, url=named, format="text").title == headline


# -- HTML: a heading between two body blocks heads the section that follows -----------------------

SUBHEADING = "Costs of labour and materials across the region"  # seven words: past the short length


def _subheading_labels(
    heading_tags: tuple[str, ...], settings: CombineSettings = GROWING
) -> tuple[list[Label], list[str]]:
    """Labels and decisions of `heading_tags` (chrome by their votes) between two body paragraphs."""
    paragraph = f"<p>{line(20, stopwords=5, end='.')}</p>"
    headings = "".join(f"<{tag}>{SUBHEADING}</{tag}>" for tag in heading_tags)
    segmented = segment_html(f"<html><body>{paragraph}{headings}{paragraph}</body></html>")
    combined = combine(segmented, [[BODY], *[[CHROME]] * len(heading_tags), [BODY]], settings)
    return combined.labels[1:-1], combined.decisions[1:-1]


def test_a_heading_chrome_by_its_votes_between_two_body_blocks_is_body() -> None:
    assert _subheading_labels(("h3",)) == ([Label.BODY], ["heading&neighbours_body"])


def test_a_line_that_is_no_heading_between_two_body_blocks_keeps_its_label() -> None:
    # Shaped like a heading, but in a <p>: on HTML pages the shape alone says nothing.
    assert _subheading_labels(("p",))[0] == [Label.CHROME]


def test_headings_one_after_the_other_between_body_blocks_stay_chrome() -> None:
    # A rail of linked headlines between two paragraphs, not a section's heading.
    assert _subheading_labels(("h3", "h3", "h3"))[0] == [Label.CHROME] * 3


def test_headings_between_body_off_leaves_the_heading_chrome() -> None:
    # With the rule for a heading near the body block below it off too, which would take it as well.
    settings = GROWING.model_copy(update={"headings_between_body": False, "heading_over_body_max_steps": None})
    assert _subheading_labels(("h3",), settings)[0] == [Label.CHROME]


def test_a_heading_between_body_blocks_near_the_one_below_is_body_by_that_rule_too() -> None:
    settings = GROWING.model_copy(update={"headings_between_body": False})
    assert _subheading_labels(("h3",), settings) == ([Label.BODY], ["heading&over_nearby_body"])


# -- HTML: outside the region, a heading over a body block heads its section ---------------------

# A sure vote scores a block 0.98, past the outside cut (0.95) that a probe's body vote (0.88) misses.
SURE_BODY = Vote(heuristic="sure", value=1.0, reason="sure_body")
OUTSIDE = GROWING.model_copy(update={"weights": {**WEIGHTS, "sure": 4.0}})


def _outside_section(
    under: str = "p", under_vote: Vote = SURE_BODY, settings: CombineSettings = OUTSIDE
) -> list[tuple[Label, str]]:
    """Labels and decisions of a heading (chrome by its votes) and the `under` element below it, both past a
    menu under the region's three paragraphs."""
    paragraphs = [f"<p>{line(30, stopwords=10, end='.', seed=seed)}</p>" for seed in range(3)]
    menu = "<ul>" + "".join(f"<li>{line(6, capitalised=6, seed=seed)}</li>" for seed in range(8)) + "</ul>"
    # Not running prose: below the region, prose outside the region's element is another part (`after_region_apart`).
    under_text = SUBHEADING if under.startswith("h") else line(12, stopwords=3, end=".", seed=7)
    story = f"<div class='story'>{''.join(paragraphs)}</div>"
    section = f"<div class='offers'><h3>{SUBHEADING}</h3><{under}>{under_text}</{under}></div>"
    segmented = segment_html(f"<html><body>{story}{menu}{section}</body></html>")
    combined = combine(segmented, [[BODY]] * 3 + [[CHROME]] * 8 + [[CHROME], [under_vote]], settings)
    assert combined.decisions[:3] == ["in_region&score>=0.2"] * 3
    return list(zip(combined.labels[-2:], combined.decisions[-2:], strict=True))


def test_a_heading_over_a_body_block_outside_the_region_is_body() -> None:
    assert _outside_section() == [
        (Label.BODY, "heading&over_body_outside_region"),
        (Label.BODY, "out_of_region&score>=0.95"),
    ]


def test_a_heading_over_a_chrome_block_outside_the_region_stays_chrome() -> None:
    # The probe's body vote scores the paragraph 0.88: under the outside cut, chrome, and its heading with it.
    assert [label for label, _ in _outside_section(under_vote=BODY)] == [Label.CHROME, Label.CHROME]


def test_a_heading_over_a_body_heading_outside_the_region_stays_chrome() -> None:
    # A rail's headings one after the other: the second heads no text of its own.
    assert _outside_section(under="h4") == [
        (Label.CHROME, "out_of_region&score<0.95"),
        (Label.BODY, "out_of_region&score>=0.95"),
    ]


def _over_region_label(heading_in: str, region_in: str, settings: CombineSettings = OUTSIDE) -> Label:
    """The label of a heading (chrome by its votes) right over the region's three paragraphs, the heading inside
    the elements `heading_in` opens ("<div class='a'><div class='b'>" …) and the paragraphs inside `region_in`'s."""

    def closing(opened: str) -> str:
        return "</div>" * opened.count("<div")

    paragraphs = "".join(f"<p>{line(30, stopwords=10, end='.', seed=seed)}</p>" for seed in range(3))
    heading = f"{heading_in}<h3>{SUBHEADING}</h3>{closing(heading_in)}"
    segmented = segment_html(f"<html><body>{heading}{region_in}{paragraphs}{closing(region_in)}</body></html>")
    combined = combine(segmented, [[CHROME]] + [[BODY]] * 3, settings)
    assert combined.decisions[1:] == ["in_region&score>=0.2"] * 3
    return combined.labels[0]


def test_a_heading_beside_the_regions_first_block_is_body() -> None:
    # A service page's section: its heading and its copy, each in an element of its own.
    assert _over_region_label("<div class='title'>", "<div class='copy'>") is Label.BODY


def test_a_heading_three_named_elements_from_the_regions_first_block_is_body() -> None:
    assert _over_region_label("<div class='head'><div class='title'>", "<div class='copy'>") is Label.BODY


def test_a_heading_four_named_elements_from_the_regions_first_block_stays_chrome() -> None:
    # Left out of the region by its search: a rail's title over a story's first paragraph, in another part of the page.
    heading_in = "<div class='rail'><div class='head'><div class='title'>"
    assert _over_region_label(heading_in, "<div class='story'>") is Label.CHROME


def test_heading_over_body_max_steps_none_leaves_the_heading_chrome() -> None:
    settings = OUTSIDE.model_copy(update={"heading_over_body_max_steps": None})
    assert _over_region_label("", "", settings) is Label.CHROME


def _in_region_label(heading_in: str) -> tuple[Label, str]:
    """The label and decision of a heading (chrome by its votes) inside the region, under a caption (chrome) and
    over a paragraph in an element of its own, the heading inside the elements `heading_in` opens."""
    paragraphs = [f"<p>{line(30, stopwords=10, end='.', seed=seed)}</p>" for seed in range(5)]
    caption = f"<div class='caption'>{line(8, capitalised=8, seed=9)}</div>"
    heading = f"{heading_in}<h3>{SUBHEADING}</h3>{'</div>' * heading_in.count('<div')}"
    body = f"{''.join(paragraphs[:3])}{caption}{heading}<div class='copy'>{''.join(paragraphs[3:])}</div>"
    segmented = segment_html(f"<html><body>{body}</body></html>")
    combined = combine(segmented, [[BODY]] * 3 + [[CHROME], [CHROME]] + [[BODY]] * 2, OUTSIDE)
    assert combined.decisions[3] == "in_region&score<0.2"
    return combined.labels[4], combined.decisions[4]


def test_a_heading_in_the_region_over_a_nearby_body_block_is_body() -> None:
    # A review's "Pros" under a picture's caption, over the text it heads.
    assert _in_region_label("<div class='title'>") == (Label.BODY, "heading&over_nearby_body")


def test_a_heading_in_the_region_far_from_the_body_block_below_stays_chrome() -> None:
    # A video's title embedded in a story, over the story's next paragraph.
    assert _in_region_label("<div class='embed'><div class='player'><div class='title'>") == (
        Label.CHROME,
        "in_region&score<0.2",
    )


def test_headings_over_body_outside_region_off_leaves_the_heading_chrome() -> None:
    settings = OUTSIDE.model_copy(update={"headings_over_body_outside_region": False})
    assert _outside_section(settings=settings)[0][0] is Label.CHROME


# -- HTML: a short line that ends a section, before the next heading, stays chrome ----------------


def _section_end_labels(short: str, heading: str = SUBHEADING, after: str = "h2") -> tuple[Label, str]:
    """The label and decision of `short` (chrome by its votes) between a body paragraph and an element
    `after` holding `heading` (body by its votes), itself followed by a body paragraph."""
    paragraph = f"<p>{line(20, stopwords=5, end='.')}</p>"
    segmented = segment_html(f"<html><body>{paragraph}{short}<{after}>{heading}</{after}>{paragraph}</body></html>")
    # `short` is the one line of its context here: one-off lines are let follow, as a template's are.
    settings = CombineSettings(weights=WEIGHTS, context_one_off_tags=())
    combined = combine(segmented, [[BODY], [CHROME], [BODY], [BODY]], settings)
    return combined.labels[1], combined.decisions[1]


def test_a_short_line_before_a_heading_keeps_its_chrome_label() -> None:
    # A call to action under a section's paragraph: the section ended with the paragraph.
    assert _section_end_labels('<div><a href="/try">Try it free today</a></div>') == (
        Label.CHROME,
        "in_region&score<0.2",
    )


def test_a_short_line_before_a_paragraph_follows_its_neighbours() -> None:
    assert _section_end_labels(
        "<div>Try it free today</div>", after="p", heading=line(20, stopwords=5, seed=3, end=".")
    ) == (
        Label.BODY,
        "words<=5&neighbours_body",
    )


def test_a_list_item_before_a_heading_follows_its_neighbours() -> None:
    # An item of a list: what follows the list says nothing of it.
    assert _section_end_labels("<ul><li>Try it free today</li></ul>")[0] is Label.BODY


def test_a_short_line_before_a_short_heading_follows_its_neighbours() -> None:
    # A heading of five words or fewer is one more short block: the longer neighbour after it decides.
    assert _section_end_labels("<div>Try it free today</div>", heading="Costs of the region")[0] is Label.BODY


# -- HTML: a short line the page writes once, in a context of its own, stays chrome amid body ------

PARAGRAPH = f"<p>{line(20, stopwords=5, end='.')}</p>"


def _short_labels(between: str, tags: tuple[str, ...] = ("div", "p", "li")) -> list[Label]:
    """The labels of the short blocks in `between` (each chrome by its votes) after a body paragraph, each
    followed by a body paragraph."""
    blocks = between.split("|")
    segmented = segment_html(f"<html><body>{PARAGRAPH}{PARAGRAPH.join(blocks)}{PARAGRAPH}</body></html>")
    votes = [[BODY]] + [[CHROME], [BODY]] * len(blocks)
    combined = combine(segmented, votes, CombineSettings(weights=WEIGHTS, context_one_off_tags=tags))
    return combined.labels[1::2]


def test_a_one_off_short_line_between_paragraphs_stays_chrome() -> None:
    assert _short_labels("<div>Expand all</div>") == [Label.CHROME]


def test_a_one_off_short_line_of_a_tag_not_named_follows_its_neighbours() -> None:
    assert _short_labels("<div>Expand all</div>", tags=("p",)) == [Label.BODY]
    assert _short_labels("<div>Expand all</div>", tags=()) == [Label.BODY]


def test_a_short_line_ending_with_a_colon_introduces_the_paragraph_after_it() -> None:
    assert _short_labels("<div>Do not miss:</div>") == [Label.BODY]


def test_short_lines_of_one_context_follow_their_neighbours() -> None:
    # Two lines of one DOM context: a template wrote them, as the body's own short lines are.
    assert _short_labels("<div>Brand new</div>|<div>Free shipping</div>") == [Label.BODY, Label.BODY]


def test_a_short_text_the_page_repeats_in_contexts_of_its_own_follows_its_neighbours() -> None:
    # A record's field, each card in a box named for itself.
    between = '<div class="card-1"><div>Brand new</div></div>|<div class="card-2"><div>Brand new</div></div>'
    assert _short_labels(between) == [Label.BODY, Label.BODY]


# -- a long stretch of short lines between two paragraphs is a list of its own ----------------------


DEFAULTS = CombineSettings(weights=WEIGHTS)


def _stretch_labels(lines: int, end: str = ".", settings: CombineSettings = DEFAULTS) -> list[Label]:
    """The labels of `lines` short lines (chrome by their votes) between two body paragraphs ending with `end`."""
    paragraph = line(60, stopwords=15, end=end)
    shorts = [line(2, seed=seed) for seed in range(lines)]
    votes = [[BODY], *[[CHROME]] * lines, [BODY]]
    return combine(page("\n\n".join([paragraph, *shorts, paragraph])), votes, settings).labels[1:-1]


def test_a_stretch_shorter_than_a_list_between_sentences_follows_them() -> None:
    assert _stretch_labels(7) == [Label.BODY] * 7


def test_a_stretch_as_long_as_a_list_between_sentences_keeps_its_labels() -> None:
    assert _stretch_labels(8) == [Label.CHROME] * 8


def test_a_long_stretch_between_paragraphs_not_ending_like_sentences_follows_them() -> None:
    assert _stretch_labels(8, end="") == [Label.BODY] * 8


def test_every_stretch_follows_its_neighbours_with_no_list_length_set() -> None:
    settings = CombineSettings(weights=WEIGHTS, context_list_min_blocks=None)
    assert _stretch_labels(8, settings=settings) == [Label.BODY] * 8


# -- text: a line shaped like a heading between two body blocks heads the section that follows ----


def _text_subheading(
    words: int, end: str = "", votes: list[Vote] | None = None, settings: CombineSettings = GROWING
) -> tuple[Label, str]:
    """Label and decision of a line of `words` words (chrome by its votes) between two body paragraphs."""
    paragraph = line(60, stopwords=15, end=".")  # long enough for the region to span the line between
    combined = combine(
        page(f"{paragraph}\n\n{line(words, seed=4, end=end)}\n\n{paragraph}"),
        [[BODY], votes or [CHROME], [BODY]],
        settings,
    )
    return combined.labels[1], combined.decisions[1]


@pytest.mark.parametrize(
    ("words", "decided"),
    [(12, (Label.BODY, "heading_shape&neighbours_body")), (13, (Label.CHROME, "in_region&score<0.2"))],
)
def test_a_text_line_shaped_like_a_heading_between_two_body_blocks_is_body(
    words: int, decided: tuple[Label, str]
) -> None:
    assert GROWING.text_heading_max_words == 12
    assert _text_subheading(words) == decided


def test_a_text_line_ending_like_a_sentence_between_two_body_blocks_keeps_its_label() -> None:
    assert _text_subheading(8, end=".") == (Label.CHROME, "in_region&score<0.2")


def test_a_text_heading_sure_to_be_chrome_stays_chrome() -> None:
    settings = GROWING.model_copy(update={"weights": {**GROWING.weights, "sure": 4.0}})
    assert _text_subheading(8, votes=[SURE_CHROME], settings=settings)[0] is Label.CHROME
    assert _text_subheading(8, settings=settings) == (Label.BODY, "heading_shape&neighbours_body")


def test_text_headings_off_leave_the_line_chrome() -> None:
    settings = GROWING.model_copy(update={"text_heading_max_words": None})
    assert _text_subheading(8, settings=settings)[0] is Label.CHROME


# -- HTML: a list item between two body items of the same list is body ----------------------------


def _middle_item(middle: str = "<li>{item}</li>", settings: CombineSettings = GROWING) -> tuple[Label, str]:
    """Label and decision of a list's middle item (chrome by its votes) between two body items."""
    item = line(12, stopwords=3, end=".")
    items = f"<li>{item}</li>{middle.format(item=line(6, seed=9))}<li>{item}</li>"
    segmented = segment_html(f'<html><body><ul class="steps">{items}</ul></body></html>')
    combined = combine(segmented, [[BODY], [CHROME], [BODY]], settings)
    return combined.labels[1], combined.decisions[1]


def test_a_list_item_chrome_by_its_votes_between_two_body_items_of_its_list_is_body() -> None:
    assert _middle_item() == (Label.BODY, "li&neighbours_body")


def test_a_list_item_in_another_context_than_its_neighbours_keeps_its_label() -> None:
    assert _middle_item('<li class="share">{item}</li>')[0] is Label.CHROME


def test_every_item_between_two_body_items_of_a_list_is_body_and_those_past_them_keep_their_label() -> None:
    item, short = line(12, stopwords=3, end="."), line(6, seed=9)
    items = "".join(f"<li>{text}</li>" for text in (item, short, short, item, short))
    segmented = segment_html(f'<html><body><ul class="steps">{items}</ul></body></html>')
    combined = combine(segmented, [[BODY], [CHROME], [CHROME], [BODY], [CHROME]], GROWING)
    assert combined.labels == [Label.BODY] * 4 + [Label.CHROME]
    assert combined.decisions[1:3] == ["li&neighbours_body"] * 2


def test_a_block_between_two_items_cuts_the_list_and_the_items_before_it_keep_their_label() -> None:
    item, short = line(12, stopwords=3, end="."), line(6, seed=9)
    body = f"<ul><li>{item}</li><li>{short}</li></ul><p>{short}</p><ul><li>{item}</li></ul>"
    segmented = segment_html(f"<html><body>{body}</body></html>")
    combined = combine(segmented, [[BODY], [CHROME], [CHROME], [BODY]], GROWING)
    assert combined.labels[1] is Label.CHROME


def test_list_items_between_body_off_leaves_the_item_chrome() -> None:
    settings = GROWING.model_copy(update={"list_items_between_body": False})
    assert _middle_item(settings=settings)[0] is Label.CHROME


# -- HTML: the page's <main> element bounds the body once the region lies in it -------------------

PROMO = Vote(heuristic="promo", value=1.0, reason="probe_body")  # at weight 4 it scores 0.98: body outside the region
BOUNDED = GROWING.model_copy(update={"weights": {**WEIGHTS, "promo": 4.0}})


def _promo(
    promo_in: str = "div", body_in: str = "main", before_body: str = "", settings: CombineSettings = BOUNDED
) -> tuple[tuple[Label, str], list[Label]]:
    """The label and decision of a promotion scoring as prose in a `promo_in` element above a menu, and the labels
    of what follows the menu: `before_body` (one paragraph, or none) and three paragraphs in a `body_in` element."""
    paragraphs = "".join(f"<p>{line(20, stopwords=5, seed=seed, end='.')}</p>" for seed in range(3))
    menu = "".join(f"<li>{line(2, seed=9 + seed)}</li>" for seed in range(8))
    html = (
        f"<html><body><{promo_in}><p>{line(12, stopwords=3, seed=7, end='.')}</p></{promo_in}>"
        f"<ul class='menu'>{menu}</ul>{before_body}<{body_in}>{paragraphs}</{body_in}></body></html>"
    )
    follows = 4 if before_body else 3
    combined = combine(segment_html(html), [[PROMO], *[[CHROME]] * 8, *[[BODY]] * follows], settings)
    return (combined.labels[0], combined.decisions[0]), combined.labels[9:]


def test_a_body_block_outside_main_and_the_region_is_chrome() -> None:
    assert _promo()[0] == (Label.CHROME, "outside_main&out_of_region")


def test_without_a_main_element_a_block_outside_the_region_keeps_its_label() -> None:
    assert _promo(body_in="div")[0] == (Label.BODY, "out_of_region&score>=0.95")


def test_a_region_outside_the_main_element_leaves_the_page_as_found() -> None:
    # The main element holds the promotion here, and the region lies outside it.
    assert _promo(promo_in="main", body_in="div")[0] == (Label.BODY, "out_of_region&score>=0.95")


def test_the_regions_own_blocks_outside_main_stay_body() -> None:
    assert _promo(before_body=f"<p>{line(20, stopwords=5, seed=5, end='.')}</p>")[1] == [Label.BODY] * 4


def test_main_element_bounds_off_leaves_the_block_body() -> None:
    settings = BOUNDED.model_copy(update={"main_element_bounds_body": False})
    assert _promo(settings=settings)[0] == (Label.BODY, "out_of_region&score>=0.95")


# -- a later copy of a body block's text is chrome -----------------------------------------------

PASSAGE = line(12, stopwords=4, seed=21, end=".")


def _copied(
    copy_html: str, *, words: int = 12, settings: CombineSettings = GROWING, original: str = "<p>{passage}</p>"
) -> list[tuple[Label, str]]:
    """Labels and decisions of an HTML page: a paragraph, a `words`-word passage (in `original`), a paragraph,
    `copy_html` (which should hold the passage again), and a closing paragraph, every block voted body."""
    passage = " ".join(PASSAGE.split()[:words])
    paragraphs = [f"<p>{line(20, stopwords=5, seed=seed, end='.')}</p>" for seed in range(3)]
    html = (
        f"<html><body>{paragraphs[0]}{original.format(passage=passage)}{paragraphs[1]}"
        f"{copy_html.format(passage=passage)}{paragraphs[2]}</body></html>"
    )
    segmented = segment_html(html)
    combined = combine(segmented, [[BODY]] * len(segmented), settings)
    return list(zip(combined.labels, combined.decisions, strict=True))


def test_a_passage_written_again_by_another_template_is_chrome_and_the_first_copy_stays() -> None:
    decided = _copied("<div class='slide-clone'><p>{passage}</p></div>")

    assert decided[1] == (Label.BODY, "in_region&score>=0.2")
    assert decided[3] == (Label.CHROME, "later_copy_of_body")
    assert [label for label, _ in decided].count(Label.CHROME) == 1


def test_a_passage_written_again_by_the_same_template_stays_body() -> None:
    # A second record of one template (a recipe's rows, a list's items) is content of its own.
    assert _copied("<p>{passage}</p>")[3] == (Label.BODY, "in_region&score>=0.2")


def test_a_copy_held_by_a_list_item_or_a_table_cell_stays_body() -> None:
    # A pricing table's plans each list the features they share: each record keeps its line.
    assert _copied("<ul><li>{passage}</li></ul>")[3] == (Label.BODY, "in_region&score>=0.2")
    assert _copied("<table><tr><td>{passage}</td></tr></table>")[3] == (Label.BODY, "in_region&score>=0.2")


def test_a_list_item_copy_is_chrome_without_record_tags() -> None:
    settings = GROWING.model_copy(update={"later_copy_record_tags": frozenset()})

    assert _copied("<ul><li>{passage}</li></ul>", settings=settings)[3] == (Label.CHROME, "later_copy_of_body")


def test_a_paragraph_copy_of_a_list_item_is_chrome() -> None:
    # A record is an original all the same: the passage rendered again below it adds no word.
    decided = _copied("<div class='slide-clone'><p>{passage}</p></div>", original="<ul><li>{passage}</li></ul>")

    assert decided[1][0] is Label.BODY
    assert decided[3] == (Label.CHROME, "later_copy_of_body")


def test_a_copy_in_another_tab_panel_than_its_original_stays_body() -> None:
    # A guide shows one step for each language in a panel of its own: each panel reads whole.
    original = '<div role="tabpanel"><p>{passage}</p></div>'

    decided = _copied('<div role="tabpanel" hidden><div class="step"><p>{passage}</p></div></div>', original=original)

    assert decided[3] == (Label.BODY, "in_region&score>=0.2")


def test_a_copy_in_a_tab_panel_of_a_passage_outside_any_panel_stays_body() -> None:
    assert _copied('<div role="tabpanel"><div class="step"><p>{passage}</p></div></div>')[3][0] is Label.BODY


def test_a_copy_outside_any_tab_panel_of_a_passage_in_one_is_chrome() -> None:
    original = '<div role="tabpanel"><p>{passage}</p></div>'

    decided = _copied("<div class='slide-clone'><p>{passage}</p></div>", original=original)

    assert decided[3] == (Label.CHROME, "later_copy_of_body")


def test_a_copy_written_again_in_the_same_tab_panel_is_chrome() -> None:
    paragraphs = [f"<p>{line(20, stopwords=5, seed=seed, end='.')}</p>" for seed in range(2)]
    panel = f"<p>{PASSAGE}</p>{paragraphs[1]}<div class='hover-copy'><p>{PASSAGE}</p></div>"
    segmented = segment_html(f'<html><body>{paragraphs[0]}<div role="tabpanel">{panel}</div></body></html>')
    combined = combine(segmented, [[BODY]] * len(segmented), GROWING)

    assert combined.labels[1] is Label.BODY
    assert (combined.labels[3], combined.decisions[3]) == (Label.CHROME, "later_copy_of_body")


def test_a_copy_one_word_under_the_length_stays_body() -> None:
    decided = _copied("<div class='slide-clone'><p>{passage}</p></div>", words=11)

    assert decided[3] == (Label.BODY, "in_region&score>=0.2")


def test_a_copy_of_a_chrome_block_is_left_to_its_own_label() -> None:
    # Only a copy of what the body already holds is dropped: here the first copy is chrome.
    paragraphs = [f"<p>{line(20, stopwords=5, seed=seed, end='.')}</p>" for seed in range(3)]
    copy = f"<div class='x'><p>{PASSAGE}</p></div>"
    html = f"<html><body><nav><p>{PASSAGE}</p></nav>{''.join(paragraphs)}{copy}</body></html>"
    segmented = segment_html(html)
    combined = combine(segmented, [[CHROME], *[[BODY]] * 4], GROWING)

    assert combined.labels[0] is Label.CHROME
    assert combined.labels[4] is Label.BODY


def test_a_text_page_drops_any_later_copy_of_a_body_line() -> None:
    lines = [line(20, stopwords=5, seed=1, end="."), PASSAGE, line(20, stopwords=5, seed=2, end="."), PASSAGE]

    decided = _decide(lines, [[BODY]] * 4, CombineSettings(weights=WEIGHTS))

    assert decided[1] == (Label.BODY, "in_region&score>=0.2")
    assert decided[3] == (Label.CHROME, "later_copy_of_body")


def test_later_copies_off_keeps_every_copy() -> None:
    settings = GROWING.model_copy(update={"later_copy_min_words": None})

    assert _copied("<div class='slide-clone'><p>{passage}</p></div>", settings=settings)[3][0] is Label.BODY


def test_each_combination_weighs_the_votes_by_its_own_settings() -> None:
    """The weights of the settings last used are kept for the next page: other settings bring their own."""
    text = line(20, stopwords=5, end=".")
    heavy = CombineSettings(weights={"probe": 4.0})

    light_score = combine(page(text), [[BODY]], CombineSettings(weights=WEIGHTS)).scores[0]
    heavy_score = combine(page(text), [[BODY]], heavy).scores[0]

    assert heavy_score > light_score
    assert combine(page(text), [[BODY]], CombineSettings(weights=WEIGHTS)).scores == [light_score]


# -- HTML: blocks of one DOM template follow the label of most of its words -----------------------


def _cards(votes: list[list[Vote]], settings: CombineSettings = TEMPLATED) -> tuple[list[Label], list[str]]:
    """Labels and decisions of cards voted `votes`, one block each, all ``<p class="card">`` in one grid.

    A card voted body holds 12 words, one voted chrome 4.
    """
    cards = "".join(
        f'<p class="card">{line(12 if vote == [BODY] else 4, seed=index)}</p>' for index, vote in enumerate(votes)
    )
    segmented = segment_html(f'<html><body><div class="grid">{cards}</div></body></html>')
    combined = combine(segmented, votes, settings)
    return combined.labels, combined.decisions


def test_a_chrome_block_of_a_template_whose_words_are_mostly_body_is_body() -> None:
    assert TEMPLATED.template_min_blocks == 4
    labels, decisions = _cards([[CHROME], [BODY], [BODY], [BODY]])
    assert labels == [Label.BODY] * 4
    assert decisions[0] == "template&mostly_body"


def test_a_template_of_fewer_than_its_least_blocks_leaves_each_its_label() -> None:
    assert _cards([[CHROME], [BODY], [BODY]])[0] == [Label.CHROME, Label.BODY, Label.BODY]


def test_a_template_mostly_chrome_leaves_its_body_block_body_and_the_rest_chrome() -> None:
    labels, _ = _cards([[BODY], [CHROME], [CHROME], [CHROME], [CHROME], [CHROME], [CHROME], [CHROME], [CHROME]])
    assert labels == [Label.BODY] + [Label.CHROME] * 8


def test_a_block_in_another_template_keeps_its_label() -> None:
    body = "".join(f'<p class="card">{line(12, seed=index)}</p>' for index in range(3))
    other = f'<p class="badge">{line(4, seed=7)}</p>'
    segmented = segment_html(f'<html><body><div class="grid">{other}{body}</div></body></html>')
    assert combine(segmented, [[CHROME], [BODY], [BODY], [BODY]], TEMPLATED).labels[0] is Label.CHROME


def test_a_vetoed_block_of_a_template_mostly_body_stays_chrome() -> None:
    settings = TEMPLATED.model_copy(update={"weights": {**WEIGHTS, "consent_manager": 0.5}})
    labels, decisions = _cards([[CHROME, SURE], [BODY], [BODY], [BODY]], settings)
    assert (labels[0], decisions[0]) == (Label.CHROME, "vetoed&consent_manager=-1")


OUTSIDE_ARTICLE = Vote(heuristic="main_container", value=-1.0, reason="outside_headline_article&prose_words>=300")


def test_a_member_voted_outside_the_headlines_article_stays_chrome() -> None:
    assert TEMPLATED.template_held_votes == ("main_container:outside_headline_article",)
    labels, decisions = _cards([[CHROME, OUTSIDE_ARTICLE], [BODY], [BODY], [BODY]])
    assert labels == [Label.CHROME, Label.BODY, Label.BODY, Label.BODY]
    assert decisions[0] != "template&mostly_body"


def test_a_member_voted_chrome_for_another_reason_of_the_same_heuristic_is_body() -> None:
    elsewhere = Vote(heuristic="main_container", value=-1.0, reason="outside_dominant_prose_context")
    labels, decisions = _cards([[CHROME, elsewhere], [BODY], [BODY], [BODY]])
    assert (labels[0], decisions[0]) == (Label.BODY, "template&mostly_body")


def test_no_template_held_votes_makes_every_chrome_member_body() -> None:
    settings = TEMPLATED.model_copy(update={"template_held_votes": ()})
    labels, decisions = _cards([[CHROME, OUTSIDE_ARTICLE], [BODY], [BODY], [BODY]], settings)
    assert (labels[0], decisions[0]) == (Label.BODY, "template&mostly_body")


def test_a_page_built_without_template_numbers_keeps_each_block_its_label() -> None:
    cards = "".join(f'<p class="card">{line(12 if index else 4, seed=index)}</p>' for index in range(4))
    segmented = segment_html(f'<html><body><div class="grid">{cards}</div></body></html>')
    by_hand = segmented.model_copy(update={"templates": ()})

    combined = combine(by_hand, [[CHROME], [BODY], [BODY], [BODY]], TEMPLATED)

    assert combined.labels == [Label.CHROME, Label.BODY, Label.BODY, Label.BODY]


def test_template_min_blocks_none_leaves_each_block_its_label() -> None:
    settings = TEMPLATED.model_copy(update={"template_min_blocks": None})
    assert _cards([[CHROME], [BODY], [BODY], [BODY]], settings)[0][0] is Label.CHROME


# Whole numbers, so that every order of summing them gives the same total.
MARGINS = st.lists(st.integers(-50, 50).map(float), max_size=30)


def _run_sums(margins: list[float], starts: range) -> list[float]:
    """The sum of every non-empty run of `margins` that begins in `starts`."""
    return [sum(margins[start:stop]) for start in starts for stop in range(start + 1, len(margins) + 1)]


@examples(max_examples=300, deadline=None)
@given(MARGINS)
def test_the_region_search_finds_the_maximum_sum_run(margins: list[float]) -> None:
    best = max([0.0, *_run_sums(margins, range(len(margins)))])
    run = best_run(margins)
    assert sum(margins[run.start : run.stop]) == best
    assert bool(run) == (best > 0)


@examples(max_examples=300, deadline=None)
@given(MARGINS, st.integers(-3, 32), st.integers(0, 10))
def test_the_region_search_from_a_headline_finds_the_best_run_beginning_there(
    margins: list[float], first: int, window: int
) -> None:
    starts = range(first, first + window)
    best = max([0.0, *_run_sums(margins, range(max(first, 0), min(first + window, len(margins))))])
    run = best_run_starting_in(margins, starts)
    assert sum(margins[run.start : run.stop]) == best
    assert (run.start in starts) if run else best == 0


# -- a catalogue: its grid of records above the buyer's guide that the region found -----------------

# The probe's record vote: the name RECORD stands for record_list's own vote further up.
GRID_RECORD = Vote(heuristic="records_probe", value=1.0, reason="probe_record")
GUIDE_LINES = 8  # prose lines: more than prose_body_min_blocks, a guide the region stands on
CATALOGUE = CombineSettings.model_validate(
    {
        "weights": RECORD_WEIGHTS,
        "record_heuristics": ["records_probe"],
        "record_list_min_blocks": 30,
        "context_max_words": 0,
    }
)


def _catalogue(
    records: int,
    settings: CombineSettings = CATALOGUE,
    *,
    below: bool = False,
    headline: bool = False,
    last: list[Vote] | None = None,
) -> list[tuple[Label, str]]:
    """Decisions on an HTML page of `records` 8-word record lines voted chrome, then a guide of 8 body-voted prose
    lines (the region), or the guide first where `below`; with `headline`, the page's title as a heading opens the
    guide. `last` replaces the last record's votes."""
    items = ['<div class="grid">', *(f"<p>{line(8, seed=10 + item)}</p>" for item in range(records)), "</div>"]
    guide = [
        '<div class="guide">',
        *(f"<p>{line(20, stopwords=5, seed=seed, end='.')}</p>" for seed in range(GUIDE_LINES)),
        "</div>",
    ]
    title = "Storm closes the coast road"
    head = [f"<h1>{title}</h1>"] if headline else []
    item_votes = [[CHROME, GRID_RECORD]] * (records - 1) + [last or [CHROME, GRID_RECORD]]
    guide_votes = [[CHROME]] * len(head) + [[BODY]] * GUIDE_LINES
    parts, block_votes = (
        (head + guide + items, guide_votes + item_votes) if below else (items + head + guide, item_votes + guide_votes)
    )
    html = (f"<title>{title}</title>" if headline else "") + "".join(parts)
    combined = combine(segment_html(f"<html><head></head><body>{html}</body></html>"), block_votes, settings)
    return list(zip(combined.labels, combined.decisions, strict=True))


def _records_of(decided: list[tuple[Label, str]], records: int, below: bool = False) -> set[tuple[Label, str]]:
    return set(decided[-records:] if below else decided[:records])


@pytest.mark.parametrize(("records", "label"), [(30, Label.BODY), (29, Label.CHROME)])
def test_a_long_record_list_above_a_guide_is_body_and_a_shorter_one_chrome(records: int, label: Label) -> None:
    decided = _catalogue(records)

    assert {item_label for item_label, _ in _records_of(decided, records)} == {label}
    assert {item_label for item_label, _ in decided[records:]} == {Label.BODY}


def test_records_above_the_region_are_body_by_their_own_rule() -> None:
    assert _records_of(_catalogue(30), 30) == {(Label.BODY, "record_above_region")}


def test_a_record_that_a_sparse_page_veto_votes_chrome_stays_chrome() -> None:
    """The template pass, which would make the last record body with the rest of its grid, left off."""
    decided = _catalogue(
        31, CATALOGUE.model_copy(update={"template_min_blocks": None}), last=[CHROME, GRID_RECORD, VETO]
    )

    assert decided[29] == (Label.BODY, "record_above_region")
    assert decided[30] == (Label.CHROME, "out_of_region&score<0.95")


def test_records_below_the_region_stay_chrome() -> None:
    decided = _catalogue(30, below=True)

    assert {label for label, _ in _records_of(decided, 30, below=True)} == {Label.CHROME}


def test_records_above_a_region_that_the_page_s_headline_opens_stay_chrome() -> None:
    decided = _catalogue(30, headline=True)

    assert {label for label, _ in _records_of(decided, 30)} == {Label.CHROME}
    assert {label for label, _ in decided[31:]} == {Label.BODY}


def test_records_above_region_off_keeps_them_chrome() -> None:
    decided = _catalogue(30, CATALOGUE.model_copy(update={"records_above_region": False}))

    assert {label for label, _ in _records_of(decided, 30)} == {Label.CHROME}


# -- HTML pages: an introduction between the headline and the region -----------------------------


def _introduction(
    settings: CombineSettings = GROWING,
    *,
    end: str = ".",
    inside: bool = True,
    heading: str = "h1",
    title: str = "",
    vote: Vote = BODY,
) -> tuple[Label, str]:
    """Label and decision of a sentence (voted `vote`, body) in an element of its own between an article's headline
    and its region, set apart from the region by a row of share buttons; inside the story's element that holds the
    region's prose where `inside`, else beside it. The headline is a `heading` element, which the page's `title`
    names unless one is given."""
    intro = f'<div class="standfirst"><p>{line(12, stopwords=4, seed=50, end=end)}</p></div>'
    buttons = "".join(f"<p>{label}</p>" for label in ("Share", "Tweet", "Email", "Print", "Save", "Follow"))
    paragraphs = "".join(f"<p>{line(20, stopwords=5, seed=seed, end='.')}</p>" for seed in range(3))
    story = f'<div class="tools">{buttons}</div>{paragraphs}'
    headline = f"<{heading}>Harbour wall gives way</{heading}>"
    body = (
        f'{headline}<div class="story">{intro}{story}</div>'
        if inside
        else f'{headline}<div class="teaser">{intro}</div><div class="story">{story}</div>'
    )
    title = title or "Harbour wall gives way"
    segmented = segment_html(f"<html><head><title>{title}</title></head><body>{body}</body></html>")
    combined = combine(segmented, [[LISTED], [vote], *([[CHROME]] * 6), [BODY], [BODY], [BODY]], settings)
    return combined.labels[1], combined.decisions[1]


SURE_SENTENCE = Vote(heuristic="sure", value=1.0, reason="reads_like_prose")  # at weight 2.5 it scores 0.92
STANDFIRST = GROWING.model_copy(update={"weights": GROWING.weights | {"sure": 2.5}})


def test_a_sentence_under_the_headline_in_the_element_of_the_regions_prose_is_body() -> None:
    assert _introduction() == (Label.BODY, "under_headline&score>=0.8")  # BODY scores 0.88


def test_an_introduction_under_the_score_or_with_the_rule_off_keeps_the_outside_score() -> None:
    assert _introduction(GROWING.model_copy(update={"under_headline_min_score": 0.9}))[0] is Label.CHROME
    assert _introduction(GROWING.model_copy(update={"under_headline_min_score": None}))[0] is Label.CHROME
    assert _introduction(GROWING.model_copy(update={"outside_min_score": 0.85})) == (
        Label.BODY,
        "out_of_region&score>=0.85",
    )


def test_a_line_under_the_headline_that_is_no_sentence_stays_chrome() -> None:
    assert _introduction(end="")[0] is Label.CHROME


def test_a_sentence_under_the_headline_outside_the_element_of_the_regions_prose_stays_chrome() -> None:
    assert _introduction(inside=False)[0] is Label.CHROME


def test_a_sentence_right_under_the_headline_at_the_standfirst_score_is_body_in_any_element() -> None:
    assert _introduction(STANDFIRST, inside=False, vote=SURE_SENTENCE) == (Label.BODY, "standfirst&score>=0.9")
    # Inside the element of the region's prose too, under its own rule.
    assert _introduction(STANDFIRST, vote=SURE_SENTENCE) == (Label.BODY, "standfirst&score>=0.9")


def test_a_standfirst_under_its_score_no_sentence_or_with_the_rule_off_stays_chrome() -> None:
    # BODY scores 0.88: under the standfirst score, and outside the element of the region's prose.
    assert _introduction(STANDFIRST, inside=False)[0] is Label.CHROME
    assert _introduction(STANDFIRST, inside=False, vote=SURE_SENTENCE, end="")[0] is Label.CHROME
    off = STANDFIRST.model_copy(update={"standfirst_min_score": None})
    assert _introduction(off, inside=False, vote=SURE_SENTENCE)[0] is Label.CHROME
    assert (
        _introduction(STANDFIRST.model_copy(update={"standfirst_min_score": 0.93}), inside=False, vote=SURE_SENTENCE)[0]
        is Label.CHROME
    )


def test_on_a_page_whose_title_names_no_heading_its_last_h1_opens_the_introduction() -> None:
    assert _introduction(title="Acme Harbour Services") == (Label.BODY, "under_headline&score>=0.8")


def test_on_a_page_whose_title_names_no_heading_a_lower_heading_opens_nothing() -> None:
    assert _introduction(title="Acme Harbour Services", heading="h2")[0] is Label.CHROME


# -- HTML pages: prose below the region, apart from the element of its prose ------------------------


def _below_story(
    *, inside: bool = False, words: int = 20, thread: bool = False, **settings: object
) -> list[tuple[Label, str]]:
    """Decisions on: three prose paragraphs of a story, a share bar of eight buttons, then a line that scores 0.98
    (`STRONG`), over the outside score, in an element beside the story's, or inside it where `inside`; `words` long
    (prose from 20). A thread's vote stands on the share bar's first line where `thread`."""
    paragraphs = "".join(f"<p>{line(20, stopwords=5, seed=seed, end='.')}</p>" for seed in range(3))
    sites = ("Facebook", "Twitter", "Email", "Reddit", "LinkedIn", "WhatsApp", "Telegram", "Pinterest")
    labels = [f"Share on {site}" for site in sites]
    buttons = "".join(f"<p>{label}</p>" for label in labels)
    last = f"<p>{line(words, stopwords=5, seed=67, end='.')}</p>"
    story = f'<div class="story">{paragraphs}<div class="tools">{buttons}</div>{last if inside else ""}</div>'
    about = "" if inside else f'<div class="about">{last}</div>'
    segmented = segment_html(f"<html><body>{story}{about}</body></html>")
    bar = [[THREAD, CHROME] if thread else [CHROME]] + [[CHROME]] * (len(labels) - 1)
    defaults = CombineSettings(weights={"probe": 2.0, "strong": 4.0}, context_max_words=0)
    combined = combine(segmented, [[BODY], [BODY], [BODY], *bar, [STRONG]], defaults.model_copy(update=settings))
    return list(zip(combined.labels, combined.decisions, strict=True))


def test_below_the_region_a_prose_line_apart_from_its_prose_is_chrome_whatever_its_score() -> None:
    decided = _below_story()

    assert [label for label, _ in decided[:3]] == [Label.BODY] * 3
    assert decided[-1] == (Label.CHROME, "after_region&apart")


@pytest.mark.parametrize(
    "case",
    [
        {"inside": True},  # in the story's own element
        {"words": 19},  # a short line: a specification's, not a blurb
        {"thread": True},  # a readers' thread: its answers stand beside the question
        {"after_region_apart": False},
    ],
    ids=["inside", "short", "thread", "turned_off"],
)
def test_below_the_region_the_outside_score_decides_otherwise(case: dict[str, object]) -> None:
    assert _below_story(**case)[-1] == (Label.BODY, "out_of_region&score>=0.95")
