"""button_label: a short call to action written more than once on a page is a template's button."""

from __future__ import annotations

import pytest
from helpers import line, votes

from cleaner import Cleaner, CleanResult
from cleaner.heuristics.base import create
from cleaner.heuristics.button_label import ButtonLabel
from cleaner.pipeline import DEFAULT_HEURISTICS
from cleaner.segment.html import segment_html

S = ButtonLabel().settings
REASON = "repeated_call_to_action"


def _cards(label: str, copies: int) -> str:
    """`copies` cards, each a paragraph of its own and `label` under it."""
    parts = []
    for card in range(copies):
        parts += [line(15, stopwords=4, seed=card, end="."), label]
    return "\n\n".join(parts)


def _label_votes(label: str, copies: int, heuristic: ButtonLabel | None = None) -> list[object]:
    result = votes(heuristic or ButtonLabel(), _cards(label, copies))
    assert all(vote is None for vote in result[0::2]), "the cards' paragraphs are no buttons"
    return result[1::2]


def test_call_to_action_under_every_card_votes_chrome() -> None:
    result = _label_votes("Book now", 3)

    assert all(vote is not None and vote.value == -1.0 and vote.reason == REASON for vote in result)


def test_call_to_action_written_as_often_as_the_edge_votes_chrome() -> None:
    result = _label_votes("Learn more", S.min_repeats)

    assert all(vote is not None and vote.reason == REASON for vote in result)


def test_call_to_action_written_once_abstains() -> None:
    assert _label_votes("Learn more", S.min_repeats - 1) == [None] * (S.min_repeats - 1)


@pytest.mark.parametrize(
    ("label", "voted"),
    [
        ("Find out more", True),  # max_words
        ("Find out more now", False),  # one word past it
        ("Start", True),
    ],
)
def test_label_at_most_max_words_long(label: str, voted: bool) -> None:
    assert len(label.split()) <= S.max_words or not voted
    assert all((vote is not None) is voted for vote in _label_votes(label, 3))


@pytest.mark.parametrize("label", ["Add to compare", "Show more", "Calculate shipping", "Toggle caption", "Sort by"])
def test_control_a_grid_writes_under_every_card_votes_chrome(label: str) -> None:
    assert all(vote is not None and vote.reason == REASON for vote in _label_votes(label, 3))


@pytest.mark.parametrize("label", ["Our services", "Price list", "More details", "2 bedrooms"])
def test_repeated_short_line_without_a_verb_of_action_abstains(label: str) -> None:
    assert _label_votes(label, 3) == [None] * 3


def test_verb_of_action_must_open_the_line() -> None:
    assert _label_votes("Details to view", 3) == [None] * 3


def test_repeat_ignores_case_and_punctuation() -> None:
    text = "\n\n".join(["Get started", line(15, stopwords=4, seed=1, end="."), "GET STARTED!", line(9, seed=2)])

    result = votes(ButtonLabel(), text)

    assert [vote is not None for vote in result] == [True, False, True, False]


def test_edges_follow_custom_settings() -> None:
    strict = ButtonLabel(min_repeats=3, max_words=2, verbs=("enquire",))

    assert _label_votes("Enquire now", 2, strict) == [None, None]
    assert all(vote is not None for vote in _label_votes("Enquire now", 3, strict))
    assert _label_votes("Enquire about rooms", 3, strict) == [None] * 3
    assert _label_votes("Book now", 3, strict) == [None] * 3


def test_buttons_between_a_pages_paragraphs_are_chrome_that_their_neighbours_made_body() -> None:
    paragraphs = [
        "Our walking tour of the old harbour takes two hours and ends at the lighthouse on the point.",
        "Our boat tour of the bay takes three hours and stops at the island where the seals rest.",
        "Our cycling tour of the valley takes a whole day and follows the river up to the old mill.",
    ]
    text = "\n\n".join(part for paragraph in paragraphs for part in (paragraph, "Book now"))
    without = Cleaner(heuristics=[create(name) for name in DEFAULT_HEURISTICS if name != "button_label"])

    def buttons(result: CleanResult) -> list[str]:
        return [block.label.value for block in result.blocks if block.text == "Book now"]

    assert buttons(without.clean(text, format="text"))[:2] == ["body", "body"]
    result = Cleaner().clean(text, format="text")
    assert buttons(result) == ["chrome"] * 3
    assert all(paragraph in result.text for paragraph in paragraphs)


CLOSING = "call_to_action_before_heading"


def _section_votes(label: str, heading: str = "h2", heuristic: ButtonLabel | None = None) -> list[object]:
    """Votes on an HTML page of two sections, `label` closing the first, the second opened by a `heading`."""
    body = line(15, stopwords=4, seed=1, end=".")
    html = (
        f"<html><body><h2>First section</h2><p>{body}</p><div>{label}</div>"
        f"<{heading}>Second section</{heading}><p>{line(15, stopwords=4, seed=2, end='.')}</p></body></html>"
    )
    segmented = segment_html(html)
    result = (heuristic or ButtonLabel()).vote(segmented)
    return [vote for text, vote in zip(segmented.texts, result, strict=True) if text == label]


