"""NER evaluation: the scorer on hand-made spans, and (slow) newsgraph against raw GiNZA on a slice."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from newsgraph.evaluate.ner import (
    GINZA_TYPES,
    STOCKMARK_TYPES,
    evaluate_ner,
    newsgraph_system,
    score,
    stockmark_label,
)
from newsgraph.kb import default_kb
from newsgraph.link import Linker
from newsgraph.model import Entity
from tests.conftest import ROOT, SHARED

NER_JSON = SHARED / "data" / "ner-wikipedia-dataset" / "ner.json"
SLICE = 800


def test_score_typed_and_span() -> None:
    gold = [{(0, 2, "人名"), (3, 5, "地名")}]
    pred = [{(0, 2, "人名"), (3, 5, "施設名"), (6, 7, "地名")}]
    result = score(pred, gold)
    assert result["typed"]["tp"] == 1 and result["typed"]["fp"] == 2 and result["typed"]["fn"] == 1
    assert result["span"]["tp"] == 2 and result["span"]["fp"] == 1 and result["span"]["fn"] == 0


def test_label_tables_use_only_stockmark_types() -> None:
    assert set(GINZA_TYPES.values()) <= set(STOCKMARK_TYPES)


def test_record_types_and_sectors_map_to_stockmark_labels() -> None:
    assert stockmark_label(Entity("local:x", "ORG", sector="BUS")) == "法人名"
    assert stockmark_label(Entity("local:x", "ORG", sector="MIL")) == "政治的組織名"
    assert stockmark_label(Entity("local:x", "ORG")) == "その他の組織名"
    assert stockmark_label(Entity("local:x", "FACILITY")) == "施設名"
    assert stockmark_label(Entity("wiki:Japan", "COUNTRY")) == "地名"


def test_untrusted_labels_need_a_naming_rule() -> None:
    text = "会長は吹奏楽クラブと研究会を訪ねた。"
    linker = Linker(default_kb())
    club = (3, 9, "Organization_Other")
    group = (10, 13, "Organization_Other")
    out = newsgraph_system(linker, text, [club, group])
    assert (3, 9, "その他の組織名") in out  # クラブ is a naming rule
    assert not any(s == 10 for s, _, _ in out)  # 研究会: GiNZA's label alone is not enough


def test_families_are_scored_as_their_family_name() -> None:
    text = "徳川家の当主"
    out = newsgraph_system(Linker(default_kb()), text, [(0, 3, "Family")])
    assert out == {(0, 2, "人名")}


@pytest.mark.slow
def test_newsgraph_beats_raw_ginza_on_a_slice() -> None:
    if not NER_JSON.exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"{NER_JSON} is missing")
        pytest.skip(f"{NER_JSON} is not there")
    floor = json.loads((ROOT / "tests" / "baseline.json").read_text(encoding="utf-8"))["ner_typed_f1_slice"]
    result = evaluate_ner(Path(NER_JSON), limit=SLICE)
    ours, ginza = result["newsgraph"]["typed"]["f1"], result["ginza"]["typed"]["f1"]
    assert result["n_sentences"] == SLICE
    assert ours > ginza, (ours, ginza)
    assert ours >= floor, (ours, floor)
