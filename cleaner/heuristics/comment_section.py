"""Comment sections: once readers' comments begin, the article is over.

Comment threads are written in sentences, so shape and stop words call them body; what gives
them away is their header ("34 responses to …", "12 Comments", "Comments (12)", "Comments",
"Leave a Reply", "Discussion about this post"; not "Replies 154", a forum's statistic of the
thread it tops) and the author lines of each comment ("Jane says:", counted from the second one
on). A header may name the article it follows ("59 Comments on “<the headline>”"), so it may be
as long as a headline (`header_max_words`, 24). Gold standards of article extraction
(ScrapingHub, CleanEval, WCXB) leave comments out, as trafilatura does by default. The header
counts only once the article has begun (three prose lines above it), so a "Comments" link in
the navigation or a "12 Comments" count under the headline does not wipe out the page.

On forums, Q&A sites and discussion threads the comments are the content: the page's
prose sits mostly after the thread's start (the opening post, then replies), while an
article's own prose comes before its comments. So the heuristic stands down when the
prose after the thread start outweighs the prose before it by `content_min_prose_ratio`
(1.5: forum threads measured 1.7 to 20 on WCXB-dev; 1.0 under "Comments" alone, a header that
counts nothing and names no post, as a forum's replies tab reads) and what comes before is no longer
than an opening post (`content_max_prose_words_before`, 600 words): a long blog post under
a longer thread of comments is still an article, and so is a post whose thread header names
it ("34 responses to “<the headline>”": a blog's comment template quotes the post's title,
where a forum's reply count does not), and so is a page whose URL files it under a year and a
month ("/2019/11/18/<slug>/"), as news sites and blogs file their stories, where forums and Q&A
sites number their threads (no forum thread of WCXB-dev has such a path): text F1 on
ScrapingHub 0.93907 → 0.94179 (a news story's comments +0.66, a blog's open thread +0.26), HTML
0.97760 → 0.97776; WCXB-dev and the fixtures unchanged. A call to comment repeated on the
page ("Add a comment" under every post of a Q&A thread) is a link, not the header of one
thread, so what follows it is voted `repeated_call_vote` (-0.9), short of the sure -1 the
combiner takes as final: on a question with a long body and short answers, the ratio would
take the answers for comments.
On a page whose URL files it under a year and a month, two author lines start the thread after
one line of prose (`story_author_min_prose_lines_before`) rather than three: a blog's open
thread of one paragraph is followed by its readers' "Jane Doe on September 12, 2018 at 4:47 pm
said:". Not on other pages, where "Jane said:" under a short post opens a quotation of another
post (XenForo's forums quote so). Text F1 on ScrapingHub 0.94179 → 0.94353 (that open thread,
+0.54); every other figure unchanged, and no other page moved.
Prose lines are counted as
`prose_sandwich` counts its anchors: at least 20 words, ending like a sentence, with a
function-word share of at least 0.2. Where the thread is the content, the heuristic says so
with a vote of 0 on the thread's start ("thread_is_the_content"), which moves no score: the
combiner reads it (`CombineSettings.thread_heuristics`), and so does `--explain`.

On an HTML page the template says it too. A blog sets its post, headline and all, in an
``<article>`` and prints the thread after it in a list it names for comments ("commentlist",
"comment-body", "disqus_thread": the names `dom_hints` reads as readers' comments). So where the
headline sits in an ``<article>``, a block below it, outside every ``<article>``, whose class or
id names hold such a name is a comment, header or none, and whatever the prose ratio (a post of
one paragraph under a long thread). A name the headline carries as well ("has-comments" on the
post's own wrapper) tells nothing. A forum sets no ``<article>`` apart for its opening post, or
one around each post. Measured: HTML F1 on ScrapingHub 0.97155 → 0.97378 (a WordPress open
thread), WCXB-dev 0.85354 → 0.85392 (a Slashdot story); of the words so voted on WCXB-dev, the
gold keeps 2,661 and leaves out 13,061, all but 45 of those 2,661 on a Slashdot discussion
filed as a forum, whose comments other votes already kept out.
A Q&A site hangs a list of comments on each post, under the post's body and in the same
container ("comments", "comment-copy"), and WCXB's gold leaves them out as it leaves out a blog's
thread. So a list named for comments, below the headline, is comments wherever the blocks under
the same named elements, named for no comment, hold more prose than it does: the posts it hangs
on outweigh it. A forum that names its replies for comments beside the opening post (the replies
outweigh the post) and a page whose comments are its only prose keep theirs. Not a list holding
a heading (a document's section on review comments) or code (a highlighter names a code comment
"comment"), and not lists named for reviews, which an article's product reviews are named for
too. Measured: WCXB-dev HTML F1 0.87526 → 0.87574 (8 forum pages up by 0.04 to 0.22, all on the
Stack Exchange network; none down); text, ScrapingHub and the fixtures unchanged.
A list named as such a list is named (the names of its own element) hangs on its post as well,
however short the post: a question of two lines under a long discussion in its comments, the
answers' comments found hanging below it. WCXB-dev HTML F1 0.88009 → 0.88025 (three Q&A threads
of three Stack Exchange sites up, by 0.015 to 0.14; none down); text, ScrapingHub and the
fixtures unchanged.
The headers of blog templates in the other languages count as well ("Lascia un commento",
"Deixe um comentário", "Schreibe einen Kommentar", "Kommentare" alone, and "Comments" alone in
the languages whose function words `cleaner.lang` counts: "Kommentarer", "Yorumlar", "Σχόλια",
"댓글", "التعليقات", "评论"; no page of the development sets has one): text F1 on ScrapingHub
0.93808 → 0.93835 (an Italian blog's comment form, under its post); every other figure unchanged.
So do the words that rank or reveal the comments before that word ("Top Rated Comments",
"Reader Comments", "View Comments"), which weigh the thread as a header with a count does:
text F1 on ScrapingHub 0.93835 → 0.93866 (a news story's "Show Comments", +0.06), one WCXB-dev
page +0.009 in text; HTML and the fixtures unchanged.
"""

