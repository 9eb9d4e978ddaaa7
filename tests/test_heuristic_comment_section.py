"""comment_section: from a comment-thread header on, the rest of the page is readers' comments."""

from __future__ import annotations

import pytest
from helpers import line, page, votes

import cleaner
from cleaner.heuristics.comment_section import CommentSection
from cleaner.model import Vote
from cleaner.segment.html import segment_html

S = CommentSection().settings


def _article(header: str, paragraphs_before: int = 6, paragraphs_after: int = 3) -> str:
    before = [line(20, stopwords=5, seed=i, end=".") for i in range(paragraphs_before)]
    after = [line(15, seed=i + 10, end=".") for i in range(paragraphs_after)]
    return "\n\n".join([*before, header, *after])


def _header_votes(header: str, heuristic: CommentSection | None = None) -> list[object]:
    """Votes on the header and the blocks after it, on an article whose header sits well past the start."""
    result = votes(heuristic or CommentSection(), _article(header))
    assert result[:6] == [None] * 6
    return result[6:]


@pytest.mark.parametrize(
    "header",
    [
        "12 Comments",
        "34 responses to “Storm closes the coastal road”",
        "59 Comments on “The December Comfort Watches 2025, Day Eighteen: A Long Headline of Words”",
        "Leave a Reply",
        "Join the discussion",
        "Discussion about this post",
        "5 Kommentare",
        "Comments 115",
        "Comments (12)",
        "COMMENTS",
        "Comments:",
        "Lascia un commento Annulla risposta",
        "Deixe um comentário",
        "Schreibe einen Kommentar",
        "Laisser un commentaire",
        "Deja una respuesta",
        "Laat een reactie achter",
        "Оставить комментарий",
        "Kommentare",
        "Comentários (3)",
        "Kommentarer (4)",
        "Komentáře",
        "Yorumlar",
        "Kommentit",
        "Hozzászólások",
        "Σχόλια",
        "Comentarii",
        "Bình luận",
        "댓글 12",
        "תגובות",
        "التعليقات",
        "评论",
        "Top Rated Comments",
        "Reader Comments",
        "Most Popular Comments",
        "View Comments",
        "Show comments (31)",
    ],
)
def test_comment_header_marks_the_rest_of_the_page_as_chrome(header: str) -> None:
    first, *rest = _header_votes(header)

    assert first is not None
    assert first.value < 0
    assert first.reason == "comment_header"
    assert rest
    assert all(vote is not None and vote.value < 0 and vote.reason == "after_comment_header" for vote in rest)


@pytest.mark.parametrize("second_author", ["John Smith wrote:", "by jsmith ( 596061 ) writes:"])
def test_second_comment_author_line_starts_the_thread_at_the_first(second_author: str) -> None:
    text = _article("Jane Doe says:", paragraphs_after=1) + f"\n\n{second_author}\n\n" + line(15, seed=20, end=".")

    result = votes(CommentSection(), text)

    assert result[:6] == [None] * 6
    assert result[6] is not None
    assert result[6].reason == "comment_header"
    assert all(vote is not None and vote.reason == "after_comment_header" for vote in result[7:])


@pytest.mark.parametrize(
    ("url", "starts_a_thread"),
    [
        ("https://blog.example/2018/09/10/september-open-thread/", True),
        ("https://forum.example/threads/september-open-thread.1234/", False),
        (None, False),
    ],
)
def test_under_a_story_filed_by_its_date_two_author_lines_start_the_thread_after_one_paragraph(
    url: str | None, starts_a_thread: bool
) -> None:
    """A short story's comments end it; elsewhere "Jane said:" under a short post may quote a forum's post."""
    lines = [line(20, stopwords=5, seed=1, end=".")]
    for author in ("Jane Doe on September 12, 2018 at 4:47 pm said:", "John Smith on September 13 said:"):
        lines += [author, line(20, stopwords=5, seed=len(lines), end=".")]
    assert S.story_author_min_prose_lines_before == 1 < S.min_prose_lines_before

    result = CommentSection().vote(page("\n\n".join(lines), url))

    assert result[0] is None
    if starts_a_thread:
        assert result[1] is not None and result[1].reason == "comment_header"
        assert all(vote is not None and vote.reason == "after_comment_header" for vote in result[2:])
    else:
        assert result == [None] * len(lines)


