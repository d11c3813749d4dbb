"""The seed article linked as one block: its `wiki:` ids against the gold's (the shared scorer's
entity rule: core ids for recall, any gold id for precision)."""

from __future__ import annotations

import json

import pytest

from newsgraph.kb import default_kb
from newsgraph.link import Linker
from tests.conftest import GOLD, SEED, need_shared


def entity_f1(found: set[str], gold: list[dict[str, object]]) -> tuple[float, float, float]:
    core = {str(e["id"]) for e in gold if e.get("core", True) and str(e["id"]).startswith("wiki:")}
    allowed = {str(e["id"]) for e in gold}
    found = {i for i in found if i.startswith("wiki:")}
    p = len(found & allowed) / len(found) if found else 0.0
    r = len(found & core) / len(core) if core else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@pytest.mark.parametrize("nested", [False, True])
def test_seed_entities(nested: bool) -> None:
    need_shared()
    text = SEED.read_text(encoding="utf-8")
    gold = json.loads((GOLD / f"{SEED.stem}.gold.json").read_text(encoding="utf-8"))["entities"]
    mentions = Linker(default_kb()).link(text, reference="2024-06-18", nested=nested)
    p, r, f1 = entity_f1({m.entity_id for m in mentions}, gold)
    assert f1 >= 0.95, (p, r)
    assert p == 1.0
