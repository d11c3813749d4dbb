"""The events stage: PLOVER events with actors, date, place, status, attribution and evidence.

For each sentence with a trigger from the lexicon and at least one actor, `EventCoder.code` runs one
module per step:

- `events.triggers` finds the triggers (lexicon matches the parse makes predicates, what is asked
  for folded into the asking, acts named again left out);
- `events.sides` reads who is source and target: the case rules (`events.japanese`,
  `events.english`) and the parse's clauses (`events.clauses_ja`, `events.clauses_en`, read by
  `events.clausal` through the frame table `frames.yaml`), completed from what the document said
  before (subjects carried, 両首脳, the other side of the last act between two countries);
- `events.status` gives the status from the predicate's own chain and the modality cues, and the
  attribution from reported speech, the post the sentence sits in and analyses credited to an outlet;
- `events.dates` dates the event by the time that depends on its clause, else the sentence's, else
  the block's reference date (post date or publication date) at month granularity.

Besides the linked names, a sentence's actors include its generic actors (市民団体, デモ隊, 国軍,
police, rebels: `events.generic`), each with its sector and the country its phrase, its sentence's
places or the document so far give it, and unlinked names with the country their phrase gives them.
Per-type behaviour (quad class, reactions, two-party acts, the role a place takes) is data in
`types.yaml`. Sides are read as written; once the document is coded, an act each party does to every
other (`mutual` in `types.yaml`, through a symmetric trigger or a joint act: 会談した, clashed with,
米軍と共同で訓練) lists every party on both sides, as the record format asks of symmetric events.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Mapping, Sequence
from typing import NamedTuple, cast

from newsgraph.events import clausal
from newsgraph.events.clauses_ja import DECIDING
from newsgraph.events.dates import before, event_date, to_come
from newsgraph.events.english import english_roles
from newsgraph.events.generic import (
    Context,
    GenericNouns,
    default_generic,
    english_generic_actors,
    generic_actors,
    named_countries,
)
from newsgraph.events.japanese import PLACE_TYPES, japanese_roles
from newsgraph.events.japanese import heads as clause_heads
from newsgraph.events.lexicon import Lexicon, TriggerMatch, default_lexicon
from newsgraph.events.sides import (
    ACTOR_TYPES,
    SUBJECT_TYPES,
    Discourse,
    Memory,
    Scene,
    actor_type,
    clause_sides,
    document_sides,
    entity_ref,
    fired_at,
    fired_into,
    near,
    own_countries,
    phrase_start,
)
from newsgraph.events.status import ENACTED, condition, status_of
from newsgraph.events.status import attribution as credited
from newsgraph.events.triggers import (
    MEASURES,
    armed_type,
    crowd_type,
    find_triggers,
    joint_type,
    refused_type,
    reversed_type,
    state_boycott,
    stated_protest,
)
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

DECLARED = frozenset(having("declared"))  # a threat: an intention stated is the act made

# 両首脳 / 両国 / 双方 (両軍の銃撃戦): both parties of the two-sided event the story is about.
# Kana or a comma between two words: they are not one noun phrase (日中|両政府 is one).
_KANA_OR_COMMA = re.compile(r"[\u3040-\u309f、,]")


def _written_on(text: str, spans: list[tuple[int, int]], src: list[int], start: int) -> bool:
    """Whether the actors `src` are two or more written right onto the word for both at `start`
    (イスラエルとレバノンの両政府, 日本とフィリピン両政府): the two it names."""
    return len(src) > 1 and text[max(spans[i][1] for i in src) : start] in ("", "の")


_DUAL = re.compile(
    r"(?:両首脳|両国首脳|両国政府|両国外相|両国|両政府|両外相|両国防相|両国軍|両軍|両氏|双方|両者"
    r"|(?:両国|双方)の(?:軍|部隊|首脳|外相|政府))(?:は|が|も|とも)"
    # 両軍の銃撃戦, 双方の衝突: both parties of a fight named as a noun
    r"|(?:両国軍|両軍|両国|双方)の(?=[^、。]{0,6}?(?:銃撃戦|衝突|交戦|戦闘|砲撃戦|応酬))"
    r"|\b(?:[Tt]he two (?:countries|leaders|sides|governments|nations|men|presidents"
    r"|(?:foreign |defence |defense )?ministers)"
    r"|[Bb]oth (?:sides|countries|leaders|governments|men)|[Tt]he two(?= (?:have |had )?[a-z]+ed\b))\b"
    # …bombed targets in Cambodia, both sides said: the two who tell of it, no parties of it
    r"(?!,? (?:said|say|says|confirmed|reported|announced|told)\b)"
)
_WEAPONS = re.compile(
    r"武器|弾薬|兵器|ミサイル|軍需|砲弾|軍事|兵士|部隊|weapon|arms|ammunition|missile|military|troops", re.I
)


# Force a state uses at sea as on a crowd (water cannon).
_FORCE_ON_SHIPS = re.compile(r"water[ -]cannon", re.IGNORECASE)
# 親 before a name inside a word (親イラン民兵組織, 親ロシア派): what the word names sides with the
# country, which takes no part in the act.
_PRO = "親"
# A count of people (230人, 12人ら, 数百人, 多数): those acted on, with no name of their own.
_PEOPLE = re.compile(r"(?:(?:\d+|[一二三四五六七八九十百千万数]+)人(?:ら|以上|超)?|多数|大勢)[をがも]?$")


# English heads of unnamed people acted on (fired tear gas at protesters, arrested 30 people).
_CROWD_EN = frozenset({"protesters", "demonstrators", "crowds", "crowd", "people", "students", "activists"})


# English heads of persons a state acts on by their kind, not their name (arrested a former general).
_PERSONS_EN = frozenset({
    "man", "men", "woman", "women", "general", "journalist", "journalists", "activist", "suspect",
    "suspects", "leader", "leaders", "member", "members", "official", "officials", "lawmaker", "lawmakers",
    "officer", "officers", "soldier", "soldiers", "person", "persons", "individuals", "critic", "critics",
    "dissident", "dissidents", "politician", "politicians", "minister", "ministers", "student", "students",
    "citizens", "judge", "judges", "lawyer", "lawyers", "supporters", "reporters", "workers", "people",
})  # fmt: skip


def _head_word(phrase: str) -> str:
    """The last word of an English noun phrase, its head (thousands of soldiers: soldiers)."""
    words = phrase.lower().split()
    return words[-1] if words else ""


def _people_counted(text: str, base: int, clauses: Sequence[Clause], ck: int | None, english: bool) -> bool:
    """Whether clause `ck` acts on a count of people it names no one of; in English, whether the
    sentence's clauses act on a crowd (fired tear gas and used batons against protesters)."""
    # 230人を逮捕した; 多数が拘束された, two men have been arrested: whom a passive's subject names
    # is acted on
    acted_on = () if ck is None else ("object", "subject") if clauses[ck].voice == "passive" else ("object",)
    if english:
        crowd = any(
            a.text.lower() in _CROWD_EN and a.marker in ("", "at", "against", "on")
            for c in clauses
            for a in c.args("object", "oblique")
        )
        # arrested a former general, thousands of soldiers: persons no name is given for, by the
        # head word of the phrase
        return crowd or (
            ck is not None
            and any(
                a.text.lower() in _PERSONS_EN
                or _head_word(text[a.span.start - base : a.span.end - base]) in _PERSONS_EN
                for a in clauses[ck].args(*acted_on)
            )
        )
    if ck is None:
        return False
    counts = [*clauses[ck].quantities, *(a.span for a in clauses[ck].args(*acted_on))]
    return any(_PEOPLE.search(text[q.start - base : q.end - base]) for q in counts)


