"""A negated られる that keeps its object is potential, not passive (real model); 死傷者を出す codes
the fighting it reports."""

from __future__ import annotations

import pytest

from newsgraph import nlp
from newsgraph.events.clauses_ja import clauses
from newsgraph.model import Clause, Document
from newsgraph.pipeline import Pipeline


def clause(text: str, lemma: str) -> Clause:
    (found,) = nlp.read_docs([text], clauses)
    return next(c for c in found if c.lemma == lemma)


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        ("北朝鮮は米国の要求を受け入れられないと反発した。", "受け入れる"),
        ("ロシア政府は、日本の提案には応じられないとの立場を示した。", "応ずる"),
    ],
)
def test_a_negated_potential_is_active(text: str, lemma: str) -> None:
    c = clause(text, lemma)
    assert c.voice == "active" and c.negated
    assert not c.args("agent")


def test_a_passive_with_its_agent_stays_passive() -> None:
    c = clause("日本の漁船は中国海警局に拿捕されなかった。", "拿捕")
    assert c.voice == "passive" and [a.text for a in c.args("agent")] == ["中国海警局"]


def test_a_refusal_in_the_potential_has_the_refuser_as_source() -> None:
    text = "ロシア政府は、日本の提案には応じられないとの立場を示した。"
    doc = Document(id="t", text=text, published="2024-06-18", published_how="metadata")
    events = [e for e in Pipeline().run(doc).events if e.type == "REJECT"]
    assert [r.country for e in events for r in e.source] == ["RUS"]
    assert [r.country for e in events for r in e.target] == ["JPN"]


def test_casualties_report_the_fighting() -> None:
    text = "北朝鮮兵はクルスク州でウクライナ軍との戦闘に加わり、多数の死傷者を出した。"
    doc = Document(id="t", text=text, published="2024-06-18", published_how="metadata")
    triggers = {e.trigger for e in Pipeline().run(doc).events if e.type == "ASSAULT"}
    assert "死傷者を出" in triggers
