"""Events read from clauses: which clause a trigger is the predicate of, the roles its arguments
take by the frame table (`frames.yaml`: frame × voice × relation → role), the status its own chain
gives, and the time expressions that depend on it.

The clauses come from `events.clauses_ja` (GiNZA's dependency parse); every function here takes
`model.Clause` values and offsets into the document, so that other languages can share it.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

from newsgraph.errors import KnowledgeBaseError
from newsgraph.events.clauses_en import apposed
from newsgraph.model import Argument, Clause, Span

HERE = Path(__file__).parent
ROLES = ("source", "target", "location")
VOICES = ("active", "passive", "causative")
# Particles of an oblique that names where a clause takes place (ガザで, パリにおいて, 会場にて).
PLACE_MARKERS = ("で", "において", "にて")
# Links over which a clause without a subject takes the subject of the clause it is joined to.
CARRY = ("coordination", "subordination", "complement", "report")


@dataclass(frozen=True)
class Frames:
    """The frame table and the chain words that give a status."""

    roles: dict[str, dict[str, dict[str, str]]]  # frame → voice → relation key → role
    chain: dict[str, frozenset[str]]  # status → words

    def role(self, frame: str, voice: str, relation: str, marker: str) -> str | None:
        """The role an argument takes: its relation, or `oblique_<particle>` for an oblique; a key
        `<relation>_<marker>` (agent_に) gives the role of the relation with that marker alone."""
        table = self.roles.get(frame) or self.roles["default"]
        by_relation = table.get(voice) or table.get("active", {})
        if relation == "oblique":
            for key, role in by_relation.items():
                if key.startswith("oblique_") and marker.startswith(key[len("oblique_") :]):
                    return role
            return None
        return by_relation.get(f"{relation}_{marker}", by_relation.get(relation))


def _fail(path: Path, entry: str, message: str) -> KnowledgeBaseError:
    return KnowledgeBaseError(message, path=str(path), entry=entry)


def load_frames(path: Path = HERE / "frames.yaml") -> Frames:
    """Read and check the frame table; raises KnowledgeBaseError naming the file and entry."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or "default" not in data:
        raise _fail(path, "", "expected a mapping with a `default` frame")
    roles: dict[str, dict[str, dict[str, str]]] = {}
    chain: dict[str, frozenset[str]] = {}
    for frame, voices in data.items():
        if frame == "chain":
            chain = {k: frozenset(v) for k, v in voices.items()}
            continue
        for voice, table in voices.items():
            if voice not in VOICES:
                raise _fail(path, f"{frame}.{voice}", f"voice is one of {VOICES}")
            if not all(r in ROLES for r in table.values()):
                raise _fail(path, f"{frame}.{voice}", f"roles are among {ROLES}")
        roles[frame] = voices
    return Frames(roles, chain)


@functools.cache
def default_frames() -> Frames:
    """The built-in frame table, loaded once per process."""
    return load_frames()


def clause_of(trigger: Span, clauses: Sequence[Clause]) -> int | None:
    """The clause whose predicate the trigger is (or the noun its light verb carries)."""
    for k, c in enumerate(clauses):
        if c.predicate.overlaps(trigger):
            return k
    for k, c in enumerate(clauses):
        # what a light verb carries is its object, a dative only when it has none (輸入品に関税を課す;
        # 北朝鮮の支援に謝意を表明: the thanks, not the support thanked for)
        carried = c.args("object") or c.args("dative")
        if c.light and any(a.head.overlaps(trigger) for a in carried):
            return k
    return None


def shared_status(k: int, clauses: Sequence[Clause], priority: Sequence[str]) -> str | None:
    """A plan or forecast on the clause that clause `k` is coordinated with, when `k` is told in no
    tense of its own and that clause names no subject of its own, so shares `k`'s (中国を訪問し、
    首脳会談を行う予定だ: the visit is planned too); else None."""
    c = clauses[k]
    if "た" in c.chain or c.language != "ja":
        return None
    for x in c.links:
        other = clauses[x.other]
        if x.kind == "coordination" and not other.args("subject", "topic"):
            found = status(other, priority)
            return found if found in ("planned", "expected") else None
    return None


def carrier(k: int, clauses: Sequence[Clause]) -> int:
    """The clause whose verb carries the noun heading clause `k` as its object (lodge a protest, hold
    talks), through the nouns whose of-phrase holds it (order the lifting of sanctions), where `k` is
    such a noun's own clause; else `k`. Status and date are that verb's (said it would lodge a
    protest: planned)."""
    seen = {k}
    j: int | None = k
    while j is not None and clauses[j].nominal:
        noun = clauses[j].predicate
        j = next(
            (
                i
                for i, other in enumerate(clauses)
                if i not in seen
                and any(
                    a.head.overlaps(noun)
                    for a in other.args(*(("object", "oblique") if other.nominal else ("object",)))
                )
            ),
            None,
        )
        if j is not None and not clauses[j].nominal:
            return j
        if j is not None:
            seen.add(j)
    return k