# What a measure is taken for, right after the act named as its ground (…を提供したとして、…を制裁
# 対象に指定した, スパイ活動をしたなどとして拘束した).
_AS_GROUNDS = re.compile(r"[^、。「」]{0,12}?として")


# Objects that name the other party of each of those acting (互いを, 相手側を, each other).
_RECIPROCAL_JA = frozenset({"互い", "お互い", "相手", "相手側", "相手国"})
_RECIPROCAL_EN = frozenset({"each other", "one another"})


def _reciprocal(c: Clause, english: bool) -> bool:
    """Whether clause `c` acts on each other (互いを非難した, blamed each other)."""
    if english:
        return any(a.text.lower() in _RECIPROCAL_EN for a in c.args("object", "oblique"))
    return any(a.text in _RECIPROCAL_JA for a in c.args("object", "dative"))


# The heads of English objects naming an attack whose doer may be unknown (condemned the attack).
_ATTACK_HEADS = frozenset({"attack", "attacks", "bombing", "bombings", "blast", "blasts", "act", "explosion"})


def _unknown_doer(mode: str | None, english: bool, clauses: Sequence[Clause], ck: int | None) -> bool:
    """Whether a condemnation is of an attack whose doer no one names (condemned the terrorist
    attack in Damascus): an event aimed at no one known, not none."""
    return (
        english
        and mode == "assault"
        and ck is not None
        and any(a.text.lower() in _ATTACK_HEADS for a in clauses[ck].args("object"))
    )


def _igo(m: Mention, by_id: Mapping[str, Entity]) -> bool:
    """Whether `m` names an international organisation."""
    ent = by_id.get(m.entity_id)
    return ent is not None and ent.sector == "IGO" and ent.type == "ORG"


def _means_of_attacks(events: list[Event]) -> list[Event]:
    """`events` without forces sent that the same side attacks with after them in the sentence
    (フランス軍は戦闘機を投入し、空爆を行った; deployed jets and struck): the deployment is the
    attack's means, told with it, not a show of force of its own."""
    return [
        e
        for k, e in enumerate(events)
        if not (
            e.type == "MOBILIZE"
            and (mine := {r.country for r in e.source} - {None})
            and any(
                a.type == "ASSAULT" and a.status == e.status and mine & {r.country for r in a.source}
                for a in events[k + 1 :]
            )
        )
    ]


