"""Benchmark: the full newsgraph pipeline against bare GiNZA on the same text, in one process.

    .venv/bin/python bench/throughput.py [--docs 30] [--mixed] [--repeat 1] [--group 5] [--english]

Bare GiNZA is `ja_ginza` with all its pipes, `nlp.pipe` over the documents at its default batch
size. newsgraph is `Pipeline().run` over the same documents (segment, link, GiNZA on the sentences
that can hold an event, timex, events, resolve). Both load and warm up before the clock starts. The
two take turns on groups of `--group` documents (which one goes first alternates), so that a busy
machine slows both alike; times add up over the groups and over `--repeat` passes. The corpus is the
examples and the seed repeated (`--mixed`: plus ordinary sports, weather and business news, so that
about half the sentences hold no actor). Prints characters per second (wall clock, and per CPU
second) for each, the peak RSS of the process, and `ratio=X` (newsgraph over bare GiNZA, wall
clock) on the last line.

`--english` measures English instead: the sentences of the PLOVER development half
(../shared/data/plover-gsr-dev/docs.jsonl), newsgraph against bare `en_core_web_sm` `nlp.pipe`
(every pipe the model enables); newsgraph's English readers also load before the clock. With
`--repeat 3`: ratio 0.43 when the English model ran whole (entities included), the trigger lexicon
was one regular expression of 4,700 forms and the linker tried every name length at every letter;
0.99 to 1.02 without the entity recogniser, with a word look-up for the triggers and no name
tried inside a Latin word (about 35,000 characters a second each); 1.01 to 1.05 with the linker's
name scan done once a block (it was done again for the countries inside names), English generic
actors and verbs coded by their objects included; 1.08 with the lemmatizer run only on the tokens
the clause reader asks for (`nlp.english.lemma`); 0.95 once the English lexicon, clause reader and
knowledge base had grown (81 entries, times on clauses, 557 more names); 0.95 to 1.02 (five runs of
`--repeat 5` on an idle machine) with the lemma of a noun's dependents asked only where the noun can
head a clause, and no search for bare titles or one-character abbreviations in text without kanji;
1.03 to 1.04 (three runs) with no name looked up that would end inside a Latin word.
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
from newsgraph.ingest import read_inputs
from newsgraph.model import Document, Skip
from newsgraph.nlp import english
from newsgraph.pipeline import Pipeline


def peak_rss_mb() -> float:
    """The peak resident set size of this process so far, in MB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bare_ginza(docs: Sequence[Document]) -> Callable[[], None]:
    """A run of full `ja_ginza` over the documents (cut under GiNZA's input limit where needed)."""
    model = nlp.load()
    texts = [chunk for d in docs for _, chunk in nlp.chunks(d.text)]

    def run() -> None:
        for _ in model.pipe(texts):
            pass

    return run


def bare_english(docs: Sequence[Document]) -> Callable[[], None]:
    """A run of full `en_core_web_sm` (every pipe it enables) over the documents."""
    model = english.load(exclude=(), lazy=())
    texts = [d.text for d in docs]

    def run() -> None:
        for _ in model.pipe(texts):
            pass

    return run


EN_WARM_UP = Document(
    id="warm-up-en",
    text="Russia and China signed an agreement in Moscow on Tuesday.\n",
    published="2024-05-16",
)
PLOVER = Path(__file__).resolve().parents[2] / "shared" / "data" / "plover-gsr-dev" / "docs.jsonl"


def full_pipeline(pipeline: Pipeline, docs: Sequence[Document]) -> Callable[[], None]:
    """A run of the newsgraph pipeline over the documents."""

    def run() -> None:
        for d in docs:
            if isinstance(run_safely(pipeline, d), Skip):
                raise SystemExit(f"analysis of {d.id} failed")

    return run


def timed(run: Callable[[], None]) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one call."""
    wall, cpu = time.perf_counter(), time.process_time()
    run()
    return time.perf_counter() - wall, time.process_time() - cpu


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=30, help="documents in the corpus (default 30)")
    parser.add_argument("--mixed", action="store_true", help="add ordinary news with few actors")
    parser.add_argument("--repeat", type=int, default=1, help="passes over the corpus (default 1)")
    parser.add_argument("--group", type=int, default=5, help="documents per turn (default 5)")
    parser.add_argument("--english", action="store_true", help="English: against bare en_core_web_sm")
    args = parser.parse_args(argv)

    if args.english:
        docs = [d for d in read_inputs([str(PLOVER)]) if isinstance(d, Document)]
        total = sum(len(d.text) for d in docs)
        print(f"{len(docs)} English documents, {total} characters", flush=True)
        bare_of: Callable[[Sequence[Document]], Callable[[], None]] = bare_english
        english.load()
    else:
        docs, stats = build_corpus(args.docs, mixed=args.mixed)
        total = stats.chars
        print(stats.line(), flush=True)
        bare_of = bare_ginza
        nlp.load()
    pipeline = warm_up(Pipeline())
    if args.english:
        pipeline.run(EN_WARM_UP)  # the English readers' lexicons and tables load before the clock
    groups = [docs[i : i + args.group] for i in range(0, len(docs), args.group)]
    turns = [(bare_of(g), full_pipeline(pipeline, g)) for g in groups]
    for bare, _ in turns[:1]:
        bare()  # warm-up of the full model's first batch
    print(f"models loaded, peak RSS {peak_rss_mb():.0f} MB", flush=True)
    base = "spacy-en" if args.english else "ginza"
    wall = {base: 0.0, "newsgraph": 0.0}
    cpu = dict(wall)
    for n in range(max(1, args.repeat) * len(turns)):
        bare, ours = turns[n % len(turns)]
        order = [(base, bare), ("newsgraph", ours)]
        for name, run in order if n % 2 == 0 else order[::-1]:
            w, c = timed(run)
            wall[name] += w
            cpu[name] += c
    chars = total * max(1, args.repeat)
    for name in wall:
        print(
            f"{name:10} {chars / wall[name]:7.0f} chars/s  {chars / cpu[name]:7.0f} chars/CPU-s  "
            f"({wall[name]:.1f} s)"
        )
    print(f"peak RSS {peak_rss_mb():.0f} MB (both models in one process)")
    print(f"cpu_ratio={cpu[base] / cpu['newsgraph']:.2f}")
    print(f"ratio={wall[base] / wall['newsgraph']:.2f}")


if __name__ == "__main__":
    main()
