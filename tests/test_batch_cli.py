"""`cleaner batch` as a command: end to end on a WARC file, killed and resumed, and when it cannot write."""

from __future__ import annotations

import json
import os
import re
import resource
import shlex
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from batch_inputs import ARTICLE, HTML, output_records, record_ids, write_jsonl, write_traps, write_warc

ROOT = Path(__file__).resolve().parents[1]
PAGE = ROOT / "fixtures" / "independent-afghanistan" / "page.txt"


def command(*args: str) -> list[str]:
    return [sys.executable, "-m", "cleaner", "batch", *args]


def environment(*paths: Path, **variables: str) -> dict[str, str]:
    """This process's environment with `paths` first on PYTHONPATH (for a pipeline factory)."""
    python_path = os.pathsep.join([*map(str, paths), os.environ.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    return {**os.environ, "PYTHONPATH": python_path, **variables}


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command(*args), capture_output=True, text=True, env=env, timeout=300, check=False)


def test_a_warc_file_is_cleaned_end_to_end_with_a_summary(tmp_path: Path) -> None:
    warc = write_warc(
        tmp_path / "crawl.warc.gz",
        [("https://e.com/a", "text/html", HTML.encode()), ("https://e.com/x.pdf", "application/pdf", b"%PDF-1.4")],
    )
    completed = run(str(warc), "-o", str(tmp_path / "out.jsonl"), "-j", "2")
    assert completed.returncode == 0, completed.stderr
    records = output_records(tmp_path / "out.jsonl")
    assert [record["id"] for record in records] == record_ids(warc)
    assert records[0]["title"] == "Storm closes the coast road"
    assert records[1]["error"]["reason"] == "not_html"
    assert completed.stderr.startswith("pages: 2 read, 1 cleaned, 0 empty, 1 failed\n")
    assert "\r" not in completed.stderr  # no progress line when standard error is not a terminal
    quiet = run(str(warc), "-o", str(tmp_path / "quiet.jsonl"), "--quiet")
    assert (quiet.returncode, quiet.stderr) == (0, "")


def test_a_run_killed_mid_way_then_resumed_holds_each_record_exactly_once(tmp_path: Path) -> None:
    pages = [{"id": f"page-{n:04d}", "text": PAGE.read_text(encoding="utf-8")} for n in range(300)]
    source = write_jsonl(tmp_path / "pages.jsonl.gz", pages)
    output = tmp_path / "out.jsonl"
    parts = tmp_path / ".out.jsonl.parts"
    args = [str(source), "-o", str(output), "-j", "2", "--checkpoint", "10", "--pipeline", write_traps(tmp_path)]
    slow = environment(tmp_path, TRAP_SECONDS_PER_PAGE="0.02")  # about 3 s of work: time to kill it mid-way
    process = subprocess.Popen(command(*args), env=slow, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while len(list(parts.glob("part-*.jsonl"))) < 3 and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert process.returncode == -signal.SIGKILL, "the run ended before it could be killed"
    assert not output.exists()
    resumed = subprocess.run(
        command(*args, "--resume"), env=slow, capture_output=True, text=True, timeout=300, check=False
    )
    assert resumed.returncode == 0, resumed.stderr
    ids = [record["id"] for record in output_records(output)]
    assert ids == [page["id"] for page in pages]
    assert Counter(ids).most_common(1)[0][1] == 1
    assert "from the interrupted run" in resumed.stderr
    assert not parts.exists()


def test_an_output_in_a_folder_that_cannot_exist_is_a_one_line_error_naming_it(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "pages.jsonl", [{"id": "a", "text": ARTICLE}])
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    completed = run(str(source), "-o", str(blocker / "out.jsonl"))
    assert completed.returncode == 2
    assert completed.stderr == f"cleaner: error: cannot write {blocker / 'out.jsonl'}: {blocker} is not a folder\n"


def test_a_full_disk_is_an_error_naming_the_file_and_what_was_written_resumes(tmp_path: Path) -> None:
    pages = [{"id": f"page-{n:03d}", "text": PAGE.read_text(encoding="utf-8")} for n in range(40)]
    source = write_jsonl(tmp_path / "pages.jsonl", pages)
    output = tmp_path / "out.jsonl"
    args = [str(source), "-o", str(output), "-j", "1", "--checkpoint", "5"]

    def small_disk() -> None:  # files past 60 kB fail to grow, as on a full disk
        resource.setrlimit(resource.RLIMIT_FSIZE, (60_000, 60_000))

    full = subprocess.run(
        command(*args), capture_output=True, text=True, preexec_fn=small_disk, timeout=300, check=False
    )
    assert full.returncode == 2, full.stderr
    assert full.stderr.startswith(f"cleaner: error: cannot write {tmp_path}")
    assert "File too large" in full.stderr
    assert not output.exists()
    committed = sorted((tmp_path / ".out.jsonl.parts").glob("part-*.jsonl"))
    assert all(json.loads(line) for part in committed for line in part.read_text(encoding="utf-8").splitlines())
    resumed = run(*args, "--resume")
    assert resumed.returncode == 0, resumed.stderr
    assert [record["id"] for record in output_records(output)] == [page["id"] for page in pages]


def test_options_that_cannot_work_are_refused_before_any_work(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "pages.jsonl", [{"id": "a", "text": ARTICLE}])
    missing = run(str(tmp_path / "missing.jsonl"), "-o", str(tmp_path / "out.jsonl"))
    assert (missing.returncode, missing.stderr) == (2, f"cleaner: error: {tmp_path / 'missing.jsonl'}: no such file\n")
    config = run(str(source), "-o", str(tmp_path / "out.jsonl"), "--config", str(tmp_path / "none.toml"))
    assert config.returncode == 2 and "cannot read config file" in config.stderr
    timeout = run(str(source), "-o", str(tmp_path / "out.jsonl"), "--page-timeout", "0")
    assert timeout.returncode == 2 and "expected a positive number of seconds, got '0'" in timeout.stderr


def readme_batch_section() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return readme.split("## Batch cleaning\n", 1)[1].split("\n## ", 1)[0]


def blocks(section: str, language: str) -> list[str]:
    return [
        body
        for lang, body in re.findall(r"^```(\w*)\n(.*?)^```$", section, re.MULTILINE | re.DOTALL)
        if lang == language
    ]


def test_the_readme_warc_example_prints_what_the_readme_shows(tmp_path: Path) -> None:
    section = readme_batch_section()
    (build,) = blocks(section, "python")
    batch, listing = (shlex.split(command) for command in blocks(section, "sh"))
    summary, records = blocks(section, "text")
    shutil.copytree(ROOT / "fixtures", tmp_path / "fixtures")
    subprocess.run([sys.executable, "-c", build], cwd=tmp_path, check=True, timeout=120)
    assert batch[0] == "cleaner" and listing[0] == "python"
    cleaned = subprocess.run(
        [sys.executable, "-m", *batch], cwd=tmp_path, capture_output=True, text=True, timeout=300, check=True
    )
    listed = subprocess.run(
        [sys.executable, *listing[1:]], cwd=tmp_path, capture_output=True, text=True, timeout=60, check=True
    )
    assert listed.stdout == records
    # The counts of pages and failures are the README's; the chrome reasons move as the heuristics are
    # tuned (rerun the commands to refresh them), and the time with the machine.
    printed = cleaned.stderr.splitlines()
    shown = summary.splitlines()
    assert printed[:3] == shown[:3]
    assert [line.split(":")[0] for line in printed if not line.startswith(" ")][:-1] == [
        line.split(":")[0] for line in shown if not line.startswith(" ")
    ][:-1]
    assert re.sub(r" in \S+ s \(\S+ pages/s\)", "", printed[-1]) == re.sub(r" in \S+ s \(\S+ pages/s\)", "", shown[-1])


def test_the_batch_options_in_the_readme_exist() -> None:
    help_text = subprocess.run(command("--help"), capture_output=True, text=True, check=True).stdout
    table = "\n".join(row.split("|")[1] for row in readme_batch_section().splitlines() if row.startswith("| `-"))
    documented = set(re.findall(r"(?<![\w-])--?[a-z][a-z-]*", table))
    assert {"--jobs", "--page-timeout", "--resume", "--checkpoint", "--blocks", "--pipeline"} <= documented
    assert {option for option in documented if option not in help_text} == set()


def test_workers_that_die_as_they_start_stop_the_run_with_a_clear_error(tmp_path: Path) -> None:
    # A script without the main guard: each spawned worker runs it again, and dies as it starts.
    source = write_jsonl(tmp_path / "pages.jsonl", [{"id": f"p{n}", "text": PAGE.read_text()} for n in range(20)])
    script = tmp_path / "unguarded.py"
    script.write_text(
        "from cleaner.batch import BatchOptions, run_batch\n"
        f"run_batch([{str(source)!r}], {str(tmp_path / 'out.jsonl')!r}, BatchOptions(jobs=2))\n"
    )
    completed = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, timeout=120, check=False, cwd=tmp_path
    )

    assert completed.returncode != 0
    assert "a worker process died as it started" in completed.stderr
    assert "if __name__ == '__main__':" in completed.stderr
    assert not (tmp_path / "out.jsonl").exists()
