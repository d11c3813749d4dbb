"""What the CLI, the JSON API and the pages ask the stored events and documents for, and the SQL
conditions it becomes.

An `EventFilter` selects merged events (`event_where`, over the `events` table), a `DocumentFilter`
stored documents (`document_where`, over `documents d`). Dates are compared as days
(`schema.INTERVALS`): a row is kept when its days reach into the filter's, so `--since 2024` keeps
2024-06-18 and `--since 2024-03 --until 2024-04` keeps 2024-W10.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

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


def days_where(since: str | None, until: str | None, table: str = "") -> tuple[list[str], list[Any]]:
    """The conditions, and their parameters, that keep the rows of `table` (an alias, or none) whose
    days (`start_day`, `end_day`) reach into those of `since` and `until` (either may be None)."""
    prefix = f"{table}." if table else ""
    where: list[str] = []
    params: list[Any] = []
    if since:
        where.append(f"{prefix}end_day >= ?")
        params.append(parse_bound(since)[0])
    if until:
        where.append(f"{prefix}start_day <= ?")
        params.append(parse_bound(until)[1])
    return where, params


def event_where(f: EventFilter) -> tuple[str, list[Any]]:
    """The SQL condition over `events` for the filters of `f` (not its limit and offset)."""
    where = ["1=1"]
    params: list[Any] = []
    if f.type:
        where.append("upper(type) = upper(?)")
        params.append(f.type)
    if f.status:
        where.append("status = ?")
        params.append(f.status)
    days, values = days_where(f.since, f.until)
    where += days
    params += values
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


def document_where(f: DocumentFilter) -> tuple[str, list[Any]]:
    """The SQL condition over `documents d` for the filters of `f` (not its limit)."""
    where, params = days_where(f.since, f.until, "d")
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
    return " AND ".join(["TRUE", *where]), params


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


def is_date_filter(value: str) -> bool:
    """True for the date filters events accept: a calendar year, month, ISO week or day
    (`2024`, `2024-03`, `2024-W10`, `2024-03-15`); False for `2024-13` or `yesterday`."""
    try:
        parse_bound(value)
    except ValueError:
        return False
    return True
