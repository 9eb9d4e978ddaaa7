"""author_bio: the paragraph about the writer the byline names is about the writer, not the story."""

from __future__ import annotations

import pytest
from helpers import PARAGRAPHS, votes

from cleaner import clean
from cleaner.heuristics.author_bio import AuthorBio

STORY = "\n\n".join(PARAGRAPHS)
BIO = "Jane Doe is a freelance writer in Boston who has covered the harbour for twenty years."
# A bio that names no trade: only a byline tells it is the writer's.
PLAIN_BIO = "Jane Doe lives in Boston and has covered the harbour for twenty years."


def voted_chrome(text: str, **settings: object) -> list[str]:
    """The lines of the text page `text` that author_bio votes surely chrome."""
    heuristic = AuthorBio(**settings)
    lines = [line for line in text.split("\n") if line.strip()]
    result = votes(heuristic, text)
    assert all(vote is None or (vote.value == -1.0 and vote.reason == "author_bio") for vote in result)
    return [line for line, vote in zip(lines, result, strict=True) if vote is not None]


@pytest.mark.parametrize(
    "byline",
    [
        "By Jane Doe",
        "by Jane Doe | May 19, 2024",
        "Written by: Jane Doe, Senior Analyst",
        "Posted by Jane Doe",
        "Author: Jane Doe",
        "Von Jane Doe",
        "Posted on May 19, 2024 by Jane Doe",
        "May 19, 2024 by Jane Doe - 5 Comments",  # the date, with no verb before the byline
        "By Jane DoePublished: May 19, 2024",  # a text dump glues the byline to the date
    ],
)
def test_a_paragraph_that_opens_with_the_byline_s_name_is_the_writer_s_bio(byline: str) -> None:
    assert voted_chrome(f"{byline}\n\n{STORY}\n\n{BIO}") == [BIO]


def test_a_name_written_with_a_capital_inside_is_no_glued_byline() -> None:
    bio = "Ronald McDonald is a food writer who has covered the harbour's restaurants for a decade."

    assert voted_chrome(f"By Ronald McDonald\n\n{STORY}\n\n{bio}") == [bio]


def test_a_bio_may_give_the_writer_s_handle_after_her_name() -> None:
    bio = "Jane Doe (@janedoe) is the managing editor of the paper and has covered the harbour since 2010."

    assert voted_chrome(f"By Jane Doe\n\n{STORY}\n\n{bio}") == [bio]


def test_the_bio_box_takes_the_line_that_names_her_and_the_paragraphs_that_go_on_about_her() -> None:
    name_line, more = "Written by Jane Doe", "She is the author of six books on the sea and its towns."
    aside = "When she is not writing, Jane sails the coast with her two daughters and their dog."
    text = f"By Jane Doe\n\n{STORY}\n\n{name_line}\n\n{BIO}\n\n{more}\n\n{aside}\n\n{PARAGRAPHS[0]}"

    assert voted_chrome(text) == [name_line, BIO, more, aside]


def test_a_bio_may_open_with_the_first_name_close_under_a_line_that_names_her_in_full() -> None:
    first_name_bio = "Jane is a writer from South London who studied film and English literature."

    assert voted_chrome(f"By Jane Doe\n\n{first_name_bio}\n\n{STORY}") == [first_name_bio]
    # Far from any line that names her, a paragraph opening with the first name may be about anyone.
    assert voted_chrome(f"By Jane Doe\n\n{STORY}\n\n{PARAGRAPHS[0]}\n\n{first_name_bio}") == []
    one_between = f"By Jane Doe\n\n{PARAGRAPHS[0]}\n\n{first_name_bio}"
    assert voted_chrome(one_between, box_blocks=2) == [first_name_bio]
    assert voted_chrome(one_between, box_blocks=1) == []


def test_a_hyphenated_first_name_opens_a_bio_as_one_name() -> None:
    name_line = "Jean-Luc Roe"
    bio = "Jean-Luc started the site in 2010 as a part-time endeavour, before quitting his job."

    assert voted_chrome(f"By Jean-Luc Roe\n\n{STORY}\n\n{name_line}\n\n{bio}") == [name_line, bio]
    # Its first part alone is another name.
    jean = "Jean started the site in 2010 as a part-time endeavour, before quitting his job."
    assert voted_chrome(f"By Jean-Luc Roe\n\n{STORY}\n\n{name_line}\n\n{jean}") == []


