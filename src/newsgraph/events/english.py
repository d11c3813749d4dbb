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
_PLACE_PREP = re.compile(r"\b(?:in|at)\s+$", re.I)


def english_roles(
    text: str, spans: list[tuple[int, int]], triggers: list[TriggerMatch]
) -> list[tuple[list[int], list[int], int | None]]:
    """(source indexes, target indexes, location index) per trigger, indexes into `spans`."""
    roles: list[tuple[list[int], list[int], int | None]] = []
    for t in triggers:
        before = [
            i
            for i, (s, e) in enumerate(spans)
            if e <= t.start and not _CLAUSE_BREAK.search(text[e : t.start])
        ]
        after = [
            i for i, (s, e) in enumerate(spans) if s >= t.end and not _CLAUSE_BREAK.search(text[t.end : s])
        ]
        loc = next((i for i in after if _PLACE_PREP.search(text[: spans[i][0]])), None)
        after = [i for i in after if i != loc]
        src = _group(text, spans, before[-1:], backwards=True) if before else []
        tgt = _group(text, spans, after[:1], backwards=False) if after else []
        if _PASSIVE.search(text[: t.start]):
            agent = [
                i
                for i in after
                if _BY.match(text[t.end : spans[i][0]]) or _BY.match(text[spans[i][0] - 4 : spans[i][0]])
            ]
            src, tgt = (agent[:1] or []), src
        roles.append((src, tgt, loc))
    return roles


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
