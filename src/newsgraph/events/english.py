"""Roles in English sentences: subject before the verb, object after it, `by` in passives.

English marks roles by position, so for each trigger the nearest actor before it in the same clause
is the source and the first actor after it (directly or after to/with/on/against/into) is the target.
A passive (`was attacked by X`) swaps them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from newsgraph.events.clausal import actors_in, default_frames
from newsgraph.events.clauses_en import apposed, role_marker
from newsgraph.events.lexicon import TriggerMatch
from newsgraph.events.types import types
from newsgraph.model import Clause, Span

_CLAUSE_BREAK = re.compile(r"[;.!?]|,\s+(?:and|but|while|as|which|who)\b|\b(?:and|but)\s+(?=[a-z]+ed\b)")
_PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are)\s+$", re.I)
_BY = re.compile(r"^\s*by\b", re.I)
# What may stand between a verb and its object: function words, and a capitalised title or
# demonym before a name (talks with Russian Foreign Minister Sergei Lavrov).
_OBJECT_GAP = re.compile(
    r"^\s*(?:[a-z]+\s+){0,2}?"  # a direct object before the indirect one: released prisoners to Iran
    r"(?:(?:with|to|on|against|into|from|the|its|their|his|her|a|an|of|by)\s+|[A-Z][\w.'-]*\s+"
    r"|\d[\d,.]*\s+){0,6}$"  # a number before the object: kidnapped up to 16 Russian advisers
)
_SYMMETRIC_OBJECT = re.compile(r"^\s*(?:(?:with|to|the|its|their|his|her)\s+|[A-Z][\w.'-]*\s+){0,6}$")
# `Israel, which has carried out strikes`: the actor before `, which` is the relative clause's subject.
_RELATIVE = re.compile(r"^,\s+(?:which|who)\b[^,;.!?]*$")
# `in X`, or in a place noun of X (blocked roads in the capital city of Algiers): the words before the
# place name stand for the parse's prepositional phrase, which a sentence without a parse lacks.
_PLACE_PREP = re.compile(
    r"\b(?:in|at)\s+(?:(?:the|a)\s+)?(?:(?:capital|city|town|village|province|region|district|streets?|suburbs?"
    r"|outskirts|port|border\s+town|capital\s+city)\s+of\s+(?:the\s+)?)?$",
    re.I,
)


def english_roles(
    text: str, spans: list[tuple[int, int]], triggers: list[TriggerMatch]
) -> list[tuple[list[int], list[int], int | None]]:
    """(source indexes, target indexes, location index) per trigger, indexes into `spans`.

    An actor with another verb between it and the trigger belongs to that verb (`visited Kyiv and
    met X`: Kyiv is no subject of met); a trigger with no subject of its own shares the previous
    one's (`X visited Kyiv and met Y`).
    """
    roles: list[tuple[list[int], list[int], int | None]] = []
    for k, t in enumerate(triggers):
        others = [u for u in triggers if u is not t]
        free = _free_of(text, others)
        # met X in Riyadh after pledging: a place does not act, except where the people of the
        # place do (Thousands in South Korea protested)
        place_acts = types()[t.trigger.type].place == "source"
        before = [
            i
            for i, (s, e) in enumerate(spans)
            if e <= t.start
            and (free(e, t.start) or _RELATIVE.match(text[e : t.start]))
            and (place_acts or not _PLACE_PREP.search(text[:s]))
        ]
        after_all = [i for i, (s, e) in enumerate(spans) if s >= t.end and free(t.end, s)]
        loc = next((i for i in after_all if _PLACE_PREP.search(text[: spans[i][0]])), None)
        after = [i for i in after_all if i != loc]
        # The object stands right after the verb (urged al-Sharaa to join…with Israel: not Israel);
        # agreed a package of sanctions against X: X is no party to the agreement.
        gap_ok = _SYMMETRIC_OBJECT if t.trigger.frame == "symmetric" else _OBJECT_GAP
        after = [i for i in after if gap_ok.match(text[t.end : spans[i][0]])]
        src = _group(text, spans, before[-1:], backwards=True) if before else []
        tgt = _group(text, spans, after[:1], backwards=False) if after else []
        if (
            not src
            and k > 0
            and roles
            and re.search(r"\b(?:and|then)\b|,", text[triggers[k - 1].end : t.start])
        ):
            src = roles[-1][0]
        if _PASSIVE.search(text[: t.start]):
            agent = [
                i
                for i in after_all
                if _BY.match(text[t.end : spans[i][0]]) or _BY.match(text[spans[i][0] - 4 : spans[i][0]])
            ]
            src, tgt = (agent[:1] or []), src
        roles.append((src, tgt, loc))
    return roles


def _free_of(text: str, others: list[TriggerMatch]):  # type: ignore[no-untyped-def]
    """A test that text[a:b] crosses no clause break and holds none of the `others` triggers."""

    def free(a: int, b: int) -> bool:
        return not _CLAUSE_BREAK.search(text[a:b]) and not any(a <= u.start and u.end <= b for u in others)

    return free


def _group(text: str, spans: list[tuple[int, int]], seed: list[int], backwards: bool) -> list[int]:
    """Extend a mention to its coordination: `Japan and South Korea`, `the US, Japan and Korea`."""
    group = list(seed)
    i = seed[0]
    step = -1 if backwards else 1
    while 0 <= i + step < len(spans):
        a, b = (i + step, i) if backwards else (i, i + step)
        gap = text[spans[a][1] : spans[b][0]]
        if re.fullmatch(r"\s*(?:,|and|, and|&)\s*(?:the\s+)?", gap):
            group.append(i + step)
            i += step
        else:
            break
    return sorted(group)


def parse_roles(
    k: int,
    clauses: Sequence[Clause],
    frame: str,
    actors: Sequence[Span],
    reach: bool = False,
    purpose: bool = False,
) -> tuple[list[int], list[int]]:
    """(source, target) actor indexes for the English clause `k` by the frame table: the subject (or
    a passive's `by` agent) acts; the object, dative or the preposition the frame names (talks with
    X, attack on X, aid to X) undergoes. An apposition counts when its head names no actor
    (`Salaheddine Sidhoum, Algeria's leading activist`); a nominal clause's possessor or adjective
    acts (`Israel's invasion`, `Israeli raids`). A clause with no subject takes the subject of the
    verb it is the complement or coordinate of (staged rallies against X: the stagers protest); with
    no target, the complement it governs names it (threatened to break relations with Russia; with
    `reach`, demanded that the United States act and warned that Iran would: the complement's
    subject; with `purpose`, a protest's purpose clause names what it is against: blocked a road to
    show their disapproval of X); with none still, an ultimatum's `unless` clause names it."""
    src, tgt = _own_roles(clauses[k], frame, actors)
    if not src:
        src = _governor_subject(k, clauses, actors)
    if not tgt and clauses[k].nominal and frame in ("attack", "symmetric"):
        # (held talks in Qatar with their Afghan counterparts: the verb's with names the other side)
        tgt = [i for i in _carrier_obliques(k, clauses, frame, actors) if i not in src]
    # prepared to resume shelling X: a complement's own complement, two steps down, names it too
    heads = [k]
    seen = {k}
    for _ in range(3):
        if tgt:
            break
        below: list[int] = []
        for j, c in enumerate(clauses):
            kinds = {x.kind for x in c.links if x.other in heads}
            aim = purpose and "subordination" in kinds and c.chain[:1] == ("to",)
            if j == k or not ("complement" in kinds or (reach and "report" in kinds) or aim):
                continue
            below.append(j)
            subject = [i for a in c.args("subject") for i in actors_in(a.span, actors)]
            # demanded that the United States act: the United States is asked; a complement sharing
            # the subject names the target itself (threatened to cut ties with X)
            own = subject and not set(subject) & set(src)
            tgt = subject if own else _own_roles(c, "default", actors)[1]
            tgt = [i for i in tgt if i not in src]
            if tgt:
                break
        # only through verbs that take no object of their own (prepare, resume, begin), never past
        # an object that names no one (urged al-Sharaa to join…: al-Sharaa is the one urged)
        seen.update(below)
        heads = [j for j in below if not clauses[j].args("object", "dative")]
        if clauses[k].args("object", "dative"):
            break
    if not tgt:
        # threatened to strike unless Israel rescinded the annexation: an ultimatum is aimed at the
        # one whose act its condition names
        tgt = [
            i
            for c in clauses
            if "unless" in c.chain and any(x.kind == "subordination" and x.other in seen for x in c.links)
            for a in c.args("subject")
            for i in actors_in(a.span, actors)
        ]
    return src, [i for i in tgt if i not in src]


