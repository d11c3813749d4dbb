"""The events stage: PLOVER events with actors, date, place, status, attribution and evidence.

For each sentence with a trigger from the lexicon (found by `events.triggers`) and at least one actor,
`EventCoder.code` reads the roles from case marking (`events.japanese`, `events.english`), the status
from modality cues and the attribution from reported speech, the post the sentence sits in and
analyses credited to an outlet (`events.status`), and the date from the time expressions of the
sentence, else the block's reference date (post date or publication date) at month granularity
(`events.dates`). Actors the clause omits are carried from the previous event of the same block,
with lower confidence. Besides the linked names, a Japanese sentence's actors include its generic
actors (市民団体, デモ隊, 国軍, 警察: `events.generic`), each with its sector and the country its
phrase, its sentence's places or the document so far give it.

Where the pipeline parsed the sentence, its clauses (`events.clauses_ja`, read by `events.clausal`)
give the roles the case rules miss (by the frame table `frames.yaml`, with subjects carried over
coordinated and subordinate clauses), the status of the predicate's own chain (予定, ない, とみられる),
and the date: the time that depends on the predicate's clause, else the sentence's outside relative
clauses, else the block's reference date.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Mapping, Sequence
from typing import cast

from newsgraph.events import clausal
from newsgraph.events.dates import event_date
from newsgraph.events.english import PURPOSEFUL, english_objects, english_roles
from newsgraph.events.english import parse_roles as english_parse_roles
from newsgraph.events.generic import (
    Context,
    GenericNouns,
    default_generic,
    english_generic_actors,
    generic_actors,
    named_countries,
)
from newsgraph.events.japanese import PLACE_TYPES, REACTIONS, japanese_roles
from newsgraph.events.japanese import heads as clause_heads
from newsgraph.events.lexicon import Lexicon, TriggerMatch, default_lexicon
from newsgraph.events.status import attribution as credited
from newsgraph.events.status import status_of
from newsgraph.events.triggers import find_triggers, reversed_type
from newsgraph.events.types import having
from newsgraph.events.types import types as type_table
from newsgraph.model import (
    ActorRef,
    Clause,
    Document,
    Entity,
    Event,
    Mention,
    Segmentation,
    Sentence,
    Span,
    Status,
    TimeValue,
    unique_actors,
)

__all__ = ["EventCoder", "Lexicon", "default_lexicon"]

ACTOR_TYPES = ("PERSON", "COUNTRY", "GPE", "ORG", "MEDIA")
# Types whose source in a post, when the text names none, is the post's author: the author speaks.
AUTHOR_SPEAKS = having("author_speaks")
COUNTERPART = having("counterpart")
# The forms of `be` that open an English phrase trigger (is opposed to, was prepared to).
_BE = frozenset({"is", "are", "was", "were", "be", "been", "being", "am"})
# English types whose target may be the subject of what they report (warned that Iran would…).
REACH_COMPLEMENT = ("REQUEST", "THREATEN", "ACCUSE", "AGREE")
_REPORTED_ACT = re.compile(r"(?:ことを|のを|ことに|と)(?:強く|厳しく|改めて|激しく)?$")
# 両首脳 / 両国 / 双方: both parties of the two-sided event the story is about.
_DUAL = re.compile(
    r"(?:両首脳|両国首脳|両国|両政府|両外相|両国防相|両氏|双方|両者)(?:は|が|も|とも)"
    r"|\b(?:[Tt]he two (?:countries|leaders|sides|governments|nations)|[Bb]oth (?:sides|countries|leaders))\b"
)
_WEAPONS = re.compile(
    r"武器|弾薬|兵器|ミサイル|軍需|砲弾|軍事|兵士|部隊|weapon|arms|ammunition|missile|military|troops", re.I
)


class EventCoder:
    """Codes events sentence by sentence. Build once; `code` is safe to call for many documents."""

    def __init__(
        self,
        lexicon: Lexicon | None = None,
        countries: Mapping[str, str] | None = None,
        generic: GenericNouns | None = None,
    ) -> None:
        """`countries` maps a country code to its entity id: the target of a measure a government
        takes over its own country when the document names the country nowhere. `generic` is the
        table of generic actors (市民団体, 国軍), `events.generic`."""
        self.lexicon = lexicon or default_lexicon()
        self.countries = dict(countries or {})
        self.generic = generic or default_generic()

    def candidate(self, sentence: str) -> bool:
        """True when `sentence` holds a trigger: the cheap pre-filter for the parse."""
        return self.lexicon.has_trigger(sentence)

    def code(
        self,
        document: Document,
        seg: Segmentation,
        mentions: Sequence[Mention],
        entities: Sequence[Entity],
        times: Sequence[TimeValue],
        clauses: Mapping[int, Sequence[Clause]] | None = None,
    ) -> list[Event]:
        """All event mentions of one document, in text order. `clauses` (by sentence index) are the
        parsed sentences' clauses: roles the case rules miss, status and date come from them."""
        by_id = {e.id: e for e in entities}
        ordered = sorted(mentions, key=lambda m: m.span.start)
        events: list[Event] = []
        memory = _Memory()
        starts = [m.span.start for m in ordered]
        timed = sorted(times, key=lambda t: t.span.start)
        time_starts = [t.span.start for t in timed]
        authors: dict[int, str | None] = {}  # block → its post's author, found once a block
        dateline = seg.dateline.span if seg.dateline is not None else None
        context = Context()  # the actor countries of the sentences before
        learned: dict[str, str] = {}  # unlinked names → the country their phrase gave them
        for si, sentence in enumerate(seg.sentences):
            block = seg.blocks[sentence.block]
            lo, hi = sentence.span.start, sentence.span.end
            window = ordered[bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, hi)]
            inside = [
                m
                for m in window
                if sentence.span.contains(m.span) and not (dateline and _agency(m, dateline, by_id))
            ]
            if not self.lexicon.has_trigger(sentence.text):
                context.add(inside, by_id)
                continue
            s_by_id = by_id
            if block.language != "en" and not sentence.text.isascii():
                # 市民団体, 国軍: actors with the country of their context
                found, replaced, generic = generic_actors(
                    self.generic, sentence.text, lo, inside, by_id, context
                )
                if found or replaced:
                    inside = sorted(
                        [*(m for m in inside if m not in replaced), *found], key=lambda m: m.span.start
                    )
                    s_by_id = {**by_id, **generic}
            else:  # police, rebels, demonstrators: the country of their context
                en_found, generic = english_generic_actors(
                    self.generic, sentence.text, lo, inside, by_id, context
                )
                if en_found:
                    inside = sorted([*inside, *en_found], key=lambda m: m.span.start)
                    s_by_id = {**by_id, **generic}
            named = named_countries(sentence.text, lo, inside, s_by_id, learned)
            if named:
                s_by_id = {**s_by_id, **named}
            context.add(inside, by_id)
            near = timed[bisect.bisect_left(time_starts, lo) : bisect.bisect_left(time_starts, hi)]
            s_times = [t for t in near if sentence.span.contains(t.span)]
            if sentence.block not in authors:
                first = bisect.bisect_left(starts, block.span.start)
                last = bisect.bisect_left(starts, block.span.end)
                authors[sentence.block] = self._author(seg, sentence.block, ordered[first:last])
            author = authors[sentence.block]
            recent = [ev for i, ev in memory.blocks.get(sentence.block, []) if si - i <= 3]
            for ev in self._code_sentence(
                sentence,
                inside,
                s_by_id,
                s_times,
                block.reference,
                author,
                recent,
                block.language,
                memory,
                (clauses or {}).get(si, ()),
            ):
                events.append(ev)
                memory.remember(sentence.block, si, ev)
        return events

    # -- per sentence --------------------------------------------------------------------------------

    def _code_sentence(
        self,
        sentence: Sentence,
        mentions: list[Mention],
        by_id: dict[str, Entity],
        times: list[TimeValue],
        reference: str | None,
        author: str | None,
        recent: list[Event],
        language: str,
        memory: _Memory | None = None,
        clauses: Sequence[Clause] = (),
    ) -> list[Event]:
        memory = memory or _Memory()
        text = sentence.text
        base = sentence.span.start
        triggers, modes, referred = find_triggers(self.lexicon, text, mentions, base, clauses)
        if not triggers:
            return []
        dual = _DUAL.search(text)
        actors = [
            m
            for m in mentions
            if self._actor_type(m, by_id) in (*ACTOR_TYPES, "LOC") and not self.generic.is_thing(m)
        ]
        spans = [(m.span.start - base, m.span.end - base) for m in actors]
        types = [self._actor_type(m, by_id) for m in actors]
        if language == "en" or text.isascii():
            roles = english_roles(text, spans, triggers)
        else:
            roles = japanese_roles(text, spans, types, triggers)
        quiet, reported, speaker = credited(self.lexicon.cues, text, actors, types, base)
        heads = clause_heads(text, spans, types, triggers)
        out: list[Event] = []
        actor_spans = [m.span for m in actors]
        for k, (t, (src, tgt, loc)) in enumerate(zip(triggers, roles, strict=True)):
            ck = clausal.clause_of(Span(base + t.start, base + t.end), clauses)
            english = language == "en" or text.isascii()
            parsed_source: list[int] = []  # the parse's own actor: no reporter to silence
            if ck is not None and english:
                # English: the parse's roles first, word position where the parse names no one
                reach = t.trigger.type in REACH_COMPLEMENT
                purpose = t.trigger.type in PURPOSEFUL
                read = clauses
                if t.surface.split()[0].lower() in _BE and clauses[ck].voice == "passive":
                    # is opposed to, is committed to: a state, its subject holds it (no passive)
                    read = [
                        *clauses[:ck],
                        dataclasses.replace(clauses[ck], voice="active"),
                        *clauses[ck + 1 :],
                    ]
                csrc, ctgt = english_parse_roles(ck, read, t.trigger.frame, actor_spans, reach, purpose)
                parsed_source = csrc
                src = csrc or [i for i in src if i not in english_objects(ck, clauses, actor_spans)]
                tgt = [i for i in (ctgt or tgt) if i not in src]
            elif ck is not None:
                # the parse's reading where the case rules found no one
                csrc, ctgt = clausal.roles(ck, clauses, t.trigger.frame, actor_spans)
                subject = clausal.own_subject(ck, clauses, actor_spans)
                if subject and language != "en" and t.trigger.frame not in ("symmetric", "receive"):
                    # 攻撃し、米国はロシアを非難した, 訪米する予定のバイデン大統領: the clause's own
                    # subject (or the noun it modifies), not the sentence's first
                    src = subject
                    tgt = [i for i in tgt if i not in subject]
                elif (
                    csrc and len(src) > len(csrc) and set(csrc) <= set(src) and t.trigger.frame != "symmetric"
                ):
                    # two topics read as one subject (岸田首相は…、ロシアの対応は「…」と述べ、…抗議した):
                    # the parse's, carried over the coordinated clauses, is the one
                    src = csrc
                    tgt = [i for i in tgt if i not in csrc]
                if not src:
                    src = [i for i in csrc if i not in tgt]
                if not tgt:
                    tgt = [i for i in ctgt if i not in src]
            # ロシア外務省は、日本が…と非難した: the speaker's own verb is its act, not a report
            speaks = speaker is not None and k == len(triggers) - 1 and t.trigger.type in AUTHOR_SPEAKS
            silent = quiet - {speaker} if speaks else quiet
            # The U.S. said it would not meet the demands: the parse makes the reporter the subject
            silent = silent - set(parsed_source)
            src = [i for i in src if types[i] != "LOC" and i not in silent]
            tgt = [i for i in tgt if types[i] != "LOC" and i not in silent]
            if not tgt and k > 0 and t.trigger.type in REACTIONS and _REPORTED_ACT.search(text[: t.start]):
                # 中国が演習を行ったことを非難: the actor of the reported act is the target.
                tgt = [i for i in roles[k - 1][0] if i not in src and i not in quiet]
            if t.trigger.frame == "symmetric" and not tgt and len(src) > 1:
                tgt = list(reversed(src))  # `A と B が会談`: each is the other's counterpart
            if not tgt and t.trigger.type == "ASSAULT" and language != "en":
                # ロシア軍の攻撃で市民5人が死亡した: those the attack killed or hurt
                hit = clausal.victims(Span(base + t.start, base + t.end), clauses, actor_spans)
                tgt = [i for i in hit if i not in src and i not in silent]
            place = type_table()[t.trigger.type].place
            if place == "source" and not src and loc is None:
                # パリでは数千人が…デモを行った: the protesters are of the one country the
                # sentence names
                loc = _one_place(actors, types, by_id)
            if place == "source" and not src and loc is not None:
                src = [loc]  # 韓国では…抗議集会: the protesters are of the place
            if place == "target" and not tgt and loc is not None and loc not in src:
                tgt = [loc]  # strikes on military sites in Syria / ガザ地区で空爆: the place is hit
            both: list[ActorRef] = []
            if dual and dual.end() <= t.start and not src and memory.pair is not None:
                # 両首脳は…で合意した: both parties of the last two-sided event.
                both = unique_actors([*memory.pair.source, *memory.pair.target])
            # Subjects are shared within a sentence (…が訪問した際に…を招待): the last event of this
            # sentence comes first, then the last event of the block.
            carry = out[-1] if out else self._carry(recent, t.trigger.type)
            lone = k == 0 and not actors
            location = loc if loc is not None and types[loc] in PLACE_TYPES else None
            source = [self._ref(actors[i], by_id) for i in src]
            target = [self._ref(actors[i], by_id) for i in tgt]
            carried = False
            if both:
                source = both
                target = target or (list(reversed(both)) if t.trigger.frame == "symmetric" else [])
                carried = True
            named = referred.get(id(t))  # the type of an act reported before
            if not target and named and named in memory.by_type:
                # 演習を非難 / 拿捕は…と非難: the act named is one reported before; its actor is the target.
                target = [r for r in memory.by_type[named].source if r.id not in {x.id for x in source}]
            # `We urge…` in a post: the author speaks, no actor of an earlier sentence
            first_person = (
                english
                and ck is not None
                and any(a.text.lower() in ("we", "i") for a in clauses[ck].args("subject"))
            )
            if first_person:
                pass
            elif not source and not target and carry is not None and lone:
                source, target, carried = list(carry.source), list(carry.target), True
            elif not source and carry is not None and carry.source:
                source, carried = list(carry.source), True
            if not source and author and t.trigger.type in AUTHOR_SPEAKS:
                ent = by_id.get(author)
                source = [ActorRef(author, ent.country if ent else None, ent.sector if ent else None)]
            source = unique_actors(source)
            target = [r for r in unique_actors(target) if r.id not in {s.id for s in source}] or (
                unique_actors(target) if t.trigger.frame == "symmetric" else []
            )
            target = _two_sided(source, target)
            if self.generic.is_forum(t.surface):
                # 中国をWTOに提訴, WTOへの提訴を取り下げ: the international body (an organisation of
                # the knowledge base that is no one country's) a case goes before hears it
                target = [r for r in target if not _international(r, by_id)]
            if not target and t.trigger.type in COUNTERPART and not t.trigger.self_target:
                # 中国外務省は…応じられないと述べた: the other side of the last act between two
                # countries; English names its parties in the sentence, so only earlier sentences count
                target = _counterpart(source, recent if english else [*recent, *out])
            if not target and t.trigger.self_target:
                # 非常戒厳を宣言: over the source's country (a state may act over itself; a person not)
                target = self._own_countries(source, by_id)
            if not source or (t.trigger.target_required and not target):
                continue
            status = status_of(self.lexicon.cues, text, t, language, heads.get(id(t)))
            if ck is not None:
                own_status = clausal.status(clauses[ck], self.lexicon.cues.priority)
                if own_status == "negated" and re.search(r"ない|ず|なかった", t.surface):
                    own_status = None  # 応じられない: the negation is the trigger's own word
                status = cast(Status, own_status) if own_status else status
            type_ = reversed_type(self.lexicon, text, t)
            own = actors[speaker].entity_id if speaks and speaker is not None and speaker in src else None
            attribution = tuple(a for a in (author, *reported) if a and a != own)
            if ck is not None:
                # 米国は、中国が台湾を攻撃したと述べた: the speaker of the report frame, when it is
                # not itself a party of the event
                parties = {r.id for r in (*source, *target)}
                said = [actors[i].entity_id for i in clausal.reporter(ck, clauses, actor_spans)]
                attribution += tuple(a for a in said if a not in parties and a not in attribution)
            out.append(
                Event(
                    type=type_,
                    mode=modes.get(id(t)) or t.trigger.mode or self._mode(t, text),
                    span=sentence.span,
                    evidence=text,
                    source=tuple(source),
                    target=tuple(target),
                    date=event_date(t, times, base, reference, clauses, ck, text),
                    location=actors[location].entity_id if location is not None else None,
                    status=status,
                    attribution=tuple(dict.fromkeys(attribution)),
                    confidence=self._confidence(t, src, tgt, carried),
                    trigger=t.surface,
                    trigger_span=Span(base + t.start, base + t.end),
                )
            )
        return out

    @staticmethod
    def _carry(recent: list[Event], type_: str) -> Event | None:
        """The event whose actors an actorless clause continues: the last of its type, else the last."""
        same = [e for e in recent if e.type == type_]
        return same[-1] if same else (recent[-1] if recent else None)

    # -- status, date, attribution -----------------------------------------------------------------

    # -- helpers ---------------------------------------------------------------------------------------

    def _own_countries(self, source: list[ActorRef], by_id: dict[str, Entity]) -> list[ActorRef]:
        """The countries of `source` as actors: the document's entity for each, else the knowledge
        base's, never the person who acts."""
        named = {e.country: e for e in by_id.values() if e.type == "COUNTRY" and e.country}
        out: list[ActorRef] = []
        for r in source:
            if not r.country:
                continue
            ent = named.get(r.country)
            if ent is not None:
                out.append(ActorRef(ent.id, ent.country, ent.sector))
            elif r.country in self.countries:
                out.append(ActorRef(self.countries[r.country], r.country, None))
        return unique_actors(out)

    @staticmethod
    def _actor_type(m: Mention, by_id: dict[str, Entity]) -> str:
        ent = by_id.get(m.entity_id)
        return ent.type if ent else m.type

    @staticmethod
    def _ref(m: Mention, by_id: dict[str, Entity]) -> ActorRef:
        ent = by_id.get(m.entity_id)
        if ent is None:
            return ActorRef(m.entity_id)
        if ent.stands_for and ent.stands_for in by_id:
            seat = by_id[ent.stands_for]
            return ActorRef(ent.id, seat.country or ent.country, seat.sector or ent.sector)
        return ActorRef(ent.id, ent.country, ent.sector)

    @staticmethod
    def _mode(t: TriggerMatch, text: str) -> str | None:
        if t.trigger.type == "AID" and _WEAPONS.search(text):
            return "military"
        return None

    @staticmethod
    def _confidence(t: TriggerMatch, src: list[int], tgt: list[int], carried: bool) -> float:
        score = 0.45 + (0.2 if src else 0.0) + (0.15 if tgt else 0.0) + min(0.1, 0.03 * len(t.surface))
        return round(max(0.1, score - (0.25 if carried else 0.0)), 2)

    @staticmethod
    def _author(seg: Segmentation, block: int, mentions: list[Mention]) -> str | None:
        """The entity the post's author links to (its name in the signature line), if any."""
        b = seg.blocks[block]
        if b.kind != "post" or b.post is None:
            return None
        post = seg.posts[b.post]
        name = post.author.strip()
        for m in mentions:
            in_signature = post.span.contains(m.span) and post.span.end - m.span.end < len(name) + 40
            if in_signature and name and (m.surface.strip() in name or name in m.surface):
                return m.entity_id if m.entity_id.startswith("wiki:") else None
        return None


