"""The typed results of cleaning: labels, votes, blocks and the page result."""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field


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


class Block(BaseModel):
    """One block of the page with its verdict, the votes that led to it, and where it stands."""

    text: str
    label: Label
    score: float = Field(ge=0.0, le=1.0, description="confidence that the block is body")
    votes: list[Vote]
    decision: str = Field(
        description="the combiner's rule that set the label, such as 'in_region&score>=0.2' or 'title'"
    )
    start: int = Field(ge=0, description="character offset of the block in the decoded input")
    end: int = Field(ge=0, description="character offset just past the block")
    tag: str | None = Field(
        None, description="HTML pages: the element holding the block (p, h2, li, td, pre, ...); None on text pages"
    )


class Page(BaseModel):
    """One page of a stream to clean (see `cleaner.clean_many`)."""

    model_config = ConfigDict(frozen=True)

    id: str | None = Field(None, description="the caller's name for the page; error messages quote it")
    url: str | None = Field(None, description="its address: its host picks the site profile")
    raw: str | bytes = Field(description="the page as served (HTML or text; bytes in any encoding)")
    format: str = Field("auto", description='"auto", "html" or "text"')


class CleanResult(BaseModel):
    """The outcome of cleaning one page."""

    url: str | None = None
    format: str = Field(description='the input form that was segmented: "text" or "html"')
    title: str | None = None
    text: str = Field(description="the body blocks in reading order, separated by a blank line")
    blocks: list[Block]

    def markdown(self) -> str:
        """The body as Markdown: headings, list items, quotations, code and tables marked up.

        Text pages carry no markup to keep, so their Markdown is the body's paragraphs.
        """
        from cleaner.markdown import to_markdown

        return to_markdown(block for block in self.blocks if block.label is Label.BODY)
