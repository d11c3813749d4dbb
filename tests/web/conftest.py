"""Fixtures for the web tests: databases built from hand-made analyses, and a client over each."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
import web_data

with warnings.catch_warnings():
    # Starlette asks for the httpx2 package and warns when it finds httpx; both work the same here
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from newsgraph.web import create_app
from tests.conftest import need_shared

SHARED, SEED = web_data.SHARED, web_data.SEED


@pytest.fixture(scope="session")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Clean documents and the hostile one, in one database."""
    path = tmp_path_factory.mktemp("web") / "web.duckdb"
    return web_data.build(path, [*web_data.clean(), web_data.hostile()])


@pytest.fixture(scope="session")
def client(db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    app = create_app(db, snapshot_dir=tmp_path_factory.mktemp("snapshots"))
    with TestClient(app) as c:
        yield c


@pytest.fixture(scope="session")
def seed_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed article run through the whole pipeline (GiNZA, knowledge base) into a database."""
    need_shared()
    from newsgraph.batch import ingest
    from newsgraph.ingest import read_inputs
    from newsgraph.store import Store

    path = tmp_path_factory.mktemp("seed") / "seed.duckdb"
    report = ingest(read_inputs([str(SEED)]), Store(path))
    assert report.stored == [SEED.stem], report.skipped
    return path


@pytest.fixture(scope="session")
def seed_client(seed_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    app = create_app(seed_db, snapshot_dir=tmp_path_factory.mktemp("seed-snapshots"))
    with TestClient(app) as c:
        yield c
