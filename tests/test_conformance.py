"""The contract every registered heuristic keeps, built-in or plug-in, checked on varied pages.

Heuristics are discovered from `registry()` when the tests are collected, so a heuristic added
later (or installed as a plug-in) is held to the same contract without editing this file.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from pydantic import BaseModel, ValidationError

import cleaner
import cleaner.heuristics
from cleaner.heuristics import base
from cleaner.heuristics.base import Heuristic, create, registry
from cleaner.model import Vote
from cleaner.segment.html import segment_html
from cleaner.segment.page import SegmentedPage
from cleaner.segment.text import segment_text

# Every module of the heuristics package, wired into its __init__ or not yet, so that each one
# is held to the contract (whether it is wired is checked on its own below).
# Every module of the package but its base and its private (compiled) helpers is a heuristic.
# The package's modules that hold no heuristic: the protocol and registry, the compiled passes' import.
SUPPORT_MODULES = frozenset(("base", "line_passes"))
HEURISTIC_MODULES = sorted(
    module.name
    for module in pkgutil.iter_modules(cleaner.heuristics.__path__)
    if module.name not in SUPPORT_MODULES and not module.name.startswith("_")
)
for _module in HEURISTIC_MODULES:
    importlib.import_module(f"cleaner.heuristics.{_module}")

SEED_PAGE = Path(__file__).parents[1] / "../shared/seeds/000_0e2da9d0ce8147f6.txt"

ARTICLE = """Home
News
Sport
Weather

Storm closes the coastal road for a second night

Rain fell through the night and by morning the river had reached the top of its banks, so the
council closed the coastal road to all traffic.

Residents who live near the harbour were told to move their cars to higher ground, and most of
them had done so before the water reached the car park.

"We have seen nothing like it in years," said one shop owner, who has lived in the town since 1980.

Related stories
Flood warnings issued for the valley
Storm closes the coastal road for a second night
Share this article
© 2024 Example News. All rights reserved.
"""

CJK = """首页
新闻
体育

暴雨导致沿海公路连续第二晚关闭

昨晚的大雨使河水上涨到了河岸的顶部，市政府决定关闭沿海公路。

住在港口附近的居民被告知把车移到地势较高的地方，大多数人在水到达停车场之前就已经这样做了。

「我们多年来从未见过这样的情况。」一位店主说。