def measured(k: int, clauses: Sequence[Clause], actors: Sequence[Span]) -> list[int]:
    """The actors named inside the on/against phrase of the verb that carries clause `k`'s noun
    (imposed sanctions on entities in Russia, placed sanctions on three Chinese firms, a Turkish
    company): whom a measure falls on, up to a clause nested in that phrase, which says why (for
    supporting Iran's missile program); a participle of where they are (a network of banks spanning
    across Iran and Turkey, firms based in China) names their countries too."""
    verb = carrier(k, clauses)
    if verb == k:
        return []
    nested = [c.predicate.start for j, c in enumerate(clauses) if j not in (k, verb)]
    out: list[int] = []
    for a in (*clauses[verb].args("oblique"), *clauses[k].args("oblique")):
        if a.marker not in ("on", "against") and not apposed(a):
            continue
        stop = min((p for p in nested if a.span.start < p < a.span.end), default=a.span.end)
        found = actors_in(Span(a.span.start, stop), actors)
        for c in clauses:
            if c.lemma in _WHERE_BASED and any(
                x.kind == "relative" and x.head is not None and a.span.contains(x.head) for x in c.links
            ):
                found += [i for b in c.args("oblique") for i in actors_in(b.span, actors)]
        out += [i for i in dict.fromkeys(found) if i not in out]
    return out


# Participles that say where the ones a measure falls on are (based in, spanning across).
_WHERE_BASED = frozenset({"base", "locate", "span", "headquarter", "register", "operate"})


def actors_in(span: Span, actors: Sequence[Span]) -> list[int]:
    """The indexes of the actors inside `span`."""
    return [i for i, a in enumerate(actors) if span.contains(a)]


def named_in(clauses: Iterable[Clause], actors: Sequence[Span]) -> set[int]:
    """The indexes of the actors inside any argument of `clauses`."""
    return {i for c in clauses for a in c.arguments for i in actors_in(a.span, actors)}


def roles(
    k: int, clauses: Sequence[Clause], frame: str, actors: Sequence[Span], frames: Frames | None = None
) -> tuple[list[int], list[int]]:
    """(source, target) actor indexes for clause `k`: its own arguments by the frame table, then a
    subject carried from the clauses it is coordinated or subordinated to, then the noun a relative
    clause modifies."""
    table = frames or default_frames()
    c = clauses[k]
    src: list[int] = []
    tgt: list[int] = []
    for a in c.arguments:
        if c.light and a.relation in ("object", "dative") and a.text and a.text in c.lemma:
            continue  # 支持を表明: the object is the predicate itself
        role = table.role(frame, c.voice, a.relation, a.marker)
        ids = actors_in(a.span, actors)
        if role == "source":
            src.extend(i for i in ids if i not in src)
        elif role == "target":
            tgt.extend(i for i in ids if i not in tgt)
    if (
        not tgt
        and c.language == "ja"
        and (frame == "give" or table.role(frame, c.voice, "object", "を") == "target")
    ):
        # 米英は豪州が原子力潜水艦を導入することを支援: an act taken as the object is aimed at whoever
        # does it
        tgt = [i for i in _nominalised_doers(k, clauses, actors) if i not in src]
    if not src and c.voice == "active" and not c.args("subject", "topic") and c.language == "ja":
        # 米軍と韓国軍が合同で…を想定した演習を行った: the parse hangs the doer on a clause that says
        # what the act has in view; it is the act's
        src = [i for i in purpose_subjects(k, clauses, actors) if i not in tgt]
    if not src and c.voice == "active" and not c.args("subject", "topic"):
        # a clause with a subject of its own (市民団体が) does not take another clause's
        src = [i for i in _carried(k, clauses, actors) if i not in tgt]
    elif not tgt and c.light in RECEIVING and not c.args("subject", "topic"):
        # イスラエルの空爆を受け、ハマスは…: the one the act is received by is the subject it shares
        tgt = [i for i in _carried(k, clauses, actors) if i not in src]
    if not tgt and table.role(frame, c.voice, "object", "を") == "target":
        # イラン中部フォルドゥを含む核施設を空爆, イラン西部ケルマンシャーにある軍事施設を攻撃: where
        # what is acted on lies, or what it includes, is named in a relative clause on it
        tgt = [i for i in _whereabouts(k, clauses, actors) if i not in src]
    for link in c.links:
        if link.kind == "relative" and link.head is not None:
            # the noun a relative clause modifies is its subject left out (ロシアに派遣された北朝鮮兵)
            ids = actors_in(link.head, actors)
            if table.role(frame, c.voice, "subject", "") == "source":
                src = src or ids
            else:
                tgt = tgt or ids
    return src, tgt


# Verbs a relative clause says what an act has in view with (…を想定した訓練, …を念頭に置いた演習).
_IN_VIEW = frozenset({"想定", "念頭", "置く", "目的", "見据える", "狙う"})


def purpose_subjects(k: int, clauses: Sequence[Clause], actors: Sequence[Span]) -> list[int]:
    """The actors of the subject of a relative clause of purpose on clause `k`'s object (米軍と韓国軍が
    …を想定した演習を: the parse may hang the act's subject there)."""
    return [
        i
        for c in _relatives_on_object(k, clauses, _IN_VIEW)
        for a in c.args("subject")
        for i in actors_in(a.span, actors)
    ]


