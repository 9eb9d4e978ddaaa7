"""The fuzz target (tests/fuzz_clean.py) runs for a bounded time and finds no failure.

CLEANER_FUZZ_SECONDS sets the time (30 s by default; 0 skips the run). With atheris installed
the run is coverage-guided; without it, hypothesis feeds the same target random inputs.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from fuzz_clean import check_one, fuzz_with_hypothesis

FUZZ_TARGET = Path(__file__).with_name("fuzz_clean.py")
FUZZ_SECONDS = int(os.environ.get("CLEANER_FUZZ_SECONDS", "30"))
# Past this, an input counts as a hang (atheris' -timeout): generous, for a shared machine.
INPUT_TIMEOUT_SECONDS = 30


@pytest.mark.skipif(FUZZ_SECONDS <= 0, reason="CLEANER_FUZZ_SECONDS=0 skips the fuzzing run")
def test_fuzzing_for_a_bounded_time_finds_no_failure(tmp_path: Path) -> None:
    completed = subprocess.run(
        [
            sys.executable,
            str(FUZZ_TARGET),
            f"-max_total_time={FUZZ_SECONDS}",
            f"-timeout={INPUT_TIMEOUT_SECONDS}",
            "-rss_limit_mb=2048",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=FUZZ_SECONDS + 300,
        check=False,
    )

    assert completed.returncode == 0, (completed.stdout + completed.stderr)[-4000:]


def test_the_hypothesis_fallback_feeds_the_target() -> None:
    assert fuzz_with_hypothesis(1) > 0


@pytest.mark.parametrize("data", [b"", b"\x00", b"\x01<p>x", b"\x82\xff\xfe", b"\x00\xed\xa0\x80 text"])
def test_the_target_takes_any_bytes(data: bytes) -> None:
    check_one(data)