版权所有
"""

HTML_ARTICLE = """<!doctype html><html><head><title>Storm closes the coastal road | Example News</title></head>
<body><header class="masthead"><nav>
<ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav></header>
<main><article class="post"><h1>Storm closes the coastal road for a second night</h1>
<p>Rain fell through the night and by morning the river had reached the top of its banks, so the
council closed the <a href="/roads">coastal road</a> to all traffic.</p>
<p>Residents who live near the harbour were told to move their cars to higher ground.</p>
<table><tr><th>Day</th><th>Rain</th></tr><tr><td>Monday</td><td>40 mm</td></tr></table></article></main>
<aside class="related"><h2>Related stories</h2><ul><li><a href="/a">Flood warnings issued</a></li></ul></aside>
<footer><p>&copy; 2024 Example News. All rights reserved.</p></footer><script>track()</script></body></html>"""

ONE_LINE = "Just one line of text on this page."

ODD_BLOCKS = "***\n\n---\n...\n\n\t  42  \n\u3000全角\u3000\n—\n"

SAMPLES = {"article": ARTICLE, "cjk": CJK, "one_line": ONE_LINE, "odd_blocks": ODD_BLOCKS, "html_article": HTML_ARTICLE}


def _sample_pages() -> list[pytest.param]:
    params = [pytest.param(text, id=name) for name, text in SAMPLES.items()]
    params.append(
        pytest.param(
            None,
            id="seed_page",
            marks=pytest.mark.skipif(not SEED_PAGE.exists(), reason=f"seed page not found at {SEED_PAGE.resolve()}"),
        )
    )
    return params


@pytest.fixture(params=sorted(registry()))
def heuristic(request: pytest.FixtureRequest) -> Heuristic:
    return create(request.param)


@pytest.fixture(params=_sample_pages())
def sample(request: pytest.FixtureRequest) -> SegmentedPage:
    text = request.param if request.param is not None else SEED_PAGE.read_text(encoding="utf-8")
    segment = segment_html if text.startswith("<") else segment_text
    return segment(text, url="https://example.com/news/storm")


def test_registry_holds_the_default_pipeline() -> None:
    names = registry()
    assert {heuristic.name for heuristic in cleaner.Cleaner().heuristics} <= set(names)
    for name, cls in names.items():
        assert cls.name == name


def test_every_heuristic_module_is_registered_on_import() -> None:
    script = (
        "import json, cleaner\n"
        "from cleaner.heuristics.base import registry\n"
        "print(json.dumps(sorted({cls.__module__ for cls in registry().values()})))\n"
    )
    completed = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)

    registered = set(json.loads(completed.stdout))

    assert {f"cleaner.heuristics.{module}" for module in HEURISTIC_MODULES} <= registered


def test_one_vote_or_abstention_per_block(heuristic: Heuristic, sample: SegmentedPage) -> None:
    result = heuristic.vote(sample)

    assert isinstance(result, list)
    assert len(result) == len(sample.blocks)
    assert all(vote is None or isinstance(vote, Vote) for vote in result)


def test_votes_are_in_range_named_and_explained(heuristic: Heuristic, sample: SegmentedPage) -> None:
    for vote in heuristic.vote(sample):
        if vote is None:
            continue
        assert -1.0 <= vote.value <= 1.0
        assert vote.heuristic == heuristic.name
        assert isinstance(vote.reason, str)
        assert vote.reason.strip()


def test_input_page_is_left_unchanged(heuristic: Heuristic, sample: SegmentedPage) -> None:
    before = sample.model_dump()
    texts_before = [block.text for block in sample.blocks]
    copy = sample.model_copy(deep=True)

    heuristic.vote(sample)

    assert sample.model_dump() == before
    assert [block.text for block in sample.blocks] == texts_before
    assert sample == copy


def test_votes_are_deterministic(heuristic: Heuristic, sample: SegmentedPage) -> None:
    first = heuristic.vote(sample)
    second = heuristic.vote(sample)
    fresh = create(heuristic.name).vote(sample)

    assert first == second
    assert first == fresh


def test_empty_page_gets_no_votes(heuristic: Heuristic) -> None:
    assert heuristic.vote(SegmentedPage(format="text", blocks=())) == []
    assert heuristic.vote(segment_text("")) == []
    assert heuristic.vote(segment_text(" \n\n\t\n")) == []
    assert heuristic.vote(segment_html("")) == []
    assert heuristic.vote(segment_html("<html><body><script>x()</script></body></html>")) == []


def test_settings_round_trip_through_json(heuristic: Heuristic) -> None:
    settings_type = type(heuristic.settings)

    restored = settings_type.model_validate_json(heuristic.settings.model_dump_json())

    assert restored == heuristic.settings


def test_heuristic_is_rebuilt_from_its_json_settings(heuristic: Heuristic, sample: SegmentedPage) -> None:
    dumped = json.loads(heuristic.settings.model_dump_json())

    rebuilt = create(heuristic.name, dumped)

    assert type(rebuilt) is type(heuristic)
    assert rebuilt.settings == heuristic.settings
    assert rebuilt.vote(sample) == heuristic.vote(sample)


def test_settings_are_frozen(heuristic: Heuristic) -> None:
    settings = heuristic.settings
    assert isinstance(settings, BaseModel)
    assert settings.model_config.get("frozen") is True
    for field, value in settings.model_dump().items():
        with pytest.raises(ValidationError):
            setattr(settings, field, value)


def test_heuristic_module_has_a_docstring(heuristic: Heuristic) -> None:
    module = sys.modules[type(heuristic).__module__]
    assert module.__doc__
    assert module.__doc__.strip()


def test_heuristic_runs_inside_the_pipeline(heuristic: Heuristic) -> None:
    pipeline = cleaner.Cleaner(heuristics=[heuristic])

    result = pipeline.clean(ARTICLE, format="text")

    assert len(result.blocks) == len(segment_text(ARTICLE).blocks)
    assert all(vote.heuristic == heuristic.name for block in result.blocks for vote in block.votes)


# -- plug-ins through the entry-point group ----------------------------------------------------

PLUGIN_MODULE = "cleaner_conformance_plugin"
PLUGIN_NAME = "conformance_all_caps"
PLUGIN_SOURCE = f'''
"""All-caps lines are chrome: a plug-in heuristic for the conformance tests."""

from cleaner.heuristics.base import BaseHeuristic, HeuristicSettings


class AllCapsSettings(HeuristicSettings):
    min_chars: int = 3


class AllCaps(BaseHeuristic[AllCapsSettings]):
    name = "{PLUGIN_NAME}"
    Settings = AllCapsSettings

    def vote(self, page):
        return [
            self.cast(-1.0, "all_caps") if block.text.isupper() and len(block.text) >= self.settings.min_chars else None
            for block in page.blocks
        ]


class Impostor(AllCaps):
    name = "text_shape"
'''


@pytest.fixture
def plugin_on_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A real distribution on disk declaring two entry points in the group ``cleaner.heuristics``."""
    (tmp_path / f"{PLUGIN_MODULE}.py").write_text(textwrap.dedent(PLUGIN_SOURCE), encoding="utf-8")
    dist_info = tmp_path / "cleaner_conformance_plugin-0.1.dist-info"
    dist_info.mkdir()
    (dist_info / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: cleaner-conformance-plugin\nVersion: 0.1\n", encoding="utf-8"
    )
    (dist_info / "entry_points.txt").write_text(
        f"[{base.ENTRY_POINT_GROUP}]\n{PLUGIN_NAME} = {PLUGIN_MODULE}:AllCaps\ntext_shape = {PLUGIN_MODULE}:Impostor\n",
        encoding="utf-8",
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    # A fresh registry that loads entry points again; both globals come back after the test.
    monkeypatch.setattr(base, "_REGISTRY", dict(base._REGISTRY))
    monkeypatch.setattr(base, "_entry_points_loaded", False)
    yield tmp_path
    sys.modules.pop(PLUGIN_MODULE, None)


@pytest.mark.usefixtures("plugin_on_path")
def test_entry_point_heuristic_is_discovered() -> None:
    found = registry()

    assert PLUGIN_NAME in found
    assert found[PLUGIN_NAME].__module__ == PLUGIN_MODULE


@pytest.mark.usefixtures("plugin_on_path")
def test_entry_point_does_not_replace_a_builtin_heuristic() -> None:
    assert registry()["text_shape"].__module__ == "cleaner.heuristics.text_shape"


@pytest.mark.usefixtures("plugin_on_path")
def test_pipeline_runs_an_entry_point_heuristic() -> None:
    text = "BREAKING NEWS\n\nThe storm closed the coastal road for a second night, the council said today.\n"

    configured = cleaner.Cleaner.from_config(
        {"heuristics": ["text_shape", {"name": PLUGIN_NAME, "settings": {"min_chars": 5}}]}
    )
    added = cleaner.Cleaner().with_heuristic(create(PLUGIN_NAME))

    for pipeline, without in ((configured, configured.without(PLUGIN_NAME)), (added, cleaner.Cleaner())):
        first, second = pipeline.clean(text, format="text").blocks
        assert Vote(heuristic=PLUGIN_NAME, value=-1.0, reason="all_caps") in first.votes
        assert all(vote.heuristic != PLUGIN_NAME for vote in second.votes)
        assert first.score < without.clean(text, format="text").blocks[0].score
    assert configured.heuristics[1].settings.min_chars == 5
