"""Restraint or calm asked for with no one named is asked of the two sides of the last act between two
countries; a quantifier floated after a noun phrase (China and the EU both calling…) says who acts."""

from __future__ import annotations

import pytest

from newsgraph.pipeline import Pipeline
from tests.events.composed import sides

CLASH_EN = "India struck targets in Pakistan on Tuesday. "
CLASH_JA = "インド軍がパキスタンを攻撃した。"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            CLASH_EN + "The escalation triggered alarm, with China and Japan both calling for restraint.",
            {"CHN", "JPN"},
        ),
        (CLASH_EN + "Japan urged calm.", {"JPN"}),
        (CLASH_JA + "中国は自制を求めた。", {"CHN"}),
        (CLASH_JA + "中国外務省は冷静な対応を呼びかけた。", {"CHN"}),
        (CLASH_JA + "中国は平静を保つよう呼び掛けた。", {"CHN"}),
    ],
)
def test_restraint_is_asked_of_both_sides_of_the_conflict(
    pipeline: Pipeline, text: str, source: set[str]
) -> None:
    assert sides(pipeline, text, "REQUEST") == [(source, {"IND", "PAK"})]


def test_a_request_for_something_else_is_not_aimed_at_the_conflict(pipeline: Pipeline) -> None:
    # with no one named, a call for an investigation is asked of no one the conflict gives
    assert sides(pipeline, CLASH_EN + "Japan called for an investigation.", "REQUEST") == []
