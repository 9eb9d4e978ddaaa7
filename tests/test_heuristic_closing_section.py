"""closing_section: under a header that closes an article (other stories, the author, tags), the rest is chrome."""

from __future__ import annotations

import pytest
import regex
from helpers import line, votes

from cleaner import clean
from cleaner.heuristics.closing_section import ClosingSection, _by_first_letter
from cleaner.segment.html import segment_html
from cleaner.segment.page import SegmentedPage
from cleaner.segment.text import segment_text

S = ClosingSection().settings


def _prose(seed: int) -> str:
    return line(S.prose_min_words, stopwords=6, seed=seed, end=".")


def _page(header: str, prose_before: int = 4, after: tuple[str, ...] = ()) -> str:
    teasers = after or tuple(line(8, seed=i + 20) for i in range(3))
    return "\n\n".join([*(_prose(i) for i in range(prose_before)), header, *teasers])


@pytest.mark.parametrize(
    "header",
    [
        "Related Articles",
        "More Stories",
        "MORE NEWS",
        "Latest blog posts",
        "More from Sportsnet",
        "You might also like",
        "You may be interested in",
        "You’ll Also Love...",
        "From our blog",
        "Related Products",
        "Frequently bought together",
        "Frequently Purchased With",
        "Customers Also Bought:",
        "Customers who viewed this item also viewed",
        "Compare with similar products",
        "Similar Items",
        "Recently viewed",
        "Recently Viewed Products",
        "People also bought",
        "Shop the look",
        "Complete the Look",
        "Recommended for you",
        "Read Next",
        "Don't miss",
        "Most Read",
        "View all stories",
        "Explore more",
        "More Articles You Might Enjoy",
        "Other Posts You May Enjoy",
        "Keep Exploring This Topic.",
        "Related articles:",
        "Similar threads",
        "Related Threads",
        "TRENDING THREADS",
        "Related questions",
        "Weitere Artikel",
        "Похожие статьи",
        "Você pode gostar...",
        "Artigos relacionados",
        "Noticias relacionadas",
        "À lire aussi",
        "Mehr zum Thema",
        "Leggi anche",
        "Lees ook",
        "Czytaj także:",
        "About the Author",
        "About Jane Doe",
        "About SiliconANGLE Media",
        "About us",
        "Sobre Carlos Nadalim",
        "Über Moritz Bachmann",
        "Über den Autor",
        "À propos de l'auteur",
        "Acerca de la autora",
        "Sull'autore",
        "Über uns",
        "Weitere Beiträge zum Thema",
        "Mais artigos",
        "Tags:",
        "Filed under",
        "Previous Post",
        "Previous",
        "NEXT",
        "Share this article",
        "Written by",
        "Article Sources:",
        "References",
        "Further reading",
        "More by Rowan Jacobsen",
        "From Our Archives",
        "Like this:",
        "How we reviewed this article:",
        "Stay connected",
        "Let’s stay in touch",
        "KEEP IN TOUCH",
        "Relaterade artiklar",
        "Læs også:",
        "Powiązane artykuły",
        "Čtěte také",
        "İlgili Haberler",
        "Baca Juga",
        "Lue myös",
        "Kapcsolódó cikkek",
        "Διαβάστε επίσης",
        "Citește și",
        "Bài viết liên quan",
        "관련기사",
        "כתבות נוספות",
        "مطالب مرتبط",
        "اقرأ أيضاً",
        "ये भी पढ़ें",
        "相关阅读",
        "関連記事",
    ],
)
def test_header_after_the_article_makes_it_and_the_rest_chrome(header: str) -> None:
    first, *rest = votes(ClosingSection(), _page(header))[4:]

    assert first is not None
    assert (first.value, first.reason) == (-1.0, "closing_section_header")
    assert len(rest) == 3
    assert all(vote is not None and vote.reason == "after_closing_section_header" for vote in rest)


