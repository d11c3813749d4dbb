"""Sides: who is the source and who the target of each trigger of a sentence.

`clause_sides` reads them from the sentence alone, as indexes into its actors: the case rules'
reading (`events.japanese`, `events.english`), then the parse's (`events.clausal`, the English clause
reader) where it names the clause's own subject or someone the case rules miss; the reporter of the
sentence silenced; a reaction aimed at the act it reports; each party of a symmetric act the other's
counterpart; the people an attack killed or hurt; the place of a protest or a strike.

`document_sides` completes them from what the document said before, as actors: both parties of the
last two-sided event (両首脳は), the actor of an act named again (演習を非難), the subject carried from
the event before (…が訪問した際に…を招待), the author of the post the sentence is in, the other side
of the last act between two countries (`counterpart` in types.yaml), the source's own country (戒厳).
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from newsgraph.events import clausal
from newsgraph.events.args import NEAR, after_gloss
from newsgraph.events.clauses_en import AIMING, APPOSITION, HARMING_PEOPLE
from newsgraph.events.english import PURPOSEFUL, english_objects, own_targets, reacted_to
from newsgraph.events.english import parse_roles as english_parse_roles
from newsgraph.events.generic import CONTEXT_TYPES, GenericNouns
from newsgraph.events.japanese import REACTIONS, Roles
from newsgraph.events.lexicon import TriggerMatch
from newsgraph.events.status import dateline_outlet
from newsgraph.events.triggers import DESIGNATED, LAST_ACT, MEASURES, POINTING_BACK
from newsgraph.events.types import having
from newsgraph.events.types import types as type_table
from newsgraph.model import ActorRef, Argument, Clause, Entity, Event, Mention, Relation, Span, unique_actors
from newsgraph.text import is_kanji, quotations

__all__ = [
    "ACTOR_TYPES",
    "SUBJECT_TYPES",
    "Discourse",
    "Memory",
    "Reading",
    "Scene",
    "actor_type",
    "clause_sides",
    "document_sides",
    "entity_ref",
]

ACTOR_TYPES = ("PERSON", "COUNTRY", "GPE", "ORG", "MEDIA")
# The actors a sentence may open with as its subject, what a later pronoun names.
SUBJECT_TYPES = ("PERSON", "COUNTRY", "ORG")
# Types whose source in a post, when the text names none, is the post's author: the author speaks.
AUTHOR_SPEAKS = having("author_speaks")
COUNTERPART = having("counterpart")
SPEECH_ACTS = having("verbal")
TWO_PARTY = having("two_party")
# The forms of `be` that open an English phrase trigger (is opposed to, was prepared to).
_BE = frozenset({"is", "are", "was", "were", "be", "been", "being", "am"})
# English types whose target may be the subject of what they report (warned that Iran would…).
REACH_COMPLEMENT = ("REQUEST", "THREATEN", "ACCUSE", "AGREE")
# English pronouns that stand for an actor named before (It urged Manila…).
PRONOUNS = frozenset({"he", "she", "it", "they"})
_POSSESSIVES = ("its ", "their ", "his ", "her ")
# Japanese subjects that refer back (同氏が, 同国が, 両国が, 彼が, 双方が)
_REFERRING_JA = ("同", "両", "彼", "双方", "自国", "自身", "自ら")
_REPORTED_ACT = re.compile(
    r"(?:ことを|のを|ことに|ことについて、?|ことに対し(?:て)?、?|と)(?:強く|厳しく|改めて|激しく)?$"
)


def _teller(told: Event, by_id: Mapping[str, Entity]) -> ActorRef | None:
    """The actor that told of event `told` (its first attribution the document holds as an actor),
    when it is none of the event's parties."""
    parties = {r.id for r in (*told.source, *told.target)}
    for a in told.attribution:
        ent = by_id.get(a)
        if ent is not None and a not in parties and ent.type in CONTEXT_TYPES:
            return entity_ref(a, by_id)
    return None


def entity_ref(entity_id: str, by_id: Mapping[str, Entity]) -> ActorRef:
    """An entity as an event side, with its country and sector (none for one the document lacks). A
    person who serves an international body (the UN Secretary-General, the IAEA's head) acts for no
    state, so the side carries no country, whatever the person's nationality."""
    ent = by_id.get(entity_id)
    if ent is None:
        return ActorRef(entity_id, None, None)
    serves_body = ent.type == "PERSON" and ent.sector == "IGO"
    return ActorRef(entity_id, None if serves_body else ent.country, ent.sector)


def actor_type(m: Mention, by_id: Mapping[str, Entity]) -> str:
    """The type of the entity `m` names (its own type for an entity the document does not hold)."""
    ent = by_id.get(m.entity_id)
    return ent.type if ent else m.type


@dataclass
class Scene:
    """One sentence as the side readers see it: its actors (mentions of actor or place types) with
    their types, its triggers and the case rules' reading of each, its clauses, and who the sentence
    credits (`quiet`: reporters and outlets; `speaker`: a topic that speaks, `X は、…と述べた`)."""

    text: str
    base: int
    english: bool
    actors: list[Mention]
    types: list[str]
    by_id: dict[str, Entity]
    clauses: Sequence[Clause]
    triggers: list[TriggerMatch]
    roles: Roles
    quiet: set[int] = field(default_factory=set)
    speaker: int | None = None

    @functools.cached_property
    def spans(self) -> list[Span]:
        """The actors' spans in the document."""
        return [m.span for m in self.actors]

    def remark(self, noun: Span) -> bool:
        """Whether the noun phrase at document span `noun` begins with a remark (発言の撤回, 答弁, 声明,
        remarks)."""
        words = self.text[noun.start - self.base : noun.end - self.base].lower()
        return words.startswith(tuple(_REMARK_NOUNS)) or words.rstrip("s") in _SAID

    def ref(self, i: int) -> ActorRef:
        """Actor `i` as an event side: a seat of power acts for the state it stands for (クレムリン)."""
        m = self.actors[i]
        ent = self.by_id.get(m.entity_id)
        if ent is not None and ent.stands_for and ent.stands_for in self.by_id:
            seat = self.by_id[ent.stands_for]
            return ActorRef(ent.id, seat.country or ent.country, seat.sector or ent.sector)
        return entity_ref(m.entity_id, self.by_id)


@dataclass(frozen=True)
class Reading:
    """What the sentence alone says of trigger `k`: source, target and place (indexes into the scene's
    actors), the clause the trigger is the predicate of, and whether its speaker is its source."""

    src: list[int]
    tgt: list[int]
    loc: int | None
    clause: int | None
    speaks: bool
    quoted_topic: bool = False  # a noun act a quoted predicate judges: no actor of another sentence
    judged: bool = False  # a noun act a judgement is about (攻撃が違反に当たる): told before, if at all


# Types of actors that can be a party of an act (places are where it happens).
_PARTY_TYPES = frozenset({"PERSON", "ORG", "COUNTRY", "MEDIA"})


def _two_party(ev: Event) -> bool:
    """Whether `ev` is an act of a two-party type (a meeting, an agreement) with two parties or more:
    the one 両首脳, 双方 or "the two" refer to."""
    parties = {r.country or r.id for r in (*ev.source, *ev.target)}
    return len(parties) >= 2 and type_table()[ev.type].two_party


def _forces(scene: Scene, i: int) -> bool:
    """Whether actor `i` is a military force named by a generic noun (troops, 部隊)."""
    return scene.actors[i].how == "generic" and scene.ref(i).sector == "MIL"


class Memory:
    """What a document has said so far: recent events per block, the last of each type, and the
    last event with two parties (for 両首脳 and for acts referred to again)."""

    def __init__(self) -> None:
        self.blocks: dict[int, list[tuple[int, Event]]] = {}
        self.by_type: dict[str, Event] = {}
        self.last: Event | None = None
        self.pair: Event | None = None
        self.sides: Event | None = None  # the last event between two countries, of any type

    def remember(self, block: int, sentence: int, ev: Event) -> None:
        self.blocks.setdefault(block, []).append((sentence, ev))
        self.by_type[ev.type] = ev
        self.last = ev
        if _two_party(ev):
            self.pair = ev
        countries = {r.country for r in (*ev.source, *ev.target) if r.country}
        if len(countries) == 2:
            self.sides = ev

    def both(self) -> Event | None:
        """The event whose parties 両首脳, 双方 or "the two countries" refer to: the last two-party
        act (a meeting, an agreement), else the last act between two countries."""
        return self.pair or self.sides


# The manner phrase of an act done against another's will (marched in defiance of a ban by X).
_DEFYING = re.compile(r"\bin defiance of\b", re.IGNORECASE)
# Acts one side of talks offers the other (aid, support).
_OFFERED = frozenset({"AID", "SUPPORT"})
# English words that place an act near a country (drills near Taiwan, off the coast of Japan).
_NEAR_EN = re.compile(
    r"\b(?:near|around|surrounding|off|close to|off the coast of|in waters off)\s+"
    r"(?:the\s+)?(?:island of\s+)?$",
    re.IGNORECASE,
)
# A country right after `at` is what a show of force is aimed at (fired a ballistic missile at Japan;
# toward and over are the parse's obliques); a place there is only where it is.
_AT_COUNTRY_EN = re.compile(r"\bat\s+(?:the\s+)?$", re.IGNORECASE)
# What names the rules an act breaks (a violation of UN Security Council resolutions, in breach of).
_VIOLATED = re.compile(
    r"\b(?:violations? of|in breach of|breach(?:es)? of|contravention of)\s+"
    r"(?:the\s+)?(?:[A-Z][\w.]*\s+){0,3}$"
)
# Many countries addressed at once (世界各国に, 国際社会に, 欧米諸国へ; the international community).
_MANY = re.compile(r"(?:各国|諸国|国際社会|欧米|世界|加盟国|関係国|同盟国|友好国|同志国)(?:に(?!よ)|へ)")
_MANY_EN = re.compile(
    r"\b(?:the international community|the world|world leaders|(?:its |Western |NATO )?allies|all countries|"
    r"member states)\b"
)
# Both sides of the last two-sided act as the ones an act is aimed at (双方に自制を求めた).
_BOTH_ADDRESSED = re.compile(r"(?:双方|両国|両者|両陣営)(?:に(?!よ)|へ|を)")
# The same in English, right after the verb (called on both countries to, urged the two sides to,
# urged all parties to), or after what is asked of them (called for restraint on all sides).
_BOTH_ADDRESSED_EN = re.compile(
    r"\s+(?:on\s+)?(?:both|the two|all)\s+(?:sides|countries|nations|parties|neighbou?rs|governments)\b"
    r"|\s+(?:[a-z]+\s+){1,3}(?:on|from|by)\s+(?:both|all)\s+(?:sides|parties)\b"
)
# Restraint asked for right after the asking verb (called for restraint, urged calm) or right before
# it (自制を求めた, 冷静な対応を呼びかけた): what the sides of a conflict are asked.
_RESTRAINT_EN = re.compile(
    r"\s+(?:maximum\s+|utmost\s+|mutual\s+)?(?:restraint|calm|de-?escalation)\b", re.IGNORECASE
)
_RESTRAINT = re.compile(
    r"(?:自制|冷静な対応|冷静さ|平静|緊張緩和|事態の沈静化)(?:を保つよう|するよう|を)(?:強く)?"
    r"(?:求|要請|要求|呼びかけ|呼び掛け|促)"
)
# English subjects that are an act, not who does it (the fighting killed, the strikes hit). A weapon
# is not among them: what it was launched from may name its side (a drone launched from areas the
# Houthis control had struck a ship).
_ACT_SUBJECTS = frozenset(
    {"fighting", "attack", "attacks", "strike", "strikes", "airstrike", "airstrikes", "clash", "clashes"}
    | {"blast", "explosion", "explosions", "shelling", "bombing", "bombardment", "raid", "raids", "violence"}
    | {"war", "fire", "assault", "offensive", "barrage", "operation", "incident"}
)
# An English quotation the trigger is in that opens in the first person ("We will…", “I have…).
_WE_QUOTED = re.compile(r"[\"“](?:We|I|Our|My)\b[^\"”]*$")
# An English subject that names both parties of the act before (the two, both sides, the two leaders).
_BOTH = re.compile(r"(?:[Tt]he two|[Bb]oth|[Tt]he pair)\b")
# A claim an English rejection answers, named right before it (…, a charge New Delhi rejected; …, an
# accusation Moscow dismissed): the rejection is the claim's answer, as a denial is.
_ANSWERING = re.compile(r",\s*(?:an?|the)\s+(?:charge|accusation|allegation|claim)s?\b[^,;]*$", re.IGNORECASE)


def role_frame(t: TriggerMatch) -> str:
    """The frame that maps trigger `t`'s clause relations to roles: its entry's, except that an act
    that sends forces (`moves` in types.yaml) told as transitive sends them where the に or `to`
    phrase says, in the passive too (`send` in frames.yaml: 北朝鮮兵がクルスク州に投入された)."""
    moves = type_table()[t.trigger.type].moves
    return "send" if moves and t.trigger.frame == "transitive" else t.trigger.frame


# What an act is done through or by means of (仲介で, 仲介により, 仲介を通じて, 仲介の下で).
_BY_MEANS = re.compile(r"(?:で|により|によって|を通じ|を通して|の下で|のもと)")


def _addressed_after(scene: Scene, ck: int) -> list[int]:
    """The actors the dative of the clause that clause `ck` goes on to (て-coordination) names
    (警告して中国に自制を求めた: China)."""
    return [
        i
        for x in scene.clauses[ck].links
        if x.kind == "coordination" and 0 <= x.other < len(scene.clauses)
        for a in scene.clauses[x.other].args("dative")
        for i in clausal.actors_in(a.span, scene.spans)
    ]


