"""Speech acts: a refusal to do a cooperative act is a rejection (PLOVER REJECT), asserted (制裁を緩める
考えはない refuses to ease sanctions, it does not impose them), and a claim that another did an act
accuses it of the act (real model, real knowledge base)."""

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


def test_a_claim_that_another_did_an_act_accuses_it(pipeline: Pipeline) -> None:
    # 米国はイランが関与したと主張した: the US accuses Iran, even before a contrast with a denial
    text = "米国はイランが関与したと主張したが、イランは否定している。"
    got = {
        e.type: ({r.country for r in e.source}, {r.country for r in e.target}) for e in coded(pipeline, text)
    }
    assert got["ACCUSE"] == ({"USA"}, {"IRN"})
    assert got["REJECT"] == ({"IRN"}, {"USA"})
    # the act claimed is the claim's content, not an event of its own
    text = "北朝鮮は、米軍の偵察機が経済水域を侵犯したと主張した。"
    assert [(e.type, {r.country for r in e.source}) for e in coded(pipeline, text)] == [("ACCUSE", {"PRK"})]
