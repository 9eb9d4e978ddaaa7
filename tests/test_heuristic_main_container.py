"""main_container: the DOM context holding most of the page's prose is the article's."""

from __future__ import annotations

import pytest
from helpers import line

from cleaner.heuristics.main_container import MainContainer
from cleaner.model import Vote
from cleaner.segment.html import segment_html
from cleaner.segment.text import segment_text

S = MainContainer().settings


def _prose(seed: int, words: int = S.prose_min_words) -> str:
    return f"<p>{line(words, stopwords=words // 3, seed=seed, end='.')}</p>"


def _votes(body: str) -> list[Vote | None]:
    return MainContainer().vote(segment_html(f"<html><body>{body}</body></html>"))


def _reasons(body: str) -> list[str | None]:
    return [vote.reason if vote is not None else None for vote in _votes(body)]


def test_blocks_in_the_prose_context_lean_body_and_unrelated_ones_chrome() -> None:
    body = (
        '<div class="menu"><p>Home</p></div>'
        f'<div class="story">{_prose(1)}<p>Short line</p>{_prose(2)}</div>'
        f'<div class="promo">{_prose(3)}</div>'
    )

    assert _reasons(body) == [
        "outside_main_prose_context",
        "in_main_prose_context",
        "in_main_prose_context",
        "in_main_prose_context",
        "outside_main_prose_context",
    ]
    votes = _votes(body)
    assert votes[1] is not None
    assert votes[1].value > 0
    assert votes[0] is not None
    assert votes[0].value < 0


def test_contexts_nested_in_or_around_the_prose_context_get_no_vote() -> None:
    body = (
        f'<div class="story">{_prose(1)}{_prose(2)}'
        '<figure class="photo"><figcaption>A caption</figcaption></figure></div>'
        "<p>Outside every named container</p>"
    )

    assert _reasons(body) == ["in_main_prose_context", "in_main_prose_context", None, None]


def test_lines_just_short_of_prose_make_no_context() -> None:
    body = f'<div class="story">{_prose(1, S.prose_min_words - 1)}</div><div class="menu"><p>Home</p></div>'

    assert _votes(body) == [None, None]


def test_no_context_holding_the_prose_share_means_no_votes() -> None:
    # Two contexts with equal prose: the larger holds exactly half, which is enough ...
    even = f'<div class="a">{_prose(1)}</div><div class="b">{_prose(2)}</div>'
    # ... three with equal prose: a third is not.
    split = even + f'<div class="c">{_prose(3)}</div>'

    assert None not in _votes(even)
    assert _votes(split) == [None, None, None]


def test_text_pages_get_no_votes() -> None:
    assert MainContainer().vote(segment_text("Home\n\n" + line(25, stopwords=8, end="."))) == [None, None]


def _page_with_teasers(title: str) -> list[str | None]:
    """An article of three paragraphs under its headline, then a longer list of teaser standfirsts."""
    article = "".join(_prose(n) for n in range(S.prose_lines_below_headline))
    teasers = "".join(_prose(10 + n) for n in range(S.prose_lines_below_headline + 1))
    body = f'<h1>Storm closes the coast road</h1><div class="story">{article}</div><div class="teasers">{teasers}</div>'

    page = segment_html(f"<html><head><title>{title}</title></head><body>{body}</body></html>")
    return [vote.reason if vote is not None else None for vote in MainContainer().vote(page)]


def test_under_a_known_headline_the_article_context_is_the_one_below_it() -> None:
    reasons = _page_with_teasers("Storm closes the coast road | News")

    assert reasons[1:4] == ["in_main_prose_context"] * 3
    assert reasons[4:] == ["outside_main_prose_context"] * 4


def test_without_a_headline_the_context_with_most_prose_wins() -> None:
    reasons = _page_with_teasers("Something else entirely")

    assert reasons[1:4] == ["outside_main_prose_context"] * 3
    assert reasons[4:] == ["in_main_prose_context"] * 4


def test_under_a_headline_in_an_article_the_context_inside_the_article_wins() -> None:
    # A short post in its <article>, then a longer comment thread outside it.
    post = f'<article><h1>September open thread</h1><div class="entry">{_prose(1)}</div></article>'
    thread = f'<div class="comments">{"".join(_prose(10 + n, 3 * S.prose_min_words) for n in range(2))}</div>'
    page = segment_html(f"<html><head><title>September open thread</title></head><body>{post}{thread}</body></html>")

    reasons = [vote.reason if vote is not None else None for vote in MainContainer().vote(page)]

    assert reasons[1] == "in_main_prose_context"
    assert reasons[2:] == ["outside_main_prose_context"] * 2


