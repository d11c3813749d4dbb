"""Reading while `newsgraph ingest` writes: the server serves snapshots and never locks the file."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest
import web_data
from fastapi.testclient import TestClient

from newsgraph.store import Store
from newsgraph.web import create_app
from newsgraph.web.snapshot import Snapshots, SnapshotUnavailable, signature

# A writer like `newsgraph ingest`: it holds the file open for writing and commits a row every
# 50 ms until it reads a line on stdin; then it adds one document and exits.
WRITER = textwrap.dedent(
    """
    import sys, threading, time, duckdb
    con = duckdb.connect(sys.argv[1])
    print("locked", flush=True)
    stop = threading.Event()
    threading.Thread(target=lambda: (sys.stdin.readline(), stop.set()), daemon=True).start()
    n = 0
    while not stop.is_set():
        con.execute("INSERT INTO skips (source, reason) VALUES (?, 'busy')", [f"s{n}"])
        n += 1
        time.sleep(0.05)
    con.execute(
        "INSERT INTO documents (doc_id, content_hash, source, title, language, text) "
        "VALUES ('late', 'h-late', 'x', 'Written during serving', 'en', 'late text')"
    )
    con.close()
    print("done", flush=True)
    """
)


@pytest.fixture
def fresh_db(tmp_path: Path) -> Path:
    return web_data.build(tmp_path / "live.duckdb", web_data.clean())


@pytest.fixture
def writer(fresh_db: Path) -> Iterator[subprocess.Popen[str]]:
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(fresh_db)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        yield proc
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=10)


def _wait(predicate, timeout: float = 15.0) -> bool:  # type: ignore[no-untyped-def]
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.1)
    return False


def test_server_keeps_answering_while_another_process_writes(
    fresh_db: Path, tmp_path: Path, writer: subprocess.Popen[str]
) -> None:
    app = create_app(fresh_db, snapshot_dir=tmp_path / "snaps", settle=2.0)
    with TestClient(app) as client:
        assert client.get("/api/documents").json()["total"] == 3
        assert writer.stdout is not None
        assert writer.stdout.readline().strip() == "locked"  # the writer got the lock: we hold none
        with pytest.raises(duckdb.IOException):  # a direct read-only open fails while it writes
            duckdb.connect(str(fresh_db), read_only=True)
        time.sleep(0.7)  # past the check interval, so the change is seen
        for _ in range(5):
            r = client.get("/api/documents")
            assert r.status_code == 200
            assert r.json()["total"] == 3  # the last good snapshot
            assert r.json()["snapshot"]["stale"] is True
            assert r.headers["X-Newsgraph-Stale"] == "true"
            page = client.get("/")
            assert page.status_code == 200
            assert "database is being updated; showing data as of" in page.text
            assert client.get("/documents/ja_putin_visit").status_code == 200
            assert client.get("/api/events").status_code == 200
        status = client.get("/api/status").json()
        assert status["stale"] is True and "showing data as of" in status["note"]

        writer.stdin.write("stop\n")  # type: ignore[union-attr]
        writer.stdin.flush()  # type: ignore[union-attr]
        assert writer.stdout.readline().strip() == "done"
        assert writer.wait(timeout=10) == 0

        def caught_up() -> bool:
            body = client.get("/api/documents").json()
            return body["total"] == 4 and body["snapshot"]["stale"] is False

        assert _wait(caught_up), "the server should take a new snapshot once the writer is done"
        assert "being updated" not in client.get("/").text
        assert client.get("/documents/late").status_code == 200


def test_ingest_writes_while_the_server_serves(fresh_db: Path, tmp_path: Path) -> None:
    """The server's copies take no lock: a writer opening the file is never refused."""
    snaps = Snapshots(fresh_db, folder=tmp_path / "snaps", settle=0.0, check_interval=0.0)
    try:
        with snaps.lease() as store:
            before = store.counts()["documents"]
            Store(fresh_db).write([web_data.hostile()])  # opens the file for writing meanwhile
            assert store.counts()["documents"] == before  # a lease keeps its snapshot
        with snaps.lease() as store:
            assert store.counts()["documents"] == before + 1
        assert not snaps.freshness().stale
    finally:
        snaps.close()


def test_replaced_snapshots_are_deleted_after_their_last_lease(fresh_db: Path, tmp_path: Path) -> None:
    folder = tmp_path / "snaps"
    snaps = Snapshots(fresh_db, folder=folder, settle=0.0, check_interval=0.0)
    try:
        with snaps.lease():
            first = sorted(folder.glob("*.duckdb"))
            Store(fresh_db).write([web_data.hostile()])
            with snaps.lease() as newer:
                assert newer.counts()["documents"] == 4
                assert len(list(folder.glob("*.duckdb"))) == 2  # the old one is still leased
        assert sorted(folder.glob("*.duckdb")) != first
        assert len(list(folder.glob("*.duckdb"))) == 1
    finally:
        snaps.close()
    assert not folder.exists() or not any(folder.glob("*.duckdb"))


def test_a_copy_torn_by_a_write_is_not_served(
    fresh_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    snaps = Snapshots(fresh_db, folder=tmp_path / "snaps", settle=0.0, check_interval=0.0)
    try:
        with snaps.lease() as store:
            assert store.counts()["documents"] == 3
        Store(fresh_db).write([web_data.hostile()])
        real_copy = shutil.copyfile

        def copy_during_a_write(src: Path, dst: Path) -> Path:
            out = real_copy(src, dst)
            with duckdb.connect(str(fresh_db)) as con:  # another batch lands mid-copy
                con.execute("INSERT INTO skips (source, reason) VALUES ('x', 'y')")
            return Path(out)

        monkeypatch.setattr(shutil, "copyfile", copy_during_a_write)
        with snaps.lease() as store:
            assert store.counts()["documents"] == 3  # the torn copy was dropped
        assert snaps.freshness().stale
        monkeypatch.undo()
        with snaps.lease() as store:
            assert store.counts()["documents"] == 4
        assert not snaps.freshness().stale
    finally:
        snaps.close()


def test_a_file_changed_moments_ago_is_left_to_settle(fresh_db: Path, tmp_path: Path) -> None:
    now = [0.0]
    snaps = Snapshots(
        fresh_db, folder=tmp_path / "snaps", settle=5.0, check_interval=0.0, clock=lambda: now[0]
    )
    try:
        with snaps.lease() as store:  # the first snapshot is taken at once
            assert store.counts()["documents"] == 3
        Store(fresh_db).write([web_data.hostile()])
        wrote = max(s[1] for s in signature(fresh_db) if s) / 1e9
        now[0] = wrote + 1
        with snaps.lease() as store:
            assert store.counts()["documents"] == 3
        fresh = snaps.freshness()
        assert fresh.stale and fresh.note and "showing data as of" in fresh.note
        now[0] = wrote + 6
        with snaps.lease() as store:
            assert store.counts()["documents"] == 4
    finally:
        snaps.close()


def test_no_snapshot_yet(tmp_path: Path) -> None:
    snaps = Snapshots(tmp_path / "missing.duckdb", folder=tmp_path / "snaps")
    try:
        with pytest.raises(SnapshotUnavailable, match="newsgraph ingest"), snaps.lease():
            pass
    finally:
        snaps.close()
