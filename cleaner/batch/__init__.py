"""Batch cleaning of crawl dumps: many pages, several worker processes, one output record per input record.

`run_batch(inputs, output, options)` reads JSONL, WARC/WET files and folders of pages
(`cleaner.io`), cleans their pages in worker processes (`pool`: a page over its time budget
or one that crashes its worker is recorded as failed and the run goes on), and writes the
results in input order to numbered parts that an interrupted run resumes from (`parts`),
joined into the output at the end. ``cleaner batch`` is its command line.
"""

from __future__ import annotations

from cleaner.batch.options import BatchError, BatchOptions, PipelineSpec
from cleaner.batch.run import run_batch
from cleaner.batch.tally import BatchSummary, Tally, format_summary

__all__ = ["BatchError", "BatchOptions", "BatchSummary", "PipelineSpec", "Tally", "format_summary", "run_batch"]
