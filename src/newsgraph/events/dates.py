"""The date of an event: the time expression that depends on the predicate's clause, else one of the
sentence outside relative clauses, else the block's reference date at month granularity.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from newsgraph.events import clausal
from newsgraph.events.lexicon import TriggerMatch
from newsgraph.model import Clause, Span, TimeValue
from newsgraph.timex.interval import interval

_ADNOMINAL = re.compile(r"(?:まで|から|以来|以降)の")
# Acts whose content is a clause of its own, with its own time (…ことで合意, …ことで一致).
_CONTENT_DATED = frozenset({"AGREE"})


def _closed_as_nouns(clauses: Sequence[Clause]) -> set[int]:
    """The clauses closed as a noun by こと (…と会談したことと関連し): an argument headed by こと
    starts within a few characters after the clause's predicate (した, する)."""
    nouns = [a.head.start for x in clauses for a in x.arguments if a.text.startswith("こと")]
    return {j for j, c in enumerate(clauses) if any(0 <= n - c.predicate.end <= 4 for n in nouns)}


# What opens a bracket that glosses a time with the home country's (24日夜(日本時間25日未明)).
_GLOSS = re.compile(r"[(（](?:日本時間|現地時間)$")


def _local(tv: TimeValue, dated: Sequence[TimeValue], text: str, base: int) -> TimeValue:
    """`tv`, or where it glosses in brackets the local time written right before them, `tv` with
    that time's value."""
    gloss = _GLOSS.search(text, 0, max(0, tv.span.start - base)) if text else None
    if gloss is None:
        return tv
    local = next((x for x in dated if x.span.end - base == gloss.start()), None)
    return dataclasses.replace(tv, value=local.value) if local is not None else tv


def event_date(
    t: TriggerMatch,
    times: list[TimeValue],
    base: int,
    reference: str | None,
    clauses: Sequence[Clause] = (),
    ck: int | None = None,
    text: str = "",
) -> str | None:
    """The time that depends on the trigger's clause `ck`, else the sentence's (the last before the
    trigger, else the first; not one inside a relative clause nor a period of a noun in `text`, the
    sentence), else the reference date's month."""
    dated = [tv for tv in times if tv.kind in ("date", "range", "time") and tv.value]
    # 24日夜(日本時間25日未明): the home time in brackets glosses the local one right before it, whose
    # day it is
    dated = [_local(tv, dated, text, base) for tv in dated]
    if ck is not None:
        own = [tv for tv in dated if any(tv.span.overlaps(x) for x in clauses[ck].times)]
        if own:
            return own[-1].value
        # a relative clause's time dates the noun it modifies, not this predicate
        chain = clausal.governing(ck, clauses)
        others = [x for j in clausal.relatives(clauses) if j not in chain for x in clauses[j].times]
        dated = [tv for tv in dated if _lead(tv, text, base) or not any(tv.span.overlaps(x) for x in others)]
        # a time of another clause with a topic of its own (韓国政府は今月6日、…発表しており、岸田首相
        # は会談で…評価した) dates that clause, when this one has another topic of its own
        alien = _alien_times(ck, chain, clauses, text, base, "topic")
        dated = [tv for tv in dated if not any(tv.span.overlaps(x) for x in alien)]
        # the same for a が-subject (外相が28日に訪問し、…総書記が訪問する可能性: the minister's day)
        alien = (
            _alien_times(ck, chain, clauses, text, base, "subject") if clauses[ck].language == "ja" else []
        )
        dated = [tv for tv in dated if _lead(tv, text, base) or not any(tv.span.overlaps(x) for x in alien)]
        # a time inside a clause closed as a noun (…4日に面会したことと関連し、金総書記が訪ロする
        # 可能性) dates what that clause tells, unless the trigger is inside it too
        closed = _closed_as_nouns(clauses)
        if ck not in closed:
            held_there = [x for j in closed for x in clauses[j].times]
            dated = [
                tv
                for tv in dated
                if _lead(tv, text, base) or not any(tv.span.overlaps(x) for x in held_there)
            ]
        # a period no clause holds, joined to a noun by までの/以降の (2030年までの経済協力), is the
        # span that noun covers, not when this predicate happens: the parse attaches it to no
        # clause, so the particles after it are what tell
        held = [x for c in clauses for x in c.times]
        dated = [
            tv
            for tv in dated
            if any(tv.span.overlaps(x) for x in held) or not _ADNOMINAL.match(text, tv.span.end - base)
        ]
    if ck is not None and t.trigger.type in _CONTENT_DATED:
        # 来年4月に中国を訪れることで合意した: the time of what is agreed on dates that content, not
        # the agreement
        content = [x for j in clausal.linked_to(clauses, "subordination", {ck}) for x in clauses[j].times]
        content += [x for j in clausal.linked_to(clauses, "complement", {ck}) for x in clauses[j].times]
        dated = [tv for tv in dated if not any(tv.span.overlaps(x) for x in content)]
    before = [tv for tv in dated if tv.span.end - base <= t.start]
    if before:
        return before[-1].value
    if ck is not None:
        # a later time that another clause holds (…演習を行い、日本政府は来週…抗議する方針) dates
        # that clause
        chain = clausal.governing(ck, clauses)
        others = [x for j, c in enumerate(clauses) if j not in chain for x in c.times]
        dated = [tv for tv in dated if not any(tv.span.overlaps(x) for x in others)]
    if dated:
        return dated[0].value
    return reference[:7] if reference else None


def before(date: str | None, reference: str | None) -> bool:
    """Whether an event dated `date` ended before the day of `reference` (the story's date) began."""
    when, now = interval(date), interval(reference)
    return when is not None and now is not None and when[1] < now[0]


def to_come(date: str | None, reference: str | None) -> bool:
    """Whether an event dated `date` begins after the day of `reference` (the story's date) ends: an
    act the story tells of as still to come (来月、…を訪問し; next week's talks)."""
    when, now = interval(date), interval(reference)
    return when is not None and now is not None and when[0] > now[1]


def _lead(tv: TimeValue, text: str, base: int) -> bool:
    """Whether `tv` is written between a topic and 、 (岸田首相は3日、…): the lead's time, which dates
    the topic's predicate, wherever the parse hangs it (on a relative clause after it)."""
    start, end = tv.span.start - base, tv.span.end - base
    return start > 0 and text[start - 1] == "は" and text.startswith("、", end)


def _alien_times(
    ck: int, chain: Sequence[int], clauses: Sequence[Clause], text: str, base: int, relation: str
) -> list[Span]:
    """The times of the clauses outside `chain` whose arguments of `relation` name other words than
    clause `ck`'s own (none where `ck` has no such argument)."""
    mine = _topics([ck], clauses, text, base, relation)
    if not mine:
        return []
    return [
        x
        for j, c in enumerate(clauses)
        if j not in chain and (theirs := _topics([j], clauses, text, base, relation)) and not theirs & mine
        for x in c.times
    ]


def _topics(
    ks: Sequence[int], clauses: Sequence[Clause], text: str, base: int, relation: str = "topic"
) -> set[str]:
    """The words of the topics (X は) of clauses `ks`, or of their arguments of `relation`."""
    return {text[a.head.start - base : a.head.end - base] for k in ks for a in clauses[k].args(relation)}
