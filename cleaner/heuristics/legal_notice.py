"""Legal notices: a form's terms of consent and a privacy policy's own sentences are chrome.

Sign-up, comment and contact forms close with a line of terms: "By clicking “Post Your
Answer”, you agree to our terms of service", "By submitting this form, you authorize …",
"By signing up, you agree to receive …". Shops and sign-up dialogs carry their privacy policy
and return terms along in a panel that a style sheet hides until it is opened ("We process
personal information for our legitimate purposes …", "This Privacy Policy applies to …", "…
as a controller endeavors to protect …"); a crawl's text dump prints every such line. They
are sentences, so shape and stop words call them body. Their wording gives them away: an act
of the visitor's (clicking, submitting, signing up, subscribing, continuing, providing,
pressing) followed by "you agree" or "I agree" (or consent, accept, acknowledge, authorize), in
English, French, German and Spanish; the visitor's "I agree that … may contact me"; a business
that collects, processes or protects the visitor's personal information ("we … process your
data"); a privacy policy that applies or describes, or that the visitor is asked to read; the
visitor's privacy rights; a data controller. The line may be long (`max_words`, 80: a policy's
sentence runs on), since that wording is a template's, not a story's.

A page whose subject is the policy (its URL or its own title names privacy, terms, a policy,
cookies) is left alone: there the policy is the content.

On the development pages (WCXB-dev and ScrapingHub) such lines held 6,336 words in text mode
and 6,022 in HTML mode, of which the gold keeps 63 and 50 (a form's terms on a sign-up page);
1,530 and 480 of the others had been kept as body. The vote is sure (-1), and the combiner takes
it as final (`CombineSettings.chrome_vetoes`): text F1 on WCXB-dev 0.81853 → 0.81919,
ScrapingHub 0.93243 → 0.93267, the fixtures 0.87016 → 0.87113; HTML F1 on WCXB-dev 0.85631 →
0.85656, the fixtures 0.89642 → 0.89730, ScrapingHub unchanged. No page lost more than 0.03. The
visitor's own consent ("By pressing Submit I agree …", "I agree that … may contact me") added
274 words kept as body that the gold leaves out, against 9 it keeps: WCXB-dev text and HTML F1
+0.00005 each, no page down.
"""

from __future__ import annotations

import re

from cleaner.heuristics.base import WordedChrome, WordedSettings, register
from cleaner.model import Vote
from cleaner.segment.page import SegmentedPage
from cleaner.urls import url_path