def test_one_author_line_is_not_a_thread() -> None:
    assert votes(CommentSection(), _article("Jane Doe says:")) == [None] * 10


def test_page_without_a_comment_header_abstains() -> None:
    assert votes(CommentSection(), _article("Storm closes the coastal road")) == [None] * 10


def test_header_at_the_word_limit_counts() -> None:
    header = f"Leave a reply {line(S.header_max_words - 3)}"
    assert len(header.split()) == S.header_max_words

    assert _header_votes(header)[0].reason == "comment_header"


def test_header_over_the_word_limit_abstains() -> None:
    header = f"Leave a reply {line(S.header_max_words - 2)}"

    assert _header_votes(header) == [None] * 4


def _after_prose(lines_before: int) -> list[object]:
    """Votes on a page with `lines_before` prose lines, then "12 Comments", then one short line."""
    before = [line(20, stopwords=5, seed=i, end=".") for i in range(lines_before)]
    return votes(CommentSection(), "\n\n".join([*before, "12 Comments", "last"]))


def test_header_after_the_least_prose_counts() -> None:
    at_edge = _after_prose(S.min_prose_lines_before)

    assert at_edge[-2] is not None
    assert at_edge[-2].reason == "comment_header"


def test_header_before_the_article_has_begun_is_a_comment_count_link() -> None:
    assert _after_prose(S.min_prose_lines_before - 1) == [None] * (S.min_prose_lines_before + 1)


def test_comments_link_in_the_top_navigation_is_ignored() -> None:
    text = "\n".join(["Home", "News", "Comments", "Sport", ""]) + "\n\n".join(
        line(20, seed=i, end=".") for i in range(8)
    )

    assert all(vote is None for vote in votes(CommentSection(), text))


def test_reported_speech_in_an_article_is_not_a_comment_thread() -> None:
    text = _article("A spokesman for the council said:", paragraphs_after=4)

    assert all(vote is None for vote in votes(CommentSection(), text))


@pytest.mark.parametrize("label", ["View all", "Top stories", "Reader favourites", "Load more", "★★★★★", "— —"])
def test_a_ranking_or_revealing_word_without_comments_is_not_a_header(label: str) -> None:
    assert _header_votes(label) == [None] * 4


def test_sentence_mentioning_comments_is_not_a_header() -> None:
    assert _header_votes("Comments from readers were mostly kind") == [None] * 4


@pytest.mark.parametrize(
    "line_with_a_count", ["Replies 154", "Comments 115 and counting", "Views (26)", "Commentaires et critiques"]
)
def test_a_forum_statistic_or_a_count_inside_a_line_is_not_a_header(line_with_a_count: str) -> None:
    assert _header_votes(line_with_a_count) == [None] * 4


def _thread(prose_before: int, prose_after: int, header: str = "12 Comments") -> str:
    """A page whose prose (20-word lines, 5 function words each) is split around a thread `header`."""
    opening = [line(8, seed=90 + i, end=".") for i in range(4)]  # short lines: the header is past the page start
    before = [line(20, stopwords=5, seed=i, end=".") for i in range(prose_before)]
    after = [line(20, stopwords=5, seed=i + 40, end=".") for i in range(prose_after)]
    return "\n\n".join([*opening, *before, header, *after])


def test_thread_with_less_prose_after_it_than_the_ratio_is_comments() -> None:
    before, after = 4, 5  # 100 and 100 × 5 / 4 = 125 words: a ratio of 1.25
    assert after < S.content_min_prose_ratio * before

    result = votes(CommentSection(), _thread(before, after))

    assert result[-1] is not None
    assert result[-1].reason == "after_comment_header"


# The ratio tests put the header after little prose, so the thread may start anywhere.
ANYWHERE = {"min_prose_lines_before": 0}


def _thread_is_the_content(result: list[Vote | None]) -> bool:
    """The heuristic stood down: its one vote, 0 on the thread's start, says the thread is the content."""
    cast = [vote for vote in result if vote is not None]
    return len(cast) == 1 and cast[0].value == 0.0 and cast[0].reason == "thread_is_the_content"


