"""Benchmark: the full newsgraph pipeline against bare GiNZA on the same text, in one process.

    .venv/bin/python bench/throughput.py [--docs 30] [--mixed] [--repeat 1]

Bare GiNZA is `ja_ginza` with all its pipes, `nlp.pipe` over the documents at its default batch
size. newsgraph is `Pipeline().run` over the same documents (segment, link, GiNZA on the sentences
that can hold an event, timex, events, resolve). Both load and warm up before the clock starts; with
`--repeat N` each runs N times, alternating, and the best time counts. The corpus is the examples
and the seed repeated (`--mixed`: plus ordinary sports, weather and business news, so that about
half the sentences hold no actor). Prints characters per second for each, the peak RSS of the
process, and `ratio=X` (newsgraph over bare GiNZA) on the last line.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import build_corpus

from newsgraph import nlp
from newsgraph.batch.local import run_safely, warm_up
from newsgraph.model import Document, Skip
from newsgraph.pipeline import Pipeline


def peak_rss_mb() -> float:
    """The peak resident set size of this process so far, in MB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bare_ginza(docs: Sequence[Document]) -> Callable[[], None]:
    """A run of full `ja_ginza` over the documents (cut under GiNZA's input limit where needed)."""
    model = nlp.load()
    texts = [chunk for d in docs for _, chunk in nlp.chunks(d.text)]
    list(model.pipe(texts[:2]))  # warm-up

    def run() -> None:
        for _ in model.pipe(texts):
            pass

    return run


def full_pipeline(docs: Sequence[Document]) -> Callable[[], None]:
    """A run of the newsgraph pipeline over the documents, with every resource loaded first."""
    pipeline = warm_up(Pipeline())

    def run() -> None:
        for d in docs:
            if isinstance(run_safely(pipeline, d), Skip):
                raise SystemExit(f"analysis of {d.id} failed")

    return run


def best_time(run: Callable[[], None], previous: float | None) -> float:
    start = time.perf_counter()
    run()
    elapsed = time.perf_counter() - start
    return elapsed if previous is None else min(previous, elapsed)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=30, help="documents in the corpus (default 30)")
    parser.add_argument("--mixed", action="store_true", help="add ordinary news with few actors")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each, best counts (default 1)")
    args = parser.parse_args(argv)

    docs, stats = build_corpus(args.docs, mixed=args.mixed)
    print(stats.line(), flush=True)
    runs = {"ginza": bare_ginza(docs), "newsgraph": full_pipeline(docs)}
    print(f"models loaded, peak RSS {peak_rss_mb():.0f} MB", flush=True)
    best: dict[str, float | None] = dict.fromkeys(runs)
    for _ in range(max(1, args.repeat)):
        for name, run in runs.items():
            best[name] = best_time(run, best[name])
    speed = {name: stats.chars / t for name, t in best.items() if t}
    for name, t in best.items():
        print(f"{name:10} {speed[name]:8.0f} chars/s  ({t:.1f} s)")
    print(f"peak RSS {peak_rss_mb():.0f} MB (both models in one process)")
    print(f"ratio={speed['newsgraph'] / speed['ginza']:.2f}")


if __name__ == "__main__":
    main()