def test_call_to_action_written_once_above_a_heading_votes_chrome() -> None:
    (vote,) = _section_votes("Explore pricing")

    assert vote is not None and vote.value == -1.0 and vote.reason == CLOSING


def test_call_to_action_written_once_above_a_paragraph_abstains() -> None:
    assert _section_votes("Explore pricing", heading="p") == [None]


@pytest.mark.parametrize(
    "label",
    [
        "Explore the chapters:",  # introduces what follows
        "Try it today.",  # a sentence
        "👉 Try Filmora",  # a pointer opened by a symbol
        "Explore our pricing plans",  # one word past max_words
    ],
)
def test_line_above_a_heading_that_is_no_button_abstains(label: str) -> None:
    assert _section_votes(label) == [None]


def test_section_end_follows_its_setting() -> None:
    assert _section_votes("Explore pricing", heuristic=ButtonLabel(section_end=False)) == [None]


OFFER = "shop_offer"
REWARD = "reward_offer"


@pytest.mark.parametrize(
    ("offer", "reason"),
    [
        ("$75 at Amazon", OFFER),
        ("$32 $29 at Amazon", OFFER),  # the price struck through, then the sale price
        ("$115 at Wayfair$115 at Nordstrom", OFFER),  # two buttons glued
        ("$58 at Amazon $78 at Wayfair $78 at Home Depot", OFFER),
        ("£40 at John Lewis", OFFER),
        ("$185 at pooky.com", OFFER),
        # What buying the product earns, beside its price.
        ("Earn $13.70 in rewards, with 5% back, plus more exclusive perks", REWARD),
        ("Members get an est. $9.99 in rewards", REWARD),
        ("Members get an estimated $9.99 (10%) back on this item as a part of your annual Member Reward.", REWARD),
        ("Members earn 179 points on this purchase.", REWARD),
        ("Become a member to earn 239 points today.", REWARD),
        ("Purchasing this product earns 176XP", REWARD),
    ],
)
def test_a_shops_offer_is_chrome_even_written_once(offer: str, reason: str) -> None:
    result = votes(ButtonLabel(), f"{line(15, stopwords=4, end='.')}\n\n{offer}")

    assert result[0] is None
    assert result[1] is not None and result[1].value == -1.0 and result[1].reason == reason


@pytest.mark.parametrize(
    "text",
    [
        "$5 at Walmart, the kettle is a steal",  # a comma: a sentence goes on
        "$5 at Walmart is a steal.",  # a full stop ends a sentence
        "Buy it for $75 at Amazon",  # the price does not open the line
        "$75 on Amazon",  # no "at"
        "$75 at",  # no shop
        "$75 at the shop down the road from the harbour, which is open every day of the week",
    ],
)
def test_a_line_that_is_more_than_prices_at_shops_is_no_offer(text: str) -> None:
    assert votes(ButtonLabel(), f"{line(15, stopwords=4, end='.')}\n\n{text}")[1] is None


@pytest.mark.parametrize(
    "text",
    [
        "Members earn 1 point per dollar spent on rentals.",  # a rate: the programme's rule
        "Members earn $20 reward for every $300 spent.",
        "Members get 10% back annually on every eligible purchase.",  # a share alone
        "You get rewards points for every purchase.",  # no amount
        "Earn your $30 membership back.",  # the amount does not follow the verb
    ],
)
def test_a_rewards_programme_explained_is_no_offer(text: str) -> None:
    assert votes(ButtonLabel(), f"{line(15, stopwords=4, end='.')}\n\n{text}")[1] is None


def test_a_reward_offer_is_a_short_line() -> None:
    """At `reward_offer_max_words` the line is an offer; one word more, it is an article's paragraph."""
    offer = "Members earn 179 points on this purchase"
    padding = S.reward_offer_max_words - len(offer.split())
    at_most = f"{offer} {line(padding, stopwords=2, seed=3, end='.')}"
    past = f"{offer} {line(padding + 1, stopwords=2, seed=3, end='.')}"

    assert votes(ButtonLabel(), f"{line(15, stopwords=4, end='.')}\n\n{at_most}")[1].reason == REWARD
    assert votes(ButtonLabel(), f"{line(15, stopwords=4, end='.')}\n\n{past}")[1] is None


def test_a_reward_offer_is_chrome_whatever_its_score() -> None:
    page = (
        "<html><body><main><h1>Trail Pack</h1>"
        f"<p>{line(30, stopwords=10, end='.')}</p>"
        "<p>Members get an estimated $9.99 (10%) back on this item as a part of your annual Member Reward.</p>"
        f"<p>{line(30, stopwords=10, seed=2, end='.')}</p>"
        "</main></body></html>"
    )
    result = Cleaner().clean(page, format="html")

    offer = next(block for block in result.blocks if block.text.startswith("Members get"))
    assert offer.label.value == "chrome"
    assert "Members get" not in result.text
