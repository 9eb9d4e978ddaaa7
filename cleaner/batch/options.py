"""The settings of a batch run, and the pipeline each worker builds."""

from __future__ import annotations

import importlib
import os
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, model_validator

from cleaner.errors import CleanerError, ConfigError
from cleaner.io.inputs import InputKind
from cleaner.io.jsonl import JsonlFields
from cleaner.pipeline import Cleaner

DEFAULT_PAGE_TIMEOUT_SECONDS = 30.0
DEFAULT_CHECKPOINT_RECORDS = 1000


class BatchError(CleanerError):
    """A batch run cannot start or go on (its output, its resume state); the message says why."""


class PipelineSpec(BaseModel):
    """Which pipeline cleans the pages: the default one, a config file, or a factory function.

    `factory` names a function that takes no argument and returns a `Cleaner`, as
    ``package.module:function``; each worker process imports it, so a pipeline built in code
    (with heuristics of your own) runs in a batch too.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    config: Path | None = Field(None, description="a TOML or JSON pipeline config (see Cleaner.from_config)")
    factory: str | None = Field(None, description="'module:function' returning a Cleaner")
    comments: bool = Field(False, description="keep readers' comments as body (Cleaner.with_comments)")

    @model_validator(mode="after")
    def _one_source(self) -> PipelineSpec:
        if self.config is not None and self.factory is not None:
            raise ValueError("give a pipeline config or a factory, not both")
        return self

    def build(self) -> Cleaner:
        """The pipeline this spec names; a `ConfigError` says what is wrong with it."""
        if self.config is not None:
            pipeline = Cleaner.from_config(self.config)
        elif self.factory is not None:
            pipeline = _from_factory(self.factory)
        else:
            pipeline = Cleaner()
        return pipeline.with_comments() if self.comments else pipeline


def _from_factory(spec: str) -> Cleaner:
    module_name, _, function_name = spec.partition(":")
    if not module_name or not function_name:
        raise ConfigError(f"pipeline factory {spec!r}: expected 'module:function'")
    try:
        function = getattr(importlib.import_module(module_name), function_name)
    except (ImportError, AttributeError) as error:
        raise ConfigError(f"pipeline factory {spec!r} cannot be loaded: {error}") from None
    pipeline = function()
    if not isinstance(pipeline, Cleaner):
        raise ConfigError(f"pipeline factory {spec!r} returned {type(pipeline).__name__}, expected a Cleaner")
    return pipeline


def default_jobs() -> int:
    """One worker per core this process may run on."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


class SiteOptions(BaseModel):
    """Site profiles in a batch: learned from the inputs in a first pass, loaded from a file, or both."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    learn: bool = Field(False, description="a first pass learns each host's template from every input page")
    profiles: Path | None = Field(None, description="site profiles to start from (written by SiteProfiles.save)")
    save: Path | None = Field(None, description="where to write the profiles the pages were cleaned with")

    @property
    def used(self) -> bool:
        return self.learn or self.profiles is not None


class BatchOptions(BaseModel):
    """How `run_batch` reads, cleans and writes."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    jobs: int = Field(default_factory=default_jobs, ge=1, description="worker processes")
    input_kind: InputKind = Field(InputKind.AUTO, description="the kind of every input; auto tells it from the path")
    fields: JsonlFields = Field(default_factory=JsonlFields, description="JSONL field names")
    blocks: bool = Field(False, description="write every block with its label, score and votes")
    page_timeout_seconds: float = Field(DEFAULT_PAGE_TIMEOUT_SECONDS, gt=0, description="per-page time budget")
    checkpoint_records: int = Field(
        DEFAULT_CHECKPOINT_RECORDS, ge=1, description="records per committed part: what an interruption can lose"
    )
    resume: bool = Field(False, description="continue an interrupted run into the same output")
    pipeline: PipelineSpec = Field(default_factory=PipelineSpec)
    sites: SiteOptions = Field(default_factory=SiteOptions)
    progress: bool = Field(False, description="show a progress line on standard error")
