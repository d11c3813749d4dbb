"""Everyday senses of trigger words code no event; their geopolitical senses still do (real model,
real knowledge base). The classes come from reading the lexicon's hits on unlabelled Wikipedia
sentences (bench/lexicon_hits.py): business and sport senses, words inside longer words, titles."""

from __future__ import annotations

import pytest

from newsgraph.events.lexicon import default_lexicon
from newsgraph.events.triggers import find_triggers
from newsgraph.pipeline import Pipeline
from tests.events.composed import event_types as types


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("ソニーは中国の家電市場から撤退すると発表した。", "RETREAT"),  # a company leaves a market
        ("韓国代表の主将は故障離脱した。", "RETREAT"),  # a player out injured
        ("中国は潜水艦発射型の弾道ミサイルを保有している。", "MOBILIZE"),  # a kind of missile
        ("日本では大正デモクラシーの時代に政党政治が広がった。", "PROTEST"),  # デモ inside a loanword
        ("ロシアの宇宙当局は月探査機を打ち上げた。", "MOBILIZE"),  # a probe, not a missile
        ("韓国の現代自動車は日本のラリー選手権に参戦した。", "ASSAULT"),  # a race, not a war
        ("韓国の企業は米国で店舗を展開している。", "MOBILIZE"),  # shops, not troops
        ("米国とウクライナの首脳はロシアとの対話を巡り、口論を展開。", "MOBILIZE"),  # the bare noun too
        ("米中央情報局は冷戦期の文書を機密解除した。", "CONCEDE"),  # secrecy lifted, not a sanction
        ("岸田首相は米国で日本人の留学生に出会った。", "CONSULT"),  # a chance meeting
        ("イラクは国連の査察に協力的ではなかった。", "COOPERATE"),  # a quality, not an act
        ("岸田首相は会見で、ロシアとの関係について説明した。", "CONSULT"),  # a press conference
        ("金正恩総書記は平壌の軍需工場を視察した。", "CONSULT"),  # an inspection at home, no visit
        ("韓国政府は開城工業団地の操業を停止した。", "RETREAT"),  # Kaesong, not a surrender
        ("自民党の候補は出陣式で支持を訴えた。", "MOBILIZE"),  # an election campaign's start
        ("韓国の現代自動車は日本の市場で首位を奪還した。", "ASSAULT"),  # a ranking regained
        ("米国の自動車会社の社長は業績不振で辞任した。", "RETREAT"),  # a company post
        ("北朝鮮の武装闘争を描いた映画が公開された。", "PROTEST"),  # armed struggle is no protest
        ("首相はハマスが停戦合意を破ったとして、反撃を命じた。", "AGREE"),  # an agreement broken
    ],
)
def test_everyday_senses_code_no_event(pipeline: Pipeline, text: str, absent: str) -> None:
    assert absent not in types(pipeline, text)


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("ロシア軍はウクライナ国境付近に部隊を展開した。", "MOBILIZE"),
        ("北朝鮮は軍事偵察衛星を打ち上げた。", "MOBILIZE"),
        ("ロシア軍はウクライナ東部から撤退した。", "RETREAT"),
        ("北朝鮮はロシア側でウクライナとの戦争に参戦した。", "ASSAULT"),
        ("韓国では日本に対する抗議デモが行われた。", "PROTEST"),
        ("日本は韓国への輸出規制を解除した。", "CONCEDE"),
    ],
)
def test_geopolitical_senses_still_code(pipeline: Pipeline, text: str, present: str) -> None:
    assert present in types(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "岸田内閣の支持率は下落し、自民党の支持基盤も揺らいでいる。",  # a share and a base
        "北朝鮮は兵員の供給源となった。",  # a source of supply
        "韓国は日本の協力的な姿勢を評価した。",  # a quality
    ],
)
def test_a_trigger_inside_a_noun_of_quality_or_share_is_no_trigger(text: str) -> None:
    found, _, _ = find_triggers(default_lexicon(), text, [], 0)
    assert [t.surface for t in found if t.trigger.type in ("SUPPORT", "AID", "COOPERATE")] == []
