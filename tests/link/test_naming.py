"""The naming categories of unlinked names (`link._types`), and the local entities they give."""

from __future__ import annotations

import pytest

from newsgraph.kb import default_kb
from newsgraph.link import Linker
from newsgraph.link._rules import load_rules
from newsgraph.link._types import CATEGORIES, categorize, entity_type

NAMING = load_rules().naming


def _category(surface: str, label: str = "") -> str | None:
    return categorize(surface, 0, len(surface), label, NAMING)[2]


@pytest.mark.parametrize(
    ("surface", "expected"),
    [
        ("レッドフォックス株式会社", "company"),
        ("株式会社ABC", "company"),
        ("立憲民主党", "political"),
        ("東京駅", "facility"),
        ("八坂神社", "facility"),
        ("早稲田大学", "company"),
        ("日本サッカー協会", "company"),
        ("ウィーン・フィルハーモニー管弦楽団", "organization"),
        ("ローウェル天文台", "facility"),
        ("メイソン郡", "place"),
        ("3社", None),
        ("山田", None),
    ],
)
def test_endings(surface: str, expected: str | None) -> None:
    assert _category(surface) == expected


@pytest.mark.parametrize(
    ("surface", "expected"),
    [
        ("ペイン・フィールド", "facility"),  # a word of its own after the name
        ("ピーター・マンスフィールド", "person"),  # the end of a surname: the label stands
        ("メイソン郡", "place"),  # a one-character ending, in katakana
        ("木村", "person"),  # a surname ending like a village
        ("仙波工藝社", "company"),
    ],
)
def test_endings_in_spans_labelled_as_persons(surface: str, expected: str | None) -> None:
    assert _category(surface, "Person") == expected


def test_extents_of_families_battles_and_editions() -> None:
    assert categorize("徳川家の当主", 0, 3, "Family", NAMING) == (0, 2, "person")
    assert categorize("関ヶ原の戦いで", 0, 3, "Location_Other", NAMING) == (0, 6, "event")
    text = "2008年北京オリンピックに"
    assert categorize(text, 5, 13, "Event_Other", NAMING) == (0, 13, "event")


def test_untrusted_labels_name_nothing_alone() -> None:
    assert _category("研究会", "Organization_Other") is None
    assert _category("吹奏楽クラブ", "Organization_Other") == "organization"
    assert _category("国連", "International_Organization") == "political"


def test_every_category_has_a_type() -> None:
    for category in CATEGORIES:
        etype, _ = entity_type(category, None, None)
        assert etype in ("PERSON", "ORG", "MEDIA", "GPE", "LOC", "FACILITY", "WORK", "EVENT")
    assert entity_type("political", None, "MIL") == ("ORG", "MIL")
    assert entity_type("political", None, "MED") == ("ORG", "GOV")
    assert entity_type("company", "MEDIA", None) == ("MEDIA", "MED")


def test_the_linker_types_its_local_names() -> None:
    linker = Linker(default_kb())
    text = "会長は吹奏楽クラブと研究会を訪ね、関ヶ原の戦いを語った。"
    spans = [(3, 9, "Organization_Other"), (10, 13, "Organization_Other"), (17, 20, "Location_Other")]
    mentions = {m.surface: linker.entity(m.entity_id) for m in linker.link(text, reference=None, ner=spans)}
    assert mentions["吹奏楽クラブ"] is not None and mentions["吹奏楽クラブ"].type == "ORG"
    assert "研究会" not in mentions
    battle = mentions["関ヶ原の戦い"]
    assert battle is not None and battle.type == "EVENT"
