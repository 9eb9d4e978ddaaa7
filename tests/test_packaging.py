"""The wheel that `pip install .` builds: the compiled modules and their type stubs, without their sources.

The build runs for real, as pip runs it for a user (an isolated build environment with Cython),
from a copy of the source tree, so that the tree the tests import is left as it is.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _source_copy(destination: Path) -> Path:
    """The project's files that a clone holds, without builds, caches or virtual environments."""
    ignored = shutil.ignore_patterns(".git", ".venv", "build", "*.egg-info", "__pycache__", "*.so", "*.c", ".*_cache")
    shutil.copytree(ROOT, destination, ignore=ignored)
    return destination


def test_the_wheel_holds_the_compiled_modules_and_their_stubs_but_not_their_sources(tmp_path: Path) -> None:
    source = _source_copy(tmp_path / "source")
    completed = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", str(source), "--wheel-dir", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr

    (wheel,) = tmp_path.glob("cleaner-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    segment = {Path(name).name for name in names if name.startswith("cleaner/segment/")}
    assert {"_render.pyi", "_words.pyi", "compiled.py"} <= segment
    assert any(name.startswith("_render.") and name.endswith((".so", ".pyd")) for name in segment)
    assert any(name.startswith("_words.") and name.endswith((".so", ".pyd")) for name in segment)
    top = {name.removeprefix("cleaner/") for name in names if name.count("/") == 1 and name.startswith("cleaner/")}
    assert {"_votes.pyi", "_utf8.pyi", "_type_slots.pyi"} <= top
    for module in ("_votes", "_utf8", "_type_slots"):
        assert any(name.startswith(f"{module}.") and name.endswith((".so", ".pyd")) for name in top)
    heuristics = {Path(name).name for name in names if name.startswith("cleaner/heuristics/")}
    assert {"_roots.pyi", "_line_passes.pyi"} <= heuristics
    assert any(name.startswith("_roots.") and name.endswith((".so", ".pyd")) for name in heuristics)
    assert any(name.startswith("_line_passes.") and name.endswith((".so", ".pyd")) for name in heuristics)
    assert "cleaner/py.typed" in names
    assert not [name for name in names if name.endswith((".c", ".pyx"))]


def test_the_sdist_manifest_takes_in_every_compiled_module_s_source() -> None:
    """An sdist builds the compiled modules from their .pyx sources and the .pxd they cimport: each must be in it."""
    patterns = [
        pattern
        for line in (ROOT / "MANIFEST.in").read_text(encoding="utf-8").splitlines()
        if line.startswith("include ")
        for pattern in line.split()[1:]
    ]
    included = {path for pattern in patterns for path in ROOT.glob(pattern)}
    sources = {*ROOT.glob("cleaner/**/*.pyx"), *ROOT.glob("cleaner/**/*.pxd")}

    assert sources, "no compiled module's source found"
    assert sorted(map(str, sources - included)) == []
