"""Composed sentences run through the real pipeline, as a news article published on 2024-06-18."""

from __future__ import annotations

from typing import Any

from newsgraph.model import Document, Entity, Event, Mention, Span
from newsgraph.pipeline import Pipeline

PUBLISHED = "2024-06-18"


def coded(pipeline: Pipeline, text: str) -> tuple[Event, ...]:
    """The events `pipeline` codes in `text`, read as an article published on `PUBLISHED`."""
    doc = Document(id="t", text=text, published=PUBLISHED, published_how="metadata")
    return pipeline.run(doc).events


def event_types(pipeline: Pipeline, text: str) -> set[str]:
    """The PLOVER types of the events `pipeline` codes in `text` (see `coded`)."""
    return {e.type for e in coded(pipeline, text)}


def sides(pipeline: Pipeline, text: str, type_: str) -> list[tuple[set[str | None], set[str | None]]]:
    """(source countries, target countries) of each event of `type_` `pipeline` codes in `text`."""
    return [
        ({r.country for r in e.source}, {r.country for r in e.target})
        for e in coded(pipeline, text)
        if e.type == type_
    ]


def as_recorded(expected: list[tuple[set[Any], set[Any]]], got: list[tuple[set[Any], set[Any]]]) -> list[Any]:
    """`expected` (source, target) pairs, each as the record lists it where the event coded at its
    place is mutual: a meeting or a clash lists every party on both sides, so the pair read as
    written (Japan met Korea) is recorded as its parties on both sides."""
    out = []
    for k, (src, tgt) in enumerate(expected):
        parties = src | tgt
        mutual = k < len(got) and bool(tgt) and got[k][0] == got[k][1] == parties
        out.append((parties, parties) if mutual else (src, tgt))
    return out


def named(text: str, *names: tuple[str, Entity]) -> list[Mention]:
    """Mentions of `names` (surface, entity) at their first place in `text`."""
    out = []
    for surface, ent in names:
        start = text.index(surface)
        out.append(Mention(Span(start, start + len(surface)), surface, ent.id, ent.type))
    return out
