"""Author bios: the paragraph about the person the byline names is about the writer, not the story.

Blogs, magazines and company sites close an article (or open it, under the byline) with a box
about its writer: the name again, maybe under "Written by", then "Jane Doe is a freelance writer
based in Boston. She has covered …". It is written as prose, in the article's region, so shape
and position call it body; the gold standards leave it out, as they leave out the byline. On
WCXB-dev's HTML, the bios found on 44 pages held 1,403 words kept as body that the gold leaves
out, and 191 it keeps (a shop's page of a book, whose byline names the book's author, and two
sites that keep their writer's bio): F1 HTML 0.86714 → 0.86750, text 0.83294 → 0.83330;
ScrapingHub HTML 0.97752 → 0.97760, text 0.93902 → 0.93907 (a deal post's "Eric Song is IGN's
deal curator …"); the fixtures unchanged. What tells it is the name: the page's byline ("By Jane
Doe", "Written by: Jane Doe, Senior Analyst", "by Jane Doe | May 19, 2024", "Posted on May 19,
2024 by Jane Doe", "May 19, 2024 by Jane Doe - 5 Comments", in the byline words of
`boilerplate_phrases`) names the writer, and a later
paragraph of at least `min_words` words opens with that full name followed by a word in lower
case ("Jane Doe is", "Jane Doe covers", "Jane Doe co-founded", "Jane Doe (@janedoe) is"), or
with the first name alone so followed within `box_blocks` blocks of a line that names her in
full ("By Archie Fenn" over "Archie is a writer from South London"). The paragraphs right after
it that go on about her (opening with a third-person pronoun or holding her first name: "She is
the author of six books", "When she's not writing, Jane …") and the short line right before it
that only names her ("Jane Doe", "Written by Jane Doe") are the same box. A name is two to four
capitalised words; where its last runs into another ("By Jane DoePublished: May 19", a text
dump's glued elements), the name without it counts too (text F1 on WCXB-dev 0.83333 → 0.83338,
HTML 0.86765 → 0.86768, with the bylines after a date; nothing down). A byline may follow the date
with no verb before it, as blog themes write it ("December 20, 2025 by Jean-Luc Aufranc"): a
prefix that holds a figure; a line whose prefix holds none ("Photos by Jane Doe") credits a
picture. A hyphenated first name is the one name ("Jean-Luc started CNX Software …"). With both,
WCXB-dev HTML F1 0.88376 → 0.88380, text 0.83841 → 0.83843 (four pages of three sites up, by
up to 0.04; none down); ScrapingHub and the fixtures unchanged. The writer is the one the
page's first byline names: the bylines below the story credit the stories it links to, and their
writers' bios are theirs. A byline whose name opens with a function word ("By The Associated
Press") names no person.

A bio that gives its writer's trade right after the name is one with no byline to match: a paragraph
of at least `min_words` words that opens with a name and "is a", "is the", "has been a" with a
writer's trade within five words ("Jane Doe is a freelance writer", "Jane Doe is the managing editor
at …", "Jane Doe is an experienced multimedia journalist"): many pages' bylines are in no form the
pattern reads ("Jane Doe" alone, or a link above the headline), and the bio is told by its own shape.
A story speaks of its people in the past or by their other trades. On the dev sets such a paragraph is out of
the gold on 30 sites and in it on 4 (two review sites that keep their tester's bio, a shop's page of
a book): WCXB-dev HTML F1 0.88494 → 0.88498 (4 pages of 4 sites up, 2 pages of 2 sites down),
text 0.83856 → 0.83859; ScrapingHub text 0.94452 → 0.94467, HTML and the fixtures unchanged.
So is a paragraph of at least `min_words` words where a blog's writer greets the reader with her
name ("Hi, I'm Jane! I started this blog in 2011", "Hey there! I'm Jane, the cook behind …"), the
box a blog shows beside or under each post: of such lines on the dev sets the gold leaves out 12 on
11 sites and keeps 2 (a post that opens so, one under `min_words`); WCXB-dev HTML F1 0.88499 →
0.88505 (3 pages of 3 sites up, 1 down), text 0.83860 → 0.83867; ScrapingHub and the fixtures
unchanged.
The vote is sure (-1), and the combiner takes it as final (`CombineSettings.chrome_vetoes`).
"""

