"""Lint, format and type checks run as part of the test suite, with the config in pyproject.toml."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CHECKS = {
    "ruff-check": ["ruff", "check", "cleaner", "tests"],
    "ruff-format": ["ruff", "format", "--check", "cleaner", "tests"],
    "mypy-strict": ["mypy", "--strict", "cleaner"],
}


@pytest.mark.parametrize("command", CHECKS.values(), ids=CHECKS.keys())
def test_tool_passes(command: list[str]) -> None:
    completed = subprocess.run(
        [sys.executable, "-m", *command], cwd=ROOT, capture_output=True, text=True, timeout=600, check=False
    )
    output = completed.stdout + completed.stderr
    assert completed.returncode == 0, f"`{' '.join(command)}` failed:\n{output}"
