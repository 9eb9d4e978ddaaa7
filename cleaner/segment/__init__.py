"""Segmenters: raw page → blocks with features, the only input heuristics see."""

from cleaner.segment.page import SegmentedPage

__all__ = ["SegmentedPage"]