def _key(ev: Event) -> tuple[str, int, int] | None:
    return (ev.type, ev.trigger_span.start, ev.trigger_span.end) if ev.trigger_span else None


def _both_ways(ev: Event) -> Event:
    """`ev` with every party on both sides: the record format's rule for an act each party does
    to every other (岸田首相はバイデン大統領と会談した, met with, fought). The coder reads the sides
    one way, as written, so that 両首脳 and "the two sides" after it name the pair in order."""
    both = tuple(unique_actors([*ev.source, *ev.target]))
    return dataclasses.replace(ev, source=both, target=both)


def _grounds_of_measures(events: list[Event], text: str, base: int) -> list[Event]:
    """`events` with each act given as the ground of a measure the same side takes after it
    (米財務省は、イランの鉄鋼産業に物資を提供したとして、中国企業を制裁対象に指定した) done by whom
    the measure falls on, on the measure-taker's word."""
    out = list(events)
    for k, e in enumerate(out):
        if e.trigger_span is None or e.type in MEASURES:
            continue
        ground = _AS_GROUNDS.match(text, e.trigger_span.end - base)
        if ground is None:
            continue
        mine = {r.country for r in e.source}
        measure = next(
            (
                m
                for m in out[k + 1 :]
                if m.type in MEASURES
                and m.trigger_span is not None
                and m.trigger_span.start - base >= ground.end()
                and m.target
                and {r.country for r in m.source} == mine
            ),
            None,
        )
        if measure is None:
            continue
        doers = {r.id for r in measure.target}
        out[k] = dataclasses.replace(
            e,
            source=measure.target,
            target=tuple(r for r in e.target if r.id not in doers and r.country not in mine),
            status="suspected",
            attribution=tuple(dict.fromkeys((*e.attribution, *(r.id for r in measure.source)))),
        )
    return out


class Read(NamedTuple):
    """What the earlier stages read in one sentence: its mentions (generic actors included), the
    entities by id, its times, its parsed clauses and the language of its block."""

    mentions: list[Mention]
    by_id: dict[str, Entity]
    times: list[TimeValue]
    clauses: Sequence[Clause]
    language: str


class Told(NamedTuple):
    """What the document told before a sentence: the block's reference date and post author, the
    block's recent events, the document's memory of events, and the actor the sentence before began
    with."""

    reference: str | None
    author: str | None
    recent: list[Event]
    memory: Memory
    antecedent: ActorRef | None
    person: ActorRef | None = None  # the first person the last sentence naming one named


# An English envoy's post written before a place: the ambassador to|in, the consul in.
_ENVOY_POST = re.compile(
    r"\b(?:[Aa]mbassador|[Ee]nvoy|[Cc]onsul(?: [Gg]eneral)?|[Cc]harg[eé] d'[Aa]ffaires)s?"
    r" (?:to|in) (?:the )?$"
)


def _asked_for(
    ck: int, clauses: Sequence[Clause], triggers: Sequence[TriggerMatch], base: int, t: TriggerMatch
) -> bool:
    """Whether clause `ck` stands under the clause of an English request made by another trigger of
    the sentence, as what is asked (demanded that Israel withdraw, called on its members to send aid):
    a participle beside the request (demanding a meeting, accusing Thailand of aggression) is an act
    of its own."""
    asked = [
        Span(base + u.start, base + u.end) for u in triggers if u is not t and u.trigger.type == "REQUEST"
    ]
    chain = clausal.governing(ck, clauses)
    if len(chain) > 1 and any(x.kind == "subordination" and x.other == chain[1] for x in clauses[ck].links):
        return False
    return any(clauses[j].predicate.overlaps(a) for j in chain[1:] for a in asked)


# Nouns of a plan or proposal whose content a clause can be, said with では (和平計画では、…).
_PLAN_NOUNS = ("計画", "案", "提案", "構想")
# The chain of a Japanese predicate in the plain non-past, said or reported (訪れる, 訪問すると,
# 解放されると).
_PLAIN_NONPAST = frozenset({"する", "と", "れる", "られる"})
# A body's resolution or charter named with the body's name glued on (安保理決議, 国連憲章): a text,
# whose body is no party of what is done under it.
_BODYS_TEXT = re.compile(r"決議(?!案)|憲章")
# A state's mission or envoy to a body, named with the body's name glued on (米国の国連代表部, 露中の
# 国連大使): the state's, not the body's.
_MISSION_TO = re.compile(r"(?:日本)?(?:政府)?(?:代表部|大使|次席大使|常駐代表|特使)")
# Triggers that call an envoy home (召還, 一時帰国させ, recalled its ambassador).
_RECALL = re.compile(r"召還|帰国させ|\brecall", re.IGNORECASE)
# Words after a place that post someone there (北京に駐在する大使, カンボジア駐在の大使). An envoy
# posted there and recalled (韓国駐在の大使を一時帰国させた) is withdrawn from that country, which
# the act is aimed at.
_POSTED_IN = re.compile(r"(?:に)?駐在(?:する|している|の)|(?:総領事|領事)(?!館)")


