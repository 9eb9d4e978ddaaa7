"""attached_list: a run of list lines right after a prose paragraph is that paragraph's list."""

from __future__ import annotations

import math

import pytest
from helpers import line, votes

from cleaner.heuristics.attached_list import AttachedList
from cleaner.segment.html import segment_html

S = AttachedList().settings
ITEM = math.ceil(S.mean_item_min_words)


def _intro(words: int = S.intro_min_words) -> str:
    return line(words, stopwords=math.ceil(S.intro_min_stopword_share * words), seed=1, end=".")


def _page(intro: str, items: list[str], after: str = "") -> str:
    """The intro paragraph, then the items on consecutive lines, then an optional paragraph."""
    parts = [intro, "\n".join(items)]
    return "\n\n".join([*parts, after] if after else parts)


def _items(count: int = S.min_items, words: int = ITEM) -> list[str]:
    return [line(words, seed=10 + i) for i in range(count)]


def test_list_after_a_prose_paragraph_votes_body() -> None:
    result = votes(AttachedList(), _page(_intro(), _items()))

    assert result[0] is None
    assert all(vote is not None and vote.value > 0 and vote.reason == "list_after_prose" for vote in result[1:])


def test_list_after_a_lead_in_ending_with_a_colon_votes_body() -> None:
    result = votes(AttachedList(), _page("You will need:", _items()))

    assert all(vote is not None for vote in result[1:])


def _headed(heading: str, between: int = 0) -> str:
    """The intro paragraph, `between` meta lines, the heading, then the items."""
    meta = [f"Serves {index + 2}" for index in range(between)]
    return "\n\n".join([_intro(), *meta, heading, "\n".join(_items())])


def test_list_under_a_heading_just_under_prose_votes_body() -> None:
    result = votes(AttachedList(), _headed("Ingredients", between=S.heading_max_blocks_after_prose - 1))

    assert result[: S.heading_max_blocks_after_prose + 1] == [None] * (S.heading_max_blocks_after_prose + 1)
    assert all(vote is not None for vote in result[-S.min_items :])


def test_a_heading_further_under_the_prose_introduces_nothing() -> None:
    result = votes(AttachedList(), _headed("Ingredients", between=S.heading_max_blocks_after_prose))

    assert result[-S.min_items :] == [None] * S.min_items


def test_a_heading_is_short_ends_unlike_a_sentence_and_calls_to_no_action() -> None:
    longest = " ".join(["Required"] * S.heading_max_words)

    assert votes(AttachedList(), _headed(longest))[-1] is not None
    assert votes(AttachedList(), _headed(f"{longest} documents"))[-1] is None
    assert votes(AttachedList(), _headed("Required documents."))[-1] is None
    assert votes(AttachedList(), _headed("Share this"))[-1] is None


def _sections(between: int = 0) -> str:
    """The intro paragraph, a heading and its items, `between` meta lines, then a second heading and its items."""
    meta = [f"Week {index + 2}" for index in range(between)]
    first, second = "\n".join(_items()), "\n".join(line(ITEM, seed=20 + i) for i in range(S.min_items))
    return "\n\n".join([_intro(), "First month", first, *meta, "Second month", second])


def test_a_heading_just_under_an_attached_list_heads_the_next_section_whose_list_is_attached() -> None:
    result = votes(AttachedList(), _sections(between=S.heading_max_blocks_after_prose - 1))

    assert result[-S.min_items - 1] is None  # the heading
    assert all(vote is not None for vote in result[-S.min_items :])


def test_a_heading_further_under_an_attached_list_introduces_nothing() -> None:
    result = votes(AttachedList(), _sections(between=S.heading_max_blocks_after_prose))

    assert all(vote is not None for vote in result[2 : 2 + S.min_items])
    assert result[-S.min_items :] == [None] * S.min_items


def test_a_menu_under_the_site_name_has_no_introduction() -> None:
    page = "\n\n".join(["Salt & Ember", "Recipes", "\n".join(_items()), _intro()])

    assert votes(AttachedList(), page)[2:4] == [None, None]


