"""Score document records against gold records by the rules of `shared/spec/record-format.md`.

- posts: a match is the same `handle` (case-insensitive) and `posted` date;
- entities: the set of `wiki:` ids per document; gold `core` ids are to be found, gold ids and their
  `alt` ids are acceptable, any other output `wiki:` id counts against precision (`local:` ids are
  not scored);
- times: a core gold expression counts when an output time's text holds the gold's or lies within
  it (texts only, gold has no offsets: "on Saturday" and "Saturday" overlap) and has one of its
  acceptable values;
- events: an output event matches a gold event when the type is the gold's or one of its
  `alt_types`, the source countries overlap and the target countries overlap (both empty counts);
  the strict score also wants the date to agree at the gold's granularity and the same status.
  Each core gold event takes the first unused output that matches it; an output that matches no gold
  event, core or not, counts against precision.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsgraph.errors import GoldError
from newsgraph.resolve import dates_agree

Record = Mapping[str, Any]
LAYERS = ("posts", "entities", "events", "events_strict")


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "p": round(self.precision, 3),
            "r": round(self.recall, 3),
            "f1": round(self.f1, 3),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass
class Scores:
    layers: dict[str, Counts] = field(default_factory=lambda: {k: Counts() for k in LAYERS})
    times_ok: int = 0
    times_all: int = 0
    docs: int = 0
    missing: int = 0
    misses: list[dict[str, Any]] = field(default_factory=list)  # core gold events no output matched

    @property
    def time_accuracy(self) -> float:
        return self.times_ok / self.times_all if self.times_all else 0.0

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {k: c.as_dict() for k, c in self.layers.items()}
        out["times"] = {"accuracy": round(self.time_accuracy, 3), "ok": self.times_ok, "of": self.times_all}
        out["docs"] = {"gold": self.docs, "missing": self.missing}
        return out


def load_records(path: Path) -> dict[str, dict[str, Any]]:
    """Records by doc_id from a JSON Lines file, a `.gold.json` file, or a folder of `*.gold.json`."""
    try:
        if path.is_dir():
            return {
                r["doc_id"]: r for f in sorted(path.glob("*.gold.json")) for r in [json.loads(f.read_text())]
            }
        text = path.read_text(encoding="utf-8")
        if path.name.endswith(".gold.json"):
            r = json.loads(text)
            return {r["doc_id"]: r}
        return {r["doc_id"]: r for line in text.splitlines() if line.strip() for r in [json.loads(line)]}
    except (OSError, ValueError, KeyError) as exc:
        raise GoldError(f"{path}: cannot read records ({exc}); expected JSON Lines or *.gold.json") from exc


def _spans_overlap(out_text: str, gold_text: str) -> bool:
    """One text holds the other; an empty output text overlaps nothing."""
    return bool(out_text) and (out_text in gold_text or gold_text in out_text)


def _countries(actors: Iterable[Mapping[str, Any]] | None) -> set[str]:
    return {a["country"] for a in actors or [] if a.get("country")}


def event_matches(out: Record, gold: Record, *, strict: bool) -> bool:
    """Whether an output event matches a gold event under the spec's rules."""
    if out.get("type") not in {gold.get("type"), *gold.get("alt_types", [])}:
        return False
    if not _countries(out.get("source")) & _countries(gold.get("source")):
        return False
    gt, ot = _countries(gold.get("target")), _countries(out.get("target"))
    if (gt or ot) and not gt & ot:
        return False
    if strict:
        if gold.get("date") and not (out.get("date") and dates_agree(out["date"], gold["date"])):
            return False
        if out.get("status") != gold.get("status"):
            return False
    return True


def _score_doc(out: Record, gold: Record, s: Scores) -> None:
    gp = {(p["handle"].lower(), p["posted"][:10]) for p in gold.get("posts", [])}
    op = {((p.get("handle") or "").lower(), (p.get("posted") or "")[:10]) for p in out.get("posts", [])}
    c = s.layers["posts"]
    c.tp += len(gp & op)
    c.fp += len(op - gp)
    c.fn += len(gp - op)

    gents = gold.get("entities", [])
    core = {e["id"] for e in gents if e.get("core", True) and e["id"].startswith("wiki:")}
    acceptable = {i for e in gents for i in (e["id"], *e.get("alt", []))}
    alt_of = {a: e["id"] for e in gents for a in e.get("alt", [])}
    found = {str(e.get("id")) for e in out.get("entities", []) if str(e.get("id", "")).startswith("wiki:")}
    normalised = {alt_of.get(i, i) for i in found}
    c = s.layers["entities"]
    c.tp += len(core & normalised)
    c.fn += len(core - normalised)
    c.fp += len(found - acceptable)

    for gt in gold.get("times", []):
        if not gt.get("core", True):
            continue
        s.times_all += 1
        values = {gt["value"], *gt.get("alt", [])}
        if any(
            _spans_overlap(ot.get("text") or "", gt["text"]) and ot.get("value") in values
            for ot in out.get("times", [])
        ):
            s.times_ok += 1

    gev = gold.get("events", [])
    oev = out.get("events", [])
    for key, strict in (("events", False), ("events_strict", True)):
        used: set[int] = set()
        c = s.layers[key]
        for ge in gev:
            if not ge.get("core", True):
                continue
            hit = next(
                (i for i, oe in enumerate(oev) if i not in used and event_matches(oe, ge, strict=strict)),
                None,
            )
            if hit is None:
                c.fn += 1
                if not strict:
                    s.misses.append({"doc_id": gold.get("doc_id"), **ge})
            else:
                used.add(hit)
                c.tp += 1
        c.fp += sum(
            1
            for i, oe in enumerate(oev)
            if i not in used and not any(event_matches(oe, ge, strict=strict) for ge in gev)
        )


def score(outputs: Mapping[str, Record], gold: Mapping[str, Record]) -> Scores:
    """Scores of `outputs` against every gold document (a gold document with no output scores zero)."""
    s = Scores()
    for doc_id, g in gold.items():
        s.docs += 1
        o = outputs.get(doc_id)
        if o is None:
            s.missing += 1
            o = {}
        _score_doc(o, g, s)
    return s
