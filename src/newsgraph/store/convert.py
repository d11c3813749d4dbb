"""Conversions between `Analysis` values and table rows, in one place.

`rows(analysis)` gives the rows of every per-document table; `analysis_from_rows` rebuilds the
analysis from them. Both the DuckDB store and the Spark engine use these, so the two write the same
tables.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from typing import Any

import pyarrow as pa

from newsgraph.model import (
    EVENT_FIELDS,
    POST_FIELDS,
    QUAD_CLASS,
    ActorRef,
    Analysis,
    Document,
    Entity,
    Event,
    Mention,
    Post,
    Segmentation,
    Span,
    TimeValue,
)
from newsgraph.store.schema import TABLES, columns

Row = dict[str, Any]

_ARROW = {
    "VARCHAR": pa.string(),
    "INTEGER": pa.int32(),
    "DOUBLE": pa.float64(),
    "VARCHAR[]": pa.list_(pa.string()),
}


# The fields of the model each table stores under their own names: the rest of a row is offsets,
# actor lists and counts, written out below.
_POST_COLUMNS = tuple(f for f in POST_FIELDS if f in columns("posts"))
_MENTION_COLUMNS = tuple(f for f in EVENT_FIELDS if f in columns("event_mentions"))
_EVENT_COLUMNS = tuple(f for f in EVENT_FIELDS if f in columns("events"))
_DEFAULTS: dict[type, dict[str, Any]] = {
    cls: {f.name: f.default for f in dataclasses.fields(cls) if f.default is not dataclasses.MISSING}
    for cls in (Post, Event)
}


def _cells(value: Any, names: Iterable[str]) -> Row:
    """The fields `names` of a dataclass value as row cells (tuples as lists)."""
    return {n: list(v) if isinstance(v := getattr(value, n), tuple) else v for n in names}


def _fields(cls: type, row: Row, names: Iterable[str]) -> dict[str, Any]:
    """The cells `names` of a row as keyword arguments of `cls`: lists as tuples, and a NULL where
    the field has a default as that default."""
    out: dict[str, Any] = {}
    for n in names:
        default = _DEFAULTS[cls].get(n, dataclasses.MISSING)
        value = row.get(n)
        if isinstance(default, tuple):
            out[n] = tuple(value or ())
        elif value is None and default is not dataclasses.MISSING:
            out[n] = default
        else:
            out[n] = value
    return out


def arrow_schema(table: str) -> pa.Schema:
    """The Arrow schema of a table, in the column order of `schema.TABLES`."""
    return pa.schema([(c, _ARROW[t]) for c, t in TABLES[table]])


def to_arrow(table: str, rows: Sequence[Row]) -> pa.Table:
    """Rows of one table as an Arrow table with the shared schema."""
    schema = arrow_schema(table)
    return pa.Table.from_pylist([{c: r.get(c) for c in schema.names} for r in rows], schema=schema)


def _actors(refs: Sequence[ActorRef]) -> tuple[list[str], list[str], list[str]]:
    return [r.id for r in refs], [r.country or "" for r in refs], [r.sector or "" for r in refs]


def event_mention_row(doc_id: str, ev: Event) -> Row:
    sid, sc, ss = _actors(ev.source)
    tid, tc, ts = _actors(ev.target)
    return {
        **_cells(ev, _MENTION_COLUMNS),
        "doc_id": doc_id,
        "start_char": ev.span.start,
        "end_char": ev.span.end,
        "trigger_start": ev.trigger_span.start if ev.trigger_span is not None else None,
        "trigger_end": ev.trigger_span.end if ev.trigger_span is not None else None,
        "source_ids": sid,
        "source_countries": sc,
        "source_sectors": ss,
        "target_ids": tid,
        "target_countries": tc,
        "target_sectors": ts,
    }


def event_row(ev: Event, n_documents: int, first_doc: str) -> Row:
    """A merged event (from `resolve.merge`) as a row of the `events` table."""
    return {
        **_cells(ev, _EVENT_COLUMNS),
        "quad_class": QUAD_CLASS.get(ev.type),
        "source_ids": [r.id for r in ev.source],
        "source_countries": [r.country or "" for r in ev.source],
        "target_ids": [r.id for r in ev.target],
        "target_countries": [r.country or "" for r in ev.target],
        "n_documents": n_documents,
        "first_doc": first_doc,
    }


def rows(analysis: Analysis) -> dict[str, list[Row]]:
    """Rows of the per-document tables (documents, posts, entities, mentions, times, event_mentions)."""
    d = analysis.document
    doc_id = d.id
    out: dict[str, list[Row]] = {
        "documents": [
            {
                "doc_id": doc_id,
                "content_hash": d.content_hash,
                "source": d.source,
                "url": d.url,
                "title": d.title,
                "published": d.published,
                "published_how": d.published_how,
                "language": d.language,
                "text": d.text,
                "text_how": d.text_how,
                "origin": d.origin,
                "agency": d.agency,
                "dateline_date": d.dateline_date,
            }
        ],
        "posts": [
            {
                "doc_id": doc_id,
                "idx": i,
                **_cells(p, _POST_COLUMNS),
                "start_char": p.span.start,
                "end_char": p.span.end,
            }
            for i, p in enumerate(analysis.segmentation.posts)
        ],
        "entities": [
            {"entity_id": e.id, "type": e.type, "country": e.country, "sector": e.sector, "label": e.label}
            for e in analysis.entities
        ],
        "mentions": [
            {
                "doc_id": doc_id,
                "start_char": m.span.start,
                "end_char": m.span.end,
                "surface": m.surface,
                "entity_id": m.entity_id,
                "type": m.type,
                "confidence": m.confidence,
                "how": m.how,
            }
            for m in analysis.mentions
        ],
        "times": [
            {
                "doc_id": doc_id,
                "start_char": t.span.start,
                "end_char": t.span.end,
                "text": t.text,
                "value": t.value,
                "kind": t.kind,
                "part": t.part,
                "mod": t.mod,
                "anchor": t.anchor,
            }
            for t in analysis.times
        ],
        "event_mentions": [event_mention_row(doc_id, ev) for ev in analysis.events],
    }
    return out


def _refs(ids: Iterable[str], countries: Iterable[str], sectors: Iterable[str] = ()) -> tuple[ActorRef, ...]:
    sectors = list(sectors)
    return tuple(
        ActorRef(i, c or None, (sectors[k] if k < len(sectors) else "") or None)
        for k, (i, c) in enumerate(zip(ids, countries, strict=False))
    )


def event_from_row(r: Row) -> Event:
    """An event mention back from its `event_mentions` row."""
    trig = (
        Span(r["trigger_start"], r["trigger_end"])
        if r.get("trigger_start") is not None and r.get("trigger_end") is not None
        else None
    )
    return Event(
        **_fields(Event, r, _MENTION_COLUMNS),
        span=Span(r["start_char"], r["end_char"]),
        source=_refs(r["source_ids"] or [], r["source_countries"] or [], r["source_sectors"] or []),
        target=_refs(r["target_ids"] or [], r["target_countries"] or [], r["target_sectors"] or []),
        trigger_span=trig,
    )


def analysis_from_rows(tables: dict[str, list[Row]], entities: dict[str, Row]) -> Analysis:
    """Rebuild one document's analysis from its rows (`entities` maps id → entities row)."""
    d = tables["documents"][0]
    document = Document(
        id=d["doc_id"],
        text=d["text"],
        source=d["source"] or "",
        url=d["url"],
        title=d["title"],
        published=d["published"],
        published_how=d["published_how"] or "unknown",
        language=d["language"] or "ja",
        content_hash=d["content_hash"] or "",
        text_how=d.get("text_how") or "text",
        origin=d.get("origin"),
        agency=d.get("agency"),
        dateline_date=d.get("dateline_date"),
    )
    posts = tuple(
        Post(span=Span(p["start_char"], p["end_char"]), **_fields(Post, p, _POST_COLUMNS))
        for p in sorted(tables.get("posts", []), key=lambda p: p["idx"])
    )
    mentions = tuple(
        Mention(
            Span(m["start_char"], m["end_char"]),
            m["surface"],
            m["entity_id"],
            m["type"],
            m["confidence"],
            m["how"],
        )
        for m in sorted(tables.get("mentions", []), key=lambda m: m["start_char"])
    )
    seen: dict[str, Entity] = {}
    for m in mentions:
        if m.entity_id not in seen:
            e = entities.get(m.entity_id)
            seen[m.entity_id] = (
                Entity(m.entity_id, e["type"], country=e["country"], sector=e["sector"])
                if e
                else Entity(m.entity_id, m.type)
            )
    times = tuple(
        TimeValue(
            Span(t["start_char"], t["end_char"]),
            t["text"],
            t["value"],
            kind=t["kind"] or "date",
            part=t["part"],
            mod=t["mod"],
            anchor=t["anchor"],
        )
        for t in sorted(tables.get("times", []), key=lambda t: t["start_char"])
    )
    events = tuple(
        event_from_row(r)
        for r in sorted(
            tables.get("event_mentions", []), key=lambda r: (r["start_char"], r["trigger_start"] or 0)
        )
    )
    return Analysis(document, Segmentation((), posts, ()), mentions, tuple(seen.values()), times, events)