def own_targets(k: int, clauses: Sequence[Clause], actors: Sequence[Span]) -> list[int]:
    """The actors clause `k`'s own arguments make targets of a two-sided act (with X, between X)."""
    return _own_roles(clauses[k], "symmetric", actors)[1]


def reacted_to(k: int, clauses: Sequence[Clause], actors: Sequence[Span]) -> list[int]:
    """The actors of an act clause `k`'s object (or its against, over or about phrase) names as a noun
    (condemned Russia's missile strikes on Ukrainian cities, protested against North Korea's launch:
    Russia, North Korea): its possessor or adjective, whom a reaction to it is aimed at."""
    about = [a for a in clauses[k].args("oblique") if a.marker in ("against", "over", "about")]
    for a in [*clauses[k].args("object"), *about]:
        for c in clauses:
            if c.nominal and c.predicate.overlaps(a.head):
                return _own_roles(c, "attack", actors)[0]
    return []


def english_objects(k: int, clauses: Sequence[Clause], actors: Sequence[Span]) -> set[int]:
    """Actors inside the object of another verb than clause `k`'s (meets Syria's al-Sharaa after
    pledging…): no subject of `k` by word position."""
    return {
        i
        for j, c in enumerate(clauses)
        if j != k and not c.nominal
        for a in c.args("object", "dative")
        for i in actors_in(a.span, actors)
    }


