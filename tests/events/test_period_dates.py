"""A period that modifies a noun (2030年までの経済協力) dates that noun, never the act the sentence
reports (real model, real knowledge base)."""

from __future__ import annotations

import pytest

from newsgraph.pipeline import Pipeline
from tests.events.composed import coded


def dates(pipeline: Pipeline, text: str, type_: str) -> list[str | None]:
    return [e.date for e in coded(pipeline, text) if e.type == type_]


@pytest.mark.parametrize(
    ("text", "type_", "date"),
    [
        # the day of the talks dates the agreement, not the end of the cooperation agreed on
        (
            "プーチン大統領は19日、平壌で金正恩総書記と会談し、2030年までの経済協力で合意した。",
            "AGREE",
            "2024-05-19",
        ),
        # no day of its own: the reference month, not the period talked about
        ("韓国政府は、2030年までの経済協力について北朝鮮と協議した。", "CONSULT", "2024-06"),
        ("中国は、2027年までの台湾侵攻に備え、部隊を増強した。", "MOBILIZE", "2024-06"),
        # the time of what is agreed on dates that content, not the agreement
        ("日韓両政府は、来年3月に首脳会談を開くことで合意した。", "AGREE", "2024-06"),
    ],
)
def test_a_period_of_a_noun_does_not_date_the_act(
    pipeline: Pipeline, text: str, type_: str, date: str
) -> None:
    assert dates(pipeline, text, type_) == [date]


def test_a_day_of_its_own_clause_dates_the_act(pipeline: Pipeline) -> None:
    text = "岸田首相は20日、2025年以降の防衛協力について韓国の尹錫悦大統領と会談した。"
    assert dates(pipeline, text, "CONSULT") == ["2024-05-20"]


def test_the_leads_day_dates_the_topics_act_past_a_relative_clause(pipeline: Pipeline) -> None:
    # the parse hangs 3日 on the relative clause (侵攻が続く); the lead's time is the topic's
    text = "岸田首相は3日、ロシアによる侵攻が続くウクライナのゼレンスキー大統領と電話会談した。"
    assert dates(pipeline, text, "CONSULT") == ["2024-06-03"]
