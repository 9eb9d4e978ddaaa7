"""Button labels: a short call to action written more than once on a page is a template's button.

A template puts the same button under every card, feature or section it lays out: "Book now"
under each tour, "Learn more" under each service, "Get a quote" beside each product. Each label
is a line of a word or three that opens with a verb of action; flattened to text, it stands
between the card's sentences, and the short-block pass gives it the label of its neighbours.
`boilerplate_phrases` knows the phrases that are chrome wherever they stand ("Read more", "Add
to cart"); these labels vary with the site ("Start course", "View company profile"), and what
gives them away is their verb and that the template writes them again: a writer's own short
line that opens with a verb ("Try this", a step's heading) stands once. A line of at most
`max_words` words (three: "Find out more", "Get started"; a fourth takes in a product's "See it
now: Amazon" pointer, which gold standards keep) whose first word is one of `verbs`, seen at
least `min_repeats` times on the page (case and punctuation aside, as `repeated_blocks`
counts), is voted chrome (-1), and the combiner takes the vote as final for a short block
(`short_chrome_vetoes`).

The verbs take in the controls a product grid or a media list writes on every card ("Add to
compare", "Show more", "Calculate shipping", "Toggle caption", "Sort by", "Hide"): of such lines
kept as body on WCXB-dev (HTML), the gold left out 159 and kept 3; HTML F1 0.87638 → 0.87644
(14 pages up, listings and collections most; 3 down by at most 0.004), text
0.83577 → 0.83582; ScrapingHub and the fixtures unchanged.

A label the page writes once is a button too where it closes its section (`section_end`, HTML):
a line of a call to action, itself no heading and no sentence (no full stop, no colon that
introduces what follows), standing right above the next section's heading: "Explore pricing",
"See all use cases", "View All Insights" at the foot of a landing page's sections. A line that
opens with a symbol ("👉 Try Filmora") points the writer's reader on and abstains, as does a
heading's own call. Of such lines kept as body on WCXB-dev (HTML), the gold left out 110 on 66
sites and kept 41 on 21; HTML F1 0.88407 → 0.88411 (47 pages of 47 sites up, by up to 0.034; 11
down, a TV provider's cards whose gold keeps every "Explore ..." by 0.10, a shop's "Show all 14" by
0.05); ScrapingHub HTML 0.97953 → 0.97954, text and the fixtures unchanged.

A shop's offer button is one written once: a line only of prices at shops ("$75 at Amazon", "$150
$120 at Brooks Running", "$115 at Wayfair$115 at Nordstrom"), which a shopping guide puts under each
product it recommends (`shop_offer`). Each names another shop and price, so no two need repeat;
what gives it away is that it holds nothing else. Of such lines on the dev sets (WCXB and
ScrapingHub, text field) the gold keeps none of 39 on 4 sites; the vote is taken as final
(`CombineSettings.chrome_vetoes`) since a glued pair of offers is longer than a short block. HTML F1
on WCXB-dev 0.88498 → 0.88499 (3 pages of 3 sites up, none down), text 0.83859 → 0.83860;
ScrapingHub and the fixtures unchanged.

A shop's reward offer stands in the same box, beside the price: what buying the product earns, an
amount in rewards or back or a count of points ("Earn $13.70 in rewards", "Members get an estimated
$9.99 (10%) back on this item", "Members earn 179 points on this purchase", `reward_offer`). A rate
("1 point per dollar", "$20 for every $300 spent") or a share alone ("10% back annually") is the
programme's rule, which a help page or an article explains and the gold keeps; a line past
`reward_offer_max_words` is a paragraph. Of such lines on WCXB-dev the gold keeps none of 10 on 6
sites; the vote is taken as final (they read as sentences and score as body). HTML F1 on WCXB-dev
0.88505 → 0.88510 (product pages 0.6601 → 0.6609; 4 pages of 3 sites up, by up to 0.05, none
down), text 0.83867 → 0.83868; ScrapingHub and the fixtures unchanged.

Measured on the development pages: of the lines so voted that the cleaner kept before, the gold
left out 1,000 and kept 239 in text (532 and 142 in HTML), such as a consultancy's "Find out
more" under each of its services. Text F1 on WCXB-dev 0.82705 → 0.82795 (59 pages moved, +0.23
the most, −0.09 the worst, that consultancy), HTML 0.85984 → 0.86028, HTML fixtures 0.89895 →
0.89918; ScrapingHub, where the cleaner had left every such line out already, unchanged.
"""

from __future__ import annotations

import re
from functools import cached_property

from pydantic import Field

from cleaner.heuristics.base import BaseHeuristic, HeuristicSettings, register
from cleaner.heuristics.line_passes import lines_opening_with
from cleaner.model import Vote
from cleaner.segment.page import SegmentedPage