def _relatives_on_object(k: int, clauses: Sequence[Clause], lemmas: frozenset[str]) -> list[Clause]:
    """The relative clauses of a verb among `lemmas` that modify clause `k`'s object or a noun in it."""
    held = [a.span for a in clauses[k].args("object")]
    return [
        c
        for c in clauses
        if c.lemma in lemmas
        and any(
            x.kind == "relative" and x.head is not None and any(x.head.overlaps(h) for h in held)
            for x in c.links
        )
    ]


def _nominalised_doers(k: int, clauses: Sequence[Clause], actors: Sequence[Span]) -> list[int]:
    """The actors of the subject of the active clause that clause `k`'s object closes as a noun
    (豪州が潜水艦を導入することを: Australia)."""
    acts = [a.head for a in clauses[k].args("object") if a.text in _NOMINALISERS]
    return [
        i
        for c in clauses
        if c.voice == "active"
        and any(x.other == k for x in c.links)
        and any(0 <= h.start - c.predicate.end <= 2 for h in acts)
        for a in c.args("subject")
        for i in actors_in(a.span, actors)
    ]


# Verbs that say where a thing lies or what it includes (東部にある施設, フォルドゥを含む核施設).
_LYING = frozenset({"ある", "位置", "位置する", "含む", "含める"})


def _whereabouts(k: int, clauses: Sequence[Clause], actors: Sequence[Span]) -> list[int]:
    """The actors named by the relative clauses of lying or including that modify clause `k`'s object."""
    return [
        i
        for c in _relatives_on_object(k, clauses, _LYING)
        for a in c.args("object", "dative")
        for i in actors_in(a.span, actors)
    ]


# Verbs that receive the act they carry (ロシアの攻撃を受けた, 批判を浴びた, 被害を被った): the clause
# reader tells such a clause as a passive of that act, its subject the one acted on and the owner of
# the act its agent, with the verb as its light verb.
RECEIVING = frozenset({"受ける", "浴びる", "被る", "遭う", "さらす", "晒す"})
# Of those, the ones that name the act received with に (攻撃に遭う, 砲撃にさらされる); さらされる is
# the verb's passive in form, its subject still the one the act falls on.
RECEIVING_AT = frozenset({"遭う", "さらす", "晒す"})

# Verbs of aiming (〜に向け, 〜を目指し), of a channel (〜を通じて) and of a cause (〜を受け): their
# object or dative is a goal, a way or a reason, not whom the act that follows addresses.
_AIMING = frozenset({"向ける", "目指す", "通じる", "通す", "受ける"})


def aimed_at(k: int, clauses: Sequence[Clause], actors: Sequence[Span]) -> set[int]:
    """The actors named in the goal of a clause of aiming joined to clause `k` (北朝鮮の非核化に向けて
    連携する: North Korea), a partner with と aside."""
    joined = {*linked_to(clauses, "coordination", {k}), *linked_to(clauses, "subordination", {k})}
    return {
        i
        for j in joined
        if clauses[j].lemma in _AIMING and clauses[j].lemma not in RECEIVING
        for a in clauses[j].args("dative", "object")
        if a.marker != "と"
        for i in actors_in(a.span, actors)
    }


def addressee(k: int, clauses: Sequence[Clause], actors: Sequence[Span]) -> list[int]:
    """The actors the clause coordinated before clause `k` acts on (its object or dative), whom a speech
    act with no target of its own addresses: 日本の大使を呼び出し、抗議した (Japan). Only when `k` shares
    that clause's subject: the topic of `k` is the topic of both (林外相は…大使を呼び出し、抗議した),
    but a が-subject is its own clause's (米国が…求めているが、中国が反対: not the one China opposes).
    A clause before with no subject of its own shares `k`'s が-subject (大使を呼び出した上で、次官が抗議
    した: the vice-minister summoned him)."""
    named = clauses[k].args("subject", "topic")
    for c in _joined_before(k, clauses):
        if named and c.args("subject", "topic"):
            continue  # each clause its own subject
        if c.lemma in _AIMING or c.light in _AIMING:
            continue  # 非核化に向け、…一致した: a goal or a channel, no one addressed
        if c.voice == "causative":
            continue  # 戦闘機を緊急発進させ、警告した: who is made to act is the speaker's own, not addressed
        # 大使を同省に呼んで抗議: the one summoned, not where to
        objects = [i for a in c.args("object") for i in actors_in(a.span, actors)]
        if c.args("object"):
            # 施泳臨時代理大使を外務省に呼び: an object names whom the verb acts on, named or not;
            # its dative is where to
            return objects
        out = [i for a in c.args("dative") for i in actors_in(a.span, actors)]
        if out:
            return out
    return []