def clause_sides(scene: Scene, k: int) -> Reading:
    """Source, target and place of trigger `k` from its sentence alone (see the module's account)."""
    t = scene.triggers[k]
    src, tgt, loc = scene.roles[k]
    ck = clausal.clause_of(Span(scene.base + t.start, scene.base + t.end), scene.clauses)
    parsed_source: list[int] = []  # the parse's own actor: no reporter to silence
    if ck is not None and scene.english:
        src, tgt, parsed_source = _english_roles(scene, k, ck, src, tgt)
        if not tgt and t.trigger.frame == "attack":
            # airstrikes by Burma's military on two villages killed a dozen civilians: whom the
            # attack the verb's subject names kills or wounds is hit
            tgt = [i for i in _harmed_by(scene, ck) if i not in src]
        if not tgt and t.trigger.type == "SANCTION":
            # sanctions on individuals and groups that have facilitated Russia's war: a measure on
            # those named by what they did for a state falls on that state
            tgt = [i for i in _served_by(scene, ck) if i not in src]
    elif ck is not None:
        src, tgt = _japanese_roles(scene, k, ck, src, tgt)
        if t.surface.endswith("だ") and t.trigger.type in REACTIONS:
            # 「日本の行為は挑発だ」と述べた: what a reported label names as a wrong is its topic's, the
            # target; who reports it names it so, the source
            named = [
                i
                for a in scene.clauses[ck].args("topic", "subject")
                for i in clausal.actors_in(a.span, scene.spans)
            ]
            reporters = clausal.reporter(ck, scene.clauses, scene.spans)
            if named and reporters and not set(named) & set(reporters):
                src, tgt = reporters, named
    if not scene.english and t.trigger.mode == "mediate" and tgt and _BY_MEANS.match(scene.text, t.end):
        # 米国の仲介を通じて停戦に合意した: the one whose mediation the parties act through mediates
        # between them, though the noun written with の is whom mediation is between elsewhere
        src, tgt = tgt, src
    if not scene.english and t.trigger.type == "THREATEN" and ck is not None and tgt:
        # …公船が攻撃されれば、…になると警告して中国に自制を求めた: who suffers the act a warning's
        # condition names is not warned; whom the verb it goes on to addresses is
        suffers = {
            i
            for j, c in enumerate(scene.clauses)
            if j != ck and clausal.conditional(c) and c.voice == "passive"
            for a in c.args("subject", "topic")
            for i in clausal.actors_in(a.span, scene.spans)
        }
        if set(tgt) <= suffers:
            tgt = [i for i in _addressed_after(scene, ck) if i not in src]
    judged = False
    if not scene.english and (inside := _judged_subject(scene, t)) is not None:
        judged, src, tgt = True, [i for i in src if i in inside], [i for i in tgt if i in inside]
    if (
        not scene.english
        and t.trigger.frame == "symmetric"
        and not src
        and (pair := _border_of(scene, t.start))
    ):
        # タイとカンボジアの国境で武力衝突が発生した: a clash at the border of two is between them
        src, tgt = pair, list(reversed(pair))
    src, tgt, speaks, silent = _reported(scene, k, ck, src, tgt, parsed_source)
    if not scene.english and t.trigger.of_role == "target":
        src, tgt = _wrong_judged(scene, t, src, tgt)
    if ck is None and not scene.english:
        src, tgt = _within_phrase(scene, t, src, tgt)
    if (
        ck is None
        and not scene.english
        and type_table()[t.trigger.type].moves
        and scene.text.startswith("され", t.end)
    ):
        # 同省はさらに1発発射された可能性があるとして: a body or a person as the topic of forces or
        # missiles sent tells of them; it is not where they go (the sentence has no parse to say so)
        tgt = [
            i
            for i in tgt
            if not (
                scene.types[i] in ("ORG", "PERSON", "MEDIA")
                and scene.text.startswith("は", scene.spans[i].end - scene.base)
            )
        ]
    quoted_topic = False
    if ck is None and not scene.english and _judged_act(scene, t):
        quote = next(((a, b) for a, b in quotations(scene.text) if a <= t.start < b), None)
        if quote is not None:
            # 報道官は「カタール国内への一方的な攻撃は、…目標達成にはつながらない」と述べた: an act
            # that is the topic a quoted predicate judges is done by whom the quotation names, not the
            # speaker
            quoted_topic = True
            src = [i for i in src if quote[0] <= scene.spans[i].start - scene.base < quote[1]]
    if (
        ck is None
        and not scene.english
        and not tgt
        and t.trigger.type != "MOBILIZE"  # a launch received (発射を受けて) is answered, not suffered
        and (got := _received_by(scene, t)) is not None
    ):
        # カンボジア国防省は、タイ軍による空爆などを受け、…と非難: an act received as the cause of
        # what follows is done to whom receives it, the topic it shares
        shared = [x.other for x in scene.clauses[got].links if x.kind == "coordination"]
        tgt = [i for j in (got, *shared) for i in _topics(scene, j) if i not in src][:1]
    if (
        not scene.english
        and t.trigger.mode in _ON_PERSONS
        and (held := _held_by_no(scene, t))
        and set(src) - set(held)
    ):
        # 合同捜査本部は…尹氏の身柄拘束を試みた: a person written with の right before an arrest is
        # the one arrested, not who arrests (the sentence naming who does)
        src, tgt = [i for i in src if i not in held], [*tgt, *(i for i in held if i not in tgt)]
    src, tgt = _unnamed(scene, k, ck, src, tgt, silent)
    if type_table()[t.trigger.type].quad.startswith("material"):
        # 中央日報は、追加の派兵は…送られたと報じた: an outlet tells of deeds, it does none
        src = [i for i in src if scene.types[i] != "MEDIA"]
    if not scene.english and t.trigger.frame == "visit" and (guests := _visiting(scene, t)):
        # 訪日中の王毅外交部長及び趙兌烈外交部長官: who is visiting is the one the visit modifies
        src, tgt = guests, [i for i in tgt if i not in guests]
    # 王毅外交部長及び趙兌烈外交部長官の表敬: names listed with a side are of that side
    src = [*src, *(i for i in _listed_around(scene, src) if i not in tgt)]
    if not scene.english:
        # 日本、米国、オーストラリア、インドの外相は: the countries listed with the one that owns the
        # name own it with it
        src = [
            *src,
            *(i for i in _listed_around(scene, _owners_of(scene, src)) if i not in tgt and i not in src),
        ]
    if (
        not tgt
        and t.trigger.frame == "symmetric"
        and t.trigger.type in TWO_PARTY
        and len({scene.ref(i).country for i in src} - {None}) > 1
    ):
        # トランプ大統領、習近平国家主席が会談した: parties listed as one subject meet each other
        tgt = list(reversed(src))
    place = type_table()[t.trigger.type].place
    if place == "source" and not tgt and not scene.english and k > 0 and scene.triggers[k - 1].end == t.start:
        # フランスに反発するデモ, 政府に抗議する集会: the reaction that qualifies the protest names
        # whom it is against
        before = scene.triggers[k - 1]
        if before.trigger.type in REACTIONS:
            tgt = [i for i in scene.roles[k - 1][1] if i not in src]
    if place == "source" and not src and loc is None:
        # パリでは数千人が…デモを行った: the protesters are of the one country the sentence names
        loc = _one_place(scene)
    if place == "source" and not src and loc is not None:
        src = [loc]  # 韓国では…抗議集会: the protesters are of the place
    if t.trigger.self_target and place != "source" and not src and not tgt:
        # チリでクーデターが発生した: an act a country does to itself, with no one named, is the
        # country's where it happens, on itself
        where = loc if loc is not None else _one_place(scene)
        src = tgt = [where] if where is not None and scene.ref(where).country else []
    if place == "target" and not tgt and loc is not None and loc not in src and scene.ref(loc).country:
        tgt = [loc]  # strikes on military sites in Syria / ガザ地区で空爆: the place is hit
    if (
        t.trigger.type == "SANCTION"
        and src
        and not tgt
        and not scene.english
        and all(scene.text.startswith(("は", "が", "も"), scene.spans[i].end - scene.base) for i in src)
        and not any(0 <= u.start - t.end <= 1 for u in scene.triggers)  # 輸出規制を解除: another act's object
    ):
        # マドゥロ氏の就任宣誓に当たり、米国は制裁措置を発表: a measure its subject takes names no one it
        # falls on, the one other country the sentence names is hit
        tgt = _other_country(scene, src)
    if not tgt and src and not scene.english and type_table()[t.trigger.type].quad.endswith("conflict"):
        # イランがイスラエルへの報復として…攻撃を行った: what an act answers, and whose, names whom it
        # is aimed at
        tgt = [i for i in _answered(scene, t) if i not in src]
    if scene.english and not src and tgt and ck is not None and t.trigger.type in _MEASURED_BY_TELLER:
        src = _measure_teller(scene, ck, tgt)
        home = {scene.ref(i).country for i in src}
        # …employees at the Russian Embassy in Berlin were expelled: the teller's own city is where
        tgt = [i for i in tgt if not (scene.types[i] in ("GPE", "LOC") and scene.ref(i).country in home)]
    if not src and tgt and not scene.english and type_table()[t.trigger.type].mutual:
        holder = clausal.holding(Span(scene.base + t.start, scene.base + t.end), scene.clauses)
        src = _teller_as_party(scene, holder, tgt) if holder is not None else []
    return Reading(src, tgt, loc, ck, speaks, quoted_topic, judged)


# Measures a state takes on those within its reach (expelled, arrested, detained, seized, banned).
_MEASURED_BY_TELLER = frozenset({"SANCTION", "COERCE"})


def _measure_teller(scene: Scene, ck: int, tgt: list[int]) -> list[int]:
    """Who tells of a measure told in the passive with no agent, as the one who took it, when it is a
    state or speaks for one and the measure falls on another country: Germany announced that two
    Russian diplomats were expelled (Germany, Russia); Japan said two Chinese ships were seized."""
    clause = scene.clauses[ck]
    if clause.voice != "passive" or clause.args("agent"):
        return []
    hit = {scene.ref(i).country for i in tgt if scene.types[i] not in ("GPE", "LOC")}  # not in Berlin
    # …had been designated personae non gratae and were expelled: the report holds the first verb
    said = (clausal.reporter(j, scene.clauses, scene.spans) for j in clausal.governing(ck, scene.clauses))
    return [
        i
        for i in next((x for x in said if x), [])
        if scene.types[i] in SUBJECT_TYPES and (country := scene.ref(i).country) and country not in hit
    ]


def _teller_as_party(scene: Scene, ck: int, tgt: list[int]) -> list[int]:
    """Who tells of a mutual act (a clash, talks) that names only the party it is with (Xとの), as
    that act's other party: イスラエル軍は、ハマスとの戦闘で兵士2人が死亡したと発表した (Israel and
    Hamas), 北朝鮮外務省は、米国との協議が行われたと明らかにした. An outlet reports, it takes no part."""
    if not all(scene.text.startswith("との", scene.spans[i].end - scene.base) for i in tgt):
        return []
    tellers = clausal.reporter(clausal.carrier(ck, scene.clauses), scene.clauses, scene.spans)
    if not tellers and scene.speaker is not None and clausal.told(ck, scene.clauses):
        tellers = [scene.speaker]  # the topic that speaks, which the parse hung on the act's clause
    # インド軍は…中国軍との衝突が起き、兵士20人が死亡したと明らかにした: else the topic above
    tellers = tellers or clausal.topics_above(ck, scene.clauses, scene.spans, coordinated=True)
    return [i for i in tellers if scene.types[i] != "MEDIA" and i not in tgt]


def _victims(ck: int, clauses: Sequence[Clause], spans: Sequence[Span]) -> set[int]:
    """The actors a passive verb says were hurt in the act English noun clause `ck` names (three
    American soldiers were killed in a drone attack): those it was done to, not its doers."""
    if not clauses[ck].nominal:
        return set()
    return {
        i
        for x in clauses[ck].links
        if x.kind == "complement" and clauses[x.other].voice == "passive"
        for a in clauses[x.other].args("subject")
        for i in clausal.actors_in(a.span, spans)
    }


def _english_roles(
    scene: Scene, k: int, ck: int, src: list[int], tgt: list[int]
) -> tuple[list[int], list[int], list[int]]:
    """English source and target of trigger `k` in clause `ck`: the parse's roles first, word position
    (`src`, `tgt`) where the parse names no one; also the source the parse itself gives."""
    t = scene.triggers[k]
    clauses, spans, types = scene.clauses, scene.spans, scene.types
    reach = t.trigger.type in REACH_COMPLEMENT
    purpose = t.trigger.type in PURPOSEFUL
    read = clauses
    if t.surface.split()[0].lower() in _BE and clauses[ck].voice == "passive":
        # is opposed to, is committed to: a state, its subject holds it (no passive)
        read = [*clauses[:ck], dataclasses.replace(clauses[ck], voice="active"), *clauses[ck + 1 :]]
    csrc, ctgt = english_parse_roles(ck, read, role_frame(t), spans, reach, purpose)
    if not ctgt and t.trigger.type == "ASSAULT":
        # a precise strike targeting the senior leadership of Hamas: whom the participle on the act
        # aims it at
        ctgt = [
            i
            for c in clauses
            if c.lemma in AIMING and any(x.kind == "relative" and x.other == ck for x in c.links)
            for a in c.args("object")
            for i in clausal.actors_in(a.span, spans)
            if i not in csrc
        ]
    reacted = reacted_to(ck, clauses, spans) if t.trigger.type in REACTIONS else []
    if reacted:
        # condemned Russia's strikes on Ukrainian cities: aimed at who strikes, not who is struck
        ctgt = [i for i in reacted if i not in csrc] or ctgt
    elif t.trigger.type in REACTIONS:
        # condemned the terrorist attack in the Syrian capital: where the act happened is no one
        # the reaction is aimed at
        ctgt = [i for i in ctgt if i not in _where_acted(scene, ck)]
    if not ctgt and t.trigger.type in REACTIONS and clauses[ck].voice == "passive":
        # began joint exercises that have been opposed by China: an act opposed is aimed at who does it
        ctgt = [i for i in _doers_of_modified_act(scene, ck) if i not in csrc]
    if t.trigger.of_role == "target" and clauses[ck].nominal and csrc:
        # Pakistan said India had launched an aggression: who commits a wrong is its target, who
        # speaks of it the source
        speakers = clausal.reporter(clausal.carrier(ck, clauses), clauses, spans)
        if speakers and not set(speakers) & set(csrc):
            csrc, ctgt = speakers, csrc
    if t.trigger.type == "THREATEN" and (threat := _conditional_threat(ck, clauses, spans)):
        # "If Japan refuses…, China will take countermeasures," she warned: who will act unless the
        # other does threatens; who must do it is threatened
        doer, party = threat
        named = [i for a in clauses[ck].args("subject") for i in clausal.actors_in(a.span, spans)]
        csrc, ctgt = (named or doer), party
    if (
        t.trigger.type == "THREATEN"
        and t.surface.lower().startswith("or face")
        and (setter := _root_subject(ck, clauses, spans, ("coordination", "complement")))
        and not set(setter) & set(csrc)
    ):
        # told Iran to halt enrichment or face sanctions: who must act or face the measure is
        # threatened; who set the choice, at the top of the clauses it hangs from, threatens
        csrc, ctgt = setter, csrc
    between = [
        i
        for a in clauses[ck].args("oblique")
        if a.marker == "between"
        for i in clausal.actors_in(a.span, spans)
    ]
    mutual = clauses[ck].nominal and len(between) > 1 and t.trigger.frame in ("symmetric", "attack")
    if mutual:
        # the war between Russia and Ukraine, talks between the two Koreas: each side acts on the
        # other, whoever the sentence's subject is
        csrc, ctgt = between, list(reversed(between))
    if not csrc and _pronoun_subject(clauses[ck]):
        # Cambodia's ministry said…, saying it condemns…: a pronoun names the sentence's subject
        csrc = _root_subject(ck, clauses, spans)
    parsed_source = csrc
    if not csrc:
        not_doers = english_objects(ck, clauses, spans) | _victims(ck, clauses, spans)
        src = [i for i in src if i not in not_doers]
    else:
        src = csrc
    if not csrc and any(a.text.lower() in _ACT_SUBJECTS for a in clauses[ck].args("subject")):
        # Islamabad said the fighting killed 26 civilians: an act does it, no name before it by
        # word position
        src = []
    nouns = [x.head for x in clauses[ck].links if x.kind == "relative" and x.head is not None]
    if not csrc and nouns and not any(clausal.actors_in(h, spans) for h in nouns):
        # sanctions against entities supporting Russia's war: the participle's noun (entities)
        # does it, and names no one; the sentence's subject is not its actor
        src = []
    subjects = [
        scene.text[a.span.start - scene.base : a.span.end - scene.base] for a in clauses[ck].args("subject")
    ]
    if subjects and all(_BOTH.match(x) for x in subjects):
        src = []  # …, and the two agreed: both parties of the last two-sided act, not the last actor
    tgt = list(reversed(between)) if mutual else [i for i in (ctgt or tgt) if i not in src]
    # condemned the launch as a violation of UN Security Council resolutions: the rules broken name
    # no one acted on
    tgt = [i for i in tgt if not _VIOLATED.search(scene.text, 0, spans[i].start - scene.base)]
    # shot down drones during Russian attacks on Ukraine: a name another act's noun takes is
    # that act's, not a target of this one
    # (protested against North Korea's launch: the act reacted to is the one whose actor is aimed at)
    others = _others_arguments(scene, k)
    tgt = [i for i in tgt if i not in others or i in reacted]
    if t.trigger.type in REACTIONS:
        # a protest over X's remarks about Japan acting in a Taiwan contingency: at X, not at
        # whom the remarks are about
        told = _told_about(clauses, spans)
        tgt = [i for i in tgt if i not in told] if any(i not in told for i in tgt) else tgt
    two = len(_parties(scene, csrc)) > 1
    if t.trigger.frame == "symmetric" and two and not own_targets(ck, clauses, spans):
        # Russia and North Korea signed a pact during Putin's visit to Pyongyang: the subjects
        # are each other's counterparts, not a name of another phrase
        tgt = list(reversed(csrc))
    elif t.trigger.frame == "symmetric" and not tgt and csrc and _joint_subjects(ck, clauses) > 1:
        # The Colombian government and the FARC rebels signed a cease-fire: two parties of one
        # country are each other's counterparts too
        tgt = list(reversed(csrc))
    if not tgt and t.trigger.type == "SANCTION":
        # sanctions on 13 entities in Russia, on three Chinese firms: whom the measure falls on
        tgt = [i for i in clausal.measured(ck, clauses, spans) if i not in src]
    if all(i in src or types[i] in ("GPE", "LOC") for i in tgt):
        # blocked streets in Hong Kong in defiance of Chinese authorities: what is defied is aimed at,
        # not the place the act was in
        tgt = [i for i in _defied(scene, t.end) if i not in src] or tgt
    troops = any(_forces(scene, i) for i in src)
    if not tgt and t.trigger.frame == "visit" and t.surface.lower().endswith(" in") and not troops:
        # arrived in Cairo, landed in Tokyo: where the visitor arrives is whom it visits (troops
        # that arrive somewhere are deployed, not visiting)
        places = [a.span for a in clauses[ck].args("oblique") if a.marker == "in"]
        tgt = [i for p in places for i in clausal.actors_in(p, spans) if i not in src]
    asked_by = [
        i
        for a in clauses[ck].args("oblique")
        if clauses[ck].nominal and a.marker in ("from", "of") and t.trigger.type == "REQUEST"
        for i in clausal.actors_in(a.span, spans)
    ]
    if asked_by and not clauses[ck].args("subject", "adnominal"):
        # withdrew following a request from the US, sent aid at the request of Turkey: who the
        # request comes from asks; who acts on it is asked
        src, tgt = asked_by, [i for i in (*src, *tgt) if i not in asked_by]
        acting = [
            [i for a in c.args("subject") for i in clausal.actors_in(a.span, spans) if i not in asked_by]
            for c in reversed(clauses[:ck])
        ]
        tgt = tgt or next((x for x in acting if x), [])
    if not tgt and t.trigger.type == "AID":
        tgt = _helped(scene, ck, src)
    if not tgt:
        tgt = _object_pronoun_named(scene, ck, src)
    if not src and (members := _members_listed(scene, ck)):
        # Several countries have condemned the strikes, including Egypt and Jordan: those the
        # subject's kind lists after including act
        src, tgt = members, [i for i in tgt if i not in members]
    return src, tgt, parsed_source


# Verbs of a purpose clause that name whom aid is for (…aid and weapons to help Ukraine).
_HELPING = frozenset({"help", "assist", "support", "aid", "bolster", "strengthen", "defend"})


# An act named as a noun, then where it happened (the attack in Damascus, bombings at a market).
_ACT_AT_PLACE = re.compile(
    r"\b(?:attacks?|bombings?|(?:air ?)?strikes?|shelling|explosions?|blasts?|killings?|massacres?|raids?"
    r"|violence|act)\s+(?:in|at|near)\s",
    re.IGNORECASE,
)


def _doers_of_modified_act(scene: Scene, ck: int) -> list[int]:
    """The subjects of the verb whose act noun the relative clause `ck` modifies (the United States
    and South Korea began exercises that have been opposed: the United States and South Korea)."""
    clauses = scene.clauses
    for x in clauses[ck].links:
        if x.kind != "relative" or not 0 <= x.other < len(clauses) or not clauses[x.other].nominal:
            continue
        for y in clauses[x.other].links:
            if y.kind == "complement" and 0 <= y.other < len(clauses):
                return [
                    i
                    for a in clauses[y.other].args("subject")
                    for i in clausal.actors_in(a.span, scene.spans)
                ]
    return []


def _where_acted(scene: Scene, ck: int) -> set[int]:
    """The actors named as the place of an act the object of clause `ck` names (condemned the attack
    in the Syrian capital Damascus: Syria and Damascus)."""
    out: set[int] = set()
    for a in scene.clauses[ck].args("object"):
        lo, hi = a.span.start - scene.base, a.span.end - scene.base
        m = _ACT_AT_PLACE.search(scene.text, lo, hi)
        if m is not None:
            out |= {
                i
                for i in clausal.actors_in(a.span, scene.spans)
                if scene.spans[i].start - scene.base >= m.end()
            }
    return out


