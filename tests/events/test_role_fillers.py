"""Who fills an event's roles on text nobody tuned to: a thing (a treaty, a ship) is never a party,
and the parties an act's structure gives win over words nested in its phrases (real model, real
knowledge base)."""

from __future__ import annotations

import pytest

from newsgraph.events.args import read_marker
from newsgraph.events.generic import default_generic
from newsgraph.model import Mention, Span
from newsgraph.pipeline import Pipeline
from tests.events.composed import coded, sides


def _parties(pipeline: Pipeline, text: str, type_: str) -> list[tuple[list[str], list[str]]]:
    return [
        ([r.id for r in e.source], [r.id for r in e.target]) for e in coded(pipeline, text) if e.type == type_
    ]


def test_a_treaty_a_relative_clause_modifies_is_not_its_source(pipeline: Pipeline) -> None:
    # the topic signs the treaty with Britain (both on both sides); the treaty the clause modifies
    # is what is signed
    text = "ポルトガルは1703年にイギリスと締結したメシュエン条約によって経済的に従属した。"
    both = ["wiki:Portugal", "wiki:United_Kingdom"]
    assert _parties(pipeline, text, "AGREE") == [(both, both)]


def test_a_ship_is_not_a_target(pipeline: Pipeline) -> None:
    text = "イランの報道官は、自国タンカーの即時解放を英国に要求した。"
    # the spokesperson speaks for Iran, and acts with it
    assert _parties(pipeline, text, "REQUEST") == [(["wiki:Iran", "local:報道官"], ["wiki:United_Kingdom"])]


def test_things_are_read_from_the_table() -> None:
    generic = default_generic()

    def local(surface: str, entity_id: str | None = None) -> Mention:
        return Mention(Span(0, len(surface)), surface, entity_id or f"local:{surface}", "ORG")

    assert generic.is_thing(local("メシュエン条約"))
    assert generic.is_thing(local("自国タンカー"))
    # a unit or a body is an actor, and a name the knowledge base links is never taken for a thing
    assert not generic.is_thing(local("ウラジオストク巡洋艦隊"))
    assert not generic.is_thing(local("日米安全保障条約", "wiki:Treaty_of_Mutual_Cooperation"))


def test_names_joined_by_to_past_a_title_are_one_subject(pipeline: Pipeline) -> None:
    # a title after the first name and a description before the second keep them one group:
    # both agree, each with the other
    text = "2021年4月にASEANと国軍トップのミン・アウン・フライン総司令官が合意した。"
    both = ["wiki:ASEAN", "wiki:Min_Aung_Hlaing"]
    [(source, target)] = _parties(pipeline, text, "AGREE")
    assert sorted(source) == both and sorted(target) == both
    [(source, target)] = _parties(pipeline, "日本代表と韓国代表が協議した。", "CONSULT")
    assert sorted(source) == sorted(target) == ["wiki:Japan", "wiki:South_Korea"]


def test_a_name_met_with_to_stays_the_target(pipeline: Pipeline) -> None:
    # a meeting lists both on both sides, the one who acts first
    text = "岸田首相は訪米し、バイデン大統領と会談した。"
    both = ["wiki:Fumio_Kishida", "wiki:Joe_Biden"]
    assert _parties(pipeline, text, "CONSULT")[-1] == (both, both)


def test_a_parliament_in_a_foreign_story_is_that_countrys(pipeline: Pipeline) -> None:
    # the only actors named are Korean: 国会 is Korea's parliament
    assert sides(pipeline, "韓国の尹大統領は国会を非難した。", "ACCUSE") == [({"KOR"}, {"KOR"})]
    # and the 国会 inside 国会議事堂 (a building) is no actor at all
    text = "戒厳司令部は国会の政治活動を禁じ、武装した韓国軍の兵士がソウル・汝矣島の国会議事堂に投入された。"
    for e in coded(pipeline, text):
        assert all(r.id != "wiki:National_Diet" for r in (*e.source, *e.target))


def test_a_group_that_stays_home_is_of_the_actor_before_it(pipeline: Pipeline) -> None:
    # a domestic act: the police and the citizens they arrest are of one country
    assert sides(pipeline, "ロシアの警察は市民を逮捕した。", "COERCE") == [({"RUS"}, {"RUS"})]
    assert sides(pipeline, "中国当局は民主派を拘束した。", "COERCE") == [({"CHN"}, {"CHN"})]
    # an army acts abroad: it tells nothing of whose civilians it strikes
    assert ({"RUS"}, {"RUS"}) not in sides(pipeline, "ロシア軍は市民を殺害した。", "ASSAULT")


def test_the_body_a_case_is_brought_before_is_no_target(pipeline: Pipeline) -> None:
    # the WTO hears the case; the side acted on is China
    assert _parties(pipeline, "日本政府は中国をWTOに提訴した。", "ACCUSE") == [
        (["wiki:Government_of_Japan"], ["wiki:China"])
    ]
    generic = default_generic()
    assert generic.is_forum("提訴し") and not generic.is_forum("非難")


