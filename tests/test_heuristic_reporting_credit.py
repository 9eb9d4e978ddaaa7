"""reporting_credit: the credit of a story's reporters and editors closes the story."""

from __future__ import annotations

import pytest
from helpers import first_vote, line

from cleaner.heuristics.reporting_credit import ReportingCredit


@pytest.mark.parametrize(
    "text",
    [
        "(Reporting by Will Dunham; Editing by Tom Brown)",
        "Reporting by Rodrigo Campos; additional reporting by Stephanie Kelly",
        "Additional reporting by Joseph Hudak",
        "With reporting by Herb Lash and Megan Davies",
        "Editing by Martin Howell",
        "Writing by Jane Doe; editing by John Roe",
        "Fox News’ Jessica Napoli contributed to this report.",
        "Associated Press writers Alan Fram and Zeke Miller contributed reporting to this report.",
        "2024-06-18 09:32 来源：城市报 记者 林晓雯",  # a Chinese story's meta line: source and reporter
        "责任编辑：王磊",  # its editor in charge, under the story
        "編輯: 陳美玲",
        "出典：共同通信",
        "출처: 연합뉴스",
    ],
)
def test_a_credit_of_the_story_s_reporters_is_voted_surely_chrome(text: str) -> None:
    vote = first_vote(ReportingCredit(), text)

    assert vote is not None and vote.value == -1.0 and vote.reason == "reporting_credit"


@pytest.mark.parametrize(
    "text",
    [
        "Her reporting by candlelight won the prize that year.",  # inside a sentence
        "Skye Schooley and Kim Lindros contributed to this article.",  # a magazine's credit, kept
        "The committee contributed to this report on the harbour, published in May.",  # the report goes on
        "Our reporting team by the numbers",  # not the label
        "记者从市轨道交通集团获悉，地铁7号线二期工程已完成全部隧道贯通。",  # "the reporter learned": no label
        "他的作者身份终于得到了确认。",  # "author" inside a sentence, no colon
        line(12, stopwords=4, end="."),
    ],
)
def test_a_line_that_only_speaks_of_reporting_is_left_alone(text: str) -> None:
    assert first_vote(ReportingCredit(), text) is None
