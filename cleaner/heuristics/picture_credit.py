"""Picture credits: a line that ends by crediting a picture is the picture's caption.

News and magazine sites close every caption with its credit: "Protesters have worn masks
(Image: GETTY)", "… on Monday morning. Photo: Owain Price", "Photo: Damian Dovarganes, AP",
"(Image credit: NASA)". The caption sits between the article's paragraphs and is written
as a sentence, so shape and position call it body; on an HTML page a `<figcaption>` or a
class name gives it away, but many templates print captions as plain paragraphs, and a
text dump has no markup at all. Every gold standard here (ScrapingHub, WCXB, the fixtures)
leaves captions out, as trafilatura does with its figures. The credit is the signal: a
picture word ("image", "photo", "picture", "photograph", "foto", "bild", optionally with
"credit", or "credit" alone) and a colon, then a name of at most `max_credit_chars`
characters and no sentence end, at the end of the line, either in brackets or after the
line's start or a sentence's end. An article that mentions a photo says so inside a
sentence, not as the sentence's label; a configuration line ("image: nginx:1.14") has a
colon or a full stop in its value. The vote is sure (-1), and the combiner takes it as
final (`CombineSettings.chrome_vetoes`).
"""

from __future__ import annotations

import math

import regex

from cleaner.heuristics.base import BaseHeuristic, HeuristicSettings, register
from cleaner.model import Vote
from cleaner.segment.page import SegmentedPage

# The label is capitalised, as labels are ("Photo:", "IMAGE CREDIT:"); a key of a configuration
# file ("image: busybox") is not.
_PICTURE_WORDS = ("image", "photo", "picture", "photograph", "pic", "foto", "bild", "imagen", "фото")
_PICTURE = "(?:(?:{}){}|{})".format(
    "|".join(f"{word.capitalize()}|{word.upper()}" for word in _PICTURE_WORDS),
    r"(?i:s?(?:\s+credits?)?)",
    "Credits?|CREDITS?",
)


# A credit closing a line: in brackets, or as the label of the line or of its last sentence.
_CREDIT = r"[^\s.:!?()][^.:!?()]*"
_CREDIT_AT_END = regex.compile(
    rf"(?:\(\s*{_PICTURE}\s*:\s*(?P<bracketed>{_CREDIT})\)|(?:\A|[.!?]\s+){_PICTURE}\s*:\s*(?P<labelled>{_CREDIT}))\s*\Z"
)


class PictureCreditSettings(HeuristicSettings):
    max_credit_chars: int = 60


@register
class PictureCredit(BaseHeuristic[PictureCreditSettings]):
    name = "picture_credit"
    Settings = PictureCreditSettings

    def vote(self, page: SegmentedPage) -> list[Vote | None]:
        vote = self.cast(-1.0, "ends_with_picture_credit")
        most = self.settings.max_credit_chars
        # Every credit has a colon: most lines are passed over by one test in C.
        return [vote if ":" in text and _credit_length(text) <= most else None for text in page.texts]


def _credit_length(line: str) -> float:
    """How many characters the picture credit closing `line` takes (infinite where none does)."""
    match = _CREDIT_AT_END.search(line)
    if match is None:
        return math.inf
    return len((match["bracketed"] or match["labelled"]).rstrip())
