"""A one-line progress report on standard error: pages done, pages per second, failures."""

from __future__ import annotations

import sys
import time
from typing import TextIO

REFRESH_SECONDS = 0.2


class Progress:
    """Rewrites one line of `stream` at most every `REFRESH_SECONDS`; silent when not `enabled`."""

    def __init__(self, enabled: bool, initial: int = 0, stream: TextIO | None = None, label: str = "") -> None:
        self.enabled = enabled
        self.label = f"{label}: " if label else ""
        self.stream = stream or sys.stderr
        self.initial = initial  # pages of an earlier run: shown, not counted in the rate
        self.pages = initial
        self.failed = 0
        self.started = time.monotonic()
        self.shown = 0.0

    def update(self, pages: int, failed: int) -> None:
        self.pages, self.failed = pages, failed
        now = time.monotonic()
        if self.enabled and now - self.shown >= REFRESH_SECONDS:
            self.shown = now
            self._show(now)

    def close(self) -> None:
        if self.enabled:
            self._show(time.monotonic())
            self.stream.write("\n")
            self.stream.flush()

    def _show(self, now: float) -> None:
        elapsed = max(now - self.started, 1e-9)
        rate = (self.pages - self.initial) / elapsed
        self.stream.write(
            f"\r{self.label}{self.pages:,} pages  {rate:,.1f} pages/s  {self.failed:,} failed  {elapsed:,.0f} s "
        )
        self.stream.flush()
