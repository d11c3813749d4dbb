"""Conversions between `Analysis` values and table rows, in one place.

`rows(analysis)` gives the rows of every per-document table; `analysis_from_rows` rebuilds the
analysis from them. Both the DuckDB store and the Spark engine use these, so the two write the same
tables.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import pyarrow as pa

from newsgraph.model import (
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
from newsgraph.store.schema import TABLES

Row = dict[str, Any]

_ARROW = {
    "VARCHAR": pa.string(),
    "INTEGER": pa.int32(),
    "DOUBLE": pa.float64(),
    "VARCHAR[]": pa.list_(pa.string()),
}


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
        "event_id": ev.event_id,
        "doc_id": doc_id,
        "start_char": ev.span.start,
        "end_char": ev.span.end,
        "trigger": ev.trigger,
        "trigger_start": ev.trigger_span.start if ev.trigger_span else None,
        "trigger_end": ev.trigger_span.end if ev.trigger_span else None,
        "type": ev.type,
        "mode": ev.mode,
        "source_ids": sid,
        "source_countries": sc,
        "source_sectors": ss,
        "target_ids": tid,
        "target_countries": tc,
        "target_sectors": ts,
        "date": ev.date,
        "location": ev.location,
        "status": ev.status,
        "attribution": list(ev.attribution),
        "evidence": ev.evidence,
        "confidence": ev.confidence,
    }


def event_row(ev: Event, n_documents: int, first_doc: str) -> Row:
    """A merged event (from `resolve.merge`) as a row of the `events` table."""
    return {
        "event_id": ev.event_id,
        "type": ev.type,
        "mode": ev.mode,
        "quad_class": QUAD_CLASS.get(ev.type),
        "source_ids": [r.id for r in ev.source],
        "source_countries": [r.country or "" for r in ev.source],
        "target_ids": [r.id for r in ev.target],
        "target_countries": [r.country or "" for r in ev.target],
        "date": ev.date,
        "location": ev.location,
        "status": ev.status,
        "attribution": list(ev.attribution),
        "evidence": ev.evidence,
        "confidence": ev.confidence,
        "n_mentions": ev.n_mentions,
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
            }
        ],
        "posts": [
            {
                "doc_id": doc_id,
                "idx": i,
                "platform": p.platform,
                "author": p.author,
                "handle": p.handle,
                "posted": p.posted,
                "first_line": p.first_line,
                "urls": list(p.urls),
                "hashtags": list(p.hashtags),
                "status_url": p.status_url,
                "language": p.language,
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


def event_from_events_row(r: Row) -> Event:
    """A merged event back from its `events` row (enough to compare it with new mentions)."""
    return Event(
        type=r["type"],
        span=Span(0, 0),
        evidence=r["evidence"] or "",
        source=_refs(r["source_ids"] or [], r["source_countries"] or []),
        target=_refs(r["target_ids"] or [], r["target_countries"] or []),
        mode=r["mode"],
        date=r["date"],
        location=r["location"],
        status=r["status"],
        event_id=r["event_id"],
    )


def event_from_row(r: Row) -> Event:
    """An event mention back from its `event_mentions` row."""
    refs = _refs

    trig = (
        Span(r["trigger_start"], r["trigger_end"])
        if r.get("trigger_start") is not None and r.get("trigger_end") is not None
        else None
    )
    return Event(
        type=r["type"],
        span=Span(r["start_char"], r["end_char"]),
        evidence=r["evidence"],
        source=refs(r["source_ids"] or [], r["source_countries"] or [], r["source_sectors"] or []),
        target=refs(r["target_ids"] or [], r["target_countries"] or [], r["target_sectors"] or []),
        mode=r["mode"],
        date=r["date"],
        location=r["location"],
        status=r["status"],
        attribution=tuple(r["attribution"] or ()),
        confidence=r["confidence"],
        trigger=r["trigger"] or "",
        trigger_span=trig,
        event_id=r["event_id"],
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
    )
    posts = tuple(
        Post(
            span=Span(p["start_char"], p["end_char"]),
            platform=p["platform"],
            author=p["author"],
            handle=p["handle"],
            posted=p["posted"],
            first_line=p["first_line"],
            urls=tuple(p["urls"] or ()),
            hashtags=tuple(p["hashtags"] or ()),
            status_url=p["status_url"],
            language=p["language"] or "ja",
        )
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
