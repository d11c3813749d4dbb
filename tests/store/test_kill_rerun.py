"""An ingest killed mid-run (SIGKILL, a real process) and run again gives the records a clean run gives."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import duckdb
import pytest

pytestmark = pytest.mark.slow

PLACES = ["ロシア", "中国", "韓国", "米国", "英国", "フランス", "ドイツ", "インド"]
N_DOCS = 48
BATCH = 4


def _corpus(path: Path) -> Path:
    lines = []
    for i in range(N_DOCS):
        a, b = PLACES[i % len(PLACES)], PLACES[(i + 3) % len(PLACES)]
        text = f"{a}は{i % 28 + 1}日、{b}を強く非難した。{a}外務省が発表した。"
        lines.append(
            json.dumps({"id": f"d{i:03d}", "published": "2024-06-30", "text": text}, ensure_ascii=False)
        )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _ingest(corpus: Path, db: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "newsgraph.cli",
            "ingest",
            str(corpus),
            "--db",
            str(db),
            "--batch-size",
            str(BATCH),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _stored_documents(db: Path) -> int:
    try:
        with duckdb.connect(str(db), read_only=True) as con:
            row = con.execute("SELECT count(*) FROM documents").fetchone()
    except duckdb.Error:  # locked by the writer between our polls, or not created yet
        return -1
    return int(row[0]) if row else 0


def _tables(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every table's rows in a stable order, without the times rows were written and the skips
    (a re-run records each document already stored as a duplicate)."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    with duckdb.connect(str(db), read_only=True) as con:
        for (table,) in con.execute("SELECT table_name FROM information_schema.tables").fetchall():
            if table in ("skips", "schema_version"):
                continue
            cols = [
                c
                for (c,) in con.execute(
                    "SELECT column_name FROM information_schema.columns WHERE table_name = ? "
                    "ORDER BY ordinal_position",
                    [table],
                ).fetchall()
                if c not in ("ingested_at", "skipped_at")
            ]
            rows = con.execute(f"SELECT {', '.join(cols)} FROM {table}").fetchall()
            out[table] = sorted(rows, key=repr)
    return out


def test_a_killed_ingest_run_again_equals_a_clean_run(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "corpus.jsonl")
    killed = tmp_path / "killed.duckdb"
    proc = _ingest(corpus, killed)
    deadline = time.monotonic() + 240
    # Kill as soon as some whole batches are in, well before the end.
    while time.monotonic() < deadline and proc.poll() is None:
        if killed.exists() and _stored_documents(killed) >= BATCH:
            break
        time.sleep(0.05)
    assert proc.poll() is None, "the ingest ended before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    partial = _stored_documents(killed)
    assert 0 < partial < N_DOCS and partial % BATCH == 0  # whole batches only

    assert _ingest(corpus, killed).wait(timeout=600) == 0  # the re-run
    clean = tmp_path / "clean.duckdb"
    assert _ingest(corpus, clean).wait(timeout=600) == 0
    again, reference = _tables(killed), _tables(clean)
    assert len(reference["documents"]) == N_DOCS and reference["event_mentions"]
    assert again == reference
