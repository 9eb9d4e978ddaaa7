"""Boilerplate phrases and shapes: the fixed wording of site chrome.

Calls to action (subscribe, sign in, share, read more), legal lines (terms of use,
privacy, cookies, copyright), job and price widgets ("£25000 - £30000 Per Annum: …"),
and lines that are only a date, a byline or a counter. These are the phrase lists that
every practical cleaner carries (C4's "terms of use"/"cookie" rules, trafilatura's
boilerplate patterns); kept short and in several languages, and applied only to short
blocks, because an article may quote any phrase in a long sentence.
"""

from __future__ import annotations

import regex

from cleaner.heuristics.base import BaseHeuristic, HeuristicSettings, register
from cleaner.model import Vote
from cleaner.segment.page import SegmentedPage

_FLAGS = regex.IGNORECASE | regex.VERSION1

_CALL_TO_ACTION = regex.compile(
    r"\b(?:subscribe|sign (?:in|up)|log ?in|log out|register|create an account|read more|"
    r"continue reading|click here|share (?:this|on)|follow us|newsletter|download the app|"
    r"advertisement|sponsored|related (?:articles|stories|posts)|most (?:read|popular|viewed)|"
    r"you (?:may|might) also like|recommended|trending|back to top|skip to (?:main )?content|"
    r"abonnieren|anmelden|weiterlesen|s'abonner|se connecter|lire la suite|suscr[ií]bete|"
    r"iniciar sesi[oó]n|leer m[aá]s|подписаться|войти|читать далее)\b",
    _FLAGS,
)
_LEGAL = regex.compile(
    r"\b(?:terms (?:of (?:use|service)|and conditions)|privacy (?:policy|notice|settings)|cookies?|"
    r"all rights reserved|datenschutz|impressum|mentions l[ée]gales|aviso legal|"
    r"pol[ií]tica de privacidad)\b|©|\(c\) \d{4}",
    _FLAGS,
)
_PAY_WIDGET = regex.compile(
    r"[£$€¥]\s?\d[\d,.]*(?:\s?[kK])?(?:\s?-\s?[£$€¥]?\s?\d[\d,.]*(?:\s?[kK])?)?\s+"
    r"(?:per\s+(?:annum|year|hour|day|month)|p\.?a\.?|an hour|a year)\b",
    _FLAGS,
)
_DATE_OR_COUNTER = regex.compile(
    r"\A[\p{P}\s]*(?:(?:\d{1,4}[./-]){2}\d{1,4}|\d{1,2}:\d{2}(?:\s?[ap]m)?|"
    r"(?:\d+\s+)?(?:comments?|shares?|likes?|views?|replies|min(?:ute)?s? read)|"
    r"(?:updated|published|posted)?:?\s*\p{L}{3,9}\.? \d{1,2},? \d{4}.*|\d{1,2} \p{L}{3,9} \d{4})[\p{P}\s]*\Z",
    _FLAGS,
)
_BYLINE = regex.compile(r"\A(?i:by|von|par|por|di|door|от|автор)\s+\p{Lu}", regex.VERSION1)


class BoilerplatePhrasesSettings(HeuristicSettings):
    max_words: int = 12


@register
class BoilerplatePhrases(BaseHeuristic[BoilerplatePhrasesSettings]):
    name = "boilerplate_phrases"
    Settings = BoilerplatePhrasesSettings

    def vote(self, page: SegmentedPage) -> list[Vote | None]:
        votes: list[Vote | None] = []
        for block in page.blocks:
            votes.append(self._judge(block.text, block.words))
        return votes

    def _judge(self, text: str, words: int) -> Vote | None:
        if _PAY_WIDGET.search(text):
            return self.cast(-1.0, "pay_widget")
        if words > self.settings.max_words:
            return None
        if _LEGAL.search(text):
            return self.cast(-1.0, "legal_phrase")
        if _CALL_TO_ACTION.search(text):
            return self.cast(-1.0, "call_to_action")
        if _DATE_OR_COUNTER.match(text):
            return self.cast(-1.0, "date_or_counter_alone")
        if _BYLINE.match(text):
            return self.cast(-1.0, "byline")
        return None