def test_prose_in_a_sidebar_never_makes_the_article_context() -> None:
    # Under the headline a list with no prose, then a sidebar of column blurbs: the first
    # prose below the headline is the sidebar's, and a sidebar holds no article.
    dates = "".join(f"<p>Round {n}: March {n}</p>" for n in range(1, 4))
    sidebar = f'<aside class="columns">{_prose(1)}{_prose(2)}</aside>'
    body = f'<h1>Season calendar</h1><div class="story">{dates}</div>{sidebar}'
    page = segment_html(f"<html><head><title>Season calendar</title></head><body>{body}</body></html>")

    assert "in_main_prose_context" not in [vote.reason for vote in MainContainer().vote(page) if vote is not None]


def test_prose_in_an_article_header_still_counts() -> None:
    story = f'<div class="story"><header class="intro">{_prose(1)}{_prose(2)}</header></div>'
    body = story + '<div class="menu"><p>Home</p></div>'

    assert _reasons(body) == ["in_main_prose_context", "in_main_prose_context", "outside_dominant_prose_context"]


@pytest.mark.parametrize(
    ("other_words", "reason", "value"),
    [
        # The article's 70 words against 30 elsewhere: exactly the dominant share.
        (30, "outside_dominant_prose_context", -1.0),
        (31, "outside_main_prose_context", -0.5),
    ],
)
def test_a_context_holding_the_dominant_share_of_prose_makes_every_other_one_surely_chrome(
    other_words: int, reason: str, value: float
) -> None:
    assert S.dominant_prose_share == 0.7
    body = f'<div class="story">{_prose(1, 70)}</div><div class="promo">{_prose(2, other_words)}</div>'

    promo = _votes(body)[1]

    assert promo is not None
    assert (promo.reason, promo.value) == (reason, value)


def _features_vote(*sentence_words: int) -> Vote | None:
    """The vote on the first of a features box's sentences beside an article of 70 prose words, the only prose."""
    features = "".join(
        f"<p>{line(words, stopwords=words // 3, seed=seed, end='.')}</p>"
        for seed, words in enumerate(sentence_words, 3)
    )
    return _votes(f'<div class="story">{_prose(1, 70)}</div><div class="features">{features}</div>')[1]


@pytest.mark.parametrize(
    ("sentence_words", "reason", "value"),
    [
        # The article's 70 words against 46 of sentences elsewhere: just over the dominant share (0.6).
        ((10, 10, 10, 10, 6), "outside_dominant_prose_context", -1.0),
        ((10, 10, 10, 10, 7), "outside_main_prose_context", -0.5),
        # A line of three words is no sentence, full stop or not.
        ((10, 10, 10, 10, 6, 3), "outside_dominant_prose_context", -1.0),
        ((10, 10, 10, 10, 6, 4), "outside_main_prose_context", -0.5),
    ],
)
def test_a_context_holding_the_prose_but_not_most_sentences_makes_others_chrome_mildly(
    sentence_words: tuple[int, ...], reason: str, value: float
) -> None:
    assert (S.dominant_sentence_share, S.sentence_min_words) == (0.6, 4)

    vote = _features_vote(*sentence_words)

    assert vote is not None
    assert (vote.reason, vote.value) == (reason, value)


def _story_with(nested: str) -> list[str | None]:
    """Two prose paragraphs of a story, then `nested` inside a list box of the story's own."""
    return _reasons(f'<div class="story">{_prose(1)}{_prose(2)}<div class="box">{nested}</div></div>')


@pytest.mark.parametrize("tag", S.item_tags)
def test_the_articles_own_list_items_and_cells_lean_body(tag: str) -> None:
    item = "<ul><li>Two eggs</li></ul>" if tag == "li" else "<table><tr><td>Two eggs</td></tr></table>"

    assert _story_with(item)[2] == "item_nested_in_main_prose_context"


def test_other_blocks_nested_in_the_article_get_no_vote() -> None:
    assert _story_with("<p>A boxed note</p>")[2] is None


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        # A dateline, a share bar: up to `nested_line_max_words` (15) words, no sentence's end.
        (line(15), "nested_widget_line"),
        (line(16), None),
        (line(15, end="."), None),  # a sentence of the writer's
        ("Share on Facebook Share on X", "nested_widget_line"),
    ],
)
def test_a_short_line_of_a_div_nested_in_a_dominant_article_leans_chrome(text: str, reason: str | None) -> None:
    assert (S.nested_line_max_words, S.nested_line_tags) == (15, ("div",))

    assert _story_with(text)[2] == reason


