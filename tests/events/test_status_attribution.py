"""Factuality (status) and attribution cues, one hand-made sentence each."""

from __future__ import annotations

import pytest

from tests.events.annotate import code

STATUS = [
    ("北朝鮮はロシアに弾薬を供与した。", "AID", "asserted"),
    ("ロシア軍はウクライナ軍を攻撃している。", "ASSAULT", "ongoing"),
    ("ロシア軍はウクライナ軍への攻撃を続けている。", "ASSAULT", "ongoing"),
    ("岸田首相は来月、韓国を訪問する予定だ。", "CONSULT", "planned"),
    ("岸田首相が韓国を訪問する方針を固めた。", "CONSULT", "planned"),
    # a forecast, as the parsed chain reads it, not a schedule
    ("岸田首相は韓国を訪問する見通しだ。", "CONSULT", "expected"),
    ("岸田首相は来週、韓国を訪問する方向で調整しています。", "CONSULT", "planned"),
    ("米国を訪問している岸田首相は記者団に語った。", "CONSULT", "ongoing"),
    # a cue after a clause subordinated to a noun is the main clause's
    ("岸田首相が韓国を訪問した際の演習以来の規模とみられる。", "CONSULT", "asserted"),
    ("北朝鮮はロシアに弾薬を供与するとみられる。", "AID", "suspected"),
    ("北朝鮮はロシアに弾薬を供与した疑いがある。", "AID", "suspected"),
    ("北朝鮮がロシアに弾薬を供与か", "AID", "suspected"),
    ("北朝鮮はロシアへの弾薬の供与を強化することが予測される。", "AID", "expected"),
    ("おそらく、ロシアは北朝鮮と条約に署名する。", "AGREE", "expected"),
    ("北朝鮮がロシアに弾薬を供与する可能性がある。", "AID", "expected"),
    ("日本は北朝鮮に制裁を科さなければならない。", "SANCTION", "desired"),
    ("岸田首相、金正恩総書記との首脳会談に意欲", "CONSULT", "desired"),
    ("北朝鮮はロシアに弾薬を供与しなかった。", "AID", "negated"),
    ("岸田首相は韓国への訪問を断念した。", "CONSULT", "negated"),
    # a refusal told by the negation it is made of is made
    ("北朝鮮は米国の対話の呼びかけに応じなかった。", "REJECT", "asserted"),
    ("日本と北朝鮮は先月、モンゴルで接触していた。", "CONSULT", "asserted"),
    # a stance not given up keeps the act it holds
    ("北朝鮮は日本に制裁の解除を求める立場を崩さなかった。", "REQUEST", "asserted"),
    ("北朝鮮は日本に制裁の解除を要求する姿勢を変えていない。", "REQUEST", "asserted"),
    ("中国は日本を非難しています。", "ACCUSE", "asserted"),
    # an agreement announced is made
    ("ハマスは米国の和平案に同意すると発表した。", "AGREE", "asserted"),
    ("Russia will attack Ukraine.", "ASSAULT", "planned"),
    ("Russia probably attacked Ukraine.", "ASSAULT", "expected"),
    ("Russia allegedly attacked Ukraine.", "ASSAULT", "suspected"),
    ("Russia did not attack Ukraine.", "ASSAULT", "negated"),
    ("Japan must sanction Russia.", "SANCTION", "desired"),
    ("Russia is continuing to attack Ukraine.", "ASSAULT", "ongoing"),
    # the negation of what is asked is not the asking's
    ("Russia urged Ukraine not to attack its territory.", "REQUEST", "asserted"),
    # a verb coordinated after the trigger's is a predicate of its own
    ("China lodged a strong protest with Japan and called for a retraction.", "ACCUSE", "asserted"),
    # the verbs of a condition are not the act's
    ("Russia warned Ukraine of retaliation if attacks continue.", "THREATEN", "asserted"),
]


@pytest.mark.parametrize(("sentence", "type_", "status"), STATUS)
def test_status(sentence: str, type_: str, status: str) -> None:
    events = [e for e in code(sentence) if e.type == type_]
    assert events, f"no {type_} in {[(e.type, e.trigger) for e in code(sentence)]}"
    assert events[0].status == status


ATTRIBUTION = [
    ("共同通信によると、北朝鮮はロシアに弾薬を供与した。", "wiki:Kyodo_News"),
    ("読売新聞の衛星画像分析で、北朝鮮がロシアに弾薬を運搬した疑いが判明した。", "wiki:The_Yomiuri_Shimbun"),
    ("NHKは、北朝鮮がロシアに弾薬を供与したと報じた。", "wiki:NHK"),
    ("関係者によると、北朝鮮はロシアに弾薬を供与した。", "local:関係者"),
    ("According to Reuters, North Korea supplied weapons to Russia.", "wiki:Reuters"),
]


@pytest.mark.parametrize(("sentence", "source"), ATTRIBUTION)
def test_attribution(sentence: str, source: str) -> None:
    events = [e for e in code(sentence) if e.type == "AID"]
    assert events
    assert source in events[0].attribution
    # the outlet that reports is not an actor of the event it reports
    assert source not in {a.id for a in (*events[0].source, *events[0].target)}


def test_post_author_is_attribution_and_speaker() -> None:
    text = (
        "記事の本文です。\n北朝鮮の暴挙を止めなければならない。\n— 共同通信 (@kyodo_official) June 1, 2024\n"
    )
    events = code(text)
    accuse = [e for e in events if e.type == "ACCUSE"]
    assert accuse and accuse[0].attribution[0] == "wiki:Kyodo_News"
    assert {a.id for a in accuse[0].source} == {"wiki:Kyodo_News"}  # the author speaks
    assert accuse[0].date == "2024-06"  # dated by the post


def test_dates_from_the_sentence_else_the_anchor() -> None:
    ev = code("去年9月、金正恩総書記がロシアを訪問した。", times=[("去年9月", "2023-09")])
    assert ev[0].date == "2023-09"
    ev = code("金正恩総書記がロシアを訪問した。", published="2024-06-18")
    assert ev[0].date == "2024-06"


def test_carried_actors_have_lower_confidence() -> None:
    events = code("北朝鮮はロシアに弾薬を供与した。\n今後、軍事支援を一段と強化させることが予測される。")
    assert len(events) >= 1
    carried = [e for e in events if e.trigger == "軍事支援"]
    explicit = [e for e in events if "供与" in e.trigger]
    if carried:  # merged into the explicit event when compatible
        assert carried[0].confidence < explicit[0].confidence
    else:
        assert explicit[0].n_mentions == 2


def test_a_speaker_reporting_a_plan_is_the_attribution() -> None:
    events = code("日本政府は、岸田首相が来月 #韓国 を訪問すると明らかにした。")
    (ev,) = [e for e in events if e.type == "CONSULT"]
    assert (ev.status, ev.attribution) == ("planned", ("wiki:Government_of_Japan",))
    assert [a.id for a in ev.source] == ["wiki:Fumio_Kishida"]
