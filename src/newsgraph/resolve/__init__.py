"""The resolve stage: event mentions of the same happening become one event, GDELT-style.

Within a document, two mentions are the same event when they share the PLOVER type, their sources
overlap (by entity or by country), their targets overlap or one side names none, their dates overlap,
and their places do not differ; an act in return (Japan concedes to Korea, Korea to Japan) is an event
of its own unless the type is two-sided (a meeting, an agreement). A mutual mention (every party on both
sides: 日米首脳会談) joins only one whose parties are among its own or hold all of its, so that two
meetings sharing one party (日米 and 日中首脳会談) stay two. Across documents the rule is stricter
(`same_event_across`): both mentions are dated, their dates overlap with each read at its own
granularity (2024-06 is June 1-30, so it holds 2024-06-18 but not 2024-07), and both sides agree: an
undated article never joins another article's event. Every mention is kept: `resolve_document` gives
each an `event_id`, and `merge` builds the one event per id that the records and the events table show,
dated by the date most of its mentions agree with. A two-party event (a meeting, an agreement) whose
mentions, all together, still name one party only is dropped: a meeting with nobody is a misreading.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Sequence

from newsgraph.model import ActorRef, Event, unique_actors
from newsgraph.timex.interval import interval

TWO_PARTY = {
    ("CONSULT", "meet"),
    ("AGREE", None),
    ("AGREE", "sign"),
    ("COOPERATE", None),
    ("COOPERATE", "economic"),
}
_TWO_PARTY_TYPES = {t for t, _ in TWO_PARTY}
_VISIT = "visit"  # a CONSULT mode that one side pays the other
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
    """True when two ISO dates or ranges overlap, each read at its own granularity.

    An unknown date agrees with any date (within a document; see `same_event_across`).
    """
    if not a or not b:
        return True
    ia, ib = interval(a), interval(b)
    if ia is None or ib is None:  # a value that names no calendar day agrees only with itself
        return a == b
    return ia[0] <= ib[1] and ib[0] <= ia[1]


def _overlap(x: Sequence[ActorRef], y: Sequence[ActorRef]) -> bool:
    ids = {r.id for r in x} & {r.id for r in y}
    countries = {r.country for r in x if r.country} & {r.country for r in y if r.country}
    return bool(ids or countries)


def _mutual(e: Event) -> bool:
    """Whether `e` lists every party on both sides (a meeting, fighting: each acts on every other)."""
    return bool(e.target) and {r.id for r in e.source} == {r.id for r in e.target}


def _parties(e: Event) -> list[ActorRef]:
    return [*e.source, *e.target]


def _covered(x: Sequence[ActorRef], y: Sequence[ActorRef]) -> bool:
    """Whether every actor of `x` is one of `y` (by entity or by country)."""
    return all(_overlap([r], y) for r in x)


def same_event(a: Event, b: Event) -> bool:
    """Whether two event mentions report the same happening."""
    if a.type != b.type or (a.mode and b.mode and a.mode != b.mode):
        return False
    if not _overlap(a.source, b.source) and not _overlap(a.source, b.target):
        return False
    if (_mutual(a) or _mutual(b)) and not (
        _covered(_parties(a), _parties(b)) or _covered(_parties(b), _parties(a))
    ):
        # 日米首脳会談 and 日中首脳会談: meetings that share one party are two meetings
        return False
    directed = a.type not in _TWO_PARTY_TYPES or _VISIT in (a.mode, b.mode)
    if directed and not _overlap(a.source, b.source) and a.target and _overlap(a.target, b.source):
        # 日本が譲歩し、韓国も譲歩した, 訪中し、その後習主席が訪米する: a directed act in return (a visit
        # among them) is an act of its own
        return False
    if a.target and b.target and not (_overlap(a.target, b.target) or _overlap(a.target, b.source)):
        return False
    if a.location and b.location and a.location != b.location:
        return False
    return dates_agree(a.date, b.date)


def _sides_agree(a: Event, b: Event) -> bool:
    """Both sides name the same actors (by entity or country), in either order; an empty target
    agrees only with an empty target."""

    def agree(x: Sequence[ActorRef], y: Sequence[ActorRef]) -> bool:
        return _overlap(x, y) if x and y else not x and not y

    return (agree(a.source, b.source) and agree(a.target, b.target)) or (
        bool(a.target) and agree(a.source, b.target) and agree(a.target, b.source)
    )


def same_event_across(a: Event, b: Event) -> bool:
    """Whether mentions from two different documents report the same happening.

    Stricter than `same_event`: both are dated and the dates overlap, the type (and mode, when both
    name one) agree, and both sides agree, so that an undated article or a meeting of other parties
    never joins another article's event.
    """
    if not a.date or not b.date or not dates_agree(a.date, b.date):
        return False
    if a.type != b.type or (a.mode and b.mode and a.mode != b.mode):
        return False
    if a.location and b.location and a.location != b.location:
        return False
    return _sides_agree(a, b)


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
    dates: list[set[str]] = []  # the distinct dates of each cluster: few, and every one must agree
    for i, ev in enumerate(events):
        for c, seen in zip(clusters, dates, strict=True):
            if (
                same_event(events[c[0]], ev)
                and (len(c) == 1 or same_event(events[c[-1]], ev))
                and all(dates_agree(d, ev.date) for d in seen)
            ):
                c.append(i)
                if ev.date:
                    seen.add(ev.date)
                break
        else:
            clusters.append([i])
            dates.append({ev.date} if ev.date else set())
    return clusters


def agreed_date(mentions: Sequence[Event], lead: Event | None = None) -> str | None:
    """The date of an event from its mentions: the date that most dated mentions agree with; on a
    tie the lead mention's, then the finer one. One stray `1987年` does not outvote the others."""
    dated = [m.date for m in mentions if m.date]
    if not dated:
        return None

    def support(d: str) -> tuple[int, int, int, int]:
        days = interval(d)
        width = (days[1] - days[0]).days if days else 1 << 20
        return (
            sum(dates_agree(d, o) for o in dated),
            int(lead is not None and lead.date == d),
            -width,
            -dated.index(d),
        )

    return max(dict.fromkeys(dated), key=support)


