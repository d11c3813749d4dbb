"""The document record of `shared/spec/record-format.md`, built from an `Analysis` in one place.

Fields may be added to the record but none renamed: the spec's fields come first, with offsets
(`start`, `end`) and the extras (`status_url`, `confidence`, `mentions`, …) beside them.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import IO, Any

from newsgraph.model import EVENT_FIELDS, POST_FIELDS, ActorRef, Analysis, Event, Post
from newsgraph.resolve import reported_events

RECORD_VERSION = 1
# The record's own names for model fields it shows under another name.
_RENAMED = {"n_mentions": "mentions"}
# Post fields the record leaves out (the language is the document's business) or shows only when set.
_POST_HIDDEN = ("language",)
_POST_IF_SET = ("status_url",)


def _actor(ref: ActorRef) -> dict[str, Any]:
    out: dict[str, Any] = {"id": ref.id}
    if ref.country:
        out["country"] = ref.country
    if ref.sector:
        out["sector"] = ref.sector
    return out


def event_record(ev: Event) -> dict[str, Any]:
    """One event in record shape (a merged event carries its mention count)."""
    out: dict[str, Any] = {
        "type": ev.type,
        "mode": ev.mode,
        "source": [_actor(a) for a in ev.source],
        "target": [_actor(a) for a in ev.target],
        **{_RENAMED.get(f, f): _value(getattr(ev, f)) for f in EVENT_FIELDS},
        "start": ev.span.start,
        "end": ev.span.end,
    }
    return {k: v for k, v in out.items() if v is not None}


def _value(value: Any) -> Any:
    return list(value) if isinstance(value, tuple) else value


def post_record(post: Post) -> dict[str, Any]:
    """One embedded post in record shape: its fields, with offsets, and `status_url` only when known."""
    out = {f: _value(getattr(post, f)) for f in POST_FIELDS if f not in (*_POST_HIDDEN, *_POST_IF_SET)}
    out.update(start=post.span.start, end=post.span.end)
    out.update({f: v for f in _POST_IF_SET if (v := getattr(post, f))})
    return out


def to_record(analysis: Analysis) -> dict[str, Any]:
    """The document record for one analysed document."""
    doc = analysis.document
    posts = [post_record(p) for p in analysis.segmentation.posts]
    surfaces: dict[str, list[str]] = {}
    spans: dict[str, list[list[int]]] = {}
    for m in sorted(analysis.mentions, key=lambda m: m.span.start):
        names = surfaces.setdefault(m.entity_id, [])
        if m.surface not in names:
            names.append(m.surface)
        spans.setdefault(m.entity_id, []).append([m.span.start, m.span.end])
    entities = []
    first = {eid: i for i, eid in enumerate(surfaces)}  # entities in order of first mention
    for e in sorted(analysis.entities, key=lambda e: first.get(e.id, len(first))):
        rec: dict[str, Any] = {"id": e.id, "type": e.type}
        if e.country:
            rec["country"] = e.country
        if e.sector:
            rec["sector"] = e.sector
        rec["mentions"] = surfaces.get(e.id, [])
        rec["spans"] = spans.get(e.id, [])
        entities.append(rec)
    times = []
    for t in analysis.times:
        rec = {"text": t.text, "value": t.value, "start": t.span.start, "end": t.span.end, "kind": t.kind}
        for key in ("part", "mod", "anchor"):
            if getattr(t, key):
                rec[key] = getattr(t, key)
        times.append(rec)
    return {
        "doc_id": doc.id,
        "language": doc.language,
        "published": doc.published,
        "published_how": doc.published_how,
        "origin": doc.origin,
        "agency": doc.agency,
        "dateline_date": doc.dateline_date,
        "title": doc.title,
        "url": doc.url,
        "source": doc.source,
        "posts": posts,
        "entities": entities,
        "times": times,
        "events": [event_record(e) for e in reported_events(analysis.events)],
    }


def write_records(analyses: Iterable[Analysis], out: IO[str]) -> int:
    """Write one JSON line per analysis to `out`; returns how many were written."""
    n = 0
    for a in analyses:
        out.write(json.dumps(to_record(a), ensure_ascii=False) + "\n")
        n += 1
    return n