def test_withdrawing_a_case_is_aimed_at_the_other_side(pipeline: Pipeline) -> None:
    # with the forum set aside, the act has no target named: the other side of the story
    text = (
        "日本政府は韓国に対する輸出規制を解除した。"
        "韓国政府は、世界貿易機関(WTO)への提訴を取り下げると表明した。"
    )
    assert sides(pipeline, text, "CONCEDE")[-1] == ({"KOR"}, {"JPN"})


def test_the_owner_of_a_passives_agent_acts(pipeline: Pipeline) -> None:
    # X の Y に …された: Y does it, for X
    assert _parties(pipeline, "米軍の偵察機が中国軍の戦闘機に撃墜された。", "ASSAULT") == [
        (["wiki:People's_Liberation_Army"], ["wiki:United_States_Armed_Forces"])
    ]
    assert sides(pipeline, "日本の漁船が中国海警局の船に拿捕された。", "COERCE") == [({"CHN"}, {"JPN"})]


def test_forces_sent_somewhere_are_not_sent_by_the_place(pipeline: Pipeline) -> None:
    # the に of 投入された is where the troops go (moves in types.yaml): Korea sends no one
    for source, _ in sides(pipeline, "北朝鮮軍の兵士が韓国の国境地帯に投入された。", "MOBILIZE"):
        assert "KOR" not in source


def test_what_someone_is_taken_as_is_no_party() -> None:
    # 「…」として: the label is read as its own marker, which gives no role
    sentence = "「反革命分子」として処刑された。"
    assert read_marker(sentence, sentence.index("」"), [])[0] == "として"


def test_a_reaction_after_a_contrast_answers_the_first_topic(pipeline: Pipeline) -> None:
    # X は…と主張したが、Y は否定: Y rejects what X said
    text = "米国はイランが関与したと主張したが、イランは否定している。"
    assert sides(pipeline, text, "REJECT") == [({"IRN"}, {"USA"})]
    assert sides(pipeline, "日本は支援を表明したが、ロシアは非難した。", "ACCUSE") == [({"RUS"}, {"JPN"})]


def test_a_long_title_between_a_country_and_a_name_gives_the_country(pipeline: Pipeline) -> None:
    # two offices joined by 兼 (13 kanji) still stand between the country and the person
    text = "合衆国艦隊司令長官兼海軍作戦部長アーネスト・キング大将は日本を非難した。"
    assert sides(pipeline, text, "ACCUSE") == [({"USA"}, {"JPN"})]


def test_a_clause_has_one_ga_subject(pipeline: Pipeline) -> None:
    # the parse hangs 清国政府が on 撤兵; it is the subject of 支払う inside the subordinate phrase
    text = "清国政府が賠償金を支払うことと引き換えに、日本軍が撤兵した。"
    assert [source for source, _ in sides(pipeline, text, "RETREAT")] == [{"JPN"}]


def test_an_office_glued_to_a_name_is_its_title(pipeline: Pipeline) -> None:
    # 首相 alone is the home country's prime minister; 首相チョラク is Chorak, not him
    alone = _parties(pipeline, "首相はロシアを非難した。", "ACCUSE")
    assert alone == [(["wiki:Fumio_Kishida"], ["wiki:Russia"])]
    for e in coded(pipeline, "首相チョラクはロシアを非難した。"):
        assert all(r.id != "wiki:Fumio_Kishida" for r in (*e.source, *e.target))
    text = "ホーネッカーは西ドイツを訪問、首相ヘルムート・コールとボンで会談した。"
    for e in coded(pipeline, text):
        assert all(r.id != "wiki:Fumio_Kishida" and r.country != "JPN" for r in (*e.source, *e.target))


def test_a_name_before_a_time_noun_is_a_time() -> None:
    # 小泉純一郎首相在任中は: when something happened, not who did it
    sentence = "小泉純一郎首相在任中は、中国の最高指導者の日本訪問はなかった。"
    assert read_marker(sentence, sentence.index("首相"), [])[0] == "time"
    sentence = "岸田首相は韓国と合意した。"
    assert read_marker(sentence, sentence.index("首相"), [])[0] == "は"


def test_the_noun_phrase_a_passive_relative_clause_modifies_is_the_target(pipeline: Pipeline) -> None:
    # the whole phrase after the clause names whose town or village was hit, also where the parse
    # hangs the clause on the phrase's modifier (レバノン) rather than its head (村)
    text = "ロシア軍に占領されたウクライナ南部の町で住民が抗議した。"
    assert _parties(pipeline, text, "ASSAULT") == [(["wiki:Russian_Armed_Forces"], ["wiki:Ukraine"])]
    text = "イスラエル軍に攻撃されたレバノンの村では多数の死者が出た。"
    assert _parties(pipeline, text, "ASSAULT") == [(["wiki:Israel_Defense_Forces"], ["wiki:Lebanon"])]


