"""An attack named by a noun that is the cause of a casualty predicate targets those it killed or hurt
(real model, real knowledge base)."""

from __future__ import annotations

import pytest

from newsgraph.pipeline import Pipeline
from tests.events.composed import sides


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the victims' phrase gives the country
        ("ロシア軍の攻撃でウクライナの市民5人が死亡した。", ({"RUS"}, {"UKR"})),
        # with no actor among the victims, the place the clause names
        ("イスラエル軍の空爆により、ガザ地区で20人が死亡した。", ({"ISR"}, {"PSE"})),
        ("ロシア軍のミサイル攻撃で、キーウの住民10人が負傷した。", ({"RUS"}, {"UKR"})),
    ],
)
def test_the_attack_targets_the_victims(
    pipeline: Pipeline, text: str, expected: tuple[set[str], set[str]]
) -> None:
    assert sides(pipeline, text, "ASSAULT") == [expected]


def test_a_death_with_no_attack_is_no_event(pipeline: Pipeline) -> None:
    assert sides(pipeline, "大雨でウクライナの市民5人が死亡した。", "ASSAULT") == []