@pytest.mark.parametrize(
    "not_a_header",
    [
        "Related articles about the storm appeared in our paper last year.",  # a sentence
        "See more",  # names no story
        "More on fields",  # a documentation section
        "Read more about our methods",
        "About the results",  # a section of the article: no name follows "About"
        "Sobre el tema de hoy",  # nor here, "Sobre"
        "Über 50 Jahre",
        "Related resources",  # a box amid an article, whose table goes on under it
        "Stay connected to your audience",  # a sentence of the article
        "Next steps",  # a section of the article
        "Frequently Asked Questions",  # a section of the article: no header of other stories
        "Compare with similar products to find the best fit.",  # a sentence of a shop's guide
        "Customers love it",  # not what else they bought
        "Shop the collection",  # a call to browse, not a box of other products
    ],
)
def test_a_line_that_is_not_wholly_a_header_of_stories_abstains(not_a_header: str) -> None:
    assert votes(ClosingSection(), _page(not_a_header)) == [None] * 8


def test_header_over_the_word_limit_abstains() -> None:
    header = f"More from {line(S.header_max_words - 1)}"
    assert len(header.split()) == S.header_max_words + 1

    assert votes(ClosingSection(), _page(header)) == [None] * 8


def test_header_before_the_article_has_begun_is_a_navigation_link() -> None:
    at_edge = votes(ClosingSection(), _page("Most Read", prose_before=S.min_prose_lines_before))
    too_early = votes(ClosingSection(), _page("Most Read", prose_before=S.min_prose_lines_before - 1))

    assert at_edge[S.min_prose_lines_before] is not None
    assert too_early == [None] * len(too_early)


def test_a_box_of_related_links_amid_the_article_abstains() -> None:
    """The article goes on under the box: the prose after it outweighs the allowed share."""
    after = (line(6, seed=30), _prose(15), _prose(16))
    assert 2 * S.prose_min_words > S.max_prose_share_after * 4 * S.prose_min_words

    assert votes(ClosingSection(), _page("Related Articles", after=after)) == [None] * 8


def test_prose_after_the_header_up_to_the_share_still_ends_the_article() -> None:
    after = (line(6, seed=30), _prose(15))
    assert S.prose_min_words <= S.max_prose_share_after * 4 * S.prose_min_words

    assert votes(ClosingSection(), _page("Related Articles", after=after))[4] is not None


def test_a_carousel_after_the_header_ends_the_article_though_written_in_prose() -> None:
    """A carousel of testimonials, written out twice (its clones for looping), is not the article going on."""
    slides = (_prose(15), _prose(16))

    assert votes(ClosingSection(), _page("Recent Articles", after=slides + slides))[4] is not None
    assert votes(ClosingSection(), _page("Recent Articles", after=(*slides, _prose(17), _prose(18)))) == [None] * 9


def test_teaser_cards_after_the_header_end_the_article_though_their_blurbs_are_prose() -> None:
    """Each card: its title, its blurb in sentences, and the "Learn more" every card repeats."""
    cards = [(line(6, seed=30 + card), _prose(20 + card), line(3, seed=40 + card)) for card in range(3)]
    with_labels = tuple(part for title, blurb, _ in cards for part in (title, blurb, "Learn more"))
    without_labels = tuple(part for card in cards for part in card)  # a line of its own under each blurb

    assert votes(ClosingSection(), _page("Explore more", after=with_labels))[4] is not None
    assert votes(ClosingSection(), _page("Explore more", after=without_labels))[4] is None


def _records_page(stride: int) -> str:
    """Three copies of "More like this", `stride` lines apart, the second under three prose lines: a label each
    record of a list carries, or, farther apart, a page's closing header."""
    fillers = iter(line(3, seed=i) for i in range(2 * stride))
    first = ["More like this", *(_prose(i) for i in range(3)), *(next(fillers) for _ in range(stride - 4))]
    second = ["More like this", *(next(fillers) for _ in range(stride - 1))]
    return "\n\n".join([*first, *second, "More like this"])


def test_a_header_each_record_carries_closes_nothing() -> None:
    at_edge = votes(ClosingSection(), _records_page(S.record_label_max_blocks))
    apart = votes(ClosingSection(), _records_page(S.record_label_max_blocks + 1))

    assert at_edge == [None] * len(at_edge)
    assert apart[S.record_label_max_blocks + 1] is not None
    assert apart[S.record_label_max_blocks + 1].reason == "closing_section_header"