def _own_roles(c: Clause, frame: str, actors: Sequence[Span]) -> tuple[list[int], list[int]]:
    table = default_frames()
    src: list[int] = []
    tgt: list[int] = []
    side_src: list[int] = []  # from appositions: read when the head phrase names no one
    side_tgt: list[int] = []
    for a in c.arguments:
        relation = "subject" if a.relation == "adnominal" else a.relation
        role = table.role(frame, c.voice, relation, role_marker(a))
        if c.nominal and relation == "agent":
            role = "source"  # the shelling of Sarajevo by Serbian forces: `by` names who acts
        ids = actors_in(a.span, actors)
        if apposed(a):
            (side_src if role == "source" else side_tgt if role == "target" else []).extend(ids)
        elif role == "source":
            src.extend(i for i in ids if i not in src)
        elif role == "target":
            tgt.extend(i for i in ids if i not in tgt)
    src = src or side_src
    tgt = [i for i in (tgt or side_tgt) if i not in src]
    return src, tgt


def _carrier_obliques(k: int, clauses: Sequence[Clause], frame: str, actors: Sequence[Span]) -> list[int]:
    """The targets the prepositions of the verb carrying nominal clause `k` as its object name: the
    parse may hang an attack's own phrase on that verb (carried out airstrikes on Iranian nuclear
    sites, launched attacks against Israeli positions)."""
    noun = clauses[k].predicate
    for x in clauses[k].links:
        if x.kind != "complement" or not 0 <= x.other < len(clauses):
            continue
        verb = clauses[x.other]
        if any(a.head.overlaps(noun) for a in verb.args("object")):
            obliques = tuple(a for a in verb.arguments if a.relation == "oblique")
            return _own_roles(replace(verb, arguments=obliques), frame, actors)[1]
    return []


# Verbs that judge or answer an act named as a noun (called the move to expel the diplomats a step,
# condemned the decision to close the border): the act is another's, not the judge's.
_JUDGING = frozenset(
    {"call", "describe", "criticize", "criticise", "condemn", "denounce", "welcome", "reject", "slam",
     "praise", "oppose", "label", "term", "brand", "dismiss", "hail", "protest", "decry", "blast"}
)  # fmt: skip


def _governor_subject(k: int, clauses: Sequence[Clause], actors: Sequence[Span]) -> list[int]:
    """The source of the clause `k` is the complement, coordinate or subordinate of, or the
    to-infinitive on a noun that names no one of (announced plans to visit Washington, an agreement
    to end the war: whoever has the plans or seeks the agreement), unless a verb of judging holds
    the noun (called the move to expel the diplomats a step: the move is another's)."""
    seen = {k}
    while True:
        up = [
            x.other
            for x in clauses[k].links
            if x.kind in ("complement", "coordination", "subordination")
            or (
                x.kind == "relative"
                and "to" in clauses[k].chain
                and x.head is not None
                and not actors_in(x.head, actors)
                and clauses[x.other].lemma not in _JUDGING
            )
        ]
        if not up or up[0] in seen or not 0 <= up[0] < len(clauses):
            return []
        controlled = any(x.kind == "complement" and x.other == up[0] for x in clauses[k].links)
        k = up[0]
        seen.add(k)
        c = clauses[k]
        if controlled and c.lemma in _OBJECT_CONTROL and c.voice == "active":
            # accused Rwanda of violating the deal by backing rebels: who is accused does it
            found = [i for a in c.args("object") for i in actors_in(a.span, actors)]
            if found:
                return found
        rel = "agent" if c.voice == "passive" else "subject"
        found = [i for a in c.args(rel) if not apposed(a) for i in actors_in(a.span, actors)]
        found = found or [i for a in c.args(rel) for i in actors_in(a.span, actors)]
        if found:
            return found


