"""Generic actors (市民団体, 国軍, 兵士, 警察): the table loads, every noun is found, and each takes its
country from the phrase, the sentence's place or the document's leading actor, or is no actor."""

from __future__ import annotations

import pytest

from newsgraph.errors import KnowledgeBaseError
from newsgraph.events.generic import Context, default_generic, generic_actors, load_generic
from newsgraph.kb._schema import SECTORS
from newsgraph.model import Entity, Mention
from newsgraph.pipeline import Pipeline
from tests.events.composed import coded, named, sides

KOREA = Entity("wiki:South_Korea", "COUNTRY", country="KOR")
SEOUL = Entity("wiki:Seoul", "GPE", country="KOR")
TOKYO = Entity("wiki:Tokyo", "GPE", country="JPN")
JAPAN = Entity("wiki:Japan", "COUNTRY", country="JPN")
DIET = Entity("wiki:National_Diet", "ORG", country="JPN", sector="LEG")
KISHIDA = Entity("wiki:Fumio_Kishida", "PERSON", country="JPN", sector="GOV")
BY_ID = {e.id: e for e in (KOREA, SEOUL, TOKYO, JAPAN, DIET, KISHIDA)}


def found(text: str, mentions: list[Mention], context: Context | None = None) -> dict[str, tuple[str, str]]:
    """surface → (country, sector) of the generic actors of `text`."""
    hits, _, entities = generic_actors(default_generic(), text, 0, mentions, BY_ID, context or Context())
    return {
        m.surface: (entities[m.entity_id].country or "", entities[m.entity_id].sector or "") for m in hits
    }


def test_the_table_loads_with_record_format_sectors() -> None:
    nouns = default_generic()
    assert set(nouns.sectors.values()) <= set(SECTORS)
    assert nouns.sectors["市民団体"] == "CVL"
    assert nouns.sectors["国軍"] == "MIL"
    assert nouns.bound <= set(nouns.sectors)


def test_a_broken_table_names_the_entry(tmp_path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "generic.yaml"
    bad.write_text("sectors:\n  REBELS: {ja: [反乱軍]}\n", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match="REBELS"):
        load_generic(bad)
    bad.write_text("sectors:\n  CVL: {ja: [市民]}\nbound: [兵]\n", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match="bound"):
        load_generic(bad)


def test_every_noun_is_found_after_a_country() -> None:
    nouns = default_generic()
    for noun, sector in nouns.sectors.items():
        text = f"韓国の{noun}が声明を出した。"
        assert found(text, named(text, ("韓国", KOREA))) == {noun: ("KOR", sector)}, noun


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        # the phrase's own country, before the place
        (
            "東京では韓国の市民団体が抗議した。",
            [("東京", TOKYO), ("韓国", KOREA)],
            {"市民団体": ("KOR", "CVL")},
        ),
        # the one country of the sentence's places
        ("ソウル中心部では市民団体が抗議した。", [("ソウル", SEOUL)], {"市民団体": ("KOR", "CVL")}),
        ("韓国各地で住民らが集会を開いた。", [("韓国", KOREA)], {"住民ら": ("KOR", "CVL")}),
        # places of two countries tell nothing
        ("ソウルと東京で市民が抗議した。", [("ソウル", SEOUL), ("東京", TOKYO)], {}),
        # troops are not of the place they are in
        ("ソウル中心部では兵士が警戒に当たった。", [("ソウル", SEOUL)], {}),
        # part of another word: no actor
        ("住民投票が行われ、十字軍の遺跡も公開された。", [], {}),
        # 兵 and 軍 alone are parts of words; after a country they are its troops
        ("兵器の輸出が増えた。", [], {}),
    ],
)
def test_country_from_the_phrase_or_the_place(
    text: str, names: list[tuple[str, Entity]], expected: dict[str, tuple[str, str]]
) -> None:
    assert found(text, named(text, *names)) == expected


def test_country_from_the_document_only_when_one_leads() -> None:
    text = "国軍は声明を出した。"
    context = Context()
    assert found(text, [], context) == {}
    context.add(named("韓国", ("韓国", KOREA)), BY_ID)
    assert found(text, [], context) == {"国軍": ("KOR", "MIL")}
    context.add(named("韓国", ("韓国", KOREA)), BY_ID)
    context.add(named("日本", ("日本", JAPAN)), BY_ID)
    assert context.leading() == "KOR"
    context.add(named("日本", ("日本", JAPAN)), BY_ID)
    assert context.leading() is None  # a tie: no country
    assert found(text, [], context) == {}


