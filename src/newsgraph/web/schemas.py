"""Response models of the JSON API: they give `/openapi.json` its schema and check what is sent."""

from __future__ import annotations

from typing import Any, Generic, Literal, TypeVar

from pydantic import BaseModel, Field

T = TypeVar("T")


# The largest count or offset a parameter takes: far above any database's size, and inside the
# 64-bit integers the SQL runs on (a bigger one was a 500 error, not a 422).
MAX_COUNT = 1_000_000_000


class SnapshotInfo(BaseModel):
    """How current the data is: `stale` while the database is being written."""

    stale: bool
    as_of: str | None = Field(None, description="When the served data was written (ISO 8601, local time)")
    note: str | None = Field(None, description="A sentence for people, present only when stale")


class Page(BaseModel, Generic[T]):
    """One page of a list; `next_offset` is null on the last page."""

    items: list[T]
    limit: int
    offset: int
    next_offset: int | None = None
    total: int | None = None
    snapshot: SnapshotInfo


class DocumentSummary(BaseModel):
    doc_id: str
    title: str | None = None
    published: str | None = None
    published_how: str | None = None
    language: str | None = None
    source: str | None = None
    url: str | None = None
    ingested_at: str | None = None
    n_posts: int
    n_entities: int
    n_times: int
    n_events: int
    n_event_mentions: int


class DocumentDetail(BaseModel):
    """The document record (see the record format) and the document's text."""

    doc_id: str
    language: str | None = None
    published: str | None = None
    published_how: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    posts: list[dict[str, Any]]
    entities: list[dict[str, Any]]
    times: list[dict[str, Any]]
    events: list[dict[str, Any]]
    text: str


class EventOut(BaseModel):
    """A merged event: every mention of the same happening across documents counts once."""

    event_id: str
    type: str
    mode: str | None = None
    quad_class: str | None = None
    source_ids: list[str]
    source_labels: list[str]
    source_countries: list[str]
    target_ids: list[str]
    target_labels: list[str]
    target_countries: list[str]
    date: str | None = None
    location: str | None = None
    location_label: str | None = None
    status: str | None = None
    attribution: list[str] = Field(description="Who the claim is attributed to, innermost last")
    attribution_labels: list[str]
    evidence: str | None = None
    confidence: float | None = None
    n_mentions: int | None = None
    n_documents: int | None = None
    first_doc: str | None = None


class EventMentionOut(BaseModel):
    """One mention of an event in one document, with its offsets into the document's text."""

    doc_id: str
    doc_title: str | None = None
    start_char: int
    end_char: int
    trigger: str | None = None
    trigger_start: int | None = None
    trigger_end: int | None = None
    type: str
    mode: str | None = None
    source_ids: list[str]
    source_labels: list[str]
    target_ids: list[str]
    target_labels: list[str]
    date: str | None = None
    location: str | None = None
    status: str | None = None
    attribution: list[str]
    attribution_labels: list[str]
    evidence: str | None = None
    confidence: float | None = None


class EventDetail(EventOut):
    mentions: list[EventMentionOut]


class ActorOut(BaseModel):
    entity_id: str
    label: str
    type: str | None = None
    country: str | None = None
    sector: str | None = None
    n_events: int
    n_mentions: int
    n_documents: int


class RoleOut(BaseModel):
    title: str
    country: str | None = None
    start: str | None = None
    end: str | None = None
    org: str | None = None


class SurfaceCount(BaseModel):
    surface: str
    count: int


class PeriodCount(BaseModel):
    """Events in one month (`YYYY-MM`), in all and by PLOVER quad class."""

    period: str
    total: int
    verbal_cooperation: int
    material_cooperation: int
    verbal_conflict: int
    material_conflict: int


class ActorDetail(ActorOut):
    names: dict[str, list[str]] = Field(description="Names by language, from the knowledge base")
    surfaces: list[SurfaceCount] = Field(description="How the documents write the actor")
    roles: list[RoleOut]
    timeline: list[PeriodCount]
    events: list[EventOut]


class PairOut(BaseModel):
    """A directed actor pair (source acts on target) with event counts by PLOVER quad class."""

    source: str
    source_label: str
    target: str
    target_label: str
    total: int
    verbal_cooperation: int
    material_cooperation: int
    verbal_conflict: int
    material_conflict: int
    dominant: str | None = None


class PairDetail(PairOut):
    events: list[EventOut]


class DocumentHit(BaseModel):
    doc_id: str
    title: str | None = None
    published: str | None = None
    snippet: str
    offset: int | None = Field(None, description="Offset of the first match in the text")


class EvidenceHit(BaseModel):
    event_id: str | None = None
    doc_id: str
    title: str | None = None
    type: str
    status: str | None = None
    start_char: int
    end_char: int
    evidence: str


class ActorHit(BaseModel):
    """A stored entity a search names (by any of its names in the knowledge base, its label or id)."""

    id: str
    label: str
    type: str | None = None
    n_mentions: int


class SearchResult(BaseModel):
    query: str
    documents: list[DocumentHit]
    evidence: list[EvidenceHit]
    actors: list[ActorHit] = []
    snapshot: SnapshotInfo


class Overview(BaseModel):
    counts: dict[str, int]
    by_type: dict[str, int]
    by_quad: dict[str, int]
    by_status: dict[str, int]
    top_actors: list[ActorOut]
    recent_events: list[EventOut]
    snapshot: SnapshotInfo


class Problem(BaseModel):
    """An error: `detail` says what went wrong and what to do."""

    detail: str


StatusName = Literal["asserted", "ongoing", "planned", "expected", "suspected", "negated", "desired"]


class WeekCount(BaseModel):
    """Events of one ISO week by quad class."""

    week: str = Field(description="ISO week, e.g. 2024-W10")
    monday: str = Field(description="Its first day")
    total: int
    verbal_cooperation: int
    material_cooperation: int
    verbal_conflict: int
    material_conflict: int


class Trend(BaseModel):
    """Events per week (every week from the first to the last), and those a week cannot hold."""

    weeks: list[WeekCount]
    total: int
    peak: int
    coarse: int = Field(description="Matching events dated only to a month or longer")
    undated: int = Field(description="Matching events without a date")


class FacetValue(BaseModel):
    value: str
    count: int


class Facets(BaseModel):
    """Counts of the matching events by country (either side), type, status and quad class."""

    country: list[FacetValue]
    type: list[FacetValue]
    status: list[FacetValue]
    quad_class: list[FacetValue]
