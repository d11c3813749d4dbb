"""Benchmark: one long line without punctuation through newsgraph, time and peak memory, against bare GiNZA.

    .venv/bin/python bench/long_line.py [--size 1000000] [--kind news|filler] [--sizes 250000,1000000]
                                        [--no-bare] [--ingest]

Each size runs in a fresh child process, so that its peak resident memory is its own. The child
builds one document holding one line of `--size` characters with no sentence end, loads and warms
the models, and times `Pipeline().run` on it (segment, link, GiNZA on the sentences that can hold
an event, timex, events, resolve); the peak RSS is read right after. Then, in the same process, bare
`ja_ginza` (all its pipes) runs `nlp.pipe` over the same text cut into the same pieces (the
pipeline's sentences), in batches of the same `nlp.BATCH_CHARS` characters. It prints both times,
the pipeline's peak RSS and `ratio=X`: newsgraph's characters per second over bare GiNZA's (above 1:
newsgraph is faster, as it parses only the sentences with a trigger word and a name).

`--kind news` (default) is the development articles (tests/data/dev/*.txt) with 。、！？ and line
breaks removed and repeated to the size, so that nearly every piece names an actor and a trigger
and goes to the model; `--kind filler` repeats an ordinary phrase that names no actor (only the
cheap stages run). `--sizes` runs several sizes, so that the times show whether the cost grows
linearly. `--ingest` times `newsgraph ingest` of the line into a fresh database instead (the
command users run; no bare comparison).

The issue this answers: a 5 MB line grew to 24 GB; the target is 1 MB in under 60 s and 1.5 GB.
With the parse budget (`Options.parse_budget`, 50,000 characters of a document's candidate
sentences go to the model, the case rules read the rest): 1,000,000 characters in 46.4 s, peak RSS
1,040 MB (`--no-bare`). Before the budget, every candidate sentence went to the model:
Measured on 2 cores shared with other work (news): 250,000 characters in 78.5 s, peak RSS 1,052 MB
(bare GiNZA 105.6 s, ratio=1.34); 1,000,000 characters in 447 s, peak RSS 1,160 MB (bare GiNZA
447 s, ratio=1.00), and in a quieter hour 373 s, peak RSS 1,111 MB (bare GiNZA 316 s, ratio=0.84).
Memory holds the 1.5 GB target and grows little with the size (553 MB with the models loaded);
time is linear but not under 60 s: 93% of this text has a trigger and a name and goes to the model,
which alone needs about as long (bare GiNZA: 2,300 to 3,200 characters a second here).
"""

from __future__ import annotations

import argparse
import json
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
    """`size` characters without a sentence end or comma, of the given kind."""
    if kind == "news":
        texts = [
            p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "data" / "dev").glob("*.txt"))
        ]
        unit = re.sub(r"[。．、，！？!?\n\r]+", "", "".join(texts))
    else:
        unit = FILLER
    return (unit * (size // len(unit) + 1))[:size]


def peak_mb() -> float:
    """The peak resident memory of this process so far, in MB (ru_maxrss is in KB on Linux)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(kind: str, size: int, bare: bool) -> dict[str, float]:
    """In this process: newsgraph's time and peak RSS on one line, then bare GiNZA's time."""
    from newsgraph import nlp
    from newsgraph.model import Document
    from newsgraph.pipeline import Pipeline

    pipeline = Pipeline()
    pipeline.run(Document(id="warm", text="岸田首相は10日、バイデン大統領と会談した。", language="ja"))
    loaded = peak_mb()
    document = Document(id="line", text=line(kind, size), language="ja", published="2024-06-01")
    start = time.perf_counter()
    analysis = pipeline.run(document)
    seconds = time.perf_counter() - start
    out = {
        "size": size,
        "seconds": seconds,
        "peak_mb": peak_mb(),
        "loaded_mb": loaded,
        "sentences": len(analysis.segmentation.sentences),
        "longest": max(len(s.text) for s in analysis.segmentation.sentences),
        "events": len(analysis.events),
    }
    if bare:
        pieces = [s.text for s in analysis.segmentation.sentences]
        del analysis
        ginza = nlp.load()
        list(ginza.pipe(["岸田首相は10日、バイデン大統領と会談した。"]))
        per_batch = max(1, nlp.BATCH_CHARS // max(len(p) for p in pieces))
        start = time.perf_counter()
        for _ in ginza.pipe(pieces, batch_size=per_batch):
            pass
        out["bare_seconds"] = time.perf_counter() - start
        out["bare_peak_mb"] = peak_mb()
    return out


def run_child(kind: str, size: int, bare: bool) -> dict[str, float]:
    """`measure` in a fresh child process."""
    args = [sys.executable, __file__, "--child", "--kind", kind, "--size", str(size)]
    done = subprocess.run([*args, *([] if bare else ["--no-bare"])], capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"the run failed ({done.returncode}): {done.stderr[-2000:]}")
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def run_ingest(kind: str, size: int) -> tuple[float, float]:
    """Ingest one line of `size` characters with `newsgraph ingest`; (seconds, peak RSS in MB)."""
    with tempfile.TemporaryDirectory(prefix="newsgraph-long-") as tmp:
        src = Path(tmp) / "line.txt"
        src.write_text(line(kind, size) + "\n", encoding="utf-8")
        db = Path(tmp) / "t.duckdb"
        start = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", "newsgraph.cli", "ingest", "--db", str(db), "--json", str(src)],
            capture_output=True,
            text=True,
        )
        seconds = time.perf_counter() - start
        # ru_maxrss of children is the largest child waited for so far, in KB on Linux
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        if done.returncode != 0:
            raise SystemExit(f"ingest failed ({done.returncode}): {done.stderr[-2000:]}")
        if json.loads(done.stdout).get("stored") != ["line"]:
            raise SystemExit(f"the line was not stored: {done.stdout}")
        return seconds, peak


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--size", type=int, default=1_000_000, help="characters in the line (default 1 MB)")
    parser.add_argument("--sizes", default="", help="several sizes, comma-separated (overrides --size)")
    parser.add_argument("--kind", choices=("news", "filler"), default="news")
    parser.add_argument("--no-bare", dest="bare", action="store_false", help="skip the bare GiNZA run")
    parser.add_argument("--ingest", action="store_true", help="time `newsgraph ingest` instead")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(measure(args.kind, args.size, args.bare)))
        return
    sizes = [int(s) for s in args.sizes.split(",") if s] or [args.size]
    for size in sizes:
        if args.ingest:
            seconds, peak = run_ingest(args.kind, size)
            print(
                f"ingest of a {args.kind} line of {size:,} characters: {seconds:.1f} s, "
                f"peak RSS {peak:,.0f} MB"
            )
            continue
        r = run_child(args.kind, size, args.bare)
        print(
            f"{args.kind} line of {size:,} characters, {r['sentences']:,} sentences (longest "
            f"{r['longest']}), {r['events']:,} events: newsgraph {r['seconds']:.1f} s "
            f"({size / r['seconds']:,.0f} chars/s), peak RSS {r['peak_mb']:,.0f} MB "
            f"(models loaded: {r['loaded_mb']:,.0f} MB)",
            flush=True,
        )
        if args.bare:
            print(
                f"  bare ja_ginza nlp.pipe over the same pieces: {r['bare_seconds']:.1f} s "
                f"({size / r['bare_seconds']:,.0f} chars/s); ratio={r['bare_seconds'] / r['seconds']:.2f}",
                flush=True,
            )
        print(f"seconds={r['seconds']:.1f} peak_mb={r['peak_mb']:.0f}", flush=True)


if __name__ == "__main__":
    main()