from __future__ import annotations

import regex
from pydantic import Field

from cleaner.heuristics.base import BaseHeuristic, HeuristicSettings, register
from cleaner.heuristics.boilerplate_phrases import BYLINE_WORDS
from cleaner.heuristics.line_passes import lines_opening_with
from cleaner.lang import STOPWORDS
from cleaner.model import Vote
from cleaner.segment.compiled import line_fingerprint
from cleaner.segment.page import SegmentedPage

# The words one of which every byline holds, as the page's case-folded tokens hold them: the lines
# worth the pattern.
_BYLINE_TOKENS = BYLINE_WORDS | frozenset(("written", "posted", "author"))
# A name: two to four capitalised words, one space apart (a tab or a bar ends it: "by Jane Doe
# \t Global Desk", "by Jane Doe | May 19").
_NAME_WORD = r"\p{Lu}[\p{L}'’.-]*+"
_NAME = rf"{_NAME_WORD}(?:[ \u00a0]{_NAME_WORD}){{1,3}}"
# A byline opens the line, or follows the date it was posted on ("Posted on May 19, 2024 by Jane Doe",
# "May 19, 2024 by Jane Doe"): a prefix without the verb must hold a figure.
_BYLINE = regex.compile(
    r"\A\W*+(?i:(?:(?:posted|published|updated)(?:\s+on)?\s[^\n]{1,40}?\s|[^\n]{0,30}?\d[^\n]{0,30}?\s)?"
    rf"(?:(?:written|posted)\s+by|{'|'.join(sorted(BYLINE_WORDS))}|author)(?:\s*+:)?\s++)({_NAME})",
    regex.VERSION1,
)
# The capitalised words a paragraph opens with, where a word in lower case follows them, maybe
# after a bracket ("Jane Doe is", "Jane covers", "Jane Doe (@janedoe) is"): a bio opens with its
# writer's full name or first name so.
_LEADING_NAME = regex.compile(
    rf"\A\W*+((?:{_NAME_WORD}[ \u00a0]){{0,3}}{_NAME_WORD})(?:\s*+\([^()]{{1,40}}\))?\s++\p{{Ll}}", regex.VERSION1
)
# The words for a writer's trade that a bio gives right after the name ("Jane Doe is a freelance writer",
# "Jane Doe is the managing editor at …"): a bio of this shape is the writer's even where no byline names her.
_TRADES = frozenset(("writer", "editor", "journalist", "reporter", "contributor", "columnist", "correspondent"))
_TRADE_BIO = regex.compile(
    rf"\A\W*+{_NAME}(?:\s*+\([^()]{{1,40}}\))?\s++(?:is|has\s+been)\s++(?:an?|the)\s"
    rf"(?:[^\s.]++\s++){{0,5}}?(?i:{'|'.join(sorted(_TRADES))})\b",
    regex.VERSION1,
)
# A blog's writer greets the reader in her box ("Hi, I'm Jane! I started this blog in 2011", "Hey there!
# I'm Jane, the cook behind …"): a greeting that opens the paragraph, then her name.
_GREETINGS = frozenset(("hi", "hey", "hello", "howdy"))
_GREETING_BIO = regex.compile(
    rf"\A(?i:{'|'.join(sorted(_GREETINGS))})(?i:\s+there)?\W{{0,3}}\s*+(?i:i['’]m|i\s+am|my\s+name\s+is)\s++\p{{Lu}}",
    regex.VERSION1,
)
# The third-person pronouns that carry a bio on from the paragraph that names its writer.
_CONTINUATION_OPENERS = frozenset(("he", "she", "they", "his", "her", "their"))


class AuthorBioSettings(HeuristicSettings):
    max_byline_words: int = Field(12, ge=2, description="the longest line read as a byline")
    min_words: int = Field(8, ge=1, description="the shortest paragraph read as a bio")
    box_blocks: int = Field(3, ge=1, description="blocks between a full name and a bio that opens with the first")
    max_name_line_words: int = Field(6, ge=2, description="the longest line before a bio that only names its writer")


