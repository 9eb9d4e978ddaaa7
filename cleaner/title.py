"""Find the headline: the most headline-like block just above where the article starts.

Articles open with their headline, then perhaps a standfirst, a byline, a date, a photo
credit or a disclaimer; then the first paragraph. So the title is searched among the few
blocks above the first line of running prose, and each is scored for looking like a
headline: a line of a few words to a couple of dozen that does not end like a sentence or a
clause (a short question or exclamation may), stands as its own paragraph, carries no date
or time, is not a list's item (a bullet or a number in front, as crawl text dumps mark the
items of menus, breadcrumbs and tables of contents) nor a meta line of several fields
("4.7 (96 reviews) · Easy · Cheap"), was not called surely chrome by a heuristic (a byline,
a call to action, a line of the site's template: every page of a site has its own headline),
is not a long line dense in function words (a paragraph that lost its full stop), and, when
the page's URL is known, shares words with its slug (the way trafilatura and news crawlers
reconcile a title with the URL). Text F1 on the fixtures rose from 0.8642 to 0.8702 once list
items and meta lines were ruled out (menus' last items, a recipe's rating line had been taken
for titles); the development sets' figures did not move.
Nearer blocks win ties. The title opens the content: where a paragraph's worth of body
(`max_body_words_above`, 30 words) already stands above the best candidate, it heads a
section of the content (a service's "Benefits of our CDN", a documentation page's second
heading) and no title is found; the benchmarks' gold leaves a page's headline out, so a
section's heading reported as the title went missing from the text scored. Text F1 on
WCXB-dev 0.82795 → 0.82820 (ten pages moved, one down 0.05), ScrapingHub 0.93632 → 0.93642,
HTML WCXB-dev 0.86028 → 0.86034; at 10 words, ScrapingHub lost 0.0004.

The segmenter may already know the headline (`SegmentedPage.headline`): on an HTML page the
heading that matches the title the page gives itself, on a text page the line that the URL's
slug names. It is the title whenever it is found, but for one case on HTML: where it is no h1
(or none is known), an h1 in the page's first half that shares a part of its words with the
page's own title (`h1_min_own_share`, `h1_min_title_share`) is the title. The title and the h1
are then worded apart ("Affordable New Jersey Movers | Economical Moving ...", "The 12 Best
Running Shoes of 2026" under a longer title), which the segmenter's closer match leaves out:
it took a section's heading that repeats the title's words (an h2 "Software Development
Models Comparison" under the h1 "Comparison of SDLC Models: ..."), or a line above the
article, for the title, and the gold leaves the h1 out and keeps the section's heading. Only
the title changes: the segmenter's headline still steers the main region, which a looser match
moved on service pages and lost. WCXB-dev HTML 0.88478 -> 0.88488 (30 pages up on 30 sites, 11
down on 11), fixtures HTML 0.92624 -> 0.92667; ScrapingHub and the text sets unchanged.
"""

from __future__ import annotations

import re
from itertools import compress, count

from pydantic import ConfigDict, Field

from cleaner._votes import labelled  # built, or cleaner.combine has said how to build it
from cleaner.fast_reads import FastReadModel
from cleaner.model import Label, Vote
from cleaner.segment.compiled import line_fingerprint
from cleaner.segment.page import SegmentedPage
from cleaner.segment.text import NOT_A_HEADLINE_END, closing_mark

# A date or time: a clock time, or a year and a day number in either order. Three searches
# rather than one pattern with ".*" between year and day, which would scan to the line's end
# and back from every year (quadratic on long lines).
_DIGIT = re.compile(r"\d")
_TIME = re.compile(r"\d{1,2}:\d{2}")
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_DAY = re.compile(r"\b\d{1,2}\b")
# A run of letters; the slug's words are those of three letters or more.
_LETTERS = re.compile(r"[^\W\d_]+")
_SLUG_MIN_LETTERS = 3
# Each byte but a to z, as a space: in a case-folded ASCII text, the runs of letters that `_LETTERS`
# finds are then the words that `str.split` cuts. `bytes.translate` reads a table a byte, where the
# regular expression engine asks the character database of each character and `str.translate` a
# dictionary: reading the URL's and the candidates' words so, `find_title` costs a ScrapingHub text
# page 58,000 instructions, not 72,000.
_NOT_A_LETTER = bytes(code if ord("a") <= code <= ord("z") else ord(" ") for code in range(256))
# A list's item, as crawl text dumps mark it: a bullet, or a number and a full stop or bracket.
_LIST_ITEM = re.compile(r"[•▪►*-]\s|\d{1,3}[.)]\s")
# What separates the fields of a meta line ("4.7 (96 reviews) · Easy · Cheap").
_FIELD_SEPARATORS = (" · ", " • ")