# A subject that names a kind of actor, not one (several countries, many governments, world leaders).
_KIND_OF_ACTORS = re.compile(
    r"\b(?:countries|nations|states|governments|leaders|bodies|organi[sz]ations|allies|members)\b",
    re.IGNORECASE,
)
_INCLUDING = re.compile(r",\s+(?:including|among them|such as)\s+")


def _members_listed(scene: Scene, ck: int) -> list[int]:
    """The actors listed after `including` in a sentence whose clause `ck` has a subject naming a
    kind of actor (Several countries … have condemned …, including Egypt, Jordan and Qatar)."""
    subject = scene.clauses[ck].args("subject")
    if not any(
        _KIND_OF_ACTORS.search(scene.text, a.span.start - scene.base, a.span.end - scene.base)
        for a in subject
    ):
        return []
    listed = _INCLUDING.search(scene.text, scene.clauses[ck].predicate.end - scene.base)
    if listed is None:
        return []
    return [i for i, sp in enumerate(scene.spans) if sp.start - scene.base >= listed.end()]


def _helped(scene: Scene, ck: int, src: list[int]) -> list[int]:
    """Whom aid named with no recipient is for: the object of a purpose clause of helping that hangs
    on the aid's clause or on the verb that carries it (announced $3 billion in aid to help Ukraine)."""
    clauses = scene.clauses
    own = {ck, clausal.carrier(ck, clauses)}
    return [
        i
        for c in clauses
        if c.lemma in _HELPING
        and "to" in c.chain
        and any(x.kind in ("subordination", "complement", "relative") and x.other in own for x in c.links)
        for a in c.args("object")
        for i in clausal.actors_in(a.span, scene.spans)
        if i not in src
    ]


# Object pronouns that name what the clause above acted on (expelled diplomats from Brazil and
# Canada, accusing them of meddling); him and her name a person, more often the one who spoke before.
_OBJECT_PRONOUNS = frozenset({"them", "it"})


def _object_pronoun_named(scene: Scene, ck: int, src: list[int]) -> list[int]:
    """Whom the object pronoun of English clause `ck` names: the actors the nearest clause above it
    acts on or names after a preposition (…expel top diplomats from Brazil and Canada, accusing them
    of meddling: Brazil and Canada), places aside."""
    clauses, spans = scene.clauses, scene.spans
    objects = clauses[ck].args("object")
    if not objects or not all(a.text.lower() in _OBJECT_PRONOUNS for a in objects):
        return []
    for j in clausal.governing(ck, clauses)[1:]:
        # is preparing to expel top diplomats from Brazil: also the complements the verb above holds
        held = [j]
        for x in held:
            held += [c for c in clausal.linked_to(clauses, "complement", {x}) if c not in held]
        # ships were damaged after Chinese vessels rammed them: a passive's subject is acted on
        named = [
            i
            for h in held
            for a in clauses[h].args(
                "object", "dative", "oblique", *(("subject",) if clauses[h].voice == "passive" else ())
            )
            for i in clausal.actors_in(a.span, spans)
            if i not in src and scene.types[i] not in ("GPE", "LOC")
        ]
        if named:
            return list(dict.fromkeys(named))
    return []


def _joint_subjects(ck: int, clauses: Sequence[Clause]) -> int:
    """How many coordinated subjects clause `ck` has, or the nearest clause above it that it takes its
    subject from (an apposition is no subject of its own)."""
    for j in clausal.governing(ck, clauses):
        subjects = [a for a in clauses[j].args("subject") if not a.marker.startswith(APPOSITION)]
        if subjects:
            return len(subjects)
    return 0


def _conditional_threat(
    ck: int, clauses: Sequence[Clause], spans: Sequence[Span]
) -> tuple[list[int], list[int]] | None:
    """(who will act, on whom) in a threat clause `ck` reports as a condition and its consequence
    ("If Japan refuses…, China will take countermeasures," she warned), or None."""
    for j in clausal.linked_to(clauses, "report", {ck}):
        doer = [i for a in clauses[j].args("subject") for i in clausal.actors_in(a.span, spans)]
        for c in clauses:
            if not clausal.conditional(c) or not any(x.other == j for x in c.links):
                continue
            party = [i for a in c.args("subject") for i in clausal.actors_in(a.span, spans)]
            if doer and party and not set(doer) & set(party):
                return doer, party
    return None


# The particles of whom a report is according to (によると, によれば, によりますと).
_ACCORDING_TO = ("によると", "によれば", "によりますと", "によりますれば")


def _japanese_roles(
    scene: Scene, k: int, ck: int, src: list[int], tgt: list[int]
) -> tuple[list[int], list[int]]:
    """Japanese source and target of trigger `k` in clause `ck`: the case rules' (`src`, `tgt`),
    corrected and completed by the parse."""
    t = scene.triggers[k]
    clauses, spans, types = scene.clauses, scene.spans, scene.types
    if t.trigger.mode == "allege" and (claimant := _claimant(scene, k, ck)):
        # 北朝鮮は、韓国軍が平壌を攻撃したと主張した: a claim's trigger begins on the act claimed;
        # the claimant is the topic of the claim, the accused is who does the act, not whom it hits
        csrc, _ = clausal.roles(ck, clauses, t.trigger.frame, spans)
        src = claimant
        tgt = [i for i in csrc if i not in src] or [i for i in tgt if i not in src]
    else:
        # the parse's reading where the case rules found no one
        csrc, ctgt = clausal.roles(ck, clauses, role_frame(t), spans)
        # ウクライナ空軍によりますと、ロシア軍がキーウなどに攻撃を行いました: whom the report is
        # according to is no side of the act, so the parse's target stands
        cited = {
            i
            for a in clauses[ck].args("oblique")
            if a.marker.startswith(_ACCORDING_TO)
            for i in clausal.actors_in(a.span, spans)
        }
        src, tgt = [i for i in src if i not in cited], [i for i in tgt if i not in cited]
        # 台湾政策を担当する台湾事務弁公室: the object of a relative clause before is that clause's
        theirs = clausal.relatives_objects(ck, clauses, spans)
        tgt = [i for i in tgt if i not in theirs or i in ctgt]
        reported = any(x.kind == "report" for x in clauses[ck].links)
        if type_table()[t.trigger.type].moves and clauses[ck].voice == "passive" and reported:
            # 韓国軍は3発発射されたと発表した: who tells of forces or missiles sent is not where they
            # go, wherever the parse hangs its topic
            tellers = {
                *clausal.reporter(ck, clauses, spans),
                *(i for a in clauses[ck].args("topic") for i in clausal.actors_in(a.span, spans)),
            }
            src, tgt = [i for i in src if i not in tellers], [i for i in tgt if i not in tellers]
            csrc, ctgt = [i for i in csrc if i not in tellers], [i for i in ctgt if i not in tellers]
        in_view = [i for i in clausal.purpose_subjects(ck, clauses, spans) if i not in tgt]
        if in_view and not clauses[ck].args("subject", "topic") and set(src) != set(in_view):
            # 国防総省は、米軍と韓国軍が合同で…を想定した演習を行ったことを明らかにした: whom the parse
            # hangs on the clause of what the act has in view do it, not the topic that tells of it
            src = in_view
        # 欧州の首脳らは: a place that owns the subject's noun acts through it no more than as a place
        subject = [i for i in clausal.own_subject(ck, clauses, spans, role_frame(t)) if types[i] != "LOC"]
        if clauses[ck].voice == "passive" and (set(src) & set(ctgt) or (csrc and not set(src) & set(csrc))):
            # 中国海警局は、…と非難されている: the subject of a passive is acted on, not the actor
            # its place before the verb makes it to the case rules; 輸送船が中国海警局の船から放水銃を
            # 発射され: who the passive says acts does, not a topic of the verb that tells of it
            src, tgt = [i for i in csrc if i not in ctgt], ctgt or tgt
        elif (
            csrc
            and src
            and not set(src) & set(csrc)
            and set(csrc)
            <= {
                i
                for x in clauses[ck].links
                if x.kind == "relative" and x.head is not None
                for i in clausal.actors_in(x.head, spans)
            }
            and not any(i in clausal.actors_in(a.span, spans) for a in clauses[ck].arguments for i in src)
        ):
            # 政府はロシアと軍事協力を深める北朝鮮の個人も…: a relative clause's doer is the noun it
            # modifies, never a topic of the sentence outside it
            src, tgt = csrc, [i for i in (*tgt, *ctgt) if i not in csrc]
        elif subject and t.trigger.mode == "allege" and src and not set(subject) & set(src):
            # ゼレンスキー大統領もXで、ロシアが…ウクライナに…発射したと主張: a claim whose topic the
            # parse hangs nowhere is against who does the act claimed, not whom it hits
            tgt = subject
        elif subject and t.trigger.frame not in ("symmetric", "receive") and t.trigger.mode != "allege":
            # 攻撃し、米国はロシアを非難した, 訪米する予定のバイデン大統領: the clause's own
            # subject (or the noun it modifies), not the sentence's first
            doers = [i for a in clauses[ck].args("subject") for i in clausal.actors_in(a.span, spans)]
            doers = [i for i in doers if i not in subject]
            by_case = src
            src = subject
            tgt = [i for i in tgt if i not in subject]
            own = {scene.ref(i).country for i in subject} - {None}
            if t.trigger.type in REACTIONS and all(scene.ref(i).country in own for i in tgt):
                # ロシア軍が…訓練を行うことに日本政府が抗議: the が-subject before the nearest one is
                # the subject of the act reacted to (a target of the subject's own country, as
                # イランの核施設 is Iran's, is none)
                tgt = doers or _earlier_subjects(scene, ck, by_case, subject) or tgt
        elif (
            (chained := clausal.chained_subject(ck, clauses, spans))
            and not set(src) & set(chained)
            and t.trigger.frame not in ("symmetric", "receive")
            and t.trigger.mode != "allege"
        ):
            # カンボジアの国防相は、タイ側が領内に侵入し、先に武力攻撃を行ったと反論: the subject of
            # the verb chained before is this verb's too, not the topic that reports both
            src = chained
            tgt = [i for i in tgt if i not in chained]
        elif csrc and len(src) > len(csrc) and set(csrc) <= set(src) and t.trigger.frame != "symmetric":
            # two topics read as one subject (岸田首相は…、ロシアの対応は「…」と述べ、…抗議した):
            # the parse's, carried over the coordinated clauses, is the one
            src = csrc
            tgt = [i for i in tgt if i not in csrc]
        if not src:
            src = [i for i in csrc if i not in tgt]
        if t.trigger.frame == "symmetric" and tgt:
            # 北朝鮮の非核化に向けて連携していく: what a joint act aims at names no partner of it
            tgt = [i for i in tgt if i not in clausal.aimed_at(ck, clauses, spans)]
        if not tgt:
            tgt = [i for i in ctgt if i not in src]
        if not tgt and src and t.trigger.frame in ("attack", "transitive"):
            # 米国はベネズエラの完全な封鎖を行う: whose act a light verb's object names with の, when
            # the clause names who does it, is the one it is done to
            tgt = _acted_on_by_no(scene, ck, t, src)
        own_targets = [
            i
            for a in clauses[ck].args("dative", "object")
            if a.marker in ("に", "を", "へ")  # not 国会の周辺には: where
            for i in clausal.actors_in(a.span, spans)
            if i in ctgt and i not in src
        ]
        argued = {i for a in clauses[ck].arguments for i in clausal.actors_in(a.span, spans)}
        if t.trigger.type in SPEECH_ACTS and own_targets and not set(tgt) & argued:
            # 輸送船が…妨害されたとして、中国側に抗議した: whom the verb's own words address, not a name
            # in the reasons given before
            tgt = own_targets
        elif t.trigger.type in SPEECH_ACTS and own_targets:
            # …大統領に対して「ロシアを強く非難する」とした: whom the frame that reports it is told to is
            # no target of what the verb's own words aim at
            tgt = [i for i in tgt if i in argued]
        hit, doers_of = _suffered(scene, ck) if t.trigger.type in REACTIONS else (set(), [])
        if tgt and set(tgt) <= hit:
            # 輸送船が中国海警局の船から放水銃を発射されたとして、中国の大使を呼んで抗議した: the one a
            # reaction says was done to is not what it reacts against; whom it addresses is, or who did it
            spoken_to = [i for i in clausal.addressee(ck, clauses, spans) if i not in src]
            tgt = spoken_to or [i for i in doers_of if i not in src] or tgt
        if not tgt and (t.trigger.type in REACTIONS or t.trigger.type in MEASURES):
            # 外務省は、中国の措置は違法だと非難した: what a reaction says something of is aimed at;
            # 中国がロシアに武器を供与しているとして制裁を科した: a measure at whoever its grounds say acted
            tgt = [i for i in clausal.said_of(ck, clauses, spans) if i not in src]
        if not tgt and t.trigger.type in REACTIONS:
            # 国軍によるデモ弾圧に懸念を表明した: a reaction to an act whose doer による names is aimed
            # at the doer
            tgt = [i for i in _done_by(scene, ck) if i not in src]
        if not src and t.trigger.type == "RETREAT" and clauses[ck].voice == "passive":
            # ハマスに拘束されていた人質が解放された: who held the captives frees them
            src = clausal.captors(ck, clauses, spans)
            if src and all(types[i] in ("GPE", "LOC") for i in src):
                # ハマスに拉致され、ガザ地区に拘束されていた人質が解放された: the captors are those the
                # chain of passives names, not the place they were held in
                held = {
                    j
                    for j, c in enumerate(clauses)
                    if c.voice == "passive" and any(x.kind == "relative" and x.other == ck for x in c.links)
                }
                src = [i for i in _chained_agents(scene, held) if types[i] not in ("GPE", "LOC")] or src
        if not tgt and t.trigger.type == "REQUEST":
            # 「イスラエルは直ちに攻撃を停止すべきだ」と呼びかけた: the one the quoted words say should act
            tgt = [
                i
                for c in clauses
                if any(x.kind in ("report", "subordination", "complement") and x.other == ck for x in c.links)
                and "と" in c.chain
                and {"べき", "べし", "ほしい"} & set(c.chain)
                for a in c.args("subject", "topic")
                for i in clausal.actors_in(a.span, spans)
                if i not in src
            ]
        addressed = (
            {i for a in clauses[ck].args("dative") for i in clausal.actors_in(a.span, spans)}
            if t.trigger.type == "REQUEST"
            else set()
        )
        if set(tgt) & addressed:
            # ロシアに…ウクライナ和平交渉参加を要求: the one asked is addressed; names in what is
            # asked for are none of the request's
            asked_for = {i for a in clauses[ck].args("object") for i in clausal.actors_in(a.span, spans)}
            tgt = [i for i in tgt if i in addressed or i not in asked_for]
        if t.trigger.frame == "attack" and all(types[i] in ("GPE", "LOC") for i in tgt):
            # ロシアが打ち上げたドローンを撃墜した: what is hit is whoever launched or made it, not the
            # place it is hit over
            made = [i for i in clausal.makers(ck, clauses, spans) if i not in src]
            tgt = made or tgt
        grounds = _in_grounds(scene, t)
        if grounds and set(tgt) & grounds:
            # 米国に流入する麻薬を理由に中国からの輸入品に関税: the names of the grounds are no targets
            tgt = [i for i in tgt if i not in grounds] or [
                i for i in ctgt if i not in src and i not in grounds
            ]
        # メキシコとカナダからの輸入品に関税: names listed with the target in its argument are targets
        tgt += [i for i in _listed_with(scene, tgt, ctgt) if i not in src]
        if t.trigger.type == "REQUEST":
            # ロシアを非難しウクライナからの撤退を求める: where a request would have someone leave is
            # no one asked
            left = [i for i in tgt if scene.text.startswith("から", spans[i].end - scene.base)]
            if left and not (tgt := [i for i in tgt if i not in left]):
                # …を非難し、…からの撤退を求める: the one asked is whom the verb it is joined to acts on
                before = [
                    *clausal.linked_to(clauses, "coordination", {ck}),
                    *clausal.linked_to(clauses, "subordination", {ck}),
                ]
                tgt = [
                    i
                    for j in before
                    if not clauses[j].args("subject", "topic")
                    for a in clauses[j].args("object")
                    for i in clausal.actors_in(a.span, spans)
                    if i not in src
                ]
        # 大使を同省に呼んで抗議: where another verb brings its object is that verb's
        tgt = [i for i in tgt if i not in clausal.destinations(ck, clauses, spans)]
        reciprocal = t.trigger.frame == "symmetric" and len(src) > 1
        if not tgt and not reciprocal and (t.trigger.type in SPEECH_ACTS or t.trigger.frame == "attack"):
            # 大使を呼び出し、抗議した; 施設を狙い、攻撃を仕掛けた: whom the verb before acts on (a
            # reciprocal act whose subject names both parties has its other party there: 米中首脳が
            # 台湾問題での合意に至らず、会談を終えた)
            tgt = [i for i in clausal.addressee(ck, clauses, spans) if i not in src]
        if tgt and set(tgt) <= clausal.inside_said(ck, clauses, spans, scene.remark):
            # …が台湾問題に介入する可能性に言及した発言の撤回を要求: a name inside what the object's
            # relative clause says is none of the act's; whoever made the object is its target
            tgt = [i for i in clausal.makers(ck, clauses, spans) if i not in src]
        relative = any(x.kind == "relative" for x in clauses[ck].links)
        passive = clauses[ck].voice == "passive" and not clauses[ck].args("agent")  # no agent named
        if clauses[ck].args("subject") or relative:
            # 官房長官は、日本人が…拘束されたことを確認した: the topic of the verb a clause with a
            # subject of its own is under is no party of it
            # (国情院は、北朝鮮がロシアの支援を受けて…改善しているとした: also up the coordination,
            # where the subject names someone to be the party instead)
            naming = any(clausal.actors_in(a.span, spans) for a in clauses[ck].args("subject"))
            above = (
                clausal.topics_above(ck, clauses, spans, coordinated=naming)
                if clauses[ck].args("subject")
                else []
            )
            doers = list(above)
            if passive:
                # イランは、ヒズボラの指導者が殺害されたことへの報復だとして, 国情院は、ロシアに派遣
                # された北朝鮮兵が: a passive with a subject of its own (or the noun it modifies) and no
                # agent is done by no topic of another clause, however the parse links it (the topic
                # may still be whom it is done to: 人民同盟は、指導者が処刑されたことで)
                doers += [
                    i
                    for j, c in enumerate(clauses)
                    if j != ck
                    for a in c.args("topic")
                    for i in clausal.actors_in(a.span, spans)
                ]
            if passive:
                # シリアにあるイラン大使館の関連施設が空爆され: where an active relative clause says
                # its argument is, or what it does, names no agent of the passive it hangs on (a
                # passive one may: ハマスに拘束されていた人質が解放された)
                doers += [
                    i
                    for c in clauses
                    if c.voice != "passive" and any(x.kind == "relative" and x.other == ck for x in c.links)
                    for a in c.arguments
                    for i in clausal.actors_in(a.span, spans)
                ]
            src = [i for i in src if i not in doers]
            tgt = [i for i in tgt if i not in above]
        if met := clausal.conditions(ck, clauses):
            # 日本が台湾問題に介入すれば、日本に制裁を科す: the names of the condition are none of
            # the act that answers it, unless the act names them too
            argued = {i for a in clauses[ck].arguments for i in clausal.actors_in(a.span, spans)}
            named = {i for j in met for a in clauses[j].arguments for i in clausal.actors_in(a.span, spans)}
            meet = [
                i
                for j in met
                for a in clauses[j].args("subject", "topic")
                for i in clausal.actors_in(a.span, spans)
            ]
            # イランが応じなければ攻撃すると述べた: nor its source
            src = [i for i in src if i in argued or i not in named]
            # 米韓が演習を強行するなら、対抗措置を取る: the answer is aimed at whoever meets the condition
            tgt = [i for i in tgt if i in argued or i not in named] or [i for i in meet if i not in src]
        # 台湾政策を担当する台湾事務弁公室は…不満を表明: the names of a clause that describes the
        # source are no targets
        described = clausal.describing(set(src), ck, clauses, spans)
        tgt = [i for i in tgt if i not in described]
        if not src and passive and t.trigger.type in _SENT:
            # ロシアに派遣された北朝鮮兵, 動員される北朝鮮の建設部隊: forces sent with no sender named
            # are sent by their own state
            sent = [x.head for x in clauses[ck].links if x.kind == "relative" and x.head is not None]
            sent += [a.span for a in clauses[ck].args("subject")]
            src = [i for x in sent for i in clausal.actors_in(x, spans) if i not in tgt]
        if t.trigger.frame == "symmetric":
            # イスラエルとハマスはトランプ大統領が示した和平計画に合意: who drew up what two agree on or
            # talk about is no party of theirs
            drafted = clausal.describing_arguments(ck, clauses, spans)
            parties = {
                i for a in clauses[ck].args("subject", "topic") for i in clausal.actors_in(a.span, spans)
            }
            if set(src) - drafted:
                src = [i for i in src if i not in drafted or i in parties]
                tgt = [i for i in tgt if i not in drafted or i in parties]
            both = [i for i in src if i in parties]
            if len(both) >= 2 and not set(tgt) & set(both):
                # イスラエルとハマスがアメリカ主導の和平案に合意: two that agree as one subject are each
                # other's counterparts, not the owner of what they agree on
                tgt = list(reversed(both))
    if clauses[ck].voice == "passive" and (placed := _placed_agents(scene, ck)) & set(src):
        # ハマスに拉致され、ガザに拘束されていた人質: a place marked with に in a passive is where it
        # is done; who does it is the agent of the passive chained before
        src = [i for i in src if i not in placed] or [i for i in _chained_agents(scene, {ck}) if i not in tgt]
    return src, tgt