from __future__ import annotations

from itertools import accumulate, compress

import regex
from pydantic import Field

from cleaner.heuristics.base import BaseHeuristic, HeuristicSettings, register
from cleaner.heuristics.dom_hints import COMMENT_ROOTS
from cleaner.heuristics.line_passes import MAY_BE_BYLINE, MAY_BE_HEADER, thread_start_candidates
from cleaner.heuristics.main_container import class_words_holding
from cleaner.model import Vote
from cleaner.segment.compiled import line_fingerprint
from cleaner.segment.page import SegmentedPage, blocks_using
from cleaner.urls import dated_path

# "Comments" alone, in the languages of blog templates.
_BARE_WORDS = (
    "comment", "comments", "kommentare", "commentaires", "comentarios", "comentários", "commenti", "reacties",
    "komentarze", "комментарии", "kommentarer", "komentáře", "yorumlar", "komentar", "kommentit", "hozzászólások",
    "σχόλια", "comentarii", "bình luận", "댓글", "תגובות", "نظرات", "التعليقات", "تعليقات", "टिप्पणियाँ", "コメント",
    "评论", "評論", "留言",
)  # fmt: skip
_BARE = "(?:" + "|".join(r"\s+".join(map(regex.escape, word.split())) for word in _BARE_WORDS) + ")"
# The words that rank or reveal the comments under a header of that word alone ("Top Rated
# Comments", "Reader Comments", "View Comments"): a header that counts nothing and names no post.
# Many lines open with them ("All products", "View details"): only those that hold a comment word
# as well are tried.
# Each qualifier's pattern, by its first token.
_QUALIFIER_PATTERNS = {
    "top": r"top(?:\s+rated)?", "best": "best", "newest": "newest", "latest": "latest", "recent": "recent",
    "most": r"most\s+(?:popular|recent|liked)", "reader": "reader['’]?", "readers": "readers['’]?", "all": "all",
    "view": "view", "show": "show", "see": "see", "load": "load",
}  # fmt: skip
_QUALIFIED = rf"(?:(?:{'|'.join(_QUALIFIER_PATTERNS.values())})\s+)?{_BARE}"
_QUALIFIERS = frozenset(_QUALIFIER_PATTERNS)
_COMMENT_TOKENS = frozenset(line_fingerprint(word).split()[0] for word in _BARE_WORDS)
_COMMENT_HEADER = regex.compile(
    r"\A(?:\d+\s+(?:comments?|responses?|replies|reactions|thoughts? on)\b|"
    r"(?:leave|post|add|write) (?:a|your) (?:reply|comment)|join the (?:discussion|conversation)|"
    r"discussion about this (?:post|article|story|episode)\b|"
    r"\d+\s+(?:kommentare?|commentaires?|comentarios?|commenti|комментари[йиея])\b|"
    # The call to comment in the other languages of blog templates: WordPress's "Leave a Reply".
    r"(?:schreibe|hinterlasse|verfasse)\s+(?:einen|deinen|ihren)\s+kommentar|kommentar\s+(?:schreiben|verfassen)|"
    r"laisse[rz]?\s+une?\s+(?:commentaire|réponse)|(?:deja|dejar|deje)\s+(?:un|una|tu|su)\s+(?:comentario|respuesta)|"
    r"deixe\s+(?:um|uma|seu|o\s+seu)\s+(?:comentário|resposta)|lascia\s+(?:un|una|il\s+tuo)\s+(?:commento|risposta)|"
    r"laat\s+een\s+(?:reactie|antwoord)\s+achter|geef\s+een\s+reactie|(?:dodaj|zostaw)\s+(?:komentarz|odpowiedź)|"
    r"(?:добавить|оставить)\s+комментарий|"
    rf"{_QUALIFIED}\s*(?:\(\d+\)|\d+)?:?\Z)",
    regex.IGNORECASE,
)
# A header that quotes the title of what it follows ("34 responses to “…”", "10 thoughts on
# “…”", "12 Kommentare zu „…“"): the comments of a blog post. Tried on headers alone.
_HEADER_NAMING_THE_POST = regex.compile(r"\A\d+\s+\w+\s+(?:to|on|zu|à|a|su)\s+[\"“«‘„]", regex.IGNORECASE)
_BARE_HEADER = regex.compile(rf"{_BARE}:?", regex.IGNORECASE)
# "Jane says:" opens each comment ("by jdoe ( 1234 ) writes:" on Slashdot); one such line could be
# a quotation, two make a thread.
_AUTHOR_VERBS = ("says", "said", "wrote", "writes", "schreibt", "a écrit", "dice", "escribió")
_COMMENT_AUTHOR = regex.compile(rf"\s(?:{'|'.join(_AUTHOR_VERBS)}):?\Z", regex.IGNORECASE)
# What the patterns need, tested first: a header starts with a character beyond ASCII (a count
# in another script's digits, a word in another script), or with a count and then the word it
# counts, which opens with one of `_COUNTED_OPENINGS` ("12 Comments": most lines opening with a
# digit are dates, times and list numbers), or its first token with leave/post/add/write/join/
# comment/discussion or their kin in other languages (a count may follow "comments" unspaced);
# an author line's last word is a verb above.
_HEADER_OPENINGS = (
    "leave", "post", "add", "write", "join", "comment", "discussion",
    "schreibe", "hinterlasse", "verfasse", "kommentar", "laisse", "dej", "deixe", "coment", "lascia", "laat", "geef",
    "reacties", "dodaj", "zostaw", "koment", "komment", "yorum", "hozz", "bình",
)  # fmt: skip
# The counted words of `_COMMENT_HEADER`, as far as each is spelt without an i: the pattern's case
# takes "İ" for "i", where the token's fold is "i̇".
_COUNTED_OPENINGS = ("comment", "respons", "repl", "reac", "thought", "kommentar", "coment", "комментар")
_AUTHOR_LAST_WORDS = frozenset(verb.split()[-1] for verb in _AUTHOR_VERBS)
_MIN_AUTHOR_LINES = 2