def test_a_lead_in_calling_to_action_introduces_a_share_bar_not_a_list() -> None:
    assert votes(AttachedList(), _page("Share this:", _items()))[1:] == [None] * S.min_items
    assert votes(AttachedList(), _page("Follow us on social media:", _items()))[1:] == [None] * S.min_items


def test_a_lead_in_naming_a_legal_topic_still_introduces_a_list() -> None:
    """Documentation's "Cookies:" lead-in uses a legal word, but it calls to no action."""
    assert all(vote is not None for vote in votes(AttachedList(), _page("Cookies:", _items()))[1:])


def test_intro_one_word_short_of_prose_is_no_introduction() -> None:
    assert votes(AttachedList(), _page(_intro(S.intro_min_words - 1), _items()))[1:] == [None] * S.min_items


def test_fewer_items_than_a_list_abstain() -> None:
    short = _page(_intro(), _items(S.min_items - 1), after=_intro())

    assert all(vote is None for vote in votes(AttachedList(), short))


def test_a_recipes_ingredients_of_three_and_four_words_vote_and_a_menu_of_one_and_two_abstain() -> None:
    ingredients = ["3 large eggs", "20 cl of cream", "100 g of grated cheese", "1 pie crust"]  # 3.75 words each
    menu = ["Home", "World news", "Sport", "Culture and arts"]

    assert all(vote is not None for vote in votes(AttachedList(), _page(_intro(), ingredients))[1:])
    assert votes(AttachedList(), _page(_intro(), menu))[1:] == [None] * len(menu)


def test_items_averaging_the_least_words_vote_and_one_word_less_abstain() -> None:
    at = votes(AttachedList(), _page(_intro(), _items(words=ITEM)))
    below = votes(AttachedList(), _page(_intro(), _items(words=ITEM - 1)))

    assert all(vote is not None for vote in at[1:])
    assert below[1:] == [None] * S.min_items


def test_items_up_to_the_longest_a_list_item_may_run_vote_and_one_word_more_abstain() -> None:
    longest = [*_items(S.min_items - 1), line(S.long_item_max_words, seed=30)]
    over = [*_items(S.min_items - 1), line(S.long_item_max_words + 1, seed=30)]

    assert all(vote is not None for vote in votes(AttachedList(), _page(_intro(), longest))[1:])
    assert votes(AttachedList(), _page(_intro(), over))[1:] == [None] * S.min_items


def test_a_run_of_long_items_writing_a_line_twice_is_a_strip_of_cards() -> None:
    bio = line(S.item_max_words + 1, seed=30)
    cards = ["Jane Doe", bio, "Learn more", "John Roe", line(S.item_max_words + 1, seed=31), "Learn more"]
    distinct = [*cards[:-1], "Read on"]

    assert votes(AttachedList(), _page(_intro(), cards))[1:] == [None] * len(cards)
    assert all(vote is not None for vote in votes(AttachedList(), _page(_intro(), distinct))[1:])


def test_a_run_of_short_items_writing_a_line_twice_is_still_a_list() -> None:
    items = [*_items(), _items()[0]]

    assert all(vote is not None for vote in votes(AttachedList(), _page(_intro(), items))[1:])


def test_list_after_the_articles_last_paragraph_is_a_teaser_list() -> None:
    article = "\n\n".join(_intro() for _ in range(S.prose_body_min_blocks))

    guarded = votes(AttachedList(), _page(article, _items()))
    unguarded = votes(AttachedList(prose_body_min_blocks=0), _page(article, _items()))

    assert all(vote is None for vote in guarded)
    assert all(vote is not None for vote in unguarded[-S.min_items :])


def test_menu_at_the_page_start_abstains() -> None:
    text = "\n".join(_items()) + "\n\n" + _intro()

    assert all(vote is None for vote in votes(AttachedList(), text))


