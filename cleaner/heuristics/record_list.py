"""Record lists: a short label repeated at a steady stride frames the records of the main content.

Listings, product pages, forums and spec tables are built from records of one template:
a product card ("Ideal for:", a value, "Fabric content", a value, "Shop now"), a forum post
(author, date, text, "Reply"), a course card (name, blurb, "Read more"). Flattened to text,
the template's fixed label comes back once per record, every few lines, while what lies
between two labels is written once. Navigation repeats too, but as whole runs: a menu shown
twice repeats every item, so the lines between its repeats are repeats themselves. This is
the "repeating data region" signal of record extraction (MDR, Liu, Grossman and Zhai, 2003;
DEPTA), read off line fingerprints instead of DOM subtrees.

The vote is positive for the once-written lines inside a run of records and abstains on
the labels themselves, which `repeated_blocks` already calls chrome. Defaults: three records
make a list (two could be a duplicated menu), a record spans at most 40 lines (a forum post
of a dozen paragraphs with its header), the label is a short line (at most 6 words), and at
least 60% of the lines between labels must be unique on the page.
"""

from __future__ import annotations

from collections import defaultdict

from cleaner.heuristics.base import BaseHeuristic, HeuristicSettings, register
from cleaner.model import Vote
from cleaner.segment.page import SegmentedPage


class RecordListSettings(HeuristicSettings):
    min_records: int = 3
    label_max_words: int = 6
    record_min_blocks: int = 2
    record_max_blocks: int = 40
    min_unique_share: float = 0.6


@register
class RecordList(BaseHeuristic[RecordListSettings]):
    name = "record_list"
    Settings = RecordListSettings

    def vote(self, page: SegmentedPage) -> list[Vote | None]:
        s = self.settings
        occurrences: dict[str, list[int]] = defaultdict(list)
        for index, (fingerprint, repeats, words) in enumerate(
            zip(page.fingerprints, page.repeats, page.words, strict=True)
        ):
            if fingerprint and repeats >= s.min_records and words <= s.label_max_words:
                occurrences[fingerprint].append(index)
        in_records = [False] * len(page)
        for indices in occurrences.values():
            for first, last in self._runs(indices):
                if self._unique_share(first, last, page) >= s.min_unique_share:
                    in_records[first : last + 1] = [True] * (last + 1 - first)
        vote = self.cast(1.0, f"record_list>={s.min_records}")
        return [
            vote if inside and repeats == 1 else None for inside, repeats in zip(in_records, page.repeats, strict=True)
        ]

    def _runs(self, indices: list[int]) -> list[tuple[int, int]]:
        """Stretches of label occurrences spaced like records, as (first label, last label)."""
        s = self.settings
        runs: list[tuple[int, int]] = []
        start = 0
        for position in range(1, len(indices) + 1):
            gap_ok = position < len(indices) and (
                s.record_min_blocks <= indices[position] - indices[position - 1] <= s.record_max_blocks
            )
            if not gap_ok:
                if position - start >= s.min_records:
                    runs.append((indices[start], indices[position - 1]))
                start = position
        return runs

    @staticmethod
    def _unique_share(first: int, last: int, page: SegmentedPage) -> float:
        inner = page.repeats[first + 1 : last]
        if not inner:
            return 0.0
        return inner.count(1) / len(inner)
