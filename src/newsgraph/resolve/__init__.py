"""The resolve stage: event mentions of the same happening become one event, GDELT-style.

Two mentions are the same event when they share the PLOVER type, their sources overlap (by entity or
by country), their targets overlap or one side names none, their dates agree at the coarser
granularity, and their places do not differ. Every mention is kept: `resolve_document` gives each an
`event_id`, and `merge` builds the one event per id that the records and the events table show.
A two-party event (a meeting, an agreement) whose mentions, all together, still name one party only
is dropped: a meeting with nobody is a misreading.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Sequence

from newsgraph.model import ActorRef, Event, unique_actors

TWO_PARTY = {
    ("CONSULT", "meet"),
    ("AGREE", None),
    ("AGREE", "sign"),
    ("COOPERATE", None),
    ("COOPERATE", "economic"),
}
_STATUS_RANK = {
    "asserted": 0,
    "ongoing": 1,
    "planned": 2,
    "expected": 3,
    "suspected": 4,
    "desired": 5,
    "negated": 6,
}


def dates_agree(a: str | None, b: str | None) -> bool:
    """True when two ISO dates or ranges overlap at the coarser granularity of each bound.

    An unknown date agrees with any date.
    """
    if not a or not b:
        return True
    a0, _, a1 = a.partition("/")
    b0, _, b1 = b.partition("/")
    a1, b1 = a1 or a0, b1 or b0

    def cut(x: str, y: str) -> str:
        return x[: min(len(x), len(y))]

    return cut(a0, b1) <= cut(b1, a0) and cut(b0, a1) <= cut(a1, b0)


def _overlap(x: Sequence[ActorRef], y: Sequence[ActorRef]) -> bool:
    ids = {r.id for r in x} & {r.id for r in y}
    countries = {r.country for r in x if r.country} & {r.country for r in y if r.country}
    return bool(ids or countries)


def same_event(a: Event, b: Event) -> bool:
    """Whether two event mentions report the same happening."""
    if a.type != b.type or (a.mode and b.mode and a.mode != b.mode):
        return False
    if not _overlap(a.source, b.source) and not _overlap(a.source, b.target):
        return False
    if a.target and b.target and not (_overlap(a.target, b.target) or _overlap(a.target, b.source)):
        return False
    if a.location and b.location and a.location != b.location:
        return False
    return dates_agree(a.date, b.date)


def event_id(doc_id: str, first: Event) -> str:
    """A stable id for a merged event, from its first mention."""
    key = f"{doc_id}|{first.span.start}|{first.type}|{first.trigger_span.start if first.trigger_span else 0}"
    return "ev_" + hashlib.sha1(key.encode()).hexdigest()[:16]


def cluster(events: Sequence[Event]) -> list[list[int]]:
    """Greedy clusters of compatible mentions, in text order.

    A mention joins the first cluster whose first and latest mentions it agrees with: close to
    complete linkage, but linear in the cluster size, so a long document stays fast.
    """
    clusters: list[list[int]] = []
    for i, ev in enumerate(events):
        for c in clusters:
            if same_event(events[c[0]], ev) and (len(c) == 1 or same_event(events[c[-1]], ev)):
                c.append(i)
                break
        else:
            clusters.append([i])
    return clusters


def merge(mentions: Sequence[Event]) -> Event:
    """One event from its mentions: the lead mention's date, status and evidence; actors united.

    The lead is the first mention that names its own source (news states the main fact first);
    carried mentions, with their lower confidence, lead only when no other does.
    """
    top = max(e.confidence for e in mentions)
    best = min((e for e in mentions if e.confidence >= top - 0.2), key=lambda e: e.span.start)
    source = unique_actors(r for m in mentions for r in m.source)
    target = unique_actors(r for m in mentions for r in m.target)
    attribution = tuple(dict.fromkeys(a for m in mentions for a in m.attribution))
    location = best.location or next((m.location for m in mentions if m.location), None)
    mode = best.mode or next((m.mode for m in mentions if m.mode), None)
    dates = [m.date for m in mentions if m.date]
    date = best.date or (dates[0] if dates else None)
    return dataclasses.replace(
        best,
        source=tuple(source),
        target=tuple(r for r in target if r.id not in {s.id for s in source}) or tuple(target),
        attribution=attribution,
        location=location,
        mode=mode,
        date=date,
        confidence=round(min(1.0, top + 0.05 * (len(mentions) - 1)), 2),
        n_mentions=len(mentions),
    )


def resolve_document(doc_id: str, events: Sequence[Event]) -> list[Event]:
    """Give each event mention the id of the event it belongs to; drop two-party events with one party."""
    out: list[Event] = []
    for c in cluster(events):
        members = [events[i] for i in c]
        merged = merge(members)
        if (merged.type, merged.mode) in TWO_PARTY and not merged.target:
            continue
        eid = event_id(doc_id, members[0])
        out.extend(dataclasses.replace(m, event_id=eid) for m in members)
    out.sort(key=lambda e: (e.span.start, e.trigger_span.start if e.trigger_span else 0))
    return out


def merged_events(events: Sequence[Event]) -> list[Event]:
    """The merged events of resolved mentions (grouped by `event_id`), in order of first mention."""
    groups: dict[str, list[Event]] = {}
    for ev in events:
        groups.setdefault(ev.event_id or f"_{id(ev)}", []).append(ev)
    return [dataclasses.replace(merge(g), event_id=k) for k, g in groups.items()]
