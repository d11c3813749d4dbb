"""`newsgraph eval`'s scorer agrees with the reference scorer in shared/tools on varied outputs."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsgraph.evaluate import load_records, score
from tests.conftest import need_shared

GOLD_NAME = "000_ee4defb6909103be.gold.json"


def _reference(out: Path, gold: Path) -> dict:  # type: ignore[type-arg]
    shared = need_shared()
    res = subprocess.run(
        [sys.executable, str(shared / "tools" / "score.py"), str(out), str(gold), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(res.stdout)


def _ours(out: Path, gold: Path) -> dict:  # type: ignore[type-arg]
    return score(load_records(out), load_records(gold)).as_dict()


def test_gold_scored_against_itself_is_perfect() -> None:
    shared = need_shared()
    gold_dir = shared / "gold"
    res = score(load_records(gold_dir / GOLD_NAME), load_records(gold_dir)).as_dict()
    assert res["posts"]["f1"] == 1.0
    assert res["entities"]["f1"] == 1.0
    assert res["events"]["f1"] == 1.0
    assert res["times"]["accuracy"] == 1.0


def _mutate(record: dict, seed: list[int]) -> dict:  # type: ignore[type-arg]
    """Drop, retype, re-date and re-status parts of a gold record, driven by `seed`."""
    r = copy.deepcopy(record)
    for k, n in enumerate(seed):
        layer = ("posts", "entities", "times", "events")[k % 4]
        items = r[layer]
        if not items:
            continue
        i = n % len(items)
        if n % 5 == 0:
            items.pop(i)
        elif layer == "events" and n % 5 == 1:
            items[i]["type"] = "ASSAULT"
        elif layer == "events" and n % 5 == 2:
            items[i]["date"] = "1999"
        elif layer == "events" and n % 5 == 3:
            items[i]["status"] = "negated"
        elif layer == "entities" and n % 5 == 1:
            items[i]["id"] = "wiki:Somewhere_else"
        elif layer == "times" and n % 5 == 1:
            items[i]["value"] = "2000"
        elif layer == "posts":
            items[i]["handle"] = items[i]["handle"].upper()
    return r


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.integers(min_value=0, max_value=10_000), max_size=12))
def test_agrees_with_the_reference_scorer(tmp_path_factory, seed: list[int]) -> None:  # type: ignore[no-untyped-def]
    shared = need_shared()
    gold = json.loads((shared / "gold" / GOLD_NAME).read_text(encoding="utf-8"))
    out = tmp_path_factory.mktemp("out") / "out.jsonl"
    out.write_text(json.dumps(_mutate(gold, seed), ensure_ascii=False) + "\n", encoding="utf-8")
    assert _ours(out, shared / "gold") == _reference(out, shared / "gold")