def _agency(m: Mention, dateline: Span, by_id: dict[str, Entity]) -> bool:
    """Whether `m` is the news agency of the dateline (BEIRUT, Nov 19 (Reuters) -, 【ソウル共同】): it
    files the report and takes no part in what it reports."""
    ent = by_id.get(m.entity_id)
    return dateline.contains(m.span) and ent is not None and ent.type == "MEDIA"


def _one_place(actors: list[Mention], types: list[str], by_id: dict[str, Entity]) -> int | None:
    """The first place a sentence names, when all its actors, places or not, are of one country."""
    places = [i for i, ty in enumerate(types) if ty in ("GPE", "LOC")]
    countries = {ent.country if ent else None for m in actors for ent in [by_id.get(m.entity_id)]}
    return places[0] if places and len(countries) == 1 and None not in countries else None


def _counterpart(source: list[ActorRef], recent: list[Event]) -> list[ActorRef]:
    """The other side of the latest event, most recent first, between the source's country and another:
    its source when the source's country was its target (they acted on us), else its target."""
    own = {r.country for r in source if r.country}
    if not own:
        return []
    for ev in reversed(recent):
        sources = {r.country for r in ev.source if r.country}
        targets = {r.country for r in ev.target if r.country}
        if own & targets and sources - own:
            return [r for r in ev.source if r.country not in own]
        if own & sources and targets - own:
            return [r for r in ev.target if r.country not in own]
    return []


