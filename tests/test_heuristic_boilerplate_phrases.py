"""boilerplate_phrases: the fixed wording of site chrome, on short blocks only (pay widgets anywhere)."""

from __future__ import annotations

import pytest
from helpers import line, votes
from hypothesis import example, given
from hypothesis import strategies as st

from cleaner import Cleaner
from cleaner.errors import ConfigError
from cleaner.heuristics.boilerplate_phrases import (
    _CALLS_TO_ACTION,
    _LEGAL_PHRASES,
    _PHRASE,
    BoilerplatePhrases,
    _search_phrase,
)
from cleaner.model import Label
from cleaner.segment.html import segment_html

S = BoilerplatePhrases().settings


def _vote(text: str, heuristic: BoilerplatePhrases | None = None) -> object:
    return votes(heuristic or BoilerplatePhrases(), text)[0]


def _assert_votes_chrome(text: str, reason: str) -> None:
    vote = _vote(text)

    assert vote is not None
    assert vote.value < 0
    assert vote.reason == reason


def _assert_no_vote_of(text: str, reason: str) -> None:
    vote = _vote(text)

    assert vote is None or vote.reason != reason


def _padded(phrase: str, words: int) -> str:
    """`phrase` followed by content words up to `words` words in all."""
    used = len(phrase.split())
    assert words >= used
    return f"{phrase} {line(words - used)}" if words > used else phrase


@pytest.mark.parametrize(
    ("phrase", "reason"),
    [
        ("Privacy policy", "legal_phrase"),
        ("Terms of use", "legal_phrase"),
        ("We use cookies", "legal_phrase"),
        ("All rights reserved", "legal_phrase"),
        ("Subscribe to our newsletter", "call_to_action"),
        ("Sign in", "call_to_action"),
        ("Read more", "call_to_action"),
        ("Click to expand...", "call_to_action"),
        ("Related stories", "call_to_action"),
        ("Weiterlesen", "call_to_action"),
        ("Lire la suite", "call_to_action"),
    ],
)
def test_phrase_in_a_block_at_the_word_limit_votes_chrome(phrase: str, reason: str) -> None:
    vote = _vote(_padded(phrase, S.max_words))

    assert vote is not None
    assert vote.value < 0
    assert vote.reason == reason


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Sign up", "call_to_action"),
        ("LOG OUT", "call_to_action"),
        ("Login", "call_to_action"),
        ("Most viewed", "call_to_action"),
        ("Related posts", "call_to_action"),
        ("You might also like", "call_to_action"),
        ("Leer más", "call_to_action"),
        ("Leia mais", "call_to_action"),
        ("Czytaj więcej »", "call_to_action"),
        ("Devamını oku", "call_to_action"),
        ("Baca selengkapnya", "call_to_action"),
        ("Διαβάστε περισσότερα", "call_to_action"),
        ("더보기", "call_to_action"),
        ("اقرأ المزيد", "call_to_action"),
        ("続きを読む", "call_to_action"),
        ("Add to cart", "call_to_action"),
        ("ADD TO BAG", "call_to_action"),
        ("Add to basket", "call_to_action"),
        ("Shop now", "call_to_action"),
        ("Improve this answer", "call_to_action"),
        ("Add a comment", "call_to_action"),
        ("Start your free trial", "call_to_action"),
        ("Shopping cart", None),
        ("Cookie", "legal_phrase"),
        ("Cookies", "legal_phrase"),
        ("Privacy settings", "legal_phrase"),
        ("Terms of service", "legal_phrase"),
        ("Signing in", None),
        ("Cookiesfree", None),
        ("Most", None),
        # A phrase joined to a word by a hyphen, an underscore or a dot is part of a name.
        ("git checkout feature-login", None),
        ("wp-login.php", None),
        ("login.example", None),
        ("user_login", None),
        ("Login/Register", "call_to_action"),
        ("Sign in.", "call_to_action"),
        ("Subscribe - Login", "call_to_action"),
    ],
)
def test_phrases_sharing_a_beginning_are_each_found_as_whole_words(text: str, reason: str | None) -> None:
    vote = _vote(text)

    assert (vote.reason if vote is not None else None) == reason


@pytest.mark.parametrize("phrase", ["Privacy policy", "Read more"])
def test_phrase_in_a_block_below_the_word_limit_votes_chrome(phrase: str) -> None:
    assert _vote(_padded(phrase, S.max_words - 1)) is not None


@pytest.mark.parametrize("phrase", ["Privacy policy", "We use cookies", "Subscribe to our newsletter", "Read more"])
def test_phrase_in_a_block_over_the_word_limit_abstains(phrase: str) -> None:
    assert _vote(_padded(phrase, S.max_words + 1)) is None


