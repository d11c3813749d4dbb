"""Ids checked against English Wikipedia (kb/data/verified_ids.txt) stay true to the knowledge base.

Every listed id must be an entry of the builtin knowledge base, and every `wiki:` id of a file whose
header promises "Every id here is in verified_ids.txt" must be listed. A check over all files can be
switched on once every id is listed; `test_share_verified` reports how far that is.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from newsgraph.kb import DATA_DIR, builtin_files, default_kb

VERIFIED = DATA_DIR / "verified_ids.txt"
PROMISE = "Every id here is in verified_ids.txt"


def verified_ids() -> list[str]:
    """The listed ids, in file order (comments and blank lines left out)."""
    lines = VERIFIED.read_text(encoding="utf-8").splitlines()
    return [s for s in (line.strip() for line in lines) if s and not s.startswith("#")]


def _file_ids(path: Path) -> list[str]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return [str(e["id"]) for e in data.get("entities", []) if str(e["id"]).startswith("wiki:")]


def _promising_files() -> list[Path]:
    return [p for p in builtin_files() if PROMISE in p.read_text(encoding="utf-8")]


def test_list_is_sorted_unique_and_well_formed() -> None:
    ids = verified_ids()
    assert ids == sorted(ids), "verified_ids.txt must stay sorted"
    assert len(set(ids)) == len(ids), "duplicate ids"
    assert all(i.startswith("wiki:") and " " not in i for i in ids)


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
    print(f"\nverified KB ids: {done} of {len(wiki)}")
    assert done == len(listed)
