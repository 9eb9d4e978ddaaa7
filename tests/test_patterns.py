"""Every regular expression in cleaner runs in linear time on adversarial lines.

Each pattern is run on 100,000 repetitions of its ambiguous parts (the pieces that two of its
quantifiers could both read, or that send it scanning to the line's end), and of the generic
pieces any page is made of (letters, capitals, digits, spaces, punctuation, words, addresses),
with and without a character that makes the match fail at the end. The generic pieces catch a
new alternative whose own parts are not listed yet, such as a word that reads to the end of a
long run of letters from each of its characters. A pattern that backtracks catastrophically
takes minutes or more on such a line, and one that backtracks quadratically tens of seconds; a
linear one takes a second or less (most take milliseconds). So each line is timed on its own
and must take under `LINE_SECONDS`, a budget that holds on a slow shared machine, rather than
all of them together under one: their sum grows with every pattern added. Each pattern runs in
a child process of its own, so that a hang fails the test at its timeout instead of blocking
the suite, and as many run at once as there are cores (they take minutes in all).
"""

from __future__ import annotations

import importlib
import json
import os
import pkgutil
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import regex

import cleaner

REPEATS = 100_000
LINE_SECONDS = 10.0
HANG_GUARD_SECONDS = 900
# Prefixes and endings around the repeated part: none, punctuation before it (read by a
# leading run of non-word characters), and a last character that fails the match.
HEADS = ("", "-", "Aa Bb Cc ")
TAILS = ("", "x", "!", "A")
# Run on every pattern besides its own ambiguous parts.
GENERIC_PARTS = ("a", "A", "1", " ", ".", "-", "a ", "Aa ", "http://a")

