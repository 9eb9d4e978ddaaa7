"""Segmenters: raw page → blocks with features, the only input heuristics see."""

from cleaner.segment.page import BlockFeatures, SegmentedPage

__all__ = ["BlockFeatures", "SegmentedPage"]
