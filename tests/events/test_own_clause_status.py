"""Status and date come from the trigger's own clause chain: a 方針 or 予定 of another actor's
clause, and the time that clause holds, do not change an act already reported (real model)."""

from __future__ import annotations

import pytest

from newsgraph.model import Event
from newsgraph.pipeline import Pipeline
from tests.events.composed import coded


def events(pipeline: Pipeline, text: str, type_: str) -> list[Event]:
    return [e for e in coded(pipeline, text) if e.type == type_]


@pytest.mark.parametrize(
    "text",
    [
        "中国は台湾周辺で軍事演習を行い、日本政府は来週、中国に抗議する方針だ。",
        "北朝鮮は弾道ミサイルを発射し、韓国政府は来月、国連安全保障理事会で北朝鮮を非難する予定だ。",
    ],
)
def test_another_actors_plan_leaves_the_act_asserted(pipeline: Pipeline, text: str) -> None:
    (ev,) = events(pipeline, text, "MOBILIZE")
    assert ev.status == "asserted"
    assert ev.date == "2024-06"  # the reference month, not next week or next month


def test_the_acts_own_plan_is_planned(pipeline: Pipeline) -> None:
    (ev,) = events(pipeline, "岸田首相は来月、韓国を訪問する予定だ。", "CONSULT")
    assert ev.status == "planned"


def test_a_plan_covers_the_clause_before_it_that_shares_its_subject(pipeline: Pipeline) -> None:
    # 中国を訪問し、…会談を行う予定だ: the visit is planned as much as the talks
    text = "インドネシアのプラボウォ大統領は来月、中国を訪問し、習近平国家主席と首脳会談を行う予定だ。"
    assert {e.status for e in events(pipeline, text, "CONSULT")} == {"planned"}


@pytest.mark.parametrize(
    ("text", "type_", "status"),
    [
        # a deed told in the plain non-past, in the story's voice or in what is reported, is to come
        ("上川外相は、中国の王毅外相が来日すると述べた。", "CONSULT", "planned"),
        ("インドのモディ首相はロシアを訪問する。", "CONSULT", "planned"),
        # とする after a quotation reports it: the ている is the report's
        ("外務省は、韓国の外相が来日するとしている。", "CONSULT", "planned"),
        # a headline tells what happened in the non-past
        ("イスラエル、パレスチナ人収監者を釈放", "RETREAT", "asserted"),
        # an act that goes on, a stance and a deed dated before the story are not
        ("ロシア軍はウクライナ東部で攻撃を続ける。", "ASSAULT", "ongoing"),
        ("中国は日本の提案に反対すると述べた。", "REJECT", "asserted"),
        ("モディ首相は2019年9月4日にロシアを訪問する。", "CONSULT", "asserted"),
    ],
)
def test_a_deed_told_in_the_plain_non_past_is_to_come(
    pipeline: Pipeline, text: str, type_: str, status: str
) -> None:
    assert [e.status for e in events(pipeline, text, type_)] == [status]


def test_a_double_negative_of_obligation_negates_nothing(pipeline: Pipeline) -> None:
    # 取らざるを得ない: must take; the ない negates 得る, not the act
    (ev,) = events(pipeline, "中国は日本に「対抗措置」を取らざるを得ないと述べた。", "THREATEN")
    assert ev.status != "negated"


def test_a_mediation_the_parties_agree_through_is_done(pipeline: Pipeline) -> None:
    text = "インドとパキスタンは、米国の仲介を通じて即時停戦に合意した。"
    assert {e.status for e in events(pipeline, text, "CONSULT")} == {"asserted"}


def test_a_verb_that_goes_on_to_a_request_is_not_what_is_asked(pipeline: Pipeline) -> None:
    text = "米国務省は、フィリピンの公船が攻撃されれば条約の適用対象になると警告して中国に自制を求めた。"
    assert {e.status for e in events(pipeline, text, "THREATEN")} == {"asserted"}
