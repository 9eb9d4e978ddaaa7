"""The heuristics' passes over every line, compiled (`cleaner.heuristics._line_passes`), imported where a source
tree without its build says so."""

from __future__ import annotations

from cleaner.compiled import unbuilt

try:
    from cleaner.heuristics._line_passes import (
        MAY_BE_BYLINE,
        MAY_BE_DATED,
        MAY_BE_HEADER,
        MAY_BE_POST_META,
        MAY_HOLD_PHRASE,
        MAY_OPEN_BYLINE,
        card_headlines,
        cut_short_lines,
        density_votes,
        element_votes,
        line_shapes,
        lines_opening_near,
        lines_opening_with,
        link_votes,
        numbered_templates,
        page_wide,
        paragraph_votes,
        phrase_tests,
        position_votes,
        prose_anchors,
        record_runs,
        repeated_votes,
        shape_period_votes,
        shape_share,
        shape_votes,
        teaser_votes,
        templated_runs,
        thread_start_candidates,
        values_by_pair,
        wrapped_prose,
        written_again,
    )
except ImportError as error:  # only a source tree without its build gets here
    raise unbuilt("cleaner.heuristics._line_passes", "passes over every line") from error

__all__ = [
    "MAY_BE_BYLINE",
    "MAY_BE_DATED",
    "MAY_BE_HEADER",
    "MAY_BE_POST_META",
    "MAY_HOLD_PHRASE",
    "MAY_OPEN_BYLINE",
    "card_headlines",
    "cut_short_lines",
    "density_votes",
    "element_votes",
    "line_shapes",
    "lines_opening_near",
    "lines_opening_with",
    "link_votes",
    "numbered_templates",
    "page_wide",
    "paragraph_votes",
    "phrase_tests",
    "position_votes",
    "prose_anchors",
    "record_runs",
    "repeated_votes",
    "shape_period_votes",
    "shape_share",
    "shape_votes",
    "teaser_votes",
    "templated_runs",
    "thread_start_candidates",
    "values_by_pair",
    "wrapped_prose",
    "written_again",
]