@register
class AuthorBio(BaseHeuristic[AuthorBioSettings]):
    name = "author_bio"
    Settings = AuthorBioSettings

    def vote(self, page: SegmentedPage) -> list[Vote | None]:
        votes: list[Vote | None] = [None] * len(page)
        chrome = self.cast(-1.0, "author_bio")
        writer = self._writer(page)
        if writer is not None:
            for index in self._bio_blocks(page, *writer):
                votes[index] = chrome
        texts, words = page.texts, page.words
        for index in page.blocks_holding(_TRADES):
            if words[index] >= self.settings.min_words and _TRADE_BIO.match(texts[index]):
                votes[index] = chrome
        # The pattern is tried on the lines that open with a greeting alone.
        for index in lines_opening_with(page.tokens, _GREETINGS):
            if words[index] >= self.settings.min_words and _GREETING_BIO.match(texts[index]):
                votes[index] = chrome
        return votes

    def _writer(self, page: SegmentedPage) -> tuple[str, int] | None:
        """The name the page's first byline holds, and that byline's block."""
        texts, words, max_words = page.texts, page.words, self.settings.max_byline_words
        for index in page.blocks_holding(_BYLINE_TOKENS):
            if words[index] <= max_words:
                found = _BYLINE.match(texts[index])
                if found is not None:
                    name = found[1]
                    return None if name.split(maxsplit=1)[0].casefold() in STOPWORDS else (name, index)
        return None

    def _bio_blocks(self, page: SegmentedPage, name: str, first_byline: int) -> list[int]:
        """The blocks of the bios of `name` after `first_byline`: each opener, the line that names her
        right before it and the paragraphs that go on about her."""
        settings = self.settings
        texts, words, tokens = page.texts, page.words, page.tokens
        names = _spellings(name)
        # Her first name's tokens: a hyphenated one is two ("Jean-Luc" is "jean luc").
        first_name = names[0][: len(line_fingerprint(name.split(maxsplit=1)[0]).split())]
        named_at = first_byline  # the last short line that names her in full
        found: list[int] = []
        # The lines that may name her: those where her first name is written as the byline writes it.
        for index in page.blocks_containing(name.split(maxsplit=1)[0]):
            if index <= first_byline or (found and index <= found[-1]):
                continue  # above the byline, or taken as the bio goes on
            if words[index] <= settings.max_name_line_words:
                if any(_holds(tokens[index], spelling) for spelling in names):
                    named_at = index
                continue
            opener = _LEADING_NAME.match(texts[index]) if words[index] >= settings.min_words else None
            if opener is None:
                continue
            opening_name = tuple(line_fingerprint(opener[1]).split())
            if opening_name not in names and (opening_name != first_name or index - named_at > settings.box_blocks):
                continue
            if named_at == index - 1 and named_at != first_byline:
                found.append(named_at)
            found.append(index)
            following = index + 1
            while following < len(tokens) and _goes_on(tokens[following], first_name[0]):
                found.append(following)
                following += 1
            named_at = following - 1
        return found


def _spellings(name: str) -> tuple[tuple[str, ...], ...]:
    """The tokens of the byline's `name`, and where its last word runs into a capitalised word, of the name
    without that word: a text dump glues the byline to what follows it ("By Jane DoePublished: May 19")."""
    full = tuple(line_fingerprint(name).split())
    last = name.rsplit(maxsplit=1)[-1]
    glued_at = max((at for at in range(1, len(last)) if last[at].isupper() and last[at - 1].islower()), default=0)
    if not glued_at:
        return (full,)
    return full, tuple(line_fingerprint(f"{name[: len(name) - len(last)]}{last[:glued_at]}").split())


def _holds(block_tokens: tuple[str, ...], name_tokens: tuple[str, ...]) -> bool:
    """Whether a line's tokens hold the writer's name in full ("Written by Jane Doe")."""
    width = len(name_tokens)
    return any(block_tokens[start : start + width] == name_tokens for start in range(len(block_tokens) - width + 1))


def _goes_on(block_tokens: tuple[str, ...], first_name: str) -> bool:
    """Whether a paragraph goes on about the writer: it opens with a pronoun or holds her first name."""
    return bool(block_tokens) and (block_tokens[0] in _CONTINUATION_OPENERS or first_name in block_tokens)
