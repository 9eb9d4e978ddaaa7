"""dom_hints: semantic containers and class/id names, ignoring names that label the whole page."""

from __future__ import annotations

import math

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from pydantic import ValidationError

from cleaner.heuristics.dom_hints import CHROME_WORDS, SURE_ROOTS, DomHints, DomHintsSettings, page_wide
from cleaner.model import Vote
from cleaner.segment.html import segment_html
from cleaner.segment.text import segment_text

PLAIN_BLOCKS = "".join(f"<p>Paragraph {n}.</p>" for n in range(8))


def _votes(body: str) -> list[Vote | None]:
    return DomHints().vote(segment_html(f"<html><body>{body}</body></html>"))


@pytest.mark.parametrize("container", ["nav", "aside", "footer", "header"])
def test_blocks_inside_chrome_containers_are_chrome(container: str) -> None:
    votes = _votes(f"<{container}><p>Probe</p></{container}>{PLAIN_BLOCKS}")

    assert votes[0] is not None
    assert votes[0].value == -1.0
    assert votes[0].reason == f"inside_{container}"
    assert votes[1:] == [None] * 8


@pytest.mark.parametrize(
    "name",
    [
        "commentlist", "site-navigation", "menu_bar", "RelatedPosts", "cookie-banner", "customer-reviews",
        "newsletter-box", "subscribe-form", "SubscriptionCta", "signup_footer", "modal-dialog", "post-signature",
        "share-popover", "nocontent", "message-userTitle", "message-userDetails", "userinfo_extra", "postprofile",
        "paywall-box", "bbCodeBlock--unfurl", "onebox allowlistedgeneric", "breadcrumb-trail", "woocommerce-breadcrumb",
    ],
)  # fmt: skip
def test_chrome_roots_are_found_inside_class_and_id_words(name: str) -> None:
    votes = _votes(f'<div class="{name}"><p>Probe</p></div><div id="x-{name}"><p>Probe</p></div>{PLAIN_BLOCKS}')

    assert votes[0] is not None
    assert votes[0].value < 0
    assert votes[1] == votes[0]


@pytest.mark.parametrize("name", SURE_ROOTS)
def test_a_sure_name_near_the_block_votes_it_surely_chrome(name: str) -> None:
    votes = _votes(f'<div class="x-{name}"><p>Probe</p></div>{PLAIN_BLOCKS}')

    assert votes[0] == Vote(heuristic="dom_hints", value=-1.0, reason=f"named_{name}")


@pytest.mark.parametrize("name", ["menu", "footer", "modal", "newsletter", "cookie", "consent"])
def test_other_chrome_names_vote_short_of_sure(name: str) -> None:
    votes = _votes(f'<div class="x-{name}"><p>Probe</p></div>{PLAIN_BLOCKS}')

    assert votes[0] is not None
    assert -1.0 < votes[0].value < 0


def test_a_name_dropped_from_the_sure_roots_votes_short_of_sure() -> None:
    heuristic = DomHints(DomHintsSettings(sure_roots=("popover",)))
    votes = heuristic.vote(segment_html(f'<html><body><div class="post-signature"><p>Probe</p></div>{PLAIN_BLOCKS}'))

    assert votes[0] is not None
    assert votes[0].value == -0.7


def test_a_sure_root_that_is_no_chrome_root_is_refused_with_the_roots_expected() -> None:
    with pytest.raises(ValidationError, match=r"\['sidebar'\] are not chrome roots: expected some of \("):
        DomHintsSettings(sure_roots=("signature", "sidebar"))


@pytest.mark.parametrize("name", ["sidebar", "share", "widget", "ad", "promo"])
def test_names_that_also_label_layout_and_content_are_no_hint(name: str) -> None:
    assert _votes(f'<div class="{name}"><p>Probe</p></div>{PLAIN_BLOCKS}')[0] is None


@pytest.mark.parametrize("container", ["section", "div"])
def test_plain_containers_are_no_hint(container: str) -> None:
    assert _votes(f"<{container}><p>Probe</p></{container}>{PLAIN_BLOCKS}")[0] is None


PROSE = "<p>" + " ".join(["the parcel was sent to the old house by the shop"] * 2) + ".</p>"


def _form(lines: int, prose: str = "") -> str:
    return "<form>" + "".join(f"<p>Size {n}</p>" for n in range(lines)) + prose + "</form>"