def test_sentence_quoting_a_phrase_abstains() -> None:
    text = "The council said that its privacy policy had not changed since the new law came into force last year."

    assert _vote(text) is None


@pytest.mark.parametrize("text", ["© 2024 Example News", "Copyright (c) 2019 Example Ltd"])
def test_copyright_line_votes_chrome(text: str) -> None:
    vote = _vote(text)

    assert vote is not None
    assert vote.reason == "legal_phrase"


@pytest.mark.parametrize(
    "opening",
    ["© 2026 Example Ltd.", "©2026 Example Ltd.", "Copyright © 1995-2026 Example Inc.", "Copyright 2026 Example"],
)
def test_a_line_opening_with_a_copyright_notice_votes_chrome_whatever_its_length(opening: str) -> None:
    text = f"{opening} All rights reserved. {line(3 * S.max_words)}"

    vote = _vote(text)

    assert vote is not None
    assert vote.reason == "legal_phrase"


@pytest.mark.parametrize(
    "sentence",
    ["Acme Ltd 2026. All Rights Reserved.", "This site is protected by reCAPTCHA and the Google Privacy Policy apply."],
)
def test_a_reservation_of_rights_or_a_recaptcha_notice_votes_chrome_whatever_its_length(sentence: str) -> None:
    vote = _vote(f"{line(2 * S.max_words)}. {sentence}")

    assert vote is not None
    assert vote.reason == "legal_phrase"


@pytest.mark.parametrize(
    "text",
    [
        "JavaScript is disabled. For a better experience, please enable JavaScript in your browser before proceeding.",
        "You need to enable JavaScript to run this app.",
        "Your browser does not support the video tag.",
        "Your browser does not seem to support JavaScript. As a result, your viewing experience will be diminished.",
        "Please download a browser that supports JavaScript, or enable it if it's disabled (i.e. NoScript).",
        "Please note that Javascript is turned off in your web browser. " + line(2 * S.max_words),
    ],
)
def test_a_notice_to_a_browser_that_cannot_show_the_page_votes_chrome_whatever_its_length(text: str) -> None:
    vote = _vote(text)

    assert vote is not None
    assert vote.reason == "browser_notice"


@pytest.mark.parametrize(
    "text",
    [
        "The new browser runs JavaScript faster than any other, the company said, ",
        "Every browser that supports JavaScript modules can load the library without a build step, ",
    ],
)
def test_a_sentence_about_javascript_or_browsers_is_no_browser_notice(text: str) -> None:
    assert _vote(text + line(S.max_words)) is None


@pytest.mark.parametrize(
    "text",
    [
        "Copyright law gives the author of a work the sole right to copy it, " + line(S.max_words),
        "Copyrighted materials are provided to students through the library, " + line(S.max_words),
        "The photographs are © 2026 Example Ltd and were licensed for this story, " + line(S.max_words),
        "The band reserved all the rights to its songs when it signed the deal, " + line(S.max_words),
    ],
)
def test_a_long_line_that_speaks_of_copyright_without_opening_with_a_notice_abstains(text: str) -> None:
    assert _vote(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "£25000 - £30000 Per Annum: Competitive benefits",
        "$15 per hour",
        "€40k - €50k p.a.",
        "£35,000 a year",
    ],
)
def test_salary_widget_votes_chrome(text: str) -> None:
    _assert_votes_chrome(text, "pay_widget")


def test_salary_widget_votes_chrome_whatever_its_length() -> None:
    text = f"£25000 - £30000 Per Annum: {line(S.max_words + 5, end='.')}"

    assert _vote(text).reason == "pay_widget"


@pytest.mark.parametrize(
    "text",
    [
        "Regular FIRE is someone whose spending is in line with the average US household, around $60,000 a year.",
        "After the free trial you will pay $6.99 per month for the service.",
    ],
)
def test_a_price_inside_a_sentence_is_no_pay_widget(text: str) -> None:
    vote = _vote(text)

    assert vote is None or vote.reason != "pay_widget"