# Verbs whose object does what the complement after them tells (accused X of violating, blamed X for
# attacking, praised X for agreeing).
_OBJECT_CONTROL = frozenset(
    {"accuse", "blame", "charge", "suspect", "condemn", "criticize", "criticise", "praise"}
)


# A trigger in a complement of one of these is the content of that act, no event of its own:
# threatened to shell X (one THREATEN), called on X to release Y (one REQUEST), agreed to withdraw,
# called off the strikes on X (one CONCEDE), lifted the blockade on X (one RETREAT), halted aid to X
# (one SANCTION), prepared to resume shelling X (one MOBILIZE against X).
GOVERNING = (
    "REQUEST", "THREATEN", "AGREE", "REJECT", "ACCUSE", "CONCEDE",
    "CONSULT", "RETREAT", "SANCTION", "MOBILIZE",
)  # fmt: skip
# Acts whose purpose clause (to protest X, to show their anger at X, opened fire to disperse the
# demonstrators) or purpose (mobilized reservists for a war against X) is what they are against: its
# trigger folds into them.
AGAINST = ("PROTEST", "ASSAULT", "COERCE", "MOBILIZE")
# Acts whose purpose clause names their target: those above, and help (opened the bridge to allow
# deliveries to Afghanistan, sent troops to help Kuwait).
PURPOSEFUL = (*AGAINST, "RETREAT", "AID")


# Prepositions of a phrase that sets the time or occasion of an act (during the attacks, amid clashes).
_FRAMING = frozenset({"during", "amid", "amidst", "after", "before", "following", "since"})


_FRAMED = re.compile(r"\b(?:" + "|".join(sorted(_FRAMING)) + r")\s+(?:[\w'-]+\s+){0,3}$", re.IGNORECASE)


# Phrases that give the cause or means of another act (swapped prisoners as a result of mediation by
# X, returned home with the help of X): an act of their own, not what the other act is about.
_CAUSING = re.compile(
    r"\b(?:as a result of|thanks to|with the help of|due to|because of)\s+(?:[\w'-]+\s+){0,2}$", re.IGNORECASE
)


def _framing(t: TriggerMatch, text: str) -> bool:
    """Whether trigger `t` opens a phrase that sets the time or occasion of another act (during
    Russian attacks on…, amid renewed clashes). Only one that names whose act it is (Russian, Israel's)
    is told as an act of its own."""
    return bool(text) and _FRAMED.search(text, 0, t.start) is not None


def _subject_of(t: TriggerMatch, c: Clause, base: int) -> bool:
    """Whether trigger `t` heads the subject of clause `c`, or, `c` being passive, the phrase of
    what did it (were killed in Russian attacks on Kyiv, in a wave of Russian strikes, were wounded
    by Israeli shelling)."""
    span = Span(base + t.start, base + t.end)
    if any(a.head.overlaps(span) for a in c.args("subject")):
        return True
    return c.voice == "passive" and any(
        a.span.contains(span) for a in c.args("oblique", "agent") if a.marker in ("in", "by", "")
    )


