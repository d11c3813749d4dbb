"""The knowledge base: builtin files valid, broken user files named precisely, API behaviour."""

# ruff: noqa: E501  (golden markup and KB snippets are data; one case a line reads best)

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.errors import KnowledgeBaseError
from newsgraph.kb import KnowledgeBase, builtin_files, default_kb, key, validate
from newsgraph.link import Linker


def test_builtin_files_are_valid() -> None:
    assert builtin_files(), "no builtin KB files"
    assert validate([]) == []


@pytest.mark.parametrize("path", builtin_files(), ids=lambda p: p.name)
def test_each_builtin_file_loads_on_its_own_with_the_countries(path: Path) -> None:
    countries = [
        p for p in builtin_files() if p.name in ("countries.yaml", "states_other.yaml", "titles.yaml")
    ]
    kb = KnowledgeBase.load([*countries, path], builtin=False)
    assert len(kb) > 0 or path.name == "titles.yaml"


def test_breadth() -> None:
    kb = default_kb()
    assert len(kb) > 900
    assert sum(1 for _ in kb.aliases()) > 3500
    countries = [e for e in kb if e.type == "COUNTRY"]
    assert len(countries) > 200
    assert all(e.country for e in countries if e.id != "wiki:Manchukuo")


def test_every_entity_is_found_by_its_names() -> None:
    kb = default_kb()
    for ent in kb:
        name = next(n for names in ent.names.values() for n in names)
        assert ent in kb.search(name, limit=200), (ent.id, name)


def _write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "user.yaml"
    path.write_text(body, encoding="utf-8")
    return path


BROKEN = [
    (
        "entities:\n  - {id: wiki:X, type: PERSON, names: {ja: [某]}, colour: red}\n",
        "wiki:X",
        "unknown key 'colour'",
    ),
    ("entities:\n  - {id: wiki:X, type: PERSON, country: RUSSIA, names: {ja: [某]}}\n", "wiki:X", "alpha-3"),
    (
        "entities:\n  - {id: wiki:X, type: PERSON, country: ZZZ, names: {ja: [某]}}\n",
        "wiki:X",
        "unknown country code",
    ),
    ("entities:\n  - {id: wiki:X, type: HUMAN, names: {ja: [某]}}\n", "wiki:X", "type must be one of"),
    ("entities:\n  - {id: wiki:X, type: PERSON, names: [某]}\n", "wiki:X", "names must be a mapping"),
    (
        "entities:\n  - {id: wiki:Japan, type: COUNTRY, country: JPN, names: {ja: [ニホン]}}\n",
        "wiki:Japan",
        "duplicate id",
    ),
    (
        "entities:\n  - {id: wiki:Y, type: COUNTRY, country: JPN, names: {ja: [日本]}}\n",
        "wiki:Y",
        "already names wiki:Japan",
    ),
    (
        "entities:\n  - {id: wiki:X, type: PERSON, names: {ja: [某]}, roles: [{title: president, start: 2020-13}]}\n",
        "wiki:X",
        "ISO date",
    ),
    ("entities:\n  - {id: X, type: PERSON, names: {ja: [某]}}\n", "X", "Wikipedia title"),
    (
        "entities:\n  - {id: wiki:X, type: PERSON, parties: [JPN, RUS], names: {ja: [某]}}\n",
        "wiki:X",
        "EVENT (a named war) only",
    ),
    (
        "entities:\n  - {id: wiki:X, type: EVENT, parties: [JPN], names: {ja: [某戦争]}}\n",
        "wiki:X",
        "two or more",
    ),
    (
        "entities:\n  - {id: wiki:X, type: EVENT, parties: [JPN, ZZZ], names: {ja: [某戦争]}}\n",
        "wiki:X",
        "unknown country code",
    ),
    ("entities: [\n", "", "not valid YAML"),
]


@pytest.mark.parametrize(("body", "entry", "message"), BROKEN)
def test_broken_user_file_names_file_and_entry(tmp_path: Path, body: str, entry: str, message: str) -> None:
    path = _write(tmp_path, body)
    with pytest.raises(KnowledgeBaseError) as info:
        KnowledgeBase.load([path])
    assert info.value.path == str(path)
    assert info.value.entry == entry
    assert message in str(info.value)
    assert any(message in p for p in validate([path]))