# For each pattern (module, name): its ambiguous parts.
AMBIGUOUS_PARTS: dict[tuple[str, str], tuple[str, ...]] = {
    ("cleaner.decode", "_HTML_START"): ("<!---->", "<!-- ", " ", "<!---->-->"),
    ("cleaner.decode", "_DECLARED_CHARSET"): ("<meta ", "<meta charset", "<?xml ", "<?xml encoding ="),
    ("cleaner.decode", "_HTML_TAG"): ("<", "</", "<p"),
    ("cleaner.decode", "_MOJIBAKE"): ("Ã", "Ã©", "â€", "ð€€"),
    ("cleaner.heuristics.duplicate_copy", "_LINK_TARGET"): ("](", "](a", "]("),
    ("cleaner.heuristics.duplicate_copy", "_HEADING"): ("#", "# "),
    ("cleaner.heuristics.duplicate_copy", "_MARKDOWN"): ("_", "a_", "_a", "](", " 1. "),
    ("cleaner.segment.dom", "_HIDDEN_STYLE"): ("display ", "display:", "visibility : "),
    ("cleaner.segment.dom", "_VISUALLY_HIDDEN"): ("sr-", "visually-", "screen-", "screenreader-", "a "),
    ("cleaner.segment._render", "_NAME_TOKEN"): ("a-",),
    ("cleaner.segment.html", "_TAG"): ("<", "<a", "<a>"),
    ("cleaner.segment.text", "_SHOWS_NOTHING"): (" ", "\u200b", " \u200b"),
    ("cleaner.urls", "_FILE_EXTENSION"): (".", ".html", "a.php"),
    ("cleaner.urls", "_SLUG_SEPARATOR"): ("-", "a-", "_ "),
    ("cleaner.urls", "_LETTER"): ("1", "-"),
    ("cleaner.urls", "_DATED_PATH"): ("/2019", "/2019/1", "/20", "/2019/11"),
    ("cleaner.heuristics.comment_section", "_COMMENT_HEADER"): (
        "1",
        "1 ",
        "leave a ",
        " ",
        "comments ",
        "comments 1",
        "discussion about this ",
    ),
    ("cleaner.heuristics.comment_section", "_COMMENT_AUTHOR"): (" says", " ", "says:"),
    ("cleaner.heuristics.comment_section", "_BARE_HEADER"): ("comments", "s"),
    ("cleaner.heuristics.comment_section", "_HEADER_NAMING_THE_POST"): ("1", "1 ", "1 a ", " "),
    ("cleaner.heuristics.headline_teaser", "GLUED_CATEGORY"): ("a", "aA"),
    ("cleaner.heuristics.headline_teaser", "_GLUED_STANDFIRST"): ("Aa ", "A ", "aaA", "Aa aa ", "1", "aaA a", "a'"),
    ("cleaner.heuristics.boilerplate_phrases", "_PHRASE"): ("all rights ", "privacy ", "a"),
    ("cleaner.heuristics.boilerplate_phrases", "_LOWER_CASE_PHRASE"): ("all rights ", "privacy ", "a"),
    ("cleaner.heuristics.boilerplate_phrases", "_COPYRIGHT_NOTICE"): (" ", "copyright ", "(c)"),
    ("cleaner.heuristics.boilerplate_phrases", "_FINE_PRINT"): (" ", "all ", "protected by ", "javascript "),
    ("cleaner.heuristics.boilerplate_phrases", "_PAY_WIDGET"): ("£1", "1,", " ", "£1-", "£1 - "),
    ("cleaner.heuristics.boilerplate_phrases", "_DATE_OR_COUNTER"): (
        " ",
        "\t",
        "-",
        "1 ",
        "on ",
        ": ",
        "1/",
        "1-",
        "reading time ",
        "lesezeit 1",
        "1 a",
    ),
    ("cleaner.heuristics.boilerplate_phrases", "_BYLINE"): ("by ", " "),
    ("cleaner.heuristics.boilerplate_phrases", "_POST_META"): (
        " ",
        "1",
        "1 ",
        "edited ",
        "asked ",
        "asked 1 ",
        "posts: ",
        "1 gold ",
        "1,",
        "1 posts · ",
        "a wrote ",
        "wrote on ",
    ),
    ("cleaner.heuristics.boilerplate_phrases", "_LONG_EDIT_STAMP"): (
        "last edited by ",
        "last edited by a, ",
        "a, edited 1 times in total",
        ", edited ",
    ),
    ("cleaner.heuristics.boilerplate_phrases", "_REPLY_SUBJECT"): ("re", "re:", "re : "),
    ("cleaner.heuristics.picture_credit", "_CREDIT_AT_END"): (
        "Photo: a ",
        ". Photo: ",
        "(Photo: a",
        " ",
        "a. ",
        "Photo by ",
        "(AP Photo/",
        "Photo/",
    ),
    ("cleaner.heuristics.related_link", "_RELATED_LABEL"): ("related ", "read ", "see also", " ", ":"),
    ("cleaner.heuristics.closing_section", "_HEADER_LINE"): (
        "more from ",
        "more from",
        "related ",
        " ",
        "more ",
        "written by",
        "next ",
    ),
    ("cleaner.heuristics.dateline", "_DATE"): ("1 ", "1 de ", "1. aaa ", "aaa 1 ", "2024-", "1.1.", " "),
    ("cleaner.heuristics.dateline", "_DATE_FIGURES"): ("1", "1.", "1-a"),
    ("cleaner.heuristics.dateline", "_DIGIT"): ("a",),
    ("cleaner.heuristics.dateline", "_TIME"): ("1:11 ", "1h", "11.11 a"),
    ("cleaner.heuristics.dateline", "_WORD"): ("a ",),
    ("cleaner.heuristics.author_bio", "_BYLINE"): (
        " ",
        "by ",
        "written by ",
        "Aa ",
        "Aa",
        ": ",
        "posted on ",
        "on 1 ",
        "1 ",
        "1 by ",
    ),
    ("cleaner.heuristics.author_bio", "_TRADE_BIO"): ("Aa ", "Aa is a ", "is a ", "a ", "Aa (a) ", "is the a "),
    ("cleaner.heuristics.author_bio", "_GREETING_BIO"): ("hi ", "hi there", "hi, i'm ", "i am "),
    ("cleaner.heuristics.button_label", "_OFFERS"): (
        "$1 at ",
        "$1 at a",
        "$1 $1 at a ",
        "$1",
        " at ",
        "$1 at a$1 at a",
        "$1,",
    ),
    ("cleaner.heuristics.button_label", "_REWARD_OFFER"): (
        "earn ",
        "get ",
        "earn 1",
        "earn 1 ",
        "earn $1 ",
        "get an est. ",
        "earn $1 (1%) ",
        "1,",
        " ",
    ),
    ("cleaner.heuristics.boilerplate_phrases", "_LOADING_STATUS"): (
        "loading",
        "loading ",
        "a loading ",
        "a ",
        " ",
        "...",
    ),
    ("cleaner.heuristics.author_bio", "_LEADING_NAME"): ("Aa ", "A", "Aa (", "(a", " ", "-"),
    ("cleaner.heuristics.reporting_credit", "_CREDIT"): ("reporting by", " ", "contributed to this report ", "a "),
    ("cleaner.heuristics.feedback_prompt", "_PROMPT"): (
        "was this ",
        "this a ",
        " ",
        "found this a ",
        "did you find ",
        "did you find what you ",
        "give us ",
        "help us ",
        "edit this ",
        "edit ",
    ),
    ("cleaner.heuristics.disclosure", "_DISCLOSURE"): (
        "we ",
        "we may ",
        "as an ",
        "contains ",
        "contains some ",
        "for ",
        "for general ",
        "not ",
        "not a ",
        "not intended as ",
        "not meant to ",
        "we also ",
        "for information ",
        " ",
    ),
    ("cleaner.heuristics.table_of_contents", "_LABEL"): ("show ", "table of ", "in this "),
    ("cleaner.heuristics.review_section", "_HEADER"): ("reviews ", "1 ", "1,", "reviews (1", "1 reviews for "),
    ("cleaner.heuristics.review_section", "_SIGNAL"): (
        "reviewed in a ",
        "verified ",
        "1 out of ",
        "1 of 1 ",
        "1",
        "by a from a on ",
        "by a from ",
        "by ",
    ),
    ("cleaner.heuristics.form_message", "_MESSAGE"): (
        "try again ",
        "try again",
        "please ",
        " ",
        "you have been ",
        "added to ",
        "added to your ",
    ),
    ("cleaner.heuristics.legal_notice", "_NOTICE"): (
        "by clicking ",
        "by clicking a ",
        "en cliquant ",
        "i agree ",
        "i agree that ",
        "mit dem klick ",
        "al enviar ",
        "we ",
        "we a ",
        "us ",
        "personal ",
        " ",
    ),
    ("cleaner.heuristics.legal_notice", "_POLICY_SUBJECT"): ("privacy ", "a", " "),
    ("cleaner.heuristics.symbol_line", "_SYMBOLS_ALONE"): ("→", " ", "★ ", "\ue059"),
    ("cleaner.heuristics.symbol_line", "_IMAGE_ADDRESS"): ("http://a", "http://a.png", ".png?", "a."),
    ("cleaner.heuristics.stay_in_touch", "_REQUEST"): (
        "follow ",
        ". follow ",
        "and ",
        " ",
        "follow a on ",
        "get a ",
        "sent ",
        "sent right ",
        "unsubscribe ",
    ),
    ("cleaner.heuristics.code_and_tables", "_CODE_START"): (
        "a",
        "a.",
        "a(",
        "a()",
        "a = ",
        "}",
        ")",
        "import a",
        "for a in ",
        "; do",
        '"a',
        '"a": ',
        '{ "a": ',
    ),
    ("cleaner.title", "_TIME"): ("1", "1:"),
    ("cleaner.title", "_YEAR"): ("2019 ", "2019"),
    ("cleaner.title", "_DAY"): ("1 ", "1"),
    ("cleaner.title", "_LETTERS"): ("ab-",),
    ("cleaner.title", "_LIST_ITEM"): ("1", "- "),
    ("cleaner.metrics", "_TOKEN"): ("a ",),
}

