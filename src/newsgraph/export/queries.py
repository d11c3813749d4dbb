"""Read queries shared by the CLI and the web API: events and documents with filters, actor labels."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from newsgraph.store import Store
from newsgraph.store.schema import TABLES
from newsgraph.timex.interval import parse_bound


@dataclass(frozen=True)
class EventFilter:
    """Filters over merged events; `actor` matches an entity id, a country code or a name fragment."""

    actor: str | None = None
    type: str | None = None
    status: str | None = None
    since: str | None = None
    until: str | None = None
    partner: str | None = None  # a second actor the events also involve (a dyad), matched as `actor`
    country: str | None = None  # a country code on either side
    quad_class: str | None = None
    max_days: int | None = None  # only events dated to at most this many days (7: a week or finer)
    limit: int = 200
    offset: int = 0


def _event_where(f: EventFilter) -> tuple[str, list[Any]]:
    """The SQL condition over `events` for the filters of `f` (not its limit and offset)."""
    where = ["1=1"]
    params: list[Any] = []
    if f.type:
        where.append("upper(type) = upper(?)")
        params.append(f.type)
    if f.status:
        where.append("status = ?")
        params.append(f.status)
    # compare days (`schema.INTERVALS`): an event is kept when its days reach into the bounds', so
    # --since 2024 keeps 2024-06-18 and --since 2024-03 --until 2024-04 keeps 2024-W10
    if f.since:
        where.append("end_day >= ?")
        params.append(parse_bound(f.since)[0])
    if f.until:
        where.append("start_day <= ?")
        params.append(parse_bound(f.until)[1])
    for who in (f.actor, f.partner):
        if who:
            clause, values = actor_clause(who)
            where.append(clause)
            params += values
    if f.country:
        where.append("(list_contains(source_countries, ?) OR list_contains(target_countries, ?))")
        params += [f.country, f.country]
    if f.quad_class:
        where.append("quad_class = ?")
        params.append(f.quad_class)
    if f.max_days is not None:
        where.append("end_day - start_day < ?")
        params.append(int(f.max_days))
    return " AND ".join(where), params


def find_events(store: Store, f: EventFilter, labels: dict[str, str] | None = None) -> list[dict[str, Any]]:
    """Merged events matching `f`, oldest first, each with readable labels for its actors.

    `labels` (from `entity_labels`) saves a query when the caller already has them."""
    where, params = _event_where(f)
    cols = [c for c, _ in TABLES["events"]]
    sql = (
        f"SELECT {', '.join(cols)} FROM events WHERE {where} "
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
    where, params = _event_where(f)
    _, rows = store.query(f"SELECT count(*) FROM events WHERE {where}", params)
    return int(rows[0][0])


def actor_clause(actor: str) -> tuple[str, list[Any]]:
    """SQL over `events` matching an actor: `PRK` (a country code), `wiki:North_Korea` (an id), or a
    fragment of an id or a name (`North_Korea`, `プーチン`)."""
    if len(actor) == 3 and actor.isalpha() and actor.isupper():
        return "(list_contains(source_countries, ?) OR list_contains(target_countries, ?))", [actor, actor]
    if ":" in actor:
        return "(list_contains(source_ids, ?) OR list_contains(target_ids, ?))", [actor, actor]
    like = f"%{like_escape(actor)}%"
    clause = """EXISTS (SELECT 1 FROM entities e
                   WHERE (list_contains(source_ids, e.entity_id) OR list_contains(target_ids, e.entity_id))
                   AND (e.label ILIKE ? ESCAPE '\\' OR e.entity_id ILIKE ? ESCAPE '\\'))"""
    ids = kb_ids(actor)
    if not ids:
        return clause, [like, like]
    # a name in any language the knowledge base knows (上川 → wiki:Yoko_Kamikawa), beside the labels
    return f"({clause} OR list_has_any(source_ids, ?) OR list_has_any(target_ids, ?))", [like, like, ids, ids]


def kb_ids(name: str, limit: int = 20) -> list[str]:
    """Ids of the knowledge-base entities one of whose names, in any language, contains `name`."""
    from newsgraph.kb import default_kb

    return [e.id for e in default_kb().search(name, limit=limit)]


def like_escape(text: str) -> str:
    """`text` for a LIKE pattern with `ESCAPE '\\'`: `%` and `_` match themselves, not any text."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def entity_labels(store: Store) -> dict[str, str]:
    """Entity id → readable label (from the id, `wiki:North_Korea` → `North Korea`, when it has none)."""
    _, rows = store.query("SELECT entity_id, label FROM entities")
    return {i: label or readable_id(i) for i, label in rows}


def readable_id(entity_id: str) -> str:
    """A readable name made from an id alone (`wiki:North_Korea` → `North Korea`)."""
    return entity_id.split(":", 1)[-1].replace("_", " ")


@dataclass(frozen=True)
class DocumentFilter:
    """Filters over stored documents: publication days (`since`/`until`, as for events), language,
    documents without a date, a fragment of the title, id or source, and an actor they mention."""

    since: str | None = None
    until: str | None = None
    language: str | None = None
    undated: bool = False
    text: str | None = None
    actor: str | None = None
    limit: int = 200


def find_documents(store: Store, f: DocumentFilter) -> list[dict[str, Any]]:
    """Stored documents matching `f`, newest first (undated last), each with its counts of entity and
    event mentions."""
    where, params = ["TRUE"], []  # type: tuple[list[str], list[Any]]
    if f.since:
        where.append("d.end_day >= ?")
        params.append(parse_bound(f.since)[0])
    if f.until:
        where.append("d.start_day <= ?")
        params.append(parse_bound(f.until)[1])
    if f.language:
        where.append("d.language = ?")
        params.append(f.language)
    if f.undated:
        where.append("d.published IS NULL")
    if f.text:
        like = f"%{like_escape(f.text)}%"
        where.append(
            "(d.title ILIKE ? ESCAPE '\\' OR d.doc_id ILIKE ? ESCAPE '\\' OR d.source ILIKE ? ESCAPE '\\')"
        )
        params += [like, like, like]
    if f.actor:
        like = f"%{like_escape(f.actor)}%"
        ids = kb_ids(f.actor) if ":" not in f.actor else [f.actor]
        where.append(
            "EXISTS (SELECT 1 FROM mentions m LEFT JOIN entities e USING (entity_id)"
            " WHERE m.doc_id = d.doc_id AND (list_contains(?, m.entity_id) OR e.label ILIKE ? ESCAPE '\\'"
            " OR m.entity_id ILIKE ? ESCAPE '\\'))"
        )
        params += [ids, like, like]
    names, rows = store.query(
        "SELECT d.doc_id, d.title, d.published, d.published_how, d.language, d.source, d.url,"
        " (SELECT count(*) FROM mentions m WHERE m.doc_id = d.doc_id) AS n_mentions,"
        " (SELECT count(*) FROM event_mentions m WHERE m.doc_id = d.doc_id) AS n_event_mentions"
        f" FROM documents d WHERE {' AND '.join(where)}"
        f" ORDER BY d.start_day DESC NULLS LAST, d.end_day DESC, d.doc_id LIMIT {int(f.limit)}",
        params,
    )
    return [dict(zip(names, row, strict=True)) for row in rows]
