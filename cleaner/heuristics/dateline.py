"""Datelines: between an article's headline and its first paragraph, a line that is only its date.

News articles and blog posts open the same way in every language: the headline, maybe a
standfirst and a byline, the date the story was published or updated, then the first
paragraph. The date line is the article's metadata, not its text: the gold standards leave
it out (ScrapingHub's, and most of WCXB's) and trafilatura drops it. `boilerplate_phrases`
knows a date standing alone in English forms ("May 5, 2024", "05/05/2024"); a date line is
written in the order of its language ("9 de mayo de 2024", "22 mai 2024", "17 апреля 2024",
"14.03.2024", "2024年6月18日"), often with its time ("20:15", "11h30") and a few words around
them ("Published", "Last updated:", "Publié le … à", "Actualizado a las", "Uhr", a weekday, the
city of a wire story), or with the byline ("By Jane Doe | May 5, 2024", "Posted by admin on
Tuesday, August 29, 2023"). A line is such a date line when it holds a date and, once dates
and times are set aside, at most `max_other_words` words, or `max_byline_words` when one of
them is a byline's "by" ("von", "par", "por", …).

Only the article's head is read: from the headline (on an HTML page that knows it) or from
`head_max_blocks` blocks above the page's first line of prose, down to that line, at most
`head_max_blocks` blocks. Elsewhere a line that is only a date is a forum post's or a
comment's header (which the gold of forums keeps), a row of a table or an event of a list.
The vote is sure (-1), and the combiner takes it as final (`CombineSettings.chrome_vetoes`).

Measured: HTML F1 on fixtures 0.8824 → 0.8964, text 0.8537 → 0.8599 (datelines in French,
Spanish, Portuguese, German, Russian and Arabic, 0.0017 of it the byline's); ScrapingHub and
WCXB-dev unchanged in the fourth digit (their datelines are mostly English ones that
`boilerplate_phrases` knows, or stand outside the region already).
"""

from __future__ import annotations

import re

import regex

from cleaner.heuristics.base import BaseHeuristic, HeuristicSettings, register
from cleaner.heuristics.boilerplate_phrases import BYLINE_WORDS
from cleaner.model import Vote
from cleaner.segment.page import SegmentedPage

# A date: year-month-day or day-month-year in figures; a day, a month's name (of any language)
# and a year, in either order; the CJK form. The month's letters are taken possessively: no letter
# may follow them, so only the run to its word's end can match, and given back letter by letter at
# every letter of a line that holds no date they cost a search 8,600 instructions a ScrapingHub
# text page (of 60,500).
_DATE = regex.compile(
    r"\d{4}[./-]\d{1,2}[./-]\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}"
    r"|\d{1,2}\.?\s+(?:de\s+)?\p{L}{3,12}+\.?,?\s+(?:de\s+)?\d{4}"
    r"|\p{L}{3,12}+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
    r"|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日",
    regex.IGNORECASE,
)
# A time of day: "20:15", "11h30", "9.30 am".
_TIME = regex.compile(r"\b\d{1,2}[:h.]\d{2}(?:\s?[ap]\.?m\.?)?\b", regex.IGNORECASE)
_WORD = regex.compile(r"\p{L}+")
# Every date holds a figure: the lines without one are passed over at the standard library's speed.
_DIGIT = re.compile(r"\d")
# And four figures in a row (its year) or two on either side of a separator (its day and month): a search for
# these alone takes a tenth of the instructions of one for `_DATE`, and rules out most lines with a figure
# ("16 hours ago", "Page 1 of 5"). The `regex` module's, whose figures are `_DATE`'s.
_DATE_FIGURES = regex.compile(r"\d(?:\d{3}|[./-]\d)")


class DatelineSettings(HeuristicSettings):
    head_max_blocks: int = 8
    max_words: int = 12
    max_other_words: int = 3
    max_byline_words: int = 7
    prose_min_words: int = 20
    prose_min_stopword_share: float = 0.2


@register
class Dateline(BaseHeuristic[DatelineSettings]):
    name = "dateline"
    Settings = DatelineSettings

    def vote(self, page: SegmentedPage) -> list[Vote | None]:
        s = self.settings
        votes: list[Vote | None] = [None] * len(page)
        prose = page.prose_lines(s.prose_min_words, s.prose_min_stopword_share)
        start = 0 if page.headline is None else page.headline + 1
        try:
            first_prose = prose.index(True, start)
        except ValueError:
            first_prose = len(page)
        if page.headline is None:
            start = max(first_prose - s.head_max_blocks, 0)
        vote = self.cast(-1.0, "dateline_in_article_head")
        words, texts, max_words = page.words, page.texts, s.max_words
        for index in range(start, min(first_prose, start + s.head_max_blocks)):
            if words[index] <= max_words and self.is_dateline(texts[index]):
                votes[index] = vote
        return votes

    def is_dateline(self, text: str) -> bool:
        """Whether `text` holds a date and, dates and times set aside, few other words (more with a byline)."""
        if _DIGIT.search(text) is None or _DATE_FIGURES.search(text) is None:
            return False
        undated, dates = _DATE.subn(" ", text)
        if not dates:
            return False
        others = _WORD.findall(_TIME.sub(" ", undated))
        if BYLINE_WORDS.isdisjoint(map(str.casefold, others)):
            return len(others) <= self.settings.max_other_words
        return len(others) <= self.settings.max_byline_words