# Reads [module, name, parts] triples as JSON on standard input; names each pattern before it
# runs, and prints the seconds of its slowest line and that line's head, part and tail after.
PROBE = f"""
import importlib, json, sys, time
for module, name, parts in json.load(sys.stdin):
    pattern = getattr(importlib.import_module(module), name)
    print("running", module, name, flush=True)
    slowest = (0.0, "", "", "")
    for part in parts:
        for head in {HEADS!r}:
            for tail in {TAILS!r}:
                line = head + part * {REPEATS} + tail
                subject = line.encode("utf-8") if isinstance(pattern.pattern, bytes) else line
                started = time.perf_counter()
                pattern.findall(subject)
                pattern.fullmatch(subject)
                slowest = max(slowest, (time.perf_counter() - started, head, part, tail))
    print("slowest", json.dumps([module, name, *slowest]), flush=True)
"""


def _patterns() -> dict[int, tuple[str, str]]:
    """Every compiled pattern defined at module level in cleaner, by identity, with where it is found."""
    found: dict[int, tuple[str, str]] = {}
    for info in pkgutil.walk_packages(cleaner.__path__, "cleaner."):
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, (re.Pattern, regex.Pattern)):
                found.setdefault(id(value), (info.name, name))
    return found


def _pattern(module: str, name: str) -> Any:
    return getattr(importlib.import_module(module), name)