def english_content(
    triggers: list[TriggerMatch], clauses: Sequence[Clause], base: int, text: str = ""
) -> tuple[list[TriggerMatch], dict[int, str]]:
    """Fold each trigger whose clause is the complement of a governing act's clause (through
    clauses that are no trigger: threatened to launch an attack) into that act: (triggers left,
    {governing trigger id: the content's type as its mode}). A second trigger of the governing
    type there repeats it (imposed sanctions): it folds too. A report (warned that X would attack)
    is content only of a threat; a condition (if, unless) is content of the act it conditions. A
    trigger inside the object of a governing act, at any depth, is content too (rejected Iraq's
    proposal for a cease-fire, condemned the attack on the embassy)."""
    english = [c for c in clauses if c.language == "en"]
    if not english or len(triggers) < 2:
        return triggers, {}
    from newsgraph.events.clausal import clause_of

    at: dict[int, TriggerMatch] = {}
    under: list[tuple[int, TriggerMatch]] = []  # a phrase no clause heads: the clause it is an argument of
    for t in triggers:
        span = Span(base + t.start, base + t.end)
        k = clause_of(span, clauses)
        if k is not None:
            at.setdefault(k, t)
            continue
        j = next((j for j, c in enumerate(clauses) if any(a.head.overlaps(span) for a in c.arguments)), None)
        if j is not None:
            under.append((j, t))
    modes: dict[int, str] = {}
    drop: set[int] = set()
    for j, t in under:
        gov = at.get(j)
        if gov is not None and gov.trigger.type == "MOBILIZE" and t.trigger.type == "AID":
            # dispatched humanitarian aid to Indonesia: what is sent is aid, not forces
            drop.add(id(gov))
            at[j] = t
        elif gov is not None and gov.trigger.type in GOVERNING:
            drop.add(id(t))
            modes.setdefault(id(gov), t.trigger.type.lower())
        elif gov is None:
            at.setdefault(j, t)
    for k, t in list(at.items()):
        if id(t) in drop:
            continue
        seen = {k}
        j = k
        # threatened a strike unless Israel rescinded the annexation: a condition is content too
        conditional = bool({"if", "unless"} & set(clauses[k].chain))
        for _ in range(4):
            # withdraw unless X arranged a ceasefire: the condition's own arguments are content too
            conditional = conditional or bool({"if", "unless"} & set(clauses[j].chain))
            # blocked a road to show their disapproval of X: a protest's purpose is what it protests
            aim = clauses[j].chain[:1] == ("to",)
            # condemned the attacks, describing them as…: a participle with no subject of its own,
            # whose object only refers back (summoning the Israeli ambassador is an act of its own)
            participle = (
                j == k
                and not clauses[k].args("subject")
                and not clauses[k].chain
                and all(a.text.lower() in _REFERRING_OBJECTS for a in clauses[k].args("object"))
            )
            # called on Arabs to unite and mobilize: a coordinate leads on to what it is the content of
            kinds = (
                "complement",
                "report",
                "coordination",
                *(("subordination",) if conditional or aim or participle else ()),
            )
            up = next((x for x in clauses[j].links if x.kind in kinds), None)
            if up is None or up.other in seen:
                break
            gov = at.get(up.other)
            if gov is not None and id(gov) not in drop and up.kind == "coordination":
                break  # threatened X and attacked Y: two acts
            if gov is not None and id(gov) not in drop:
                # a demand reports what it demands (said Sudan must return the helicopter)
                reported = gov.trigger.type in ("THREATEN", "REQUEST")
                protested = aim and up.kind == "subordination" and gov.trigger.type in AGAINST
                # condemned X, describing them as…: the same act told again by a participle (accusing
                # Armenia beside a demand is an act of its own)
                by_participle = participle and up.kind == "subordination" and not (conditional or aim)
                if by_participle and gov.trigger.type != t.trigger.type:
                    break
                kind_ok = up.kind == "complement" or reported or conditional or protested or by_participle
                governs = gov.trigger.type in GOVERNING or protested
                if _framing(t, text) and any(a.text[:1].isupper() for a in clauses[k].args("adnominal")):
                    pass  # shot down drones during Russian attacks on Ukraine: two acts
                elif text and _CAUSING.search(text, 0, t.start):
                    pass  # swapped prisoners as a result of mediation by X: two acts
                elif (
                    kind_ok and gov.trigger.type == t.trigger.type and _subject_of(t, clauses[up.other], base)
                ):
                    # Russian attacks on Kyiv killed five, five were killed in Russian attacks on
                    # Kyiv: the act named as the doer is the one told, with its own parties; the
                    # verb tells what it did
                    drop.add(id(gov))
                elif kind_ok and (governs or gov.trigger.type == t.trigger.type):
                    drop.add(id(t))
                    if gov.trigger.type != t.trigger.type and not conditional and not protested:
                        modes.setdefault(id(gov), t.trigger.type.lower())
                break
            seen.add(up.other)
            j = up.other
    for k, gov in at.items():
        if id(gov) in drop or gov.trigger.type not in (*GOVERNING, *AGAINST):
            continue
        inside = [
            a.span
            for a in clauses[k].arguments
            if (a.relation in ("object", "dative", "oblique") and gov.trigger.type in GOVERNING)
            or a.marker == "for"
        ]
        for t in triggers:
            span = Span(base + t.start, base + t.end)
            if t is not gov and id(t) not in drop and any(a.contains(span) for a in inside):
                drop.add(id(t))
                modes.setdefault(id(gov), t.trigger.type.lower())
    return [t for t in triggers if id(t) not in drop], modes


