"""An English act named as the topic of talk (talks on a ceasefire, negotiations on a pullback) is
what the parties discuss, not an act done (real model, real knowledge base)."""

from __future__ import annotations

from newsgraph.pipeline import Pipeline
from tests.events.composed import coded


def test_an_act_talked_about_is_no_event(pipeline: Pipeline) -> None:
    text = "U.S. envoy Amos Hochstein met Lebanese Parliament Speaker Nabih Berri for talks on a ceasefire."
    assert [e.type for e in coded(pipeline, text)] == ["CONSULT"]
    text = "Israel and Lebanon renewed negotiations today on an Israeli troop pullback from Lebanon."
    assert "RETREAT" not in [e.type for e in coded(pipeline, text)]


def test_an_act_done_stays(pipeline: Pipeline) -> None:
    text = "Israel announced a troop pullback from Lebanon on Monday."
    assert "RETREAT" in [e.type for e in coded(pipeline, text)]
