"""Names the knowledge base lacks: local entities that act for the country they are named after."""

from __future__ import annotations

import pytest

from newsgraph.kb import default_kb
from newsgraph.link import Linker

LINKER = Linker(default_kb())


def _link(text: str, ner: list[tuple[int, int, str]]):  # type: ignore[no-untyped-def]
    return LINKER.link(text, reference="2024-06-18", ner=ner, nested=True)


def test_a_local_name_after_a_country_acts_for_it() -> None:
    text = "ブラジル外務省の報道官は非難した。"
    mentions = _link(text, [(0, 7, "Organization_Other")])
    local = next(m for m in mentions if m.entity_id.startswith("local:"))
    entity = LINKER.entity(local.entity_id)
    assert entity is not None and (entity.country, entity.sector) == ("BRA", "GOV")
    nested = [m for m in mentions if m.how == "nested"]
    assert [(m.surface, m.entity_id) for m in nested] == [("ブラジル", "wiki:Brazil")]


def test_bare_government_is_japans_but_not_after_a_possessive() -> None:
    assert next(m.entity_id for m in _link("政府は北朝鮮に抗議した。", [])) == "wiki:Government_of_Japan"
    assert "wiki:Government_of_Japan" not in {m.entity_id for m in _link("ロシアの政府は抗議した。", [])}


def test_english_demonyms_name_their_country() -> None:
    mentions = LINKER.link("Syrian and Turkish officials met Russian forces.", reference="2024-06-18")
    ids = {m.entity_id for m in mentions}
    assert {"wiki:Syria", "wiki:Turkey"} <= ids
    assert "wiki:Russian_Armed_Forces" in ids  # the longer name wins over the demonym


def test_a_local_place_inside_a_known_one_is_in_its_country() -> None:
    text = "中国浙江省寧波市で日本人が拘束された。"
    start = text.index("寧波市")
    mentions = _link(text, [(start, start + 3, "City")])
    local = next(m for m in mentions if m.entity_id.startswith("local:"))
    entity = LINKER.entity(local.entity_id)
    assert entity is not None and entity.country == "CHN"


def test_an_english_demonym_in_the_plural_names_its_country() -> None:
    mentions = LINKER.link("Washington warned the North Koreans and the Israelis.", reference="2024-06-18")
    ids = {m.entity_id for m in mentions}
    assert {"wiki:North_Korea", "wiki:Israel"} <= ids


def test_the_joint_chiefs_of_korean_news_are_south_koreas() -> None:
    # 合同参謀本部 is the South Korean name (Japan's is 統合幕僚監部); JCS is Yonhap's short form
    texts = ("合同参謀本部によると、北朝鮮はミサイルを発射した。", "The JCS said the North fired a missile.")
    for text in texts:
        ids = {m.entity_id for m in LINKER.link(text, reference="2024-06-18")}
        assert "wiki:Joint_Chiefs_of_Staff_(South_Korea)" in ids


def _twins(text: str) -> list[tuple[str, str]]:
    mentions = LINKER.link(text, reference="2024-06-18")
    return [(m.surface, m.entity_id) for m in LINKER.foreign_twins(text, mentions) if m.surface == "財務省"]


def test_a_home_body_named_bare_is_the_foreign_one_the_document_means() -> None:
    # named with its country before, or listed after another body of that country
    before = "米財務省は制裁を発表した。財務省の高官は記者団に説明した。"
    assert _twins(before) == [("財務省", "wiki:United_States_Department_of_the_Treasury")]
    listed = "米国国務省と財務省は個人を制裁対象に指定した。"
    assert _twins(listed) == [("財務省", "wiki:United_States_Department_of_the_Treasury")]
    # alone it is the home ministry
    assert _twins("財務省は予算案を発表した。") == [("財務省", "wiki:Ministry_of_Finance_(Japan)")]


def test_a_bare_name_the_document_used_for_the_home_body_stays_home() -> None:
    # 政府 told first as the home government keeps that sense after ロシア政府 is named
    text = "政府は追加の制裁措置を了解した。ロシア政府関係者らを対象に加えた。政府はG7と連携する。"
    mentions = LINKER.link(text, reference="2024-06-18")
    bare = [m.entity_id for m in LINKER.foreign_twins(text, mentions) if m.surface == "政府"]
    assert bare == ["wiki:Government_of_Japan", "wiki:Government_of_Japan"]


@pytest.mark.parametrize(
    ("text", "ner", "country"),
    [
        # written of its country with の
        ("北朝鮮は韓国の延坪島を砲撃した。", (7, 10, "Island"), "KOR"),
        # named inside a known place
        ("沖縄県石垣市の沖合で中国船が確認された。", (0, 6, "City"), "JPN"),
        # written after its country and a middle dot
        ("韓国・慶州を訪問中の首相は会談した。", (0, 5, "City"), "KOR"),
    ],
)
def test_a_place_the_kb_lacks_takes_the_country_its_name_gives(
    text: str, ner: tuple[int, int, str], country: str
) -> None:
    local = next(m for m in _link(text, [ner]) if m.entity_id.startswith("local:"))
    place = LINKER.entity(local.entity_id)
    assert place is not None and place.country == country


def test_a_country_told_with_where_it_lies_is_the_country() -> None:
    # the NER span 隣国ルワンダ or 南米ベネズエラ is no name of its own; the region names no actor
    for text, span, country in (
        ("コンゴと隣国ルワンダは和平合意に調印した。", (5, 11), "wiki:Rwanda"),
        ("南米ベネズエラで一斉デモが行われた。", (0, 7), "wiki:Venezuela"),
    ):
        ids = [m.entity_id for m in _link(text, [(*span, "Country")]) if m.how != "nested"]
        assert country in ids and not any(i.startswith("local:") or i == "wiki:South_America" for i in ids)


def test_an_english_body_named_again_by_its_kind_is_the_last_one_named() -> None:
    text = (
        "The Russian Foreign Ministry summoned the envoy. The ministry demanded guarantees. The court ruled."
    )
    mentions = LINKER.link(text, reference="2022-09-19")
    again = [m for m in mentions if m.how == "anaphor"]
    assert [(m.surface, m.entity_id) for m in again] == [
        ("ministry", "wiki:Ministry_of_Foreign_Affairs_(Russia)")
    ]


def test_a_city_the_kb_lacks_is_in_the_country_geonames_gives_it() -> None:
    text = "フランス軍はシャルルロワを攻略した。"
    start = text.index("シャルルロワ")
    mentions = _link(text, [(start, start + 6, "City")])
    local = next(m for m in mentions if m.entity_id == "local:シャルルロワ")
    entity = LINKER.entity(local.entity_id)
    assert entity is not None and (entity.type, entity.country) == ("GPE", "BEL")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("ロシア軍はポクロウシク近郊を砲撃した。", True),
        ("ポクロウシクで戦闘が続く。", True),
        ("ヴィクトリアは激怒した。", False),
    ],
)
def test_a_city_the_model_calls_a_person_is_a_place_a_word_of_place_follows(text: str, place: bool) -> None:
    name = "ポクロウシク" if "ポクロウシク" in text else "ヴィクトリア"
    start = text.index(name)
    mentions = _link(text, [(start, start + len(name), "Person")])
    local = next(m for m in mentions if m.entity_id == f"local:{name}")
    entity = LINKER.entity(local.entity_id)
    assert entity is not None
    assert (entity.type == "GPE") is place
    assert (entity.country == "UKR") is place
