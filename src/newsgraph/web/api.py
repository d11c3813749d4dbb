"""The JSON API under `/api/`: documents, merged events, actors, actor pairs and text search.

Lists come in pages (`items`, `limit`, `offset`, `next_offset`) with a `snapshot` object saying
whether the data lag behind a database that is being written. Unknown ids answer 404 with a `detail`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Request

from newsgraph.export.records import to_record
from newsgraph.model import PLOVER_TYPES
from newsgraph.store import Store, queries
from newsgraph.store.queries import EventFilter, count_events
from newsgraph.web import analysis
from newsgraph.web.schemas import (
    MAX_COUNT,
    ActorDetail,
    ActorOut,
    DocumentDetail,
    DocumentSummary,
    EventDetail,
    EventOut,
    Facets,
    Overview,
    Page,
    PairDetail,
    PairOut,
    Problem,
    SearchResult,
    SnapshotInfo,
    StatusName,
    Trend,
)

DATE = r"^\d{4}(-(W\d{2}|\d{2}(-\d{2})?))?$"
NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {"model": Problem, "description": "No such item"}}

router = APIRouter(prefix="/api", responses={503: {"model": Problem, "description": "No snapshot yet"}})


def store(request: Request) -> Iterator[Store]:
    """The current snapshot of the database, for the length of one request."""
    with request.app.state.snapshots.lease() as s:
        yield s


def snapshot_info(request: Request) -> SnapshotInfo:
    """Whether the served data lag behind the database file."""
    fresh = request.app.state.snapshots.freshness()
    return SnapshotInfo(
        stale=fresh.stale,
        as_of=fresh.as_of.isoformat(timespec="seconds") if fresh.as_of else None,
        note=fresh.note,
    )


StoreDep = Annotated[Store, Depends(store)]
Limit = Annotated[int, Query(ge=1, le=5000, description="Items per page")]
Offset = Annotated[int, Query(ge=0, le=MAX_COUNT, description="Items to skip")]
_DAYS = "a year, month, ISO week or day: 2024, 2024-03, 2024-W10, 2024-03-15"
Since = Annotated[str | None, Query(pattern=DATE, description=f"Keep events ending on or after ({_DAYS})")]
Until = Annotated[str | None, Query(pattern=DATE, description=f"Keep events starting by this date ({_DAYS})")]


def date_bounds(*values: str | None) -> None:
    """A 422 for a since/until that matches the pattern but names no calendar day (2024-13)."""
    for v in values:
        if v and not queries.is_date_filter(v):
            raise HTTPException(422, f"{v!r} is not a calendar date; use {_DAYS}")


def plover_type(value: str | None) -> str | None:
    """A PLOVER type in upper case, or a 422 naming the accepted ones."""
    if not value:
        return None
    if value.upper() not in PLOVER_TYPES:
        raise HTTPException(422, f"unknown event type {value!r}; use one of {', '.join(PLOVER_TYPES)}")
    return value.upper()


def _page(
    items: list[Any], limit: int, offset: int, request: Request, total: int | None = None
) -> dict[str, Any]:
    more = len(items) > limit
    return {
        "items": items[:limit],
        "limit": limit,
        "offset": offset,
        "next_offset": offset + limit if more else None,
        "total": total,
        "snapshot": snapshot_info(request),
    }


@router.get("/status", response_model=SnapshotInfo, summary="How current the served data are")
def status(request: Request) -> SnapshotInfo:
    """`stale` is true while the database file is being written and the last snapshot is served."""
    request.app.state.snapshots.check()
    return snapshot_info(request)


@router.get("/overview", response_model=Overview, summary="Counts, top actors and recent events")
def overview(request: Request, db: StoreDep) -> dict[str, Any]:
    return {**queries.overview(db), "snapshot": snapshot_info(request)}


@router.get("/documents", response_model=Page[DocumentSummary], summary="Documents with counts")
def documents(request: Request, db: StoreDep, limit: Limit = 100, offset: Offset = 0) -> dict[str, Any]:
    """Documents, newest first, with how many posts, entities, times and events each holds."""
    items = queries.documents(db, limit + 1, offset)
    return _page(items, limit, offset, request, total=queries.count_documents(db))


@router.get(
    "/documents/{doc_id:path}", response_model=DocumentDetail, responses=NOT_FOUND, summary="One document"
)
def document(doc_id: str, db: StoreDep) -> dict[str, Any]:
    """The document's record (record format v1, with offsets) and its text."""
    a = queries.analysis(db, doc_id)
    if a is None:
        raise HTTPException(404, f"no document with id {doc_id!r}; list them at /api/documents")
    return {**to_record(a), "text": a.document.text}


Quad = Annotated[
    Literal["verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict"] | None,
    Query(description="PLOVER quad class"),
]
Actor = Annotated[str | None, Query(description="Entity id, country code or part of a name")]
Partner = Annotated[str | None, Query(description="A second actor the events also involve (a pair)")]
Country = Annotated[str | None, Query(description="Country code on either side, e.g. JPN")]
EventType = Annotated[str | None, Query(description="PLOVER event type")]
Status = Annotated[StatusName | None, Query(description="Factuality status")]


