"""A noun act's own parties: the names glued before it (米韓合同演習), not the subject of the verb the
noun is an argument of (real model, real knowledge base)."""

from __future__ import annotations

from newsgraph.pipeline import Pipeline
from tests.events.composed import sides


def test_a_noun_act_keeps_the_names_glued_before_it(pipeline: Pipeline) -> None:
    # 米韓合同演習: the drills are the allies' (their military cooperation); North Korea is the
    # subject of the warning only
    text = "北朝鮮が米韓合同演習に対して「強力な対応をとる」と警告した。"
    assert sides(pipeline, text, "COOPERATE") == [({"USA", "KOR"}, {"USA", "KOR"})]
    assert sides(pipeline, text, "THREATEN") == [({"PRK"}, {"USA", "KOR"})]


def test_the_agent_of_a_noun_act_is_its_source(pipeline: Pipeline) -> None:
    # 北朝鮮による…発射: North Korea launches; the government only meets over it
    text = "政府は19日、北朝鮮による弾道ミサイル発射を受けて国家安全保障会議を開いた。"
    assert sides(pipeline, text, "MOBILIZE") == [({"PRK"}, set())]


def test_an_agent_with_niyoru_belongs_to_the_noun_it_modifies(pipeline: Pipeline) -> None:
    # 英国による拿捕は…と非難: Britain seized the tanker; Iran's spokesman is the one accusing
    text = "イラン外務省の報道官は、英国によるタンカー拿捕は「海賊行為」だと非難した。"
    assert sides(pipeline, text, "ACCUSE") == [({"IRN"}, {"GBR"})]
    # ハマスによるイスラエルへの奇襲攻撃: adnominal phrases inside do not cut the agent off its act
    text = "2023年10月のハマスによるイスラエルへの奇襲攻撃をきっかけに戦闘が始まった。"
    assert ({"PSE"}, {"ISR"}) in sides(pipeline, text, "ASSAULT")


def test_a_name_before_a_word_of_nearness_is_a_place_not_a_party(pipeline: Pipeline) -> None:
    # 台湾周辺の演習: drills near Taiwan are not Taiwan's
    assert sides(pipeline, "台湾周辺の演習が続いている。", "MOBILIZE") == []
    assert sides(pipeline, "中国軍による台湾周辺の演習が続いている。", "MOBILIZE") == [({"CHN"}, set())]


def test_an_act_set_up_as_the_topic_is_one_already_known(pipeline: Pipeline) -> None:
    # 日本側は、輸入停止は…として、撤廃を求めた: Japan asks; it imposes no ban of its own
    text = "日本側は、輸入停止は科学的根拠に基づかないとして、中国に即時撤廃を求めた。"
    assert sides(pipeline, text, "SANCTION") == []
    assert sides(pipeline, text, "REQUEST") == [({"JPN"}, {"CHN"})]


def test_a_clause_with_a_subject_of_its_own_carries_no_actor_over(pipeline: Pipeline) -> None:
    # 武装した男らが…襲撃した: not Russia, the actor of the sentence before
    text = "ロシア軍は8日、ウクライナ東部を砲撃した。同じ日、武装した男らがキーウ市内の検問所を襲撃した。"
    assert sides(pipeline, text, "ASSAULT") == [({"RUS"}, {"UKR"})]


def test_an_act_the_talks_are_about_is_no_event(pipeline: Pipeline) -> None:
    # 制裁解除に関する協議: the talks are the event; the lifting has not happened
    for text in (
        "米国とイランは、制裁解除に関する協議を再開した。",
        "イスラエルとハマスは停戦に向けた交渉を続けている。",
    ):
        assert sides(pipeline, text, "CONCEDE") == sides(pipeline, text, "RETREAT") == []
        assert len(sides(pipeline, text, "CONSULT")) == 1


def test_a_joint_exercise_of_two_countries_is_their_cooperation(pipeline: Pipeline) -> None:
    # PLOVER codes joint military exercises as COOPERATE (military); one country's drill, even one
    # its own branches hold together, is MOBILIZE
    assert sides(pipeline, "日本とフィリピンは南シナ海で共同訓練を行った。", "COOPERATE") == [
        ({"JPN", "PHL"}, {"JPN", "PHL"})
    ]
    text = "South Korea and the United States held joint military exercises near the border."
    assert sides(pipeline, text, "COOPERATE") == [({"KOR", "USA"}, {"KOR", "USA"})]
    assert sides(pipeline, "中国軍は台湾周辺で陸海空軍の合同演習を始めた。", "MOBILIZE")
    assert not sides(pipeline, "中国軍は台湾周辺で陸海空軍の合同演習を始めた。", "COOPERATE")


def test_by_way_of_a_mediation_its_owners_mediate(pipeline: Pipeline) -> None:
    # イスラエルとハマスの仲介: between them; エジプトとカタールの仲介で: by them, not at them
    text = "米国はイスラエルとハマスの仲介に乗り出した。"
    assert sides(pipeline, text, "CONSULT") == [({"USA"}, {"ISR", "PSE"})]
    text = (
        "イスラエル軍はガザ地区で空爆を続けた。エジプトとカタールの仲介で、双方は停戦協議を再開する見通しだ。"
    )
    assert all(source != {"ISR"} for source, _ in sides(pipeline, text, "CONSULT"))


def test_both_countries_after_a_mediation_are_the_two_it_was_between(pipeline: Pipeline) -> None:
    text = (
        "トルコのエルドアン大統領はロシアとウクライナの代表団による直接協議を仲介した。"
        "両国は捕虜1000人ずつを交換することで合意した。"
    )
    assert sides(pipeline, text, "AGREE") == [({"RUS", "UKR"}, {"RUS", "UKR"})]