class _Memory:
    """What a document has said so far: recent events per block, the last of each type, and the
    last event with two parties (for 両首脳 and for acts referred to again)."""

    def __init__(self) -> None:
        self.blocks: dict[int, list[tuple[int, Event]]] = {}
        self.by_type: dict[str, Event] = {}
        self.pair: Event | None = None

    def remember(self, block: int, sentence: int, ev: Event) -> None:
        self.blocks.setdefault(block, []).append((sentence, ev))
        self.by_type[ev.type] = ev
        parties = {r.country or r.id for r in (*ev.source, *ev.target)}
        if len(parties) >= 2 and type_table()[ev.type].two_party:
            self.pair = ev


def _international(r: ActorRef, by_id: dict[str, Entity]) -> bool:
    """Whether `r` is an organisation the knowledge base knows as no one country's (WTO, UN, ICJ)."""
    ent = by_id.get(r.id)
    return r.id.startswith("wiki:") and not r.country and ent is not None and ent.type == "ORG"


def _two_sided(source: list[ActorRef], target: list[ActorRef]) -> list[ActorRef]:
    """The target with no actor of the source, except that a symmetric event lists every party on
    both sides: only when the sides hold one and the same actor is that no event (an actor does not
    meet, sign with or strike itself)."""
    ids = {r.id for r in source}
    if {r.id for r in target} == ids and len(ids) == 1:
        return []
    return target
