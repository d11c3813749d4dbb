"""Composed sentences run through the real pipeline, as a news article published on 2024-06-18."""

from __future__ import annotations

from newsgraph.model import Document, Event
from newsgraph.pipeline import Pipeline

PUBLISHED = "2024-06-18"


def coded(pipeline: Pipeline, text: str) -> tuple[Event, ...]:
    """The events `pipeline` codes in `text`, read as an article published on `PUBLISHED`."""
    doc = Document(id="t", text=text, published=PUBLISHED, published_how="metadata")
    return pipeline.run(doc).events


def event_types(pipeline: Pipeline, text: str) -> set[str]:
    """The PLOVER types of the events `pipeline` codes in `text` (see `coded`)."""
    return {e.type for e in coded(pipeline, text)}