# Verbs that open the calls to action of buttons and card links, in the imperative.
ACTION_VERBS = (
    "add", "apply", "ask", "book", "browse", "buy", "calculate", "call", "check", "claim", "compare",
    "contact", "continue", "discover", "donate", "download", "email", "enroll", "explore", "find",
    "get", "go", "hide", "install", "join", "learn", "listen", "order", "play", "read", "register",
    "request", "reserve", "save", "schedule", "see", "shop", "show", "sort", "start", "subscribe",
    "toggle", "try", "view", "visit", "watch",
)  # fmt: skip
# A shop's offer button under a product an article recommends: its price (maybe struck through
# before the sale price) at a shop, one or more in a row ("$75 at Amazon", "$150 $120 at Brooks
# Running", "$115 at Wayfair$115 at Nordstrom"). A shop's name holds no comma and the line ends with
# no full stop: "$5 at Walmart, a steal" is a sentence. Only lines that open with a currency sign are tried.
# The name is read possessively, to the next price: read lazily, with the spaces after it apart, each offer
# could end in two places, and a line of many that fails at its end was tried every way (exponential).
_OFFERS = re.compile(r"(?:[$£€]\d[\d,.]*+\s*+(?:[$£€]\d[\d,.]*+\s*+)?at\s++[^$£€\n,;!?]{1,40}+)+(?<!\.)")
_CURRENCY_SIGNS = frozenset("$£€")
_AT = frozenset(("at",))
# A shop's reward offer beside its price: what buying the product earns, as an amount of money in
# rewards or back ("Earn $13.70 in rewards", "Members get an estimated $9.99 (10%) back on this item")
# or a count of points ("Members earn 179 points on this purchase", "Purchasing this product earns
# 176XP"). A rate ("1 point per dollar", "$20 for every $300 spent") is a programme's rule, which an
# article or a help page explains; a share alone ("10% back") is one too.
_REWARD_OFFER = re.compile(
    r"\b(?:earns?|get)\s+(?:an?\s+)?(?:est(?:imated)?\.?\s+)?"
    r"(?:[$£€]\d[\d,.]*(?:\s*\(\d+\s*%\))?\s+(?:in\s+)?(?:rewards?|back)|\d[\d,.]*\s*(?:points|pts|xp))\b"
    r"(?!\s+(?:per|for\s+every)\b)",
    re.IGNORECASE,
)
_REWARD_VERBS = frozenset(("earn", "earns", "get"))


class ButtonLabelSettings(HeuristicSettings):
    max_words: int = Field(3, ge=1, description="the longest label: 'Find out more', 'Get started'")
    min_repeats: int = Field(2, ge=2, description="times the page must hold the label")
    section_end: bool = Field(
        True, description="HTML: a label written once that closes its section (a heading follows it) is a button too"
    )
    verbs: tuple[str, ...] = Field(ACTION_VERBS, description="case-folded first words of a call to action")
    reward_offer_max_words: int = Field(
        25, ge=1, description="the longest line read as a shop's reward offer; a longer one is an article's paragraph"
    )


@register
class ButtonLabel(BaseHeuristic[ButtonLabelSettings]):
    name = "button_label"
    Settings = ButtonLabelSettings

    def vote(self, page: SegmentedPage) -> list[Vote | None]:
        s = self.settings
        tokens, repeats = page.tokens, page.repeats
        button = self.cast(-1.0, "repeated_call_to_action")
        closing = self.cast(-1.0, "call_to_action_before_heading")
        votes: list[Vote | None] = [None] * len(page)
        offer = self.cast(-1.0, "shop_offer")
        texts = page.texts
        for index in page.blocks_holding(_AT):
            # A block's text has no white space at either end (the segmenters strip it).
            if texts[index][:1] in _CURRENCY_SIGNS and _OFFERS.fullmatch(texts[index]):
                votes[index] = offer
        reward = self.cast(-1.0, "reward_offer")
        for index in page.blocks_holding(_REWARD_VERBS):
            if page.words[index] <= s.reward_offer_max_words and _REWARD_OFFER.search(texts[index]):
                votes[index] = reward
        # Few lines open with a verb: the label's length and its repeats are asked of those alone.
        for index in lines_opening_with(tokens, self._verbs):
            if len(tokens[index]) > s.max_words:
                continue
            if repeats[index] >= s.min_repeats:
                votes[index] = button
            elif s.section_end and self._closes_section(page, index):
                votes[index] = closing
        return votes

    @staticmethod
    def _closes_section(page: SegmentedPage, index: int) -> bool:
        """Whether the line at `index`, itself no heading and no sentence, stands right above a heading."""
        levels, text = page.heading_levels, page.texts[index]
        return (
            index + 1 < len(levels)
            and levels[index + 1] > 0
            and levels[index] == 0
            and not page.ends_with_terminal[index]
            and text[:1].isalpha()
            and not text.rstrip().endswith(":")
        )

    @cached_property
    def _verbs(self) -> frozenset[str]:
        """The verbs as a set, made once rather than on every page."""
        return frozenset(self.settings.verbs)