@pytest.mark.parametrize(
    "text",
    [
        "12/03/2014",
        "2014-03-12",
        "10:30 am",
        "5 comments",
        "3 min read",
        "8-minute read",
        "3 MIN. READ",
        "Reading Time: 11 minutes",
        "Estimated reading time: 4 min.",
        "Tempo de leitura: 2 minutos",
        "Lesezeit: 4 Min.",
        "Updated: March 3, 2014",
        "Published Mar. 3, 2014 10:30 BST",
        "14 March 2014",
        "(12 replies)",
        # A forum post's count of replies, in the singular as its software writes it under each post.
        "0 Reply",
        "1 Reply",
        # A date in figures and its time, as forum and Q&A software stamps a post or a comment.
        "2016-08-10 20:24:33 +00:00",
        "2025-10-30T10:45:07-04:00",
        "6/30/2025 1:31:43 PM",
        "2024-01-09, 09:13 AM",
        "Posted on: June 5, 2020",
        "— on June 5, 2020",
        # Without a digit: a counter's word alone, however it is cased or underlined.
        "Comments",
        "SHARES",
        "min read",
        "_likes_",
        # Digits of other scripts, in a line long enough to need one.
        "Updated: March ٣, ٢٠١٤",
    ],
)
def test_date_or_counter_alone_votes_chrome(text: str) -> None:
    _assert_votes_chrome(text, "date_or_counter_alone")


@pytest.mark.parametrize("text", ["Reply", "Reply to John", "2 Replyable items"])
def test_reply_without_its_count_is_no_counter(text: str) -> None:
    _assert_no_vote_of(text, "date_or_counter_alone")


@pytest.mark.parametrize(
    "text",
    ["Allan wrote:", "b.scherer wrote: ↑", "Jeff Weissman Electric wrote:", "Originally Posted by HOSTLAR", "Quote:"],
)
def test_a_quoted_posts_header_votes_chrome(text: str) -> None:
    _assert_votes_chrome(text, "post_meta")


@pytest.mark.parametrize("text", ["wrote on", "julian wrote on", "last edited by", "last edited by idefix37"])
def test_a_posts_header_and_undated_edit_stamp_vote_chrome(text: str) -> None:
    _assert_votes_chrome(text, "post_meta")


@pytest.mark.parametrize(
    ("text", "stamp"),
    [
        ("Last edited by Minoa on Tue Aug 27, 2019 10:03 pm, edited 1 time in total.", True),
        ("Last edited by Outer Armatonisdaristan on Sun Feb 22, 2026 2:08 am, edited 108 times in total.", True),
        # No count of edits: a sentence on who edited something.
        ("Last edited by the council on Monday, the plan now goes to a vote of the whole assembly.", False),
        ("Last edited by Minoa on Tue Aug 27, 2019 10:03 pm, edited several times in total.", False),
        # The stamp quoted inside a longer sentence.
        ("He wrote that it was last edited by Minoa on Tue Aug 27, edited 1 time in total.", False),
    ],
)
def test_phpbbs_edit_stamp_is_read_past_the_short_lines_bound(text: str, stamp: bool) -> None:
    vote = _vote(text)

    assert len(text.split()) > S.max_words
    assert (vote is not None and vote.value < 0 and vote.reason == "edit_stamp") is stamp


def test_an_edit_stamp_between_posts_is_chrome_whatever_its_score() -> None:
    prose = "The monetary advantage of the league has been the subject of blame by many fans for years. " * 4
    stamp = "Last edited by Minoa on Tue Aug 27, 2019 10:03 pm, edited 1 time in total."
    page = (
        f"<html><body><article><p>{prose}</p><div class=post><p>{stamp}</p></div><p>{prose}</p></article></body></html>"
    )

    blocks = Cleaner().clean(page, format="html").blocks

    assert [block.label for block in blocks] == [Label.BODY, Label.CHROME, Label.BODY]
    assert blocks[1].decision.startswith("vetoed&boilerplate_phrases:edit_stamp")


def _reply_subject_votes(line_text: str, title: str = "Turning off all LED of RPi 5 - Raspberry Pi Forums") -> bool:
    """Whether `line_text`, an h3 above a reply on a page of `title`, is voted a reply's subject line."""
    segmented = segment_html(f"<html><head><title>{title}</title></head><body><h3>{line_text}</h3></body></html>")
    vote = BoilerplatePhrases().vote(segmented)[0]
    return vote is not None and vote.value < 0 and vote.reason == "reply_subject"


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Re: Turning off all LED of RPi 5", True),
        ("RE:turning off all  LED of RPi 5", True),
        # Not the page's title: a heading that happens to open so.
        ("Re: Our answer to your letter", False),
        ("Re:", False),
        ("Red LEDs of RPi 5", False),
    ],
)
def test_a_reply_subject_repeats_the_pages_title(text: str, subject: bool) -> None:
    assert _reply_subject_votes(text) is subject


def test_a_reply_subject_is_bounded_in_length() -> None:
    words = S.reply_subject_max_words
    title = " ".join(f"w{i}" for i in range(words))
    assert _reply_subject_votes(f"Re: {' '.join(title.split()[: words - 1])}", title)
    assert not _reply_subject_votes(f"Re: {title}", title)