def _teaser_page(title_words: int, url: str | None) -> SegmentedPage:
    """An article under its headline, then "Read This Next" and three teasers: a title of `title_words`, a blurb."""
    teasers = (part for card in range(3) for part in (line(title_words, seed=30 + card, end="."), _prose(20 + card)))
    text = "Storm closes the coastal road\n\n" + _page("Read This Next", after=tuple(teasers))
    return segment_text(text, url=url)


def test_teasers_with_prose_blurbs_end_an_article_under_a_known_headline() -> None:
    """A blurb with no sentence beside it is a teaser's, not the article going on."""
    url = "https://news.example/2024/storm-closes-the-coastal-road"
    teasers = _teaser_page(S.continued_min_words - 1, url)
    sentences_between = _teaser_page(S.continued_min_words, url)
    no_headline = _teaser_page(S.continued_min_words - 1, None)

    assert teasers.headline == 0
    assert ClosingSection().vote(teasers)[5] is not None
    assert ClosingSection().vote(sentences_between) == [None] * len(sentences_between)
    assert no_headline.headline is None
    assert ClosingSection().vote(no_headline) == [None] * len(no_headline)


def _html(title: str, heading: str, before_headline: str = "") -> str:
    paragraphs = "".join(f"<p>{_prose(i)}</p>" for i in range(4))
    teasers = "".join(f"<p>{line(8, seed=i + 20)}</p>" for i in range(3))
    return (
        f"<html><head><title>{title}</title></head><body>{before_headline}<h1>{heading}</h1>"
        f"{paragraphs}<h2>More Stories</h2>{teasers}</body></html>"
    )


def test_html_article_under_its_headline_is_cut_at_the_header() -> None:
    page = segment_html(_html("Storm closes the coastal road", "Storm closes the coastal road"))
    result = ClosingSection().vote(page)

    assert page.headline == 0
    assert [vote is not None for vote in result] == [False] * 5 + [True] * 4


def test_html_page_without_a_known_headline_holds_no_article_to_cut() -> None:
    page = segment_html(_html("Front page", "Storm closes the coastal road"))

    assert page.headline is None
    assert ClosingSection().vote(page) == [None] * len(page)


def test_html_prose_above_the_headline_does_not_begin_the_article() -> None:
    """A consent dialog's sentences above the headline are not the article's prose."""
    dialog = "".join(f"<p>{_prose(i + 40)}</p>" for i in range(4))
    html = _html("Storm closes the coastal road", "Storm closes the coastal road", dialog)
    short_article = html.replace("".join(f"<p>{_prose(i)}</p>" for i in range(4)), f"<p>{_prose(0)}</p>")
    page = segment_html(short_article)

    assert page.headline == 4
    assert ClosingSection().vote(page) == [None] * len(page)


def test_clean_drops_the_teasers_under_the_header() -> None:
    teasers = tuple(line(12, stopwords=4, seed=i + 20, end=".") for i in range(3))
    result = clean(_page("You May Also Like", after=teasers), format="text")

    assert _prose(0) in result.text
    assert not any(teaser in result.text for teaser in teasers)


def test_headers_grouped_by_first_letter_match_as_the_plain_alternation() -> None:
    alternatives = ("more", r"most\s+read", "tags", r"à\s+lire")
    grouped = _by_first_letter(alternatives)
    assert grouped == r"m(?:ore|ost\s+read)|t(?:ags)|à(?:\s+lire)"
    plain, by_letter = (regex.compile(pattern, regex.IGNORECASE) for pattern in ("|".join(alternatives), grouped))
    for text in ("More", "MOST  read", "tags", "À lire", "most", "tag", "à", ""):
        assert bool(plain.fullmatch(text)) == bool(by_letter.fullmatch(text))


@pytest.mark.parametrize("alternative", ["", r"\s+more", "(?:more|most)", "9 more"])
def test_headers_grouped_by_first_letter_refuse_an_alternative_that_does_not_open_with_a_letter(
    alternative: str,
) -> None:
    with pytest.raises(ValueError, match="must open with a letter, got"):
        _by_first_letter(("more", alternative))
