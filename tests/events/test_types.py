"""Every PLOVER type, in Japanese and English, from hand-made sentences."""

from __future__ import annotations

import pytest

from tests.events.annotate import code, countries

# sentence, type, source countries, target countries
CASES_JA = [
    ("岸田首相は来月、韓国を訪問する予定だ。", "CONSULT", {"JPN"}, {"KOR"}),
    ("日本と北朝鮮が先月、モンゴルで接触していた。", "CONSULT", {"JPN", "PRK"}, {"JPN", "PRK"}),
    ("プーチン大統領は金正恩総書記と平壌で会談した。", "CONSULT", {"RUS", "PRK"}, {"RUS", "PRK"}),
    ("ロシアと北朝鮮は包括的戦略パートナーシップ条約に署名した。", "AGREE", {"RUS", "PRK"}, {"RUS", "PRK"}),
    ("日本政府はウクライナへの支持を表明した。", "SUPPORT", {"JPN"}, {"UKR"}),
    ("イスラエルはイランに譲歩した。", "CONCEDE", {"ISR"}, {"IRN"}),
    ("日本と韓国は安全保障分野で協力することで一致した。", "COOPERATE", {"JPN", "KOR"}, {"JPN", "KOR"}),
    ("北朝鮮はロシアに弾薬を供与した。", "AID", {"PRK"}, {"RUS"}),
    ("ロシア軍はウクライナから撤退した。", "RETREAT", {"RUS"}, {"UKR"}),
    ("日本政府は中国に対し、邦人の早期解放を要求した。", "REQUEST", {"JPN"}, {"CHN"}),
    ("中国は日本を強く非難した。", "ACCUSE", {"CHN"}, {"JPN"}),
    ("北朝鮮は韓国の提案を拒否した。", "REJECT", {"PRK"}, {"KOR"}),
    ("北朝鮮は米国に対し、報復を警告した。", "THREATEN", {"PRK"}, {"USA"}),
    ("韓国では日本に対する抗議集会が開かれた。", "PROTEST", {"KOR"}, {"JPN"}),
    ("米国はロシアに追加制裁を科した。", "SANCTION", {"USA"}, {"RUS"}),
    ("ロシアはウクライナ国境付近に部隊を配備した。", "MOBILIZE", {"RUS"}, {"UKR"}),
    ("中国海警局は台湾の漁船を拿捕した。", "COERCE", {"CHN"}, {"TWN"}),
    ("ロシア軍はウクライナ軍の陣地を砲撃した。", "ASSAULT", {"RUS"}, {"UKR"}),
    ("ロシアから支援される北朝鮮が立場を変えた。", "AID", {"RUS"}, {"PRK"}),
    ("北朝鮮の対ロ軍事支援が続いている。", "AID", {"PRK"}, {"RUS"}),
    ("北朝鮮から、ウクライナ侵略を続けるロシアへの武器の運搬が確認された。", "AID", {"PRK"}, {"RUS"}),
    # a measure that falls on people names whom it hits with の
    ("日本は、ロシア政府関係者の資産凍結を決めた。", "SANCTION", {"JPN"}, {"RUS"}),
    # measures over one's own country: the source's country is the target
    ("韓国の尹錫悦大統領は3日夜、非常戒厳を宣言した。", "COERCE", {"KOR"}, {"KOR"}),
    # the place a missile leaves from is no target
    ("北朝鮮は平壌付近から弾道ミサイルを発射した。", "MOBILIZE", {"PRK"}, set()),
    # a launch at another country's ground is an attack on it; one into the sea or its waters is not
    ("ロシア軍は未明、ウクライナ各地の都市に向けて巡航ミサイル30発を発射した。", "ASSAULT", {"RUS"}, {"UKR"}),
    ("北朝鮮は日本の排他的経済水域に向けて弾道ミサイルを発射した。", "MOBILIZE", {"PRK"}, {"JPN"}),
]