def _stationed_in(text: str, base: int, m: Mention, starts: set[int]) -> bool:
    """Whether `m` is the country a body is stationed in, written 在X before the body's own name
    (在日中国大使館, 在ロシア日本大使館, 在日米軍) or 駐X before an envoy's title (駐日中国大使, 呉駐日大使),
    or X に駐在する before one, or after an English envoy's post (ambassador to Moscow): where it is,
    not who acts."""
    start = m.span.start - base
    if start > 0 and text[start - 1] == "駐":
        return True
    if _POSTED_IN.match(text, m.span.end - base):
        return True  # 北京に駐在する金杉大使, 大阪総領事: the city the envoy serves in
    if _ENVOY_POST.search(text, max(0, start - 40), start):
        return True  # Israel's ambassador to Moscow, France's envoy in Tel Aviv: where the envoy serves
    return start > 0 and text[start - 1] == "在" and m.span.end in starts


def _named_war(
    t: TriggerMatch, mentions: Sequence[Mention], base: int, by_id: Mapping[str, Entity]
) -> tuple[tuple[str, ...], bool]:
    """The sides of the named war trigger `t` is in, as country codes, and whether the war's name
    ends inside the trigger (日露戦争が勃発: the war breaks out) rather than holding it
    (ウクライナ侵攻を続ける: the noun of the act)."""
    for m in mentions:
        ent = by_id.get(m.entity_id)
        start, end = m.span.start - base, m.span.end - base
        if ent is not None and ent.parties and start <= t.start < end:
            return ent.parties, end < t.end
    return (), False


# Names of a war that tell it as one side's invasion of the other, listed first among its parties.
_INVASION = re.compile(r"侵攻|侵略|[Ii]nvasion")


def _invader(
    t: TriggerMatch, mentions: Sequence[Mention], base: int, by_id: Mapping[str, Entity]
) -> str | None:
    """The invader (the first party) of a war named as an invasion in the words before trigger `t`
    in its sentence, or right after it in English (condemned the invasion of Ukraine)."""
    for m in mentions:
        ent = by_id.get(m.entity_id)
        start = m.span.start - base
        if ent is None or not ent.parties or not _INVASION.search(m.surface) or start < 0:
            continue
        if start < t.start or (m.surface.isascii() and 0 <= start - t.end <= 12):
            return ent.parties[0]
    return None


