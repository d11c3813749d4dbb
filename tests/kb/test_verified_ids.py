"""Ids checked against English Wikipedia (kb/data/verified_ids.txt) stay true to the knowledge base.

Every `wiki:` id of the builtin knowledge base is either checked (verified_ids.txt) or still waiting
for a look-up to confirm it (pending_ids.txt), so no id gets in unlisted; a file whose header
promises "Every id here is in verified_ids.txt" holds checked ids only. `test_share_verified`
reports how many are checked.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from newsgraph.kb import DATA_DIR, builtin_files, default_kb

VERIFIED = DATA_DIR / "verified_ids.txt"
PENDING = DATA_DIR / "pending_ids.txt"
PROMISE = "Every id here is in verified_ids.txt"
# Ids a shared contract fixes: the seed's gold record (shared/gold) names the Yomiuri by this id,
# while Wikipedia's title is Yomiuri_Shimbun; the knowledge base keeps the contract's.
CONTRACT = {"wiki:The_Yomiuri_Shimbun"}


def _listed(path: Path) -> list[str]:
    """The ids a list holds, in file order (comments and blank lines left out)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [s for s in (line.strip() for line in lines) if s and not s.startswith("#")]


def verified_ids() -> list[str]:
    return _listed(VERIFIED)


def pending_ids() -> list[str]:
    return _listed(PENDING)


def _file_ids(path: Path) -> list[str]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return [str(e["id"]) for e in data.get("entities", []) if str(e["id"]).startswith("wiki:")]


def _promising_files() -> list[Path]:
    return [p for p in builtin_files() if PROMISE in p.read_text(encoding="utf-8")]


@pytest.mark.parametrize("path", [VERIFIED, PENDING], ids=lambda p: p.name)
def test_list_is_sorted_unique_and_well_formed(path: Path) -> None:
    ids = _listed(path)
    assert ids == sorted(ids), f"{path.name} must stay sorted"
    assert len(set(ids)) == len(ids), "duplicate ids"
    assert all(i.startswith("wiki:") and " " not in i for i in ids)


def test_every_wiki_id_of_the_kb_is_listed_once() -> None:
    wiki = {e.id for e in default_kb() if e.id.startswith("wiki:")}
    verified, pending = set(verified_ids()), set(pending_ids())
    assert not verified & pending, f"both checked and pending: {sorted(verified & pending)}"
    unlisted = sorted(wiki - verified - pending - CONTRACT)
    assert not unlisted, f"ids in no list (check them, then list them): {unlisted}"
    assert not pending - wiki, f"pending ids with no KB entry: {sorted(pending - wiki)}"


def test_every_verified_id_is_in_the_kb() -> None:
    kb = default_kb()
    missing = [i for i in verified_ids() if i not in kb]
    assert not missing, f"verified ids with no KB entry: {missing}"


def test_some_files_promise_verified_ids() -> None:
    assert len(_promising_files()) >= 5


@pytest.mark.parametrize("path", _promising_files(), ids=lambda p: p.name)
def test_files_that_promise_it_hold_only_verified_ids(path: Path) -> None:
    listed = set(verified_ids())
    unverified = [i for i in _file_ids(path) if i not in listed]
    assert not unverified, f"{path.name}: ids not in verified_ids.txt: {unverified}"


def test_share_verified() -> None:
    wiki = [e.id for e in default_kb() if e.id.startswith("wiki:")]
    listed = set(verified_ids())
    done = sum(i in listed for i in wiki)
    print(f"\nverified KB ids: {done} of {len(wiki)}, {len(pending_ids())} pending")
    assert done == len(listed)