def relatives_objects(k: int, clauses: Sequence[Clause], actors: Sequence[Span]) -> set[int]:
    """The actors a relative clause before clause `k` takes as its object or dative (台湾政策を担当する
    台湾事務弁公室は…不満を表明): that clause's, none of `k`'s, whatever no trigger between tells. A
    relative clause that describes what `k` acts on (イラン各地の核関連施設を含む軍事施設を空爆)
    names a part of it."""
    acted_on = [a.span for a in clauses[k].args("object", "dative")]

    def describes_other(c: Clause) -> bool:
        relative = [x for x in c.links if x.kind == "relative"]
        return bool(relative) and not any(
            x.head is not None and any(span.start <= x.head.start < span.end for span in acted_on)
            for x in relative
        )

    return {
        i
        for j, c in enumerate(clauses)
        if j != k and c.predicate.end <= clauses[k].predicate.start and describes_other(c)
        for a in c.args("object", "dative")
        for i in actors_in(a.span, actors)
    }


# Verbs of holding someone captive (拘束, 拉致): the agent of such a passive is the captor.
_HOLDING = frozenset({"拘束", "拉致", "拘留", "監禁", "連行", "拿捕", "抑留"})


def captors(k: int, clauses: Sequence[Clause], actors: Sequence[Span]) -> list[int]:
    """The agents of a passive relative clause of holding captive that modifies the subject of clause
    `k` (ハマスに拘束されていた人質が解放された: Hamas)."""
    subjects = [a.span for a in clauses[k].args("subject", "topic")]
    return [
        i
        for c in clauses
        if c.lemma in _HOLDING
        and c.voice == "passive"
        and any(
            x.kind == "relative"
            and x.other == k
            and x.head is not None
            and any(x.head.overlaps(s) for s in subjects)
            for x in c.links
        )
        for a in c.args("agent")
        for i in actors_in(a.span, actors)
    ]


def destinations(k: int, clauses: Sequence[Clause], actors: Sequence[Span]) -> list[int]:
    """The actors of the dative of a clause coordinated before `k` that has an object of its own: where
    that verb brings or sends what it acts on (大使を同省に呼んで抗議), no party of `k`."""
    return [
        i
        for c in _joined_before(k, clauses)
        if c.args("object")
        for a in c.args("dative")
        for i in actors_in(a.span, actors)
    ]


def subjects_before(k: int, clauses: Sequence[Clause], actors: Sequence[Span]) -> list[int]:
    """The actors of the が-subjects of the clauses coordinated before clause `k` (ウクライナが決意を
    表明し、英国が支持した: Ukraine), and of the clauses subordinated to those (…が主張したことを受け、
    ロシアは警告した: who claimed); of an act received, its doer (北朝鮮の発射を受け、…抗議した)."""
    joined = linked_to(clauses, "coordination", {k})
    inner = linked_to(clauses, "subordination", set(joined))
    subjects = [
        a
        for j in (*joined, *inner)
        for a in clauses[j].args("subject", *(("agent",) if clauses[j].voice == "passive" else ()))
    ]
    return [i for a in subjects for i in actors_in(a.span, actors)]


def linked_to(clauses: Sequence[Clause], kind: str, heads: set[int]) -> list[int]:
    """The indexes of the clauses linked by `kind` to one of the clauses `heads`."""
    return [j for j, c in enumerate(clauses) if any(x.kind == kind and x.other in heads for x in c.links)]


def _joined_before(k: int, clauses: Sequence[Clause]) -> list[Clause]:
    """The clauses coordinated with clause `k` that come before it (呼び出し、 of …呼び出し、抗議した)."""
    return [clauses[j] for j in linked_to(clauses, "coordination", {k})]


# Predicates that report people killed or hurt (市民5人が死亡した), or what they own damaged
# (キーウの住宅が損壊した).
CASUALTIES = frozenset(
    {"死亡", "死傷", "負傷", "犠牲", "重傷", "軽傷", "重軽傷", "けが", "怪我", "死ぬ", "亡くなる"}
    | {"損壊", "損傷", "炎上", "倒壊", "全壊", "半壊", "被弾"}
)


# Verbs of harm taken, and the harm they take (被害を受ける, 損害を被る).
_TAKING = frozenset({"受ける", "被る", "こうむる"})
_HARM = frozenset({"被害", "損害", "打撃"})


def casualties(trigger: Span, clauses: Sequence[Clause]) -> Clause | None:
    """The casualty clause an attack named by a noun is the cause of (ロシア軍の攻撃で市民5人が死亡した;
    死亡または行方不明になった: the state they came to), if any."""

    def caused(c: Clause) -> bool:
        return any(a.head.overlaps(trigger) for a in c.args("oblique", "agent"))

    def happened(c: Clause) -> bool:
        # 発砲があり、…死亡した: the attack that took place before; 空爆を行い、…で10人が死亡した,
        # 砲撃し、…死亡した: the attack done before
        if c.lemma in _HAPPENING:
            return any(a.head.overlaps(trigger) for a in c.args("subject"))
        return c.predicate.overlaps(trigger) or (
            c.light is not None and any(a.head.overlaps(trigger) for a in c.args("object"))
        )

    for k, c in enumerate(clauses):
        came_to = c.lemma == "なる" and any(
            word in a.text for a in c.args("dative") for word in (*CASUALTIES, "行方不明")
        )
        # 集合住宅が被害を受けた, 大きな損害を被った: harm taken is a casualty too
        took = c.light in _TAKING and c.lemma in _HARM
        if not (c.lemma in CASUALTIES or came_to or took):
            continue
        # 砲撃で子供を含む民間人11人が死亡: the parse may hang the cause on a clause inside the subject
        linked = [(d, x.kind) for d in clauses for x in d.links if x.other == k]
        if (
            caused(c)
            or any(caused(d) for d, kind in linked if kind in ("relative", "subordination"))
            or any(happened(d) for d, kind in linked if kind == "coordination")
        ):
            return c
    return None