CASES_EN = [
    ("Japan's prime minister visited South Korea on Tuesday.", "CONSULT", {"JPN"}, {"KOR"}),
    ("China and Russia signed a new trade agreement.", "AGREE", {"CHN", "RUS"}, {"CHN", "RUS"}),
    ("Japan supported Ukraine at the summit.", "SUPPORT", {"JPN"}, {"UKR"}),
    ("Israel apologized to Iran.", "CONCEDE", {"ISR"}, {"IRN"}),
    ("Israel released prisoners to Iran.", "RETREAT", {"ISR"}, {"IRN"}),
    ("Japan and South Korea agreed to cooperate on security.", "AGREE", {"JPN", "KOR"}, {"JPN", "KOR"}),
    ("North Korea supplied weapons to Russia.", "AID", {"PRK"}, {"RUS"}),
    ("Russia withdrew troops from the border.", "RETREAT", {"RUS"}, set()),
    ("Japan urged China to release the detained citizens.", "REQUEST", {"JPN"}, {"CHN"}),
    ("China condemned Japan over the visit.", "ACCUSE", {"CHN"}, {"JPN"}),
    ("North Korea rejected South Korea's offer.", "REJECT", {"PRK"}, {"KOR"}),
    ("Iran threatened Israel with retaliation.", "THREATEN", {"IRN"}, {"ISR"}),
    ("the United States sanctioned Russia over the war.", "SANCTION", {"USA"}, {"RUS"}),
    ("China deployed warships near the strait.", "MOBILIZE", {"CHN"}, set()),
    ("China detained Japan's diplomat.", "COERCE", {"CHN"}, {"JPN"}),
    ("Russia attacked Ukraine with drones overnight.", "ASSAULT", {"RUS"}, {"UKR"}),
    ("Thousands in South Korea protested against Japan.", "PROTEST", {"KOR"}, {"JPN"}),
    ("Japan and South Korea will cooperate on security.", "COOPERATE", {"JPN", "KOR"}, {"JPN", "KOR"}),
    ("Ukraine was attacked by Russia overnight.", "ASSAULT", {"RUS"}, {"UKR"}),
    ("South Korea declared martial law on Tuesday night.", "COERCE", {"KOR"}, {"KOR"}),
]


def _find(events, type_):  # type: ignore[no-untyped-def]
    return [e for e in events if e.type == type_]


@pytest.mark.parametrize(("sentence", "type_", "source", "target"), CASES_JA + CASES_EN)
def test_type_and_actors(sentence: str, type_: str, source: set[str], target: set[str]) -> None:
    found = _find(code(sentence), type_)
    assert found, f"no {type_} in {[(e.type, e.trigger) for e in code(sentence)]}"
    ev = found[0]
    if source:
        assert countries(ev.source) == source
    assert countries(ev.target) == target


def test_every_plover_type_is_covered_in_both_languages() -> None:
    from newsgraph.model import PLOVER_TYPES

    ja = {c[1] for c in CASES_JA}
    en = {c[1] for c in CASES_EN}
    assert ja >= set(PLOVER_TYPES)
    assert en >= set(PLOVER_TYPES)


@pytest.mark.parametrize(
    "sentence",
    [
        "ウクライナ侵攻前にもプーチン大統領は論文を発表した。",  # a named war used as a time reference
        "ウクライナ侵攻を受けて行われた調査で、ロシア経済の縮小が明らかになった。",  # a reason, not an act
        "北朝鮮は交戦国だ。",  # 交戦国 names a state, not an attack
        "プーチン大統領の論文「ロシアと北朝鮮:友好と協力の伝統」が公開された。",  # a title
        "拉致被害者の帰国を求める声が日本で高まっている。",  # 拉致被害者 names the victims
        "ロシアはウクライナ併合を正当化した。",  # a justification does not report the act
    ],
)
def test_no_event_from_names_titles_and_pretexts(sentence: str) -> None:
    assert [(e.type, e.trigger) for e in code(sentence) if e.type in ("ASSAULT", "COERCE", "COOPERATE")] == []


def test_meeting_with_one_party_is_dropped() -> None:
    assert _find(code("日本政府は交渉態度を転換させた。"), "CONSULT") == []


@pytest.mark.parametrize(
    ("sentence", "type_", "source"),
    [
        ("北朝鮮、弾道ミサイルを発射", "MOBILIZE", {"PRK"}),  # a headline: X、… is the subject
        ("岸田首相、韓国を訪問へ", "CONSULT", {"JPN"}),
    ],
)
def test_headline_subjects(sentence: str, type_: str, source: set[str]) -> None:
    (ev,) = _find(code(sentence), type_)
    assert countries(ev.source) == source


def test_giving_verbs_need_what_aid_moves() -> None:
    assert _find(code("日本は韓国に情報を提供した。"), "AID") == []
    assert _find(code("日本は韓国に食料を提供した。"), "AID")


def test_what_is_asked_for_is_folded_into_the_request() -> None:
    (ev,) = code("ウクライナは、米国に追加の軍事支援を求めた。")
    assert (ev.type, ev.mode, ev.status) == ("REQUEST", "aid", "asserted")
    assert (countries(ev.source), countries(ev.target)) == ({"UKR"}, {"USA"})
    (ev,) = code("北朝鮮は韓国との対話を拒否した。")
    assert (ev.type, countries(ev.target)) == ("REJECT", {"KOR"})