def test_a_reply_subject_between_posts_is_chrome_whatever_its_score() -> None:
    prose = "The monetary advantage of the league has been the subject of blame by many fans for years. " * 4
    page = (
        "<html><head><title>The league - Forums</title></head><body><article><h1>The league</h1>"
        f"<p>{prose}</p><h3>Re: The league</h3><p>{prose.replace('fans', 'readers')}</p></article></body></html>"
    )

    blocks = Cleaner().clean(page, format="html").blocks

    assert [block.label for block in blocks] == [Label.BODY, Label.BODY, Label.CHROME, Label.BODY]
    assert blocks[2].decision.startswith("vetoed&boilerplate_phrases:reply_subject")


def test_a_sentence_on_what_was_written_is_no_post_header() -> None:
    _assert_no_vote_of("The names of the fallen that their mothers wrote on the wall", "post_meta")


@pytest.mark.parametrize(
    "text",
    [
        # Four words before "wrote:" are a sentence introducing a quote, not a writer's name.
        "In his letter he wrote:",
        "He wrote: this is the time to act",
        # Without its colon, "Quote" is a button's label, which other rules weigh.
        "Quote",
    ],
)
def test_a_sentence_introducing_a_quote_is_no_quote_header(text: str) -> None:
    _assert_no_vote_of(text, "post_meta")


def test_date_inside_a_sentence_abstains() -> None:
    assert _vote("The bridge opened on 14 March 2014 after two years of work") is None


@pytest.mark.parametrize("text", ["2016-08-10 20:24:33 and more to come", "12 34 56 78 90", "2016 08 10 20 24"])
def test_figures_that_are_no_date_and_time_alone_are_no_date(text: str) -> None:
    vote = _vote(text)

    assert vote is None or vote.reason != "date_or_counter_alone"


def test_a_reading_time_inside_a_sentence_abstains() -> None:
    assert _vote("The reading time of the report is 5 minutes") is None


@pytest.mark.parametrize("text", ["by Jane Doe", "By Jane Doe", "Von Max Mustermann", "par Jean Dupont"])
def test_byline_votes_chrome(text: str) -> None:
    _assert_votes_chrome(text, "byline")


def test_sentence_starting_with_by_is_not_a_byline() -> None:
    assert _vote("by the end of the day the river had fallen") is None


@pytest.mark.parametrize(
    "text",
    [
        "Reactions: Brian33, unixfool and felixen",
        "Last edited: Mar 27, 2025",
        "Edited January 29 by ErnestQ (see edit history)",
        "edited Feb 12, 2011 at 21:50",
        "Posts: 13",
        "Joined: Thu Aug 27, 2020 2:37 pm",
        "asked Oct 16, 2023 at 9:40",
        "Asked 13 years, 8 months ago",
        "Viewed 12k times",
        "26.3k2323 gold badges129129 silver badges",
        "25,064 posts · Joined 2007",
        # The fields of a writer's card beside each post.
        "Registered: 2016-07-02",
        "Join Date: Jun 2024",
        "Member since: March 2012",
        "Reputation: 265",
    ],
)
def test_a_forum_posts_meta_line_votes_chrome(text: str) -> None:
    _assert_votes_chrome(text, "post_meta")


@pytest.mark.parametrize(
    "text",
    [
        "Edited by Jane Doe",  # an editor's credit: no date
        "Posts",  # a menu item
        "She asked the court for more time",
        "She edited the 2011 edition of the guide",  # the word inside a sentence
        "Reactions from the floor were mixed",
        "Registered voters turned out in record numbers",  # the word opening a sentence, no colon
        "Her reputation as a fair judge grew",
    ],
)
def test_lines_with_a_post_meta_word_but_not_its_shape_are_no_post_meta(text: str) -> None:
    vote = _vote(text)

    assert vote is None or vote.reason != "post_meta"


@pytest.mark.parametrize("text", ["Storm closes the coastal road", "Weather", "首页", line(S.max_words)])
def test_plain_short_lines_abstain(text: str) -> None:
    assert _vote(text) is None


def test_word_limit_follows_custom_settings() -> None:
    narrow = BoilerplatePhrases(max_words=3)

    assert _vote("Read more here", narrow) is not None
    assert _vote("Read more here today", narrow) is None


CONSENT = (
    "Valley Voice and our 143 partners store and access information on your device to show ads and "
    "content, measure audiences and develop products; you can manage your choices at any time."
)