def test_every_pattern_in_cleaner_has_its_ambiguous_parts_listed() -> None:
    listed = {id(_pattern(module, name)) for module, name in AMBIGUOUS_PARTS}
    missing = [where for identity, where in _patterns().items() if identity not in listed]

    assert missing == [], f"add these patterns to AMBIGUOUS_PARTS: {missing}"


def _probe(cases: list[list[Any]]) -> str:
    """What the probe prints of `cases`, run in a child process of their own."""
    try:
        completed = subprocess.run(
            [sys.executable, "-c", PROBE],
            input=json.dumps(cases),
            capture_output=True,
            text=True,
            timeout=HANG_GUARD_SECONDS,
            check=False,
        )
    except subprocess.TimeoutExpired as expired:
        output = expired.stdout.decode() if isinstance(expired.stdout, bytes) else expired.stdout or ""
        stuck = output.strip().splitlines()[-1:] or ["(before the first pattern)"]
        raise AssertionError(f"pattern still running after {HANG_GUARD_SECONDS} s: {stuck[0]}") from None
    assert completed.returncode == 0, completed.stderr
    return completed.stdout


def test_every_pattern_runs_in_linear_time_on_adversarial_lines() -> None:
    cases = [
        [module, name, list(dict.fromkeys(parts + GENERIC_PARTS))] for (module, name), parts in AMBIGUOUS_PARTS.items()
    ]
    workers = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    with ThreadPoolExecutor(workers) as pool:
        outputs = pool.map(_probe, [[case] for case in cases])
        slowest = [
            json.loads(line.removeprefix("slowest "))
            for output in outputs
            for line in output.splitlines()
            if line.startswith("slowest ")
        ]
    assert len(slowest) == len(AMBIGUOUS_PARTS)
    too_slow = [
        f"{module}.{name}: {seconds:.1f} s on {head!r} + {part!r} * {REPEATS} + {tail!r}"
        for module, name, seconds, head, part, tail in slowest
        if seconds > LINE_SECONDS
    ]
    assert too_slow == [], f"patterns that backtrack (over {LINE_SECONDS} s on one line): {too_slow}"