# Predicates that say an act took place (攻撃があった, 砲撃が起きた).
_HAPPENING = frozenset({"ある", "起きる", "起こる", "発生"})


def victims(trigger: Span, clauses: Sequence[Clause], actors: Sequence[Span]) -> list[int]:
    """The actors an attack named by a noun harmed, where the noun is the cause of a casualty
    predicate (ロシア軍の攻撃でウクライナの市民5人が死亡した, 空爆により、ガザ地区で20人が死亡): the
    actors of that clause's subject, else of the place it names with で."""
    c = casualties(trigger, clauses)
    if c is None:
        return []
    out = [i for a in c.args("subject", "topic") for i in actors_in(a.span, actors)]
    return out or [
        i for a in c.args("oblique") if a.marker.startswith(PLACE_MARKERS) for i in actors_in(a.span, actors)
    ]


# Head nouns of a count of people an act is done to (15 people, 18 members, nine children).
_PEOPLE = frozenset(
    {
        "people",
        "persons",
        "members",
        "civilians",
        "children",
        "residents",
        "villagers",
        "worshippers",
        "passengers",
        "workers",
        "women",
        "men",
        "soldiers",
        "fighters",
        "troops",
        "militants",
        "relatives",
    }
)


def hit_where(k: int, clauses: Sequence[Clause], actors: Sequence[Span]) -> list[int]:
    """English: the actors of the place an act on unnamed people took place in (killed 25 people
    across the Gaza Strip, wounded civilians in Kharkiv): whom it hit, where its object names no one."""
    c = clauses[k]
    objects = c.args("object")
    if not objects or any(actors_in(a.span, actors) for a in objects):
        return []
    # killed 15 people from a Palestinian family: where a count of people comes from owns them
    # (missiles fired from Gaza: never where a weapon is fired from)
    people = any(a.text.lower() in _PEOPLE for a in objects)
    return [
        i
        for a in c.args("oblique")
        if a.marker in ("in", "across", "throughout") or (people and a.marker == "from")
        for i in actors_in(a.span, actors)
    ]


def describing(src: set[int], k: int, clauses: Sequence[Clause], actors: Sequence[Span]) -> set[int]:
    """The actors named in the relative clauses, other than clause `k`, that modify one of `src`
    (台湾政策を担当する台湾事務弁公室: Taiwan describes the office). A と-phrase is left out: the
    parse may hang the other party of the act on the clause (岸田首相と来日したモディ首相が会談)."""
    return _named_in_relatives(k, clauses, actors, lambda head: bool(set(actors_in(head, actors)) & src))


def describing_arguments(k: int, clauses: Sequence[Clause], actors: Sequence[Span]) -> set[int]:
    """The actors named in the relative clauses, other than clause `k`, that modify a noun in one of
    clause `k`'s arguments other than its subject or topic (トランプ大統領が示した和平計画に合意: Trump
    describes the plan). A と-phrase is left out, as in `describing`."""
    held = [a.span for a in clauses[k].arguments if a.relation not in ("subject", "topic")]
    return _named_in_relatives(k, clauses, actors, lambda head: any(head.overlaps(x) for x in held))


def _named_in_relatives(
    k: int, clauses: Sequence[Clause], actors: Sequence[Span], modifies: Callable[[Span], bool]
) -> set[int]:
    """The actors named in the arguments (but a と-phrase) of the relative clauses, other than clause
    `k`, whose head noun `modifies` accepts."""
    return {
        i
        for j, c in enumerate(clauses)
        if j != k
        and any(link.kind == "relative" and link.head is not None and modifies(link.head) for link in c.links)
        for a in c.arguments
        if not a.marker.startswith("と")
        for i in actors_in(a.span, actors)
    }


def said_of(k: int, clauses: Sequence[Clause], actors: Sequence[Span]) -> list[int]:
    """The actors of the subjects and topics of the clauses that clause `k` (or the verb carrying it)
    reports (中国の措置は違法だと非難した: China): whom what is said is said of."""
    heads = {k, carrier(k, clauses)}
    # 違法であるとして抗議した: として is a verb of its own, coordinated with the reaction
    heads |= {j for j in linked_to(clauses, "coordination", heads) if clauses[j].lemma == "する"}
    quoted = [
        j
        for j, c in enumerate(clauses)
        if any(
            x.other in heads
            and (x.kind == "report" or (x.kind == "subordination" and c.chain[-1:] == ("と",)))
            for x in c.links
        )
    ]
    return [i for j in quoted for a in clauses[j].args("subject", "topic") for i in actors_in(a.span, actors)]


