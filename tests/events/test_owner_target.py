"""The target named only as the owner of the object (ロシアの侵略を非難: Russia; ハマスの拠点への空爆:
Hamas), where no actor is marked by を or に (real model, real knowledge base)."""

from __future__ import annotations

import pytest

from newsgraph.pipeline import Pipeline
from tests.events.composed import sides


@pytest.mark.parametrize(
    ("text", "type_", "expected"),
    [
        ("米国はロシアの侵略を強く非難した。", "ACCUSE", ({"USA"}, {"RUS"})),
        ("中国外務省は日本の制裁を非難した。", "ACCUSE", ({"CHN"}, {"JPN"})),
        ("韓国政府は日本の輸出規制に抗議した。", "ACCUSE", ({"KOR"}, {"JPN"})),
        ("北朝鮮は米韓の合同演習を非難した。", "ACCUSE", ({"PRK"}, {"USA", "KOR"})),
        # a noun of the act's own type as its object: one act (挑発行為を強く非難)
        ("米韓両政府は北朝鮮の挑発行為を強く非難した。", "ACCUSE", ({"USA", "KOR"}, {"PRK"})),
        # an attack on what the owner holds (への), a list closed by など
        ("イスラエル軍はハマスの拠点への空爆を続けた。", "ASSAULT", ({"ISR"}, {"PSE"})),
        ("ロシア軍はウクライナの発電所などへの攻撃を強めた。", "ASSAULT", ({"RUS"}, {"UKR"})),
        # a list closed by など before the object's head (製油所など12の企業・個人)
        (
            "米国務省は23日、中国の製油所など12の企業・個人を制裁対象に指定した。",
            "SANCTION",
            ({"USA"}, {"CHN"}),
        ),
        # what is opposed (制裁に断固反対) is the refusal's content, no sanction of its own
        ("中国外務省は米国の一方的な制裁に断固反対すると述べた。", "REJECT", ({"CHN"}, {"USA"})),
    ],
)
def test_the_owner_of_the_object_is_the_target(
    pipeline: Pipeline, text: str, type_: str, expected: tuple[set[str], set[str]]
) -> None:
    assert sides(pipeline, text, type_) == [expected]


def test_an_act_opposed_is_no_event_of_its_own(pipeline: Pipeline) -> None:
    assert sides(pipeline, "中国外務省は米国の一方的な制裁に断固反対すると述べた。", "SANCTION") == []


def test_a_marked_target_comes_first(pipeline: Pipeline) -> None:
    # に marks the target; the owner of the object (the detained) is not it
    assert sides(pipeline, "日本政府は中国に対し、日本の漁船の拿捕を非難した。", "ACCUSE") == [
        ({"JPN"}, {"CHN"})
    ]


@pytest.mark.parametrize(
    ("text", "type_", "expected"),
    [
        # the owner of what a passive's subject names is acted on
        ("ウクライナ東部の都市がロシア軍に占領された。", "ASSAULT", ({"RUS"}, {"UKR"})),
        ("韓国の大使館が北朝鮮のハッカー集団に攻撃された。", "ASSAULT", ({"PRK"}, {"KOR"})),
    ],
)
def test_the_owner_of_a_passive_subject_is_the_target(
    pipeline: Pipeline, text: str, type_: str, expected: tuple[set[str], set[str]]
) -> None:
    assert sides(pipeline, text, type_) == [expected]
