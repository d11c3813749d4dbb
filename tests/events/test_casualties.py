"""An attack named by a noun that is the cause of a casualty predicate targets those it killed or hurt,
or whose property it damaged (real model, real knowledge base)."""

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
        # what they own damaged
        ("ロシアによる無人機攻撃で、キーウの住宅が損壊した。", ({"RUS"}, {"UKR"})),
        ("ロシア軍のミサイル攻撃で、ハルキウの発電所が炎上した。", ({"RUS"}, {"UKR"})),
    ],
)
def test_the_attack_targets_the_victims(
    pipeline: Pipeline, text: str, expected: tuple[set[str], set[str]]
) -> None:
    assert sides(pipeline, text, "ASSAULT") == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "アルメニア国防省によると、アゼルバイジャン軍による砲撃で子どもを含む民間人3人が死亡した。",
            ({"AZE"}, {"ARM"}),
            id="the cause the parse hangs inside the victims' phrase",
        ),
        pytest.param(
            "アゼルバイジャン政府は、アルメニアとの国境で、アルメニア軍の銃撃で民間人1人が死亡したと発表した。",
            ({"ARM"}, {"AZE"}),
            id="the country that reports its dead",
        ),
        pytest.param(
            "アルメニア当局によりますと、国境の村でアゼルバイジャン軍による砲撃があり、住民2人が負傷しました。",
            ({"AZE"}, {"ARM"}),
            id="an attack that took place, then the people it hurt",
        ),
    ],
)
def test_victims_of_no_named_country_are_of_the_other_country_named(
    pipeline: Pipeline, text: str, expected: tuple[set[str], set[str]]
) -> None:
    assert sides(pipeline, text, "ASSAULT") == [expected]


def test_a_death_with_no_attack_is_no_event(pipeline: Pipeline) -> None:
    assert sides(pipeline, "大雨でウクライナの市民5人が死亡した。", "ASSAULT") == []