def _html_votes(first_item: str, second_item: str) -> list[object]:
    """Votes on an HTML page: an intro paragraph, a two-item list, then a closing paragraph."""
    after = line(S.intro_min_words, stopwords=10, seed=2, end=".")
    html = f"<p>{_intro()}</p><ul><li>{first_item}</li><li>{second_item}</li></ul><p>{after}</p>"
    segmented = segment_html(html)
    assert segmented.texts[1:3] == (line(ITEM, seed=10), line(ITEM, seed=11))
    return AttachedList().vote(segmented)[1:3]


def test_html_list_of_plain_items_votes_body() -> None:
    assert all(vote is not None for vote in _html_votes(line(ITEM, seed=10), line(ITEM, seed=11)))


def test_html_list_of_links_is_no_attached_list() -> None:
    links = [f'<a href="/story/{seed}">{line(ITEM, seed=seed)}</a>' for seed in (10, 11)]

    assert _html_votes(*links) == [None, None]


@pytest.mark.parametrize(
    ("lead_in", "attached"),
    [
        ("Many patches were sent for review this month:", True),
        ("Related stories:", False),  # a label, not a sentence
        ("Many patches were sent for review this month.", False),  # no colon: it leads nowhere
    ],
)
def test_html_list_of_links_under_a_sentence_leading_into_it_is_that_sentence_s_list(
    lead_in: str, attached: bool
) -> None:
    after = line(S.intro_min_words, stopwords=10, seed=2, end=".")
    links = "".join(f'<li><a href="/patch/{seed}">{line(ITEM, seed=seed)}</a></li>' for seed in (10, 11))
    html = f"<p>{_intro()}</p><p>{lead_in}</p><ul>{links}</ul><p>{after}</p>"
    segmented = segment_html(html)
    assert segmented.texts[1] == lead_in

    list_votes = AttachedList().vote(segmented)[2:4]

    assert all((vote is not None) is attached for vote in list_votes)


def test_html_list_half_link_text_still_votes_and_just_over_half_abstains() -> None:
    first, second = line(ITEM, seed=10), line(ITEM, seed=11)
    assert len(first) == len(second)  # the second item linked whole is half the run's characters
    linked = f'<a href="/s">{second}</a>'
    one_more = f'<a href="/x">{first[0]}</a>{first[1:]}'

    assert _html_votes(first, linked) != [None, None]
    assert _html_votes(one_more, linked) == [None, None]


def _html_long_item_votes(list_html: str) -> list[object]:
    """Votes on the lines of `list_html`, set under an intro paragraph and over a closing one."""
    after = line(S.intro_min_words, stopwords=10, seed=2, end=".")
    segmented = segment_html(f"<p>{_intro()}</p>{list_html}<p>{after}</p>")
    return AttachedList().vote(segmented)[1:-1]


def test_html_long_items_vote_as_list_items_and_abstain_as_other_lines() -> None:
    long_item, item = line(S.item_max_words + 1, seed=30), line(ITEM, seed=10)

    listed = _html_long_item_votes(f"<ul><li>{long_item}</li><li>{item}</li></ul>")
    broken = _html_long_item_votes(f"<div>{long_item}<br>{item}</div>")

    assert len(listed) == len(broken) == 2
    assert all(vote is not None for vote in listed)
    assert broken == [None, None]


def test_html_loose_lines_of_a_container_take_no_vote_where_its_paragraphs_and_items_do() -> None:
    """Comments under an answer, a post's date: text a ``div`` holds loose is a widget's, not a list's."""
    item = line(ITEM, seed=10)

    listed = _html_long_item_votes(f"<ul><li>{item}</li><li>{item}!</li></ul>")
    paragraphs = _html_long_item_votes(f"<p>{item}<br>{item}!</p>")
    loose = _html_long_item_votes(f"<div>{item}<br>{item}!</div>")
    mixed = _html_long_item_votes(f"<ul><li>{item}</li></ul><div>{item}!</div>")

    assert all(vote is not None for vote in listed + paragraphs)
    assert loose == [None, None]
    assert mixed[0] is not None and mixed[1] is None
