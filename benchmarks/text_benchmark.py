"""Score the cleaner in text mode on a labeled JSONL dataset (fields `text` and `body`).

    python benchmarks/text_benchmark.py ../shared/data/dev/scrapinghub.jsonl.gz

Prints shingle F1, precision and recall (the ScrapingHub benchmark's metric), token F1, and
pages per CPU-second of `Cleaner.clean`, beside a C4-style line filter and keep-everything
measured in the same run. The headline is scored out (`text` without `title`),
because these datasets' gold bodies leave it out.
"""

from __future__ import annotations

import argparse
import gzip
import json
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from baselines import c4_line_filter, keep_everything

from cleaner import Cleaner, CleanResult
from cleaner.metrics import aggregate, page_counts


def read_jsonl(path: Path) -> Iterator[dict[str, object]]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                yield json.loads(line)


def body_without_title(result: CleanResult) -> str:
    return "\n\n".join(block.text for block in result.blocks if block.label == "body" and block.text != result.title)


def score(name: str, predict: Callable[[str], str], records: list[dict[str, object]]) -> None:
    """Print shingle and token scores of `predict` over `records`, with its pages per CPU-second."""
    shingle_counts, token_counts = [], []
    cpu = 0.0
    for record in records:
        started = time.process_time()
        predicted = predict(str(record["text"]))
        cpu += time.process_time() - started
        shingle_counts.append(page_counts(str(record["body"]), predicted))
        token_counts.append(page_counts(str(record["body"]), predicted, shingle_size=1))
    shingle = aggregate(shingle_counts)
    token = aggregate(token_counts)
    print(
        f"  {name:<18} F1={shingle.f1:.3f} P={shingle.precision:.3f} R={shingle.recall:.3f} "
        f"token_F1={token.f1:.3f} pages/cpu-s={len(records) / max(cpu, 1e-9):.0f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("dataset", type=Path)
    parser.add_argument("--limit", type=int, default=None, help="score the first N pages only")
    args = parser.parse_args()
    cleaner = Cleaner()
    records = list(read_jsonl(args.dataset))[: args.limit]
    print(f"{args.dataset.name}: {len(records)} pages, text mode")
    score("cleaner", lambda text: body_without_title(cleaner.clean(text, format="text")), records)
    score("C4-style filter", c4_line_filter, records)
    score("keep everything", keep_everything, records)


if __name__ == "__main__":
    main()
