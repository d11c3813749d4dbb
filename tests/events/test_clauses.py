"""Japanese clauses from GiNZA's parse (real model), and what the event coder reads from them."""

from __future__ import annotations

import pytest

from newsgraph import nlp
from newsgraph.events import clausal
from newsgraph.events.clauses_ja import clauses
from newsgraph.model import Clause, Span
from newsgraph.pipeline import Pipeline
from tests.events.composed import sides


def parse(text: str) -> list[Clause]:
    (found,) = nlp.read_docs([text], clauses)
    return found


def by_lemma(found: list[Clause], lemma: str) -> Clause:
    return next(c for c in found if c.lemma == lemma)


def words(text: str, c: Clause, *relations: str) -> list[str]:
    return [text[a.head.start : a.head.end] for a in c.args(*relations)]


def test_a_light_verb_hands_its_place_to_the_noun() -> None:
    text = "日本政府はウクライナへの支持を表明した。"
    c = by_lemma(parse(text), "支持")
    assert c.light == "表明" and c.tense == "past"
    assert words(text, c, "topic") == ["日本政府"]


def test_a_verb_of_planning_carries_the_act_it_plans() -> None:
    # 演習を計画していると: the exercise is the clause, the plan its modality
    text = "国防省は、海軍が来月に大規模演習を計画していると発表した。"
    c = by_lemma(parse(text), "大規模演習")
    assert c.light == "計画" and "計画" in c.chain
    assert words(text, c, "subject") == ["海軍"]


def test_a_subject_before_a_clause_closed_as_a_noun_is_that_clauses() -> None:
    # the parse hangs 護衛艦が on 反発; the destroyer passed, the ministry reacted
    text = "中国国防省は海上自衛隊の護衛艦が今月台湾海峡を通過したことに反発した。"
    found = parse(text)
    assert words(text, by_lemma(found, "通過"), "subject") == ["護衛艦"]
    assert words(text, by_lemma(found, "反発"), "subject", "topic") == ["中国国防省"]


def test_a_subject_hung_on_an_adverb_is_the_next_predicates() -> None:
    # 船3隻が|前日、: the parse hangs the subject on 前日, not on 侵入
    text = (
        "林官房長官は18日の記者会見で、ロシア海軍の艦艇3隻が前日、北海道周辺の領海に一時侵入した"
        "事案について抗議したと述べた。"
    )
    c = by_lemma(parse(text), "侵入")
    assert [text[a.span.start : a.span.end] for a in c.args("subject")] == ["ロシア海軍の艦艇3隻が"]


def test_voice_negation_and_modality_sit_on_the_predicate() -> None:
    found = parse("北朝鮮は韓国の提案を拒否しなかった。")
    assert by_lemma(found, "拒否").negated
    planned = by_lemma(parse("岸田首相は来月、韓国を訪問する予定だ。"), "訪問")
    assert "予定" in planned.chain
    assert clausal.status(planned, ("negated", "desired", "suspected", "expected", "planned", "ongoing")) == (
        "planned"
    )
    text = "漁船は中国海警局によって拿捕された。"
    seized = by_lemma(parse(text), "拿捕")
    assert seized.voice == "passive" and words(text, seized, "agent") == ["中国海警局"]


def test_a_quoted_clause_is_a_report_of_the_verb_of_saying() -> None:
    text = "ロシア外務省は、日本が制裁を強化したと非難した。"
    found = parse(text)
    inner, outer = by_lemma(found, "強化"), by_lemma(found, "非難")
    assert [(x.kind, found[x.other].lemma) for x in inner.links] == [("report", "非難")]
    assert words(text, inner, "subject") == ["日本"] and words(text, outer, "topic") == ["ロシア外務省"]


def test_coordinated_clauses_share_the_subject_and_times_stay_on_their_clause() -> None:
    text = "韓国政府も20日、条約を強く非難し、撤回を求めた。"
    found = parse(text)
    accuse, ask = by_lemma(found, "非難"), by_lemma(found, "求める")
    assert [(x.kind, found[x.other].lemma) for x in accuse.links] == [("coordination", "求める")]
    assert [text[t.start : t.end] for t in accuse.times] == ["20日"]
    k = found.index(ask)
    actors = [Span(0, 4)]  # 韓国政府
    assert clausal.roles(k, found, "transitive", actors) == ([0], [])


@pytest.mark.parametrize("offset", [0, 100])
def test_offsets_move_with_the_sentence(offset: int) -> None:
    text = "米軍はシリアで空爆を行った。"
    (found,) = nlp.read_docs([text], lambda doc, o: clauses(doc, o + offset))
    c = by_lemma(found, "空爆")
    assert c.light == "行う"
    assert [text[p.start - offset : p.end - offset] for p in c.places] == ["シリア"]