def test_before_any_country_is_named_the_storys_leading_country_stands_in() -> None:
    text = "警察当局はデモ参加者を鎮圧した。"
    assert found(text, [], Context(story="GEO")) == {"警察当局": ("GEO", "GOV"), "デモ参加者": ("GEO", "CVL")}
    named_before = Context(story="GEO")
    named_before.add(named("韓国", ("韓国", KOREA)), BY_ID)
    assert found(text, [], named_before)["警察当局"] == ("KOR", "GOV")  # what the story has named wins
    # a sentence naming one country of its own is read by it, not by the story; naming two, by neither
    text = "韓国によると、市民が拘束された。"
    assert found(text, named(text, ("韓国", KOREA)), Context(story="GEO")) == {"市民": ("KOR", "CVL")}
    text = "韓国と日本によると、市民が拘束された。"
    assert found(text, named(text, ("韓国", KOREA), ("日本", JAPAN)), Context(story="GEO")) == {}


def test_an_opening_sentence_takes_the_country_the_story_names_later(pipeline: Pipeline) -> None:
    text = "警察当局は28日夜、デモ参加者を鎮圧した。ジョージアの首都トビリシでは抗議が続いている。"
    assert sides(pipeline, text, "COERCE") == [({"GEO"}, {"GEO"})]


def test_the_home_parliament_is_another_countrys_only_where_the_context_says_so() -> None:
    korea = Context()
    korea.add(named("韓国", ("韓国", KOREA)), BY_ID)
    text = "国会は決議案を可決した。"
    assert found(text, named(text, ("国会", DIET)), korea) == {"国会": ("KOR", "LEG")}
    # no context: the linker's reading stands
    assert found(text, named(text, ("国会", DIET))) == {}
    # a home actor in the sentence: the home parliament
    text = "岸田首相は国会で答弁した。"
    assert found(text, named(text, ("岸田首相", KISHIDA), ("国会", DIET)), korea) == {}


# -- the real pipeline on composed sentences (the `pipeline` fixture of conftest.py) ----------------


@pytest.mark.parametrize(
    ("text", "type_", "expected"),
    [
        # the phrase names the country
        ("韓国の市民団体は14日、日本政府に抗議した。", "ACCUSE", ({"KOR"}, {"JPN"})),
        ("米兵がイラク南部で住民を攻撃した。", "ASSAULT", ({"USA"}, {"IRQ"})),
        # the place the sentence names
        ("ソウル中心部では16日、市民団体が日本政府に抗議する集会を開いた。", "PROTEST", ({"KOR"}, {"JPN"})),
        # the country the story is about
        (
            "ミャンマー国軍は2日、声明を発表した。国軍は民主派勢力の拠点を空爆した。",
            "ASSAULT",
            ({"MMR"}, {"MMR"}),
        ),
        ("イスラエル軍は声明を出した。兵士らはガザ地区から撤収した。", "RETREAT", ({"ISR"}, {"PSE"})),
        # 国会 in a story about Korea is Korea's
        (
            "韓国の尹錫悦大統領は3日、非常戒厳を宣言した。兵士らは4日、国会から撤収した。",
            "RETREAT",
            ({"KOR"}, {"KOR"}),
        ),
    ],
)
def test_generic_actors_carry_their_country(
    pipeline: Pipeline, text: str, type_: str, expected: tuple[set[str], set[str]]
) -> None:
    assert expected in sides(pipeline, text, type_)


def test_no_country_no_event_side(pipeline: Pipeline) -> None:
    # nothing says whose soldiers or residents these are
    assert sides(pipeline, "兵士が住民を攻撃した。", "ASSAULT") == []


def test_a_group_of_an_international_body_takes_no_country_from_the_story(pipeline: Pipeline) -> None:
    text = "当時、アフリカ連合の部隊はスーダン解放軍からの攻撃に晒されていた。"
    attacks = [e for e in coded(pipeline, text) if e.type == "ASSAULT"]
    assert [[r.id for r in e.target] for e in attacks] == [["wiki:African_Union"]]
