"""The aggregate views analysts of event data expect: facet counts over a filtered list of events,
and events per week by quad class (the ICEWS / GDELT trend chart) for the whole database, one actor
or a pair of actors.

Both take the `EventFilter` of the list they describe, so a count and the list it drills down to
always agree.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from newsgraph.store import Store
from newsgraph.store.queries import QUADS, EventFilter, entity_labels, event_where, readable_id

WEEK_DAYS = 7  # an event counts in a week when it is dated to a week or finer


def facets(store: Store, f: EventFilter, top: int = 12) -> dict[str, list[dict[str, Any]]]:
    """Counts of the events matching `f` by country (either side), type, status and quad class,
    most frequent first; each value with the filter that narrows the list to it."""
    where, params = event_where(f)
    out: dict[str, list[dict[str, Any]]] = {}
    sql = {
        "country": "SELECT c, count(*) FROM (SELECT DISTINCT event_id, unnest(list_concat("
        "coalesce(source_countries, []), coalesce(target_countries, []))) AS c FROM events WHERE {w}) "
        "WHERE c IS NOT NULL AND c <> '' GROUP BY c",
        "type": "SELECT type, count(*) FROM events WHERE {w} GROUP BY type",
        "status": "SELECT status, count(*) FROM events WHERE {w} GROUP BY status",
        "quad_class": "SELECT quad_class, count(*) FROM events WHERE {w} AND quad_class IS NOT NULL "
        "GROUP BY quad_class",
    }
    for name, q in sql.items():
        _, rows = store.query(q.format(w=where) + " ORDER BY 2 DESC, 1 LIMIT ?", [*params, int(top)])
        out[name] = [{"value": v, "count": int(n)} for v, n in rows if v is not None]
    return out


def week_of(day: dt.date) -> str:
    """The ISO week holding `day`, as `2024-W10`."""
    iso = day.isocalendar()
    return f"{iso.year:04d}-W{iso.week:02d}"


def trend(store: Store, f: EventFilter) -> dict[str, Any]:
    """Events matching `f` per ISO week by quad class, every week from the first to the last (empty
    weeks included, so the time axis is even); and how many matching events are left out because
    their date is coarser than a week (a month, a year) or missing."""
    weekly = dataclasses.replace(f, max_days=WEEK_DAYS, limit=0, offset=0)
    where, params = event_where(weekly)
    counts = ", ".join(f"count(*) FILTER (WHERE quad_class = '{q}') AS {q}" for q in QUADS)
    _, rows = store.query(
        f"SELECT date_trunc('week', start_day)::DATE AS week, count(*) AS total, {counts} "
        f"FROM events WHERE {where} GROUP BY 1 ORDER BY 1",
        params,
    )
    by_week = {r[0]: r for r in rows}
    weeks: list[dict[str, Any]] = []
    if rows:
        day, last = rows[0][0], rows[-1][0]
        while day <= last:
            r = by_week.get(day)
            weeks.append(
                {
                    "week": week_of(day),
                    "monday": day.isoformat(),
                    "total": int(r[1]) if r else 0,
                    **{q: int(r[2 + i]) if r else 0 for i, q in enumerate(QUADS)},
                }
            )
            day += dt.timedelta(weeks=1)
    where_all, params_all = event_where(dataclasses.replace(f, limit=0, offset=0))
    _, left = store.query(
        f"SELECT count(*) FILTER (WHERE start_day IS NULL), "
        f"count(*) FILTER (WHERE end_day - start_day >= {WEEK_DAYS}) FROM events WHERE {where_all}",
        params_all,
    )
    return {
        "weeks": weeks,
        "total": sum(w["total"] for w in weeks),
        "peak": max((w["total"] for w in weeks), default=0),
        "undated": int(left[0][0]),
        "coarse": int(left[0][1]),
    }


def label_of(store: Store, actor: str | None) -> str | None:
    """A readable name for an actor filter (an id, a country code or a fragment as typed)."""
    if not actor:
        return None
    return entity_labels(store).get(actor) or (readable_id(actor) if ":" in actor else actor)