def test_thread_with_prose_after_it_at_the_ratio_is_the_content() -> None:
    before, after = 2, 3  # a ratio of 1.5
    assert after == S.content_min_prose_ratio * before

    assert _thread_is_the_content(votes(CommentSection(**ANYWHERE), _thread(before, after)))


def test_thread_with_prose_after_it_above_the_ratio_is_the_content() -> None:
    assert _thread_is_the_content(votes(CommentSection(**ANYWHERE), _thread(1, 5)))


def test_thread_just_below_the_ratio_is_comments() -> None:
    heuristic = CommentSection(content_min_prose_ratio=1.51, **ANYWHERE)

    assert votes(heuristic, _thread(2, 3))[-1] is not None


@pytest.mark.parametrize("bare", ["Comments", "Kommentare", "Comentários"])
def test_under_comments_alone_a_thread_as_long_as_the_post_is_the_content(bare: str) -> None:
    before = after = 3  # a ratio of 1, the bare header's
    assert after == S.bare_header_content_min_prose_ratio * before

    assert _thread_is_the_content(votes(CommentSection(**ANYWHERE), _thread(before, after, bare)))
    assert votes(CommentSection(**ANYWHERE), _thread(before, after, "3 Comments"))[-1] is not None


def test_under_comments_alone_a_thread_shorter_than_the_post_is_comments() -> None:
    result = votes(CommentSection(**ANYWHERE), _thread(3, 2, "Comments"))

    assert result[-1] is not None
    assert result[-1].reason == "after_comment_header"


def test_short_lines_do_not_count_as_prose() -> None:
    shorter = CommentSection(prose_min_words=21, **ANYWHERE)

    assert votes(shorter, _thread(0, 3))[-1] is not None
    assert _thread_is_the_content(votes(CommentSection(**ANYWHERE), _thread(0, 3)))


def test_long_article_before_a_longer_thread_keeps_its_comments_out() -> None:
    lines_at_limit = S.content_max_prose_words_before // 20  # 20-word prose lines
    after = 2 * (lines_at_limit + 1)  # a ratio of 2: the thread would pass for the content

    at_limit = votes(CommentSection(), _thread(lines_at_limit, after))
    over_limit = votes(CommentSection(), _thread(lines_at_limit + 1, after))

    assert _thread_is_the_content(at_limit)
    assert over_limit[-1] is not None
    assert over_limit[-1].reason == "after_comment_header"


@pytest.mark.parametrize(
    "header",
    [
        "34 responses to “Storm closes the coastal road”",
        '10 thoughts on "Storm closes the road"',
        "12 Kommentare zu „Sturm“",
    ],
)
def test_a_header_quoting_the_post_keeps_a_longer_thread_out_of_a_short_post(header: str) -> None:
    """A blog's comment template names the post it follows; a forum's reply count names nothing."""
    before, after = 3, 12  # a ratio of 4: under a bare count the thread would pass for the content
    assert _thread_is_the_content(votes(CommentSection(), _thread(before, after)))

    result = votes(CommentSection(), _thread(before, after, header))

    assert result[-1] is not None
    assert result[-1].reason == "after_comment_header"


def test_a_header_naming_no_quoted_title_leaves_the_thread_the_content() -> None:
    assert _thread_is_the_content(votes(CommentSection(), _thread(3, 12, "12 replies to this topic")))


@pytest.mark.parametrize(
    ("url", "is_the_content"),
    [
        ("https://news.example/2019/11/18/storm-closes-the-coastal-road/", False),
        ("https://forum.example/threads/storm-closes-the-coastal-road.1234/", True),
        (None, True),
    ],
)
def test_a_longer_thread_under_a_story_filed_by_its_date_is_comments(url: str | None, is_the_content: bool) -> None:
    """News sites and blogs file a story under its year and month; forums number their threads."""
    result = CommentSection().vote(page(_thread(3, 12), url))

    assert _thread_is_the_content(result) is is_the_content
    assert (result[-1] is not None and result[-1].reason == "after_comment_header") is not is_the_content


