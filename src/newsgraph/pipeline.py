"""The `Pipeline`: segment → nlp → link → timex → events → resolve, one document at a time.

Build it once and reuse it: the knowledge base, the linker and the GiNZA model load on first use and
stay loaded, so the same object serves one document in a test, a folder in a process pool and a
partition on Spark.

    >>> pipeline = Pipeline()                                    # doctest: +SKIP
    >>> analysis = pipeline.run(Document(id="a", text="…"))      # doctest: +SKIP
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from newsgraph import nlp, timex
from newsgraph.events import EventCoder
from newsgraph.events.generic import default_generic
from newsgraph.model import (
    Analysis,
    Clause,
    Dateline,
    Document,
    Entity,
    Mention,
    Segmentation,
    Sentence,
    Span,
    TimeValue,
)
from newsgraph.resolve import resolve_document
from newsgraph.segment import dated, dateline_day, segment

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from newsgraph.kb import KnowledgeBase
    from newsgraph.link import Linker

NerSpan = tuple[int, int, str]  # (start, end, label) relative to a block


def _put_back(where: list[int], base: int, span: Span) -> Span:
    """`span` of a text with its glosses taken out (`where`: each of its offsets in the whole text)
    as the span of the whole text, moved by `base`."""
    start = where[span.start]
    end = where[span.end - 1] + 1 if span.end > span.start else start
    return Span(base + start, base + end)


@dataclass(frozen=True)
class Options:
    """How a pipeline runs.

    `kb_files`: user knowledge-base files added to the built-in one. `parse`: run GiNZA on the
    sentences that may hold an event, those with a trigger word and a knowledge-base name (off: no
    model at all, case particles and the knowledge base only, for speed or tests). `ner`: give
    GiNZA's entity spans to the linker, for names the knowledge base lacks (`local:` ids). The chosen
    sentences are parsed once with the whole model: the linker reads its entity spans, the event coder
    its clauses (`events.clauses_ja`). English sentences go to `en_model` (`events.clauses_en`).
    `parse_budget`: the most characters of one document's Japanese sentences the model parses (in
    text order); the sentences past it are read by the case rules alone, so that time stays bounded
    on a pathological document (a megabyte without sentence ends) while a news article, far shorter,
    is parsed whole.
    """

    kb_files: tuple[Path, ...] = ()
    parse: bool = True
    ner: bool = True
    model: str = "ja_ginza"
    en_model: str = "en_core_web_sm"
    parse_budget: int = 50_000


# Entity types a dateline's place can be: 【ワシントン共同】 is filed from a city, not from the White House.
PLACE_TYPES = frozenset({"GPE", "COUNTRY", "LOC"})


def within_budget(chosen: list[tuple[int, Sentence]], budget: int) -> list[tuple[int, Sentence]]:
    """The leading sentences of `chosen` whose texts add up to at most `budget` characters."""
    total = 0
    for k, (_, s) in enumerate(chosen):
        total += len(s.text)
        if total > budget:
            return chosen[:k]
    return chosen


# The parliament a bare 国会 names in a report filed at home (the home country of events/generic.yaml).
DIET = "wiki:National_Diet"


def origin(dateline: Dateline, mentions: Iterable[Mention]) -> str | None:
    """The entity id of the place `dateline` names: the longest place mention inside the place as
    written (ワシントン of 【ワシントン共同】, SEOUL of SEOUL (Reuters) -), None when none was linked."""
    where = dateline.place_span
    if where is None:
        return None
    inside = [m for m in mentions if where.contains(m.span) and m.type in PLACE_TYPES]
    if not inside:
        return None
    return max(inside, key=lambda m: (len(m.span), -m.span.start)).entity_id


class Pipeline:
    """Runs every stage over documents; heavy resources load once, on first use."""

    def __init__(self, options: Options | None = None) -> None:
        self.options = options or Options()
        self._kb: KnowledgeBase | None = None
        self._linker: Linker | None = None
        self._coder: EventCoder | None = None
        self._names: re.Pattern[str] | None = None
        self._parliaments: dict[str, str] | None = None

    @property
    def kb(self) -> KnowledgeBase:
        if self._kb is None:
            from newsgraph.kb import kb_with

            self._kb = kb_with(self.options.kb_files)
        return self._kb

    @property
    def linker(self) -> Linker:
        if self._linker is None:
            from newsgraph.link import Linker

            self._linker = Linker(self.kb)
        return self._linker

    @property
    def coder(self) -> EventCoder:
        if self._coder is None:
            self._coder = EventCoder(countries=self.kb.country_ids())
        return self._coder

    def run(self, document: Document) -> Analysis:
        """Analyse one document: posts, entities, times and events, with offsets into its text."""
        seg = segment(document)
        given = document.published  # the date the source gave, what a dateline's Feb. 8 takes its year from
        document = dated(document, seg)
        ner, clauses = self._parse(document, seg)
        mentions = self._link(document, seg, ner)
        mentions = self._agency(document, seg, mentions)
        where = origin(seg.dateline, mentions) if seg.dateline is not None else None
        mentions = self._abroad(where, mentions)
        if seg.dateline is not None:
            document = dataclasses.replace(
                document,
                origin=where,
                agency=seg.dateline.agency,
                dateline_date=dateline_day(seg.dateline, given),
            )
        times = self._times(document, seg)
        entities = self._entities(mentions)
        # Countries inside names (ソ連 in ソ連軍) count as entities of the document, but an event's
        # actor is the whole name: the coder reads the outermost mentions only.
        outer = [m for m in mentions if m.how != "nested"]
        events = self.coder.code(document, seg, outer, entities, times, clauses=clauses)
        events = resolve_document(document.id, events)
        return Analysis(document, seg, tuple(mentions), tuple(entities), tuple(times), tuple(events))

    def pipe(self, documents: Iterable[Document]) -> Iterator[Analysis]:
        """Analyse documents one after another, reusing every loaded resource."""
        for document in documents:
            yield self.run(document)

    # -- stages --------------------------------------------------------------------------------------

    @property
    def parliaments(self) -> dict[str, str]:
        """Country code → the id of its parliament, for the countries the knowledge base knows
        exactly one parliament of; built once."""
        if self._parliaments is None:
            houses: dict[str, list[str]] = {}
            for e in self.kb:
                if e.sector == "LEG" and e.type == "ORG" and e.country:
                    houses.setdefault(e.country, []).append(e.id)
            self._parliaments = {c: ids[0] for c, ids in houses.items() if len(ids) == 1}
        return self._parliaments

    def _abroad(self, where: str | None, mentions: list[Mention]) -> list[Mention]:
        """`mentions` of a report filed abroad, from `where`, the dateline's place: the bare 国会
        (【ソウル共同】…国会の周辺には) is linked to the parliament of that country, not to Japan's Diet
        (the knowledge base must know one parliament of it), and a home body named bare (財務省)
        before the report names anything of the home country is that country's body of the name
        (【ワシントン=…】米政府は…。財務省は: the US Treasury)."""
        home = default_generic().home_country
        place = self.kb.get(where) if where else None
        if place is None or not place.country or place.country == home:
            return mentions
        house = self.parliaments.get(place.country)
        out: list[Mention] = []
        told_home = False  # the report has named something of the home country
        for m in mentions:
            ent = self.kb.get(m.entity_id)
            if m.surface == "国会" and m.entity_id == DIET and house is not None:
                m = dataclasses.replace(m, entity_id=house)
            elif ent is not None and ent.country == home and m.how != "nested":
                twin = self.linker.twin(place.country, m.surface) if ent.type == "ORG" else None
                if twin is not None and not told_home:
                    m = dataclasses.replace(m, entity_id=twin, how="twin")
                else:
                    told_home = True
            out.append(m)
        return out

    def _agency(self, document: Document, seg: Segmentation, mentions: list[Mention]) -> list[Mention]:
        """`mentions` and the news agency the dateline names (【ソウル共同】: Kyodo News), where no
        mention links its name: the document names the agency, though it takes no part in events."""
        d = seg.dateline
        if d is None or d.agency is None or d.agency_span is None:
            return mentions
        if any(m.span.overlaps(d.agency_span) and m.entity_id == d.agency for m in mentions):
            return mentions
        ent = self.kb.get(d.agency)
        if ent is None:
            return mentions
        span = d.agency_span
        named = Mention(span, document.text[span.start : span.end], d.agency, ent.type, 1.0, "dateline")
        return sorted([*mentions, named], key=lambda m: (m.span.start, m.span.end))

    def _link(
        self, document: Document, seg: Segmentation, ner: dict[int, list[NerSpan]] | None = None
    ) -> list[Mention]:
        """Mentions of every block; `ner` gives GiNZA's entity spans of some blocks (block → spans)."""
        mentions: list[Mention] = []
        for i, block in enumerate(seg.blocks):
            text = document.text[block.span.start : block.span.end]
            spans = ner.get(i, ()) if ner else ()
            mentions.extend(
                self.linker.link(
                    text, reference=block.reference, offset=block.span.start, ner=spans, nested=True
                )
            )
        return self.linker.foreign_twins(document.text, mentions)

    @property
    def names(self) -> re.Pattern[str]:
        """Every knowledge-base name and short name (normalized) in one pattern, and runs of two
        one-character country abbreviations or more (日米豪, 米中): the cheap test of whether a sentence
        names an actor, run before the linker so that each block links once. An abbreviation alone
        (中, 日) is too common a character to tell."""
        if self._names is None:
            from newsgraph.kb import key

            keys = {key(a.text) for a in self.kb.aliases() if a.kind != "abbr"} - {""}
            chars = sorted({a.text for a in self.kb.aliases() if a.kind == "abbr" and len(a.text) == 1})
            names = "|".join(map(re.escape, sorted(keys, key=len, reverse=True)))
            runs = f"[{''.join(map(re.escape, chars))}]{{2,}}" if chars else ""
            self._names = re.compile("|".join(p for p in (names, runs) if p))
        return self._names

    def _parse(
        self, document: Document, seg: Segmentation
    ) -> tuple[dict[int, list[NerSpan]], dict[int, list[Clause]]]:
        """GiNZA's entity spans per block (relative to the block) and the clauses of each sentence
        (by sentence index), read off one parse of the Japanese sentences that can hold an event: a
        trigger word and a knowledge-base name, parsed in one batch."""
        if not self.options.parse:
            return {}, {}
        from newsgraph.kb import normalize

        chosen = [
            (i, s)
            for i, s in enumerate(seg.sentences)
            if seg.blocks[s.block].language == "ja"
            and self.coder.candidate(s.text)
            and self.names.search(normalize(s.text)[0])
        ]
        chosen = within_budget(chosen, self.options.parse_budget)
        clauses = self._parse_english(seg)
        if not chosen:
            return {}, clauses
        from newsgraph.events.clauses_ja import clauses as read_clauses
        from newsgraph.events.clauses_ja import moved
        from newsgraph.link import spans_from_doc

        def read(doc: Doc, offset: int) -> list[tuple[list[NerSpan], list[Clause]]]:
            spans = [(offset + a, offset + b, label) for a, b, label in spans_from_doc(doc)]
            return [(spans, read_clauses(doc, offset))]

        # each sentence is parsed without its bracketed glosses, its offsets put back after
        plain = [nlp.without_glosses(s.text) for _, s in chosen]
        found = nlp.read_docs([p for p, _ in plain], read, model=self.options.model, keep=nlp.PARSE_PIPES)
        out: dict[int, list[NerSpan]] = {}
        for (i, s), (_, where), pieces in zip(chosen, plain, found, strict=True):
            shift = s.span.start - seg.blocks[s.block].span.start
            move = functools.partial(_put_back, where, s.span.start)
            for spans, found_clauses in pieces:
                if self.options.ner:
                    for a, b, label in spans:
                        back = _put_back(where, shift, Span(a, b))  # relative to the block
                        out.setdefault(s.block, []).append((back.start, back.end, label))
                clauses.setdefault(i, []).extend(moved(c, move) for c in found_clauses)
        return {b: spans for b, spans in out.items() if spans}, clauses

    def _parse_english(self, seg: Segmentation) -> dict[int, list[Clause]]:
        """The clauses of the English sentences that hold a trigger word (by sentence index), read off
        one batch of the English model's parses."""
        from newsgraph.events.clauses_en import english_clauses
        from newsgraph.nlp import english

        chosen = [
            s for s in seg.sentences if seg.blocks[s.block].language == "en" and self.coder.candidate(s.text)
        ]
        if not chosen:
            return {}
        index = {id(s): i for i, s in enumerate(seg.sentences)}
        docs = english.parse([s.text for s in chosen], model=self.options.en_model)
        return {index[id(s)]: english_clauses(doc, s.span.start) for s, doc in zip(chosen, docs, strict=True)}

    def _times(self, document: Document, seg: Segmentation) -> list[TimeValue]:
        times: list[TimeValue] = []
        story: str | None = None  # the last day named so far: 同日 after a post counts from its days
        for block in seg.blocks:
            text = document.text[block.span.start : block.span.end]
            found = timex.find_times(
                text,
                block.reference,
                anchor=block.anchor,
                language=block.language,
                offset=block.span.start,
                story=story,
            )
            times.extend(found)
            story = timex.last_named_day(found, story)
        return times

    def _entities(self, mentions: list[Mention]) -> list[Entity]:
        seen: dict[str, Entity] = {}
        for m in mentions:
            if m.entity_id in seen:
                continue
            entity = self.linker.entity(m.entity_id)
            if entity is None:
                entity = Entity(id=m.entity_id, type=m.type)
            seen[m.entity_id] = entity
        return list(seen.values())