def topics_above(
    k: int, clauses: Sequence[Clause], actors: Sequence[Span], *, coordinated: bool = False
) -> list[int]:
    """The actors of the topics of the clauses clause `k` is subordinated to or reported by, and of
    those above them in turn (国防省は、中国軍が演習を行う計画だと公表した: the ministry is the topic of
    公表, above 計画, which the exercise is subordinated to); `coordinated`: also of the clauses it
    is coordinated with."""
    kinds = ("subordination", "report", "complement", *(("coordination",) if coordinated else ()))
    out: list[int] = []
    seen = {k}
    todo = [k]
    while todo:
        for x in clauses[todo.pop()].links:
            up = x.other
            if x.kind not in kinds or not 0 <= up < len(clauses) or up in seen:
                continue
            seen.add(up)
            todo.append(up)
            # …が…合意したと表明した: the が-subject of a report is its speaker as much as a topic is
            relations = ("topic", "subject") if x.kind == "report" else ("topic",)
            out += [i for a in clauses[up].args(*relations) for i in actors_in(a.span, actors)]
    return out


def own_subject(
    k: int, clauses: Sequence[Clause], actors: Sequence[Span], frame: str = "default"
) -> list[int]:
    """The actors of clause `k`'s own subject or topic (the agent of a passive, where `frame` makes it
    the source), or of the noun a relative clause modifies: who acts by the parse, before any carried
    subject."""
    c = clauses[k]
    relations = ("agent",) if c.voice == "passive" else ("subject", "topic")
    table = default_frames()
    own = [a for a in c.args(*relations) if table.role(frame, c.voice, a.relation, a.marker) != "target"]
    subjects = [a for a in own if a.relation == "subject"]
    if len(subjects) > 1:
        # 清国政府が…支払うことと引き換えに、日本軍が撤兵した: a clause has one が-subject, the one
        # nearest its predicate; one before it the parse hung here is a clause's inside
        own = [a for a in own if a.relation != "subject" or a is subjects[-1]]
    if any(a.marker.startswith("が") for a in subjects) and c.language == "ja" and c.voice == "active":
        # 知事は2日、ロシア軍が…攻撃し…と明らかにした: the parse hangs the speaking topic on the
        # reported verb too; its が-subject is the one who acts
        own = [a for a in own if a.relation != "topic"]
    out = [i for a in own for i in actors_in(a.span, actors)]
    if not out and c.voice == "active":
        heads = [x.head for x in c.links if x.kind == "relative" and x.head is not None]
        out = [i for h in heads for i in actors_in(h, actors)]
    return out


def chained_subject(k: int, clauses: Sequence[Clause], actors: Sequence[Span]) -> list[int]:
    """The actors of the subject of a clause (active or causative) coordinated into active clause `k`
    before it, when `k` names no subject, topic or agent of its own (タイ側が領内に侵入し、先に攻撃を
    行った: the chain of verbs shares its subject). The clause right before `k` counts as well where
    the parse hangs both on the verb that reports `k` (…が部隊を集結させ、陣地を砲撃したと反論)."""
    c = clauses[k]
    if c.voice != "active" or c.args("subject", "topic", "agent"):
        return []
    heads = {k} | {x.other for x in c.links if x.kind == "report"}
    for j in range(k - 1, -1, -1):
        other = clauses[j]
        into = {x.other for x in other.links if x.kind == "coordination"}
        if other.voice == "passive" or not (k in into or (j == k - 1 and into & heads)):
            continue
        if conditional(other):
            return []  # 米韓が演習を強行するなら、対抗措置を取る: who meets a condition does not answer it
        if any(x.kind == "report" and x.other == j for d in clauses for x in d.links):
            # 日米が「…」と述べ、強い不満を表明した: a が the parse hangs on a verb of saying is what
            # it reports
            return []
        named = [i for a in other.args("subject") for i in actors_in(a.span, actors)]
        if named:
            return named
    return []


def makers(k: int, clauses: Sequence[Clause], actors: Sequence[Span]) -> list[int]:
    """The actors of the subject of a relative clause on clause `k`'s object or dative (中国が公表した
    「標準地図」に抗議: China), or of the clause that object nominalises (ロシア軍が演習を行うことに抗議:
    Russia): a reaction to a thing or an act is aimed at whoever made or did it."""
    return [i for j in _making(k, clauses) for a in _maker(j, clauses) for i in actors_in(a.span, actors)]


def inside_said(
    k: int, clauses: Sequence[Clause], actors: Sequence[Span], said: Callable[[Span], bool]
) -> set[int]:
    """The actors named inside a relative clause on a remark (`said` tells a noun of one) that is or
    owns clause `k`'s object or dative, or in a clause below it, other than its maker (高市首相が台湾問題
    に…介入する可能性に言及した発言の撤回を要求: 台湾 is in what the remark says, not whom the demand
    addresses)."""
    made = [
        j
        for j in _making(k, clauses)
        if any(x.kind == "relative" and x.head is not None and said(x.head) for x in clauses[j].links)
    ]
    below = set(made)
    todo = list(made)
    while todo:
        j = todo.pop()
        for m in linked_to(clauses, "subordination", {j}) + linked_to(clauses, "complement", {j}):
            if m not in below:
                below.add(m)
                todo.append(m)
    makers = {id(a) for j in made for a in _maker(j, clauses)}
    return {
        i
        for j in below
        for a in clauses[j].arguments
        if id(a) not in makers and not (j in made and a.relation in ("subject", "topic"))
        for i in actors_in(a.span, actors)
    }


