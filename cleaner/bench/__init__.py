"""`cleaner bench`: the cleaner beside its peers on labeled pages, with the same metric and clock.

``datasets`` reads labeled JSONL files and fixture folders into one record model; ``systems``
holds one adapter per system (the cleaner, the peers, text-mode baselines), each imported
lazily; ``runner`` runs each system in its own process, page by page, and scores it; ``report``
writes the tables, the JSON, the chart and the cleaner's per-page loss report.
"""