@pytest.mark.parametrize("lines", [1, DomHintsSettings().form_max_blocks])
def test_a_short_form_without_prose_is_an_input_panel(lines: int) -> None:
    votes = _votes(_form(lines) + PLAIN_BLOCKS)

    assert {(vote.value, vote.reason) for vote in votes[:lines] if vote} == {(-1.0, "inside_input_form")}
    assert None not in votes[:lines]
    assert votes[lines:] == [None] * 8


def test_a_longer_form_without_prose_is_no_hint() -> None:
    lines = DomHintsSettings().form_max_blocks + 1
    assert _votes(_form(lines) + PLAIN_BLOCKS)[:lines] == [None] * lines


def test_a_form_holding_a_line_of_prose_is_no_hint() -> None:
    assert _votes(_form(3, PROSE) + PLAIN_BLOCKS)[:4] == [None] * 4


def test_a_line_one_word_short_of_prose_leaves_the_form_an_input_panel() -> None:
    words = DomHintsSettings().form_prose_min_words - 1
    short = "<p>" + " ".join(["the"] * words) + ".</p>"
    assert _votes(_form(3, short) + PLAIN_BLOCKS)[3] == Vote(
        heuristic="dom_hints", value=-1.0, reason="inside_input_form"
    )


def test_a_form_around_the_whole_page_is_no_hint() -> None:
    assert _votes(_form(5)) == [None] * 5


def test_article_and_content_names_lean_body() -> None:
    votes = _votes(f'<article><p>Probe</p></article><div class="entry-content"><p>Probe</p></div>{PLAIN_BLOCKS}')

    assert votes[0] is not None
    assert votes[0].value > 0
    assert votes[1] is not None
    assert votes[1].value > 0


@pytest.mark.parametrize("container", ["nav", "aside", "footer", "header"])
def test_a_sure_name_inside_a_chrome_container_votes_in_its_place(container: str) -> None:
    votes = _votes(f'<{container}><div class="message-signature"><p>Probe</p></div></{container}>{PLAIN_BLOCKS}')

    assert votes[0] == Vote(heuristic="dom_hints", value=-1.0, reason="named_signature")


def test_a_chrome_container_outweighs_a_name_short_of_sure_inside_it() -> None:
    votes = _votes(f'<aside><div class="newsletter-box"><p>Probe</p></div></aside>{PLAIN_BLOCKS}')

    assert votes[0] == Vote(heuristic="dom_hints", value=-1.0, reason="inside_aside")


def test_a_chrome_container_outweighs_a_body_name_inside_it() -> None:
    votes = _votes(f'<footer><div class="content"><p>Probe</p></div></footer>{PLAIN_BLOCKS}')

    assert votes[0] is not None
    assert votes[0].value == -1.0


def test_a_name_on_nearly_every_block_says_nothing() -> None:
    share = DomHints().settings.page_wide_share
    blocks = 20
    labelled = math.ceil(share * blocks)  # at the share: page-wide
    body = "".join(f'<div class="menu-layout"><p>Block {n}</p></div>' for n in range(labelled))
    body += "".join(f"<p>Other {n}</p>" for n in range(blocks - labelled))

    assert _votes(body) == [None] * blocks


def test_a_name_on_fewer_blocks_than_the_share_still_counts() -> None:
    share = DomHints().settings.page_wide_share
    blocks = 20
    labelled = math.ceil(share * blocks) - 1
    body = "".join(f'<div class="menu"><p>Block {n}</p></div>' for n in range(labelled))
    body += "".join(f"<p>Other {n}</p>" for n in range(blocks - labelled))

    votes = _votes(body)

    assert all(vote is not None and vote.value < 0 for vote in votes[:labelled])


def _nested(names: list[str]) -> str:
    """A probe paragraph inside one div per name, the first outermost."""
    return "".join(f'<div class="{name}">' for name in names) + "<p>Probe</p>" + "</div>" * len(names)


def test_a_chrome_name_within_the_nearest_named_elements_counts_in_full() -> None:
    near = DomHints().settings.near_named_ancestors
    farthest_near = ["related", *[f"box{n}" for n in range(near - 1)]]  # the chrome name, then near - 1 below it

    vote = _votes(_nested(farthest_near) + PLAIN_BLOCKS)[0]

    assert vote is not None
    assert (vote.value, vote.reason) == (-0.7, "named_related")


def test_a_paywall_name_on_the_article_far_above_casts_part_of_a_vote() -> None:
    """A site that names the locked article itself "paywall" keeps its paragraphs within reach of the body."""
    settings = DomHints().settings
    article = ["paywall", *[f"section{n}" for n in range(settings.near_named_ancestors)]]

    vote = _votes(_nested(article) + PLAIN_BLOCKS)[0]

    assert vote is not None
    assert (vote.value, vote.reason) == (-0.7 * settings.far_name_share, "named_paywall_further_up")