def _question_and_answers(call: str, answers: int) -> str:
    """A question (4 prose lines), then each of `answers` answers (a prose line) under a call to comment."""
    question = [line(20, stopwords=5, seed=i, end=".") for i in range(4)]
    answered = []
    for answer in range(answers):
        answered += [call, line(20, stopwords=5, seed=40 + answer, end=".")]
    return "\n\n".join([*question, *answered, call])


def test_a_call_to_comment_under_every_post_is_a_link_and_votes_short_of_sure() -> None:
    result = votes(CommentSection(), _question_and_answers("Add a comment", 2))

    assert result[4] is not None
    assert (result[4].value, result[4].reason) == (S.repeated_call_vote, "repeated_call_to_comment")
    assert {(vote.value, vote.reason) for vote in result[5:] if vote is not None} == {
        (S.repeated_call_vote, "after_repeated_call_to_comment")
    }


def test_a_call_to_comment_written_once_is_a_reply_form_and_votes_sure() -> None:
    text = "\n\n".join([*(line(20, stopwords=5, seed=i, end=".") for i in range(4)), "Leave a comment"])
    text += "\n\n" + line(20, stopwords=5, seed=40, end=".")

    result = votes(CommentSection(), text)

    assert result[4] is not None
    assert (result[4].value, result[4].reason) == (-1.0, "comment_header")


def test_a_comment_count_seen_twice_still_votes_sure() -> None:
    """A blog shows its count under the headline and over the thread: the same line twice, still a header."""
    text = "\n\n".join(
        ["12 Comments", *(line(20, stopwords=5, seed=i, end=".") for i in range(4)), "12 Comments", line(15, seed=9)]
    )

    result = votes(CommentSection(), text)

    assert result[5] is not None
    assert (result[5].value, result[5].reason) == (-1.0, "comment_header")


def _blog_page(article_class: str = "post", thread_class: str = "commentlist", post_in_article: bool = True) -> str:
    """A one-paragraph post under its headline, then a longer thread of replies in a named list."""
    post = f"<h1>September open thread</h1><p>{line(25, stopwords=8, seed=1, end='.')}</p>"
    post = f'<article class="{article_class}">{post}</article>' if post_in_article else f"<div>{post}</div>"
    replies = "".join(f"<li><p>{line(30, stopwords=9, seed=10 + n, end='.')}</p></li>" for n in range(4))
    body = f'{post}<ol class="{thread_class}">{replies}</ol><div class="footer-note"><p>Site notes</p></div>'
    return f"<html><head><title>September open thread</title></head><body>{body}</body></html>"


def _reasons(html: str) -> list[str | None]:
    page = segment_html(html)
    return [vote.reason if vote is not None else None for vote in CommentSection().vote(page)]


def test_comments_named_as_such_outside_the_article_of_the_post_are_sure_chrome() -> None:
    # No header and one prose line above the thread: only the DOM says these are comments.
    reasons = _reasons(_blog_page())

    assert reasons[:2] == [None, None]
    assert reasons[2:6] == ["named_comment_outside_the_post"] * 4
    assert reasons[6] is None


def test_a_headline_outside_any_article_leaves_named_comments_alone() -> None:
    # A forum thread: its replies are the content, and no <article> sets the post apart.
    assert _reasons(_blog_page(post_in_article=False)) == [None] * 7


def test_a_comment_name_the_post_carries_as_well_says_nothing() -> None:
    # A template may name the post's own wrapper for its comments ("post has-comments"), and the
    # thread after it the same: the name tells the two apart no more.
    assert _reasons(_blog_page(article_class="post has-comments", thread_class="has-comments")) == [None] * 7