def test_a_foreign_name_after_a_title_is_a_person_of_the_country_before(pipeline: Pipeline) -> None:
    # GiNZA types ハサン・ロウハーニー as a disaster; after 大統領 it is a person, of Iran
    text = "イランの大統領ハサン・ロウハーニーは日本を訪問した。"
    [event] = [e for e in coded(pipeline, text) if e.type == "CONSULT"]
    assert [(r.id, r.country) for r in event.source] == [("local:ハサン・ロウハーニー", "IRN")]
    assert [r.id for r in event.target] == ["wiki:Japan"]


def test_the_head_of_a_phrase_before_a_visit_is_the_visitor(pipeline: Pipeline) -> None:
    # 英国首相の: the phrase ends in a person, who visits; the country before the title is no place
    # visited
    [(source, target)] = _parties(pipeline, "英国首相の日本訪問は5年ぶりとなる。", "CONSULT")
    assert "wiki:United_Kingdom" in source and target == ["wiki:Japan"]


def test_the_owner_of_a_subject_named_by_a_common_noun_acts(pipeline: Pipeline) -> None:
    # 船4隻 names no one: its owner acts; a name (プーチン大統領) or an act (ASEANの対応) keeps its own
    text = "防衛省によると、中国海警局の船4隻が尖閣諸島周辺の領海に侵入した。"
    assert _parties(pipeline, text, "ASSAULT") == [(["wiki:China_Coast_Guard"], ["wiki:Senkaku_Islands"])]
    # only the nearest owner: the carmaker's chief is no United States
    assert _parties(pipeline, "米国の自動車会社の社長は業績不振で辞任した。", "RETREAT") == []


def test_a_speech_act_addresses_whom_the_clause_before_it_acts_on(pipeline: Pipeline) -> None:
    text = "ロシア外務省は日本の大使を呼び出し、抗議した。"
    ministry = "wiki:Ministry_of_Foreign_Affairs_(Russia)"
    assert _parties(pipeline, text, "ACCUSE") == [([ministry], ["wiki:Japan"])]
    # a clause with a subject of its own addresses no one the other clause named
    text = "米国は北朝鮮への制裁強化を求めているが、中国とロシアが反対している。"
    assert all("wiki:North_Korea" not in target for _, target in _parties(pipeline, text, "REJECT"))


def test_names_joined_by_to_before_a_topic_are_one_subject(pipeline: Pipeline) -> None:
    # GiNZA hangs 米国と on 英国 as a modifier; both strike
    [(source, target)] = _parties(pipeline, "米国と英国はイエメンのフーシ派の拠点を空爆した。", "ASSAULT")
    assert source == ["wiki:United_States", "wiki:United_Kingdom"] and target == ["wiki:Houthis"]


def test_the_parties_between_whom_a_clash_happens_act_on_each_other(pipeline: Pipeline) -> None:
    [(source, target)] = _parties(pipeline, "インドとパキスタンの間で武力衝突が起きた。", "ASSAULT")
    assert source == target == ["wiki:India", "wiki:Pakistan"]


def test_a_person_named_with_no_country_is_of_the_sentences_one_country(pipeline: Pipeline) -> None:
    # neither name is in the knowledge base; the one country the sentence names is theirs
    [event] = [e for e in coded(pipeline, "韓国の国会で曺奉岩氏が朴憲永氏を非難した。") if e.type == "ACCUSE"]
    assert [r.country for r in event.source] == ["KOR"] and [r.country for r in event.target] == ["KOR"]


def test_a_bare_act_set_up_as_the_topic_is_the_act_told_before(pipeline: Pipeline) -> None:
    text = "イスラエルとハマスの停戦合意が19日発効した。合意は15日、カタールの首相が発表していた。"
    agreements = [e for e in coded(pipeline, text) if e.type == "AGREE"]
    assert len(agreements) == 2
    first, again = agreements
    assert {r.country for r in again.source} == {r.country for r in first.source} == {"ISR", "PSE"}
    assert {r.country for r in again.target} == {"ISR", "PSE"}


@pytest.mark.parametrize(
    ("text", "type_", "parties"),
    [
        # an adjective between a phrase and the act it reaches does not cut it off
        (
            "EUはイランに対する新たな制裁を科すことを決めた。",
            "SANCTION",
            (["wiki:European_Union"], ["wiki:Iran"]),
        ),
        # 課す carries 追加関税, not 輸入品; the goods' origin is the target
        (
            "米国は中国からの輸入品に10%の追加関税を課した。",
            "SANCTION",
            (["wiki:United_States"], ["wiki:China"]),
        ),
        # 批判を浴びた: a noun act received has its giver as source
        ("岸田首相は中国から強い批判を浴びた。", "ACCUSE", (["wiki:China"], ["wiki:Fumio_Kishida"])),
        # 米国の台湾への武器売却: a phrase reaching the same act does not cut its owner off
        (
            "中国は米国の台湾への武器売却に対抗措置を取ると表明した。",
            "AID",
            (["wiki:United_States"], ["wiki:Taiwan"]),
        ),
    ],
)
def test_phrases_around_an_act_keep_its_parties(
    pipeline: Pipeline, text: str, type_: str, parties: tuple[list[str], list[str]]
) -> None:
    assert _parties(pipeline, text, type_) == [parties]
