"""Benchmark: `newsgraph.batch` with 1 and 2 worker processes on the same corpus.

    .venv/bin/python bench/scaling.py [--docs 200] [--jobs 1,2] [--group 50]

Each pool starts and warms up its workers (models loaded in every worker) before the clock starts,
then analyses the corpus (the examples and the seed, repeated) through `WorkerPool.analyse`, the
code `newsgraph.batch.analyse` and `newsgraph ingest --jobs N` run. The pools take turns on groups
of `--group` documents, so that a busy machine slows each alike. Prints documents per second for
each number of workers, how much CPU its workers got (below the worker count, other processes had
the cores), the peak RSS of each worker, and `speedup=X` (the most workers over one) on the last
line. Run it on an otherwise idle machine: the speed-up cannot exceed the free cores.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Sequence
from contextlib import ExitStack
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import build_corpus

from newsgraph.batch.local import WorkerPool
from newsgraph.model import Analysis, Skip
from newsgraph.pipeline import Options


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=200, help="documents in the corpus (default 200)")
    parser.add_argument("--jobs", default="1,2", help="worker counts to compare (default 1,2)")
    parser.add_argument("--mixed", action="store_true", help="add ordinary news with few actors")
    parser.add_argument("--group", type=int, default=50, help="documents per turn (default 50)")
    args = parser.parse_args(argv)
    jobs = sorted({int(j) for j in args.jobs.split(",")})

    docs, stats = build_corpus(args.docs, mixed=args.mixed)
    print(stats.line(), f"cores={os.cpu_count()}", flush=True)
    groups = [docs[i : i + args.group] for i in range(0, len(docs), args.group)]
    seconds = dict.fromkeys(jobs, 0.0)
    results: dict[int, list[Analysis | Skip]] = {n: [] for n in jobs}
    with ExitStack() as stack:
        pools = {n: stack.enter_context(WorkerPool(Options(), n)) for n in jobs}
        before = {n: sum(u.cpu_seconds for u in pool.usage()) for n, pool in pools.items()}
        for k, group in enumerate(groups):
            for n in jobs if k % 2 == 0 else jobs[::-1]:
                start = time.perf_counter()
                results[n] += pools[n].analyse(group)
                seconds[n] += time.perf_counter() - start
        usage = {n: pool.usage() for n, pool in pools.items()}
    for n in jobs:
        failed = sum(isinstance(r, Skip) for r in results[n])
        if len(results[n]) != len(docs) or failed:
            raise SystemExit(f"{n} workers: {len(results[n])} results for {len(docs)} docs, {failed} failed")
        busy = (sum(u.cpu_seconds for u in usage[n]) - before[n]) / seconds[n]
        print(
            f"jobs={n}  {len(docs) / seconds[n]:6.2f} docs/s  {stats.chars / seconds[n]:7.0f} chars/s  "
            f"({seconds[n]:.1f} s, workers on CPU {busy:.2f} of {n})  peak RSS per worker: "
            + ", ".join(f"{u.peak_rss_mb:.0f} MB" for u in usage[n]),
            flush=True,
        )
    lo, hi = jobs[0], jobs[-1]
    print(f"speedup={seconds[lo] / seconds[hi]:.2f} ({hi} workers over {lo})")


if __name__ == "__main__":
    main()