def test_user_file_adds_entities(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "defaults: {type: PERSON, country: JPN, sector: GOV}\n"
        "entities:\n  - id: local:Taro_Yamada\n    names: {ja: [山田太郎]}\n"
        "    roles: [{title: prime_minister, start: 2099-01-01}]\n",
    )
    kb = KnowledgeBase.load([path])
    ent = kb.get("local:Taro_Yamada")
    assert ent is not None and ent.country == "JPN" and ent.sector == "GOV"
    assert kb.holder("首相", None, "2099-06-01") == ent


@pytest.mark.parametrize(
    ("title", "country", "date", "expected"),
    [
        ("首相", None, "2017-10-13", "wiki:Shinzo_Abe"),
        ("首相", None, "2023-05-27", "wiki:Fumio_Kishida"),
        ("首相", None, "2007-01-01", "wiki:Shinzo_Abe"),
        ("prime_minister", "JPN", "2010-01-01", "wiki:Yukio_Hatoyama"),
        ("大統領", "USA", "2019-06-01", "wiki:Donald_Trump"),
        ("大統領", "USA", "2023-06-01", "wiki:Joe_Biden"),
        ("大統領", "USA", "2025-03-01", "wiki:Donald_Trump"),
        ("大統領", "RUS", "2010-06-01", "wiki:Dmitry_Medvedev"),
        ("外相", "RUS", "2024-06-18", "wiki:Sergey_Lavrov"),
        ("国防相", "RUS", "2024-06-18", "wiki:Andrey_Belousov"),
        ("国務長官", "USA", "2022-01-01", "wiki:Antony_Blinken"),
        ("総書記", "PRK", "2024-06-18", "wiki:Kim_Jong_Un"),
        ("大統領", "KOR", "2024-06-18", "wiki:Yoon_Suk_Yeol"),
        ("大統領", "UKR", "2024-06-18", "wiki:Volodymyr_Zelenskyy"),
        ("国連事務総長", None, "2024-06-18", "wiki:António_Guterres"),
        ("大統領", None, "2024-06-18", None),
        ("大統領", "USA", "1800-01-01", None),
    ],
)
def test_holder(title: str, country: str | None, date: str, expected: str | None) -> None:
    holder = default_kb().holder(title, country, date)
    assert (holder.id if holder else None) == expected


def test_search_normalizes_and_ranks_exact_first() -> None:
    kb = default_kb()
    assert kb.search("ﾌﾟｰﾁﾝ")[0].id == "wiki:Vladimir_Putin"
    assert kb.search("north korea")[0].id == "wiki:North_Korea"
    assert kb.search("wiki:Japan")[0].id == "wiki:Japan"
    assert kb.search("") == []


def test_abbreviations_and_dated_names() -> None:
    kb = default_kb()
    abbr = {a.text: a.entity_id for a in kb.aliases() if a.kind == "abbr"}
    assert abbr["朝"] == "wiki:North_Korea" and abbr["露"] == "wiki:Russia" and abbr["ロ"] == "wiki:Russia"
    assert kb.since("wiki:Russian_invasion_of_Ukraine") == "2022-02-24"


def test_a_hyphen_between_latin_letters_is_a_space() -> None:
    # romanized Korean names are written both ways; dates and model numbers keep their hyphen
    assert key("Kim Yong-hyun") == key("Kim Yong Hyun") == "kim yong hyun"
    assert key("2024-06-18") == "2024-06-18"
    assert key("F-35") == "f-35"


def test_a_latin_letter_matches_without_its_accent() -> None:
    # news writes Bogotá and Bogota, Guaidó and Guaido; kana and kanji keep their marks
    assert key("Bogotá") == key("Bogota") == "bogota"
    assert key("Nicolás Maduro") == key("Nicolas Maduro")
    assert key("ガザ") != key("カサ")
    text = "Bogota"
    assert [m.entity_id for m in Linker(default_kb()).link(text, reference="2024-06-18")] == ["wiki:Bogotá"]