# The head of the subject of a consequence foretold, not of an act someone will do (doing so, such a
# move, this).
_CONSEQUENCE = frozenset({"doing", "move", "step", "decision", "deal", "plan", "this", "that"})


def foretold(t: TriggerMatch, clauses: Sequence[Clause], base: int) -> bool:
    """Whether English warning `t` reports a consequence, not an act it threatens (warning that doing
    so would embolden Russia): the subject of what it says names an act, not an actor."""
    from newsgraph.events.clausal import clause_of

    k = clause_of(Span(base + t.start, base + t.end), clauses)
    return (
        t.trigger.type == "THREATEN"
        and k is not None
        and clauses[k].language == "en"
        and any(
            x.kind == "report"
            and x.other == k
            and any(a.text.lower() in _CONSEQUENCE for a in c.args("subject"))
            for c in clauses
            for x in c.links
        )
    )


# Objects that only refer back to what was named before (describing them as, calling it).
_REFERRING_OBJECTS = frozenset({"them", "it", "this", "these", "those", "that"})

# Auxiliaries that make a reported act one its actor intends (said they would boycott…).
FUTURE = frozenset({"will", "would", "shall"})
# Verbs that report a decision, and the measures a decision takes (announced it would impose
# sanctions: the sanctions, not a threat of them), as 制裁を科すと発表 is in force. A restriction at
# home announced for later (announced he will extend the curfew) stays a threat, as PLOVER codes it.
_DECIDED = frozenset({"announce", "decide"})
_ANNOUNCED_MEASURES = frozenset({"SANCTION"})


def english_intentions(
    triggers: list[TriggerMatch], clauses: Sequence[Clause], base: int, text: str = ""
) -> tuple[list[TriggerMatch], dict[int, str]]:
    """An act its reporter says it will do (Palestinian leaders said they would boycott all contact
    with X) is an intention: the type its own type's `intent` names (types.yaml: THREATEN for force,
    restriction and protest, AGREE for cooperation; PLOVER codes cooperative acts in the future tense
    as AGREE), its own type the mode. One it will do unless another acts is an ultimatum, a THREATEN
    whatever the act (Nigeria announced it would withdraw its force unless…). The intention is the
    saying (`text`, the sentence, gives its word): said is its trigger, so it is asserted where the
    act is only planned, and the act's clause, its complement, names the target. Returns the
    triggers, retyped, and {retyped trigger id: mode}."""
    from newsgraph.events.clausal import clause_of

    table = types()
    out: list[TriggerMatch] = []
    modes: dict[int, str] = {}
    for t in triggers:
        k = clause_of(Span(base + t.start, base + t.end), clauses)
        # a noun's act is done by the verb it is the object of (he will extend the curfew)
        if k is not None and clauses[k].nominal:
            up = next((x.other for x in clauses[k].links if x.kind == "complement"), None)
            k = up if up is not None and not clauses[up].nominal else k
        c = clauses[k] if k is not None else None
        report = next((x.other for x in c.links if x.kind == "report"), None) if c is not None else None
        if c is None or report is None or c.negated or not FUTURE & set(c.chain):
            out.append(t)
            continue
        speaker = {a.head for a in clauses[report].args("subject")}
        own = speaker and speaker == {a.head for a in c.args("subject")}
        unless = any(
            "unless" in d.chain and any(x.kind == "subordination" and x.other == k for x in d.links)
            for d in clauses
        )
        intent = "THREATEN" if unless else table[t.trigger.type].intent
        if not unless and clauses[report].lemma in _DECIDED and t.trigger.type in _ANNOUNCED_MEASURES:
            # announced it would prohibit all aid to the rebels: a measure announced is taken
            intent = None
        if own and intent and intent != t.trigger.type:
            said = clauses[report].predicate
            a, b = said.start - base, said.end - base
            free = text and not any(u is not t and u.start < b and a < u.end for u in triggers)
            a, b = (a, b) if free else (t.start, t.end)
            new = TriggerMatch(a, b, text[a:b] if free else t.surface, replace(t.trigger, type=intent))
            modes[id(new)] = t.trigger.type.lower()
            t = new
        out.append(t)
    out.sort(key=lambda m: m.start)
    return out, modes
