"""The segmented page handed to every heuristic."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from cleaner.model import BlockFeatures


class SegmentedPage(BaseModel):
    """A page cut into blocks in reading order; heuristics read it and never change it."""

    model_config = ConfigDict(frozen=True)

    url: str | None = None
    format: str
    blocks: tuple[BlockFeatures, ...]
