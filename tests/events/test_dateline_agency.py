"""A dateline's agency files the report: an entity of the document, no party of its events; its place
says whose parliament a bare 国会 is, and is no party either (real model, real knowledge base)."""

from __future__ import annotations

from newsgraph.model import Document
from newsgraph.pipeline import Pipeline
from tests.events.composed import coded


def test_the_agency_of_the_dateline_is_no_actor(pipeline: Pipeline) -> None:
    text = "BEIRUT, Nov 19 (Reuters) - U.S. envoy Amos Hochstein met Lebanese Prime Minister Najib Mikati."
    events = coded(pipeline, text)
    assert [e.type for e in events] == ["CONSULT"]
    parties = {r.id for e in events for r in (*e.source, *e.target)}
    assert "wiki:Reuters" not in parties
    assert {r.country for r in events[0].source} == {"USA", "LBN"}  # a meeting: both on both sides


def test_the_place_of_the_dateline_is_no_actor(pipeline: Pipeline) -> None:
    text = (
        "SEOUL, Nov 5 (Reuters) - North Korea fired a short-range ballistic missile into the sea on Tuesday."
    )
    events = coded(pipeline, text)
    assert [(e.type, {r.country for r in e.source}) for e in events] == [("MOBILIZE", {"PRK"})]


def test_the_agency_of_the_dateline_is_an_entity_of_the_document(pipeline: Pipeline) -> None:
    # 【ソウル共同】: 共同 alone is no name the linker knows, yet the dateline names Kyodo News
    text = "【ソウル共同】韓国の尹錫悦大統領は3日夜、非常戒厳を宣言した。\n"
    analysis = pipeline.run(Document(id="t", text=text, published="2024-12-04", published_how="metadata"))
    kyodo = [m for m in analysis.mentions if m.entity_id == "wiki:Kyodo_News"]
    assert [(m.surface, text[m.span.start : m.span.end]) for m in kyodo] == [("共同", "共同")]
    assert "wiki:Kyodo_News" in {e.id for e in analysis.entities}
    parties = {r.id for e in analysis.events for r in (*e.source, *e.target)}
    assert "wiki:Kyodo_News" not in parties


def test_the_bare_parliament_of_a_report_filed_abroad_is_that_countrys(pipeline: Pipeline) -> None:
    text = "【ソウル共同】韓国の国会は4日未明、戒厳の解除を要求する決議案を可決した。\n"
    analysis = pipeline.run(Document(id="t", text=text, published="2024-12-04", published_how="metadata"))
    assert [m.entity_id for m in analysis.mentions if m.surface == "国会"] == [
        "wiki:National_Assembly_(South_Korea)"
    ]
    text = "岸田首相は国会で答弁した。\n"
    analysis = pipeline.run(Document(id="t", text=text, published="2024-12-04", published_how="metadata"))
    assert [m.entity_id for m in analysis.mentions if m.surface == "国会"] == ["wiki:National_Diet"]
