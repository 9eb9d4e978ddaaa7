"""The base of the models that the pipeline reads on every page: pydantic models whose attributes read as a plain
object's do.

pydantic's `BaseModel` defines `__getattr__`, through which it finds a model's private attributes
and extra fields, and so CPython reads every attribute of every model through a slot that looks up
`__getattribute__` and `__getattr__` on the type before it reads the instance's dictionary, and
makes a bound method object for each method called; nor can the interpreter specialise the read.
A heuristic's settings, the segmented page's columns and each vote's weight and value are read so,
a thousand times a page even on a page of two lines: the reads cost a text page of ScrapingHub
0.2 million instructions of its 5.8 (decide on a page of two lines, 800,000 → 654,000).

A model without private attributes and without extra fields never needs that `__getattr__`: where
the generic lookup misses, it raises the same `AttributeError`. The subclasses of `FastReadModel`
without them read their attributes with the generic lookup alone.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from cleaner.compiled import unbuilt

try:
    from cleaner._type_slots import read_attributes_generically
except ImportError as error:  # a source tree without its build, or a dependency missing
    raise unbuilt("cleaner._type_slots", "fast attribute reads", error) from error

# The hooks that read an attribute where the generic lookup does not; `object` and `BaseModel` define the plain one
# and pydantic's.
_LOOKUP_HOOKS = ("__getattr__", "__getattribute__")


class FastReadModel(BaseModel):
    """A pydantic model whose subclasses read their attributes as plain objects do, unless they need pydantic's hook
    (private attributes, extra fields, a hook of their own)."""

    @classmethod
    def __pydantic_init_subclass__(cls, **kwargs: Any) -> None:
        super().__pydantic_init_subclass__(**kwargs)
        if not _needs_lookup_hook(cls):
            read_attributes_generically(cls)


def _needs_lookup_hook(cls: type[BaseModel]) -> bool:
    """Whether `cls` finds some attribute through pydantic's `__getattr__`, or another hook, that the generic lookup
    would not: a private attribute, an extra field, a hook a class of its own defines."""
    return (
        bool(cls.__private_attributes__)
        or cls.model_config.get("extra") == "allow"
        or any(hook in vars(base) for base in cls.__mro__ if base not in (BaseModel, object) for hook in _LOOKUP_HOOKS)
    )