def _crowd(places: list[Mention], target: list[ActorRef], by_id: Mapping[str, Entity]) -> list[ActorRef]:
    """Unnamed demonstrators, as an actor: civilians of the one country of the places they gather
    in (not the country protested against: 北京の米国大使館前で is Beijing's), else of the one country
    of the state bodies they protest against."""
    against = {r.country for r in target}
    countries = {
        ent.country
        for m in places
        if (ent := by_id.get(m.entity_id)) is not None and ent.country and ent.country not in against
    }
    country = countries.pop() if len(countries) == 1 else None
    if country is None:
        states = {r.country for r in target if r.country and r.sector in ("GOV", "LEG", "PTY", None)}
        country = states.pop() if len(states) == 1 else None
    return [ActorRef(f"local:{country}:デモ参加者", country, "CVL")] if country else []


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
        memory = Memory()
        mutual: set[tuple[str, int, int]] = set()
        starts = [m.span.start for m in ordered]
        timed = sorted(times, key=lambda t: t.span.start)
        time_starts = [t.span.start for t in timed]
        authors: dict[int, str | None] = {}  # block → its post's author, found once a block
        dateline = seg.dateline.span if seg.dateline is not None else None
        whole = Context()
        whole.add(ordered, by_id)
        context = Context(story=whole.leading())  # the actor countries of the sentences before
        learned: dict[str, str] = {}  # unlinked names → the country their phrase gave them
        first_actor: dict[int, ActorRef] = {}  # block → the first actor of its last sentence with one
        first_person: dict[int, ActorRef] = {}  # block → the first person of its last sentence with one
        for si, sentence in enumerate(seg.sentences):
            block = seg.blocks[sentence.block]
            lo, hi = sentence.span.start, sentence.span.end
            window = ordered[bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, hi)]
            inside = [
                m
                for m in window
                # the dateline (SEOUL, Nov 5 (Reuters) -, 【ソウル共同】) says where and by whom the
                # report was filed: no part of what it reports
                if sentence.span.contains(m.span) and not (dateline and dateline.contains(m.span))
            ]
            antecedent = first_actor.get(sentence.block)
            person = first_person.get(sentence.block)
            # a pronoun in the next sentence names the subject of this one, else its first actor
            # (Backed by Iran, the Houthis control… They vowed: the Houthis)
            subjects = [a.span for c in (clauses or {}).get(si, ()) for a in c.args("subject", "topic")]
            openers = [m for m in inside if actor_type(m, by_id) in SUBJECT_TYPES]
            opener = next((m for m in openers if any(s.contains(m.span) for s in subjects)), None) or next(
                iter(openers), None
            )
            if opener is not None:
                first_actor[sentence.block] = entity_ref(opener.entity_id, by_id)
            someone = next((m for m in inside if actor_type(m, by_id) == "PERSON"), None)
            if someone is not None:
                first_person[sentence.block] = entity_ref(someone.entity_id, by_id)
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
                modifiers = [a.head for c in (clauses or {}).get(si, ()) for a in c.args("adnominal")]
                en_found, generic = english_generic_actors(
                    self.generic, sentence.text, lo, inside, by_id, context, modifiers
                )
                if en_found:
                    inside = sorted([*inside, *en_found], key=lambda m: m.span.start)
                    s_by_id = {**by_id, **generic}
            home = self.generic.home_country if block.language != "en" else None
            named = named_countries(
                sentence.text, lo, inside, s_by_id, learned, context, home, self.generic.institutions
            )
            if named:
                s_by_id = {**s_by_id, **named}
            context.add(inside, by_id)
            near = timed[bisect.bisect_left(time_starts, lo) : bisect.bisect_left(time_starts, hi)]
            s_times = [t for t in near if sentence.span.contains(t.span)]
            if sentence.block not in authors:
                first = bisect.bisect_left(starts, block.span.start)
                last = bisect.bisect_left(starts, block.span.end)
                authors[sentence.block] = self._author(seg, sentence.block, ordered[first:last])
            recent = [ev for i, ev in memory.blocks.get(sentence.block, []) if si - i <= 3]
            read = Read(inside, s_by_id, s_times, (clauses or {}).get(si, ()), block.language)
            told = Told(block.reference, authors[sentence.block], recent, memory, antecedent, person)
            for ev in self._code_sentence(sentence, read, told, mutual):
                events.append(ev)
                memory.remember(sentence.block, si, ev)
        events = [self._at_home(ev, by_id) for ev in events]
        return [_both_ways(ev) if _key(ev) in mutual else ev for ev in events]

    def _at_home(self, ev: Event, by_id: Mapping[str, Entity]) -> Event:
        """`ev`, if its type is aimed at home when no one is named (`home` in types.yaml) and no rule
        found its target, aimed at its source's own country: a protest that names no one it is
        against is against the state it happens in (市民が首都で抗議デモ, thousands protested)."""
        own = [r for r in ev.source if r.country]
        if ev.target or not own or not type_table()[ev.type].home:
            return ev
        return dataclasses.replace(ev, target=tuple(own_countries(own[:1], by_id, self.countries)))

    # -- per sentence --------------------------------------------------------------------------------

    def _code_sentence(
        self, sentence: Sentence, read: Read, told: Told, mutual: set[tuple[str, int, int]]
    ) -> list[Event]:
        """The events of one sentence: what was `read` in it, and what the document `told` before;
        the keys of those each party does to every other (a meeting, fighting) go into `mutual`."""
        mentions, by_id, times, clauses, language = read
        reference, author, recent, memory, antecedent, person = told
        text = sentence.text
        base = sentence.span.start
        triggers, modes, referred = find_triggers(self.lexicon, text, mentions, base, clauses)
        if not triggers:
            return []
        dual = _DUAL.search(text)
        starts = {m.span.start for m in mentions}
        candidates = [
            m
            for m in mentions
            if actor_type(m, by_id) in (*ACTOR_TYPES, "LOC")
            and not self.generic.is_thing(m)
            and not (actor_type(m, by_id) == "ORG" and _BODYS_TEXT.match(text, m.span.end - base))
            and not (_igo(m, by_id) and _MISSION_TO.match(text, m.span.end - base))
            and not text.endswith(_PRO, 0, m.span.start - base)
        ]
        posted = [m for m in candidates if _stationed_in(text, base, m, starts)]
        actors = [m for m in candidates if m not in posted]
        spans = [(m.span.start - base, m.span.end - base) for m in actors]
        types = [actor_type(m, by_id) for m in actors]
        english = language == "en" or text.isascii()
        if english:
            roles = english_roles(text, spans, triggers)
        else:
            roles = japanese_roles(text, spans, types, triggers)
        quiet, reported, speaker = credited(self.lexicon.cues, text, actors, types, base)
        heads = clause_heads(text, spans, types, triggers)
        scene = Scene(text, base, english, actors, types, by_id, clauses, triggers, roles, quiet, speaker)
        out: list[Event] = []
        for k, t in enumerate(triggers):
            reading = clause_sides(scene, k)
            if dual is not None and any(dual.start() <= spans[i][0] < dual.end() for i in reading.src):
                # 両国軍が衝突した: the word for both is no actor of its own, both parties are
                reading = dataclasses.replace(
                    reading, src=[i for i in reading.src if not dual.start() <= spans[i][0] < dual.end()]
                )
            if (
                dual is not None
                and dual.end() <= t.start
                and t.trigger.frame == "symmetric"
                and reading.src
                and all(
                    spans[i][1] <= dual.start() and _KANA_OR_COMMA.search(text, spans[i][1], dual.start())
                    for i in reading.src
                )
                # イスラエルとレバノンの両政府が合意した: the two the word for both is written on
                and not _written_on(text, spans, reading.src, dual.start())
            ):
                # 李大統領が会談を行い、両首脳は…で一致した: both leaders agreed, not the one named before
                reading = dataclasses.replace(reading, src=[], tgt=[])
            elif (
                dual is not None
                and not english
                and reading.clause is not None
                and not _written_on(text, spans, reading.src, dual.start())
                and any(
                    a.span.start <= base + dual.start() < a.span.end
                    for a in clauses[reading.clause].args("subject")
                )
            ):
                # バイデン氏は…「米国の提案を両政府が受け入れた」と表明: the clause's own subject is
                # both parties, not the topic that speaks
                reading = dataclasses.replace(
                    reading, src=[i for i in reading.src if spans[i][0] >= dual.start()]
                )
            src, tgt, loc, ck = reading.src, reading.tgt, reading.loc, reading.clause
            discourse = Discourse(
                out,
                recent,
                memory,
                author,
                dual is not None and dual.end() <= t.start,
                referred.get(id(t)),
                antecedent,
                person,
            )
            source, target, carried = document_sides(
                scene, k, reading, discourse, self.countries, self.generic
            )
            if (
                not target
                and ck is not None
                and _reciprocal(clauses[ck], english)
                and len({r.country for r in source} - {None}) > 1
            ):
                # 中印は互いを非難した, 双方が相手側を非難している, accused each other: each party acts
                # on the other
                target = list(reversed(source))
                mutual.add((t.trigger.type, base + t.start, base + t.end))
            war, breaks_out = _named_war(t, mentions, base, by_id)
            if war:
                sides = own_countries([ActorRef("", c, None) for c in war], by_id, self.countries)
                if breaks_out:
                    # 日露戦争が勃発: a war breaks out between its sides, whoever the sentence names
                    source, target, carried = sides, list(reversed(sides)), False
                elif source and not target:
                    # ロシアはウクライナ侵攻を続けている: the war's other side is whom its party acts on
                    target = [r for r in sides if r.country not in {x.country for x in source}]
            elif not target and source and type_table()[t.trigger.type].reaction:
                # ロシアによるウクライナ侵攻を非難した, condemned the invasion of Ukraine: a reaction to
                # an invasion named before the verb is aimed at the invader
                invader = _invader(t, mentions, base, by_id)
                if invader and invader not in {r.country for r in source}:
                    target = own_countries([ActorRef("", invader, None)], by_id, self.countries)
            mine = {r.country for r in source} - {None}
            if t.trigger.type == "ASSAULT" and mine and {r.country for r in target} - mine - {None}:
                # インドとパキスタンをめぐっては、…インド軍が報復攻撃に踏み切り: an attack on another
                # country is not also on the attacker's own
                target = [r for r in target if r.country not in mine]
            if (
                t.trigger.type == "MOBILIZE"
                and (t.trigger.mode or "") in type_table()["MOBILIZE"].fired
                and target
                and {r.country for r in target} <= mine
            ):
                # fired a missile, the latest launch from Pyongyang: a weapon fired within the
                # firer's own country is aimed at no one named (troops sent into its own parliament
                # are)
                target = []
            if t.trigger.type == "SANCTION" and _RECALL.search(t.surface):
                # 駐日大使を召還した, 大使を一時帰国させた: an envoy recalled is the sender's own; the
                # country the envoy served in is the one the recall is aimed at
                target = [r for r in target if r.country not in mine] or [
                    r for m in posted if (r := entity_ref(m.entity_id, by_id)).country not in mine
                ]
            told_by = recent[-1].attribution if recent else ()
            aimed = {scene.ref(i).country for i in tgt}
            if carried and not src and tgt and told_by and mine and mine <= aimed:
                # …の船から放水されたと発表した。…として中国側を非難した: the one who reported the act
                # before, not its actor, is the subject left out
                reporter = entity_ref(told_by[-1], by_id)
                if reporter.country and reporter.country not in mine:
                    source = [reporter]
            location = loc if loc is not None and types[loc] in PLACE_TYPES else None
            type_ = reversed_type(self.lexicon, text, t)
            refused = refused_type(self.lexicon, text, t, type_)
            type_ = refused or type_
            # 230 Kenyan police arrived in Haiti: deployed, not visiting
            deployed = armed_type(self.lexicon, text, t, type_)
            armed, type_ = deployed != type_, deployed
            # 米韓合同演習, 米軍と共同で…訓練を実施: the words of the trigger's phrase
            phrase = text[phrase_start(text, t.start) : t.end]
            # (Chinese ships conducted joint drills near Taiwan: a target the sentence does not name,
            # taken from the story, is no party to the drill)
            named = {scene.ref(i).country for i in tgt}
            joint = joint_type(
                self.lexicon, phrase, type_, [*source, *(r for r in target if r.country in named)]
            )
            mode = modes.get(id(t)) or t.trigger.mode or self._mode(t, text)
            mode = "troops" if armed else mode
            together = joint != type_
            if together:
                type_, mode = joint, "military"  # 米韓合同演習: military cooperation
                if not target and len({r.country for r in source} - {None}) > 1:
                    # 日本・アメリカ・韓国による共同訓練: the parties named together cooperate with
                    # each other
                    target = list(reversed(source))
            elif type_ == "MOBILIZE":
                target = target or near(scene, t, source)  # 台湾周辺で演習を行った: aimed at Taiwan
                fired = type_table()[type_].fired.get(mode or "")
                hit = fired_into(scene, ck, source) if fired else []
                if fired and (hit or fired_at(scene, ck, tgt, loc, source)):
                    type_, mode = fired, None  # ウクライナに向けてミサイルを発射した: an attack on it
                    target = target or hit
            if (
                type_ == "COERCE"
                and _FORCE_ON_SHIPS.search(t.surface)
                and target
                and not {r.country for r in target} & mine
            ):
                # fired water cannons at Philippine vessels, 放水: force used on another state is an
                # attack, as on its own people it is coercion
                type_ = "ASSAULT"
            crowd = crowd_type(self.lexicon, text, type_, source)
            if state_boycott(t, type_, source, by_id):
                type_, crowd = "SANCTION", "SANCTION"  # the United States will boycott the Olympics
            if english and stated_protest(self.lexicon, text, t, type_, source, by_id):
                # the ministry summoned the ambassador to protest the remarks: a state's protest is a
                # statement (ACCUSE), as 外務省は抗議した is; people protest in the street. Aimed at no
                # one but itself, it is aimed where the act before it in the sentence was.
                type_ = "ACCUSE"
                if {r.country for r in target} <= {r.country for r in source}:
                    target = list(out[-1].target) if out else []
            elif crowd != type_:
                # 市民が集まり…抗議した: a crowd demonstrates, against its own state unless named
                type_, target = crowd, target or own_countries(source, by_id, self.countries)
            elif not source and type_ == "PROTEST" and not english:
                # 政府に抗議するデモがあった: no one named demonstrates, so people of the place do,
                # else of the state they protest against
                places = [m for m, ty in zip(actors, types, strict=True) if ty in PLACE_TYPES]
                where = [actors[location]] if location is not None else []
                if not where or entity_ref(where[0].entity_id, by_id).country in {r.country for r in target}:
                    where = places  # 北京の米国大使館前で: where is Beijing, not the embassy's country
                source = _crowd(where, target, by_id)
                if not source:
                    continue
                target = target or own_countries(source, by_id, self.countries)
            elif (
                (type_ == "COERCE" or mode in type_table()[type_].state)
                and source
                and not target
                and _people_counted(text, base, clauses, ck, english)
            ):
                # 香港当局はデモで230人を逮捕した, 宗教指導者ら47人を処刑した: people counted, not named,
                # are the state's own; but those of what the verb before acts on are its owner's
                # (インド空軍機2機を撃墜し、操縦士2人を拘束した, 漁船を拿捕し、乗組員5人を拘束した)
                mine = {r.country for r in source}
                acted_on = (
                    clausal.addressee(ck, clauses, scene.spans) if ck is not None and not english else []
                )
                theirs = [r for r in map(scene.ref, acted_on) if r.country and r.country not in mine]
                target = (
                    theirs
                    or own_countries(source, by_id, self.countries)
                    or [
                        ActorRef(f"local:{r.country}:市民", r.country, "CVL") for r in source[:1] if r.country
                    ]
                )
                if t.trigger.target_required and not target:
                    continue
            elif not source or (
                t.trigger.target_required and not target and not _unknown_doer(mode, english, clauses, ck)
            ):
                continue
            held = clausal.holding(Span(base + t.start, base + t.end), clauses)
            if (held is not None and clausal.conditional(clauses[held])) or condition(text, t):
                continue  # ウクライナがロシア領を攻撃すれば、報復する: the attack is a condition
            inside = ck if ck is not None else held
            if english and inside is not None and _asked_for(inside, clauses, triggers, base, t):
                continue  # demanded that the US cancel plans to sell weapons: what is asked is not done
            stop = heads.get(id(t))
            if english and ck is not None:
                # condemned the offensive and called for an end to it: the cues of the verb
                # coordinated after the trigger's are that verb's
                joined = clausal.linked_to(clauses, "coordination", {ck})
                after = [at for j in joined if (at := clauses[j].predicate.start - base) > t.end]
                stop = min([*after, *([stop] if stop is not None else [])], default=None)
            status = status_of(self.lexicon.cues, text, t, language, stop)
            plain = False  # told in the plain non-past (訪問する), so still to come unless dated before
            if ck is not None:
                priority = self.lexicon.cues.priority
                verb = clausal.carrier(ck, clauses)
                carrying = clauses[verb]
                own_status = clausal.status(carrying, priority, carrying=verb != ck)
                own_status = own_status or clausal.shared_status(ck, clauses, priority)
                if own_status in (None, "ongoing") and any(
                    a.marker == "では" and a.text.endswith(_PLAN_NOUNS)
                    for j in clausal.governing(ck, clauses)
                    for a in clauses[j].args("oblique")
                ):
                    # 和平計画では、ウクライナ軍が撤退し: what a plan or proposal sets out is still to come
                    own_status = "planned"
                decided = clauses[ck].light in DECIDING or clausal.announced(carrying)
                if own_status == "planned" and type_ in ENACTED and decided:
                    # 追加制裁を決めた, said it would lift sanctions: a measure in force once decided
                    # or announced
                    own_status = None
                if own_status == "negated" and re.search(r"ない|ず|なかった", t.surface):
                    own_status = None  # 応じられない: the negation is the trigger's own word
                told_as = any(x.kind == "report" for x in carrying.links)
                if not own_status and status == "ongoing" and told_as and "た" in carrying.chain:
                    # 攻撃を行ったと発表している: the ている is the report's; the act told is done
                    own_status = "asserted"
                plain = (
                    not own_status
                    and not english
                    and text.rstrip().endswith("。")  # a headline tells what happened in the non-past
                    and (status == "asserted" or (status == "ongoing" and told_as))
                    and set(carrying.chain) <= _PLAIN_NONPAST
                    # 領海に侵入。: a noun closing the sentence (体言止め) reports, it plans nothing
                    and bool(carrying.chain)
                    and carrying.tense == "nonpast"
                    and not carrying.negated
                    and (type_table()[type_].quad.startswith("material") or t.trigger.frame == "visit")
                    # 輸出規制を解除すると発表した: a measure is in force once decided or announced
                    and not (type_ in ENACTED and (decided or told_as))
                    and (told_as or not carrying.links)
                )
                status = cast(Status, own_status) if own_status else status
            if status == "negated" and re.search(r"\bnot\b|n't\b|\bnever\b|ない|ず$|なかった", t.surface):
                # would not meet the demands, 呼びかけに応じなかった: the negation is the refusal's own word
                status = "asserted"
            if refused:
                status = "asserted"  # 緩める考えはない: the refusal is the act, and it is made
            if status == "planned" and type_ in DECLARED:
                status = "asserted"  # 対抗措置をとる考えを示した: the intention stated is the threat made
            speaks = reading.speaks
            own = actors[speaker].entity_id if speaks and speaker is not None and speaker in src else None
            tellers = reported
            if speaker is not None and ck is not None and not english and not clausal.told(ck, clauses):
                # イランは…と主張した一方、イスラエル側も報復を示唆: a clause no report frame holds is
                # not the speaker's to tell
                tellers = [a for a in reported if a != actors[speaker].entity_id]
            attribution = tuple(a for a in (author, *tellers) if a and a != own)
            if ck is not None:
                # 米国は、中国が台湾を攻撃したと述べた: the speaker of the report frame, when it is
                # not itself a party of the event
                parties = {r.id for r in (*source, *target)}
                # (外務省のアジア大洋州局長は…と抗議した: a place inside the speaker's title speaks not)
                said = [
                    actors[i].entity_id
                    for i in clausal.reporter(ck, clauses, scene.spans)
                    if types[i] not in ("GPE", "LOC")
                ]
                attribution += tuple(a for a in said if a not in parties and a not in attribution)
            date = event_date(t, times, base, reference, clauses, ck, text)
            if status == "asserted" and to_come(date, reference):
                status = "planned"  # 来月、フィリピンを訪問し: dated after the story, so still to come
            elif plain and status in ("asserted", "ongoing") and reference and not before(date, reference):
                # 習主席がアメリカを訪れると述べた, 首相は訪米する: a deed told in the plain non-past, at the
                # end of the sentence or of what is reported, is still to come, unless dated before
                # the story (a story with no date of its own tells no time to come)
                status = "planned"
            symmetric = t.trigger.frame == "symmetric" and type_ == t.trigger.type
            if (symmetric or together) and type_table()[type_].mutual and target:
                # 会談した, clashed with; 米軍と共同で訓練を実施: each party acts on every other
                mutual.add((type_, base + t.start, base + t.end))
            out.append(
                Event(
                    type=type_,
                    mode=mode,
                    span=sentence.span,
                    evidence=text,
                    source=tuple(source),
                    target=tuple(target),
                    date=date,
                    location=actors[location].entity_id if location is not None else None,
                    status=status,
                    attribution=tuple(dict.fromkeys(attribution)),
                    confidence=self._confidence(t, src, tgt, carried),
                    trigger=t.surface,
                    trigger_span=Span(base + t.start, base + t.end),
                )
            )
        out = _means_of_attacks(out)
        return out if english else _grounds_of_measures(out, text, base)

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
