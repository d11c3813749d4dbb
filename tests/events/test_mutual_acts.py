"""An act each party does to every other (a meeting, an agreement, joint drills, a clash) lists every
party on both sides, as the record format asks; a directed act (a visit, a drill near a country) keeps
its direction."""

from __future__ import annotations

import pytest

from newsgraph.pipeline import Pipeline
from tests.events.composed import sides

BOTH_WAYS = [
    ("岸田首相はバイデン大統領と会談した。", "CONSULT", {"JPN", "USA"}),
    ("日本は韓国と新たな協定に署名した。", "AGREE", {"JPN", "KOR"}),
    ("自衛隊は、米軍と共同で離島防衛の訓練を実施した。", "COOPERATE", {"JPN", "USA"}),
    ("インド軍は国境でパキスタン軍と衝突した。", "ASSAULT", {"IND", "PAK"}),
    ("Blinken met with China's foreign minister in Beijing on Monday.", "CONSULT", {"USA", "CHN"}),
]


@pytest.mark.parametrize(("text", "type_", "parties"), BOTH_WAYS)
def test_a_mutual_act_lists_every_party_on_both_sides(
    pipeline: Pipeline, text: str, type_: str, parties: set[str]
) -> None:
    assert sides(pipeline, text, type_) == [(parties, parties)]


@pytest.mark.parametrize(
    ("text", "type_", "expected"),
    [
        ("岸田首相は来月、韓国を訪問する予定だ。", "CONSULT", ({"JPN"}, {"KOR"})),
        ("中国軍は台湾周辺で大規模な演習を行った。", "MOBILIZE", ({"CHN"}, {"TWN"})),
        ("Russia's navy held military drills near Japan on Monday.", "MOBILIZE", ({"RUS"}, {"JPN"})),
    ],
)
def test_a_directed_act_keeps_its_direction(
    pipeline: Pipeline, text: str, type_: str, expected: tuple[set[str], set[str]]
) -> None:
    assert sides(pipeline, text, type_) == [expected]


def test_both_leaders_after_a_meeting_are_its_two_parties(pipeline: Pipeline) -> None:
    # the coder reads the meeting as written, so 両首脳 after it still names the pair
    text = "岸田首相はバイデン大統領と会談した。両首脳は防衛協力の強化で合意した。"
    assert sides(pipeline, text, "AGREE") == [({"JPN", "USA"}, {"JPN", "USA"})]


@pytest.mark.parametrize(
    ("text", "type_", "expected"),
    [
        # a mutual act that names only the party it is with (Xとの) is the teller's with X
        (
            "北朝鮮外務省は、米国との協議が行われたと明らかにした。",
            "CONSULT",
            ({"PRK", "USA"}, {"PRK", "USA"}),
        ),
        (
            "タイ軍は、カンボジア軍との交戦が国境付近で続いていると明らかにした。",
            "ASSAULT",
            ({"THA", "KHM"}, {"THA", "KHM"}),
        ),
        (
            "インド軍は、係争地で中国軍との衝突が起き、兵士20人が死亡したと明らかにした。",
            "ASSAULT",
            ({"IND"}, {"CHN"}),
        ),
    ],
)
def test_who_tells_of_a_mutual_act_with_one_party_is_the_other(
    pipeline: Pipeline, text: str, type_: str, expected: tuple[set[str], set[str]]
) -> None:
    assert sides(pipeline, text, type_) == [expected]


def test_an_outlet_that_tells_of_a_clash_takes_no_part(pipeline: Pipeline) -> None:
    assert sides(pipeline, "ロイター通信は、中国軍との衝突が起きたと報じた。", "ASSAULT") == []
