"""The typed results of cleaning: labels, votes, blocks and the page result."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

from cleaner.lang import fingerprint


class Label(StrEnum):
    """What a block is: part of the main body, or chrome around it."""

    BODY = "body"
    CHROME = "chrome"


class Vote(BaseModel):
    """One heuristic's opinion of one block.

    `value` runs from -1 (surely chrome) to +1 (surely body); `reason` is machine-readable,
    such as ``"stopword_ratio>=0.3"``, so that a decision can be explained and counted.
    """

    model_config = ConfigDict(frozen=True)

    heuristic: str
    value: float = Field(ge=-1.0, le=1.0)
    reason: str


class BlockFeatures(BaseModel):
    """What the segmenter measured on a block; heuristics read these and nothing else.

    Text pages fill the shape features; DOM features (`link_chars`, `tag_path`,
    `heading_level`) stay at their neutral defaults until an HTML segmenter sets them.
    """

    model_config = ConfigDict(frozen=True)

    text: str = Field(exclude=True, repr=False, description="the block's text (kept once, on Block)")
    fingerprint: str = Field(
        exclude=True, repr=False, description="the words case-folded, space-joined: equal for near-equal texts"
    )
    index: int
    start: int = Field(description="character offset of the block in the decoded input")
    end: int
    chars: int
    words: int
    stopwords: int
    upper_initial_words: int = Field(description="words that start with an upper-case letter")
    ends_with_terminal: bool = Field(description="ends like a sentence: . ! ? and their kin")
    blank_before: bool = Field(description="a blank line (or the page start) precedes it")
    blank_after: bool = Field(description="a blank line (or the page end) follows it")
    link_chars: int = 0
    tag_path: str | None = None
    heading_level: int | None = None


class Block(BaseModel):
    """One block of the page with its verdict and the votes that led to it.

    The features leave out the block's text in JSON (it is `text`); reading a block back
    from JSON restores them from it.
    """

    text: str
    label: Label
    score: float = Field(ge=0.0, le=1.0, description="confidence that the block is body")
    votes: list[Vote]
    features: BlockFeatures

    @model_validator(mode="before")
    @classmethod
    def _restore_feature_text(cls, data: Any) -> Any:
        if isinstance(data, dict) and isinstance(data.get("features"), dict) and "text" not in data["features"]:
            text = str(data.get("text", ""))
            data = {**data, "features": {**data["features"], "text": text, "fingerprint": fingerprint(text)}}
        return data


class CleanResult(BaseModel):
    """The outcome of cleaning one page."""

    url: str | None = None
    format: str = Field(description='the input form that was segmented: "text" or "html"')
    title: str | None = None
    text: str = Field(description="the body blocks in reading order, separated by a blank line")
    blocks: list[Block]


class Page(BaseModel):
    """One page to clean in a stream, as handed to `clean_many`."""

    id: str
    url: str | None = None
    raw: str | bytes