def _making(k: int, clauses: Sequence[Clause]) -> list[int]:
    """The active clauses that make clause `k`'s object or dative: a relative clause on it (or on the
    noun that owns it by の: …が言及した発言の撤回), or the clause it nominalises (…を行うことに)."""
    taken = [a.span for a in clauses[k].args("object", "dative")]
    acts = [a.head for a in clauses[k].args("object", "dative") if a.text in _NOMINALISERS]
    return [
        j
        for j, c in enumerate(clauses)
        if c.voice == "active"
        and (
            any(
                x.kind == "relative"
                and x.head is not None
                and any(x.head.overlaps(s) or 0 <= s.start - x.head.end <= 1 for s in taken)
                for x in c.links
            )
            or (any(x.other == k for x in c.links) and any(0 <= h.start - c.predicate.end <= 2 for h in acts))
        )
    ]


def _maker(j: int, clauses: Sequence[Clause]) -> list[Argument]:
    """The subject or topic of clause `j`, else of the first clause below it that names one (the parse
    may hang 高市首相が of …が…介入する可能性に言及した on the clause inside)."""
    own = list(clauses[j].args("subject", "topic"))
    if own:
        return own
    for m in linked_to(clauses, "subordination", {j}):
        below = list(clauses[m].args("subject"))
        if below:
            return below
    return []


# Formal nouns that make a clause an act named as a noun (演習を行うこと, 発射したの).
_NOMINALISERS = frozenset({"こと", "の"})


def _nominalised_into(k: int, other: Clause, clauses: Sequence[Clause]) -> bool:
    """Whether clause `k` is closed as a noun (…が侵入したこと) that `other` takes as an argument
    (…したことについて、官房長官は抗議した): a thing talked about, whose actor is none of `other`'s."""
    end = clauses[k].predicate.end
    return clauses[k].language == "ja" and any(
        a.text in _NOMINALISERS and a.marker in _ABOUT and 0 <= a.head.start - end <= 5
        for a in other.arguments
    )


# What a clause closed as a noun is taken as: a matter reacted to (…したことについて, …したことに対し),
# not a report of the act (…したことを明らかにした, whose speaker did it)
_ABOUT = frozenset({"について", "に対し", "に対して", "をめぐり", "を巡り", "に関し", "に関して"})


def _carried(
    k: int, clauses: Sequence[Clause], actors: Sequence[Span], seen: frozenset[int] = frozenset()
) -> list[int]:
    """The subject (or topic) of a clause `k` is joined to, up the links or from a clause joined to it."""
    seen = seen | {k}
    # first a clause coordinated into this one before it (外相がロシアを訪問し、…と面会した: the te-form
    # chain shares its subject), then up the links
    near = [
        j
        for j, c in enumerate(clauses)
        if j < k and any(x.kind == "coordination" and x.other == k for x in c.links)
    ]
    near += [link.other for link in clauses[k].links if link.kind in CARRY]
    # down only to clauses joined to this one, not to what it reports (日本が…と非難: 日本 is not the speaker)
    near += [
        j
        for j, c in enumerate(clauses)
        if any(x.kind in CARRY and x.kind != "report" and x.other == k for x in c.links)
    ]
    for j in near:
        if j in seen or not 0 <= j < len(clauses) or _nominalised_into(k, clauses[j], clauses):
            continue
        other = clauses[j]
        subject = [i for a in _subjects(other) for i in actors_in(a.span, actors)]
        if conditional(other) and other.predicate.end <= clauses[k].predicate.start:
            subject = []  # 日本が介入すれば、制裁を科す: who meets the condition is not who answers it
        if subject and other.voice == "active":
            return subject
        deeper = _carried(j, clauses, actors, seen)
        if deeper:
            return deeper
    return []


def _subjects(c: Clause) -> list[Argument]:
    """The subject or topic of `c`, with a と phrase written right before it (トランプ大統領とプーチン
    大統領が: the parse hangs the first name on the verb, but both are the subject)."""
    own = c.args("subject", "topic")
    starts = {a.span.start for a in own}
    paired = [a for a in c.args("oblique") if a.marker == "と" and a.span.end in starts]
    return [*paired, *own]


def status(
    c: Clause, priority: Sequence[str], frames: Frames | None = None, carrying: bool = False
) -> str | None:
    """The status the predicate's own chain gives (予定 → planned, ない → negated), or None. A verb
    `carrying` an act's noun gives its own lemma too (plans a visit, considers an end to arms sales)."""
    table = frames or default_frames()
    words = set(c.chain) | ({c.lemma} if carrying else set())
    if announced(c):
        # said it would lodge a protest: the future of what is told, as will is of what is said
        words = (words - {"would"}) | {"will"}
    if obliged(c):
        return "desired"  # 科さなければならない, 科さねばならない: an obligation, not a negation
    for name in priority:
        if words & table.chain.get(name, frozenset()):
            return name
    return None


