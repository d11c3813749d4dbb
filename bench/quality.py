"""Quality on every hand-annotated set in one run: the development set, the seed, the English PLOVER
development half and, with `--blind`, the held-out set (scored only, never tuned against).

    python bench/quality.py            # dev, seed, plover
    python bench/quality.py --blind    # and the held-out set
    python bench/quality.py --only plover --errors   # the events each document misses or invents

Prints one line per set and layer: precision, recall and F1 (accuracy for times).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from newsgraph.evaluate import load_records, score
from newsgraph.export.records import to_record
from newsgraph.ingest import read_inputs
from newsgraph.model import Document
from newsgraph.pipeline import Pipeline

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def _set_inputs(folder: Path) -> list[str]:
    """A set's corpus.jsonl (articles with metadata dates) and its other articles as text files."""
    corpus = folder / "corpus.jsonl"
    in_corpus = {json.loads(line)["id"] for line in corpus.read_text().splitlines() if line}
    files = [str(p) for p in sorted(folder.glob("*.txt")) if p.stem not in in_corpus]
    return [str(corpus), *files]


def sets(blind: bool) -> dict[str, tuple[list[str], Path]]:
    """name → (inputs, gold)."""
    out: dict[str, tuple[list[str], Path]] = {
        "dev": (_set_inputs(ROOT / "tests/data/dev"), ROOT / "tests/data/dev"),
        "seed": ([str(SHARED / "seeds/000_ee4defb6909103be.txt")], SHARED / "gold"),
        "plover": (
            [str(SHARED / "data/plover-gsr-dev/docs.jsonl")],
            SHARED / "data/plover-gsr-dev/gold.jsonl",
        ),
    }
    wiki = ROOT / "tests/data/wiki"
    if (wiki / "corpus.jsonl").exists():
        # one record per sentence, so the gold is one JSON Lines file rather than a file per document
        out["wiki"] = (_set_inputs(wiki), wiki / "gold.jsonl")
    if blind:
        out["blind"] = (_set_inputs(ROOT / "tests/data/blind"), ROOT / "tests/data/blind")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--blind", action="store_true", help="also score the held-out set")
    parser.add_argument("--only", action="append", help="score only these sets (repeatable)")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    args = parser.parse_args(argv)
    pipeline = Pipeline()
    report: dict[str, dict[str, dict[str, float]]] = {}
    for name, (inputs, gold) in sets(args.blind or "blind" in (args.only or [])).items():
        if args.only and name not in args.only:
            continue
        docs = [d for d in read_inputs(inputs) if isinstance(d, Document)]
        outputs = {d.id: to_record(pipeline.run(d)) for d in docs}
        scores = score(outputs, load_records(gold)).as_dict()
        report[name] = scores
        if not args.json:
            for layer in ("posts", "entities", "times", "events", "events_strict"):
                s = scores.get(layer, {})
                if "f1" in s:
                    print(f"{name:6} {layer:14} P={s['p']:.3f} R={s['r']:.3f} F1={s['f1']:.3f}")
                elif "accuracy" in s:
                    print(f"{name:6} {layer:14} accuracy={s['accuracy']:.3f}")
    if args.json:
        json.dump(report, sys.stdout, indent=1)
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
