"""Roles in English sentences: subject before the verb, object after it, `by` in passives.

English marks roles by position, so for each trigger the nearest actor before it in the same clause
is the source and the first actor after it (directly or after to/with/on/against/into) is the target.
A passive (`was attacked by X`) swaps them.
"""

from __future__ import annotations

import re

from newsgraph.events.lexicon import TriggerMatch

_CLAUSE_BREAK = re.compile(r"[;.!?]|,\s+(?:and|but|while|as|which|who)\b|\b(?:and|but)\s+(?=[a-z]+ed\b)")
_PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are)\s+$", re.I)
_BY = re.compile(r"^\s*by\b", re.I)
# What may stand between a verb and its object: function words, and a capitalised title or
# demonym before a name (talks with Russian Foreign Minister Sergei Lavrov).
_OBJECT_GAP = re.compile(
    r"^\s*(?:[a-z]+\s+){0,2}?"  # a direct object before the indirect one: released prisoners to Iran
    r"(?:(?:with|to|on|against|into|from|the|its|their|his|her|a|an|of|by)\s+|[A-Z][\w.'-]*\s+){0,6}$"
)
_SYMMETRIC_OBJECT = re.compile(r"^\s*(?:(?:with|to|the|its|their|his|her)\s+|[A-Z][\w.'-]*\s+){0,6}$")
# `Israel, which has carried out strikes`: the actor before `, which` is the relative clause's subject.
_RELATIVE = re.compile(r"^,\s+(?:which|who)\b[^,;.!?]*$")
_PLACE_PREP = re.compile(r"\b(?:in|at)\s+$", re.I)


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
        before = [
            i
            for i, (s, e) in enumerate(spans)
            if e <= t.start and (free(e, t.start) or _RELATIVE.match(text[e : t.start]))
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
