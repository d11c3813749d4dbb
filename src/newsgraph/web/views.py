"""The analyst's views: the events list with facets, the weekly trend chart, exports of every list,
and the API docs.

    /events        filtered events with counts by country, type, status and quad class
    /trend         events per week by quad class: everything, one actor, or a pair (actor + partner)
    /export/{list}.{csv,json}   events, actors, documents or pairs, under the filters of its page
    /docs          the interactive API docs, from the vendored swagger-ui-dist (no CDN, no inline script)
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, Response

from newsgraph.store import queries
from newsgraph.store.queries import EventFilter, count_events
from newsgraph.timex.interval import interval
from newsgraph.web import analysis
from newsgraph.web.pages import StoreDep, _check_filters, _opt, page

router = APIRouter(include_in_schema=False)

PAGE = 200  # events a page of the list shows
EXPORT_MAX = 100_000
Opt = Annotated[str | None, Query()]
LISTS = ("events", "actors", "documents", "pairs")


def event_filter(
    actor: str | None = None,
    partner: str | None = None,
    country: str | None = None,
    type: str | None = None,
    status: str | None = None,
    quad: str | None = None,
    since: str | None = None,
    until: str | None = None,
    weekly: str | None = None,
) -> tuple[EventFilter, dict[str, Any]]:
    """The filter the query parameters of a list page ask for (a 400 for a bad value), and the
    parameters themselves, cleaned, for links that keep them. The filter's limit and offset are the
    defaults: the page sets its own."""
    actor, partner, country, type, status, quad, since, until, weekly = map(
        _opt, (actor, partner, country, type, status, quad, since, until, weekly)
    )
    _check_filters(type, status, since, until)
    if quad and quad not in analysis.QUADS:
        raise HTTPException(400, f"Unknown quad class {quad!r}; choose one of {', '.join(analysis.QUADS)}.")
    f = EventFilter(
        actor=actor,
        partner=partner,
        country=country.upper() if country else None,
        type=type.upper() if type else None,
        status=status,
        quad_class=quad,
        since=since,
        until=until,
        max_days=analysis.WEEK_DAYS if weekly else None,
    )
    params = {
        "actor": actor,
        "partner": partner,
        "country": f.country,
        "type": f.type,
        "status": status,
        "quad": quad,
        "since": since,
        "until": until,
        "weekly": "1" if weekly else None,
    }
    return f, {k: v for k, v in params.items() if v}


# the events a list page or an export shows, from its query parameters (`event_filter`)
ListFilter = Annotated[tuple[EventFilter, dict[str, Any]], Depends(event_filter)]


def href(path: str, params: dict[str, Any], **changes: Any) -> str:
    """`path` with `params` updated by `changes` (a None change drops the parameter)."""
    merged = {**params, **changes}
    query = urlencode({k: v for k, v in merged.items() if v not in (None, "")})
    return f"{path}?{query}" if query else path


# -- pages -----------------------------------------------------------------------------------------


@router.get("/events", response_class=HTMLResponse)
def event_list(
    request: Request,
    db: StoreDep,
    listed: ListFilter,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> HTMLResponse:
    """Events under the filters, with facet counts that narrow the list, oldest first, 200 a page."""
    f, params = listed
    f = replace(f, limit=PAGE + 1, offset=offset)
    evs = queries.events(db, f)
    return page(
        request,
        "events.html",
        events=evs[:PAGE],
        total=count_events(db, f),
        facets=analysis.facets(db, f),
        params=params,
        offset=offset,
        next_offset=offset + PAGE if len(evs) > PAGE else None,
        href=href,
        exports=exports("events", params),
    )


@router.get("/trend", response_class=HTMLResponse)
def trend(
    request: Request,
    db: StoreDep,
    actor: Opt = None,
    partner: Opt = None,
    country: Opt = None,
    type: Opt = None,
    status: Opt = None,
    since: Opt = None,
    until: Opt = None,
) -> HTMLResponse:
    """Events per week by quad class, each bar a link to the events it counts."""
    f, params = event_filter(actor, partner, country, type, status, None, since, until)
    if partner and not actor:
        raise HTTPException(400, "A partner needs an actor: a pair is actor and partner.")
    data = analysis.trend(db, f)
    return page(
        request,
        "trend.html",
        trend=data,
        params=params,
        actor_label=analysis.label_of(db, actor),
        partner_label=analysis.label_of(db, partner),
        href=href,
        exports=exports("events", params),
        chart=chart_geometry(data),
    )


def chart_geometry(data: dict[str, Any], width: int = 960, height: int = 260) -> dict[str, Any]:
    """Where each stacked bar of the trend chart goes, in SVG units (the page scales the drawing to
    its width): the weeks share the width, a bar taking 70% of its step and at most 40 units."""
    peak = max(data["peak"], 1)
    left, right = 40, 10
    step = (width - left - right) / max(len(data["weeks"]), 1)
    bar = round(min(40.0, max(1.0, step * 0.7)), 2)
    bars = []
    for i, w in enumerate(data["weeks"]):
        y = float(height)
        segments = []
        for q in analysis.QUADS:
            if w[q]:
                h = round(w[q] / peak * (height - 20), 1)
                y -= h
                segments.append({"quad": q, "count": w[q], "y": round(y, 1), "height": h})
        bars.append({**w, "x": round(left + i * step + (step - bar) / 2, 2), "segments": segments})
    ticks = sorted({0, peak // 2, peak}) if peak > 1 else [0, 1]
    every = max(1, round(len(bars) / 8))
    return {
        "width": width,
        "height": height,
        "bar": bar,
        "bars": bars,
        "ticks": [{"value": t, "y": round(height - t / peak * (height - 20), 1)} for t in ticks],
        "labels": bars[::every],
    }


@router.get("/docs", response_class=HTMLResponse)
def docs(request: Request) -> HTMLResponse:
    """The interactive API documentation, served from this server only."""
    return page(request, "docs.html")


# -- exports ---------------------------------------------------------------------------------------


def exports(name: str, params: dict[str, Any]) -> dict[str, str]:
    """Links that export list `name` under `params`, as CSV and as JSON."""
    return {fmt: href(f"/export/{name}.{fmt}", params) for fmt in ("csv", "json")}


def _csv_cell(value: Any) -> Any:
    if isinstance(value, list | tuple):
        return "; ".join(str(v) for v in value)
    return "" if value is None else value


def _respond(name: str, fmt: str, rows: list[dict[str, Any]], columns: list[str]) -> Response:
    disposition = {"Content-Disposition": f'attachment; filename="newsgraph-{name}.{fmt}"'}
    if fmt == "json":
        body = json.dumps([{c: r.get(c) for c in columns} for r in rows], ensure_ascii=False, default=str)
        return Response(body, media_type="application/json", headers=disposition)
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(columns)
    for r in rows:
        writer.writerow([_csv_cell(r.get(c)) for c in columns])
    # the byte order mark lets spreadsheet programs read Japanese names as UTF-8
    return Response("\ufeff" + buf.getvalue(), media_type="text/csv; charset=utf-8", headers=disposition)


EVENT_COLUMNS = [
    "event_id",
    "date",
    "start_day",
    "end_day",
    "type",
    "mode",
    "quad_class",
    "source_ids",
    "source_labels",
    "source_countries",
    "target_ids",
    "target_labels",
    "target_countries",
    "status",
    "attribution",
    "location",
    "evidence",
    "confidence",
    "n_mentions",
    "n_documents",
    "first_doc",
]


@router.get("/export/{name}.{fmt}")
def export(
    name: str,
    fmt: str,
    db: StoreDep,
    listed: ListFilter,
    q: Opt = None,
    min_count: Annotated[int, Query(ge=1)] = 1,
) -> Response:
    """One list under the filters of its page, whole (up to 100,000 rows), as CSV or JSON."""
    if name not in LISTS or fmt not in ("csv", "json"):
        raise HTTPException(404, f"No export {name}.{fmt}; lists: {', '.join(LISTS)}; formats: csv, json.")
    f, _ = listed
    if name == "events":
        rows = queries.events(db, replace(f, limit=EXPORT_MAX))
        for r in rows:
            days = interval(r.get("date"))
            r["start_day"] = days[0].isoformat() if days else None
            r["end_day"] = days[1].isoformat() if days else None
        return _respond(name, fmt, rows, EVENT_COLUMNS)
    if name == "actors":
        rows = queries.actors(db, limit=EXPORT_MAX, q=_opt(q))
        cols = ["entity_id", "label", "type", "country", "sector", "n_events", "n_mentions", "n_documents"]
        return _respond(name, fmt, rows, cols)
    if name == "documents":
        rows = queries.documents(db, limit=EXPORT_MAX)
        cols = [c for c in rows[0] if c != "text"] if rows else ["doc_id", "title", "published"]
        return _respond(name, fmt, rows, cols)
    rows = queries.pairs(
        db,
        since=f.since,
        until=f.until,
        status=f.status,
        min_count=min_count,
        limit=EXPORT_MAX,
        type_=f.type,
    )
    cols = ["source", "source_label", "target", "target_label", "total", *analysis.QUADS, "dominant"]
    return _respond(name, fmt, rows, cols)