# An actor that does the act noun after it (国軍による弾圧, 中国による領海侵入).
_DONE_BY = re.compile(r"(?:による|によって)[^、。をがはにでと「」]{1,12}$")


def _done_by(scene: Scene, ck: int) -> list[int]:
    """The actors written with による before the head of clause `ck`'s object or dative, whose act
    that noun names (国軍によるデモ弾圧に懸念を表明: the army)."""
    out: list[int] = []
    for a in scene.clauses[ck].args("object", "dative"):
        head_end = a.head.end - scene.base
        for i, sp in enumerate(scene.spans):
            end = sp.end - scene.base
            if 0 <= end < head_end and _DONE_BY.fullmatch(scene.text, end, head_end):
                out.append(i)
    return out


def _suffered(scene: Scene, ck: int) -> tuple[set[int], list[int]]:
    """(who is acted on, who acts) in the passive clauses under clause `ck` that name who acts
    (輸送船が中国海警局の船から放水銃を発射されたとして抗議した: the ships, the coast guard)."""
    clauses, spans = scene.clauses, scene.spans
    hit: set[int] = set()
    doers: list[int] = []
    for j, c in enumerate(clauses):
        if j == ck or c.voice != "passive" or ck not in clausal.governing(j, clauses):
            continue
        by = [
            i
            for a in c.args("agent", "oblique")
            if a.relation == "agent" or a.marker.startswith("から")
            for i in clausal.actors_in(a.span, spans)
        ]
        if not by:
            continue
        hit |= {i for a in c.args("subject", "topic") for i in clausal.actors_in(a.span, spans)}
        doers += [i for i in by if i not in doers]
    return hit, doers


def _chained_agents(scene: Scene, ks: set[int]) -> list[int]:
    """The actors of the agents of the Japanese passives coordinated into any of clauses `ks`
    (ハマスに拉致され、…に拘束されていた: Hamas)."""
    return [
        i
        for c in scene.clauses
        if c.voice == "passive" and any(x.kind == "coordination" and x.other in ks for x in c.links)
        for a in c.args("agent")
        for i in clausal.actors_in(a.span, scene.spans)
    ]


# Modes of acts done to a person, whose の-phrase names who suffers them (尹氏の拘束, 記者の逮捕).
_ON_PERSONS = frozenset({"arrest", "seize"})
_HELD_NO = re.compile(r"の(?:身柄の?)?")


def _held_by_no(scene: Scene, t: TriggerMatch) -> list[int]:
    """The persons written with の (or の身柄) right before noun act `t`."""
    return [
        i
        for i, m in enumerate(scene.actors)
        if scene.types[i] == "PERSON" and _HELD_NO.fullmatch(scene.text, m.span.end - scene.base, t.start)
    ]


def _acted_on_by_no(scene: Scene, ck: int, t: TriggerMatch, src: list[int]) -> list[int]:
    """The actors written with の before noun act `t` in the object of the light verb of clause `ck`
    (ベネズエラの完全な封鎖を行う), of no country of `src`."""
    c = scene.clauses[ck]
    if not c.light:
        return []
    own = {scene.ref(i).country for i in src} - {None}
    obj = next(
        (a for a in c.args("object") if a.head.start - scene.base <= t.start < a.head.end - scene.base), None
    )
    if obj is None:
        return []
    return [
        i
        for i in clausal.actors_in(obj.span, scene.spans)
        if i not in src
        and scene.ref(i).country not in own
        and _OWNED_AREA.match(scene.text, scene.actors[i].span.end - scene.base)
        and scene.actors[i].span.end - scene.base < t.start
    ]


# The の that makes a name the owner of what follows, with the waters or region around it between
# (ベネズエラの, ベネズエラ周辺海域の, 台湾沖の).
_OWNED_AREA = re.compile(r"(?:周辺|沖|近海|周辺海域|周辺地域|全土|全域)?の")


def _placed_agents(scene: Scene, ck: int) -> set[int]:
    """The places (no countries) a Japanese passive marks with に as if they were its agent."""
    return {
        i
        for a in scene.clauses[ck].args("agent")
        if a.marker == "に"
        for i in clausal.actors_in(a.span, scene.spans)
        if scene.types[i] in ("GPE", "LOC")
    }


# Acts that send forces or goods somewhere: told in the passive with no sender, their sender is
# the state whose forces are sent.
_SENT = frozenset({"MOBILIZE", "AID"})


# What an act is done on the grounds of (麻薬の流入を理由に, 安全保障を口実に, 違反を根拠に).
_GROUNDS_JA = re.compile(r"を(?:理由|口実|名目|根拠)に")


def _in_grounds(scene: Scene, t: TriggerMatch) -> set[int]:
    """The actors named in a phrase before trigger `t` that gives the act's grounds (米国に流入する
    麻薬を理由に): from the last comma or topic before it to を理由に."""
    out: set[int] = set()
    for m in _GROUNDS_JA.finditer(scene.text, 0, t.start):
        opened = max(scene.text.rfind(c, 0, m.start()) for c in ("、", "は", "が"))
        out |= {
            i
            for i, x in enumerate(scene.spans)
            if opened < x.start - scene.base and x.end - scene.base <= m.start()
        }
    return out


# Verbs of harm whose subject can be the attack that does it (strikes killed…, shelling wounded…).
_HARMING = HARMING_PEOPLE | {"destroy", "damage"}


def _harmed_by(scene: Scene, ck: int) -> list[int]:
    """The actors a verb of harm that tells what nominal clause `ck` did acts on: its object where
    the act is its subject (strikes killed civilians), its subject where the verb is passive and
    the act says by what (Palestinians killed in Israeli strikes)."""
    head = scene.clauses[ck].predicate
    out: list[int] = []
    for c in scene.clauses:
        if c.lemma not in _HARMING:
            continue
        if any(a.head.overlaps(head) for a in c.args("subject")):
            harmed = c.args("object")
        elif c.voice == "passive" and any(
            a.head.overlaps(head) for a in c.args("oblique", "agent") if a.marker in ("in", "by", "")
        ):
            harmed = c.args("subject")
        else:
            continue
        out += [i for a in harmed for i in clausal.actors_in(a.span, scene.spans)]
    return out


def _served_by(scene: Scene, ck: int) -> list[int]:
    """The actors named in the objects of the relative clauses on clause `ck`'s own arguments
    (sanctions on groups that have facilitated Russia's war: Russia)."""
    return [
        i
        for c in scene.clauses
        if any(x.kind == "relative" and x.other == ck for x in c.links)
        for a in c.args("object")
        for i in clausal.actors_in(a.span, scene.spans)
    ]


def _datelined(scene: Scene, i: int) -> bool:
    """Whether actor `i` is the outlet in the sentence's dateline."""
    span = scene.spans[i]
    return dateline_outlet(scene.text, span.start - scene.base, span.end - scene.base)


def _wrong_judged(
    scene: Scene, t: TriggerMatch, src: list[int], tgt: list[int]
) -> tuple[list[int], list[int]]:
    """(source, target) of a noun naming a wrong that a quotation's predicate makes of what it is
    about (「ロシアのウクライナ侵略は暴挙だ」と述べた): who is named in the quotation before the noun
    did the wrong, the one who speaks denounces it."""
    quote = next(((a, b) for a, b in quotations(scene.text) if a <= t.start < b), None)
    if quote is None:
        return src, tgt
    inside = [i for i in src if quote[0] <= scene.spans[i].start - scene.base < t.start]
    if not inside or len(inside) == len(src):
        return src, tgt
    return [i for i in src if i not in inside], [*tgt, *(i for i in inside if i not in tgt)]


def _owned_place(scene: Scene, i: int) -> bool:
    """Whether actor `i` is a place the knowledge base lacks that its phrase gives a country."""
    return scene.actors[i].entity_id.startswith("local:") and scene.ref(i).country is not None


def _reported(
    scene: Scene, k: int, ck: int | None, src: list[int], tgt: list[int], parsed_source: list[int]
) -> tuple[list[int], list[int], bool, set[int]]:
    """The sides of trigger `k` without the reporters the sentence names (`scene.quiet`), unless the
    speaker's own verb is the act; also whether the speaker is its source, and who stays silent."""
    t = scene.triggers[k]
    clauses, types = scene.clauses, scene.types
    # ロシア外務省は、日本が…と非難した: the speaker's own verb is its act, not a report
    # 米国はイランが関与したと主張した: a claim is the speaker's own act wherever it stands
    last = k == len(scene.triggers) - 1 or t.trigger.mode == "allege" or _speakers_verb(scene, ck)
    speaks = scene.speaker is not None and last and t.trigger.type in AUTHOR_SPEAKS
    alone = scene.speaker is not None and set(src) <= {scene.speaker}
    if alone and scene.speaker is not None and type_table()[t.trigger.type].verbal and _quoted(scene, t):
        # 官房長官は…事案を「誠に遺憾」と述べ: an evaluation the speaker is quoted with is the speaker's
        src, speaks = [scene.speaker], True
    silent = scene.quiet - {scene.speaker} if speaks else scene.quiet
    # The U.S. said it would not meet the demands: the parse makes the reporter the subject
    # …, but never the outlet of a dateline the parse makes a subject (JERUSALEM (Reuters) - Israel…)
    silent = silent - {i for i in parsed_source if not _datelined(scene, i)}
    doers = src
    src = [i for i in src if types[i] != "LOC" and i not in silent]
    patients = _reporting_patients(scene, ck, t)
    # (a place the knowledge base lacks, written of its country, is hit: 韓国の延坪島を砲撃した)
    tgt = [
        i for i in tgt if (types[i] != "LOC" or _owned_place(scene, i)) and (i not in silent or i in patients)
    ]
    speaker = scene.speaker
    # a Japanese clause with no subject of its own, where the speaker would be its doer
    bare = (
        not src
        and not scene.english
        and ck is not None
        and speaker is not None
        and speaker in doers
        and not clauses[ck].args("subject", "topic")
    )
    if bare and ck is not None and speaker is not None:
        reported = any(x.kind == "report" for x in clauses[clausal.carrier(ck, clauses)].links) and not any(
            # タイ軍が戦闘機を投入し、…を爆撃したと発表: a subject naming an actor, of a clause before it
            # that modifies no noun, is shared with it, however the parse joins the two (攻撃の応酬が
            # 再燃していた…との間で停戦で合意したと発表: an act as the subject names no one)
            any(clausal.actors_in(a.span, scene.spans) for a in c.args("subject"))
            and c.predicate.end <= clauses[ck].predicate.start
            for c in clauses
            # (…の司令部などがあるとして: what a clause reports as grounds has a subject of its own)
            if not any(x.kind in ("relative", "report") for x in c.links)
        )
        # トランプ大統領は来年4月に中国を訪問する予定で、…と明らかにした: the plan whose topic is the
        # speaker is the speaker's own
        planned = any(word in clauses[ck].chain for word in _OWN_PLANS) and speaker in _plan_topics(scene, ck)
        if reported or planned:
            # ウクライナ空軍は、ロシアが打ち上げたドローンを撃墜したと発表した: a reported clause with
            # no subject of its own is the speaker's act; the が of a clause modifying a noun is that
            # clause's
            src = [speaker]
    if not scene.english and ck is not None and speaker is not None and _first_person(clauses[ck]):
        # 「…我々は強い不満を表明し、断固反対する」と述べた: we are the speaker
        src, tgt = [speaker], [i for i in tgt if i != speaker]
    if not src and scene.english and ck is not None and speaker is not None and speaker not in tgt:
        # the U.S. military said its forces conducted strikes: the speaker's forces
        verb = clausal.carrier(ck, clauses)  # conducted strikes: the verb's subject does them
        src = [speaker] if _owned_by_reporter(scene, verb, ("subject",)) else src
    return src, tgt, speaks, silent


def _within_phrase(
    scene: Scene, t: TriggerMatch, src: list[int], tgt: list[int]
) -> tuple[list[int], list[int]]:
    """The sides of a noun act whose phrase names both of them (米国のイラン攻撃についての会合を安保理に
    要請: the United States on Iran): the names of the other arguments of the verb the phrase hangs on
    are that verb's, not the act's."""
    span = Span(scene.base + t.start, scene.base + t.end)
    j = clausal.holding(span, scene.clauses)
    if j is None:
        return src, tgt
    own = next((a for a in scene.clauses[j].arguments if a.span.overlaps(span)), None)
    if own is None:
        return src, tgt
    inside = set(clausal.actors_in(own.span, scene.spans))
    if not (set(src) & inside and set(tgt) & inside):
        return src, tgt
    others = {
        i
        for a in scene.clauses[j].arguments
        if a is not own
        for i in clausal.actors_in(a.span, scene.spans)
        if i not in inside
    }
    return [i for i in src if i not in others], [i for i in tgt if i not in others]


def _speakers_verb(scene: Scene, ck: int | None) -> bool:
    """Whether Japanese clause `ck` is one of the speaker's own verbs: coordinated, clause by clause,
    into the sentence's last verb whose topic is the speaker, reporting nothing on the way (外相は
    「…」と批判し、…会合を要請すると共に、…と主張した: the criticism is the minister's)."""
    if scene.english or ck is None or scene.speaker is None:
        return False
    start, seen = ck, set[int]()
    while ck not in seen:
        seen.add(ck)
        c = scene.clauses[ck]
        if any(x.kind == "report" for x in c.links) or (ck != start and c.args("subject")):
            return False
        up = [x.other for x in c.links if x.kind == "coordination"]
        if not up:
            return scene.speaker in {
                i for a in c.args("topic") for i in clausal.actors_in(a.span, scene.spans)
            }
        ck = up[0]
    return False


def _judged_act(scene: Scene, t: TriggerMatch) -> bool:
    """Whether the parse makes noun act `t` the topic of another predicate that judges it (攻撃は…
    つながらない), not of one that plans it (訪問も予定している) or tells what befell it (見送られた)."""
    span = Span(scene.base + t.start, scene.base + t.end)
    return any(
        a.head.overlaps(span) and a.marker == "は"
        for c in scene.clauses
        if not c.light and c.voice == "active" and c.lemma not in _OWN_PLANS and c.predicate.start >= span.end
        for a in c.args("topic")
    )


def _received_by(scene: Scene, t: TriggerMatch) -> int | None:
    """The clause of a receiving verb (受ける) whose object noun act `t` is, if any."""
    span = Span(scene.base + t.start, scene.base + t.end)
    return next(
        (
            k
            for k, c in enumerate(scene.clauses)
            if c.lemma in clausal.RECEIVING and any(a.head.overlaps(span) for a in c.args("object"))
        ),
        None,
    )


