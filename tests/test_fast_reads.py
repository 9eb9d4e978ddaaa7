"""The models that read their attributes without pydantic's hook read what pydantic's models read."""

from __future__ import annotations

import sys
from functools import cached_property
from types import FrameType
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import BaseModel, ConfigDict, PrivateAttr, create_model

from cleaner._type_slots import read_attributes_generically
from cleaner.combine import CombineSettings
from cleaner.fast_reads import FastReadModel
from cleaner.heuristics.base import HeuristicSettings
from cleaner.heuristics.repeated_blocks import RepeatedBlocksSettings
from cleaner.limits import Limits
from cleaner.model import Vote
from cleaner.segment.page import SegmentedPage
from cleaner.title import TitleSettings

_VALUES = st.one_of(st.integers(), st.text(max_size=5), st.none(), st.lists(st.integers(), max_size=3))


class _Members:
    """What a model holds beside its fields: a property, a cached property, a method, a class attribute."""

    kind = "members"

    @property
    def described(self) -> str:
        return f"described {self.kind}"

    @cached_property
    def kept(self) -> list[str]:
        return [self.kind]

    def called(self, suffix: str) -> str:
        return self.kind + suffix


# Field names pydantic takes: none of a model's own attributes, nor of its reserved prefix.
_NAMES = st.from_regex(r"[a-z][a-z0-9_]{0,8}", fullmatch=True).filter(
    lambda name: not hasattr(BaseModel, name) and not hasattr(_Members, name) and not name.startswith("model_")
)


def _read(model: object, name: str) -> tuple[str, Any]:
    """What reading `name` of `model` gives: its value, or the message of its `AttributeError`."""
    try:
        return "value", getattr(model, name)
    except AttributeError as error:
        return "error", str(error)


def _twins(fields: dict[str, Any]) -> tuple[BaseModel, BaseModel]:
    """Two models of `fields` (names and values), of the same name: pydantic's, and one that reads generically."""
    definitions: Any = {name: (type(value), value) for name, value in fields.items()}
    hooked = create_model("Twin", __base__=(_Members, BaseModel), **definitions)
    generic = create_model("Twin", __base__=(_Members, BaseModel), **definitions)
    read_attributes_generically(generic)
    return hooked(), generic()


@given(st.dictionaries(_NAMES, _VALUES, max_size=6), st.lists(_NAMES))
def test_a_model_read_generically_reads_every_field_member_and_missing_name_as_pydantic_does(
    fields: dict[str, Any], others: list[str]
) -> None:
    hooked, generic = _twins(fields)
    for name in [*fields, *others, "described", "kept", "called", "kind", "model_fields_set"]:
        read = _read(generic, name)
        expected = _read(hooked, name)
        if name == "called" and read[0] == "value":  # bound methods compare by their function and instance
            assert read[1]("!") == expected[1]("!")
        else:
            assert read == expected


def test_read_attributes_generically_refuses_what_is_not_a_class() -> None:
    with pytest.raises(TypeError, match="expected a class"):
        read_attributes_generically(Vote(heuristic="a", value=1.0, reason="b"))


def _asks_getattr(model: object) -> bool:
    """Whether reading a name `model` lacks calls a `__getattr__` (pydantic's hook), as a profiler sees the calls."""
    called: list[str] = []

    def profile(frame: FrameType, event: str, _: object) -> None:
        if event == "call" and frame.f_code.co_name == "__getattr__":
            called.append(frame.f_code.co_filename)

    sys.setprofile(profile)
    try:
        getattr(model, "missing", None)
    finally:
        sys.setprofile(None)
    return bool(called)


@pytest.mark.parametrize(
    "model",
    [
        Vote(heuristic="a", value=1.0, reason="b"),
        SegmentedPage(format="text", texts=("one",)),
        CombineSettings(),
        TitleSettings(),
        Limits(),
        RepeatedBlocksSettings(),
    ],
    ids=type,
)
def test_the_models_read_on_every_page_read_without_pydantic_s_hook(model: BaseModel) -> None:
    assert not _asks_getattr(model)
    with pytest.raises(AttributeError, match=f"'{type(model).__name__}' object has no attribute 'missing'"):
        model.missing  # type: ignore[attr-defined]  # noqa: B018


def test_pydantic_s_models_ask_its_hook() -> None:
    assert _asks_getattr(create_model("Plain", value=(int, 1))())


def test_a_model_with_private_attributes_keeps_pydantic_s_hook_and_reads_them() -> None:
    class Private(FastReadModel):
        value: int = 1
        _secret: int = PrivateAttr(7)

    assert Private()._secret == 7
    assert _asks_getattr(Private())


def test_a_model_with_extra_fields_keeps_pydantic_s_hook_and_reads_them() -> None:
    class Extra(FastReadModel):
        model_config = ConfigDict(extra="allow")

    assert Extra(colour="red").colour == "red"  # type: ignore[attr-defined]


def test_a_settings_model_with_a_hook_of_its_own_keeps_it() -> None:
    class Defaulted(HeuristicSettings):
        threshold: int = 3

        def __getattr__(self, name: str) -> int:
            return 0

    assert (Defaulted().threshold, Defaulted().missing) == (3, 0)
