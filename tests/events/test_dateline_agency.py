"""The news agency of a dateline files the report and is no party of the events it reports (real
model, real knowledge base)."""

from __future__ import annotations

from newsgraph.pipeline import Pipeline
from tests.events.composed import coded


def test_the_agency_of_the_dateline_is_no_actor(pipeline: Pipeline) -> None:
    text = "BEIRUT, Nov 19 (Reuters) - U.S. envoy Amos Hochstein met Lebanese Prime Minister Najib Mikati."
    events = coded(pipeline, text)
    assert [e.type for e in events] == ["CONSULT"]
    parties = {r.id for e in events for r in (*e.source, *e.target)}
    assert "wiki:Reuters" not in parties
    assert {r.country for r in events[0].source} == {"USA"}
