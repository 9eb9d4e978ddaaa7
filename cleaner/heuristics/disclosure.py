"""Disclosures: a site's affiliate disclosure and its "for information only" disclaimer are chrome.

Review sites, blogs and shops carry a fixed notice on every page: "When you buy through links
on this page, we may earn a commission", "As an Amazon Associate I earn from qualifying
purchases", "This post may contain affiliate links"; advice sites add "The information on this
website is for general informational purposes only and does not constitute legal advice", "This
material is not intended to replace the advice of a qualified advisor". They are sentences, so
shape and stop words call them body, and they sit at the head or the foot of the article, where
its region takes them in; on a short article, a long disclaimer can outweigh the article and
become the region itself. Their wording is a template's (the FTC's endorsement guides and the
advice professions' liability rules ask for it): a site that earns a commission or compensation
from links, affiliate links a page contains or a site uses, an associate's earnings; content
provided for informational (educational, general) purposes only; content that is not meant to
replace advice, or not (intended as, a substitute for, to be construed as) legal, financial,
medical, investment, tax or professional advice, or that is not such advice. A line of at
most `max_words` words (300: a disclaimer runs on for a paragraph, and a paragraph that says
it is "for informational purposes only" or that "we may earn a commission" speaks of the site,
not of the story).

On the development pages (WCXB-dev and ScrapingHub) such lines held 5,200 words that the gold
leaves out and 743 that it keeps (a calculator's own disclaimer, a blogger's disclosure that a
page keeps whole), in text and HTML alike. The vote is sure (-1), and the combiner takes it as
final (`CombineSettings.chrome_vetoes`): text F1 on WCXB-dev 0.82264 → 0.82329, ScrapingHub
0.93572 → 0.93603; HTML F1 on WCXB-dev 0.85907 → 0.85919, ScrapingHub 0.97614 → 0.97627; the
fixtures unchanged. A calculator page that keeps its disclaimers lost 0.14; a short insurance
guide whose region had been its disclaimers gained 0.66 in text. The plain "The information on
this website is not medical advice" is the same disclaimer: WCXB-dev kept 169 words of such lines
as body in HTML, its gold none (F1 HTML 0.86750 → 0.86754, text 0.83330 → 0.83331; ScrapingHub
and the fixtures unchanged). A publisher's disclaimer of its writers' views ("The views
expressed are the author's own and do not necessarily reflect …") is left alone: WCXB-dev's gold
leaves it out, ScrapingHub's keeps a news agency's (as a disclosure, WCXB-dev text +0.00007,
ScrapingHub −0.00005).
"""

from __future__ import annotations

import re

from cleaner.heuristics.base import WordedChrome, WordedSettings, register

# Advice of a profession, which a disclaimer says the page does not give.
_ADVICE = r"(?:legal|financial|medical|investment|tax|professional)\s+advice\b"
# The disclosures' wordings, each with the strings it writes out, one of each tuple (see
# `holds_parts`): a long line that names information or advice seldom holds the others, and is not
# searched (the pattern's search took 46,000 instructions a ScrapingHub text page).
_DISCLOSURES = (
    (
        r"\b(?:we|i)\s+(?:may\s+|might\s+|will\s+|also\s+)?(?:earn|receive|get|make)\s+(?:an?\s+)?(?:small\s+)?"
        r"(?:affiliate\s+(?:commissions?|fees?)|commissions?|compensation)\b",
        (("earn", "receive", "get", "make"), ("commission", "compensation", "affiliate")),
    ),
    (r"\bas\s+an\s+amazon\s+associate\b", (("amazon",), ("associate",))),
    (
        r"\b(?:contains|includes|uses|may\s+(?:contain|include|use)|(?:we|i)\s+(?:also\s+|may\s+|sometimes\s+)?(?:use|include))"
        r"\s+(?:(?:some|other)\s+)?(?:affiliate|commissionable|sponsored)\s+links\b",
        (("affiliate", "commissionable", "sponsored"), ("links",)),
    ),
    (
        r"\bfor\s+(?:general\s+)?(?:informational|information|educational)(?:\s+and\s+\w+)?\s+(?:purposes\s+)?only\b",
        (("information", "educational"), ("only",)),
    ),
    (
        r"\bnot\s+(?:be\s+)?(?:intended|meant)\s+(?:to\s+(?:replace|substitute)|as\s+a\s+substitute\s+for)\b",
        (("intended", "meant"), ("replace", "substitute")),
    ),
    (
        r"\b(?:not|never)\s+(?:be\s+)?(?:intended\s+(?:as|to\s+(?:be|constitute|provide))\s+|a\s+substitute\s+for\s+"
        rf"|constitutes?\s+|construed\s+as\s+|considered\s+)(?:\w+\s+){{0,2}}?{_ADVICE}",
        (("not", "never"), ("advice",)),
    ),
    (rf"\b(?:is|are)\s+not\s+(?:\w+\s+)??{_ADVICE}", (("not",), ("advice",))),
)
_DISCLOSURE = re.compile("|".join(wording for wording, _ in _DISCLOSURES))
# The words every disclosure holds, as the page's case-folded tokens hold them.
_DISCLOSURE_TOKENS = frozenset(
    ("commission", "commissions", "compensation", "associate", "affiliate", "commissionable", "sponsored",
     "informational", "information", "educational", "intended", "meant", "advice")
)  # fmt: skip


class DisclosureSettings(WordedSettings):
    max_words: int = 300


@register
class Disclosure(WordedChrome[DisclosureSettings]):
    name = "disclosure"
    Settings = DisclosureSettings
    wording = _DISCLOSURE
    wording_tokens = _DISCLOSURE_TOKENS
    wording_parts = tuple(parts for _, parts in _DISCLOSURES)
