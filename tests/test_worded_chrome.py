"""The heuristics known by a fixed wording alone: a line of at most `max_words`, a sure vote."""

from __future__ import annotations

import re
from typing import Any, NamedTuple

import pytest
from helpers import PARAGRAPHS, cleaned_between_paragraphs, first_vote
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.heuristics.base import WordedChrome
from cleaner.heuristics.disclosure import _DISCLOSURES, Disclosure
from cleaner.heuristics.feedback_prompt import FeedbackPrompt
from cleaner.heuristics.form_message import FormMessage
from cleaner.heuristics.legal_notice import _NOTICES, LegalNotice
from cleaner.heuristics.line_passes import holds_parts
from cleaner.heuristics.reporting_credit import ReportingCredit


class Wording(NamedTuple):
    heuristic: type[WordedChrome[Any]]
    template: str  # a line of chrome around "{}", where filler words make it as long as wanted
    own_words: int  # the template's own words
    filler: str
    example: str  # a line of chrome as pages write it


WORDINGS = [
    Wording(
        FeedbackPrompt,
        "{} found this article helpful.",
        4,
        "readers",
        "Was this article helpful to you and your family this week?",
    ),
    Wording(
        ReportingCredit,
        "Reporting by {}",
        2,
        "Jane",
        "Reporting by Will Dunham in Washington and by Jane Doe in London; editing by Tom Brown.",
    ),
    Wording(
        FormMessage,
        "{} something went wrong.",
        3,
        "visitors",
        "Thank you for your submission, we will get back to you within two working days.",
    ),
    Wording(
        Disclosure,
        "We may earn a commission {}.",
        5,
        "today",
        "When you buy through links on our site, we may earn an affiliate commission at no cost to you.",
    ),
    Wording(
        LegalNotice,
        "By signing up, you agree {}.",
        5,
        "terms",
        "By clicking Subscribe, you agree to our terms of service and acknowledge our privacy policy.",
    ),
]
IDS = [wording.heuristic.name for wording in WORDINGS]


@pytest.mark.parametrize("wording", WORDINGS, ids=IDS)
def test_a_line_of_the_longest_length_counts_and_a_longer_line_is_left_alone(wording: Wording) -> None:
    heuristic = wording.heuristic()
    fillers = heuristic.settings.max_words - wording.own_words

    assert first_vote(heuristic, wording.template.format(" ".join([wording.filler] * fillers))) is not None
    assert first_vote(heuristic, wording.template.format(" ".join([wording.filler] * (fillers + 1)))) is None


@pytest.mark.parametrize("wording", WORDINGS, ids=IDS)
def test_the_combiner_drops_the_line_between_two_paragraphs_whatever_its_score(wording: Wording) -> None:
    labels = cleaned_between_paragraphs(wording.example)

    assert labels[wording.example] == ("chrome", f"vetoed&{wording.heuristic.name}=-1")
    assert [labels[paragraph][0] for paragraph in PARAGRAPHS] == ["body", "body"]


@pytest.mark.parametrize("wording", WORDINGS, ids=IDS)
def test_the_wording_counts_whatever_the_case_of_the_line(wording: Wording) -> None:
    heuristic = wording.heuristic()

    assert first_vote(heuristic, wording.example.upper()) is not None
    assert first_vote(heuristic, wording.example.swapcase()) is not None


# Each wording screened by its parts, alternative by alternative, with those parts.
SCREENED = [(wording, parts) for wording, parts in (*_NOTICES, *_DISCLOSURES)]


@pytest.mark.parametrize(("wording", "parts"), SCREENED, ids=[wording[:30] for wording, _ in SCREENED])
@settings(max_examples=200, deadline=None)
@given(data=st.data())
def test_every_line_a_wording_finds_holds_its_parts(
    wording: str, parts: tuple[tuple[str, ...], ...], data: Any
) -> None:
    text = data.draw(st.from_regex(re.compile(wording)))

    assert holds_parts(text, (parts,))


@pytest.mark.parametrize("heuristic", [LegalNotice, Disclosure], ids=["legal_notice", "disclosure"])
def test_a_screened_wording_has_parts_for_each_of_its_alternatives(heuristic: type[WordedChrome[Any]]) -> None:
    alternatives = _NOTICES if heuristic is LegalNotice else _DISCLOSURES

    assert heuristic.wording.pattern == "|".join(wording for wording, _ in alternatives)
    assert heuristic.wording_parts == tuple(parts for _, parts in alternatives)
