"""A lexicon match is an event predicate only where GiNZA's parse makes it one (real model, real
knowledge base): the predicate of a clause, the noun a light verb carries or the whole head of an
argument; not the first part of a longer noun nor the modifier of another noun."""

from __future__ import annotations

import pytest

from newsgraph.pipeline import Pipeline
from tests.events.composed import event_types as types


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        # the modifier of another noun: a forum for talks, the signs of a withdrawal, a protest's leader
        ("日本と米国は、防衛装備品に関する協議の場を新設することで合意した。", "CONSULT", "AGREE"),
        ("米国政府は、ロシアとの交渉の窓口を閉ざした。", "CONSULT", None),
        ("ウクライナ軍は、ロシア軍の撤退の兆候は見られないと指摘した。", "RETREAT", None),
        ("中国政府は、台湾での抗議デモの指導者を批判した。", "PROTEST", None),
        # the first part of a longer noun: compensation money, a deployed unit
        ("韓国政府は、日本企業に賠償金の支払いを求めた。", "CONCEDE", "REQUEST"),
        ("北朝鮮は、ロシアへの派兵部隊の規模を明らかにしていない。", "MOBILIZE", None),
    ],
)
def test_a_noun_that_modifies_another_is_no_event(
    pipeline: Pipeline, text: str, absent: str, present: str | None
) -> None:
    found = types(pipeline, text)
    assert absent not in found
    if present:
        assert present in found


@pytest.mark.parametrize(
    ("text", "present"),
    [
        (
            "岸田首相は、習近平国家主席との首脳会談の早期実現を目指す考えを示した。",
            "CONSULT",
        ),  # it is to take place
        ("岸田首相はバイデン大統領との会談後、記者団の取材に応じた。", "CONSULT"),  # its time
        ("日本政府はウクライナへの支持を表明した。", "SUPPORT"),  # carried by a light verb
        ("ロシア軍はウクライナ東部の都市を砲撃した。", "ASSAULT"),  # a predicate
        # talks held before a reaction are done, not the act the reaction names
        ("米韓両政府は電話協議を行い、北朝鮮を非難した。", "CONSULT"),
    ],
)
def test_predicates_arguments_and_event_times_still_code(pipeline: Pipeline, text: str, present: str) -> None:
    assert present in types(pipeline, text)
