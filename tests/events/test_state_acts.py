"""Acts only a state does (an arrest, an execution), told in a Japanese passive that names no one who
acts: the state of the place they happen in, else the patient's own (`state` in types.yaml; real
model, real knowledge base)."""

from __future__ import annotations

from newsgraph.events.types import types
from newsgraph.pipeline import Pipeline
from tests.events.composed import coded


def _sides(pipeline: Pipeline, text: str, type_: str) -> list[tuple[list[str], list[str]]]:
    return [
        ([r.country or "" for r in e.source], [r.country or "" for r in e.target])
        for e in coded(pipeline, text)
        if e.type == type_
    ]


def test_an_arrest_abroad_is_the_state_of_the_place(pipeline: Pipeline) -> None:
    assert _sides(pipeline, "日本人男性が中国で拘束された。", "COERCE") == [(["CHN"], ["JPN"])]
    # において says where as で does; its に is no agent of the passive (the city would be)
    events = [e for e in coded(pipeline, "北京においてカナダ人の男性が拘束された。") if e.type == "COERCE"]
    assert [([r.id for r in e.source], [r.country for r in e.target]) for e in events] == [
        (["wiki:China"], ["CAN"])
    ]


def test_an_arrest_of_one_posted_in_a_city_abroad_is_that_citys_state(pipeline: Pipeline) -> None:
    text = "外務省は、上海の日本総領事館の職員が拘束されたと発表した。"
    assert _sides(pipeline, text, "COERCE") == [(["CHN"], ["JPN"])]


def test_an_arrest_with_no_place_is_the_patients_own_state(pipeline: Pipeline) -> None:
    assert _sides(pipeline, "ロシアの野党指導者が逮捕された。", "COERCE") == [(["RUS"], ["RUS"])]
    assert _sides(pipeline, "イギリスのジョン・ビング提督が処刑された。", "ASSAULT") == [(["GBR"], ["GBR"])]


def test_a_named_agent_and_acts_done_abroad_keep_their_own_reading(pipeline: Pipeline) -> None:
    # the agent named acts; a seizure (拿捕, 拉致) is done abroad too, so no state is implied
    assert _sides(pipeline, "日本人男性が中国当局に拘束された。", "COERCE") == [(["CHN"], ["JPN"])]
    assert _sides(pipeline, "日本の漁船が拿捕された。", "COERCE") == []
    assert "seize" not in types()["COERCE"].state


def test_english_names_who_arrests(pipeline: Pipeline) -> None:
    # English news names the police or the court that acts; no state is implied
    assert _sides(pipeline, "A Russian opposition leader was arrested.", "COERCE") == []