def test_a_nested_widget_line_gets_the_milder_vote() -> None:
    vote = _votes(f'<div class="story">{_prose(1)}{_prose(2)}<div class="meta">3 May 2024 · 6 min read</div></div>')[2]

    assert vote is not None
    assert (vote.reason, vote.value) == ("nested_widget_line", -0.5)


def test_a_short_nested_line_of_other_tags_gets_no_vote() -> None:
    assert _story_with("<h3>Method</h3><p>Step one</p><blockquote>Serves four</blockquote>")[2:] == [None, None, None]


def test_where_the_article_does_not_dominate_the_page_a_short_nested_line_gets_no_vote() -> None:
    # The story's 70 prose words against 31 in a promo: under the dominant share (0.7).
    body = (
        f'<div class="story">{_prose(1, 70)}<div class="meta">3 May 2024</div></div>'
        f'<div class="promo">{_prose(2, 31)}</div>'
    )

    assert _reasons(body) == ["in_main_prose_context", None, "outside_main_prose_context"]


@pytest.mark.parametrize(
    ("link", "reason"),
    [
        # "Two eggs and flour" is 18 characters: 8 linked are under half of them, 10 are not.
        ("Two eggs", "item_nested_in_main_prose_context"),
        ("Two eggs a", None),
    ],
)
def test_a_nested_item_of_half_link_text_or_more_gets_no_vote(link: str, reason: str | None) -> None:
    assert S.item_max_link_share == 0.5
    text = "Two eggs and flour"
    item = f'<ul><li><a href="/e">{link}</a>{text[len(link) :]}</li></ul>'

    assert _story_with(item)[2] == reason


def _teaser_vote(article_words: int, teaser_words: int, title: str = "Storm closes the coast road") -> Vote | None:
    """The vote on a teaser rail's summary, below an article of `article_words` prose words under its headline.

    The article has as many paragraphs as are searched below the headline, the last one taking what is left over.
    """
    paragraphs = S.prose_lines_below_headline
    share = article_words // paragraphs
    article = "".join(_prose(n, share) for n in range(paragraphs - 1)) + _prose(
        9, article_words - share * (paragraphs - 1)
    )
    teasers = _prose(2, teaser_words)
    body = f'<h1>Storm closes the coast road</h1><div class="story">{article}</div><div class="more">{teasers}</div>'
    page = segment_html(f"<html><head><title>{title}</title></head><body>{body}</body></html>")
    return MainContainer().vote(page)[-1]


@pytest.mark.parametrize(
    ("article_words", "teaser_words", "reason", "value"),
    [
        # Teasers outweigh the article (under the dominant share), yet it is long enough ...
        (300, 400, "outside_headline_article&prose_words>=300", -1.0),
        # ... a word shorter, it is not ...
        (299, 400, "outside_main_prose_context", -0.5),
        # ... and 300 words of 1,000 is its share exactly, of 1,001 less than that.
        (300, 700, "outside_headline_article&prose_words>=300", -1.0),
        (300, 701, "outside_main_prose_context", -0.5),
    ],
)
def test_a_long_article_under_its_headline_makes_teaser_rails_surely_chrome(
    article_words: int, teaser_words: int, reason: str, value: float
) -> None:
    assert (S.article_min_words, S.article_min_prose_share) == (300, 0.3)

    vote = _teaser_vote(article_words, teaser_words)

    assert vote is not None
    assert (vote.reason, vote.value) == (reason, value)


def test_without_a_known_headline_a_long_article_gets_no_such_vote() -> None:
    vote = _teaser_vote(300, 400, title="Something else entirely")

    assert vote is not None
    assert vote.reason == "in_main_prose_context"


