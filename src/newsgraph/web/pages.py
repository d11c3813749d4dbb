"""The HTML pages: overview, timeline, actor network, actors, documents, events and search.

Templates are Jinja2 with autoescape on; data for the scripts of a page are embedded with `tojson`
in a `<script type="application/json">` block, which the page's script reads and turns into DOM
nodes with `textContent`. No page runs inline script (the server sends a CSP saying so).
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote, urlsplit

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader

from newsgraph.export.records import to_record
from newsgraph.model import PLOVER_TYPES, QUAD_CLASS
from newsgraph.store import Store, queries
from newsgraph.store.queries import EventFilter, entity_labels, readable_id
from newsgraph.timex.interval import interval
from newsgraph.web.highlight import actor_href, evidence_anchors, highlight
from newsgraph.web.schemas import MAX_COUNT

TEMPLATES = Path(__file__).parent / "templates"
STATUSES = ("asserted", "ongoing", "planned", "expected", "suspected", "negated", "desired")
QUAD_NAMES = {
    "verbal_cooperation": "verbal cooperation",
    "material_cooperation": "material cooperation",
    "verbal_conflict": "verbal conflict",
    "material_conflict": "material conflict",
}

router = APIRouter(include_in_schema=False)


def safe_url(value: str | None) -> str | None:
    """`value` when it is an http(s) URL, else None: a `javascript:` link never reaches a page."""
    if not value:
        return None
    try:
        scheme = urlsplit(value.strip()).scheme.lower()
    except ValueError:
        return None
    return value.strip() if scheme in ("http", "https") else None


def _env() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES), autoescape=True, trim_blocks=True, lstrip_blocks=True
    )
    env.filters["safe_url"] = safe_url
    env.filters["quote"] = lambda v: quote(str(v), safe="")
    env.globals.update(
        actor_href=actor_href,
        quad_names=QUAD_NAMES,
        plover_types=PLOVER_TYPES,
        statuses=STATUSES,
        quad_of=QUAD_CLASS,
    )
    return env


templates = Jinja2Templates(env=_env())


def store(request: Request) -> Iterator[Store]:
    """The current snapshot of the database, for the length of one request."""
    with request.app.state.snapshots.lease() as s:
        yield s


StoreDep = Annotated[Store, Depends(store)]


def page(request: Request, name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    """Render a template with the freshness note every page shows."""
    fresh = request.app.state.snapshots.freshness()
    return templates.TemplateResponse(request, name, {"fresh": fresh, **context}, status_code=status_code)


def render_error(
    request: Request, status: int, detail: str, headers: dict[str, str] | None = None
) -> Response:
    """An error page (404, 400, 503) that keeps the site's navigation."""
    resp = page(request, "error.html", status_code=status, status=status, detail=detail)
    for k, v in (headers or {}).items():
        resp.headers[k] = v
    return resp


