"""The document text as HTML with posts, entities, times and event evidence marked, from offsets.

The text is cut at every span boundary; each piece is escaped and wrapped in one flat `<span>` whose
classes name every layer covering it (so overlapping spans need no nesting). Only the markup built
here is trusted: every piece of the document's text, every surface and every attribute value goes
through `markupsafe.escape`.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import quote

from markupsafe import Markup, escape

from newsgraph.model import Analysis, Event


@dataclass(frozen=True)
class Layer:
    """One marked span: CSS classes, a tooltip, an optional link and an optional anchor id."""

    start: int
    end: int
    classes: tuple[str, ...]
    title: str = ""
    href: str | None = None
    anchor: str | None = None
    label: str | None = None  # shown before the span (a post's author line)


def actor_href(entity_id: str) -> str:
    """The page of an actor."""
    return "/actors/" + quote(entity_id, safe=":")


def layers(analysis: Analysis, labels: dict[str, str] | None = None) -> list[Layer]:
    """The marked spans of one analysed document."""
    labels = labels or {}
    out: list[Layer] = []
    for i, p in enumerate(analysis.segmentation.posts):
        who = f"{p.author} (@{p.handle})" if p.handle else p.author
        out.append(
            Layer(
                p.span.start,
                p.span.end,
                ("post",),
                title=f"post by {who}" + (f", {p.posted}" if p.posted else ""),
                anchor=f"post-{i}",
                label=f"{p.platform} · {who}" + (f" · {p.posted}" if p.posted else ""),
            )
        )
    anchors = evidence_anchors(analysis)
    placed: set[str] = set()
    for e in analysis.events:
        key = _event_key(e)
        out.append(
            Layer(
                e.span.start,
                e.span.end,
                ("evidence",),
                title=f"{e.type} ({e.status})",
                anchor=None if key in placed else anchors[key],
            )
        )
        placed.add(key)
        if e.trigger_span is not None:
            out.append(
                Layer(e.trigger_span.start, e.trigger_span.end, ("trigger",), title=f"{e.type} trigger")
            )
    for t in analysis.times:
        out.append(Layer(t.span.start, t.span.end, ("time",), title=f"time: {t.value}"))
    for m in analysis.mentions:
        name = labels.get(m.entity_id, m.entity_id)
        out.append(
            Layer(
                m.span.start,
                m.span.end,
                ("entity", f"entity-{m.type.lower()}"),
                title=f"{name} ({m.type}, {m.entity_id})",
                href=actor_href(m.entity_id),
            )
        )
    return out


def _event_key(e: Event) -> str:
    return e.event_id or f"{e.span.start}:{e.type}"


def evidence_anchors(analysis: Analysis) -> dict[str, str]:
    """event_id → the anchor of its first evidence span in the highlighted text."""
    anchors: dict[str, str] = {}
    for e in analysis.events:
        anchors.setdefault(_event_key(e), f"evidence-{len(anchors)}")
    return anchors


def render(text: str, marks: Sequence[Layer]) -> Markup:
    """`text` as escaped HTML, with every piece wrapped in the classes of the layers covering it.

    Spans outside the text or empty are dropped. Anchors and labels are placed where their layer
    starts; a piece inside a linked layer (an entity) becomes a link.
    """
    n = len(text)
    valid = [m for m in marks if 0 <= m.start < m.end <= n]
    cuts = sorted({0, n, *(m.start for m in valid), *(m.end for m in valid)})
    starts: dict[int, list[Layer]] = {}
    for m in valid:
        starts.setdefault(m.start, []).append(m)
    parts: list[Markup] = []
    for a, b in itertools.pairwise(cuts):
        for m in starts.get(a, []):
            if m.anchor:
                parts.append(Markup('<span class="anchor" id="{}"></span>').format(m.anchor))
            if m.label:
                parts.append(Markup('<span class="post-label">{}</span>').format(m.label))
        piece = text[a:b]
        cover = [m for m in valid if m.start <= a and b <= m.end]
        if not cover:
            parts.append(escape(piece))
            continue
        classes = " ".join(dict.fromkeys(c for m in cover for c in m.classes))
        title = " | ".join(dict.fromkeys(m.title for m in cover if m.title))
        link = next((m.href for m in reversed(cover) if m.href), None)
        if title:
            inner = Markup('<span class="{}" title="{}">{}</span>').format(classes, title, piece)
        else:
            inner = Markup('<span class="{}">{}</span>').format(classes, piece)
        if link:
            inner = Markup('<a href="{}">{}</a>').format(link, inner)
        parts.append(inner)
    return Markup("").join(parts)


def highlight(analysis: Analysis, labels: dict[str, str] | None = None) -> Markup:
    """The document's text as highlighted, escaped HTML."""
    return render(analysis.document.text, layers(analysis, labels))
