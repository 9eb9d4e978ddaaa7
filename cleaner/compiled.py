"""What the package says when one of its compiled modules (``*.pyx``, built by setup.py) is missing.

Each is imported, guarded, where it is used: the HTML renderer in `cleaner.segment.html`, the line
reader in `cleaner.segment.compiled`, the combiner's passes over the votes in `cleaner.combine`,
the UTF-8 encoder, the count of control characters and the sieve for mojibake in `cleaner.decode`,
the models' plain attribute reads in `cleaner.fast_reads`, the search for roots in class names in
`cleaner.heuristics.dom_hints`, the heuristics' passes over every line in
`cleaner.heuristics.line_passes`.
"""

from __future__ import annotations

from pathlib import Path


def unbuilt(module: str, what: str, error: ImportError) -> ImportError:
    """The error to raise for `error`, met importing the compiled `module` (dotted), the package's `what`.

    Most often the source tree was never built. The module may also be built and fail to import
    what it imports itself (lxml, in an environment that lacks it): the error then names that
    module, which the message about building would hide.
    """
    if error.name not in (None, module):
        return ImportError(
            f"cleaner's compiled {what} ({module}) imports {error.name!r}, which is not installed: "
            f"expected cleaner's dependencies installed with it (pip install cleaner), got {error}"
        )
    folder = Path(__file__).parent.joinpath(*module.split(".")[1:-1])
    return ImportError(
        f"cleaner's compiled {what} ({module}) is not built in {folder}: expected it built beside the sources "
        "(pip install -e .), or cleaner imported from where pip installed it rather than from its source tree"
    )