def test_the_actor_of_a_criticised_act_is_the_target() -> None:
    events = code("米国は、中国が台湾周辺で軍事演習を行ったことを非難した。")
    (accuse,) = _find(events, "ACCUSE")
    assert (countries(accuse.source), countries(accuse.target)) == ({"USA"}, {"CHN"})
    (drill,) = _find(events, "MOBILIZE")
    assert countries(drill.source) == {"CHN"}  # the topic belongs to the main predicate only


def test_the_subject_of_what_a_speaker_reports_is_the_target() -> None:
    (accuse,) = _find(code("中国の報道官は、日本が「対立をあおっている」と非難した。"), "ACCUSE")
    assert (countries(accuse.source), countries(accuse.target)) == ({"CHN"}, {"JPN"})


def test_a_speaker_accusing_is_the_source_and_the_subject_reported_the_target() -> None:
    text = "ロシア外務省は声明で、日本がウクライナ情勢をめぐり、ロシアの利益を損なおうとしていると非難した。"
    (accuse,) = _find(code(text), "ACCUSE")
    assert (countries(accuse.source), countries(accuse.target)) == ({"RUS"}, {"JPN"})
    assert accuse.attribution == ()  # its own act, not a report of another's


def test_a_country_reporting_an_act_is_its_attribution() -> None:
    (attack,) = _find(code("米国は、中国が台湾を攻撃したと述べた。"), "ASSAULT")
    assert (countries(attack.source), countries(attack.target)) == ({"CHN"}, {"TWN"})
    assert attack.attribution == ("wiki:United_States",)


def test_a_topic_before_a_contrast_is_not_the_next_clause_subject() -> None:
    (reject,) = _find(code("米国はイランが関与したと主張したが、イランは否定している。"), "REJECT")
    assert countries(reject.source) == {"IRN"}


def test_a_spokesperson_is_no_report() -> None:
    (ev,) = code("中国の報道官は17日、日本を批判した。")
    assert ev.attribution == () and countries(ev.source) == {"CHN"}


def test_both_leaders_are_the_parties_of_the_summit() -> None:
    events = code("日本と韓国の首脳会談が東京で開かれた。両首脳はシャトル外交の再開で一致した。")
    (agree,) = _find(events, "AGREE")
    assert countries(agree.source) == {"JPN", "KOR"} == countries(agree.target)


def test_an_act_named_again_is_the_target_of_the_reaction() -> None:
    events = code("中国が台湾周辺で演習を始めた。台湾は同日、演習を「挑発行為」と強く非難した。")
    (accuse,) = _find(events, "ACCUSE")
    assert (countries(accuse.source), countries(accuse.target)) == ({"TWN"}, {"CHN"})
    assert len(_find(events, "MOBILIZE")) == 1  # the second 演習 is no new drill


def test_a_threatened_act_is_folded_into_the_threat() -> None:
    (ev,) = code("北朝鮮は、米国の偵察機を撃墜すると警告した。")
    assert (ev.type, ev.mode) == ("THREATEN", "assault")
    assert (countries(ev.source), countries(ev.target)) == ({"PRK"}, {"USA"})


@pytest.mark.parametrize(
    "sentence",
    [
        "ソ連軍は朝鮮半島を植民地支配から解放した。",  # a place freed is no concession
        "日本政府は「断じて容認できない」と述べた。",
        "輸入が増えた日本産の水産物。",
    ],
)
def test_words_that_look_like_events_but_are_not(sentence: str) -> None:
    assert [(e.type, e.trigger) for e in code(sentence)] == []


@pytest.mark.parametrize(
    ("sentence", "type_", "source", "target"),
    [
        (
            "Japan urged the leaders to join talks with Iran.",
            "REQUEST",
            {"JPN"},
            set(),
        ),  # object is right after
        (
            "Israel, which has carried out strikes on bases in Iran, did not comment.",
            "ASSAULT",
            {"ISR"},
            {"IRN"},
        ),
        (
            "China and Russia held talks in Moscow. The two countries signed a treaty.",
            "AGREE",
            {"CHN", "RUS"},
            {"CHN", "RUS"},
        ),
    ],
)
def test_english_positions(sentence: str, type_: str, source: set[str], target: set[str]) -> None:
    found = _find(code(sentence), type_)
    if not target and type_ == "REQUEST":
        assert found == []  # no object: no request coded against the wrong party
        return
    (ev,) = found
    assert (countries(ev.source), countries(ev.target)) == (source, target)


def test_an_agreed_ceasefire_is_the_agreement() -> None:
    events = code("India and Pakistan agreed to an immediate ceasefire.")
    assert [(e.type, e.mode) for e in events] == [("AGREE", "retreat")]
    events = code("イスラエルとハマスは停戦で合意した。")
    assert [e.type for e in events] == ["AGREE"]
