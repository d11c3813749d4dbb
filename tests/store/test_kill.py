"""A killed ingest leaves a consistent database: whole batches only, no orphan rows."""

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

pytestmark = pytest.mark.slow


def test_kill_mid_ingest_keeps_whole_batches(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    text = "北朝鮮は{}日、ロシアに弾薬を供与した。日本政府は抗議した。"
    lines = [{"id": f"d{i:03d}", "published": "2024-06-18", "text": text.format(i)} for i in range(400)]
    corpus.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), encoding="utf-8")
    db = tmp_path / "t.duckdb"
    proc = subprocess.Popen(
        [sys.executable, "-m", "newsgraph.cli", "ingest", "--db", str(db), "--batch-size", "7", str(corpus)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        if db.exists() and db.stat().st_size > 300_000:
            break
        time.sleep(0.05)
    time.sleep(0.3)
    if proc.poll() is None:
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    con = duckdb.connect(str(db), read_only=True)
    n_docs = con.execute("SELECT count(*) FROM documents").fetchall()[0][0]
    assert n_docs < 400, "the ingest ended before it could be killed"
    assert n_docs % 7 == 0  # whole batches only
    orphans = con.execute(
        "SELECT count(*) FROM event_mentions WHERE doc_id NOT IN (SELECT doc_id FROM documents)"
    ).fetchall()[0][0]
    assert orphans == 0
    missing = con.execute(
        "SELECT count(*) FROM event_mentions WHERE event_id NOT IN (SELECT event_id FROM events)"
    ).fetchall()[0][0]
    assert missing == 0
    con.close()
