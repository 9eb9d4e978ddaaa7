"""The typed results of cleaning: labels, votes, blocks and the page result."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property
from itertools import repeat
from typing import Any

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ModelWrapValidatorHandler,
    PrivateAttr,
    TypeAdapter,
    ValidationError,
    computed_field,
    model_validator,
)
from pydantic_core import ErrorDetails, InitErrorDetails

from cleaner.fast_reads import FastReadModel


class Label(StrEnum):
    """What a block is: part of the main body, or chrome around it."""

    BODY = "body"
    CHROME = "chrome"


class Vote(FastReadModel):
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
    charset: str | None = Field(None, description="for bytes: the charset it was served with (HTTP's Content-Type)")


_BLOCK_LIST = TypeAdapter(list[Block])


@dataclass(frozen=True, slots=True)
class Verdicts:
    """The pipeline's verdict on every block of a page, one column a field: what `Block`s are made of."""

    texts: Sequence[str]
    labels: Sequence[Label]
    scores: Sequence[float]
    votes: Sequence[list[Vote]]
    decisions: Sequence[str]
    starts: Sequence[int]
    ends: Sequence[int]
    tags: Sequence[str | None] | None  # None: no block has a tag (a text page)

    @classmethod
    def of_blocks(cls, blocks: Sequence[Block]) -> Verdicts:
        """The columns of `blocks`."""
        return cls(
            texts=[block.text for block in blocks],
            labels=[block.label for block in blocks],
            scores=[block.score for block in blocks],
            votes=[block.votes for block in blocks],
            decisions=[block.decision for block in blocks],
            starts=[block.start for block in blocks],
            ends=[block.end for block in blocks],
            tags=[block.tag for block in blocks],
        )

    def blocks(self) -> list[Block]:
        """The columns as validated `Block`s: one validation call for the whole list."""
        return _BLOCK_LIST.validate_python(
            [
                {
                    "text": text,
                    "label": label,
                    "score": score,
                    "votes": block_votes,
                    "decision": decision,
                    "start": start,
                    "end": end,
                    "tag": tag,
                }
                for text, label, score, block_votes, decision, start, end, tag in zip(
                    self.texts,
                    self.labels,
                    self.scores,
                    self.votes,
                    self.decisions,
                    self.starts,
                    self.ends,
                    self.tags if self.tags is not None else repeat(None, len(self.texts)),
                    strict=True,
                )
            ]
        )


def _under_blocks(detail: ErrorDetails) -> InitErrorDetails:
    """A block's validation error, located under the result's `blocks`."""
    moved = InitErrorDetails(type=detail["type"], loc=("blocks", *detail["loc"]), input=detail["input"])
    if "ctx" in detail:
        moved["ctx"] = detail["ctx"]
    return moved


class CleanResult(BaseModel):
    """The outcome of cleaning one page.

    `blocks` is built when first read: the models of a page's blocks cost about as much as
    the rest of cleaning a text page, and a caller that wants the text alone never pays it.
    A result built from data (`CleanResult(..., blocks=[...])`, or read back from its JSON)
    holds the blocks given.
    """

    url: str | None = None
    format: str = Field(description='the input form that was segmented: "text" or "html"')
    title: str | None = None
    text: str = Field(description="the body blocks in reading order, separated by a blank line")
    _verdicts: Verdicts | None = PrivateAttr(None)

    @computed_field  # type: ignore[prop-decorator]
    @cached_property
    def blocks(self) -> list[Block]:
        """Every block of the page in reading order, with its label, score, votes and place."""
        return self._verdicts.blocks() if self._verdicts is not None else []

    @property
    def verdicts(self) -> Verdicts:
        """Every block's verdict as columns (text, label, score, votes, ...), without a model a block.

        What a pass over many pages reads for its counts: the same facts as `blocks`, cheaper.
        """
        if self._verdicts is None:
            self._verdicts = Verdicts.of_blocks(self.blocks)
        return self._verdicts

    @model_validator(mode="wrap")
    @classmethod
    def _keep_given_blocks(cls, data: Any, handler: ModelWrapValidatorHandler[CleanResult]) -> CleanResult:
        result = handler(data)
        if isinstance(data, dict) and "blocks" in data:
            try:
                blocks = _BLOCK_LIST.validate_python(data["blocks"])
            except ValidationError as error:  # located under "blocks", as a field's errors are
                raise ValidationError.from_exception_data(
                    cls.__name__, [_under_blocks(detail) for detail in error.errors()]
                ) from None
            # Where `cached_property` keeps its value: the blocks given are the ones read.
            result.__dict__["blocks"] = blocks
        return result

    __hash__ = None  # type: ignore[assignment]  # mutable, as every pydantic model that is not frozen

    def __eq__(self, other: object) -> bool:
        # Two results are equal by what they hold, however their blocks came to be.
        if not isinstance(other, CleanResult):
            return NotImplemented
        return self.model_dump() == other.model_dump()

    @classmethod
    def of_verdicts(cls, verdicts: Verdicts, url: str | None, format: str, title: str | None, text: str) -> CleanResult:
        """The result of a page the pipeline decided: its parts are of the declared types already.

        Built from its state, as unpickling builds a model: `model_construct` reads each field's
        aliases and default, and the private attribute was set through pydantic's hook, which cost
        a page 43,000 instructions where this costs 16,000.
        """
        result = cls.__new__(cls)
        result.__setstate__(
            {
                "__dict__": {"url": url, "format": format, "title": title, "text": text},
                "__pydantic_fields_set__": {"url", "format", "title", "text"},
                "__pydantic_extra__": None,
                "__pydantic_private__": {"_verdicts": verdicts},
            }
        )
        return result

    def markdown(self) -> str:
        """The body as Markdown: headings, list items, quotations, code and tables marked up.

        Text pages carry no markup to keep, so their Markdown is the body's paragraphs.
        """
        from cleaner.markdown import to_markdown

        return to_markdown(block for block in self.blocks if block.label is Label.BODY)
