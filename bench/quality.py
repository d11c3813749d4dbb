"""Quality on every hand-annotated set in one run: the development set, the seed, the English PLOVER
development half and, with `--blind`, the held-out set (scored only, never tuned against).

    python bench/quality.py            # dev, seed, plover
    python bench/quality.py --blind    # and the held-out set
    python bench/quality.py --only dev --errors   # the events each document misses, invents or misdates

Prints one line per set and layer: precision, recall and F1 (accuracy for times).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from newsgraph.evaluate import load_records, score
from newsgraph.evaluate.records import event_matches
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


def _side(actors: list[dict[str, Any]] | None) -> str:
    return ",".join(sorted({str(a.get("country") or a.get("id") or "?") for a in actors or []})) or "-"


def _line(kind: str, doc_id: str, ev: dict[str, Any]) -> str:
    evidence = " ".join(str(ev.get("evidence") or "").split())[:90]
    return (
        f"{kind:8} {doc_id[:24]:24} {ev.get('type', '?'):9} {_side(ev.get('source')):>11} → "
        f"{_side(ev.get('target')):11} {ev.get('date') or '-':10} {ev.get('status') or '-':9} {evidence}"
    )


def _same_sentence(a: dict[str, Any], b: dict[str, Any]) -> bool:
    ea, eb = str(a.get("evidence") or ""), str(b.get("evidence") or "")
    return bool(ea and eb) and (ea in eb or eb in ea)


def _error_kind(kind: str, ev: dict[str, Any], others: list[dict[str, Any]]) -> str:
    """A coarse class of one error, from the events of the other side in the same sentence."""
    near = [o for o in others if _same_sentence(ev, o)]
    if kind == "missed":
        if not near:
            return "missed: no event coded in the sentence"
        if any(o.get("type") == ev.get("type") for o in near):
            return "missed: right type, wrong actors"
        return "missed: other type coded in the sentence"
    if not near:
        return "invented: sentence holds no gold event"
    if any(o.get("type") == ev.get("type") for o in near):
        return "invented: right type, wrong actors"
    return "invented: wrong type for the sentence"


def _print_errors(name: str, outputs: dict[str, dict[str, Any]], gold: dict[str, dict[str, Any]]) -> None:
    """Per document: core gold events no output matches (missed), outputs that match no gold event
    (invented), and matches that fail the strict score (date or status: `strict`); then the count of
    each kind of error."""
    print(f"# {name}: missed, invented and strict-only errors")
    kinds: Counter[str] = Counter()
    for doc_id, g in gold.items():
        gev = g.get("events", [])
        oev = outputs.get(doc_id, {}).get("events", [])
        for ge in gev:
            if not ge.get("core", True):
                continue
            loose = [oe for oe in oev if event_matches(oe, ge, strict=False)]
            if not loose:
                print(_line("missed", doc_id, ge))
                kinds[_error_kind("missed", ge, oev)] += 1
            elif not any(event_matches(oe, ge, strict=True) for oe in loose):
                ours = loose[0]
                print(_line("strict", doc_id, ge) + f"  (ours: {ours.get('date')}, {ours.get('status')})")
                same_status = {**ours, "status": ge.get("status")}
                if ge.get("date") and not event_matches(same_status, ge, strict=True):
                    kinds["strict: wrong or missing date"] += 1
                if ours.get("status") != ge.get("status"):
                    kinds[f"strict: status {ours.get('status')} for {ge.get('status')}"] += 1
        for oe in oev:
            if not any(event_matches(oe, ge, strict=False) for ge in gev):
                print(_line("invented", doc_id, oe))
                kinds[_error_kind("invented", oe, gev)] += 1
    print(f"# {name}: errors by kind")
    for kind, n in kinds.most_common():
        print(f"{n:5}  {kind}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--blind", action="store_true", help="also score the held-out set")
    parser.add_argument("--only", action="append", help="score only these sets (repeatable)")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument(
        "--errors",
        action="store_true",
        help="list each document's missed, invented and wrong-date or wrong-status events (not for blind)",
    )
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
        if args.errors and name != "blind":
            _print_errors(name, outputs, load_records(gold))
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