# A comment list hanging on a post is named for comments ("comments", "comment-copy", "js-comment",
# which the HTML reader cuts into their words): not for reviews, which an article's own product
# reviews are named for too. Whole words, which the page's set of words answers at once, where
# roots inside names ("commentlist") took a search of all of them (17 µs a ScrapingHub page).
_COMMENT_WORDS = frozenset(("comment", "comments"))
_CODE_TAGS = frozenset(("pre", "code"))


class CommentSectionSettings(HeuristicSettings):
    header_max_words: int = 24
    min_prose_lines_before: int = 3
    story_author_min_prose_lines_before: int = 1  # under a dated URL, prose lines above two author lines
    prose_min_words: int = 20
    prose_min_stopword_share: float = 0.2
    content_min_prose_ratio: float = 1.5  # prose words after the thread start / prose words before it
    bare_header_content_min_prose_ratio: float = 1.0  # the same, under "Comments" alone
    content_max_prose_words_before: int = 600
    repeated_call_vote: float = Field(-0.9, ge=-1.0, le=0.0, description="vote after a call to comment seen twice")


@register
class CommentSection(BaseHeuristic[CommentSectionSettings]):
    name = "comment_section"
    Settings = CommentSectionSettings

    def vote(self, page: SegmentedPage) -> list[Vote | None]:
        s = self.settings
        votes: list[Vote | None] = [None] * len(page)
        prose = page.prose_lines(s.prose_min_words, s.prose_min_stopword_share)
        for index in self._named_outside_the_post(page):
            votes[index] = self.cast(-1.0, "named_comment_outside_the_post")
        for index in _comments_on_posts(page, prose):
            votes[index] = self.cast(-1.0, "comments_on_a_post")
        story = dated_path(page.url)
        start = self._thread_start(page, prose, story)
        if start is None:
            return votes
        header = page.texts[start]
        # "Comments" alone counts no comments and names no post: a forum's replies tab says as much.
        ratio = s.bare_header_content_min_prose_ratio if _BARE_HEADER.fullmatch(header) else s.content_min_prose_ratio
        if (
            _HEADER_NAMING_THE_POST.match(header) is None
            and not story
            and self._thread_is_the_content(page, prose, start, ratio)
        ):
            votes[start] = self.cast(0.0, "thread_is_the_content")
            return votes
        if page.repeats[start] > 1 and not header[0].isdigit() and _COMMENT_HEADER.match(header):
            value, reason = s.repeated_call_vote, "repeated_call_to_comment"
        else:
            value, reason = -1.0, "comment_header"
        votes[start] = self.cast(value, reason)
        votes[start + 1 :] = [self.cast(value, f"after_{reason}")] * (len(page) - start - 1)
        return votes

    @staticmethod
    def _named_outside_the_post(page: SegmentedPage) -> list[int]:
        """The blocks below a headline set in an ``<article>``, outside every ``<article>``, named as comments."""
        headline = page.headline
        if not page.has_dom or headline is None or "article" not in page.containers[headline]:
            return []
        # The page's names that hold a comment's root, but the post's own: most pages have none, and the
        # blocks holding one are found without a Python step a block (16 -> 6 µs a ScrapingHub HTML page).
        comment_names = class_words_holding(page, COMMENT_ROOTS) - page.class_tokens[headline]
        if not comment_names:
            return []
        below, containers = headline + 1, page.containers
        return [
            below + offset
            for offset in blocks_using(comment_names, page.class_tokens[below:])
            if "article" not in containers[below + offset]
        ]

    def _thread_is_the_content(self, page: SegmentedPage, prose: tuple[bool, ...], start: int, ratio: float) -> bool:
        """More prose after the thread start than before it, by `ratio`: a forum, not an article."""
        s = self.settings
        prose_words = [words if is_prose else 0 for words, is_prose in zip(page.words, prose, strict=True)]
        before, after = sum(prose_words[:start]), sum(prose_words[start:])
        return after > 0 and after >= ratio * before and before <= s.content_max_prose_words_before

    def _thread_start(self, page: SegmentedPage, prose: tuple[bool, ...], story: bool) -> int | None:
        """The first comment header, or the first of two author lines, under enough prose; `story`: the URL is dated."""
        s = self.settings
        author_lines: list[int] = []
        texts, page_tokens = page.texts, page.tokens
        header_min_prose = s.min_prose_lines_before
        author_min_prose = s.story_author_min_prose_lines_before if story else header_min_prose
        # A compiled pass finds the short lines under the prose that open like a header or end
        # like a byline; the patterns run on those alone.
        candidates = thread_start_candidates(
            texts,
            page_tokens,
            page.words,
            prose,
            s.header_max_words,
            min(header_min_prose, author_min_prose),
            _HEADER_OPENINGS,
            _COUNTED_OPENINGS,
            _QUALIFIERS,
            _COMMENT_TOKENS,
            _AUTHOR_LAST_WORDS,
        )
        # Where a story's author lines need less prose above them than a header, a header's is counted.
        prose_above = list(accumulate(prose)) if author_min_prose < header_min_prose else None
        for index, may_be in candidates:
            text = texts[index]
            if (
                may_be & MAY_BE_HEADER
                and (prose_above is None or prose_above[index] >= header_min_prose)
                and _COMMENT_HEADER.match(text)
            ):
                return index
            if may_be & MAY_BE_BYLINE and _COMMENT_AUTHOR.search(text):
                author_lines.append(index)
                if len(author_lines) == _MIN_AUTHOR_LINES:
                    return author_lines[0]
        return None


