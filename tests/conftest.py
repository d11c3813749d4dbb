"""Shared fixtures: where ../shared is, and whether tests that need it may skip."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seeds" / "000_ee4defb6909103be.txt"
GOLD = SHARED / "gold"


def need_shared() -> Path:
    """The shared folder; skips the test when it is absent, but fails in CI, where it must be there."""
    if not SEED.exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"{SHARED} is missing; CI runs with ../shared beside the checkout")
        pytest.skip(f"{SHARED} is not beside the checkout")
    return SHARED


@pytest.fixture
def shared() -> Path:
    return need_shared()


@pytest.fixture(scope="module")
def small_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database holding the two small analyses of tests/store/test_store.py (A and C)."""
    from newsgraph.store import Store
    from tests.store.test_store import A, C

    path = tmp_path_factory.mktemp("small") / "t.duckdb"
    Store(path).write([A, C])
    return path