@pytest.mark.parametrize(
    "text",
    [
        f"{STORY}\n\n{PLAIN_BIO}",  # no byline names her
        f"{PLAIN_BIO}\n\nBy Jane Doe\n\n{STORY}",  # above the byline
        f"By Jane Doe\n\n{STORY}\n\nJane Doe, the mayor, said the harbour will open on Monday.",  # no verb follows
        f"By Jane Doe\n\n{STORY}\n\nJane Doe is here.",  # under `min_words`
        f"By The Associated Press\n\n{STORY}\n\nThe Associated Press is a news agency owned by its members.",
        f"By Jane\n\n{STORY}\n\nJane is a freelance writer in Boston who has covered the harbour for years.",
        f"By Jane Doesburg\n\n{STORY}\n\n{PLAIN_BIO}",  # the byline's name does not start with hers
        f"By Jane DoePublished: May 19\n\n{STORY}\n\nJane D has covered the harbour for the paper since 2010.",
        f"Photos by Jane Doe\n\n{STORY}\n\n{PLAIN_BIO}",  # a prefix without a figure credits a picture
    ],
)
def test_a_paragraph_that_is_not_a_bio_of_the_byline_s_writer_is_left_alone(text: str) -> None:
    assert voted_chrome(text) == []


def test_only_the_first_byline_names_the_writer() -> None:
    teaser_bio = "John Roe covers the courts and the city council for the paper and its podcast."
    text = f"By Jane Doe\n\n{STORY}\n\nBy John Roe\n\n{teaser_bio}\n\n{BIO}"

    assert voted_chrome(text) == [BIO]


@pytest.mark.parametrize(
    "bio",
    [
        BIO,
        "Jane Doe has been a freelance technology journalist for more than fifteen years.",
        "Jane Doe (@janedoe) is the managing editor at the paper and covered the harbour before.",
        "Jane Q. Doe is an experienced multimedia journalist and fact-checker with a degree.",
        "Jane Doe is a writer, editor, and content creator who specializes in gardening.",
        "Jane Doe is a Boston-based food and drink contributor to the paper since 2010.",
        "Jane Doe is a well known and much loved writer in Boston and its harbour.",  # five words between
    ],
)
def test_a_paragraph_that_opens_with_a_name_and_gives_a_writer_s_trade_is_a_bio_without_a_byline(bio: str) -> None:
    assert voted_chrome(f"{STORY}\n\n{bio}") == [bio]
    assert voted_chrome(f"{bio}\n\n{STORY}") == [bio]


@pytest.mark.parametrize(
    "text",
    [
        "Jane is a freelance writer in Boston who has covered the harbour for years.",  # a first name alone
        "Jane Doe is a writer.",  # under `min_words`
        "Jane Doe is a well known and much loved local writer in Boston and its harbour.",  # six words between
        "Jane Doe was a reporter.",  # the past: a story's person, not its writer
        "Jane Doe is a team of journalists covering the harbour and its many busy towns.",  # no trade right after
        "The writer Jane Doe is a Boston native who has covered the harbour for twenty years.",  # no name first
        "Jane Doe says a freelance writer in Boston has covered the harbour for twenty years.",  # no "is a"
    ],
)
def test_a_paragraph_that_does_not_give_a_named_writer_s_trade_is_left_alone(text: str) -> None:
    assert voted_chrome(f"{STORY}\n\n{text}") == []


@pytest.mark.parametrize(
    "bio",
    [
        "Hi, I'm Jane! I started this blog in 2011 to share my garden with you.",
        "Hey there! I’m Jane, the cook behind this little kitchen of recipes.",
        "Hello, I am Jane Doe, and I oversee all the laptop coverage at the paper.",
        "Howdy, my name is Jane and I love hiking, camping and road trips.",
    ],
)
def test_a_paragraph_where_a_blog_s_writer_greets_the_reader_by_her_name_is_her_bio(bio: str) -> None:
    assert voted_chrome(f"{STORY}\n\n{bio}") == [bio]


@pytest.mark.parametrize(
    "text",
    [
        "Hi, I'm Jane!",  # under `min_words`: a post's own first line
        "Hey! I'm not clocking seventy-plus years, only fifty-plus this spring.",  # no name follows
        "Hello, I am planning my trip to Japan next year and wonder about the dates.",
        '"Hi, my name is Tim and I am the one who broke the harbour lights," he said.',  # a quote
        "She said hi, I'm Jane, and then she walked down to the harbour with us.",  # no greeting first
    ],
)
def test_a_greeting_without_the_writer_s_name_after_it_is_left_alone(text: str) -> None:
    assert voted_chrome(f"{STORY}\n\n{text}") == []


def test_the_bio_is_chrome_in_the_cleaned_page() -> None:
    result = clean(f"By Jane Doe\n\n{STORY}\n\n{BIO}", format="text")

    assert BIO not in result.text
    assert all(paragraph in result.text for paragraph in PARAGRAPHS)
