"""One adapter per system measured: the cleaner, its peers and two text-mode baselines.

Each adapter turns one page (HTML or extracted text, as a str) and its URL (None when the
record gives none), as a crawl record holds them, into an `Extraction`: the text the system
keeps, and the headline when the system puts one inside that text (only the cleaner does:
``result.title``), so that the title convention can score it out the same way for all.
Peers are imported when their adapter is built, never before; a missing one is reported as
``not installed: pip install 'cleaner[bench]'``.

Settings follow the ScrapingHub benchmark's peers: trafilatura's defaults (and
``favor_precision=True``), readability-lxml's ``summary()`` flattened with lxml's
``text_content()``, resiliparse's ``extract_plain_text(main_content=True)``, and jusText with
its English stop list (the stop list the published figures use). The cleaner and jusText read
both forms (in text mode jusText reads each line of the text as one ``<p>``); the other peers
read HTML only, the C4 filter and keep-everything text only.
"""

from __future__ import annotations

import html
import importlib.util
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from cleaner.errors import InputError
from cleaner.pipeline import Cleaner

Mode = Literal["html", "text"]
MODES: tuple[Mode, ...] = ("html", "text")
INSTALL_HINT = "pip install 'cleaner[bench]'"


@dataclass(frozen=True)
class Extraction:
    """What a system kept of a page; `title` is set when that text holds the headline."""

    text: str
    title: str | None = None


# A page and its URL (None when unknown) to what the system keeps of it.
Extractor = Callable[[str, str | None], Extraction]


class SystemUnavailableError(InputError):
    """A system cannot run here (its package is not installed, or it lacks the mode asked for)."""


@dataclass(frozen=True)
class System:
    """A system by name: the modes it reads, the modules it needs, and how to build its extractor."""

    name: str
    modes: tuple[Mode, ...]
    requires: tuple[str, ...]
    build: Callable[[Mode], Extractor]

    def missing(self) -> str | None:
        """Why the system cannot run here, or None."""
        absent = [module for module in self.requires if importlib.util.find_spec(module) is None]
        if absent:
            return f"not installed ({', '.join(absent)}): {INSTALL_HINT}"
        return None

    def extractor(self, mode: Mode) -> Extractor:
        if mode not in self.modes:
            raise SystemUnavailableError(f"{self.name} has no {mode} mode (it reads {', '.join(self.modes)})")
        problem = self.missing()
        if problem is not None:
            raise SystemUnavailableError(f"{self.name}: {problem}")
        return self.build(mode)


# -- the cleaner and the text baselines ----------------------------------------------------------


def _cleaner(mode: Mode) -> Extractor:
    return cleaner_extractor(Cleaner(), mode)


def cleaner_extractor(pipeline: Cleaner, mode: Mode = "text") -> Extractor:
    """An extractor for a configured `Cleaner` (the benchmark's and the quality gate's)."""

    def extract(page: str, url: str | None) -> Extraction:
        result = pipeline.clean(page, url=url, format=mode)
        return Extraction(result.text, result.title)

    return extract


_TERMINAL = (".", "!", "?", '"', "”")
_POLICY = ("javascript", "cookie policy", "privacy policy", "terms of use")
_C4_MIN_WORDS = 3
_C4_MIN_SENTENCES = 3


def c4_line_filter(text: str) -> str:
    """C4's line rules (Raffel et al., 2020, section 2.2).

    Keep lines that end in terminal punctuation and have at least 3 words, drop lines that
    mention JavaScript or a cookie/privacy policy, and keep nothing of a page left with fewer
    than 3 such lines.
    """
    kept = [
        line.strip()
        for line in text.splitlines()
        if line.strip().endswith(_TERMINAL)
        and len(line.split()) >= _C4_MIN_WORDS
        and not any(phrase in line.lower() for phrase in _POLICY)
    ]
    return "\n".join(kept) if len(kept) >= _C4_MIN_SENTENCES else ""


def _c4(mode: Mode) -> Extractor:
    return lambda page, url: Extraction(c4_line_filter(page))


def _keep_everything(mode: Mode) -> Extractor:
    return lambda page, url: Extraction(page)


# -- peers ---------------------------------------------------------------------------------------


def _trafilatura(favor_precision: bool) -> Callable[[Mode], Extractor]:
    def build(mode: Mode) -> Extractor:
        import trafilatura  # type: ignore[import-untyped, unused-ignore]

        def extract(page: str, url: str | None) -> Extraction:
            return Extraction(trafilatura.extract(page, url=url, favor_precision=favor_precision) or "")

        return extract

    return build


def _readability(mode: Mode) -> Extractor:
    import lxml.html  # type: ignore[import-untyped, unused-ignore]
    from readability import Document  # type: ignore[import-untyped, unused-ignore]

    def extract(page: str, url: str | None) -> Extraction:
        summary = Document(page, url=url).summary()
        return Extraction(str(lxml.html.fromstring(summary).text_content()) if summary.strip() else "")

    return extract


def _resiliparse(mode: Mode) -> Extractor:
    from resiliparse.extract.html2text import extract_plain_text  # type: ignore[import-untyped, unused-ignore]

    return lambda page, url: Extraction(str(extract_plain_text(page, main_content=True)))


def _justext(mode: Mode) -> Extractor:
    import justext  # type: ignore[import-untyped, unused-ignore]

    stoplist = justext.get_stoplist("English")

    def extract(page: str, url: str | None) -> Extraction:
        markup = page if mode == "html" else _lines_as_paragraphs(page)
        if not markup.strip():
            return Extraction("")
        paragraphs = justext.justext(markup, stoplist)
        return Extraction("\n\n".join(p.text for p in paragraphs if not p.is_boilerplate))

    return extract


def _lines_as_paragraphs(text: str) -> str:
    lines = (line.strip() for line in text.splitlines())
    return "<html><body>" + "".join(f"<p>{html.escape(line)}</p>" for line in lines if line) + "</body></html>"


SYSTEMS: dict[str, System] = {
    system.name: system
    for system in (
        System("cleaner", ("html", "text"), (), _cleaner),
        System("trafilatura", ("html",), ("trafilatura",), _trafilatura(favor_precision=False)),
        System("trafilatura-precision", ("html",), ("trafilatura",), _trafilatura(favor_precision=True)),
        System("readability", ("html",), ("readability", "lxml"), _readability),
        System("resiliparse", ("html",), ("resiliparse",), _resiliparse),
        System("justext", ("html", "text"), ("justext",), _justext),
        System("c4-filter", ("text",), (), _c4),
        System("keep-everything", ("text",), (), _keep_everything),
    )
}
REFERENCE = "trafilatura"  # throughput is given as a ratio to it, measured in the same run


def find_systems(names: list[str]) -> list[System]:
    """The systems named, in order; an unknown name raises, naming the known ones."""
    unknown = [name for name in names if name not in SYSTEMS]
    if unknown:
        raise InputError(f"unknown system {', '.join(map(repr, unknown))}: expected some of {', '.join(SYSTEMS)}")
    return [SYSTEMS[name] for name in names]