def test_a_clause_named_with_koto_is_the_report_of_a_light_verb_of_saying() -> None:
    text = "岸田首相は、ロシア側に強く抗議したことを明らかにした。"
    found = parse(text)
    protest = by_lemma(found, "抗議")
    assert [(x.kind, found[x.other].lemma) for x in protest.links] == [("report", "明らか")]
    # the speaker of a report with no subject of its own is its subject
    k = found.index(protest)
    assert clausal.roles(k, found, "transitive", [Span(0, 4), Span(6, 10)]) == ([0], [1])


def test_the_speaker_of_a_report_is_its_attribution() -> None:
    from newsgraph.model import Document
    from newsgraph.pipeline import Pipeline

    text = "米国務省は、中国軍が台湾を攻撃したと発表した。"
    analysis = Pipeline().run(Document(id="r", text=text, published="2024-06-01"))
    (ev,) = [e for e in analysis.events if e.type == "ASSAULT"]
    assert {r.country for r in ev.source} == {"CHN"} and {r.country for r in ev.target} == {"TWN"}
    assert any("State" in a for a in ev.attribution), ev.attribution


def test_an_adverbial_verb_hands_its_arguments_to_the_verb_it_modifies() -> None:
    text = (
        "中国が公表した新たな「標準地図」に対し、フィリピンやマレーシアなどが相次いで抗議しており、"
        "会議でも議論となる見通しだ。"
    )
    found = parse(text)
    assert not any(c.lemma in ("次ぐ", "相次ぐ") for c in found)
    protest = by_lemma(found, "抗議")
    assert "マレーシア" in words(text, protest, "subject") and words(text, protest, "dative") == [
        "「標準地図"
    ]
    # the forecast after the comma is the next clause's, not the protest's
    assert "見通し" not in protest.chain
    # the map protested against was made by China: a reaction to it is aimed at China
    k = found.index(protest)
    actors = [Span(text.index("中国"), text.index("中国") + 2)]
    assert clausal.makers(k, found, actors) == [0]


def test_a_sentence_handed_down_is_the_clause_of_the_verdict_and_counted_people_are_its_patients() -> None:
    text = "香港の裁判所は19日、民主派の元議員ら14人に国家安全維持法違反の罪で有罪判決を言い渡した。"
    verdict = by_lemma(parse(text), "有罪判決")
    assert verdict.light == "言い渡す"
    # 元議員ら14人: a number after the noun that names who, not a bare quantity
    assert words(text, verdict, "dative") == ["元議員ら14人"]
    assert "14" not in [text[q.start : q.end] for q in verdict.quantities]


def test_a_subject_hung_on_a_verb_of_saying_goes_to_the_clause_it_reports() -> None:
    # 幹部は…、X軍が…侵入を行ったと非難した, parsed with X軍が on 非難: the intrusion is X's
    from newsgraph.events.clauses_ja import _into_reported
    from newsgraph.model import Argument, ClauseLink

    topic = Argument("topic", Span(0, 5), Span(0, 3), "は", "幹部")
    subject = Argument("subject", Span(10, 15), Span(10, 13), "が", "X軍")
    obj = Argument("object", Span(16, 20), Span(16, 18), "を", "侵入")
    said = [
        Clause(Span(6, 8), "開く", arguments=(topic,), links=(ClauseLink("coordination", 2),)),
        Clause(Span(21, 23), "侵入", light="行う", arguments=(obj,), links=(ClauseLink("report", 2),)),
        Clause(Span(26, 28), "非難", arguments=(subject,)),
    ]
    moved = _into_reported(said)
    assert list(moved[1].args("subject")) == [subject]
    assert not moved[2].args("subject")


def test_a_subject_of_the_verb_of_saying_itself_stays() -> None:
    # X軍が、…と非難した with the report naming a subject of its own: each keeps its own
    from newsgraph.events.clauses_ja import _into_reported
    from newsgraph.model import Argument, ClauseLink

    speaker = Argument("subject", Span(0, 4), Span(0, 2), "が", "X軍")
    doer = Argument("subject", Span(6, 10), Span(6, 8), "が", "Y軍")
    said = [
        Clause(Span(12, 14), "攻撃", arguments=(doer,), links=(ClauseLink("report", 1),)),
        Clause(Span(17, 19), "非難", arguments=(speaker,)),
    ]
    assert _into_reported(said) == said


def test_a_topic_hung_on_a_clause_with_a_subject_goes_up_to_the_main_predicate() -> None:
    # X省は、Y国が…敷設し兵士が負傷したとして、謝罪を要求したと明らかにした, parsed with X省は on 負傷:
    # the ministry demanded and said so, the soldier was hurt
    from newsgraph.events.clauses_ja import _topics_up
    from newsgraph.model import Argument, ClauseLink

    topic = Argument("topic", Span(0, 4), Span(0, 3), "は", "X省")
    soldier = Argument("subject", Span(14, 18), Span(14, 16), "が", "兵士")
    demand = Argument("object", Span(26, 29), Span(26, 28), "を", "謝罪")
    read = [
        Clause(Span(18, 20), "負傷", arguments=(topic, soldier), links=(ClauseLink("subordination", 1),)),
        Clause(Span(21, 23), "する", links=(ClauseLink("coordination", 2),)),
        Clause(Span(29, 31), "要求", arguments=(demand,), links=(ClauseLink("report", 3),)),
        Clause(Span(33, 36), "明らか", light="する"),
    ]
    moved = _topics_up(read)
    assert list(moved[0].args("subject", "topic")) == [soldier]
    assert list(moved[3].args("topic")) == [topic]