class TitleSettings(FastReadModel):
    """Where the headline is looked for, and what makes a block look like one."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    lookback_blocks: int = Field(8, ge=0, description="blocks above the first prose line that may hold the title")
    min_words: int = Field(2, ge=1)
    max_words: int = Field(25, ge=1)
    sentence_min_words: int = Field(12, ge=1, description="a line this long and dense in function words is a sentence")
    sentence_min_stopword_share: float = Field(0.3, ge=0.0, le=1.0)
    question_max_words: int = Field(15, ge=1, description="longest headline ending in ? or ! (longer: a sentence)")
    headline_min_words: int = Field(4, ge=1, description="fewer words score as a label, not a headline")
    prose_min_words: int = Field(20, ge=1, description="words of the prose line the article starts with")
    prose_min_stopword_share: float = Field(0.2, ge=0.0, le=1.0)
    veto_below: float = Field(-0.9, description="a vote this negative from a veto_heuristics member rules a block out")
    veto_heuristics: tuple[str, ...] = Field(
        ("boilerplate_phrases", "site_template"),
        description="heuristics whose surest chrome votes rule a block out: boilerplate, or the site's template",
    )
    max_body_words_above: int | None = Field(
        30,
        ge=0,
        description="words of body above the best candidate at which it heads a section of the content, not the "
        "page: no title is found (a headline the segmenter knows is kept); None never asks",
    )
    h1_min_own_share: float | None = Field(
        0.3,
        ge=0.0,
        le=1.0,
        description="HTML, where the segmenter's headline is no h1: share of an h1's words in the page's own title "
        "that makes the first such h1 in the page's first half the title; None never asks",
    )
    h1_min_title_share: float = Field(
        0.2, ge=0.0, le=1.0, description="and share of the page's own title's words that the h1 holds"
    )


def find_title(
    page: SegmentedPage, labels: list[Label], votes: list[list[Vote]], settings: TitleSettings
) -> int | None:
    """Index of the headline block, or None when nothing above the article looks like one."""
    h1 = _title_h1(page, settings)
    if h1 is not None:
        return h1
    if page.headline is not None:
        return page.headline
    start = _article_start(page, labels, settings)
    if start is None:
        return None
    url_words = _letter_runs(page.url.casefold()) if page.url else []
    slug = frozenset(word for word in url_words if len(word) >= _SLUG_MIN_LETTERS)
    best: tuple[float, int] | None = None
    for index in range(start - 1, max(start - 1 - settings.lookback_blocks, -1), -1):
        score = _headline_score(page, index, votes[index], slug, settings)
        if score is not None and (best is None or score > best[0]):
            best = (score, index)
    if best is None or _heads_a_section(best[1], labels, page.words, settings.max_body_words_above):
        return None
    return best[1]


def _title_h1(page: SegmentedPage, settings: TitleSettings) -> int | None:
    """The first h1 in the first half of an HTML page whose headline is no h1, sharing enough words with its title."""
    own = settings.h1_min_own_share
    levels, title = page.heading_levels, page.title_hint
    if own is None or not page.has_dom or title is None or (page.headline is not None and levels[page.headline] == 1):
        return None
    title_words = set(line_fingerprint(title).split())
    least_shared = settings.h1_min_title_share * len(title_words)
    count = len(levels)
    # The h1s are few: most of a page's lines are none.
    for index in compress(range(count), map((1).__eq__, levels)):
        if index > count - index:
            return None
        words = set(page.fingerprints[index].split())
        shared = len(words & title_words)
        if words and shared >= own * len(words) and shared >= least_shared:
            return index
    return None


def _heads_a_section(index: int, labels: list[Label], words: tuple[int, ...], most: int | None) -> bool:
    """Whether at least `most` words of body stand above block `index`: the content began above it."""
    if most is None:
        return False
    above = sum(labelled(words[:index], labels[:index], Label.BODY))
    return above >= most


def _article_start(page: SegmentedPage, labels: list[Label], settings: TitleSettings) -> int | None:
    """The first body block that is running prose, or else the first body block."""
    prose = page.prose_lines(settings.prose_min_words, settings.prose_min_stopword_share)
    # Only the prose lines are asked for their label, up to the first that is body.
    first_prose = next((index for index in compress(count(), prose) if labels[index] is Label.BODY), None)
    if first_prose is not None:
        return first_prose
    return labels.index(Label.BODY) if Label.BODY in labels else None


def _headline_score(
    page: SegmentedPage, index: int, votes: list[Vote], slug: frozenset[str], settings: TitleSettings
) -> float | None:
    """How much block `index` looks like a headline; None when it cannot be one."""
    text, words = page.texts[index], page.words[index]
    last = closing_mark(text)
    if not settings.min_words <= words <= settings.max_words or last in NOT_A_HEADLINE_END:
        return None
    if last in "?!" and words > settings.question_max_words:
        return None
    vetoes, below = settings.veto_heuristics, settings.veto_below
    for vote in votes:
        if vote.value <= below and vote.heuristic in vetoes:
            return None
    if _LIST_ITEM.match(text) or sum(map(text.count, _FIELD_SEPARATORS)) >= 2:
        return None
    score = 2.0 if words >= settings.headline_min_words else 0.0
    if page.blank_before[index] and page.blank_after[index]:
        score += 1.0
    if _has_date_or_time(text):
        score -= 2.0
    if words >= settings.sentence_min_words and page.stopwords[index] >= settings.sentence_min_stopword_share * words:
        score -= 2.0  # a paragraph that lost its full stop
    if slug:
        # The slug's words are long enough: a line's shorter runs of letters are none of them.
        score += 4.0 * len(slug.intersection(_letter_runs(page.fingerprints[index]))) / len(slug)
    return score


def _letter_runs(folded: str) -> list[str]:
    """The runs of letters of the case-folded text `folded`, in order."""
    if folded.isascii():
        return folded.encode("ascii").translate(_NOT_A_LETTER).decode("ascii").split()
    return _LETTERS.findall(folded)


def _has_date_or_time(text: str) -> bool:
    # Most lines hold no digit, which each of the three patterns begins with: one search for a digit,
    # which the regular expression engine scans for character by character where the others try a
    # match at each character, rules them out: 9,000 instructions a ScrapingHub text page on average.
    return bool(_DIGIT.search(text)) and bool(_TIME.search(text) or (_YEAR.search(text) and _DAY.search(text)))