def _opt(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


def _check_filters(type_: str | None, status: str | None, since: str | None, until: str | None) -> None:
    if type_ and type_.upper() not in PLOVER_TYPES:
        raise HTTPException(400, f"Unknown event type {type_!r}; choose one of {', '.join(PLOVER_TYPES)}.")
    if status and status not in STATUSES:
        raise HTTPException(400, f"Unknown status {status!r}; choose one of {', '.join(STATUSES)}.")
    for name, v in (("since", since), ("until", until)):
        if v and not queries.is_date_filter(v):
            raise HTTPException(400, f"{name} must be a date like 2024, 2024-06 or 2024-06-18, not {v!r}.")


# -- date handling for the timeline ----------------------------------------------------------------


def date_bounds(value: str | None) -> tuple[str, str | None] | None:
    """Where an event date sits on a timeline: (start, None) for a day, (start, end) for a week, a
    month, a year or a range `A/B` (end exclusive, the day after its last); None for what is not a
    calendar value (a duration, a set)."""
    days = interval(value)
    if days is None:
        return None
    first, last = days
    if first == last:
        return first.isoformat(), None
    return first.isoformat(), (last + timedelta(days=1)).isoformat()


_ITEM_FIELDS = (
    "event_id",
    "type",
    "mode",
    "quad_class",
    "status",
    "date",
    "source_ids",
    "source_labels",
    "target_ids",
    "target_labels",
    "attribution",
    "attribution_labels",
    "evidence",
    "n_mentions",
    "n_documents",
    "first_doc",
)


def timeline_items(evs: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """vis-timeline items for dated events, and the events without a usable date."""
    items, undated = [], []
    for e in evs:
        b = date_bounds(e.get("date"))
        if b is None:
            undated.append(e)
            continue
        items.append(
            {
                "id": e["event_id"],
                "start": b[0],
                "end": b[1],
                "group": e.get("quad_class") or "other",
                **{k: e.get(k) for k in _ITEM_FIELDS},
            }
        )
    return items, undated


def network_elements(
    pairs: list[dict[str, Any]], info: dict[str, tuple[str | None, str | None]] | None = None
) -> list[dict[str, Any]]:
    """cytoscape.js elements: one node per actor (with its entity type and country from `info`, for
    colouring), one edge per directed pair, weighted by count."""
    nodes: dict[str, dict[str, Any]] = {}
    edges = []
    info = info or {}
    for i, p in enumerate(pairs):
        for side in ("source", "target"):
            kind, country = info.get(p[side], (None, None))
            n = nodes.setdefault(
                p[side],
                {
                    "id": p[side],
                    "label": p[f"{side}_label"],
                    "events": 0,
                    "kind": kind or "unknown",
                    "country": country or "none",
                },
            )
            n["events"] += p["total"]
        coop = p["verbal_cooperation"] + p["material_cooperation"]
        conflict = p["verbal_conflict"] + p["material_conflict"]
        dominant = p.get("dominant") or ""
        edges.append(
            {
                "id": f"e{i}",
                "source": p["source"],
                "target": p["target"],
                "source_label": p["source_label"],
                "target_label": p["target_label"],
                "total": p["total"],
                "width": round(1.5 + 2.5 * math.log2(p["total"]), 2),
                "kind": "cooperation" if coop >= conflict else "conflict",
                "material": dominant.startswith("material"),
                **{q: p[q] for q in QUAD_NAMES},
            }
        )
    for n in nodes.values():
        n["size"] = round(18 + 8 * math.log2(1 + n["events"]), 1)
    return [{"data": n} for n in nodes.values()] + [{"data": e} for e in edges]


# -- pages -----------------------------------------------------------------------------------------


@router.get("/", response_class=HTMLResponse)
def index(request: Request, db: StoreDep) -> HTMLResponse:
    """Counts, top actors, recent events and the latest documents."""
    return page(
        request,
        "index.html",
        overview=queries.overview(db),
        documents=queries.documents(db, limit=20),
    )


@router.get("/timeline", response_class=HTMLResponse)
def timeline(
    request: Request,
    db: StoreDep,
    actor: str | None = None,
    type: str | None = None,
    status: str | None = None,
    since: str | None = None,
    until: str | None = None,
) -> HTMLResponse:
    """Events on a vis-timeline, one row per quad class, filterable by actor, type, status and date."""
    actor, type, status, since, until = map(_opt, (actor, type, status, since, until))
    _check_filters(type, status, since, until)
    f = EventFilter(actor=actor, type=type, status=status, since=since, until=until, limit=5000)
    evs = queries.events(db, f)
    items, undated = timeline_items(evs)
    return page(
        request,
        "timeline.html",
        items=items,
        undated=undated,
        total=len(evs),
        filters={"actor": actor, "type": type, "status": status, "since": since, "until": until},
    )


@router.get("/network", response_class=HTMLResponse)
def network(
    request: Request,
    db: StoreDep,
    status: str | None = None,
    since: str | None = None,
    until: str | None = None,
    min_count: Annotated[int, Query(ge=1, le=MAX_COUNT)] = 1,
    type: str | None = None,
) -> HTMLResponse:
    """The actor network: nodes are actors coloured by country or entity type, edges directed pairs
    coloured by quad class; `type` keeps the events of one PLOVER type."""
    status, since, until, type = map(_opt, (status, since, until, type))
    _check_filters(type, status, since, until)
    type = type.upper() if type else None
    pairs = queries.pairs(db, since=since, until=until, status=status, min_count=min_count, type_=type)
    return page(
        request,
        "network.html",
        elements=network_elements(pairs, queries.entity_info(db)),
        n_pairs=len(pairs),
        filters={"status": status, "since": since, "until": until, "min_count": min_count, "type": type},
    )


@router.get("/actors", response_class=HTMLResponse)
def actor_list(request: Request, db: StoreDep, q: str | None = None) -> HTMLResponse:
    """Every actor with its counts (the first 500, most events first)."""
    q = _opt(q)
    return page(request, "actors.html", actors=queries.actors(db, limit=500, q=q), q=q)


@router.get("/actors/{entity_id:path}", response_class=HTMLResponse)
def actor(request: Request, entity_id: str, db: StoreDep) -> HTMLResponse:
    """One actor: names, roles, events over time and the events themselves."""
    a = queries.actor(db, entity_id, request.app.state.kb_files)
    if a is None:
        raise HTTPException(404, f"No actor with id {entity_id!r}.")
    peak = max((p["total"] for p in a["timeline"]), default=0)
    return page(request, "actor.html", actor=a, peak=peak)


@router.get("/documents", response_class=HTMLResponse)
def document_list(
    request: Request, db: StoreDep, offset: Annotated[int, Query(ge=0, le=MAX_COUNT)] = 0
) -> HTMLResponse:
    """Documents, newest first, 100 a page."""
    docs = queries.documents(db, limit=101, offset=offset)
    return page(
        request,
        "documents.html",
        documents=docs[:100],
        offset=offset,
        next_offset=offset + 100 if len(docs) > 100 else None,
        total=queries.count_documents(db),
    )


@router.get("/documents/{doc_id:path}", response_class=HTMLResponse)
def document(request: Request, doc_id: str, db: StoreDep) -> HTMLResponse:
    """The text with posts, entities, times and evidence marked, and the document's events."""
    a = queries.analysis(db, doc_id)
    if a is None:
        raise HTTPException(404, f"No document with id {doc_id!r}.")
    lab = entity_labels(db)
    record = to_record(a)
    anchors = evidence_anchors(a)
    evs = []
    for e in record["events"]:
        e = dict(e)
        e["anchor"] = anchors.get(e.get("event_id") or "")
        e["source_labels"] = [lab.get(s["id"]) or readable_id(s["id"]) for s in e["source"]]
        e["target_labels"] = [lab.get(t["id"]) or readable_id(t["id"]) for t in e["target"]]
        e["attribution_labels"] = [lab.get(i) or readable_id(i) for i in e["attribution"]]
        e["quad_class"] = QUAD_CLASS.get(e["type"])
        e["location_label"] = e.get("location") and (lab.get(e["location"]) or readable_id(e["location"]))
        evs.append(e)
    entities = sorted(
        ({**ent, "label": lab.get(ent["id"]) or readable_id(ent["id"])} for ent in record["entities"]),
        key=lambda ent: -len(ent["spans"]),
    )
    return page(
        request,
        "document.html",
        doc=a.document,
        record=record,
        posts=record["posts"],
        entities=entities,
        times=record["times"],
        events=evs,
        text=highlight(a, lab),
    )


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event(request: Request, event_id: str, db: StoreDep) -> HTMLResponse:
    """One merged event with its mentions in every document."""
    ev = queries.event(db, event_id)
    if ev is None:
        raise HTTPException(404, f"No event with id {event_id!r}.")
    return page(request, "event.html", event=ev)


@router.get("/search", response_class=HTMLResponse)
def search(request: Request, db: StoreDep, q: str | None = None) -> HTMLResponse:
    """Text search over documents and event evidence."""
    q = _opt(q)
    result = queries.search(db, q[:200]) if q else {"documents": [], "evidence": [], "actors": []}
    return page(request, "search.html", q=q, search_q=q, result=result)
