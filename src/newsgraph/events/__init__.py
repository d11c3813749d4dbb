"""The events stage: PLOVER events with actors, date, place, status, attribution and evidence.

For each sentence with a trigger from the lexicon and at least one actor, `EventCoder.code` reads the
roles from case marking (`events.args`), the status from modality cues, the attribution from
reported speech, the post the sentence sits in and analyses credited to an outlet, and the date from
the time expressions of the sentence, else the block's anchor date (post date or publication date) at
month granularity. Actors the clause omits are carried from the previous event of the same block,
with lower confidence.

Where the pipeline parsed the sentence, its clauses (`events.clauses_ja`, read by `events.clausal`)
give the roles the case rules miss (by the frame table `frames.yaml`, with subjects carried over
coordinated and subordinate clauses), the status of the predicate's own chain (予定, ない, とみられる),
and the date: the time that depends on the predicate's clause, else the sentence's outside relative
clauses, else the anchor.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping, Sequence
from typing import cast

from newsgraph.events import clausal
from newsgraph.events.args import clause_end, title_quotes
from newsgraph.events.english import english_roles
from newsgraph.events.japanese import PLACE_TYPES, REACTIONS, japanese_roles
from newsgraph.events.japanese import heads as clause_heads
from newsgraph.events.lexicon import Lexicon, TriggerMatch, default_lexicon
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
from newsgraph.segment import anchor_of

__all__ = ["EventCoder", "Lexicon", "default_lexicon"]

ACTOR_TYPES = ("PERSON", "COUNTRY", "GPE", "ORG", "MEDIA")
SPEAKER_TYPES = ("PERSON", "ORG", "MEDIA", "COUNTRY")
# Types whose source in a post, when the text names none, is the post's author: the author speaks.
AUTHOR_SPEAKS = ("ACCUSE", "REQUEST", "SUPPORT", "REJECT", "THREATEN", "SANCTION")
VERBAL = ("ACCUSE", "REQUEST", "REJECT", "THREATEN", "AGREE", "CONSULT", "CONCEDE")
_REPORTED_ACT = re.compile(r"(?:ことを|のを|ことに|と)(?:強く|厳しく|改めて|激しく)?$")
# A completed clause subordinated to a noun (…した際, …したことへの): what follows belongs to
# the clause above it.
_SUBORDINATE_END = re.compile(r"た(?:際|時|とき|後|ことへの|ことに対する|ことを受け|ことから|ことで)")
_THREAT_GAP = re.compile(r"(?:する|し)?(?:と|ぞと)(?:強く|改めて|再び|重ねて)?")
# A noun naming an act, then the particle that makes it what a reaction is about.
_REFERENCE_GAP = re.compile(r"(?:の[^、。をはに]{1,4})?(?:を|は|に対し|について|をめぐり|への)")
# 両首脳 / 両国 / 双方: both parties of the two-sided event the story is about.
_DUAL = re.compile(
    r"(?:両首脳|両国首脳|両国|両政府|両外相|両国防相|両氏|双方|両者)(?:は|が|も|とも)"
    r"|\b(?:[Tt]he two (?:countries|leaders|sides|governments|nations)|[Bb]oth (?:sides|countries|leaders))\b"
)
_AGREED_GAP = re.compile(r"(?:で|に|を)(?:大筋で|正式に|基本)?")
_EN_CONTENT_GAP = re.compile(r"\s+(?:to|for|on)?\s*(?:an?|the|new|immediate|further|more|fresh|\s)*", re.I)
# 解除を求めた, 全面的な解除には応じられない: what is asked for or refused
_OBJECT_GAP = re.compile(r"(?:を|には|に)(?:強く|改めて|再び|重ねて|正式に)?")
_WEAPONS = re.compile(
    r"武器|弾薬|兵器|ミサイル|軍需|砲弾|軍事|兵士|部隊|weapon|arms|ammunition|missile|military|troops", re.I
)
# A trigger followed by one of these forms a noun that names a thing, not an event (交戦国, 支援者,
# 制裁網, 拉致被害者, 攻撃力, 圧力路線).
_NOUN_SUFFIX = re.compile(r"国(?!内|際|連)|者|側|網|力|権|被害|問題|路線|能力|政策|体制|対象|物資")
# `X を正当化` / `X の口実`: a justification or pretext for X does not report X.
_CANCEL = re.compile(r"(?:を|の)(?:正当化|口実|名目|是非)")


class EventCoder:
    """Codes events sentence by sentence. Build once; `code` is safe to call for many documents."""

    def __init__(self, lexicon: Lexicon | None = None, countries: Mapping[str, str] | None = None) -> None:
        """`countries` maps a country code to its entity id: the target of a measure a government
        takes over its own country when the document names the country nowhere."""
        self.lexicon = lexicon or default_lexicon()
        self.countries = dict(countries or {})

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
        for si, sentence in enumerate(seg.sentences):
            block = seg.blocks[sentence.block]
            if not self.lexicon.has_trigger(sentence.text):
                continue
            lo, hi = sentence.span.start, sentence.span.end
            window = ordered[bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, hi)]
            inside = [m for m in window if sentence.span.contains(m.span)]
            near = timed[bisect.bisect_left(time_starts, lo) : bisect.bisect_left(time_starts, hi)]
            s_times = [t for t in near if sentence.span.contains(t.span)]
            anchor, _ = anchor_of(document, seg, sentence.block)
            author = self._author(seg, sentence.block, ordered)
            recent = [ev for i, ev in memory.blocks.get(sentence.block, []) if si - i <= 3]
            for ev in self._code_sentence(
                sentence,
                inside,
                by_id,
                s_times,
                anchor,
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
        anchor: str | None,
        author: str | None,
        recent: list[Event],
        language: str,
        memory: _Memory | None = None,
        clauses: Sequence[Clause] = (),
    ) -> list[Event]:
        memory = memory or _Memory()
        text = sentence.text
        base = sentence.span.start
        titles = title_quotes(text)
        triggers = [
            t
            for t in self.lexicon.find(text)
            if not any(a <= t.start < b for a, b in titles)
            and not self._named_event(t, mentions, base, text)
            and not (_is_noun(t.surface) and _NOUN_SUFFIX.match(text, t.end))
            and not _CANCEL.match(text, t.end)
        ]
        triggers, modes = self._fold_objects(text, triggers)
        triggers, referred = self._references(text, triggers, mentions, base)
        if not triggers:
            return []
        dual = _DUAL.search(text)
        actors = [m for m in mentions if self._actor_type(m, by_id) in (*ACTOR_TYPES, "LOC")]
        spans = [(m.span.start - base, m.span.end - base) for m in actors]
        types = [self._actor_type(m, by_id) for m in actors]
        if language == "en" or text.isascii():
            roles = english_roles(text, spans, triggers)
        else:
            roles = japanese_roles(text, spans, types, triggers)
        quiet, reported, speaker = self._attribution(text, actors, by_id, base)
        heads = clause_heads(text, spans, types, triggers)
        out: list[Event] = []
        actor_spans = [m.span for m in actors]
        for k, (t, (src, tgt, loc)) in enumerate(zip(triggers, roles, strict=True)):
            ck = clausal.clause_of(Span(base + t.start, base + t.end), clauses)
            if ck is not None:
                # the parse's reading where the case rules found no one
                csrc, ctgt = clausal.roles(ck, clauses, t.trigger.frame, actor_spans)
                if not src:
                    src = [i for i in csrc if i not in tgt]
                if not tgt:
                    tgt = [i for i in ctgt if i not in src]
            # ロシア外務省は、日本が…と非難した: the speaker's own verb is its act, not a report
            speaks = speaker is not None and k == len(triggers) - 1 and t.trigger.type in AUTHOR_SPEAKS
            silent = quiet - {speaker} if speaks else quiet
            src = [i for i in src if types[i] != "LOC" and i not in silent]
            tgt = [i for i in tgt if types[i] != "LOC" and i not in silent]
            if not tgt and k > 0 and t.trigger.type in REACTIONS and _REPORTED_ACT.search(text[: t.start]):
                # 中国が演習を行ったことを非難: the actor of the reported act is the target.
                tgt = [i for i in roles[k - 1][0] if i not in src and i not in quiet]
            if t.trigger.frame == "symmetric" and not tgt and len(src) > 1:
                tgt = list(reversed(src))  # `A と B が会談`: each is the other's counterpart
            if t.trigger.type == "PROTEST" and not src and loc is not None:
                src = [loc]  # 韓国では…抗議集会: the protesters are of the place
            if t.trigger.type in ("ASSAULT", "COERCE") and not tgt and loc is not None and loc not in src:
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
            reference = referred.get(id(t))
            if not target and reference and reference in memory.by_type:
                # 演習を非難 / 拿捕は…と非難: the act named is one reported before; its actor is the target.
                target = [r for r in memory.by_type[reference].source if r.id not in {x.id for x in source}]
            if not source and not target and carry is not None and lone:
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
            if not target and t.trigger.self_target:
                # 非常戒厳を宣言: over the source's country (a state may act over itself; a person not)
                target = self._own_countries(source, by_id)
            if not source or (t.trigger.target_required and not target):
                continue
            status = self._status(text, t, language, heads.get(id(t)))
            if ck is not None:
                own_status = clausal.status(clauses[ck], self.lexicon.cues.priority)
                if own_status == "negated" and re.search(r"ない|ず|なかった", t.surface):
                    own_status = None  # 応じられない: the negation is the trigger's own word
                status = cast(Status, own_status) if own_status else status
            type_ = self._reversed(text, t)
            own = actors[speaker].entity_id if speaks and speaker is not None and speaker in src else None
            attribution = tuple(a for a in (author, *reported) if a and a != own)
            out.append(
                Event(
                    type=type_,
                    mode=modes.get(id(t)) or t.trigger.mode or self._mode(t, text),
                    span=sentence.span,
                    evidence=text,
                    source=tuple(source),
                    target=tuple(target),
                    date=self._date(t, times, base, anchor, clauses, ck),
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
    def _references(
        text: str, triggers: list[TriggerMatch], mentions: list[Mention], base: int
    ) -> tuple[list[TriggerMatch], dict[int, str]]:
        """Drop nouns that name an act already reported, as the object of a reaction to it
        (演習を非難した, 拿捕は「容認できない」と非難): {reaction trigger id: type of the act named}."""
        ends = {m.span.end - base for m in mentions}
        out: list[TriggerMatch] = []
        referred: dict[int, str] = {}
        for i, t in enumerate(triggers):
            later = triggers[i + 1 :]
            reaction = next((u for u in later if u.trigger.type in (*REACTIONS, "REQUEST")), None)
            own_actor = any(t.start - 3 <= e <= t.start for e in ends)  # ロシアの攻撃, ウクライナ侵攻
            if (
                reaction is not None
                and _is_noun(t.surface)
                and not own_actor
                and _REFERENCE_GAP.match(text, t.end)
                and not any(t.end <= u.start < reaction.start for u in later if u is not reaction)
            ):
                referred[id(reaction)] = t.trigger.type
                continue
            out.append(t)
        return out, referred

    @staticmethod
    def _fold_objects(text: str, triggers: list[TriggerMatch]) -> tuple[list[TriggerMatch], dict[int, str]]:
        """Fold `軍事支援を求めた` into one REQUEST (mode `aid`): what is asked for or refused has not
        happened, so it is no event of its own, and its arguments belong to the request."""
        out: list[TriggerMatch] = []
        modes: dict[int, str] = {}
        skip: set[int] = set()
        for i, t in enumerate(triggers):
            if i in skip:
                continue
            nxt = triggers[i + 1] if i + 1 < len(triggers) else None
            gap = text[t.end : nxt.start] if nxt is not None else ""
            if nxt is not None and (
                (
                    nxt.trigger.type in ("REQUEST", "REJECT")
                    and _is_noun(t.surface)
                    and _OBJECT_GAP.fullmatch(gap)
                )
                # 撃墜すると警告: the act threatened has not happened either
                or (nxt.trigger.type == "THREATEN" and _THREAT_GAP.fullmatch(gap))
                # 停戦で合意: what is agreed is the agreement's content
                or (nxt.trigger.type == "AGREE" and _is_noun(t.surface) and _AGREED_GAP.fullmatch(gap))
            ):
                whole = TriggerMatch(t.start, nxt.end, text[t.start : nxt.end], nxt.trigger)
                modes[id(whole)] = t.trigger.type.lower()
                out.append(whole)
                skip.add(i + 1)
                continue
            # English puts the content after the verb: agreed to an immediate ceasefire, urged talks
            if (
                nxt is not None
                and t.trigger.type in ("REQUEST", "REJECT", "AGREE")
                and _EN_CONTENT_GAP.fullmatch(gap)
            ):
                modes[id(t)] = nxt.trigger.type.lower()
                out.append(t)
                skip.add(i + 1)
                continue
            out.append(t)
        return out, modes

    def _reversed(self, text: str, t: TriggerMatch) -> str:
        """The type after undoing cues: 輸出規制を解除 → CONCEDE."""
        cues = self.lexicon.cues
        after = text[t.end : t.end + 12].lstrip()
        if any(after.startswith(c) for c in cues.reversal_after):
            return dict(cues.reversal_types).get(t.trigger.type, t.trigger.type)
        return t.trigger.type

    @staticmethod
    def _carry(recent: list[Event], type_: str) -> Event | None:
        """The event whose actors an actorless clause continues: the last of its type, else the last."""
        same = [e for e in recent if e.type == type_]
        return same[-1] if same else (recent[-1] if recent else None)

    # -- status, date, attribution -----------------------------------------------------------------

    def _status(self, text: str, t: TriggerMatch, language: str, stop: int | None = None) -> Status:
        cues = self.lexicon.cues
        end = clause_end(text, t.end)
        if stop is not None:
            end = min(end, stop)
        if language != "en" and (sub := _SUBORDINATE_END.search(text, t.end, end)):
            # 訪問した際の演習…とみられ: the cue is the main clause's, the trigger's clause ended
            end = sub.start() + 1
        window = text[t.start : end]
        after = text[t.end : end]
        if language == "en" or text.isascii():
            window = text[max(0, t.start - 30) : end].lower()
            after = window
        found: set[str] = set()
        for status in cues.priority:
            if any(c in window for c in cues.clause.get(status, ())):
                found.add(status)
            if any(c in text[: t.start] for c in cues.sentence.get(status, ())):
                found.add(status)
            if any(rx.search(after) for rx in cues.regex.get(status, ())):
                found.add(status)
        if (
            "ongoing" in found
            and language != "en"
            and (
                any(p in window for p in cues.past_progressive)
                or (t.trigger.type in VERBAL and t.trigger.frame != "visit")
            )
        ):
            # A past progressive reports a finished fact; 〜ている on a speech act is its result, not
            # a continuing action (「…」を非難しています has criticised). A visit goes on while the
            # visitor is there (米国を訪問している首相).
            found.discard("ongoing")
        for status in cues.priority:
            if status in found:
                return cast(Status, status)
        return "asserted"

    @staticmethod
    def _date(
        t: TriggerMatch,
        times: list[TimeValue],
        base: int,
        anchor: str | None,
        clauses: Sequence[Clause] = (),
        ck: int | None = None,
    ) -> str | None:
        dated = [tv for tv in times if tv.kind in ("date", "range", "time") and tv.value]
        if ck is not None:
            # the time that depends on the predicate's clause, else one no other clause holds
            own = [tv for tv in dated if any(tv.span.overlaps(x) for x in clauses[ck].times)]
            if own:
                return own[-1].value
            # a relative clause's time dates the noun it modifies, not this predicate
            chain = clausal.governing(ck, clauses)
            others = [x for j in clausal.relatives(clauses) if j not in chain for x in clauses[j].times]
            dated = [tv for tv in dated if not any(tv.span.overlaps(x) for x in others)]
        before = [tv for tv in dated if tv.span.end - base <= t.start]
        if before:
            return before[-1].value
        if dated:
            return dated[0].value
        return anchor[:7] if anchor else None

    def _attribution(
        self, text: str, actors: list[Mention], by_id: dict[str, Entity], base: int
    ) -> tuple[set[int], list[str], int | None]:
        """(actors to keep out of the roles, attribution ids in order, the speaker's index) for one
        sentence.

        Sources are `X によると`, `according to X`, `X の分析`, a generic source (関係者によると), and a
        speaker: `X は、…が…と報じた` or `X said`.
        """
        cues = self.lexicon.cues
        reported: list[str] = []
        quiet: set[int] = set()
        speaker: int | None = None
        for i, m in enumerate(actors):
            rel = m.span.end - base
            tail = text[rel : rel + 12]
            head = text[max(0, m.span.start - base - 14) : m.span.start - base].lower()
            if (
                head.rstrip(" ,").endswith("according to")
                or any(tail.startswith(c) for c in cues.reported)
                # X の分析 / X の報道 credit X, but X の報道官 names a person of X's
                or any(
                    re.match(rf"[^、。]{{0,3}}の{re.escape(c)}(?![\u4e00-\u9fff])", tail)
                    for c in cues.analysis
                )
            ):
                reported.append(m.entity_id)
                quiet.add(i)
        for g in cues.generic_sources:
            k = text.find(g)
            if k >= 0 and any(text.startswith(c, k + len(g)) for c in cues.reported):
                reported.append(f"local:{g}")
        if any(c in text for c in cues.speech):
            for i, m in enumerate(actors):
                rel = m.span.end - base
                if self._actor_type(m, by_id) not in SPEAKER_TYPES:
                    continue
                later = any(a.span.start - base > rel for a in actors)
                ja_speaker = text.startswith("は", rel) and "が" in text[rel + 1 :] and later
                en_speaker = re.match(r"\s+(?:said|says|reported|told|announced|stated)\b", text[rel:])
                if ja_speaker or en_speaker:
                    reported.append(m.entity_id)
                    quiet.add(i)
                    speaker = i
                    break
        return quiet, reported, speaker

    # -- helpers ---------------------------------------------------------------------------------------

    @staticmethod
    def _named_event(t: TriggerMatch, mentions: list[Mention], base: int, text: str) -> bool:
        """A trigger inside a named war used as a reference (ウクライナ侵攻前に), not as a predicate."""
        for m in mentions:
            if m.type == "EVENT" and m.span.start - base <= t.start and t.end <= m.span.end - base:
                follow = text[m.span.end - base : m.span.end - base + 2]
                return not follow.startswith(("を続", "をし", "を行", "を開", "を始"))
        return False

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
        if len(parties) >= 2 and ev.type in ("CONSULT", "AGREE", "COOPERATE"):
            self.pair = ev


def _two_sided(source: list[ActorRef], target: list[ActorRef]) -> list[ActorRef]:
    """The target with no actor of the source, except that a symmetric event lists every party on
    both sides: only when the sides hold one and the same actor is that no event (an actor does not
    meet, sign with or strike itself)."""
    ids = {r.id for r in source}
    if {r.id for r in target} == ids and len(ids) == 1:
        return []
    return target


def _is_noun(word: str) -> bool:
    return bool(re.match(r"[\u4e00-\u9fff\u30a0-\u30ff]", word[-1:]))