def _comments_on_posts(page: SegmentedPage, prose: tuple[bool, ...]) -> list[int]:
    """The blocks below the headline of the comment lists that hang on posts (see the module's docstring).

    A comment list is the blocks under one element named for comments ("comments", "js-comment"),
    grouped by the named elements above it; it hangs on a post where the blocks under those same
    elements, named for no comment, hold more prose than the list does, or where its own element
    is named as the element of a list so found is. Not a list holding a
    heading (a document's section on review comments) or code (a highlighter names a code
    comment "comment").
    """
    headline = page.headline
    # A page built by hand without its chains of names or its headings has no lists to tell apart.
    if not page.has_dom or headline is None or not page.name_chains or not page.heading_levels:
        return []
    names = _COMMENT_WORDS.intersection(page.class_words) - page.class_tokens[headline]
    if not names:
        return []
    below, chains, class_tokens, words = headline + 1, page.name_chains, page.class_tokens, page.words
    lists: dict[tuple[frozenset[str], ...], list[int]] = {}
    # The named elements above a block's list, worked out once for each chain of names: a list's
    # blocks share theirs; and the names of the list's own element.
    above_the_list: dict[tuple[frozenset[str], ...], tuple[frozenset[str], ...]] = {}
    list_names: dict[tuple[frozenset[str], ...], frozenset[str]] = {}
    for offset in blocks_using(names, class_tokens[below:]):
        chain = chains[below + offset]
        above = above_the_list.get(chain)
        if above is None:
            named_at = next(level for level, chain_names in enumerate(chain) if not names.isdisjoint(chain_names))
            above = above_the_list[chain] = chain[:named_at]
            list_names[above] = chain[named_at]
        lists.setdefault(above, []).append(below + offset)
    unnamed_prose = [
        index for index in compress(range(below, len(prose)), prose[below:]) if names.isdisjoint(class_tokens[index])
    ]
    hanging: list[tuple[frozenset[str], ...]] = []
    outweighed: list[tuple[frozenset[str], ...]] = []
    for above, members in lists.items():
        if any(page.heading_levels[index] or page.tags[index] in _CODE_TAGS for index in members):
            continue
        post_words = sum(words[index] for index in unnamed_prose if chains[index][: len(above)] == above)
        (hanging if post_words > sum(words[index] for index in members if prose[index]) else outweighed).append(above)
    # A list the template names as it names a list found hanging on a post hangs on its post too,
    # however short that post: a short question under a long discussion in its comments.
    named_as_hanging = {list_names[above] for above in hanging}
    hanging += [above for above in outweighed if list_names[above] in named_as_hanging]
    return sorted(index for above in hanging for index in lists[above])