def merge(mentions: Sequence[Event]) -> Event:
    """One event from its mentions: the lead mention's status and evidence, the date its mentions
    agree on (`agreed_date`), actors united.

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
    date = agreed_date(mentions, best)
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


def reported_events(events: Sequence[Event]) -> list[Event]:
    """The events of resolved mentions as the sentences report them: the mentions of each evidence
    sentence clustered as a document's are (`cluster`), in text order. A document record's event names
    one evidence sentence, so an event two sentences report is listed under each; the shared
    `event_id` ties them together, and `merged_events` folds them into one."""
    by_sentence: dict[int, list[Event]] = {}
    for ev in events:
        by_sentence.setdefault(ev.span.start, []).append(ev)
    # the event across the document gives each sentence's report its date, its status and the sides
    # the sentence leaves out
    whole = {e.event_id: e for e in merged_events(events)}
    out: list[Event] = []
    for mentions in by_sentence.values():
        for c in cluster(mentions):
            members = [mentions[i] for i in c]
            merged = merge(members)
            if (merged.type, merged.mode) in TWO_PARTY and not merged.target:
                continue  # a meeting this sentence names one party of
            eid = members[0].event_id
            doc = whole.get(eid)
            if doc is not None:
                # one happening: the sides another sentence names are its sides here too
                merged = dataclasses.replace(
                    merged,
                    date=doc.date or merged.date,
                    status=doc.status,
                    source=merged.source or doc.source,
                    target=merged.target or doc.target,
                )
            out.append(dataclasses.replace(merged, event_id=eid))
    return out


def merged_events(events: Sequence[Event]) -> list[Event]:
    """The merged events of resolved mentions (grouped by `event_id`), in order of first mention."""
    groups: dict[str, list[Event]] = {}
    for ev in events:
        groups.setdefault(ev.event_id or f"_{id(ev)}", []).append(ev)
    return [dataclasses.replace(merge(g), event_id=k) for k, g in groups.items()]