def _reporting_patients(scene: Scene, ck: int | None, t: TriggerMatch) -> set[int]:
    """The reporters a Japanese passive or receiving clause `ck` tells were acted on: those its own
    subject or topic names (タイ軍は…カンボジア軍からの攻撃を受け、…と発表), else, with none, the
    speaker its omitted subject is (タイ軍は…ロケット砲で攻撃されたと発表した). Not in a clause that
    modifies a noun, whose omitted subject is that noun (ハマスに拘束されていた人質), nor of forces
    sent, which are what is sent (北朝鮮兵が…投入されたと明らかにした)."""
    c = scene.clauses[ck] if ck is not None else None
    if c is None or scene.english or (c.voice != "passive" and c.lemma not in clausal.RECEIVING):
        return set()
    if type_table()[t.trigger.type].moves or any(x.kind == "relative" for x in c.links):
        return set()
    own = c.args("subject", "topic")
    if own:
        return {i for a in own for i in clausal.actors_in(a.span, scene.spans)} & scene.quiet
    return {scene.speaker} if scene.speaker is not None else set()


# Words by which speakers name themselves as a clause's subject (我々は…表明し, わが国は…反対する).
_FIRST_PERSON = frozenset(
    {"我々", "われわれ", "我われ", "私たち", "わたしたち", "我が国", "わが国", "私", "わたし"}
)


def _first_person(c: Clause) -> bool:
    """Whether the subject or topic of Japanese clause `c` is the speaker naming itself."""
    return any(a.text in _FIRST_PERSON for a in c.args("subject", "topic"))


# Nouns of a plan a clause is the content of (訪問する予定で, 協議する方針だ).
_OWN_PLANS = ("予定", "計画", "方針", "意向")


def _plan_topics(scene: Scene, ck: int) -> list[int]:
    """The actors of the topics of the clauses clause `ck` is subordinated to (予定で: its plan)."""
    clauses = scene.clauses
    return [
        i
        for x in clauses[ck].links
        if x.kind == "subordination" and 0 <= x.other < len(clauses)
        for a in clauses[x.other].args("topic")
        for i in clausal.actors_in(a.span, scene.spans)
    ]


def _unnamed(
    scene: Scene, k: int, ck: int | None, src: list[int], tgt: list[int], silent: set[int]
) -> tuple[list[int], list[int]]:
    """The sides of trigger `k` the sentence does not name in its roles: own forces and territory, the
    speaker's, the makers of what is reacted to, the victims of an attack, the two of a reciprocal act."""
    t = scene.triggers[k]
    clauses, spans, types = scene.clauses, scene.spans, scene.types
    if t.trigger.type in REACTIONS and not scene.english and ck is not None:
        hurt = {
            i
            for c in clauses
            if c.lemma in clausal.CASUALTIES
            for a in c.args("subject", "topic")
            for i in clausal.actors_in(a.span, spans)
        }
        if hurt & set(tgt):
            # タイ軍による空爆を受け、「民間人が負傷した」と非難: those hurt are not whom a reaction is
            # aimed at; who did the act before it in the sentence is
            tgt = [i for i in tgt if i not in hurt]
            doers = [[i for i in scene.roles[j][0] if i not in src] for j in reversed(range(k))]
            tgt = tgt or next((d for d in doers if d), [])
    reflexive = [i for i in tgt if scene.actors[i].surface.startswith(_REFLEXIVE)]
    if reflexive and ck is not None and not scene.english:
        # カンボジアは、タイが自国領内を空爆したと発表した: the territory is the topic's, no body of its own
        tgt = [i for i in tgt if i not in reflexive]
        tgt += [i for i in _topics(scene, ck) if i not in src and i not in tgt]
    if not src and ck is not None and not scene.english and _reflexive(scene, ck):
        # フーシ派は、自軍が…を攻撃したと発表した: its own forces are the topic's
        src = [i for i in _topics(scene, ck) if i not in tgt]
    if (
        not tgt
        and scene.english
        and ck is not None
        and scene.speaker is not None
        and scene.speaker not in src
        and _owned_by_reporter(scene, clausal.carrier(ck, clauses))
    ):
        # the coast guard said a Chinese ship rammed one of its vessels: `its` is the speaker's (launched
        # air strikes on its territory: the verb that carries the noun act)
        tgt = [scene.speaker]
    if not tgt and scene.english and ck is not None and t.trigger.type == "ASSAULT":
        # Japan protested after a Chinese military aircraft violated its airspace: `its` is the
        # subject's of the clause this one is subordinated to
        tgt = _possessed_by_main_subject(scene, ck, src)
    if type_table()[t.trigger.type].moves:
        # deployed troops to its border with Syria: the forces sent are the sender's, not a target;
        # so are a named force of the sender's own country (自衛隊は、航空自衛隊の戦闘機を緊急発進させ)
        # (民兵を動員する: fighters named by a generic noun as what is sent are sent, too)
        own = {scene.ref(j).country for j in src} - {None}
        sent = (
            {i for a in clauses[ck].args("object") for i in clausal.actors_in(a.span, spans)}
            if ck is not None
            else set()
        )
        tgt = [
            i
            for i in tgt
            if not _forces(scene, i)
            and not (scene.ref(i).sector == "MIL" and scene.ref(i).country in own)
            and not (i in sent and scene.actors[i].how == "generic" and scene.ref(i).sector == "OPP")
        ]
    if not tgt and ck is not None and not scene.english and t.trigger.type in REACTIONS:
        # 頼総統は…と述べており、中国側はこれに反発: what これ points back to was said or done by the
        # subject of a clause before it in the sentence
        back = any(a.text in POINTING_BACK for a in clauses[ck].args("object", "dative"))
        before = [
            i
            for c in clauses
            if back and c.predicate.end <= clauses[ck].predicate.start
            for a in c.args("subject", "topic")
            if a.span.end <= clauses[ck].predicate.start
            for i in clausal.actors_in(a.span, spans)
            if i not in src and i not in silent and types[i] not in ("GPE", "LOC")
        ]
        tgt = before[:1]
    if not tgt and ck is not None and not scene.english and t.trigger.type in REACTIONS:
        # 中国が公表した「標準地図」に抗議: a reaction to a thing is aimed at who made it
        tgt = [i for i in clausal.makers(ck, clauses, spans) if i not in src and i not in silent]
    if (
        not tgt
        and k > 0
        and t.trigger.type in REACTIONS
        and scene.triggers[k - 1].trigger.mode != "mediate"
        and _REPORTED_ACT.search(scene.text[: t.start])
    ):
        # 中国が演習を行ったことを非難: the actor of the reported act is the target (not a mediator:
        # トランプ大統領らの仲介で結ばれた和平合意に違反する行為だと非難)
        tgt = [i for i in scene.roles[k - 1][0] if i not in src and i not in scene.quiet]
    # `A と B が会談`: each is the other's counterpart; in English only two parties are (China's navy
    # held drills: China and its navy are one)
    if t.trigger.frame == "symmetric" and not tgt and len(_parties(scene, src) if scene.english else src) > 1:
        tgt = list(reversed(src))
    if t.trigger.frame == "symmetric" and not tgt and src and not scene.english:
        # イランとの外交関係を正常化することで合意: the one the agreed relation is with
        tgt = [
            i
            for i, m in enumerate(scene.actors)
            if (end := m.span.end - scene.base) <= t.start
            and scene.text.startswith("との", end)
            and i not in src
            and types[i] != "LOC"
        ]
    if not tgt and t.trigger.type == "ASSAULT" and not scene.english:
        # ロシア軍の攻撃で市民5人が死亡した: those the attack killed or hurt
        where = Span(scene.base + t.start, scene.base + t.end)
        hit = clausal.victims(where, clauses, spans)
        tgt = [i for i in hit if i not in src and i not in silent]
        if not tgt and not hit and src and clausal.casualties(where, clauses) is not None:
            # カンボジア軍の砲撃で民間人11人が死亡したとタイ保健省: people of no named country were
            # killed, so of the one other country the sentence names
            tgt = _other_country(scene, src)
    elif not tgt and t.trigger.type == "ASSAULT" and ck is not None:
        # strikes killed 25 people across the Gaza Strip: the people of the place were hit (conducted
        # missile strikes across areas of Pakistan: the verb that carries the noun act)
        hit = clausal.hit_where(ck, clauses, spans) or clausal.hit_where(
            clausal.carrier(ck, clauses), clauses, spans
        )
        tgt = [i for i in hit if i not in src and i not in silent]
    if not tgt and not scene.english and _COUNTERED.match(scene.text, t.end):
        # 中国商務省は、米国による半導体の輸出規制に対抗し、…: an act another side counters is done to
        # that side, the topic of the sentence
        own = {scene.ref(i).country for i in src}
        tgt = [
            i
            for i, m in enumerate(scene.actors)
            if scene.text.startswith("は", m.span.end - scene.base)
            and i not in src
            and scene.ref(i).country not in own
        ][:1]
    if not tgt and t.trigger.type in _ANSWERS and ck is not None and not scene.english:
        # アメリカの和平案について、ハマスは…に同意すると発表した: agreeing to or rejecting a
        # proposal answers whoever made it
        tgt = [i for i in _proposers(scene, ck) if i not in src and i not in silent]
    if (
        not tgt
        and scene.english
        and type_table()[t.trigger.type].verbal
        and (about := _REFERRING_TO.search(scene.text, t.end)) is not None
    ):
        # threatened to cut off that dirty neck, apparently referring to the Japanese prime minister:
        # whom the words are said to refer to
        tgt = [
            i
            for i, m in enumerate(scene.actors)
            if m.span.start - scene.base >= about.end()
            and m.span.start - scene.base - about.end() <= 30
            and i not in src
            and types[i] not in ("GPE", "LOC")
        ][:1]
    if not tgt and t.trigger.type == "THREATEN" and ck is not None and scene.english:
        # is prepared to take all necessary measures if Cambodia persists in its attacks: at whoever
        # the condition names
        tgt = [i for i in clausal.conditioning(ck, clauses, spans) if i not in src]
    if (
        not tgt
        and t.trigger.type == "ASSAULT"
        and ck is not None
        and not scene.english
        and _own_ground(scene, ck)
    ):
        # ポーランド国防省によると、無人機が領空に侵入した: airspace no one owns in the phrase is the
        # reporting side's (カンボジアの国防相は、タイ側が領内に侵入し、…と反論: over the verbs chained)
        reporting = (*sorted(scene.quiet), *_topics(scene, ck, coordinated=True))
        tgt = [i for i in reporting if i not in src and scene.ref(i).country][:1]
    if not tgt and not scene.english and t.trigger.type == "SANCTION" and DESIGNATED.match(scene.text, t.end):
        # ロシアなどの計11団体を輸出禁止措置の対象とした, 北朝鮮の個人も資産凍結の対象とする: what is
        # made the measure's object is whom it falls on
        after = [c for c in clauses if c.predicate.start >= scene.base + t.end]
        named = [
            i
            for a in (after[0].arguments if after else ())
            if a.relation == "object" or a.marker == "も"
            for i in clausal.actors_in(a.span, spans)
            if i not in src
        ]
        tgt = named
    if not tgt and ck is not None and not scene.english and t.trigger.type == "SANCTION":
        # ウクライナに侵攻するロシアなどの計51団体に対し、…追加制裁を了解した: the noun a relative
        # clause modifies, the parse leaving it out of the verb's arguments, is whom the measure is on
        heads = [
            x.head
            for c in clauses
            for x in c.links
            if x.kind == "relative"
            and x.other == ck
            and x.head is not None
            and scene.text.startswith(("に対し", "を"), x.head.end - scene.base)
        ]
        tgt = [i for h in heads for i in clausal.actors_in(h, spans) if i not in src]
    if not tgt and ck is not None and not scene.english and t.trigger.frame == "attack":
        # フーシ派はミサイルを発射したため、アメリカがこれを撃墜した: what これ points back to was
        # sent by whoever sent it
        back = any(a.text.startswith(("これ", "それ")) for a in clauses[ck].args("object"))
        launchers = [
            i
            for j in reversed(range(k))
            if back and type_table()[scene.triggers[j].trigger.type].moves
            for i in scene.roles[j][0]
            if i not in src and i not in silent
        ]
        tgt = launchers[:1]
    if (
        not tgt
        and t.trigger.type == "ASSAULT"
        and ck is not None
        and not scene.english
        and scene.clauses[ck].voice == "passive"
        and clausal.told(ck, clauses)
        and _own_craft(scene, ck)
    ):
        # フィリピン軍は、…向かった輸送船が中国海警局の船から放水銃を発射されたと発表: a state's
        # ship or unit named with no owner in what the state reports is its own
        tgt = [i for i in sorted(scene.quiet) if i not in src and types[i] in ("ORG", "COUNTRY")][:1]
    sides = [*src, *(i for i in tgt if i not in src)]
    if (
        (not src or not tgt)
        and _reciprocal(t.surface)
        and len({scene.ref(i).country for i in sides} - {None}) == 2
    ):
        # fighting on the Thai-Cambodian border, clashes between Thailand and Cambodia: the two
        # countries fight each other
        src, tgt = sides, list(sides)
    if (
        src
        and not tgt
        and len({scene.ref(i).country for i in src} - {None}) == 2
        and _EACH_OTHER.search(scene.text[phrase_start(scene.text, t.start) : t.end + 20])
    ):
        # 両国は…非難を互いに繰り返していた, accused each other: each acts on the other
        tgt = list(reversed(src))
    return src, tgt


# A participle that says whom words are about (apparently referring to X, in an apparent reference to X).
_REFERRING_TO = re.compile(r"\b(?:referring to|in (?:an apparent )?reference to|directed at|aimed at)\s+")
# What a side does against an act right after it (輸出規制に対抗し, 制裁への対抗措置, 攻撃に反発).
_COUNTERED = re.compile(r"(?:に対抗|への対抗|に反発|への反発|への報復|に対する報復|に対する対抗)")
# Acts that answer what another puts to them (agree to a plan, reject a demand).
_ANSWERS = frozenset({"AGREE", "REJECT"})
# Nouns of what one side puts to another (和平案, 提案, 停戦案, 要求): whoever answers it answers its
# maker.
_PROPOSALS = ("案", "提案", "計画", "要求", "要請", "構想")
_ABOUT_MARKERS = ("について", "をめぐ", "を巡", "に関し", "に関する")


def _proposers(scene: Scene, ck: int) -> list[int]:
    """The makers of a proposal that Japanese clause `ck`, or the clause that reports it, is about
    (アメリカの和平案について、ハマスは…に同意すると発表した: the United States): the actor written
    with の right before the proposal's phrase."""
    clauses = scene.clauses
    ks = [ck, *(x.other for x in clauses[ck].links if x.kind == "report" and 0 <= x.other < len(clauses))]
    out: list[int] = []
    for j in ks:
        for a in clauses[j].args("oblique"):
            head = scene.text[a.head.start - scene.base : a.head.end - scene.base]
            if not a.marker.startswith(_ABOUT_MARKERS) or not head.endswith(_PROPOSALS):
                continue
            start = a.span.start - scene.base
            out += [
                i for i, m in enumerate(scene.actors) if scene.text[m.span.end - scene.base : start] == "の"
            ][-1:]
    return out


# Words that make two subjects act on each other (互いに非難, 相互に訪問, accused each other).
_EACH_OTHER = re.compile(r"互いに|お互い|相互に|each other|one another")


@dataclass(frozen=True)
class Discourse:
    """What the document gives a sentence's events: the events coded before in its sentence (`out`)
    and its block (`recent`), the memory of the whole document, the post's author, whether the
    sentence says 両首脳 / both sides before the trigger (`dual`), and the type of an act the
    trigger names again (`referred`)."""

    out: Sequence[Event]
    recent: Sequence[Event]
    memory: Memory
    author: str | None
    dual: bool
    referred: str | None
    antecedent: ActorRef | None = None  # who a pronoun subject names: the last sentence's first actor
    person: ActorRef | None = None  # who he or she names: the last sentence's first person


def _parties(scene: Scene, actors: Sequence[int]) -> set[str]:
    """The parties `actors` make: one per country, or per actor of no country (China and its navy are
    one party)."""
    return {scene.ref(i).country or scene.ref(i).id for i in actors}


def _quoted(scene: Scene, t: TriggerMatch) -> bool:
    """Whether Japanese trigger `t` stands inside a quotation (「…遺憾」と述べた)."""
    return not scene.english and any(q0 <= t.start < q1 for q0, q1 in quotations(scene.text))


