"""Several processes on one database: readers never break an ingest, a second ingest waits its turn,
and the workers of a killed ingest do not outlive it. Real processes, real files, bounded waits."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from newsgraph.batch.local import alive

pytestmark = pytest.mark.slow

CLI = [sys.executable, "-m", "newsgraph.cli"]
TEXT = "北朝鮮は{d}日、ロシアに弾薬を供与した。日本政府は{d}日、北朝鮮を非難した。"


def corpus(path: Path, n: int, prefix: str = "d") -> Path:
    lines = [
        {"id": f"{prefix}{i:02d}", "published": f"2024-06-{i + 1:02d}", "text": TEXT.format(d=i + 1) + prefix}
        for i in range(n)
    ]
    path.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), encoding="utf-8")
    return path


def ingest(db: Path, source: Path, *extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [*CLI, "ingest", "--db", str(db), "--batch-size", "1", *extra, str(source)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def n_documents(db: Path) -> int:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return int(con.execute("SELECT count(*) FROM documents").fetchall()[0][0])
    finally:
        con.close()


def test_readers_during_an_ingest_never_break_it(tmp_path: Path) -> None:
    db = tmp_path / "t.duckdb"
    writer = ingest(db, corpus(tmp_path / "c.jsonl", 8))
    codes: list[int] = []
    deadline = time.monotonic() + 600
    while writer.poll() is None and time.monotonic() < deadline:
        if not db.exists():
            time.sleep(0.05)
            continue
        for verb in (["events", "--json"], ["show", "d00"], ["export", "--format", "records"]):
            reader = subprocess.run(
                [*CLI, *verb, "--db", str(db)], capture_output=True, text=True, timeout=300
            )
            assert reader.returncode in (0, 1), reader.stderr  # never a lock error (2)
            codes.append(reader.returncode)
    _, stderr = writer.communicate(timeout=600)
    assert writer.returncode == 0, stderr
    assert n_documents(db) == 8
    assert len(codes) >= 3, "the ingest ended before any reader ran"


def test_a_second_ingest_waits_for_the_first(tmp_path: Path) -> None:
    db = tmp_path / "t.duckdb"
    first = ingest(db, corpus(tmp_path / "a.jsonl", 5, "a"))
    deadline = time.monotonic() + 300
    while not db.exists() and first.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    second = ingest(db, corpus(tmp_path / "b.jsonl", 5, "b"))
    for proc in (first, second):
        _, stderr = proc.communicate(timeout=600)
        assert proc.returncode == 0, stderr
    assert n_documents(db) == 10


def _children(pid: int) -> set[int]:
    """Every live descendant of `pid`, read from /proc."""
    parents: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        parents[int(stat.parent.name)] = int(fields[1])
    found: set[int] = set()
    todo = [pid]
    while todo:
        p = todo.pop()
        kids = {c for c, pp in parents.items() if pp == p} - found
        found |= kids
        todo += kids
    return found


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads the process tree from /proc")
def test_workers_exit_when_a_killed_ingest_leaves_them(tmp_path: Path) -> None:
    db = tmp_path / "t.duckdb"
    proc = ingest(db, corpus(tmp_path / "c.jsonl", 6), "--jobs", "2")
    children: set[int] = set()
    deadline = time.monotonic() + 300
    # the forkserver and two workers (and the resource tracker) are up once there are three or more
    while proc.poll() is None and time.monotonic() < deadline and len(children) < 3:
        children = _children(proc.pid)
        time.sleep(0.1)
    assert proc.poll() is None and len(children) >= 3, "the ingest ended before its workers started"
    children = _children(proc.pid)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and any(alive(c) for c in children):
        time.sleep(0.2)
    left = [c for c in children if alive(c)]
    for c in left:  # leave no process behind, whatever the result
        os.kill(c, signal.SIGKILL)
    assert not left, f"processes outlived the killed ingest: {left}"
