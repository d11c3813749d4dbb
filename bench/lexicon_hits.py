"""A precision audit of the trigger lexicon: which entries fire, and how often their events are true.

Runs the pipeline over the dev and wiki sets (scored against their gold) and over a sample of real,
unlabelled Japanese sentences from `../shared/data/ner-wikipedia-dataset` (read in place, never
copied; the sentences already in the wiki set are left out). For every lexicon word that produced an
event it prints: hits on the unlabelled sample, and on dev and wiki the hits that match a gold event
(true), match one also on date and status (strict), or match none (false).

    python bench/lexicon_hits.py                       # 1,500 unlabelled sentences, top 60 words
    python bench/lexicon_hits.py --sample 3000 --top 100
    python bench/lexicon_hits.py --dump /tmp/hits.jsonl   # every hit with its sentence, to read

An output event's word is the lexicon match its trigger ends with (軍事支援を求め → 求め: the
request the content folds into).
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from quality import SHARED, sets

from newsgraph.evaluate import load_records
from newsgraph.evaluate.records import event_matches
from newsgraph.events.lexicon import Lexicon, Trigger, default_lexicon
from newsgraph.export.records import to_record
from newsgraph.ingest import read_inputs
from newsgraph.model import Document
from newsgraph.pipeline import Pipeline

NER = SHARED / "data/ner-wikipedia-dataset/ner.json"
WIKI_CORPUS = Path(__file__).resolve().parents[1] / "tests/data/wiki/corpus.jsonl"


def unlabelled(n: int, seed: int, lexicon: Lexicon) -> list[Document]:
    """`n` sentences drawn at random from the sentences of the data set that hold a trigger and
    are not in the wiki set (ids `ner-<curid>-<n>` as the wiki set names them)."""
    taken = {json.loads(line)["id"] for line in WIKI_CORPUS.read_text().splitlines() if line}
    records = json.loads(NER.read_text(encoding="utf-8"))
    docs = [
        Document(id=f"ner-{r['curid']}-{i}", text=r["text"], language="ja")
        for i, r in enumerate(records)
        if f"wiki-{r['curid']}-{i}" not in taken and lexicon.has_trigger(r["text"])
    ]
    random.Random(seed).shuffle(docs)
    return docs[:n]


def entry_of(lexicon: Lexicon, surface: str) -> tuple[str, Trigger | None]:
    """The lexicon word an event's trigger surface ends with, and its entry."""
    found = lexicon.find(surface)
    if not found:
        return surface, None
    last = found[-1]
    return last.surface, last.trigger


def label(t: Trigger | None) -> str:
    if t is None:
        return "?"
    return t.type + (f"/{t.mode}" if t.mode else "")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--sample", type=int, default=1500, help="unlabelled sentences to code")
    parser.add_argument("--seed", type=int, default=7, help="random seed of the sample")
    parser.add_argument("--top", type=int, default=60, help="words to print, most hits first")
    parser.add_argument("--dump", type=Path, help="write every hit (set, word, sentence) as JSON Lines")
    args = parser.parse_args(argv)
    lexicon = default_lexicon()
    pipeline = Pipeline()
    # word → set → Counter(hits, true, strict, false)
    table: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
    entries: dict[str, str] = {}
    dump: list[dict[str, Any]] = []

    def record(name: str, doc: Document, gold: dict[str, Any] | None) -> None:
        out = to_record(pipeline.run(doc))
        gev = [g for g in (gold or {}).get("events", []) if g.get("core", True)]
        for ev in out.get("events", []):
            word, trig = entry_of(lexicon, ev.get("trigger") or "")
            entries[word] = label(trig)
            c = table[word][name]
            c["hits"] += 1
            verdict = "unlabelled"
            if gold is not None:
                true = any(event_matches(ev, g, strict=False) for g in gev)
                strict = any(event_matches(ev, g, strict=True) for g in gev)
                verdict = "strict" if strict else "true" if true else "false"
                c["true"] += true
                c["strict"] += strict
                c["false"] += not true
            dump.append(
                {
                    "set": name,
                    "doc": doc.id,
                    "word": word,
                    "entry": label(trig),
                    "verdict": verdict,
                    "status": ev.get("status"),
                    "date": ev.get("date"),
                    "source": [a.get("id") for a in ev.get("source", [])],
                    "target": [a.get("id") for a in ev.get("target", [])],
                    "evidence": ev.get("evidence"),
                }
            )

    for name, (inputs, gold_path) in sets(False).items():
        if name not in ("dev", "wiki"):
            continue
        gold = load_records(gold_path)
        for doc in read_inputs(inputs):
            if isinstance(doc, Document):
                record(name, doc, gold.get(doc.id, {}))
    sample = unlabelled(args.sample, args.seed, lexicon)
    for doc in sample:
        record("unl", doc, None)

    print(f"unlabelled sentences coded: {len(sample)}")
    head = "hit true strict false"
    print(f"{'word':14} {'entry':22} {'unl':>4} | dev {head:>22} | wiki {head:>22}")
    order = sorted(
        table, key=lambda w: (-table[w]["unl"]["hits"], -sum(c["false"] for c in table[w].values()))
    )
    for word in order[: args.top]:
        row = table[word]

        def cell(name: str, row: dict[str, Counter[str]] = row) -> str:
            c = row.get(name, Counter())
            return f"{c['hits']:>4} {c['true']:>4} {c['strict']:>6} {c['false']:>5}"

        print(
            f"{word:14} {entries[word]:22} {row['unl']['hits']:>4} | {cell('dev'):>26} | {cell('wiki'):>27}"
        )
    totals = {n: sum((table[w][n] for w in table), Counter()) for n in ("unl", "dev", "wiki")}
    for n, c in totals.items():
        print(f"total {n}: {dict(c)}")
    if args.dump:
        with args.dump.open("w", encoding="utf-8") as f:
            for d in dump:
                f.write(json.dumps(d, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