def _qa_page(
    comment_words: int = 12, list_heading: str = "", list_class: str = "comments", question_words: int = 40
) -> str:
    """A question and two answers, each a post with a short list of comments hanging on it, in its container: the
    answers' paragraphs of 40 words, the question's of `question_words`."""

    def comment(seed: int) -> str:
        text = line(comment_words, stopwords=max(6, comment_words // 3), seed=seed, end=".")
        return f'<li class="comment"><span class="comment-copy">{text}</span></li>'

    def post(kind: str, seed: int, words: int = 40) -> str:
        body = "".join(f"<p>{line(words, stopwords=words // 3, seed=seed + n, end='.')}</p>" for n in range(2))
        comments = f'<div class="{list_class}">{list_heading}<ul>{comment(seed + 20)}{comment(seed + 21)}</ul></div>'
        return f'<div class="{kind}"><div class="post-body">{body}</div>{comments}</div>'

    question = post("question", 1, question_words)
    body = f"<h1>How do I back up my whole system?</h1>{question}{post('answer', 40)}{post('answer', 80)}"
    return f"<html><head><title>How do I back up my whole system?</title></head><body>{body}</body></html>"


def _voted_texts(html: str, reason: str) -> list[str]:
    page = segment_html(html)
    return [
        text
        for text, vote in zip(page.texts, CommentSection().vote(page), strict=True)
        if vote is not None and vote.reason == reason
    ]


def test_comments_hanging_on_the_posts_of_a_q_and_a_page_are_sure_chrome() -> None:
    page = segment_html(_qa_page())
    result = CommentSection().vote(page)

    comments = [index for index, text in enumerate(page.texts) if len(text.split()) == 12]
    assert len(comments) == 6  # two on each of three posts
    assert [index for index, vote in enumerate(result) if vote is not None] == comments
    assert all((result[index].value, result[index].reason) == (-1.0, "comments_on_a_post") for index in comments)


def test_comments_that_outweigh_the_post_they_hang_on_are_the_content() -> None:
    # A forum naming its replies for comments beside the opening post: the replies are the thread.
    assert _voted_texts(_qa_page(comment_words=120), "comments_on_a_post") == []


def test_comments_on_a_short_question_hang_on_it_as_the_answers_comments_do() -> None:
    # The question's two paragraphs of 10 words are outweighed by its two comments of 12, in a
    # list named as the answers' lists are, which hang on their longer posts.
    comments = [text for text in segment_html(_qa_page(question_words=10)).texts if len(text.split()) == 12]

    assert len(comments) == 6
    assert _voted_texts(_qa_page(question_words=10), "comments_on_a_post") == comments


def test_a_short_posts_comments_named_otherwise_than_the_hanging_lists_are_the_content() -> None:
    html = _qa_page(question_words=10).replace('<div class="comments">', '<div class="replies comments">', 1)
    comments = [text for text in segment_html(html).texts if len(text.split()) == 12]

    assert _voted_texts(html, "comments_on_a_post") == comments[2:]  # the answers' comments alone


def test_a_comment_list_holding_a_heading_is_a_section_of_the_page() -> None:
    assert _voted_texts(_qa_page(list_heading="<h2>Review comments</h2>"), "comments_on_a_post") == []


def test_lists_named_for_reviews_are_left_alone() -> None:
    html = _qa_page().replace("comment-copy", "review-text").replace('"comment"', '"review"')

    assert _voted_texts(html.replace('"comments"', '"reviews"'), "comments_on_a_post") == []


def test_a_highlighted_code_comment_is_no_readers_comment() -> None:
    code = "".join(f'<span class="comment"># step {n} of the setup</span>\n' for n in range(3))
    prose = "".join(f"<p>{line(30, stopwords=9, seed=n, end='.')}</p>" for n in range(3))
    body = f"<h1>A brief intro to git</h1>{prose}<pre><code>{code}</code></pre>{prose}"
    html = f"<html><head><title>A brief intro to git</title></head><body>{body}</body></html>"

    assert _voted_texts(html, "comments_on_a_post") == []


def test_comments_on_posts_leave_the_body_and_come_back_with_comments_kept() -> None:
    html = _qa_page()
    comments = [text for text in segment_html(html).texts if len(text.split()) == 12]

    default = cleaner.clean(html, format="html")
    with_comments = cleaner.Cleaner().with_comments().clean(html, format="html")

    decisions = [block.decision for block in default.blocks if block.text in comments]
    assert len(decisions) == 6 and "vetoed&comment_section=-1" in decisions
    assert all(comment not in default.text for comment in comments)
    assert all(comment in with_comments.text for comment in comments)


def test_a_page_built_without_its_chains_of_names_gets_no_vote_on_its_comment_lists() -> None:
    page = segment_html(_qa_page())
    by_hand = page.model_copy(update={"name_chains": ()})

    assert [vote for vote in CommentSection().vote(by_hand) if vote is not None] == []
