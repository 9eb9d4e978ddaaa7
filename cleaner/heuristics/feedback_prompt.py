"""Feedback prompts: a page asking whether it helped is chrome around its content.

Help centres, blogs and guides close with a widget that asks the reader to judge the page:
"Was this article helpful?", "Did you find this content useful?", "How useful was this
post?", "Rate this page", "84% of people found this article helpful." It is a short line,
often a question, between the article's last paragraph and its footer, so the region around
the article takes it in; no gold standard here keeps it (on WCXB-dev, 46 words of such lines
were kept as body in HTML and 70 in text, against none and 4 in the gold). The wording is
fixed: "was / is / did you find this (article, page …) helpful / useful", "found this …
helpful", "how helpful / useful was this", "rate this article / page / post", in a line of
at most `max_words` words, where an article that speaks of usefulness does so in a longer
sentence. The vote is sure (-1), and the combiner takes it as final
(`CombineSettings.chrome_vetoes`).
"""

from __future__ import annotations

import regex

from cleaner.heuristics.base import WordedChrome, WordedSettings, register

_PROMPT = regex.compile(
    r"\b(?:(?:was|is|did\s+you\s+find)\s+this\s+(?:\w+\s+)?(?:helpful|useful)"
    r"|found\s+this\s+(?:\w+\s+)?(?:helpful|useful)"
    r"|how\s+(?:helpful|useful)\s+(?:was|is)\s+this"
    r"|rate\s+this\s+(?:article|page|post))\b",
    regex.IGNORECASE,
)
# The words every prompt holds, as the page's case-folded tokens hold them.
_PROMPT_TOKENS = frozenset(("helpful", "useful", "rate"))


class FeedbackPromptSettings(WordedSettings):
    max_words: int = 15


@register
class FeedbackPrompt(WordedChrome[FeedbackPromptSettings]):
    name = "feedback_prompt"
    Settings = FeedbackPromptSettings
    wording = _PROMPT
    wording_tokens = _PROMPT_TOKENS