def document_sides(
    scene: Scene,
    k: int,
    reading: Reading,
    discourse: Discourse,
    countries: Mapping[str, str],
    generic: GenericNouns,
) -> tuple[list[ActorRef], list[ActorRef], bool]:
    """(source, target, carried) of trigger `k`: `reading`'s actors, completed from the document (see
    the module's account). `carried` says a side came from another sentence. `countries` maps a
    country code to its entity id (the target of a measure over the source's own country)."""
    t = scene.triggers[k]
    by_id, memory = scene.by_id, discourse.memory
    src, tgt = reading.src, reading.tgt
    both: list[ActorRef] = []
    # …met X, and the two agreed: the sentence's own two-party act first
    here = [e for e in discourse.out if _two_party(e)] or [
        e for e in discourse.out if len({r.country for r in (*e.source, *e.target) if r.country}) == 2
    ]  # …攻撃を行い、…報復攻撃をするなど…、両国は停戦に合意: the two sides of the acts before
    pair = here[-1] if here else memory.both()
    if discourse.dual and not src and pair is not None:
        # 両首脳は…で合意した: both parties of the last two-sided event.
        both = unique_actors([*pair.source, *pair.target])
        if pair.mode == "mediate" and len({r.country for r in pair.target if r.country}) >= 2:
            # トルコが…ロシアとウクライナの協議を仲介した。両国は: the two mediated, not the mediator
            both = unique_actors(list(pair.target))
    elif discourse.dual and not src:
        # タイとカンボジアの国境で、両国軍が衝突した: no act between two before, the two countries named
        both = _two_countries(scene, t.start)
    # Subjects are shared within a sentence (…が訪問した際に…を招待): the last event of this
    # sentence comes first, then the last event of the block.
    carry = discourse.out[-1] if discourse.out else _carry(discourse.recent, t.trigger.type, memory)
    # an act received (タンカーが攻撃を受けた) is told from the side it hit, most often with its doer
    # unknown: it is no passive that leaves an actor to carry
    passive = (
        not scene.english
        and reading.clause is not None
        and scene.clauses[reading.clause].voice == "passive"
        and scene.clauses[reading.clause].light not in clausal.RECEIVING
    )
    lone = k == 0 and not scene.actors
    # 欧米をはじめ世界各国に協力を求めた, urged the international community to act: the act is aimed
    # at many, named as such, not at the other side of the last act
    many = (_MANY_EN if scene.english else _MANY).search(scene.text, 0, t.start) is not None
    source = [scene.ref(i) for i in src]
    target = [scene.ref(i) for i in tgt]
    carried = False
    each_other = False  # both parties act on each other (両国軍が衝突した)
    if both:
        source = both
        target = [r for r in target if r.country not in {b.country for b in both}]
        # the two ministers agreed to continue cooperation for the South Korea-Japan-China summit: what
        # the two agree on or talk about names no third party of their agreement or talks (whom they
        # cooperate with, 米国と連携, stays a party of the cooperation)
        two_sided = (
            t.trigger.frame == "symmetric" and t.trigger.type in TWO_PARTY and t.trigger.type in SPEECH_ACTS
        )
        each_other = (not target or two_sided) and (
            t.trigger.frame == "symmetric" or t.trigger.target_required
        )
        target = list(reversed(both)) if each_other else target
        carried = True
    known = memory.by_type.get(t.trigger.type)
    if not src and known is not None and reading.judged:
        # 南ア政府はガザへの攻撃が…違反に当たるとして提訴: the act judged is the one told before
        source, target, carried = list(known.source), target or list(known.target), True
    elif not src and not tgt and not both and known is not None and _told_again(scene, t):
        # 停戦合意が19日発効した。合意は15日、…発表していた: the act told before, its parties
        source, target, carried = list(known.source), list(known.target), True
    elif not both and known is not None and _as_time(scene, t):
        # 首脳会談を行った。中国商務省は会談後、…発表した: the act told before, named as a time; the
        # topic of the verb is none of its parties
        source, target, carried = list(known.source), list(known.target), True
    if not target and t.trigger.mode == "mediate" and not scene.english:
        # 今回の捕虜交換はUAEが仲介した: the parties of the act named before it, as the story told it
        target = _mediated(scene, k, memory, {r.id for r in source})
    elif t.trigger.mode == "mediate" and scene.english and _brokered_deal(scene, reading.clause):
        # the two ministers signed the deal brokered by the United States …in the presence of Rubio: the
        # deal's parties, as the story told them, are whom the mediators brought together
        deal = (
            discourse.out[-1]
            if discourse.out and discourse.out[-1].type == "AGREE"
            else memory.by_type.get("AGREE")
        )
        mediators = {r.id for r in source}
        if deal is not None and not mediators & {r.id for r in (*deal.source, *deal.target)}:
            target = unique_actors([*deal.source, *deal.target])
    if t.trigger.type == "PROTEST" and (embassy := _embassy(scene, t, countries)):
        # 北京の米国大使館前で抗議デモ: a protest at a country's embassy is against that country,
        # which is no protester
        source = [r for r in source if r.id not in {x.id for x in embassy}]
        target = embassy
    named = discourse.referred  # the type of an act reported before
    told = memory.last if named == LAST_ACT else memory.by_type.get(named) if named else None
    if not target and told is not None:
        # 演習を非難 / 拿捕は…と非難 / condemned the attack: the act named is one reported before;
        # its actor is the target.
        target = [r for r in told.source if r.id not in {x.id for x in source}]
    elif told is not None and scene.english and t.trigger.type in REACTIONS:
        # condemned an attack on buildings housing Hamas members, condemned the strike as a violation
        # of Qatar's integrity: with the sentence naming none who did the act, its actor is the
        # target, not whom or what it hit
        doers = [r for r in told.source if r.id not in {x.id for x in source}]
        if doers and not {r.country for r in target} & {r.country for r in doers}:
            target = doers
    # `We urge…` in a post: the author speaks, no actor of an earlier sentence
    ck = reading.clause
    first_person = scene.english and (
        (ck is not None and any(a.text.lower() in ("we", "i") for a in scene.clauses[ck].args("subject")))
        # "We will take all steps necessary to defend…," said a spokesman: a speaker's own words
        or _WE_QUOTED.search(scene.text, 0, t.start) is not None
    )
    pronoun = (
        scene.english
        and ck is not None
        and any(a.text.lower() in PRONOUNS for a in scene.clauses[ck].args("subject"))
    )
    state = [] if source else _state(scene, reading.clause, t, target, countries)
    if first_person:
        pass
    elif state:
        # 野党指導者が逮捕された: no one named, an arrest is the state's
        source = state
    elif (
        pronoun
        and not source
        and not target
        and t.trigger.frame == "symmetric"
        and t.trigger.type in TWO_PARTY
        and pair is not None
        and ck is not None
        and any(a.text.lower() == "they" for a in scene.clauses[ck].args("subject"))
    ):
        # He met with Japan's prime minister. They agreed to…: "they" after a meeting are its two
        # parties, each the other's
        source = unique_actors([*pair.source, *pair.target])
        target, carried = list(reversed(source)), True
    elif pronoun and not source and (antecedent := _antecedent(scene, ck, discourse)) is not None:
        # China's coast guard said… It urged Manila to withdraw: the pronoun names the actor the
        # sentence before began with; he or she a person (…, Japan's defence minister said. He
        # condemned…: the minister, not the country the sentence began with)
        source, carried = [antecedent], True
    elif reading.quoted_topic:
        pass  # 「カタール国内への一方的な攻撃は…」: an act judged in a quotation carries no actor
    elif (
        not source
        and not target
        and carry is not None
        and (lone or not _own_subject(scene, ck))
        and t.trigger.type in REACTIONS
        and (teller := _teller(carry, by_id))
    ):
        # ウクライナ外務省は、ロシア軍がキーウを攻撃したと発表した。そのうえで、…と強く非難した:
        # who told of the act reacts to it, at whoever did it
        source, target, carried = [teller], [r for r in carry.source if r.id != teller.id], True
    elif not source and not target and carry is not None and lone and not _avenged(scene, ck, t):
        source, target, carried = list(carry.source), [] if many else list(carry.target), True
    elif (
        not source
        and carry is not None
        and carry.source
        and (passive or not _own_subject(scene, ck))
        and not _avenged(scene, ck, t)
    ):
        # …体当たりしたと非難されている: who is acted on does not act on itself; the subject of a
        # passive (拘束されていた日本人が解放された) is acted on, so it leaves the actor to carry
        aimed = {r.id for r in target} if passive else set()
        source = [r for r in carry.source if r.id not in aimed]
        carried = bool(source)
        if (
            not target
            and t.trigger.frame == "symmetric"
            and t.trigger.type in TWO_PARTY
            and _two_party(carry)
            and not any(ty in _PARTY_TYPES for ty in scene.types)
        ):
            # …と会談した。…の重要性で一致し: with no party named, the parties of the meeting told
            # before agree, as 両首脳は would say
            target = [r for r in carry.target if r.id not in {x.id for x in source}]
        elif not target and carry.type == type_table()[t.trigger.type].joint:
            # 中ロの爆撃機が共同飛行した。…共同飛行を実施した: the act done together again, by the same
            # parties with each other
            target = list(carry.target)
    if (
        not source
        and target
        and t.trigger.type == "ASSAULT"
        and passive
        and reading.clause is not None
        and not scene.clauses[reading.clause].args("subject", "topic")
    ):
        # 一方のタイ軍は…ロケット砲で攻撃されたと発表した: an attack told from the side it hit, with
        # no doer and no subject of its own named, is done by the other side of the last act between
        # that side and another
        source = _counterpart(target, [*discourse.recent, *discourse.out])
        carried = carried or bool(source)
    author = discourse.author
    if not source and author and t.trigger.type in AUTHOR_SPEAKS:
        source = [entity_ref(author, by_id)]
    source = unique_actors(source)
    # インドとパキスタンの間で衝突: each side is the other's target, whatever the frame
    mutual = each_other or (bool(src) and set(src) == set(tgt) and len(src) > 1)
    target = [r for r in unique_actors(target) if r.id not in {s.id for s in source}] or (
        unique_actors(target) if t.trigger.frame == "symmetric" or state or mutual else []
    )
    # a state acts on its own people (ロシアの野党指導者が逮捕された: Russia on Russia)
    target = target if state or mutual else _two_sided(source, target)
    own = {r.country for r in source} - {None}
    if type_table()[t.trigger.type].outward and not state and own and {r.country for r in target} <= own:
        target = []  # 日本からの輸出を禁止: the goods' origin, not whom the measure is on
    if t.trigger.type in REACTIONS and any(r.country and r.country not in own for r in target):
        # protested Seoul's sanctions on Russian vessels: a reaction aims abroad, not at what of
        # its own the act it answers fell on
        target = [r for r in target if r.country not in own]
    ours = bool(target) and {r.country for r in target} <= own
    if t.trigger.type == "THREATEN" and scene.english and own and ours:
        # warned his government would take action against attacks by X's coast guard: whom the
        # warned act is against, not the speaker's own side that would do it
        after = [
            scene.ref(i)
            for i, m in enumerate(scene.actors)
            if m.span.start - scene.base >= t.end and scene.types[i] not in ("GPE", "LOC")
        ]
        foreign = unique_actors(r for r in after if r.country and r.country not in own)
        # (with no one else named, a warning that the speaker's own country will act is aimed at the
        # other side of the last act: warned that America would respond; police on rallies at home
        # are aimed at home)
        whole = all((e := by_id.get(r.id)) is not None and e.type == "COUNTRY" for r in target)
        target = foreign or ([] if whole else target)
    if (
        type_table()[t.trigger.type].about
        and not scene.english
        and own
        and {r.country for r in target} <= own
    ):
        # 高市首相の発言をめぐっては、中国外務省が…、文化観光省も反発を強めている, 高市首相の答弁について
        # 撤回を求めた: a reaction or request aimed at no one abroad is aimed at whose remark or act
        # the sentence is about
        target = _about_owners(scene, own) or target
    if generic.is_forum(t.surface):
        # 中国をWTOに提訴, WTOへの提訴を取り下げ: the international body (an organisation of
        # the knowledge base that is no one country's) a case goes before hears it
        target = [r for r in target if not _international(r, by_id)]
    if (
        not target
        and not scene.english
        and t.trigger.type in REACTIONS
        and (judged := [j for j, u in enumerate(scene.triggers[:k]) if _judged_subject(scene, u) is not None])
    ):
        # ロシアの侵攻は国際法違反に当たるとして非難, 南ア政府はガザへの攻撃が…違反に当たるとして
        # 提訴: who did the act judged (named with it, else told before) is the one the reaction is
        # aimed at
        doers = [scene.ref(i) for i in clause_sides(scene, judged[-1]).src]
        if not doers and discourse.out and discourse.out[-1].type == scene.triggers[judged[-1]].trigger.type:
            doers = list(discourse.out[-1].source)
        target = [r for r in doers if r.id not in {x.id for x in source}]
    if (
        # urged both nations to exercise maximum military restraint: the two addressed, whatever is
        # named in what they are asked to do
        (not target or scene.english)
        and pair is not None
        and (
            _BOTH_ADDRESSED_EN.match(scene.text, t.end)
            if scene.english
            else _BOTH_ADDRESSED.search(scene.text, 0, t.start)
        )
    ):
        # 双方に自制を求めた, called on both countries to exercise restraint: the two sides of the last
        # two-sided act are addressed
        ids = {r.id for r in source}
        target = [r for r in unique_actors([*pair.source, *pair.target]) if r.id not in ids]
    conflict = memory.sides or pair
    if (
        not target
        and t.trigger.type == "REQUEST"
        and conflict is not None
        and (
            _RESTRAINT_EN.match(scene.text, t.end)
            if scene.english
            else _RESTRAINT.search(scene.text, max(0, t.start - 10), t.end)
        )
    ):
        # China and the EU called for restraint, 国連は自制を求めた: with no one named, restraint is
        # asked of the two sides of the last act between two countries
        ids = {r.id for r in source}
        target = [r for r in unique_actors([*conflict.source, *conflict.target]) if r.id not in ids]
    if not target and t.trigger.type in ("THREATEN", "MOBILIZE"):
        # 辞任を求め、応じなければ…と警告した: a threat made with a demand backs it, at the one asked;
        # a threat or a show of force made with a condemnation (called the offensive unjustified and
        # warned of consequences; 演習を非難し、部隊を派遣して監視), at the one condemned
        ids = {r.id for r in source}
        backed = ("REQUEST", "ACCUSE") if t.trigger.type == "THREATEN" else ("ACCUSE", "THREATEN")
        asked = [e for e in discourse.out if e.type in backed and ids & {r.id for r in e.source}]
        target = [r for r in asked[-1].target if r.id not in ids] if asked else []
    if not target and source and t.trigger.type in _AGREEING and not scene.english:
        # Xと電話会談し、…連携することで一致した: the other side of the talks this sentence told of
        # before agrees too; both are its parties, each the other's counterpart
        other = _counterpart(source, [e for e in discourse.out if e.type == "CONSULT"])
        if other:
            source = unique_actors([*source, *other])
            target = list(reversed(source))
            carried = True
    if not target and source and t.trigger.type in _OFFERED and not scene.english:
        # Xと電話会談し、…支援の実施を表明した: what is offered in talks this sentence told of goes
        # to the other side of the talks
        target = _counterpart(source, [e for e in discourse.out if e.type == "CONSULT"])
        carried = carried or bool(target)
    answering = (
        t.trigger.type in COUNTERPART
        or t.surface.startswith(_RETALIATION)
        # retaliated with shelling, in retaliation, launched retaliatory strikes: force that answers
        or (scene.english and _RETALIATING_EN.search(scene.text, 0, t.end) is not None)
    )
    if not target and answering and not t.trigger.self_target and not many:
        # 中国外務省は…応じられないと述べた: the other side of the last act between two
        # countries; English names its parties in the sentence, so only earlier sentences count
        # a denial answers the claim before it, in its own sentence too (accused India of…, a charge
        # New Delhi denied), as does a rejection of a claim it names (a charge New Delhi rejected)
        denial = t.surface.lower().startswith("den") or _ANSWERING.search(scene.text, 0, t.start) is not None
        own_sentence = not scene.english or denial or t.trigger.type == "THREATEN"
        earlier = [*discourse.recent, *discourse.out] if own_sentence else discourse.recent
        if denial:
            # Pakistan denied any involvement: a denial answers a side, not a third party that called
            # on both sides (China called on both countries to exercise restraint)
            own = {r.country for r in source if r.country}
            earlier = [
                e
                for e in earlier
                if not (own & {r.country for r in e.target} and len({r.country for r in e.target}) > 1)
            ]
        if t.trigger.type in ("MOBILIZE", "ASSAULT"):
            earlier = _force_answers(scene, t, ck, source, earlier, discourse)
        target = _counterpart(source, earlier)
    home = generic.home_country
    if (
        not target
        and t.trigger.type == "ASSAULT"
        and not scene.english
        and home is not None
        and home in countries
        and (
            _own_ground(scene, ck)
            if ck is not None
            # the noun act names the ground itself, told by the home country's side
            else t.surface.startswith(_OWN_GROUND)
            and home in {scene.ref(i).country for i in range(len(scene.actors))}
        )
        and home not in {r.country for r in source}
    ):
        # ロシア軍機が領空を侵犯した, with no one reporting: the home country's airspace (中国軍機に
        # よる領空侵犯について: the noun act names the ground itself)
        target = [ActorRef(countries[home], home, None)]
    if not target and t.trigger.self_target:
        # 非常戒厳を宣言: over the source's country (a state may act over itself; a person not)
        target = own_countries(source, by_id, countries)
    if (
        not target
        and passive
        and reading.clause is not None
        and not scene.clauses[reading.clause].args("subject", "topic")
        and (before := memory.by_type.get(t.trigger.type)) is not None
        and before.target
        and {r.country for r in source} & {r.country for r in before.source}
    ):
        # 中国当局に拘束された日本人男性…昨年10月に正式に逮捕され: a state's act told in the passive
        # with no one named it is done to is done again to whom the state did it before
        target = list(before.target)
    return source, target, carried


def _mediated(scene: Scene, k: int, memory: Memory, mediators: set[str]) -> list[ActorRef]:
    """The parties of the last act named in trigger `k`'s sentence before it that the story told
    before, unless a mediator is one of them."""
    for other in reversed(scene.triggers[:k]):
        act = memory.by_type.get(other.trigger.type)
        if act is not None and not mediators & {r.id for r in (*act.source, *act.target)}:
            return unique_actors([*act.source, *act.target])
    return []


def _brokered_deal(scene: Scene, ck: int | None) -> bool:
    """Whether English clause `ck` is a relative clause on a deal, an agreement or a truce (the deal
    brokered by Qatar)."""
    if ck is None:
        return False
    heads = [x.head for x in scene.clauses[ck].links if x.kind == "relative" and x.head is not None]
    heads += [
        a.span
        for x in scene.clauses[ck].links
        if x.kind == "relative" and 0 <= x.other < len(scene.clauses)
        for a in scene.clauses[x.other].args("object", "subject")
    ]
    return any(_DEAL.search(scene.text[h.start - scene.base : h.end - scene.base]) is not None for h in heads)


_DEAL = re.compile(
    r"\b(?:deal|agreement|accord|pact|ceasefire|truce|treaty|swap|exchange)s?\b", re.IGNORECASE
)


