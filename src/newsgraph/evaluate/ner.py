"""Named-entity evaluation on stockmark's Japanese Wikipedia NER set (`ner.json`).

`evaluate_ner(path)` runs GiNZA once over the sentences (`nlp.pipe`) and scores two systems on the
same spans, exact match, micro-averaged:

- **ginza**: GiNZA's own entity spans with their ENE labels mapped to stockmark's types through the
  linker's label categories (`link.label_categories`);
- **newsgraph**: exactly what the linker emits for each sentence, given GiNZA's spans repaired from
  the same parse (`link.spans_from_doc`) as its NER input: each mention's entity type and sector
  mapped to stockmark's eight labels (`stockmark_label`). The linker types its `local:` names itself
  (`link._types`: naming endings, families, battles, editions, trusted GiNZA labels), so the score
  describes the product. Scoring conventions only: bare titles resolved to office holders, the
  countries inside longer names and the home government of a bare 政府 are no names in stockmark's
  sense, and a KB person's mention is scored without the title after the name (プーチン大統領 as
  プーチン).

Stockmark's eight types and what maps to them:

    人名            PERSON
    法人名          MEDIA; ORG with sector BUS
    政治的組織名    ORG with sector GOV, LEG, PTY, MIL, JUD, IGO
    その他の組織名  ORG with another or no sector
    地名            COUNTRY, GPE, LOC
    施設名          FACILITY
    製品名          WORK
    イベント名      EVENT

Returns `{"newsgraph": {...}, "ginza": {...}, "n_sentences": N}`, each system with `typed` and
`span` precision, recall and F1 and the counts behind them. The data are read where they are (the
shared folder), never copied; nothing is learnt from them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from newsgraph.kb import KnowledgeBase, default_kb
from newsgraph.link import Linker, label_categories, spans_from_doc
from newsgraph.model import Entity, Mention

Span3 = tuple[int, int, str]

STOCKMARK_TYPES = (
    "人名",
    "法人名",
    "政治的組織名",
    "その他の組織名",
    "地名",
    "施設名",
    "製品名",
    "イベント名",
)
# newsgraph's naming categories (link/data/rules.yaml) as stockmark's labels.
_CATEGORY_LABELS = {
    "person": "人名",
    "company": "法人名",
    "political": "政治的組織名",
    "organization": "その他の組織名",
    "place": "地名",
    "facility": "施設名",
    "product": "製品名",
    "event": "イベント名",
}
# GiNZA's labels as stockmark's, for the raw-GiNZA system: the linker's label categories.
GINZA_TYPES: dict[str, str] = {
    label: _CATEGORY_LABELS[category] for label, category in label_categories().items()
}
_POLITICAL_SECTORS = frozenset({"GOV", "LEG", "PTY", "MIL", "JUD", "IGO"})
_TYPE_LABELS = {
    "PERSON": "人名",
    "COUNTRY": "地名",
    "GPE": "地名",
    "LOC": "地名",
    "FACILITY": "施設名",
    "MEDIA": "法人名",
    "EVENT": "イベント名",
    "WORK": "製品名",
}
# Mentions that are no names in stockmark's sense: bare titles resolved to office holders (首相),
# countries inside longer names, and Japan's government read from a bare 政府.
_SKIP_HOW = frozenset({"role", "nested", "home"})


def stockmark_label(entity: Entity) -> str:
    """Stockmark's label for an entity, from its record type and sector alone."""
    if entity.type in _TYPE_LABELS:
        return _TYPE_LABELS[entity.type]
    if entity.sector == "BUS":
        return "法人名"
    if entity.sector in _POLITICAL_SECTORS:
        return "政治的組織名"
    return "その他の組織名"


def _person_end(linker: Linker, mention: Mention, text: str) -> int:
    """End of the name inside a person mention: stockmark marks the name without the title,
    honorific or country after it (プーチン大統領 is scored as プーチン)."""
    ent = linker.kb.get(mention.entity_id)
    names = sorted({n for ns in (ent.names.values() if ent else ()) for n in ns}, key=len, reverse=True)
    for name in names:
        if text.startswith(name, mention.span.start):
            return mention.span.start + len(name)
    return mention.span.end


def ginza_system(spans: Sequence[Span3]) -> set[Span3]:
    """Raw GiNZA: its spans with labels mapped to stockmark's types (unmapped labels dropped)."""
    return {(s, e, GINZA_TYPES[label]) for s, e, label in spans if label in GINZA_TYPES}


def newsgraph_system(linker: Linker, text: str, spans: Sequence[Span3]) -> set[Span3]:
    """What the linker emits for `text` given GiNZA's repaired spans, as stockmark spans: each
    mention's entity type and sector mapped to a label (`stockmark_label`)."""
    out: set[Span3] = set()
    for m in linker.link(text, reference=None, ner=spans):
        if m.how in _SKIP_HOW:
            continue
        entity = linker.entity(m.entity_id)
        if entity is None:
            continue
        end = (
            _person_end(linker, m, text)
            if m.type == "PERSON" and entity.id.startswith("wiki:")
            else m.span.end
        )
        out.add((m.span.start, end, stockmark_label(entity)))
    return out


def _prf(tp: int, fp: int, fn: int) -> dict[str, float | int]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp, "fp": fp, "fn": fn}


def score(pred: Iterable[set[Span3]], gold: Iterable[set[Span3]]) -> dict[str, Any]:
    """Typed and span-only exact-match scores over parallel lists of per-sentence span sets."""
    typed = [0, 0, 0]
    untyped = [0, 0, 0]
    for p, g in zip(pred, gold, strict=True):
        typed[0] += len(p & g)
        typed[1] += len(p - g)
        typed[2] += len(g - p)
        ps, gs = {(s, e) for s, e, _ in p}, {(s, e) for s, e, _ in g}
        untyped[0] += len(ps & gs)
        untyped[1] += len(ps - gs)
        untyped[2] += len(gs - ps)
    return {"typed": _prf(*typed), "span": _prf(*untyped)}


def load_sentences(path: Path, limit: int | None = None) -> list[tuple[str, set[Span3]]]:
    """Sentences of `ner.json` with their gold spans `(start, end, type)`."""
    data = json.loads(path.read_text(encoding="utf-8"))
    rows = data[:limit] if limit is not None else data
    return [(r["text"], {(e["span"][0], e["span"][1], e["type"]) for e in r["entities"]}) for r in rows]


_SPACE = re.compile(r"\s")


def evaluate_ner(path: Path, *, limit: int | None = None, kb: KnowledgeBase | None = None) -> dict[str, Any]:
    """Score newsgraph and raw GiNZA on the first `limit` sentences (all when None) of `path`."""
    from newsgraph.nlp import load

    sentences = load_sentences(path, limit)
    nlp = load()
    ginza_spans: list[list[Span3]] = []
    repaired: list[list[Span3]] = []
    for doc in nlp.pipe((t for t, _ in sentences), batch_size=64):
        ginza_spans.append([(e.start_char, e.end_char, e.label_) for e in doc.ents])
        repaired.append(spans_from_doc(doc))
    linker = Linker(kb or default_kb())
    gold = [g for _, g in sentences]
    ginza = [ginza_system(s) for s in ginza_spans]
    ours = [newsgraph_system(linker, t, s) for (t, _), s in zip(sentences, repaired, strict=True)]
    return {"newsgraph": score(ours, gold), "ginza": score(ginza, gold), "n_sentences": len(sentences)}