def event_filter(
    actor: Actor = None,
    partner: Partner = None,
    country: Country = None,
    type: EventType = None,
    status: Status = None,
    since: Since = None,
    until: Until = None,
) -> EventFilter:
    """The filter the query parameters of the event lists, the trend and the facets ask for (a 422
    for a date that names no day or an unknown type)."""
    date_bounds(since, until)
    return EventFilter(
        actor=actor or None,
        partner=partner or None,
        country=country.upper() if country else None,
        type=plover_type(type),
        status=status,
        since=since,
        until=until,
    )


FilterDep = Annotated[EventFilter, Depends(event_filter)]


@router.get("/events", response_model=Page[EventOut], summary="Merged events, filtered")
def events(
    request: Request,
    db: StoreDep,
    actor: Actor = None,
    type: EventType = None,
    status: Status = None,
    since: Since = None,
    until: Until = None,
    limit: Limit = 200,
    offset: Offset = 0,
) -> dict[str, Any]:
    """Events merged across documents, oldest first (by first day), with mention counts and labels."""
    f = event_filter(actor=actor, type=type, status=status, since=since, until=until)
    f = dataclasses.replace(f, limit=limit + 1, offset=offset)
    return _page(queries.events(db, f), limit, offset, request, total=count_events(db, f))


@router.get("/trend", response_model=Trend, summary="Events per week by quad class")
def trend(db: StoreDep, f: FilterDep) -> dict[str, Any]:
    """Events per ISO week by quad class for everything, an actor, or a pair (actor and partner);
    events dated only to a month or longer are counted apart (`coarse`)."""
    return analysis.trend(db, f)


@router.get("/facets", response_model=Facets, summary="Counts of the filtered events by facet")
def facets(db: StoreDep, f: FilterDep, quad: Quad = None) -> dict[str, Any]:
    """How many of the matching events fall under each country, type, status and quad class."""
    return analysis.facets(db, dataclasses.replace(f, quad_class=quad))


@router.get("/events/{event_id}", response_model=EventDetail, responses=NOT_FOUND, summary="One event")
def event(event_id: str, db: StoreDep) -> dict[str, Any]:
    """A merged event with every mention of it, across documents."""
    ev = queries.event(db, event_id)
    if ev is None:
        raise HTTPException(404, f"no event with id {event_id!r}; list them at /api/events")
    return ev


@router.get("/actors", response_model=Page[ActorOut], summary="Actors with event counts")
def actors(
    request: Request,
    db: StoreDep,
    q: Annotated[str | None, Query(description="Keep actors whose id or name contains this")] = None,
    limit: Limit = 100,
    offset: Offset = 0,
) -> dict[str, Any]:
    """Entities and event actors, most events first."""
    items = queries.actors(db, limit + 1, offset, q=q or None)
    return _page(items, limit, offset, request, total=None if q else queries.count_actors(db))


@router.get("/actors/{entity_id:path}", response_model=ActorDetail, responses=NOT_FOUND, summary="One actor")
def actor(entity_id: str, db: StoreDep, request: Request) -> dict[str, Any]:
    """Names, type, country, sector, roles (from the knowledge base) and events over time."""
    a = queries.actor(db, entity_id, request.app.state.kb_files)
    if a is None:
        raise HTTPException(404, f"no actor with id {entity_id!r}; list them at /api/actors")
    return a


@router.get("/pairs", response_model=Page[PairOut], summary="Actor pairs by quad class")
def pairs(
    request: Request,
    db: StoreDep,
    since: Since = None,
    until: Until = None,
    status: Status = None,
    min_count: Annotated[
        int, Query(ge=1, le=MAX_COUNT, description="Keep pairs with at least this many events")
    ] = 1,
    limit: Annotated[int, Query(ge=1, le=5000)] = 500,
    type: EventType = None,
) -> dict[str, Any]:
    """Directed pairs (source acts on target) with event counts by PLOVER quad class."""
    date_bounds(since, until)
    items = queries.pairs(
        db,
        since=since,
        until=until,
        status=status,
        min_count=min_count,
        limit=limit + 1,
        type_=plover_type(type),
    )
    return _page(items, limit, 0, request)


@router.get("/pairs/events", response_model=PairDetail, responses=NOT_FOUND, summary="One pair's events")
def pair_events(
    db: StoreDep,
    source: Annotated[str, Query(description="Entity id of the acting side")],
    target: Annotated[str, Query(description="Entity id of the side acted on")],
    type: EventType = None,
) -> dict[str, Any]:
    """The events in which `source` acts on `target`, with counts by quad class."""
    p = queries.pair(db, source, target, plover_type(type))
    if p is None:
        raise HTTPException(404, f"no event has {source!r} as source and {target!r} as target")
    return p


@router.get("/search", response_model=SearchResult, summary="Text search")
def search(
    request: Request,
    db: StoreDep,
    q: Annotated[str, Query(min_length=1, max_length=200, description="Text to find (case-insensitive)")],
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
) -> dict[str, Any]:
    """Documents whose title or text contains `q`, and event evidence sentences that do."""
    return {"query": q, **queries.search(db, q, limit), "snapshot": snapshot_info(request)}