def test_consent_notice_of_any_length_votes_chrome() -> None:
    notice = CONSENT + " We use cookies for personalised advertising unless you reject them."

    (vote,) = votes(BoilerplatePhrases(), notice)

    assert vote is not None
    assert vote.reason == "consent_notice"


def test_consent_words_at_the_threshold_vote_chrome_and_one_fewer_abstains() -> None:
    words = ["cookies", "consent", "partners", "privacy", "tracking"]
    least = S.consent_min_words
    base = "The council discussed the new library opening hours with residents on Tuesday evening and "

    at = votes(BoilerplatePhrases(), base + " ".join(words[:least]) + ".")
    below = votes(BoilerplatePhrases(), base + " ".join(words[: least - 1]) + ".")

    assert at[0] is not None
    assert at[0].reason == "consent_notice"
    assert below == [None]


@pytest.mark.parametrize(
    "notice",
    [
        "This website uses cookies so that we can remember your privacy choices.",
        "Diese Website verwendet Cookies, damit wir Ihren Datenschutz wahren können.",
        "Nous utilisons des cookies pour mesurer la publicité sur notre site.",
        "Utilizamos cookies para mostrarte publicidad en este sitio.",
    ],
)
def test_cookies_in_the_sites_own_voice_are_a_notice_with_one_consent_word_fewer(notice: str) -> None:
    assert S.own_voice_consent_min_words == 2 < S.consent_min_words

    (vote,) = votes(BoilerplatePhrases(), notice)

    assert vote is not None
    assert vote.reason == "consent_notice"


def test_cookies_in_own_voice_below_the_threshold_abstain() -> None:
    assert votes(
        BoilerplatePhrases(),
        "We use cookies to keep this website running smoothly and quickly for every one of its visitors.",
    ) == [None]


def test_cookies_in_the_third_person_need_the_full_threshold() -> None:
    documentation = "Flask stores the session in cookies and signs each cookie so that nobody can change it."

    assert votes(BoilerplatePhrases(), documentation) == [None]


def test_own_voice_without_cookies_needs_the_full_threshold() -> None:
    article = "We respect our readers' privacy, so the ads on this page are chosen by topic alone."

    assert votes(BoilerplatePhrases(), article) == [None]


def test_a_consent_notice_of_no_words_is_refused_as_a_setting() -> None:
    with pytest.raises(ConfigError, match="consent_min_words"):
        BoilerplatePhrases(consent_min_words=0)
    with pytest.raises(ConfigError, match="own_voice_consent_min_words"):
        BoilerplatePhrases(own_voice_consent_min_words=0)


@given(
    st.lists(st.sampled_from(["Sign", "IN", "read", "More", "©", "(C)", "2024", "Cookies", "x", "-", " "]), max_size=8)
)
@example(["Read", " ", "MORE"])
def test_a_line_of_ascii_lower_cased_finds_the_phrase_that_the_case_blind_pattern_finds(words: list[str]) -> None:
    text = "".join(words)
    plain, lowered = _PHRASE.search(text), _search_phrase(text)

    assert (plain and plain.lastgroup) == (lowered and lowered.lastgroup)
    assert all(phrase == phrase.lower() for phrase in (*_LEGAL_PHRASES, *_CALLS_TO_ACTION))


@pytest.mark.parametrize(
    "text",
    [
        "Loading...",
        "LOADING…",
        "Like Loading...",
        "Loading paragraph...",
        "Checking payment options...",
        "Please wait…",
    ],
)
def test_a_scripts_status_line_votes_chrome(text: str) -> None:
    _assert_votes_chrome(text, "loading_status")


@pytest.mark.parametrize(
    "text",
    [
        "Loading",  # no ellipsis: a word that may head a section
        "Keep searching...",  # no script's progress
        "Loading the van took all morning...",  # five words after it: a sentence trailing off
        "Loading... the van took all morning.",
    ],
)
def test_a_line_that_only_opens_like_a_status_is_none(text: str) -> None:
    _assert_no_vote_of(text, "loading_status")


def test_a_status_holds_at_most_four_words_after_its_verb() -> None:
    _assert_votes_chrome("Loading prices for your region…", "loading_status")
    _assert_no_vote_of("Loading prices for all your region…", "loading_status")


def test_a_status_line_amid_an_articles_paragraphs_is_chrome() -> None:
    paragraph = line(30, stopwords=10, end=".")
    page = f"<html><body><main><h1>Title</h1><p>{paragraph}</p><p>Loading...</p><p>{paragraph}</p></main></body></html>"

    result = Cleaner().clean(page, format="html")

    status = next(block for block in result.blocks if block.text == "Loading...")
    assert status.label is Label.CHROME
