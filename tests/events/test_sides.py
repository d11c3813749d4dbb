"""An event never holds one actor on both sides; a measure over one's own country targets it."""

from __future__ import annotations

from newsgraph.events.sides import _two_sided
from newsgraph.model import ActorRef
from tests.events.annotate import code

YOON = ActorRef("wiki:Yoon_Suk_Yeol", "KOR", "GOV")
KOREA = ActorRef("wiki:South_Korea", "KOR", None)


def test_martial_law_targets_the_country_not_the_president() -> None:
    (ev,) = [e for e in code("ロシアのプーチン大統領は3日夜、非常戒厳を宣言した。") if e.type == "COERCE"]
    assert [r.id for r in ev.source] == ["wiki:Vladimir_Putin"]
    assert [r.id for r in ev.target] == ["wiki:Russia"]


def test_no_event_holds_the_same_actor_on_both_sides() -> None:
    assert _two_sided([YOON], [YOON]) == []
    assert _two_sided([YOON, KOREA], [KOREA, YOON]) == [KOREA, YOON]  # symmetric: every party on both
    for text in ("岸田首相は岸田首相と会談した。", "ロシアはロシアを攻撃した。"):
        for ev in code(text):
            assert {r.id for r in ev.source} != {r.id for r in ev.target} or len(ev.source) > 1, (text, ev)
