"""An act whose target the text leaves out is aimed at the other side of the last act between its
source's country and another (`counterpart` in types.yaml), and an unlinked name takes the country its
phrase gives it (real model, real knowledge base)."""

from __future__ import annotations

import pytest

from newsgraph.pipeline import Pipeline
from tests.events.composed import sides


@pytest.mark.parametrize(
    ("text", "type_", "expected"),
    [
        # they acted on us: the reaction's target is the earlier act's source
        (
            "ロシア軍はウクライナ東部を砲撃した。ウクライナ外務省は強く非難した。",
            "ACCUSE",
            ({"UKR"}, {"RUS"}),
        ),
        (
            "Russia seized three Ukrainian ships near Crimea. The next day Ukraine demanded their release.",
            "REQUEST",
            ({"UKR"}, {"RUS"}),
        ),
    ],
)
def test_an_omitted_target_is_the_other_side(
    pipeline: Pipeline, text: str, type_: str, expected: tuple[set[str], set[str]]
) -> None:
    assert sides(pipeline, text, type_) == [expected]


def test_force_answers_the_side_of_the_last_act_of_conflict(pipeline: Pipeline) -> None:
    text = "ロシア軍はウクライナ東部を砲撃した。ウクライナ軍は反撃を続けている。"
    assert sides(pipeline, text, "ASSAULT") == [({"RUS"}, {"UKR"}), ({"UKR"}, {"RUS"})]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # forces sent with no one named face the side of the last act of conflict
        ("ロシア軍はウクライナ東部を砲撃した。ロシア軍はさらに部隊を増派した。", [({"RUS"}, {"UKR"})]),
        # sent to a place the clause names, they face no one
        (
            "イスラエル軍がシリア軍を空爆した。シリア暫定政府は現地に軍を派遣している。",
            [({"SYR"}, set())],
        ),
        # one country's drill, its target taken from the story, is no joint act with that target
        (
            "China accused the United States of provocation. Chinese ships and aircraft continued to"
            " conduct joint drills on Sunday.",
            [({"CHN"}, {"USA"})],
        ),
    ],
)
def test_forces_sent_face_the_side_of_the_last_act_of_conflict(
    pipeline: Pipeline, text: str, expected: list[tuple[set[str], set[str]]]
) -> None:
    assert sides(pipeline, text, "MOBILIZE") == expected


def test_force_on_what_the_clause_names_is_aimed_at_that(pipeline: Pipeline) -> None:
    # ships of no named country are attacked, not the side of the last act
    text = "米軍はイエメンのフーシ派の拠点を空爆した。フーシ派は紅海で民間商船を攻撃した。"
    assert sides(pipeline, text, "ASSAULT") == [({"USA"}, {"YEM"})]
    # a retaliation carried by a light verb still answers that side
    text = "米軍はイエメンのフーシ派の拠点を空爆した。フーシ派は報復攻撃を行った。"
    assert sides(pipeline, text, "ASSAULT") == [({"USA"}, {"YEM"}), ({"YEM"}, {"USA"})]


def test_force_answers_no_ally(pipeline: Pipeline) -> None:
    # the country that sent aid is no side the defenders fight
    text = "Blinken announced new military aid to Ukraine. Ukraine's defenders continue to fight."
    assert sides(pipeline, text, "ASSAULT") == []


def test_a_named_target_wins(pipeline: Pipeline) -> None:
    text = "ロシア軍はウクライナ東部を砲撃した。ウクライナ外務省はベラルーシを非難した。"
    assert sides(pipeline, text, "ACCUSE") == [({"UKR"}, {"BLR"})]


def test_no_counterpart_without_an_earlier_act_between_two_countries(pipeline: Pipeline) -> None:
    # an act of the source's own country alone gives no other side
    text = "北朝鮮は日本海に向けて弾道ミサイルを発射した。韓国軍は警戒態勢を強化した。"
    assert sides(pipeline, text, "MOBILIZE") == [({"PRK"}, set()), ({"KOR"}, set())]


@pytest.mark.parametrize(
    ("text", "type_", "expected"),
    [
        ("ルーマニアのチョラク首相は、モルドバへの支援を表明した。", "AID", ({"ROU"}, {"MDA"})),
        ("西ドイツ首相ヘルムート・コールはソ連を訪問した。", "CONSULT", ({"DEU"}, {"SUN"})),
        # what a name learned holds for the rest of the document
        (
            "ルーマニアのチョラク首相は、モルドバへの支援を表明した。チョラク首相はロシアを非難した。",
            "ACCUSE",
            ({"ROU"}, {"RUS"}),
        ),
    ],
)
def test_an_unlinked_name_takes_the_country_of_its_phrase(
    pipeline: Pipeline, text: str, type_: str, expected: tuple[set[str], set[str]]
) -> None:
    assert sides(pipeline, text, type_) == [expected]


@pytest.mark.parametrize(
    ("text", "type_", "expected"),
    [
        # a name in kanji that nothing gives a country is of Japan, the home of Japanese news
        ("江戸幕府は慶安元年に勧進相撲禁止令を出している。", "COERCE", [{"JPN"}]),
        # a foreign name in katakana is not, nor a Chinese or Korean one
        ("同年7月2日、サラディンはティベリアスを攻撃した。", "ASSAULT", [{None}]),
        # (two people of no known country: no event between countries)
        ("曺奉岩は朴憲永を強く非難した。", "ACCUSE", []),
    ],
)
def test_an_unplaced_name_in_kanji_is_of_the_home_country(
    pipeline: Pipeline, text: str, type_: str, expected: list[set[str | None]]
) -> None:
    assert [source for source, _ in sides(pipeline, text, type_)] == expected


def test_a_body_of_the_nations_takes_no_country_from_the_story(pipeline: Pipeline) -> None:
    # 国際…連盟 is no one country's: not the one the sentence names, so a ban on that country stands
    text = "国際陸上競技連盟はベラルーシの選手の大会への参加を禁止した。"
    assert sides(pipeline, text, "SANCTION") == [({None}, {"BLR"})]
