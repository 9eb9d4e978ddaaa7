"""Comment sections: once readers' comments begin, the article is over.

Comment threads are written in sentences, so shape and stop words call them body; what
gives them away is their header ("34 responses to …", "12 Comments", "Leave a Reply") and
the author lines of each comment ("Jane says:", counted from the second one on). Gold standards of article extraction
(ScrapingHub, CleanEval, WCXB) leave comments out, as trafilatura does by default. The
header has to come after the page's opening stretch, so a "Comments" link in the top
navigation does not wipe out the page.
"""

from __future__ import annotations

import regex

from cleaner.heuristics.base import BaseHeuristic, HeuristicSettings, register
from cleaner.model import Vote
from cleaner.segment.page import SegmentedPage

_COMMENT_HEADER = regex.compile(
    r"\A(?:\d+\s+(?:comments?|responses?|replies|reactions|thoughts? on)\b|"
    r"(?:leave|post|add|write) (?:a|your) (?:reply|comment)|join the (?:discussion|conversation)|"
    r"\d+\s+(?:kommentare?|commentaires?|comentarios?|commenti|комментари[йиея])\b)",
    regex.IGNORECASE,
)
# "Jane says:" opens each comment; one such line could be a quotation, two make a thread.
_COMMENT_AUTHOR = regex.compile(r"\s(?:says|said|wrote|schreibt|a écrit|dice|escribió):\Z", regex.IGNORECASE)
_MIN_AUTHOR_LINES = 2


class CommentSectionSettings(HeuristicSettings):
    header_max_words: int = 10
    min_position_share: float = 0.2


@register
class CommentSection(BaseHeuristic[CommentSectionSettings]):
    name = "comment_section"
    Settings = CommentSectionSettings

    def vote(self, page: SegmentedPage) -> list[Vote | None]:
        start = self._thread_start(page)
        votes: list[Vote | None] = [None] * len(page)
        if start is None:
            return votes
        votes[start] = self.cast(-1.0, "comment_header")
        for index in range(start + 1, len(page)):
            votes[index] = self.cast(-1.0, "after_comment_header")
        return votes

    def _thread_start(self, page: SegmentedPage) -> int | None:
        s = self.settings
        length = page.ends[-1] if len(page) else 0
        author_lines: list[int] = []
        for index, (text, words, start) in enumerate(zip(page.texts, page.words, page.starts, strict=True)):
            if words > s.header_max_words or start < s.min_position_share * length:
                continue
            if _COMMENT_HEADER.match(text):
                return index
            if _COMMENT_AUTHOR.search(text):
                author_lines.append(index)
                if len(author_lines) == _MIN_AUTHOR_LINES:
                    return author_lines[0]
        return None
