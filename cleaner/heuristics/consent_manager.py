"""Consent managers: the element a consent manager names for itself holds its panel, all of it.

A consent manager (OneTrust's ``onetrust-consent-sdk``, the IAB framework's ``fc-consent-root``,
Usercentrics, Didomi, Sourcepoint) injects its dialog as one element named "consent", and
everything in it is the dialog: the notice, one switch and one sentence per purpose, the vendor
list. Its sentences are plain prose, so shape calls them body, and the dialog's repeated
purpose entries even read as a record list. `consent_panel` finds such panels by their
vocabulary on any page, which an article about ad tech can share; the element's name is
proof, so its vote is sure (-1), and the combiner takes it as final
(`CombineSettings.chrome_vetoes`). "cookie" is no such name: a web framework's documentation
has a section called "Cookies". A name that most of the page's blocks carry (`page_wide_share`,
as in `dom_hints`) tells nothing. Text pages carry no names: the heuristic abstains there.
"""

from __future__ import annotations

from cleaner.heuristics.base import BaseHeuristic, HeuristicSettings, register
from cleaner.model import Vote
from cleaner.segment.page import SegmentedPage

# Found inside the words of class and id names, as `dom_hints` finds its roots.
CONSENT_NAME = "consent"


class ConsentManagerSettings(HeuristicSettings):
    page_wide_share: float = 0.8  # a name on this share of the page's blocks names no dialog


@register
class ConsentManager(BaseHeuristic[ConsentManagerSettings]):
    name = "consent_manager"
    Settings = ConsentManagerSettings

    def vote(self, page: SegmentedPage) -> list[Vote | None]:
        # Most pages name no consent manager: one test over all their names says so.
        if not page.has_dom or CONSENT_NAME not in " ".join(page.class_words):
            return [None] * len(page)
        # Blocks share their ancestors' names: test each distinct set once.
        named = {tokens: CONSENT_NAME in " ".join(tokens) for tokens in set(page.class_tokens)}
        inside = [named[tokens] for tokens in page.class_tokens]
        if sum(inside) >= self.settings.page_wide_share * len(page):
            return [None] * len(page)
        vote = self.cast(-1.0, "inside_named_consent_manager")
        return [vote if is_inside else None for is_inside in inside]