def test_a_topic_of_a_clause_that_leads_to_a_subject_of_its_own_stays() -> None:
    # X省は兵士が負傷したと発表し、Y国が…と述べた: the next clause names its own subject, so no move
    from newsgraph.events.clauses_ja import _topics_up
    from newsgraph.model import Argument, ClauseLink

    topic = Argument("topic", Span(0, 4), Span(0, 3), "は", "X省")
    soldier = Argument("subject", Span(4, 7), Span(4, 6), "が", "兵士")
    other = Argument("subject", Span(12, 15), Span(12, 14), "が", "Y国")
    read = [
        Clause(Span(7, 9), "負傷", arguments=(topic, soldier), links=(ClauseLink("report", 1),)),
        Clause(Span(16, 18), "述べる", arguments=(other,)),
    ]
    assert _topics_up(read) == read


def test_a_clause_on_ippou_is_coordinated_with_the_next() -> None:
    # …解放する一方、…釈放する: two acts side by side, not a description of 一方
    found = parse("ハマスが人質を解放する一方、イスラエルもパレスチナ人を釈放することで合意した。")
    release = by_lemma(found, "解放")
    assert [x.kind for x in release.links] == ["coordination"]


def test_to_tomo_ni_joins_and_quotes_nothing() -> None:
    # 抗議するとともに…求めた: the protest is no report of the request
    found = parse("日本政府は中国に抗議するとともに再発防止を求めた。")
    protest = by_lemma(found, "抗議")
    assert [x.kind for x in protest.links] != ["report"]


def test_a_subject_hung_on_where_someone_is_goes_to_the_verb_of_the_noun() -> None:
    # 外相がソウルにいる日本大使を呼び出し: the minister summons; the ambassador is in Seoul
    text = "そのうえで韓国政府は、朴外相がソウルにいる日本大使を呼び出し、抗議したと発表した。"
    found = parse(text)
    assert words(text, by_lemma(found, "呼び出す"), "subject") == ["朴外相"]
    assert words(text, by_lemma(found, "いる"), "subject") == []


def test_names_listed_inside_a_relative_clause_are_no_part_of_the_noun() -> None:
    # the islands are where the ship went, not the ship
    text = (
        "フィリピン軍は5日、中国と領有権を争う南シナ海の南沙諸島、英語名スプラトリー諸島の海域で、"
        "補給物資を運ぶために向かった輸送船が、中国海警局の船から放水銃を発射されたと発表した。"
    )
    subject = by_lemma(parse(text), "発射").args("subject")[0]
    assert text[subject.span.start : subject.span.end].startswith("輸送船")


def test_the_first_of_two_topics_goes_up_to_the_verb_that_reports() -> None:
    text = "ロシア外務省はアサド大統領は内戦の当事者らと交渉した結果、辞任を決断し、国外に去ったと発表した。"
    found = parse(text)
    assert words(text, by_lemma(found, "決断"), "topic") == []
    assert words(text, by_lemma(found, "発表"), "topic") == ["ロシア外務省"]


def test_a_topic_stands_outside_a_relative_clause() -> None:
    text = "政府はロシアと軍事協力を深める北朝鮮の個人も資産凍結の対象とします。"
    found = parse(text)
    assert words(text, by_lemma(found, "軍事協力"), "topic") == []
    assert "政府" in words(text, next(c for c in found if c.lemma == "する"), "topic")


def test_a_gloss_in_brackets_is_taken_out_of_the_parse_and_its_offsets_put_back() -> None:
    text = "南ア政府はガザへの攻撃がジェノサイド(民族大量虐殺)条約違反に当たるとして提訴。"
    plain, where = nlp.without_glosses(text)
    assert plain == "南ア政府はガザへの攻撃がジェノサイド条約違反に当たるとして提訴。"
    assert [text[where[i]] for i in range(len(plain))] == list(plain) and where[-1] == len(text)
    # words put in brackets with their particle are part of the sentence
    assert nlp.without_glosses("「(ウクライナは)代償を払う」")[0] == "「(ウクライナは)代償を払う」"


def test_a_judgement_over_a_glossed_word_keeps_its_subject(pipeline: Pipeline) -> None:
    text = "ロシアの侵攻は国際法(国連憲章)違反に当たるとして、日本政府は強く非難した。"
    assert sides(pipeline, text, "ACCUSE") == [({"JPN"}, {"RUS"})]
