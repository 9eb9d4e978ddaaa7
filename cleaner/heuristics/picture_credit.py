"""Picture credits: a line that ends by crediting a picture is the picture's caption.

News and magazine sites close every caption with its credit: "Protesters have worn masks
(Image: GETTY)", "… on Monday morning. Photo: Owain Price", "Photo: Damian Dovarganes, AP",
"(Image credit: NASA)", "(AP Photo/Evan Vucci)", "Photo by Jane Doe on Unsplash". The caption
sits between the article's paragraphs and is written as a sentence, so shape and position
call it body; on an HTML page a `<figcaption>` or a class name gives it away, but many
templates print captions as plain paragraphs, and a text dump has no markup at all. Every
gold standard here (ScrapingHub, WCXB, the fixtures) leaves captions out, as trafilatura
does with its figures. The credit is the signal: a capitalised picture word ("Image",
"Photo", "Picture", "Photograph", "Foto", "Bild", optionally with "credit", or "Credit"
alone) and a colon (or an agency's slash, "by", "via", "courtesy of"), then a name of at
most `max_credit_chars` characters and no sentence end, at the end of the line, either in
brackets or after the line's start or a sentence's end. An article that mentions a photo
says so inside a sentence, not as the sentence's label; a configuration line ("image:
nginx:1.14") has a colon or a full stop in its value. The vote is sure (-1), and the
combiner takes it as final (`CombineSettings.chrome_vetoes`).
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
_NAMED_PICTURE = "(?:{}){}".format(
    "|".join(f"{word.capitalize()}|{word.upper()}" for word in _PICTURE_WORDS),
    r"(?i:s?(?:\s+credits?)?)",
)
_PICTURE = f"(?:{_NAMED_PICTURE}|Credits?|CREDITS?)"
# The picture words as the page's case-folded tokens hold them: the lines worth the full pattern.
_PICTURE_TOKENS = frozenset((*_PICTURE_WORDS, *(f"{word}s" for word in _PICTURE_WORDS), "credit", "credits"))

# Between the picture word and the name: a colon ("Photo: Jane Doe"), a slash as news agencies
# write it ("AP Photo/Evan Vucci"), or by, via or courtesy of ("Photo by Jane Doe on Unsplash"),
# these as a label too ("Photo by: Jane Doe").
_BEFORE_NAME = r"\s*(?::|/|\s(?i:by|via|courtesy(?:\s+of)?)(?::|\s))\s*"
# The name: no sentence end, no colon, no brackets. Taken possessively: what it reads, neither
# the closing bracket nor the line's end can use, and given back char by char on a line that
# fails (a long run of "Photo by …" ending in "!"), it made every search quadratic.
_CREDIT = r"[^\s.:!?()][^.:!?()]*+"
# A credit closing a line: in brackets (an agency's initials may come first), or as the label
# of the line or of its last sentence (after a bar too: "… its variety. | Photo by Lisa Jennings").
# A labelled credit may close its sentence ("… a crop sensor DSLR. Photo by: 'James Sutton'.").
# A line may also open with the agency's or the library's name before the picture word and its
# slash ("Getty Images / Jane Doe", "Romas Photo/Shutterstock"): capitalised words, at most two.
_AGENCY = r"(?:\p{Lu}[\p{L}&]*\s+){1,2}"
_CREDIT_AT_END = regex.compile(
    rf"(?:\(\s*(?:\p{{Lu}}{{2,6}}\s+)?{_PICTURE}{_BEFORE_NAME}(?P<bracketed>{_CREDIT})\)"
    rf"|(?:\A|[.!?|]\s+){_PICTURE}{_BEFORE_NAME}(?P<labelled>{_CREDIT})\.?"
    rf"|\A{_AGENCY}{_NAMED_PICTURE}\s*/\s*(?P<agency>{_CREDIT}))\s*\Z"
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
        votes: list[Vote | None] = [None] * len(page)
        for index in page.blocks_holding(_PICTURE_TOKENS):
            if _credit_length(page.texts[index]) <= most:
                votes[index] = vote
        return votes


def _credit_length(line: str) -> float:
    """How many characters the picture credit closing `line` takes (infinite where none does)."""
    match = _CREDIT_AT_END.search(line)
    if match is None:
        return math.inf
    return len((match["bracketed"] or match["labelled"] or match["agency"]).rstrip())
