"""The Wikipedia development set (tests/data/wiki) is well formed: every line parses, ids are unique and
shared by corpus and gold, every event is a PLOVER type with a valid status and actors, and every
evidence is a substring of its sentence. Where ../shared is present, each sentence is the one its id
names in the source data set."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from newsgraph.evaluate import load_records
from tests.conftest import ROOT, need_shared

WIKI = ROOT / "tests" / "data" / "wiki"
TYPES = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}  # fmt: skip
STATUSES = {"asserted", "ongoing", "planned", "expected", "suspected", "negated", "desired"}
SECTORS = {"GOV", "MIL", "LEG", "PTY", "MED", "IGO", "BUS", "CVL", "OPP", "JUD"}
ID = re.compile(r"wiki-(\d+)-(\d+)")
DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?(/\d{4}(-\d{2}(-\d{2})?)?)?")


def _lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def corpus() -> list[dict[str, Any]]:
    return _lines(WIKI / "corpus.jsonl")


@pytest.fixture(scope="module")
def gold() -> list[dict[str, Any]]:
    return _lines(WIKI / "gold.jsonl")


def test_ids_are_unique_and_shared(corpus: list[dict[str, Any]], gold: list[dict[str, Any]]) -> None:
    ids = [c["id"] for c in corpus]
    assert len(ids) == len(set(ids))
    assert all(ID.fullmatch(i) for i in ids)
    assert [g["doc_id"] for g in gold] == ids
    assert all(c["language"] == "ja" and c["text"] for c in corpus)
    # the scorer reads the same file the same way
    assert set(load_records(WIKI / "gold.jsonl")) == set(ids)


def test_events_are_well_formed(corpus: list[dict[str, Any]], gold: list[dict[str, Any]]) -> None:
    text = {c["id"]: c["text"] for c in corpus}
    for record in gold:
        assert record["entities"] == [] and record["times"] == [] and record["posts"] == []
        for event in record["events"]:
            where = (record["doc_id"], event["type"])
            assert event["type"] in TYPES, where
            assert set(event.get("alt_types", [])) <= TYPES, where
            assert event["status"] in STATUSES, where
            assert event["evidence"] in text[record["doc_id"]], where
            assert "date" not in event or DATE.fullmatch(event["date"]), where
            for actor in [*event["source"], *event["target"]]:
                assert actor["id"].startswith(("wiki:", "local:")), where
                assert "country" not in actor or re.fullmatch(r"[A-Z]{3}", actor["country"]), where
                assert actor.get("sector", "GOV") in SECTORS, where
            # the scorer matches on source countries: a core event must name one
            assert not event["core"] or any(a.get("country") for a in event["source"]), where


def test_set_covers_types_and_negatives(gold: list[dict[str, Any]]) -> None:
    types = {e["type"] for g in gold for e in g["events"] if e["core"]}
    assert types == TYPES
    assert sum(1 for g in gold if not g["events"]) >= 30
    assert sum(1 for g in gold if g["events"]) >= 200


def test_sentences_come_from_the_source_data_set(corpus: list[dict[str, Any]]) -> None:
    source = need_shared() / "data" / "ner-wikipedia-dataset" / "ner.json"
    records = json.loads(source.read_text(encoding="utf-8"))
    for c in corpus:
        m = ID.fullmatch(c["id"])
        assert m
        curid, n = m.groups()
        assert records[int(n)]["curid"] == curid and records[int(n)]["text"] == c["text"], c["id"]