def test_a_chrome_name_further_up_casts_its_share_of_the_vote() -> None:
    settings = DomHints().settings
    one_too_far = ["related", *[f"box{n}" for n in range(settings.near_named_ancestors)]]

    vote = _votes(_nested(one_too_far) + PLAIN_BLOCKS)[0]
    unnamed_between = _votes('<div class="related"><div><div><p>Probe</p></div></div></div>' + PLAIN_BLOCKS)[0]

    assert vote is not None
    assert (vote.value, vote.reason) == (-0.7 * settings.far_name_share, "named_related_further_up")
    assert unnamed_between is not None
    assert unnamed_between.value == -0.7  # only elements with a name count as steps up


@pytest.mark.parametrize("box", ["modal-dialog", "newsletter-signup", "site-footer", "cookie-notice"])
def test_the_name_of_a_box_that_holds_only_itself_counts_in_full_at_any_distance(box: str) -> None:
    vote = _votes(_nested([box, "a", "b", "c"]) + PLAIN_BLOCKS)[0]

    assert vote is not None
    assert vote.value == -0.7


def test_a_near_chrome_name_wins_over_a_far_one() -> None:
    vote = _votes(_nested(["related", "a", "b", "comment-body"]) + PLAIN_BLOCKS)[0]

    assert vote is not None
    assert (vote.value, vote.reason) == (-0.7, "named_comment")


def test_far_names_count_in_full_or_not_at_all_when_asked() -> None:
    page = segment_html(f"<html><body>{_nested(['menu', 'a', 'b', 'c'])}{PLAIN_BLOCKS}</body></html>")

    votes = [DomHints(**settings).vote(page)[0] for settings in ({"near_named_ancestors": 4}, {"far_name_share": 1.0})]

    assert [vote.value if vote is not None else None for vote in votes] == [-0.7, -0.7]
    assert DomHints(far_name_share=0.0).vote(page)[0] is None


def test_text_pages_get_no_votes() -> None:
    assert DomHints().vote(segment_text("Home\n\nSome paragraph of text.")) == [None, None]


@pytest.mark.parametrize("name", ["comment-list", "product-reviews"])
def test_comments_and_customer_reviews_are_kept_when_comments_are_wanted(name: str) -> None:
    page = segment_html(f'<html><body><div class="{name}"><p>Probe</p></div>{PLAIN_BLOCKS}</body></html>')

    assert DomHints().vote(page)[0] is not None
    assert DomHints(comments_are_chrome=False).vote(page)[0] is None


def _page_votes(title: str, body: str) -> list[Vote | None]:
    return DomHints().vote(segment_html(f"<html><head><title>{title}</title></head><body>{body}</body></html>"))


def test_a_header_inside_main_heads_content_not_the_page() -> None:
    votes = _page_votes(
        "Acme",
        f"<header><p>Site banner</p></header><main><header><p>Record your screen in a click</p></header>"
        f"{PLAIN_BLOCKS}</main>",
    )

    assert votes[0] is not None
    assert votes[0].reason == "inside_header"
    assert votes[1] is None or votes[1].value > 0


def test_a_header_inside_main_that_holds_the_headline_is_the_articles_header() -> None:
    headline = "Storm closes the coastal road for a week"
    votes = _page_votes(
        headline, f"<main><header><h1>{headline}</h1><p>A standfirst under it.</p></header>{PLAIN_BLOCKS}</main>"
    )

    assert votes[1] is not None
    assert votes[1].value == -1.0
    assert votes[1].reason == "inside_header"


_STORY = "<article><header><h2>Storm closes the coastal road</h2><p>Posted on May 2</p></header><p>Story.</p></article>"


def test_an_articles_header_title_is_the_articles_and_its_other_lines_chrome() -> None:
    votes = _page_votes("News hub", f"{_STORY}{_STORY}{PLAIN_BLOCKS}")

    assert [vote.reason if vote else None for vote in votes[:3]] == [
        "inside_article",
        "inside_header",
        "inside_article",
    ]


def test_an_articles_header_line_of_its_own_is_its_title() -> None:
    votes = _page_votes(
        "News hub", f"<article><header>Storm closes the road</header><p>Story.</p></article>{PLAIN_BLOCKS}"
    )

    assert votes[0] is not None
    assert votes[0].reason == "inside_article"


