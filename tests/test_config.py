"""Building pipelines: from a dict, a TOML or a JSON file, and by adding or removing heuristics."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import cleaner
from cleaner import Cleaner, CombineSettings, ConfigError, Limits, TitleSettings
from cleaner.heuristics import create
from cleaner.heuristics.base import BaseHeuristic, HeuristicSettings
from cleaner.model import Vote
from cleaner.pipeline import DEFAULT_HEURISTICS
from cleaner.segment.page import SegmentedPage

CONFIG = {
    "heuristics": [
        "position",
        {"name": "text_shape", "settings": {"short_max_words": 7, "long_min_words": 20}},
        "repeated_blocks",
    ],
    "combine": {"weights": {"position": 3.0, "text_shape": 0.25}, "bias": -0.5},
    "title": {"lookback_blocks": 2},
    "limits": {"max_input_chars": 1234, "max_blocks": 500, "max_line_chars": 2000, "max_depth": 300},
}

TOML = """
heuristics = [
    "position",
    {name = "text_shape", settings = {short_max_words = 7, long_min_words = 20}},
    "repeated_blocks",
]

[combine]
bias = -0.5

[combine.weights]
position = 3.0
text_shape = 0.25

[title]
lookback_blocks = 2

[limits]
max_input_chars = 1234
max_blocks = 500
max_line_chars = 2000
max_depth = 300
"""


def _names(pipeline: cleaner.Cleaner) -> list[str]:
    return [heuristic.name for heuristic in pipeline.heuristics]


def _check_configured(pipeline: cleaner.Cleaner) -> None:
    assert _names(pipeline) == ["position", "text_shape", "repeated_blocks"]
    shape = pipeline.heuristics[1].settings
    assert shape.short_max_words == 7
    assert shape.long_min_words == 20
    assert shape.title_case_min_words == type(shape)().title_case_min_words
    weights = pipeline.combine_settings.weights
    assert (weights["position"], weights["text_shape"]) == (3.0, 0.25)
    assert weights["boilerplate_phrases"] == cleaner.combine.DEFAULT_WEIGHTS["boilerplate_phrases"]
    assert pipeline.combine_settings.bias == -0.5
    assert pipeline.title_settings.lookback_blocks == 2
    assert pipeline.limits == cleaner.Limits(max_input_chars=1234, max_blocks=500, max_line_chars=2000, max_depth=300)


def test_config_from_dict() -> None:
    _check_configured(cleaner.Cleaner.from_config(CONFIG))


def test_config_from_toml_file(tmp_path: Path) -> None:
    path = tmp_path / "pipeline.toml"
    path.write_text(TOML, encoding="utf-8")

    _check_configured(cleaner.Cleaner.from_config(path))
    _check_configured(cleaner.Cleaner.from_config(str(path)))


def test_config_from_toml_array_of_tables(tmp_path: Path) -> None:
    path = tmp_path / "pipeline.toml"
    path.write_text(
        '[[heuristics]]\nname = "repeated_blocks"\n\n'
        '[[heuristics]]\nname = "text_shape"\nsettings = { short_max_words = 5 }\n',
        encoding="utf-8",
    )

    pipeline = cleaner.Cleaner.from_config(path)

    assert _names(pipeline) == ["repeated_blocks", "text_shape"]
    assert pipeline.heuristics[1].settings.short_max_words == 5


def test_config_from_json_file(tmp_path: Path) -> None:
    path = tmp_path / "pipeline.json"
    path.write_text(json.dumps(CONFIG), encoding="utf-8")

    _check_configured(cleaner.Cleaner.from_config(path))


def test_configured_settings_change_the_votes() -> None:
    text = "Coastal road\n\nThe river rose through the night and the council closed the road.\n"

    def reasons(short_max_words: int) -> list[str]:
        config = {"heuristics": [{"name": "text_shape", "settings": {"short_max_words": short_max_words}}]}
        return [vote.reason for vote in cleaner.Cleaner.from_config(config).clean(text).blocks[0].votes]

    assert reasons(2) == ["words<=2&no_terminal"]
    assert reasons(5) == ["words<=5&no_terminal"]
    assert all("no_terminal" not in reason for reason in reasons(1))


def test_combine_weights_change_the_scores() -> None:
    text = "Home\n\nThe river rose through the night and the council closed the road to all traffic.\n"
    light = cleaner.Cleaner.from_config(
        {"heuristics": ["text_shape"], "combine": {"weights": {"text_shape": 0.5}, "bias": 0.0}}
    )
    heavy = cleaner.Cleaner.from_config(
        {"heuristics": ["text_shape"], "combine": {"weights": {"text_shape": 4.0}, "bias": 0.0}}
    )

    light_scores = [block.score for block in light.clean(text).blocks]
    heavy_scores = [block.score for block in heavy.clean(text).blocks]

    assert heavy_scores[0] < light_scores[0] < 0.5
    assert heavy_scores[1] > light_scores[1] > 0.5


def test_empty_config_is_the_default_pipeline() -> None:
    pipeline = cleaner.Cleaner.from_config({})

    assert _names(pipeline) == list(DEFAULT_HEURISTICS)
    assert _names(pipeline) == _names(cleaner.Cleaner())
    assert pipeline.combine_settings == CombineSettings()
    assert pipeline.title_settings == TitleSettings()
    assert pipeline.limits == Limits()


def test_empty_heuristic_list_is_allowed_and_labels_everything() -> None:
    result = cleaner.Cleaner.from_config({"heuristics": []}).clean("One line.\n\nAnother line.")

    assert len(result.blocks) == 2
    assert all(block.votes == [] for block in result.blocks)


# -- errors ----------------------------------------------------------------------------------------


def test_unknown_heuristic_is_named_with_the_valid_ones() -> None:
    with pytest.raises(ConfigError) as error:
        cleaner.Cleaner.from_config({"heuristics": ["text_shape", "no_such_heuristic"]})

    assert "no_such_heuristic" in str(error.value)
    assert "text_shape" in str(error.value)
    assert "position" in str(error.value)


def test_unknown_setting_is_named() -> None:
    with pytest.raises(ConfigError) as error:
        cleaner.Cleaner.from_config({"heuristics": [{"name": "text_shape", "settings": {"max_wordz": 3}}]})

    assert "max_wordz" in str(error.value)
    assert "text_shape" in str(error.value)


def test_setting_of_the_wrong_type_is_named() -> None:
    with pytest.raises(ConfigError) as error:
        cleaner.Cleaner.from_config({"heuristics": [{"name": "text_shape", "settings": {"short_max_words": "many"}}]})

    assert "short_max_words" in str(error.value)
    assert "many" in str(error.value)


def test_unknown_section_is_named() -> None:
    with pytest.raises(ConfigError) as error:
        cleaner.Cleaner.from_config({"heuristics": ["text_shape"], "combiner": {}})

    assert "combiner" in str(error.value)
    assert "combine" in str(error.value)


@pytest.mark.parametrize("section", ["combine", "title", "limits"])
def test_unknown_key_in_a_stage_section_is_named(section: str) -> None:
    with pytest.raises(ConfigError) as error:
        cleaner.Cleaner.from_config({section: {"no_such_key": 1}})

    assert "no_such_key" in str(error.value)


def test_invalid_limit_is_refused() -> None:
    with pytest.raises(ConfigError) as error:
        cleaner.Cleaner.from_config({"limits": {"max_input_chars": 0}})

    assert "max_input_chars" in str(error.value)


@pytest.mark.parametrize("entry", [42, {"settings": {}}, {"name": 7}, ["text_shape"]])
def test_malformed_heuristic_entry_is_refused(entry: object) -> None:
    with pytest.raises(ConfigError) as error:
        cleaner.Cleaner.from_config({"heuristics": [entry]})

    assert repr(entry) in str(error.value)


@pytest.mark.parametrize("heuristics", [42, None, "text_shape"])
def test_heuristics_that_are_not_a_list_are_refused(heuristics: object) -> None:
    with pytest.raises(ConfigError) as error:
        cleaner.Cleaner.from_config({"heuristics": heuristics})

    assert "heuristics" in str(error.value)


def test_settings_that_are_not_a_table_are_refused() -> None:
    with pytest.raises(ConfigError) as error:
        cleaner.Cleaner.from_config({"heuristics": [{"name": "text_shape", "settings": [1, 2]}]})

    assert "settings" in str(error.value)


@pytest.mark.parametrize("suffix", [".yaml", ".ini", ""])
def test_config_file_with_an_unknown_suffix_is_refused(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"pipeline{suffix}"
    path.write_text(json.dumps(CONFIG), encoding="utf-8")

    with pytest.raises(ConfigError) as error:
        cleaner.Cleaner.from_config(path)

    assert str(path) in str(error.value)
    assert ".toml" in str(error.value)
    assert ".json" in str(error.value)


def test_invalid_toml_is_refused_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "broken.toml"
    path.write_text('heuristics = ["text_shape"\n[combine\n', encoding="utf-8")

    with pytest.raises(ConfigError) as error:
        cleaner.Cleaner.from_config(path)

    assert str(path) in str(error.value)
    assert "TOML" in str(error.value)


def test_invalid_json_is_refused_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{"heuristics": ["text_shape",', encoding="utf-8")

    with pytest.raises(ConfigError) as error:
        cleaner.Cleaner.from_config(path)

    assert str(path) in str(error.value)
    assert "JSON" in str(error.value)


def test_json_file_holding_a_list_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "list.json"
    path.write_text('["text_shape"]', encoding="utf-8")

    with pytest.raises(ConfigError) as error:
        cleaner.Cleaner.from_config(path)

    assert "object" in str(error.value)


def test_missing_config_file_is_named(tmp_path: Path) -> None:
    path = tmp_path / "absent.toml"

    with pytest.raises(ConfigError) as error:
        cleaner.Cleaner.from_config(path)

    assert str(path) in str(error.value)


def test_config_error_is_a_cleaner_error_and_a_value_error() -> None:
    with pytest.raises(cleaner.CleanerError):
        cleaner.Cleaner.from_config({"heuristics": ["no_such_heuristic"]})
    with pytest.raises(ValueError, match="no_such_heuristic"):
        cleaner.Cleaner.from_config({"heuristics": ["no_such_heuristic"]})


# -- editing a pipeline ----------------------------------------------------------------------------


def test_with_heuristic_appends_by_default() -> None:
    base = cleaner.Cleaner.from_config({"heuristics": ["text_shape", "position"]})

    extended = base.with_heuristic(create("repeated_blocks"))

    assert _names(extended) == ["text_shape", "position", "repeated_blocks"]
    assert _names(base) == ["text_shape", "position"]


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        ("text_shape", ["repeated_blocks", "text_shape", "position"]),
        ("position", ["text_shape", "repeated_blocks", "position"]),
    ],
)
def test_with_heuristic_inserts_before_the_named_one(before: str, expected: list[str]) -> None:
    base = cleaner.Cleaner.from_config({"heuristics": ["text_shape", "position"]})

    assert _names(base.with_heuristic(create("repeated_blocks"), before=before)) == expected


def test_with_heuristic_keeps_the_other_stages() -> None:
    base = cleaner.Cleaner.from_config(CONFIG)

    extended = base.with_heuristic(create("paragraph_structure"), before="text_shape")

    assert _names(extended) == ["position", "paragraph_structure", "text_shape", "repeated_blocks"]
    assert extended.combine_settings == base.combine_settings
    assert extended.title_settings == base.title_settings
    assert extended.limits == base.limits
    assert extended.heuristics[2].settings.short_max_words == 7


def test_with_heuristic_before_an_absent_one_is_refused() -> None:
    base = cleaner.Cleaner.from_config({"heuristics": ["text_shape", "position"]})

    with pytest.raises(ConfigError) as error:
        base.with_heuristic(create("repeated_blocks"), before="no_such_heuristic")

    assert "no_such_heuristic" in str(error.value)
    assert "text_shape" in str(error.value)


def test_without_removes_the_named_heuristic() -> None:
    base = cleaner.Cleaner.from_config({"heuristics": ["text_shape", "position", "repeated_blocks"]})

    assert _names(base.without("position")) == ["text_shape", "repeated_blocks"]
    assert _names(base.without("text_shape").without("repeated_blocks")) == ["position"]
    assert _names(base) == ["text_shape", "position", "repeated_blocks"]


def test_without_an_absent_heuristic_is_refused() -> None:
    base = cleaner.Cleaner.from_config({"heuristics": ["text_shape", "position"]})

    with pytest.raises(ConfigError) as error:
        base.without("repeated_blocks")

    assert "repeated_blocks" in str(error.value)
    assert "text_shape, position" in str(error.value)


def test_adding_a_heuristic_twice_is_refused() -> None:
    base = cleaner.Cleaner.from_config({"heuristics": ["text_shape", "position"]})

    with pytest.raises(ConfigError) as error:
        base.with_heuristic(create("position", {"head_share": 0.2}))

    assert "position" in str(error.value)


def test_duplicate_heuristic_in_config_is_refused() -> None:
    with pytest.raises(ConfigError) as error:
        cleaner.Cleaner.from_config({"heuristics": ["text_shape", {"name": "text_shape", "settings": {}}]})

    assert "text_shape" in str(error.value)


def test_duplicate_heuristic_in_constructor_is_refused() -> None:
    with pytest.raises(ConfigError):
        cleaner.Cleaner(heuristics=[create("position"), create("position")])


# -- comments -----------------------------------------------------------------------------------


def _commented_article() -> str:
    prose = " ".join(
        f"The council closed the coast road after the river rose over its banks during the night {n}." for n in range(3)
    )
    comment = "I live by the harbour and the water reached our door before dawn, so we moved the car uphill."
    return (
        "<html><head><title>Storm closes the coast road</title></head><body><article>"
        f"<h1>Storm closes the coast road</h1><p>{prose}</p><p>{prose} Again.</p><p>{prose} Once more.</p>"
        f'</article><section class="comments"><h2>2 Comments</h2>'
        f'<div class="comment"><p>Jane says:</p><p>{comment}</p></div>'
        f'<div class="comment"><p>Tom says:</p><p>{comment} Same here.</p></div></section></body></html>'
    )


def test_comments_are_chrome_by_default_and_kept_on_request() -> None:
    page = _commented_article()

    default = Cleaner().clean(page)
    with_comments = Cleaner().with_comments().clean(page)

    assert "before dawn" not in default.text
    assert "before dawn" in with_comments.text
    assert "The council closed the coast road" in with_comments.text


def test_with_comments_drops_the_comment_and_review_heuristics_and_keeps_the_rest() -> None:
    base = Cleaner()
    names = [heuristic.name for heuristic in base.with_comments().heuristics]
    dropped = ("comment_section", "review_section")

    assert names == [heuristic.name for heuristic in base.heuristics if heuristic.name not in dropped]
    dom_hints = next(h for h in base.with_comments().heuristics if h.name == "dom_hints")
    assert dom_hints.settings.model_dump()["comments_are_chrome"] is False


class _OneVoteShort(BaseHeuristic[HeuristicSettings]):
    """Breaks the contract: a vote for every block but the last."""

    name = "one_vote_short"
    Settings = HeuristicSettings

    def vote(self, page: SegmentedPage) -> list[Vote | None]:
        return [None] * (len(page) - 1)


@pytest.mark.parametrize("costs", [None, {}])
def test_a_heuristic_with_a_vote_too_few_is_named(costs: dict[str, float] | None) -> None:
    pipeline = Cleaner().with_heuristic(_OneVoteShort(), before="position")
    page = pipeline.read("First line.\nSecond line.\nThird line.", format="text")

    with pytest.raises(ConfigError, match="heuristic 'one_vote_short' returned 2 votes for 3 blocks"):
        pipeline.decide(page, costs)
