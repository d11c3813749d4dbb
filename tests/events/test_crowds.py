"""A crowd of civilians that gathers and protests demonstrates (PLOVER PROTEST), against its own state
unless the text names another; a ministry that protests makes a statement (ACCUSE). Real model, real
knowledge base."""

from __future__ import annotations

from newsgraph.pipeline import Pipeline
from tests.events.composed import sides


def test_citizens_gathering_to_protest_demonstrate_against_their_state(pipeline: Pipeline) -> None:
    text = "ソウルの国会の周辺には戒厳に反対する市民が続々と集まり、「戒厳撤回」などと叫んで抗議した。"
    assert sides(pipeline, text, "PROTEST") == [({"KOR"}, {"KOR"})]
    assert sides(pipeline, text, "ACCUSE") == []


def test_a_named_target_stays(pipeline: Pipeline) -> None:
    text = "ソウル中心部では市民団体が集会を開き、日本政府に抗議した。"
    assert sides(pipeline, text, "PROTEST") == [({"KOR"}, {"JPN"})]


def test_a_protest_without_a_crowd_stays_a_statement(pipeline: Pipeline) -> None:
    # no gathering in the street: a civic group's statement, and a ministry's protest, are ACCUSE
    assert sides(pipeline, "韓国の市民団体は日本政府に抗議した。", "PROTEST") == []
    text = "中国外務省は日本政府に抗議した。"
    assert sides(pipeline, text, "ACCUSE") == [({"CHN"}, {"JPN"})]
    assert sides(pipeline, text, "PROTEST") == []
