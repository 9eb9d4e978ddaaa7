"""Built-in heuristics; importing this package registers them."""

from cleaner.heuristics import (
    attached_list,
    boilerplate_phrases,
    comment_section,
    consent_panel,
    headline_teaser,
    paragraph_structure,
    position,
    prose_sandwich,
    record_list,
    record_shape,
    repeated_blocks,
    stopword_density,
    text_shape,
)
from cleaner.heuristics.base import BaseHeuristic, Heuristic, HeuristicSettings, create, register, registry

__all__ = [
    "BaseHeuristic",
    "Heuristic",
    "HeuristicSettings",
    "attached_list",
    "boilerplate_phrases",
    "comment_section",
    "consent_panel",
    "create",
    "headline_teaser",
    "paragraph_structure",
    "position",
    "prose_sandwich",
    "record_list",
    "record_shape",
    "register",
    "registry",
    "repeated_blocks",
    "stopword_density",
    "text_shape",
]