# The notices' wordings, each with the strings it writes out, one of each tuple (see `holds_parts`):
# a long line of an article holding a policy's word ("personal", "rights") seldom holds the others,
# and is not searched (the pattern's search took 350 instructions a character of the lines it
# was tried on, 103,000 a ScrapingHub text page). "[^.]" keeps the act and the consent in one
# sentence: "By clicking here. You agree …" is two.
_NOTICES = (
    (
        r"\bby\s+(?:clicking|submitting|signing\s+up|subscribing|continuing|registering|creating\s+an\s+account"
        r"|using\s+(?:this|our)\s+(?:site|website)|providing|entering|checking|pressing)\b[^.]{0,160}?"
        r"\b(?:you(?:'re|’re|\s+are)?|i)\s+(?:agree|consent|accept|acknowledge|authori[sz]e)",
        (("by",), ("agree", "consent", "accept", "acknowledge", "authori")),
    ),
    (r"\bi\s+(?:agree|consent)\s+(?:that\s+)?[^.]{0,80}?\b(?:may|to)\s+contact\s+me\b", (("contact",),)),
    (
        r"\ben\s+(?:cliquant|soumettant|validant|vous\s+inscrivant|continuant|poursuivant)\b[^.]{0,160}?"
        r"\bvous\s+(?:acceptez|consentez|reconnaissez)",
        (("vous",),),
    ),
    (
        r"\bmit\s+(?:dem\s+(?:klick|absenden)|der\s+(?:anmeldung|registrierung|nutzung)|ihrer\s+anmeldung)\b[^.]{0,160}?"
        r"\b(?:stimmen|akzeptieren|erklären|willigen)\s+sie\b",
        (("sie",),),
    ),
    (
        r"\bal\s+(?:hacer\s+clic|enviar|suscribirte|suscribirse|registrarte|registrarse|continuar)\b[^.]{0,160}?"
        r"\b(?:aceptas|acepta|consientes|autorizas)\b",
        (("acept", "consientes", "autorizas"),),
    ),
    (
        r"\bwe\s+(?:may\s+)?(?:collect|process|use|share|disclose)\s+(?:your\s+|the\s+)?personal\s+(?:information|data)",
        (("we",), ("personal",)),
    ),
    (r"\bpersonal\s+(?:information|data)\s+(?:that\s+)?we\s+(?:collect|process)", (("we",), ("personal",))),
    (
        r"\b(?:this|our)\s+privacy\s+(?:policy|notice|statement)\s+(?:applies|describes|explains)",
        (("privacy",), ("applies", "describes", "explains")),
    ),
    (
        r"\b(?:review|read|consult|see)\s+our\s+(?:privacy|cookie)\s+(?:policy|notice|statement)",
        (("our",), ("privacy", "cookie")),
    ),
    (r"\bprotect(?:ing)?\s+your\s+personal\s+(?:information|data)", (("protect",), ("personal",))),
    (
        r"\b(?:we|us)\s+(?:\w+\s+){0,3}?process(?:ing)?\s+your\s+(?:personal\s+)?data",
        (("process",), ("your",), ("data",)),
    ),
    (r"\byour\s+(?:data\s+protection|privacy)\s+rights", (("your",), ("rights",))),
    (r"\b(?:data|as\s+a)\s+controller\b", (("controller",),)),
)
_NOTICE = re.compile("|".join(wording for wording, _ in _NOTICES))
# The words every notice holds, as the page's case-folded tokens hold them: a consent's verb, or
# a policy's word. Rarer than the act's "by", "en", "mit" or "al", they leave fewer lines to try.
_NOTICE_TOKENS = frozenset(
    ("agree", "agreeing", "consent", "consenting", "accept", "accepting", "acknowledge", "acknowledging",
     "authorize", "authorizing", "authorise", "authorising", "acceptez", "consentez", "reconnaissez", "stimmen",
     "akzeptieren", "erklären", "willigen", "aceptas", "acepta", "consientes", "autorizas",
     "personal", "privacy", "cookie", "controller", "process", "processing", "rights")
)  # fmt: skip
# A page about the policy itself: its URL's path or its title names one of these.
_POLICY_SUBJECT = re.compile(
    r"\b(?:privacy|terms|policy|policies|legal|gdpr|cookies?|datenschutz|agb|confidentialit[ée]|privacidad)\b",
    re.IGNORECASE,
)


class LegalNoticeSettings(WordedSettings):
    max_words: int = 80


@register
class LegalNotice(WordedChrome[LegalNoticeSettings]):
    name = "legal_notice"
    Settings = LegalNoticeSettings
    wording = _NOTICE
    wording_tokens = _NOTICE_TOKENS
    wording_parts = tuple(parts for _, parts in _NOTICES)

    def vote(self, page: SegmentedPage) -> list[Vote | None]:
        votes = super().vote(page)
        # Most pages hold no notice: whether the page is about the policy, its URL's path parsed
        # and its title searched (5 µs a ScrapingHub page), is asked only where a line holds one
        # (legal_notice 14.1 -> 9.7 µs a ScrapingHub text page).
        if votes.count(None) < len(votes) and _about_the_policy(page):
            return [None] * len(page)
        return votes


def _about_the_policy(page: SegmentedPage) -> bool:
    """Whether the page's URL path or its own title names a policy: then the policy is its content."""
    path = url_path(page.url).replace("-", " ").replace("_", " ")
    title = page.title_hint or (page.texts[page.headline] if page.headline is not None else "")
    return bool(_POLICY_SUBJECT.search(path) or _POLICY_SUBJECT.search(title))