def test_article_titles_stay_chrome_where_the_headline_stands_in_a_header() -> None:
    headline = "Storm closes the coastal road for a week"
    story = _STORY.replace("Storm closes the coastal road", "Floods in the valley")
    votes = _page_votes(headline, f"<header><h1>{headline}</h1></header>{PLAIN_BLOCKS}{story}")

    assert votes[-3] is not None
    assert votes[-3].reason == "inside_header"


def test_a_footer_inside_main_stays_chrome() -> None:
    votes = _page_votes("Acme", f"<main>{PLAIN_BLOCKS}<footer><p>Tags: storms</p></footer></main>")

    assert votes[-1] is not None
    assert votes[-1].reason == "inside_footer"


NAME_SETS = st.lists(st.frozensets(st.sampled_from("abcdef"), max_size=4), max_size=30)


@given(NAME_SETS, st.sampled_from([0.0, 0.3, 0.5, 0.8, 0.95, 1.0]))
@example([frozenset("a")] * 19 + [frozenset()], 0.95)  # at the share exactly
@example([frozenset("a"), frozenset("b"), frozenset("ab")], 0.6)  # no set common enough to be required
def test_page_wide_names_are_those_in_at_least_the_share_of_the_sets(sets: list[frozenset[str]], share: float) -> None:
    expected = {name for name in "abcdef" if sum(name in names for names in sets) >= share * len(sets)}

    assert page_wide(tuple(sets), share) == frozenset(expected & frozenset().union(*sets))


@pytest.mark.parametrize("name", ["cta", "block-cta", "cta box", "x-cta-banner"])
def test_a_call_to_action_named_as_a_whole_word_is_surely_chrome(name: str) -> None:
    votes = _votes(f'<div class="{name}"><p>Ready to start?</p></div>{PLAIN_BLOCKS}')

    assert votes[0] == Vote(heuristic="dom_hints", value=-1.0, reason="named_cta")
    assert votes[1:] == [None] * 8


@pytest.mark.parametrize("name", ["rectangle", "doctable", "ctabox"])
def test_a_call_to_action_inside_another_word_is_no_hint(name: str) -> None:
    assert _votes(f'<div class="{name}"><p>Probe</p></div>{PLAIN_BLOCKS}')[0] is None


def _cta_share_page(cta_words: int, other_words: int) -> str:
    cta = " ".join(["word"] * cta_words)
    other = " ".join(["word"] * other_words)
    return f'<div class="cta"><p>{cta}</p></div><p>{other}</p>'


def test_a_call_to_action_name_on_up_to_the_share_of_the_words_counts() -> None:
    share = DomHints().settings.chrome_word_max_share  # 0.5: 10 words of 20 at the edge
    votes = _votes(_cta_share_page(int(share * 20), 20 - int(share * 20)))

    assert votes[0] is not None
    assert votes[0].reason == "named_cta"


def test_a_call_to_action_name_on_more_than_the_share_of_the_words_names_the_layout() -> None:
    share = DomHints().settings.chrome_word_max_share
    votes = _votes(_cta_share_page(int(share * 20) + 1, 20 - int(share * 20) - 1))

    assert votes[0] is None


def test_an_author_box_votes_its_paragraphs_about_the_writer_chrome() -> None:
    fewest = CHROME_WORDS["author"]
    bio = " ".join(["word"] * fewest)
    votes = _votes(f'<div class="author-box"><p>{bio}</p></div>{PLAIN_BLOCKS}')

    assert votes[0] == Vote(heuristic="dom_hints", value=-1.0, reason="named_author")


def test_an_author_box_leaves_its_shorter_lines_a_byline() -> None:
    fewest = CHROME_WORDS["author"]
    name = " ".join(["Name"] * (fewest - 1))
    votes = _votes(f'<div class="author-name"><p>{name}</p></div>{PLAIN_BLOCKS}')

    assert votes[0] is None


@pytest.mark.parametrize("name_first", [True, False])
def test_an_author_box_judges_each_of_its_blocks_by_its_own_length(name_first: bool) -> None:
    fewest = CHROME_WORDS["author"]
    name, bio = " ".join(["Name"] * (fewest - 1)), " ".join(["word"] * fewest)
    lines = [name, bio] if name_first else [bio, name]
    box = "".join(f"<p>{line}</p>" for line in lines)
    votes = _votes(f'<div class="author-box">{box}</div>{PLAIN_BLOCKS}')

    by_line = dict(zip(lines, votes[:2], strict=True))
    assert by_line[name] is None
    assert by_line[bio] == Vote(heuristic="dom_hints", value=-1.0, reason="named_author")