def _avenged(scene: Scene, ck: int | None, t: TriggerMatch) -> bool:
    """Whether clause `ck`, or the noun act `t` where it is no clause's predicate, tells the act a
    retaliation answers (…が殺害されたことへの報復だ, …で起きたテロに対する報復として) or an act
    that happened with no doer named (…で起きたテロ): the other side did it, or no one named, so no
    actor of the sentences before carries over to it."""
    if scene.english:
        return False
    if ck is None:
        return bool(
            _ANSWERED_NOUN.match(scene.text, t.end) or _HAPPENED_BEFORE.search(scene.text, 0, t.start)
        )
    return any(
        x.kind == "subordination"
        and 0 <= x.other < len(scene.clauses)
        and scene.clauses[x.other].lemma.startswith(_RETALIATION)
        for x in scene.clauses[ck].links
    )


# A noun act a retaliation answers, right after it (テロに対する報復, 攻撃への反撃).
_ANSWERED_NOUN = re.compile(r"(?:に対する|に対して|に対し|への)(?:報復|反撃|応戦)")
# A relative clause of happening right before a noun act (…で起きたテロ, 発生した爆破事件).
_HAPPENED_BEFORE = re.compile(r"(?:起き|起こっ|発生し|生じ)た$")


# Words of force that answers force (報復攻撃, 反撃作戦): aimed, when no target is named, at the other
# side of the last act between the two, as a reaction is.
_RETALIATION = ("報復", "反撃", "応戦", "反攻")
_RETALIATING_EN = re.compile(r"\bretaliat", re.IGNORECASE)
# Acts two sides do together, that talks before them in a sentence end in (会談し、…で一致した).
_AGREEING = frozenset({"AGREE", "COOPERATE"})
# A country's mission as the place something happens (米国大使館前で, 日本総領事館の前に): where a
# protest against that country is held; the mission as an object (大使館を爆撃) is no place.
_MISSION = "(?:大使館|総領事館|領事館)"
_AT = r"(?:の?(?:前|周辺|付近|近く))?(?:で|に|まで)"
_MISSION_PLACE = re.compile(_MISSION + _AT)
_AT_PLACE = re.compile(_AT)


# What lists names as one (メキシコとカナダ, 米国や英国, 日・米・韓).
_LISTING = re.compile(r"[とや・、]|および|及び|ならびに")


def _inside_word(scene: Scene, i: int) -> bool:
    """Whether actor `i` is written right after a kanji, inside a word (訪米中の: 米 and 中 name no one
    listed)."""
    at = scene.spans[i].start - scene.base
    return at > 0 and is_kanji(scene.text[at - 1])


def _owners_of(scene: Scene, ids: Sequence[int]) -> list[int]:
    """The countries written with の right before the actors `ids` (インドの外相: India)."""
    return [
        k
        for j in ids
        for k, span in enumerate(scene.spans)
        if scene.types[k] == "COUNTRY"
        and not _inside_word(scene, k)
        and span.end + 1 == scene.spans[j].start
        and scene.text.startswith("の", span.end - scene.base)
    ]


def _listed(scene: Scene, first: int, second: int) -> bool:
    """Whether actor `first` is written right before `second` with a listing word alone between."""
    gap = scene.text[scene.spans[first].end - scene.base : scene.spans[second].start - scene.base]
    glued = (
        scene.spans[first].end == scene.spans[second].start
        and not scene.english
        and not _inside_word(scene, first)
    )
    if glued and scene.types[first] == scene.types[second] == "COUNTRY":
        return True  # 米英, 日米: countries written one after another name both
    # アラブ首長国連邦(UAE)、バーレーン: a gloss in brackets belongs to the name before it
    if _LISTING.fullmatch(after_gloss(gap)) is not None:
        return True
    if scene.english:
        return False
    # アメリカ・トランプ大統領、中国・習近平国家主席: each name may open with its country
    start, end = scene.spans[first].end, scene.spans[second].start
    owners = [
        i
        for i, span in enumerate(scene.spans)
        if start <= span.start
        and span.end <= end
        and scene.types[i] == "COUNTRY"
        and scene.text.startswith("・", span.end - scene.base)
    ]
    if not owners:
        return False
    for i in sorted(owners, key=lambda i: -scene.spans[i].start):
        a, b = scene.spans[i].start - start, scene.spans[i].end - start + 1
        gap = gap[:a] + gap[b:]
    return _LISTING.fullmatch(gap) is not None


def _listed_around(scene: Scene, ids: Sequence[int]) -> list[int]:
    """The actors of the same type joined to one of `ids` by a listing word alone, before or after it,
    one after another (王毅外交部長及び趙兌烈外交部長官: each is listed with the other)."""
    out: list[int] = []
    joined = list(ids)
    grew = True
    while grew:
        grew = False
        for i in range(len(scene.actors)):
            if i in joined:
                continue
            for j in joined:
                if scene.types[i] == scene.types[j] and (_listed(scene, i, j) or _listed(scene, j, i)):
                    out.append(i)
                    joined.append(i)
                    grew = True
                    break
    return out


# What follows a visit written as the state of the one it modifies (訪日中の, 訪米している).
_VISITING = re.compile(r"(?:中の|している|していた|した)")


def _visiting(scene: Scene, t: TriggerMatch) -> list[int]:
    """The people a visit modifies (訪日中の王毅外交部長, 訪米した首相), and those listed with them."""
    m = _VISITING.match(scene.text, t.end)
    if m is None:
        return []
    first = next(
        (
            i
            for i, x in enumerate(scene.spans)
            if x.start - scene.base == m.end() and scene.types[i] == "PERSON"
        ),
        None,
    )
    if first is None:
        return []
    return [first, *_listed_around(scene, [first])]


def _listed_with(scene: Scene, tgt: Sequence[int], ctgt: Sequence[int]) -> list[int]:
    """The actors of the parse's targets `ctgt` written right before or after one of `tgt` and
    joined to it by a listing word alone, one after another: listed with it, so acted on too
    (カタールはハマスおよびイスラエルと協議)."""
    out: list[int] = []
    joined = list(tgt)
    for i in sorted(ctgt, key=lambda i: scene.spans[i].start):
        if i in joined:
            continue
        if any(_listed(scene, j, i) or _listed(scene, i, j) for j in joined):
            out.append(i)
            joined.append(i)
    return out


def _claimant(scene: Scene, k: int, ck: int) -> list[int]:
    """Who makes the claim trigger `k` ends on (…したと主張), where the trigger begins on the act
    claimed (clause `ck`): the topic or subject of the claim's own verb, else of the clause the
    act's clause is reported by; none where the claim's verb is the act's own clause."""
    t = scene.triggers[k]
    end = Span(scene.base + t.end - 1, scene.base + t.end)
    claim = next((j for j, c in enumerate(scene.clauses) if c.predicate.overlaps(end)), None)
    if claim is None or claim == ck:
        return clausal.topics_above(ck, scene.clauses, scene.spans)
    return clausal.own_subject(claim, scene.clauses, scene.spans) or clausal.topics_above(
        ck, scene.clauses, scene.spans
    )


def _embassy(scene: Scene, t: TriggerMatch, countries: Mapping[str, str]) -> list[ActorRef]:
    """The countries whose embassy or consulate a Japanese sentence names before the trigger
    (米国大使館前で; 日本大使館前, one name as the parse reads it): where a protest is held against
    them."""
    if scene.english:
        return []
    out = []
    for i, m in enumerate(scene.actors):
        end = m.span.end - scene.base
        ref = scene.ref(i)
        if end > t.start or not ref.country:
            continue
        if scene.types[i] == "COUNTRY" and _MISSION_PLACE.match(scene.text, end):
            out.append(ref)
        elif (
            scene.types[i] != "COUNTRY"
            and re.search(_MISSION + "(?:前|周辺|付近)?$", m.surface)
            and _AT_PLACE.match(scene.text, end)
        ):
            out += own_countries([ref], scene.by_id, countries)  # 日本大使館前で, one name
    return unique_actors(out)


# A country's name, then a noun of nearness and で or に (台湾周辺で, フィリピン近海に, 韓国との国境付近で).
_NEAR_PLACE = re.compile(rf"(?:の|との国境)?(?:{'|'.join(NEAR)})(?:で|に)")


def near(scene: Scene, t: TriggerMatch, source: Sequence[ActorRef]) -> list[ActorRef]:
    """The countries and places of countries other than the source's named before the trigger as near
    where it happens (台湾周辺で, 尖閣諸島周辺で, 韓国との国境付近で; in English anywhere in the
    sentence: near Taiwan, around Taiwan, a country after at): whom a show of force there is aimed
    at."""
    own = {r.country for r in source}
    out = []
    for i, m in enumerate(scene.actors):
        start, end = m.span.start - scene.base, m.span.end - scene.base
        ref = scene.ref(i)
        if scene.english:
            # drills near Taiwan, exercises around the island of Taiwan
            placed = _NEAR_EN.search(scene.text, 0, start) is not None or (
                scene.types[i] == "COUNTRY" and _AT_COUNTRY_EN.search(scene.text, 0, start) is not None
            )
        else:
            placed = end <= t.start and _NEAR_PLACE.match(scene.text, end) is not None
        if placed and scene.types[i] in ("COUNTRY", "GPE", "LOC") and ref.country and ref.country not in own:
            out.append(ref)
    return unique_actors(out)


# A Japanese launch's destination: the name, words of its own (全土の標的), に or へ (ウクライナに
# 向けて, キーウ各地に), where で is a place an act happens in (ビキニ環礁で水爆実験).
_DESTINATION = re.compile(r"[^、。をがはでと]{0,10}?(?:に|へ)")
# A destination that is no ground hit: toward it, over it, off its coast, its waters.
_SHY_OF = re.compile(r"方向|方面|上空|沖|近海|周辺|付近|国境|排他的経済水域|EEZ|領海|領空")
# An English destination that is hit (at Ukraine, on Kyiv, into Israel, at northern Israel, at the
# city of Lviv), where toward or over is not.
_HIT_EN = re.compile(r"\b(?:at|on|into|against)\s+(?:(?!toward|over|near)[a-z-]+\s+){0,3}$")
# Ground a launch toward it hits (missiles toward several Israeli cities, drones toward Russian bases).
_GROUND_EN = re.compile(
    r"\s+(?:cities|city|towns?|villages?|bases?|airbases?|positions?|targets?|territory|capital|homes)\b"
)
# What an English launch goes into without hitting anyone (fired a missile into the sea).
_OPEN_WATER = frozenset({"sea", "waters", "ocean", "direction", "air", "sky", "space", "orbit"})


def _aimed_en(c: Clause) -> list[Argument]:
    """What an English launch clause `c` aims at: its `at` and `against` obliques."""
    return [a for a in c.args("oblique") if a.marker in ("at", "against")]


def fired_at(
    scene: Scene, ck: int | None, tgt: Sequence[int], loc: int | None, source: Sequence[ActorRef]
) -> bool:
    """Whether a launch whose clause `ck` reads `tgt` as its target, or `loc` as its place, hits
    another country's ground there (ウクライナ全土の標的に向けて…発射, キーウに向けて, fired drones
    at Ukraine, fired rockets at a naval base near Haifa), not the sea or the air toward it
    (日本海に向けて, toward Japan, 日本の排他的経済水域に, into the sea)."""
    if (
        scene.english
        and ck is not None
        and any(a.text.lower() not in _OPEN_WATER for a in _aimed_en(scene.clauses[ck]))
    ):
        return True
    own = {r.country for r in source}
    for i in [*tgt, *([loc] if loc is not None else [])]:
        ref = scene.ref(i)
        if scene.types[i] not in ("COUNTRY", "GPE") or not ref.country or ref.country in own:
            continue
        start, end = scene.actors[i].span.start - scene.base, scene.actors[i].span.end - scene.base
        if scene.english:
            if _HIT_EN.search(scene.text, 0, start) or _GROUND_EN.match(scene.text, end):
                return True
        elif (to := _DESTINATION.match(scene.text, end)) and not _SHY_OF.search(to.group(0)):
            return True
    return False


def fired_into(scene: Scene, ck: int | None, source: Sequence[ActorRef]) -> list[ActorRef]:
    """Japanese: the other country whose ground a launch told by clause `ck` is aimed at, by the に of
    the launch or of the 向ける clause under it (シリアの空軍基地の航空機やレーダーなどに向け発射: Syria),
    not the sea or the air toward it (日本海に向けて, 日本のEEZに); none if it names none. English: the
    other country's actors its `at` or `against` names (fired 30 missiles at Kyiv)."""
    if ck is None:
        return []
    clauses, own = scene.clauses, {r.country for r in source}
    if scene.english:
        refs = [scene.ref(i) for a in _aimed_en(clauses[ck]) for i in clausal.actors_in(a.span, scene.spans)]
        return unique_actors(r for r in refs if r.country and r.country not in own)
    joined = [
        *clausal.linked_to(clauses, "subordination", {ck}),
        *clausal.linked_to(clauses, "coordination", {ck}),
    ]
    aiming = [j for j in joined if clauses[j].lemma == "向ける"]
    out = []
    for j in (ck, *aiming):
        for a in clauses[j].args("dative"):
            if not a.marker.removeprefix("など").startswith(("に", "へ")):
                continue
            if _SHY_OF.search(scene.text, a.span.start - scene.base, a.span.end - scene.base):
                continue
            for i in clausal.actors_in(a.span, scene.spans):
                ref = scene.ref(i)
                if scene.types[i] in ("COUNTRY", "GPE") and ref.country and ref.country not in own:
                    out.append(ref)
    return unique_actors(out)


def _state(
    scene: Scene, ck: int | None, t: TriggerMatch, target: list[ActorRef], countries: Mapping[str, str]
) -> list[ActorRef]:
    """The state that does an act only states do (`state` modes in types.yaml: an arrest, an
    execution) told in a Japanese passive that names no agent: the country of the place it happens in
    (日本人男性が中国で拘束された), else its patient's own (ロシアの野党指導者が逮捕された)."""
    if scene.english or ck is None or t.trigger.mode not in type_table()[t.trigger.type].state:
        return []  # English names who arrests (police arrested…, was arrested by police)
    clause = scene.clauses[ck]
    if clause.voice != "passive" or clause.args("agent"):
        return []
    for a in clause.args("oblique"):
        if a.marker.startswith(clausal.PLACE_MARKERS):
            # 中国遼寧省大連|市で: the parse may cut the place's name off; the names it overlaps and
            # those glued before them are of it
            inside = [i for i, x in enumerate(scene.spans) if x.overlaps(a.span)]
            start = min([a.span.start, *(scene.spans[i].start for i in inside)])
            while (glued := next((i for i, x in enumerate(scene.spans) if x.end == start), None)) is not None:
                inside, start = [glued, *inside], scene.spans[glued].start
            places = [scene.ref(i) for i in inside if scene.ref(i).country]
            if places:
                return own_countries(places[-1:], scene.by_id, countries)
    own = {r.country for r in target}
    for a in clause.args("subject"):
        # ウラジオストクの日本総領事館の領事が拘束された: a place abroad the patient is named at is
        # where the act happened
        named = [scene.ref(i) for i in clausal.actors_in(a.span, scene.spans) if scene.types[i] == "GPE"]
        abroad = [r for r in named if r.country and r.country not in own]
        if abroad:
            return own_countries(abroad[:1], scene.by_id, countries)
    return own_countries(target, scene.by_id, countries)


# A phrase that opens with a possessive pronoun (its airspace, their positions).
_POSSESSIVE = re.compile(r"(?:its|their)\b", re.IGNORECASE)


def _possessed_by_main_subject(scene: Scene, ck: int, src: list[int]) -> list[int]:
    """The actors of the subject of the clause English clause `ck` is subordinated to, when what
    `ck` acts on opens with its or their (…after a Chinese aircraft violated its airspace)."""
    clauses = scene.clauses
    up = [x.other for x in clauses[ck].links if x.kind == "subordination" and 0 <= x.other < len(clauses)]
    if not up:
        return []
    owned = any(
        _POSSESSIVE.match(scene.text, a.span.start - scene.base)
        for a in clauses[ck].args("object", "dative", "oblique")
    )
    # Poland shot down drones in its airspace: `its` is the clause's own subject's, when that subject
    # is a named actor rather than a craft of one
    named = any(
        a.span.start <= scene.spans[i].start and scene.spans[i].end >= a.head.end
        for a in clauses[ck].args("subject")
        for i in clausal.actors_in(a.span, scene.spans)
    )
    if not owned or named:
        return []
    return [
        i
        for j in up
        for a in clauses[j].args("subject")
        for i in clausal.actors_in(a.span, scene.spans)
        if i not in src
    ]


def _owned_by_reporter(
    scene: Scene, ck: int, relations: tuple[Relation, ...] = ("object", "dative", "oblique")
) -> bool:
    """Whether what an English clause reported by the sentence's speaker acts on (or, with
    `relations`, who acts) is the speaker's own, by a possessive (rammed one of its patrol vessels,
    attacked their positions; its forces conducted strikes)."""
    clause = scene.clauses[ck]
    # shelled and launched air strikes on its territory: a clause coordinated with the reported one
    # is reported too
    joined = [scene.clauses[x.other] for x in clause.links if x.kind == "coordination"]
    if not any(link.kind == "report" for c in (clause, *joined) for link in c.links):
        return False
    for a in clause.args(*relations):
        # the phrase, or what a head of it starts (one of its vessels)
        start = a.span.start - scene.base
        words = scene.text[start : max(a.span.end - scene.base, start + 24)].lower().split()
        if any(w in ("its", "their") for w in words[:3]):
            return True
    return False


def _told_again(scene: Scene, t: TriggerMatch) -> bool:
    """Whether a Japanese noun act stands bare as the topic (合意は…): the act the story told before."""
    bare = t.start == phrase_start(scene.text, t.start)
    return not scene.english and bare and scene.text.startswith("は", t.end)


# A bare noun act named as the time of another (会談後、, 会談の後に, 協議の前に).
_AS_TIME = re.compile(r"(?:の)?(?:後|前|直後|直前|以降)(?:、|に|で|は)")


