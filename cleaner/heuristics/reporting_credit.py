"""Reporting credits: the line that credits a story's reporters and editors closes the story.

Wire stories and the papers that print them end with the names of those who worked on the
story: "(Reporting by Will Dunham; Editing by Tom Brown)", "Additional reporting by Joseph
Hudak", "Associated Press writers … contributed to this report." The line is written as a
sentence between or under the article's paragraphs, so shape and position call it body;
the gold of ScrapingHub leaves it out, as it leaves out the byline over the story (on its
pages, 79 words of such lines were kept as body against 8 in the gold; WCXB-dev has none).
The wording is fixed: the line opens with "Reporting by" (maybe "Additional" or "With"
first), "Editing by" or "Writing by", or ends with "contributed to this report". An article
that speaks of reporting does so inside a sentence, and a magazine that credits a writer's
contribution "to this article" keeps that in its gold (WCXB-dev). Lines of at most
`max_words` words only. The vote is sure (-1), and the combiner takes it as final
(`CombineSettings.chrome_vetoes`).
"""

from __future__ import annotations

import regex

from cleaner.heuristics.base import WordedChrome, WordedSettings, register

_CREDIT = regex.compile(
    r"\A\W*(?:(?:additional|with)\s+)?(?:reporting|editing|writing)\s+by\b"
    r"|\bcontributed\s+(?:reporting\s+)?to\s+this\s+report\W*\Z",
    regex.IGNORECASE,
)
# The words every credit holds, as the page's case-folded tokens hold them.
_CREDIT_TOKENS = frozenset(("reporting", "editing", "writing", "report"))


class ReportingCreditSettings(WordedSettings):
    max_words: int = 50


@register
class ReportingCredit(WordedChrome[ReportingCreditSettings]):
    name = "reporting_credit"
    Settings = ReportingCreditSettings
    wording = _CREDIT
    wording_tokens = _CREDIT_TOKENS
