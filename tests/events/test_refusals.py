"""A refusal to do a cooperative act is a rejection (PLOVER REJECT), asserted: 制裁を緩める考えはない
refuses to ease sanctions, it does not impose them (real model, real knowledge base)."""

from __future__ import annotations

from newsgraph.pipeline import Pipeline
from tests.events.composed import coded


def test_a_refusal_is_an_asserted_rejection(pipeline: Pipeline) -> None:
    text = "松野官房長官は記者会見で、ロシアに対する制裁を緩める考えはないとの認識を示した。"
    got = [
        (e.type, e.status, {r.country for r in e.source}, {r.country for r in e.target})
        for e in coded(pipeline, text)
    ]
    assert got == [("REJECT", "asserted", {"JPN"}, {"RUS"})]


def test_easing_without_refusal_concedes(pipeline: Pipeline) -> None:
    text = "米国はベネズエラに対する制裁を緩めると発表した。"
    assert [e.type for e in coded(pipeline, text)] == ["CONCEDE"]


def test_a_refused_visit_is_rejected_and_a_planned_one_is_not(pipeline: Pipeline) -> None:
    assert [e.type for e in coded(pipeline, "中国政府は日本との首脳会談を行う考えはないと述べた。")] == [
        "REJECT"
    ]
    assert "REJECT" not in [e.type for e in coded(pipeline, "中国政府は日本との首脳会談を行う考えを示した。")]
