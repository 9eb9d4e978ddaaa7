"""Fuzz target: `cleaner.clean` on arbitrary input, checked like every result.

Run it (atheris, coverage-guided, when installed: ``pip install '.[fuzz]'``; hypothesis' own
fuzzing otherwise), for ten minutes, with inputs that take over 20 s or 2 GB reported as
failures and new inputs kept in ``fuzz-corpus/``::

    mkdir -p fuzz-corpus && python tests/fuzz_clean.py -max_total_time=600 -timeout=20 -rss_limit_mb=2048 fuzz-corpus/

An input that fails is written to ``crash-*`` (atheris) or printed (hypothesis). The first
byte of an input picks the format and whether the page is given as bytes or as a str (with
the bytes that are not UTF-8 as lone surrogates); the rest is the page.
"""

from __future__ import annotations

import random
import sys
import time

FORMATS = ("auto", "html", "text")
MAX_INPUT_BYTES = 65_536
DEFAULT_SECONDS = 30


def check_one(data: bytes) -> None:
    """Clean one input: only a `CleanerError` may come out, and a result must hold together."""
    # Imported here, so that atheris can instrument cleaner as `main` first imports it.
    import cleaner
    from cleaner import CleanerError, Label

    if not data:
        return
    form = FORMATS[data[0] % len(FORMATS)]
    raw: str | bytes = data[1:] if data[0] & 0x80 else data[1:].decode("utf-8", "surrogateescape")
    try:
        result = cleaner.clean(raw, format=form)
    except CleanerError:
        return
    body = [block.text for block in result.blocks if block.label is Label.BODY]
    if result.text != "\n\n".join(body) or not all(0.0 <= block.score <= 1.0 for block in result.blocks):
        raise AssertionError(f"inconsistent result for {data!r}")
    result.model_dump_json()


def _option(argv: list[str], name: str, default: int) -> int:
    values = [arg.split("=", 1)[1] for arg in argv if arg.startswith(f"-{name}=")]
    return int(values[-1]) if values else default


def fuzz_with_hypothesis(seconds: int) -> int:
    """Feed hypothesis random inputs for `seconds`; returns how many ran."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    @settings(database=None, deadline=None)
    @given(st.binary(max_size=MAX_INPUT_BYTES))
    def target(data: bytes) -> None:
        check_one(data)

    fuzz = target.hypothesis.fuzz_one_input  # type: ignore[attr-defined]
    generator = random.Random()
    deadline = time.monotonic() + seconds
    runs = 0
    while time.monotonic() < deadline:
        fuzz(generator.randbytes(generator.randrange(MAX_INPUT_BYTES)))
        runs += 1
    return runs


def main(argv: list[str]) -> None:
    try:
        import atheris
    except ImportError:
        seconds = _option(argv, "max_total_time", DEFAULT_SECONDS)
        runs = fuzz_with_hypothesis(seconds)
        print(f"hypothesis: {runs} inputs in {seconds} s, no failure (install atheris for coverage guidance)")
        return
    with atheris.instrument_imports(include=["cleaner"]):
        import cleaner  # noqa: F401  (instrumented as it loads: coverage guides the fuzzer)
    atheris.Setup([*argv, f"-max_len={MAX_INPUT_BYTES}"], check_one)
    atheris.Fuzz()


if __name__ == "__main__":
    main(sys.argv)
