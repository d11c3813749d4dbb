"""Read queries over a `Store`, shared by the CLI, the exports and the web API and pages.

Each function takes the store and plain arguments and returns plain dicts and lists, ready for the
CLI's output, the response models of `web.schemas` and the templates. Merged events are filtered by
an `EventFilter` (`find_events`, `count_events`), documents by a `DocumentFilter` (`find_documents`);
the filters and the SQL they become are `store.filters`.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from newsgraph.model import QUAD_CLASS, Analysis, Entity
from newsgraph.store import Store
from newsgraph.store.filters import (  # the filters live there; importable from here as before
    DocumentFilter,
    EventFilter,
    document_where,
    event_where,
    kb_ids,
    like_escape,
)
from newsgraph.store.filters import actor_clause as actor_clause
from newsgraph.store.filters import is_date_filter as is_date_filter
from newsgraph.store.schema import columns
from newsgraph.timex.interval import interval

# PLOVER quad classes in display order (cooperation before conflict, verbal before material).
QUADS: tuple[str, ...] = tuple(dict.fromkeys(QUAD_CLASS.values()))
EVENT_COLS = columns("events")
MENTION_COLS = columns("event_mentions")


def find_events(store: Store, f: EventFilter, labels: dict[str, str] | None = None) -> list[dict[str, Any]]:
    """Merged events matching `f`, oldest first, each with readable labels for its actors.

    `labels` (from `entity_labels`) saves a query when the caller already has them."""
    where, params = event_where(f)
    sql = (
        f"SELECT {', '.join(EVENT_COLS)} FROM events WHERE {where} "
        f"ORDER BY start_day NULLS LAST, end_day, date, event_id LIMIT {int(f.limit)} OFFSET {int(f.offset)}"
    )
    names, rows = store.query(sql, params)
    labels = labels if labels is not None else entity_labels(store)
    out = []
    for row in rows:
        r = dict(zip(names, row, strict=True))
        r["source_labels"] = [labels.get(i, i) for i in r["source_ids"] or []]
        r["target_labels"] = [labels.get(i, i) for i in r["target_ids"] or []]
        r["attribution_labels"] = [labels.get(i, i) for i in r["attribution"] or []]
        loc = r.get("location")
        r["location_label"] = (labels.get(loc) or readable_id(loc)) if loc else None
        out.append(r)
    return out


def count_events(store: Store, f: EventFilter) -> int:
    """How many merged events match the filters of `f`, whatever its limit and offset."""
    where, params = event_where(f)
    _, rows = store.query(f"SELECT count(*) FROM events WHERE {where}", params)
    return int(rows[0][0])


def entity_labels(store: Store) -> dict[str, str]:
    """Entity id → readable label (from the id, `wiki:North_Korea` → `North Korea`, when it has none)."""
    _, rows = store.query("SELECT entity_id, label FROM entities")
    return {i: label or readable_id(i) for i, label in rows}


def readable_id(entity_id: str) -> str:
    """A readable name made from an id alone (`wiki:North_Korea` → `North Korea`)."""
    return entity_id.split(":", 1)[-1].replace("_", " ")


def find_documents(store: Store, f: DocumentFilter) -> list[dict[str, Any]]:
    """Stored documents matching `f`, newest first (undated last), each with its counts of entity and
    event mentions."""
    where, params = document_where(f)
    names, rows = store.query(
        "SELECT d.doc_id, d.title, d.published, d.published_how, d.language, d.source, d.url,"
        " (SELECT count(*) FROM mentions m WHERE m.doc_id = d.doc_id) AS n_mentions,"
        " (SELECT count(*) FROM event_mentions m WHERE m.doc_id = d.doc_id) AS n_event_mentions"
        f" FROM documents d WHERE {where}"
        f" ORDER BY d.start_day DESC NULLS LAST, d.end_day DESC, d.doc_id LIMIT {int(f.limit)}",
        params,
    )
    return [dict(zip(names, row, strict=True)) for row in rows]


def _label(lab: dict[str, str], entity_id: str) -> str:
    return lab.get(entity_id) or readable_id(entity_id)


def _dicts(names: Sequence[str], rows: Iterable[tuple[Any, ...]]) -> list[dict[str, Any]]:
    return [dict(zip(names, r, strict=True)) for r in rows]


def _with_labels(events: list[dict[str, Any]], lab: dict[str, str]) -> list[dict[str, Any]]:
    for e in events:
        for side in ("source", "target"):
            e[f"{side}_ids"] = list(e.get(f"{side}_ids") or [])
            e[f"{side}_countries"] = list(e.get(f"{side}_countries") or [])
            e[f"{side}_labels"] = [_label(lab, i) for i in e[f"{side}_ids"]]
        e["attribution"] = list(e.get("attribution") or [])
        e["attribution_labels"] = [_label(lab, i) for i in e["attribution"]]
        loc = e.get("location")
        e["location_label"] = _label(lab, loc) if loc else None
        e["quad_class"] = e.get("quad_class") or QUAD_CLASS.get(e.get("type") or "")
    return events


# -- documents -------------------------------------------------------------------------------------


def count_documents(store: Store) -> int:
    """How many documents the database holds."""
    _, rows = store.query("SELECT count(*) FROM documents")
    return int(rows[0][0])


def documents(store: Store, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
    """Documents, newest first, with counts of their posts, entities, times and event mentions."""
    names, rows = store.query(
        """
        SELECT d.doc_id, d.title, d.published, d.published_how, d.language, d.source, d.url,
               CAST(d.ingested_at AS VARCHAR) AS ingested_at,
               (SELECT count(*) FROM posts p WHERE p.doc_id = d.doc_id) AS n_posts,
               (SELECT count(DISTINCT m.entity_id) FROM mentions m WHERE m.doc_id = d.doc_id) AS n_entities,
               (SELECT count(*) FROM times t WHERE t.doc_id = d.doc_id) AS n_times,
               (SELECT count(*) FROM event_mentions e WHERE e.doc_id = d.doc_id) AS n_event_mentions,
               (SELECT count(DISTINCT e.event_id) FROM event_mentions e WHERE e.doc_id = d.doc_id)
                   AS n_events
        FROM documents d
        ORDER BY d.start_day DESC NULLS LAST, d.end_day DESC, d.published DESC, d.doc_id
        LIMIT ? OFFSET ?
        """,
        [int(limit), int(offset)],
    )
    return _dicts(names, rows)


def analysis(store: Store, doc_id: str) -> Analysis | None:
    """The stored analysis of one document, or None."""
    return next(iter(store.analyses([doc_id])), None)


def document_titles(store: Store, doc_ids: Iterable[str]) -> dict[str, str | None]:
    """doc_id → title for the given ids."""
    ids = sorted(set(doc_ids))
    if not ids:
        return {}
    _, rows = store.query(
        "SELECT doc_id, title FROM documents WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))", [ids]
    )
    return {i: t for i, t in rows}


# -- events ----------------------------------------------------------------------------------------


def events(store: Store, f: EventFilter) -> list[dict[str, Any]]:
    """Merged events matching `f` (see `find_events`), with labels for actors and attribution."""
    lab = entity_labels(store)
    return _with_labels(find_events(store, f, lab), lab)


def event(store: Store, event_id: str) -> dict[str, Any] | None:
    """One merged event with its mentions across documents (each with its document's title)."""
    names, rows = store.query(f"SELECT {', '.join(EVENT_COLS)} FROM events WHERE event_id = ?", [event_id])
    if not rows:
        return None
    lab = entity_labels(store)
    ev = _with_labels(_dicts(names, rows), lab)[0]
    names, rows = store.query(
        f"SELECT {', '.join(MENTION_COLS)} FROM event_mentions WHERE event_id = ? "
        "ORDER BY doc_id, start_char",
        [event_id],
    )
    mentions = _with_labels(_dicts(names, rows), lab)
    titles = document_titles(store, (m["doc_id"] for m in mentions))
    for m in mentions:
        m["doc_title"] = titles.get(m["doc_id"])
    ev["mentions"] = mentions
    return ev


def events_of(store: Store, entity_id: str, limit: int = 1000) -> list[dict[str, Any]]:
    """Merged events in which `entity_id` is a source or a target, oldest first."""
    names, rows = store.query(
        f"SELECT {', '.join(EVENT_COLS)} FROM events "
        "WHERE list_contains(source_ids, ?) OR list_contains(target_ids, ?) "
        "ORDER BY start_day NULLS LAST, end_day, event_id LIMIT ?",
        [entity_id, entity_id, int(limit)],
    )
    return _with_labels(_dicts(names, rows), entity_labels(store))


# -- actors ----------------------------------------------------------------------------------------

_ACTORS_SQL = """
WITH ea AS (
    SELECT DISTINCT event_id, unnest(list_concat(source_ids, target_ids)) AS entity_id FROM events
), ev AS (
    SELECT entity_id, count(DISTINCT event_id) AS n_events FROM ea GROUP BY entity_id
), mn AS (
    SELECT entity_id, count(*) AS n_mentions, count(DISTINCT doc_id) AS n_documents
    FROM mentions GROUP BY entity_id
), ids AS (
    SELECT entity_id FROM entities UNION SELECT entity_id FROM ev
)
SELECT ids.entity_id, e.label, e.type, e.country, e.sector,
       coalesce(ev.n_events, 0) AS n_events, coalesce(mn.n_mentions, 0) AS n_mentions,
       coalesce(mn.n_documents, 0) AS n_documents
FROM ids
LEFT JOIN entities e USING (entity_id)
LEFT JOIN ev USING (entity_id)
LEFT JOIN mn USING (entity_id)
"""


def _actor_rows(names: Sequence[str], rows: Iterable[tuple[Any, ...]]) -> list[dict[str, Any]]:
    out = _dicts(names, rows)
    for r in out:
        r["label"] = r["label"] or readable_id(r["entity_id"])
    return out


def actors(store: Store, limit: int = 100, offset: int = 0, q: str | None = None) -> list[dict[str, Any]]:
    """Entities (and event actors missing from the entities table) with event and mention counts,
    most events first; `q` keeps those whose id or label contains it."""
    where, params = "", []
    if q:
        where = (
            "WHERE contains(lower(ids.entity_id), lower(?)) "
            "OR contains(lower(coalesce(e.label, '')), lower(?))"
        )
        params = [q, q]
    names, rows = store.query(
        f"{_ACTORS_SQL} {where} ORDER BY n_events DESC, n_mentions DESC, ids.entity_id LIMIT ? OFFSET ?",
        [*params, int(limit), int(offset)],
    )
    return _actor_rows(names, rows)


def count_actors(store: Store) -> int:
    """How many distinct actors (entities and event actors) there are."""
    _, rows = store.query(f"SELECT count(*) FROM ({_ACTORS_SQL})")
    return int(rows[0][0])


@functools.cache
def knowledge_base(kb_files: tuple[Path, ...] = ()) -> Any:
    """The builtin knowledge base with the user's files `kb_files` (loaded once per set of files);
    raises `KnowledgeBaseError` when a file fails the schema."""
    from newsgraph.kb import kb_with

    return kb_with(kb_files)


def kb_entity(entity_id: str, kb_files: tuple[Path, ...] = ()) -> Entity | None:
    """The knowledge base's entry for an id (names by language, dated roles), if it has one."""
    try:
        entity = knowledge_base(kb_files).get(entity_id)
    except Exception:  # the pages work without the knowledge base
        return None
    return entity if isinstance(entity, Entity) else None


def actor(store: Store, entity_id: str, kb_files: tuple[Path, ...] = ()) -> dict[str, Any] | None:
    """One actor: label, type, country, sector, names (the knowledge base with the user's files
    `kb_files`, and the text), roles, events."""
    names, rows = store.query(f"{_ACTORS_SQL} WHERE ids.entity_id = ?", [entity_id])
    if not rows:
        return None
    out = _actor_rows(names, rows)[0]
    _, surf = store.query(
        "SELECT surface, count(*) AS n FROM mentions WHERE entity_id = ? GROUP BY surface "
        "ORDER BY n DESC, surface",
        [entity_id],
    )
    out["surfaces"] = [{"surface": s, "count": int(n)} for s, n in surf]
    kb_entry = kb_entity(entity_id, kb_files)
    out["names"] = {lang: list(ns) for lang, ns in kb_entry.names.items()} if kb_entry else {}
    out["roles"] = (
        [
            {"title": r.title, "country": r.country, "start": r.start, "end": r.end, "org": r.org}
            for r in kb_entry.roles
        ]
        if kb_entry
        else []
    )
    if kb_entry:
        out["type"] = out["type"] or kb_entry.type
        out["country"] = out["country"] or kb_entry.country
        out["sector"] = out["sector"] or kb_entry.sector
    evs = events_of(store, entity_id)
    out["events"] = evs
    out["timeline"] = periods(evs)
    return out


def periods(evs: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Event counts per month (of each event's first day, so a week counts in its month), by quad
    class, in date order."""
    by: dict[str, Counter[str]] = {}
    for e in evs:
        days = interval(e.get("date"))
        if days is None:
            continue
        key = days[0].isoformat()[:7]
        by.setdefault(key, Counter())[e.get("quad_class") or "other"] += 1
    return [
        {"period": k, "total": sum(c.values()), **{q: c.get(q, 0) for q in QUADS}}
        for k, c in sorted(by.items())
    ]


def entity_info(store: Store) -> dict[str, tuple[str | None, str | None]]:
    """entity id → (entity type, country code), for colouring actors."""
    _, rows = store.query("SELECT entity_id, type, country FROM entities")
    return {i: (t, c) for i, t, c in rows}


# -- actor pairs -----------------------------------------------------------------------------------


def _pair_events_sql(where: str) -> str:
    return f"""
    WITH pe AS (
        SELECT event_id, quad_class, s.id AS source, t.id AS target
        FROM events, unnest(source_ids) AS s(id), unnest(target_ids) AS t(id)
        WHERE s.id <> t.id AND {where}
    )
    """


def pairs(
    store: Store,
    *,
    since: str | None = None,
    until: str | None = None,
    status: str | None = None,
    min_count: int = 1,
    limit: int = 500,
    type_: str | None = None,
) -> list[dict[str, Any]]:
    """Directed actor pairs (source → target) with event counts by PLOVER quad class; `type_` keeps
    the events of one PLOVER type."""
    where, params = event_where(EventFilter(type=type_, status=status, since=since, until=until))
    counts = ", ".join(f"count(DISTINCT event_id) FILTER (WHERE quad_class = '{q}') AS {q}" for q in QUADS)
    names, rows = store.query(
        _pair_events_sql(where)
        + f"SELECT source, target, count(DISTINCT event_id) AS total, {counts} FROM pe "
        "GROUP BY source, target HAVING count(DISTINCT event_id) >= ? "
        "ORDER BY total DESC, source, target LIMIT ?",
        [*params, int(min_count), int(limit)],
    )
    lab = entity_labels(store)
    out = _dicts(names, rows)
    for r in out:
        r["source_label"] = _label(lab, r["source"])
        r["target_label"] = _label(lab, r["target"])
        r["dominant"] = max(QUADS, key=lambda q: (r[q], -QUADS.index(q))) if r["total"] else None
    return out


def pair(store: Store, source: str, target: str, type_: str | None = None) -> dict[str, Any] | None:
    """One directed pair with its counts and its events (of PLOVER type `type_` if given), or None
    when they share no event."""
    names, rows = store.query(
        f"SELECT {', '.join(EVENT_COLS)} FROM events "
        "WHERE list_contains(source_ids, ?) AND list_contains(target_ids, ?) "
        "AND (? IS NULL OR upper(type) = upper(?)) "
        "ORDER BY start_day NULLS LAST, end_day, event_id",
        [source, target, type_, type_],
    )
    if not rows or source == target:
        return None
    lab = entity_labels(store)
    evs = _with_labels(_dicts(names, rows), lab)
    counts = Counter(e["quad_class"] for e in evs)
    out: dict[str, Any] = {
        "source": source,
        "target": target,
        "source_label": _label(lab, source),
        "target_label": _label(lab, target),
        "total": len(evs),
        **{q: counts.get(q, 0) for q in QUADS},
        "events": evs,
    }
    out["dominant"] = max(QUADS, key=lambda q: (out[q], -QUADS.index(q)))
    return out


# -- search ----------------------------------------------------------------------------------------


def snippet(text: str, q: str, width: int = 60) -> tuple[str, int]:
    """The part of `text` around the first case-insensitive match of `q`, and the match offset."""
    at = text.lower().find(q.lower())
    if at < 0:
        return text[: 2 * width], -1
    start, end = max(0, at - width), min(len(text), at + len(q) + width)
    return ("…" if start else "") + text[start:end] + ("…" if end < len(text) else ""), at


def search(store: Store, q: str, limit: int = 50) -> dict[str, list[dict[str, Any]]]:
    """Documents whose title or text contains `q` (case-insensitive), and event evidence that does."""
    names, rows = store.query(
        "SELECT doc_id, title, published, text FROM documents "
        "WHERE contains(lower(coalesce(title, '')), lower(?)) OR contains(lower(text), lower(?)) "
        "ORDER BY start_day DESC NULLS LAST, end_day DESC, published DESC, doc_id LIMIT ?",
        [q, q, int(limit)],
    )
    docs = []
    for r in _dicts(names, rows):
        text = r.pop("text") or ""
        r["snippet"], r["offset"] = snippet(text, q)
        if r["offset"] < 0:
            r["snippet"], _ = snippet(r["title"] or "", q)
            r["offset"] = None
        docs.append(r)
    names, rows = store.query(
        "SELECT m.event_id, m.doc_id, d.title, m.type, m.status, m.start_char, m.end_char, m.evidence "
        "FROM event_mentions m JOIN documents d USING (doc_id) "
        "WHERE contains(lower(m.evidence), lower(?)) ORDER BY m.doc_id, m.start_char LIMIT ?",
        [q, int(limit)],
    )
    evidence = _dicts(names, rows)
    return {"documents": docs, "evidence": evidence, "actors": search_actors(store, q, limit)}


def search_actors(store: Store, q: str, limit: int = 50) -> list[dict[str, Any]]:
    """Stored entities that `q` names: in any language the knowledge base knows (上川 finds Yōko
    Kamikawa), or a fragment of their label or id; the most mentioned first."""
    like = f"%{like_escape(q)}%"
    names, rows = store.query(
        "SELECT e.entity_id AS id, e.label, e.type,"
        " (SELECT count(*) FROM mentions m WHERE m.entity_id = e.entity_id) AS n_mentions FROM entities e"
        " WHERE list_contains(?, e.entity_id)"
        " OR e.label ILIKE ? ESCAPE '\\' OR e.entity_id ILIKE ? ESCAPE '\\'"
        " ORDER BY n_mentions DESC, e.entity_id LIMIT ?",
        [kb_ids(q), like, like, int(limit)],
    )
    return [{**r, "label": r["label"] or readable_id(r["id"])} for r in _dicts(names, rows)]


# -- overview --------------------------------------------------------------------------------------


def overview(store: Store) -> dict[str, Any]:
    """Counts, events by type and quad class, top actors and the latest events."""
    with store.connect() as con:
        counts = {
            t: int(con.execute(f"SELECT count(*) FROM {t}").fetchone()[0])  # type: ignore[index]
            for t in (
                "documents",
                "posts",
                "entities",
                "mentions",
                "times",
                "events",
                "event_mentions",
                "skips",
            )
        }
        by_type = dict(
            con.execute("SELECT type, count(*) FROM events GROUP BY type ORDER BY 2 DESC").fetchall()
        )
        by_quad = dict(
            con.execute(
                "SELECT coalesce(quad_class, 'other'), count(*) FROM events GROUP BY 1 ORDER BY 2 DESC"
            ).fetchall()
        )
        by_status = dict(
            con.execute("SELECT status, count(*) FROM events GROUP BY status ORDER BY 2 DESC").fetchall()
        )
    names, rows = store.query(
        f"SELECT {', '.join(EVENT_COLS)} FROM events WHERE date IS NOT NULL "
        "ORDER BY start_day DESC NULLS LAST, end_day DESC, event_id LIMIT 10"
    )
    recent = _with_labels(_dicts(names, rows), entity_labels(store))
    return {
        "counts": counts,
        "by_type": by_type,
        "by_quad": by_quad,
        "by_status": by_status,
        "top_actors": actors(store, limit=10),
        "recent_events": recent,
    }
