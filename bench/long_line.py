"""Benchmark: one long line without punctuation through `newsgraph ingest`, time and peak memory.

    .venv/bin/python bench/long_line.py [--size 1000000] [--kind filler|news] [--sizes 250000,1000000]

Writes a text file holding one line of `--size` characters with no sentence end, ingests it with
`newsgraph ingest` in a child process (a fresh database), and prints the wall time, the child's peak
resident memory and the number of sentences stored. `--kind filler` repeats an ordinary phrase that
names no actor (only the cheap stages run); `--kind news` is the development articles with their
punctuation and line breaks removed, so that nearly every piece names an actor and a trigger and goes
to the model. `--sizes` runs several sizes, so that the times show whether the cost grows linearly.
The issue this answers: a 5 MB line grew to 24 GB; the target is 1 MB in under 60 s and 1.5 GB.
"""

from __future__ import annotations

import argparse
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FILLER = "長い行には句読点がなく文がどこまでも終わらないまま続いていく "


def line(kind: str, size: int) -> str:
    """`size` characters without a sentence end, of the given kind."""
    if kind == "news":
        texts = [
            p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "data" / "dev").glob("*.txt"))
        ]
        unit = re.sub(r"[。．！？!?\n\r]+", "", "".join(texts))
    else:
        unit = FILLER
    return (unit * (size // len(unit) + 1))[:size]


def run(kind: str, size: int) -> tuple[float, float, int]:
    """Ingest one line of `size` characters; (seconds, peak RSS of the child in MB, sentences)."""
    with tempfile.TemporaryDirectory(prefix="newsgraph-long-") as tmp:
        src = Path(tmp) / "line.txt"
        src.write_text(line(kind, size) + "\n", encoding="utf-8")
        db = Path(tmp) / "t.duckdb"
        before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        start = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", "newsgraph.cli", "ingest", "--db", str(db), "--json", str(src)],
            capture_output=True,
            text=True,
        )
        seconds = time.perf_counter() - start
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        if done.returncode != 0:
            raise SystemExit(f"ingest failed ({done.returncode}): {done.stderr[-2000:]}")
        import duckdb

        con = duckdb.connect(str(db), read_only=True)
        n_docs = con.execute("SELECT count(*) FROM documents").fetchall()[0][0]
        con.close()
        if n_docs != 1:
            raise SystemExit(f"the line was not stored: {done.stdout}")
        # ru_maxrss of children is the largest child so far, in KB on Linux
        return seconds, max(peak, before) / 1024, size


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=1_000_000, help="characters in the line (default 1 MB)")
    parser.add_argument("--sizes", default="", help="several sizes, comma-separated (overrides --size)")
    parser.add_argument("--kind", choices=("filler", "news"), default="filler")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s] or [args.size]
    for size in sizes:
        seconds, peak_mb, _ = run(args.kind, size)
        print(
            f"{args.kind} line of {size:,} characters: {seconds:.1f} s, peak RSS {peak_mb:,.0f} MB, "
            f"{size / seconds:,.0f} chars/s",
            flush=True,
        )
    print(f"seconds={seconds:.1f} peak_mb={peak_mb:.0f}")


if __name__ == "__main__":
    main()
