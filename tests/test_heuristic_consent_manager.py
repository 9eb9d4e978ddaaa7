"""consent_manager: the blocks inside the element a consent manager names for itself."""

from __future__ import annotations

from helpers import line, votes

from cleaner.heuristics.consent_manager import ConsentManager
from cleaner.segment.html import segment_html


def _html_votes(body: str, **settings: object) -> list[tuple[str, float | None]]:
    page = segment_html(f"<html><body>{body}</body></html>")
    cast = ConsentManager(ConsentManager.Settings(**settings)).vote(page)
    return [(text, vote.value if vote else None) for text, vote in zip(page.texts, cast, strict=True)]


ARTICLE = "".join(f"<p>{line(20, stopwords=5, seed=seed, end='.')}</p>" for seed in range(3))
DIALOG = (
    '<div id="onetrust-consent-sdk"><p>We value your privacy.</p><ul><li>Measure content performance</li></ul></div>'
)


def test_every_block_inside_an_element_named_consent_is_surely_chrome() -> None:
    voted = _html_votes(ARTICLE + DIALOG)

    assert [value for _, value in voted] == [None, None, None, -1.0, -1.0]


def test_the_vote_names_its_reason() -> None:
    page = segment_html(f"<html><body>{ARTICLE}{DIALOG}</body></html>")

    assert {vote.reason for vote in ConsentManager().vote(page) if vote} == {"inside_named_consent_manager"}


def test_an_element_named_for_cookies_is_no_consent_manager() -> None:
    """A framework's documentation has a section called "Cookies"."""
    voted = _html_votes(ARTICLE + '<section id="cookies"><p>To set cookies use set_cookie.</p></section>')

    assert all(value is None for _, value in voted)


def test_a_consent_name_on_most_of_the_page_names_no_dialog() -> None:
    """Four of five blocks named: at the page-wide share of 0.8 the name says nothing; at 0.9 it still names them."""
    body = f'<p>{line(6, seed=1)}</p><div class="consent-layout">{ARTICLE}<p>{line(6, seed=2)}</p></div>'

    assert all(value is None for _, value in _html_votes(body))
    assert [value for _, value in _html_votes(body, page_wide_share=0.9)] == [None, -1.0, -1.0, -1.0, -1.0]


def test_a_text_page_carries_no_names_and_gets_no_vote() -> None:
    assert votes(ConsentManager(), "We value your privacy.\nconsent settings") == [None, None]