@pytest.mark.parametrize(
    ("other_words", "reason"),
    [
        # The story holds 70 prose words: with 30 elsewhere that is the dominant share, an article page ...
        (30, "caption_on_article_page"),
        # ... with 31 it is not, and a caption-named line is judged by its context alone.
        (31, None),
    ],
)
def test_on_an_article_page_a_caption_is_chrome_even_inside_the_article(other_words: int, reason: str | None) -> None:
    assert S.caption_roots == ("caption",)
    body = (
        f'<div class="story">{_prose(1, 70)}'
        '<div class="wp-caption-text"><p>The river at dawn. Photo: A. Smith</p></div></div>'
        f'<div class="promo">{_prose(2, other_words)}</div>'
    )

    votes = _votes(body)

    assert [vote.reason if vote is not None else None for vote in votes][1] == reason
    if reason is not None:
        assert votes[1] is not None
        assert votes[1].value == -1.0


def test_a_caption_outside_the_article_is_chrome_for_the_caption_it_is() -> None:
    body = f'<div class="story">{_prose(1, 70)}</div><p id="photo-caption">A photo of the river bank at dawn</p>'

    assert _reasons(body) == ["in_main_prose_context", "caption_on_article_page"]


def test_caption_roots_can_be_changed() -> None:
    body = f'<div class="story">{_prose(1, 70)}<p class="legend">The river at dawn</p></div>'

    assert MainContainer(caption_roots=("legend",)).vote(segment_html(f"<html><body>{body}</body></html>"))[1] == (
        MainContainer().cast(-1.0, "caption_on_article_page")
    )
    assert _reasons(body)[1] is None


def _wrapped(seed: int, wrapper: str = "paragraph") -> str:
    return f'<div class="{wrapper}">{_prose(seed)}</div>'


_LINKS = (
    '<div class="ulist"><ul><li><a href="/1">Fix the parser</a></li><li><a href="/2">Add a test</a></li></ul></div>'
)


def test_the_lists_beside_paragraphs_wrapped_one_by_one_are_the_articles() -> None:
    """Asciidoctor and block editors wrap each paragraph in an element of its own (`div.paragraph`) and each list in
    another (`div.ulist`): the main context is the paragraphs' wrapper, and the list beside it is the article's."""
    body = f'<div class="post"><h1>Report</h1>{_wrapped(1)}{_LINKS}{_wrapped(2)}{_wrapped(3)}</div>'

    assert _reasons(body) == [None, *["in_main_prose_context"], None, None, *["in_main_prose_context"] * 2]


def test_a_list_between_containers_of_several_paragraphs_stays_outside_them() -> None:
    """Containers that hold several paragraphs each are the article's parts, not a paragraph's wrappers: what stands
    between them (an advertisement's slot, a list of other stories) keeps its vote."""
    sections = (f'<div class="text">{_prose(1)}{_prose(2)}</div>', f'<div class="text">{_prose(3)}{_prose(4)}</div>')
    body = f'<div class="post">{sections[0]}{_LINKS}{sections[1]}</div>'
    # Two wrappers of one line each: too few to tell a wrapper from a container.
    two = f'<div class="post"><div class="text">{_prose(1)}</div>{_LINKS}<div class="text">{_prose(2)}</div></div>'

    assert _reasons(body)[2:4] == ["outside_dominant_prose_context"] * 2
    assert _reasons(two)[1:3] == ["outside_dominant_prose_context"] * 2


def test_a_box_named_as_chrome_beside_wrapped_paragraphs_stays_chrome() -> None:
    related = '<div class="related-stories"><p><a href="/s">Another story</a></p></div>'
    body = f'<div class="post">{_wrapped(1)}{related}{_wrapped(2)}{_wrapped(3)}</div>'

    assert _reasons(body)[1] == "outside_dominant_prose_context"


def test_blocks_beside_the_wrapped_paragraphs_but_outside_their_parent_keep_their_vote() -> None:
    aside = '<div class="sidebar"><p>Other news</p></div>'
    body = f'<div class="post">{_wrapped(1)}{_wrapped(2)}</div>{aside}<div class="post">{_wrapped(3)}</div>'

    assert _reasons(body)[2] == "outside_dominant_prose_context"


def test_a_page_built_without_the_named_elements_column_gets_the_votes_it_got_before_it() -> None:
    """A page built by hand, or by an older reader, has no numbers to tell a wrapper from a container."""
    wrapped = f'<div class="post">{_wrapped(1)}{_LINKS}{_wrapped(2)}{_wrapped(3)}</div>'
    page = segment_html(f"<html><body>{wrapped}</body></html>")
    without_column = page.model_copy(update={"named_elements": ()})

    reasons = [vote.reason if vote is not None else None for vote in MainContainer().vote(without_column)]
    assert reasons[1:3] == ["outside_dominant_prose_context"] * 2