def announced(c: Clause) -> bool:
    """Whether the clause is what a report says will be done (said it would lift sanctions): the
    announcement of a decision."""
    return "would" in c.chain and any(link.kind == "report" for link in c.links)


def holding(trigger: Span, clauses: Sequence[Clause]) -> int | None:
    """The clause the trigger is the predicate of, else the one whose argument holds it (合同演習を
    強行する: 強行's)."""
    k = clause_of(trigger, clauses)
    if k is not None:
        return k
    return next(
        (k for k, c in enumerate(clauses) if any(a.span.overlaps(trigger) for a in c.arguments)), None
    )


def conditional(c: Clause) -> bool:
    """Whether a clause is the condition of another (攻撃すれば、報復する; 強行するなら; if Iran attacks
    Israel, unless Ukraine agrees): an act that may come, not one that happened. An obligation
    (科さなければならない) is none."""
    return any((w == "ば" and not _must(c.chain, i)) or w in ("if", "unless") for i, w in enumerate(c.chain))


def conditions(k: int, clauses: Sequence[Clause]) -> list[int]:
    """The condition clauses clause `k` follows from (日本が介入すれば、制裁を科す): written before it
    and linked to it either way (the parse may hang 制裁を科す under 介入すれば), or hung on the verb
    that reports `k` (日本が撤回しなければ制裁を科すと述べた: the condition is of what is said)."""
    reporting = {x.other for x in clauses[k].links if x.kind == "report"}
    return [
        j
        for j, c in enumerate(clauses)
        if j != k
        and conditional(c)
        and c.predicate.end <= clauses[k].predicate.start
        and (
            any(x.other == k or x.other in reporting for x in c.links)
            or any(x.other == j for x in clauses[k].links)
        )
    ]


def condition_subjects(k: int, clauses: Sequence[Clause]) -> list[Argument]:
    """The subjects of the condition clauses (if, unless) under clause `k` or the clauses that
    complete it (is ready to use nuclear weapons if NATO attacks: NATO)."""
    held = {k} | {
        j for j, c in enumerate(clauses) if any(x.kind == "complement" and x.other == k for x in c.links)
    }
    return [
        a
        for d in clauses
        if {"if", "unless"} & set(d.chain)
        and any(x.kind == "subordination" and x.other in held for x in d.links)
        for a in d.args("subject")
    ]


def conditioning(k: int, clauses: Sequence[Clause], actors: Sequence[Span]) -> list[int]:
    """The actors of `condition_subjects`."""
    return [i for a in condition_subjects(k, clauses) for i in actors_in(a.span, actors)]


def obliged(c: Clause) -> bool:
    """Whether a Japanese clause's chain puts an obligation on it: ば then ならない or いけない
    (科さなければならない, 科さねばならない), or べし."""
    return "べし" in c.chain or any(w == "ば" and _must(c.chain, i) for i, w in enumerate(c.chain))


def _must(chain: Sequence[str], i: int) -> bool:
    """Whether the ば at `i` is followed by なる or いける: an obligation, not a condition."""
    return i + 1 < len(chain) and chain[i + 1] in _MUST


_MUST = frozenset({"なる", "いける", "いけない", "ならない"})


def reporter(k: int, clauses: Sequence[Clause], actors: Sequence[Span]) -> list[int]:
    """The speakers of a clause that is what another clause says (…と述べた, …ことを明らかにした)."""
    for link in clauses[k].links:
        if link.kind == "report" and 0 <= link.other < len(clauses):
            other = clauses[link.other]
            return [i for a in other.args("subject", "topic") for i in actors_in(a.span, actors)]
    return []


def governing(k: int, clauses: Sequence[Clause]) -> list[int]:
    """Clause `k` and the clauses above it, nearest first: those it is coordinated with,
    subordinated to, the complement or the report of (1945年8月、…戦い、…打ち破り、…開いた: the
    time on the last predicate dates the first)."""
    out = [k]
    while True:
        up = [x.other for x in clauses[out[-1]].links if x.kind in (*CARRY, "report")]
        if not up or up[0] in out or not 0 <= up[0] < len(clauses):
            return out
        out.append(up[0])


def told(k: int, clauses: Sequence[Clause]) -> bool:
    """Whether clause `k`, or a clause it is carried by, is what a report frame says."""
    return any(x.kind == "report" for j in governing(k, clauses) for x in clauses[j].links)


def relatives(clauses: Sequence[Clause]) -> list[int]:
    """The relative clauses (…した際の演習, 2030年までに結んだ協定) and the clauses under them."""
    out = [k for k, c in enumerate(clauses) if any(x.kind == "relative" for x in c.links)]
    grew = True
    while grew:
        more = [k for k, c in enumerate(clauses) if k not in out and any(x.other in out for x in c.links)]
        out.extend(more)
        grew = bool(more)
    return out