def _as_time(scene: Scene, t: TriggerMatch) -> bool:
    """Whether a Japanese noun act stands bare as the time of another act (会談後、…発表した): the
    act the story told before."""
    bare = t.start == phrase_start(scene.text, t.start) or scene.text.endswith("は", 0, t.start)
    return not scene.english and bare and _AS_TIME.match(scene.text, t.end) is not None


def phrase_start(text: str, i: int) -> int:
    """Where the phrase holding position `i` starts: after the last comma, bracket or sentence start."""
    j = max(text.rfind(c, 0, i) for c in "、。「」")
    return j + 1


# Subjects that name the topic's own (自軍が, 自国が): who they belong to is the topic above.
_REFLEXIVE = ("自軍", "自国", "自派")
# A country's forces named with no country (空軍が, 海軍が; 軍が, 部隊が as the whole subject).
_BARE_FORCES = ("空軍", "海軍", "陸軍")
_BARE_FORCE_WORDS = frozenset({"軍", "国軍", "軍隊", "部隊"})


# What an act is done as, answering another side (Xへの報復として, Xに対する対抗措置として).
_ANSWERED_AS = re.compile(r"(?:への|に対する)(?:報復|対抗措置|対抗|反撃|制裁)(?:措置)?(?:として|で|のため)")


def _answered(scene: Scene, t: TriggerMatch) -> list[int]:
    """The actors written before trigger `t` as whom its act answers (イスラエルへの報復として)."""
    return [
        i
        for i, span in enumerate(scene.spans)
        if span.end - scene.base <= t.start and _ANSWERED_AS.match(scene.text, span.end - scene.base)
    ]


def _other_country(scene: Scene, src: list[int]) -> list[int]:
    """The country actor of the one country a sentence names besides the countries of `src`."""
    own = {scene.ref(i).country for i in src}
    others = {
        r.country for i in range(len(scene.actors)) if (r := scene.ref(i)).country and r.country not in own
    }
    if len(others) != 1:
        return []
    of_it = [i for i in range(len(scene.actors)) if scene.ref(i).country in others]
    # a country first, then a party, then who reports it (カンボジア政府は…死亡したと発表した)
    return sorted(of_it, key=lambda i: (scene.types[i] != "COUNTRY", i in scene.quiet))[:1]


# Predicates that judge what their subject is (攻撃が条約違反に当たる, 国際法に違反する).
_JUDGING = frozenset({"当たる", "該当", "相当", "違反", "抵触"})


def _judged_subject(scene: Scene, t: TriggerMatch) -> list[int] | None:
    """The actors inside the subject that trigger `t` heads, where it is the subject of a judgement
    (南ア政府はガザへの攻撃が条約違反に当たるとして提訴: only ガザ), else None: only they are the
    act's parties; the topic of the sentence judges it and does not do it."""
    span = Span(scene.base + t.start, scene.base + t.end)
    for c in scene.clauses:
        if c.lemma not in _JUDGING:
            continue
        for a in c.args("subject", "topic"):
            if a.head.overlaps(span):
                start = a.head.start - scene.base
                return [
                    i
                    for i, x in enumerate(scene.spans)
                    if a.span.contains(x)
                    or (x.end <= a.head.start and _OWNER_GAP.fullmatch(scene.text, x.end - scene.base, start))
                ]
    return None


# What lies between an owner and the noun it owns (ロシアの侵攻, 中国の一方的な行動).
_OWNER_GAP = re.compile(r"の(?:[^、。「」はがをにと]{0,8}の)?[^、。「」はがをにと]{0,8}")


# The border two countries share, named after them (タイとカンボジアの国境, 両国の国境地帯).
_BORDER = re.compile(r"の?(?:国境|境界)")


def _border_of(scene: Scene, before: int) -> list[int]:
    """The two countries named as `AとBの国境` before offset `before`, if any."""
    for i, j in itertools.pairwise(range(len(scene.actors))):
        a, b = (scene.actors[x].span for x in (i, j))
        if (
            scene.types[i] == scene.types[j] == "COUNTRY"
            and b.end - scene.base < before
            and scene.text[a.end - scene.base : b.start - scene.base] == "と"
            and _BORDER.match(scene.text, b.end - scene.base)
        ):
            return [i, j]
    return []


def _two_countries(scene: Scene, before: int) -> list[ActorRef]:
    """The countries a sentence names before offset `before`, when there are exactly two."""
    found = unique_actors(
        [
            scene.ref(i)
            for i, m in enumerate(scene.actors)
            if scene.types[i] == "COUNTRY" and m.span.start - scene.base < before
        ]
    )
    return found if len({r.country for r in found}) == 2 else []


# A country's own ground, sea or air, named with no owner (領空に侵入, 領海を侵犯).
_OWN_GROUND = ("領空", "領海", "領土", "領内", "領域")


def _own_ground(scene: Scene, ck: int) -> bool:
    """Whether clause `ck` acts on a country's airspace, waters or land named with no owner."""
    return any(
        a.text.startswith(_OWN_GROUND) and not clausal.actors_in(a.span, scene.spans)
        for a in scene.clauses[ck].args("object", "dative")
    )


def _own_craft(scene: Scene, ck: int) -> bool:
    """Whether the subject of the passive clause `ck` is a state's ship, aircraft or unit named with
    no owner (輸送船が, 巡視船が, 部隊が)."""
    return any(
        a.head.end <= scene.base + len(scene.text)
        and scene.text[a.head.start - scene.base : a.head.end - scene.base].endswith(_CRAFT)
        and not clausal.actors_in(a.span, scene.spans)
        for a in scene.clauses[ck].args("subject", "topic")
    )


# The state's ships, aircraft and units a report may name with no owner.
_CRAFT = (
    "輸送船",
    "補給船",
    "巡視船",
    "監視船",
    "公船",
    "艦",
    "艦艇",
    "軍用機",
    "哨戒機",
    "偵察機",
    "部隊",
    "兵士",
)


def _topics(
    scene: Scene, ck: int, seen: frozenset[int] = frozenset(), *, coordinated: bool = False
) -> list[int]:
    """The actors of clause `ck`'s topic, else of the topics above it (`coordinated`: also over the
    clauses it is coordinated with), else of those of the clause it modifies a noun of: whom 自国 or
    自軍 refer to (中国側は、自国の領海に侵入した船を…)."""
    clauses, spans = scene.clauses, scene.spans
    topic = [i for a in clauses[ck].args("topic") for i in clausal.actors_in(a.span, spans)]
    topic = topic or clausal.topics_above(ck, clauses, spans, coordinated=coordinated)
    seen = seen | {ck}
    modified = [x.other for x in clauses[ck].links if x.kind == "relative" and 0 <= x.other < len(clauses)]
    return topic or [
        i for j in modified if j not in seen for i in _topics(scene, j, seen, coordinated=coordinated)
    ]


def _reflexive(scene: Scene, ck: int) -> bool:
    """Whether clause `ck`'s subject is the own forces or country of the topic above it (自軍が, or a
    force named bare in a report: 空軍が), or the subject the parse hangs on the verb that reports it
    (フーシ派は、自軍が…攻撃したと発表)."""
    clauses = scene.clauses
    reporting = [x.other for x in clauses[ck].links if x.kind == "report" and 0 <= x.other < len(clauses)]
    if any(a.text.startswith(_REFLEXIVE) for j in (ck, *reporting) for a in clauses[j].args("subject")):
        return True
    # タイ軍は、空軍が…を空爆したと明らかにした, インド政府は…拠点を軍が攻撃したと発表した: a force
    # named bare in a report is the reporter's own
    subjects = clauses[ck].args("subject")
    bare = [scene.text[a.span.start - scene.base : a.span.end - scene.base] for a in subjects]
    return bool(reporting) and any(
        b.startswith(_BARE_FORCES) or b.rstrip("がはも") in _BARE_FORCE_WORDS for b in bare
    )


def _own_subject(scene: Scene, ck: int | None) -> bool:
    """Whether a clause names a subject of its own that is no actor (gunmen killed 26 people, 漁船が
    拿捕された): it carries no actor over from elsewhere. A pronoun, a phrase a possessive opens (its
    forces attacked) or a Japanese word that refers back (同氏が, 両国が) may."""
    if ck is None:
        return False
    subjects = scene.clauses[ck].args("subject")
    phrases = [scene.text[a.span.start - scene.base : a.span.end - scene.base].lower() for a in subjects]
    referring = any(a.text.lower() in PRONOUNS for a in subjects) or any(
        p.startswith(_POSSESSIVES) or (not scene.english and p.startswith(_REFERRING_JA)) for p in phrases
    )
    return bool(subjects) and not referring


def _carry(recent: Sequence[Event], type_: str, memory: Memory) -> Event | None:
    """The event whose actors an actorless clause continues: the last of its type, else the last,
    unless that is a statement and the clause a deed, which continues the last deed of its type the
    document told (…vowed his country would retaliate. One of the missiles hit a mosque: the strikes
    told before, not the vow)."""
    table = type_table()
    # 共同飛行を実施…両軍による共同飛行は: an act done together was coded as its joint type
    same = [e for e in recent if e.type in (type_, table[type_].joint)]
    if same:
        return same[-1]
    if not recent:
        return None
    told = memory.by_type.get(type_)
    if told is not None and table[recent[-1].type].verbal and not table[type_].verbal:
        return told
    return recent[-1]


def own_countries(
    source: list[ActorRef], by_id: Mapping[str, Entity], countries: Mapping[str, str]
) -> list[ActorRef]:
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
        elif r.country in countries:
            out.append(ActorRef(countries[r.country], r.country, None))
    return unique_actors(out)


def _one_place(scene: Scene) -> int | None:
    """The first place a sentence names, when all its actors, places or not, are of one country."""
    places = [i for i, ty in enumerate(scene.types) if ty in ("GPE", "LOC")]
    countries = {ent.country if ent else None for m in scene.actors for ent in [scene.by_id.get(m.entity_id)]}
    return places[0] if places and len(countries) == 1 and None not in countries else None


def _earlier_subjects(scene: Scene, ck: int, by_case: list[int], subject: list[int]) -> list[int]:
    """The actors before clause `ck`'s own `subject` that did the act a reaction answers: a subject
    the case rules read (`by_case`) or a が-phrase, that the parse hangs on no verb (日本が…決意を
    表明し、米国が支持した), or the subject of the clause coordinated before (ウクライナが決意を表明し、
    英国が支持した)."""
    clauses, spans = scene.clauses, scene.spans
    held = clausal.named_in(clauses, spans)
    held -= set(clausal.subjects_before(ck, clauses, spans))
    marked = [i for i in range(len(spans)) if scene.text.startswith("が", spans[i].end - scene.base)]
    return [
        i
        for i in dict.fromkeys([*by_case, *marked, *clausal.subjects_before(ck, clauses, spans)])
        if i not in subject and i not in held and all(spans[i].end <= spans[j].start for j in subject)
    ]


def _defied(scene: Scene, after: int) -> list[int]:
    """The actors of the `in defiance of` phrase after sentence offset `after`, up to the next comma,
    semicolon or full stop."""
    defied = _DEFYING.search(scene.text, after)
    if defied is None:
        return []
    stop = next((i for i in range(defied.end(), len(scene.text)) if scene.text[i] in ",;."), len(scene.text))
    start, stop = scene.base + defied.end(), scene.base + stop
    return [i for i, a in enumerate(scene.spans) if start <= a.start and a.end <= stop]


# Words for fighting that takes two sides (fighting, clashes, 交戦): each side is the other's target.
_RECIPROCAL = re.compile(
    r"^(?:fighting|clash(?:es|ed)?|hostilities|skirmish(?:es)?|交戦|衝突|戦闘|紛争)$", re.IGNORECASE
)


def _reciprocal(surface: str) -> bool:
    return bool(_RECIPROCAL.match(surface.strip()))


# English nouns of what someone said (X's remarks about…, X's comments on…).
_SAID = frozenset({"remark", "comment", "statement", "speech", "claim", "post", "word"})
# Japanese nouns of what someone said (…に言及した発言, …とした答弁).
_REMARK_NOUNS = frozenset({"発言", "答弁", "談話", "声明", "主張", "見解"})


def _others_arguments(scene: Scene, k: int) -> set[int]:
    """The actors named in the arguments of the nominal clauses of the sentence's other triggers."""
    out: set[int] = set()
    for j, t in enumerate(scene.triggers):
        if j == k:
            continue
        cj = clausal.clause_of(Span(scene.base + t.start, scene.base + t.end), scene.clauses)
        if cj is not None and scene.clauses[cj].nominal:
            out |= clausal.named_in([scene.clauses[cj]], scene.spans)
    return out


# Xの発言をめぐっては, X首相の答弁について: the owner of what a sentence is about (a title between).
_ABOUT_OWNED = re.compile(r"(?:[\u4e00-\u9fff]{0,4}の[^、。]{1,12}?)?(?:をめぐ|を巡|について|に関し)")


def _about_owners(scene: Scene, own: set[str | None]) -> list[ActorRef]:
    """The actors of other countries than `own` that own what the sentence is about, or that it is
    about (高市首相の発言をめぐっては: Takaichi; スウェーデンについては: Sweden)."""
    return unique_actors(
        r
        for i, m in enumerate(scene.actors)
        if _ABOUT_OWNED.match(scene.text, m.span.end - scene.base)
        and (r := scene.ref(i)).country
        and r.country not in own
    )


def _told_about(clauses: Sequence[Clause], actors: Sequence[Span]) -> set[int]:
    """The actors named in what a remark owned by someone is about (Takaichi's remarks about Japan
    taking action in a Taiwan contingency: Japan, Taiwan), not its owner."""
    said = {
        k
        for k, c in enumerate(clauses)
        if c.nominal
        and c.lemma in _SAID
        and any(clausal.actors_in(a.span, actors) for a in c.args("adnominal"))
    }
    inside = clausal.linked_to(clauses, "complement", said) if said else []
    return clausal.named_in((clauses[j] for j in inside), actors)


def _pronoun_subject(c: Clause) -> bool:
    return any(a.text.lower() in ("it", "they") for a in c.args("subject"))


def _root_subject(
    k: int,
    clauses: Sequence[Clause],
    actors: Sequence[Span],
    through: tuple[str, ...] = ("report", "subordination", "coordination"),
) -> list[int]:
    """The actors of the subject of the clause that clause `k` leads up to, at the top of the links
    of the kinds `through` (its reports, subordinations and coordinations: whom a pronoun subject in
    it most likely names, X said…, saying it would…; through coordinations and complements, who set
    the choice an `or face` closes, the US told Iran to halt… or face…); none where `k` is the top."""
    seen = {k}
    while up := [
        x.other
        for x in clauses[k].links
        if x.kind in through and 0 <= x.other < len(clauses) and x.other not in seen
    ]:
        k = up[0]
        seen.add(k)
    if len(seen) == 1:
        return []
    return [i for a in clauses[k].args("subject") for i in clausal.actors_in(a.span, actors)]


def _antecedent(scene: Scene, ck: int | None, discourse: Discourse) -> ActorRef | None:
    """Who the pronoun subject of clause `ck` names: he or she the last person named, if any, else
    the actor the sentence before began with."""
    subjects = scene.clauses[ck].args("subject") if ck is not None else ()
    if discourse.person is not None and any(a.text.lower() in ("he", "she") for a in subjects):
        return discourse.person
    return discourse.antecedent


def _force_answers(
    scene: Scene,
    t: TriggerMatch,
    ck: int | None,
    source: Sequence[ActorRef],
    earlier: Sequence[Event],
    discourse: Discourse,
) -> list[Event]:
    """The earlier acts whose other side force with no target named (MOBILIZE, ASSAULT) may be aimed
    at: acts of conflict only (Ukraine's defenders continue to fight: not the country that aids,
    visits or backs Ukraine), and none where the clause names what the force goes to or hits."""
    conflict = [e for e in earlier if type_table()[e.type].quad.endswith("conflict")]
    clause = scene.clauses[ck] if ck is not None else None
    if t.trigger.type == "MOBILIZE":
        # sent to a place the clause names (シリア暫定政府は現地に軍を派遣), forces face no one
        return [] if clause is not None and clause.args("dative") else conflict
    trigger = Span(scene.base + t.start, scene.base + t.end)
    if (
        not scene.english
        and clause is not None
        and any(not a.span.overlaps(trigger) for a in clause.args("object"))
    ):
        return []  # 民間商船などを攻撃, 宗教指導者ら47人を処刑: aimed at what it names, whoever owns it
    told = discourse.memory.by_type.get("ASSAULT")
    if (
        told is not None
        and _POINTED.search(scene.text, 0, t.start)
        and {r.country for r in told.source} & {r.country for r in source}
    ):
        return []  # 今回の攻撃は…報復だ: the attack the same side was told to make, no new one
    # nor the country the sentence sends the side's forces to (シリアに派兵されたイラン兵が戦闘に加わった)
    sent = [e for e in discourse.out if e.type == "MOBILIZE"]
    return [e for e in conflict if e not in sent]


# Words right before an act noun that point back to one told before (今回の攻撃, この攻撃, 同攻撃).
_POINTED = re.compile(r"(?:今回の|この|その|同|こうした|そうした|一連の)$")


def _counterpart(source: list[ActorRef], recent: Sequence[Event]) -> list[ActorRef]:
    """The other side of the latest event, most recent first, between the source's country and another:
    its source when the source's country was its target (they acted on us), else its target. A
    mediation has no sides."""
    own = {r.country for r in source if r.country}
    if not own:
        return []
    for ev in reversed(recent):
        if ev.mode == "mediate":
            continue  # 停戦交渉を仲介してきたカタールは猛反発: a mediator is no side of the parties
        sources = {r.country for r in ev.source if r.country}
        targets = {r.country for r in ev.target if r.country}
        if own & targets and sources - own:
            return [r for r in ev.source if r.country not in own]
        if own & sources and targets - own:
            return [r for r in ev.target if r.country not in own]
    return []


def _international(r: ActorRef, by_id: Mapping[str, Entity]) -> bool:
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
