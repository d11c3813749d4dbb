"""The scanner both grammars share: leftmost-longest matching and ranges between two dates.

A grammar is a list of parsers `(text, i) -> Found | None`, each trying to read one expression that
starts at `i`. The scanner walks the text, keeps the longest expression found at the first position
where any parser succeeds, and goes on after it, so expressions never overlap.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from newsgraph.timex.values import DATE_LIKE, DateRange, TimeExpr

NUMERALS = frozenset("0123456789〇零一二三四五六七八九十百千")


@dataclass(frozen=True)
class Found:
    """An expression read from `text[start:end]`; `story` when it counts from the last date the text
    named rather than from the reference (the same day, two days later, 同年4月, later that month)."""

    start: int
    end: int
    expr: TimeExpr
    story: bool = False


Parser = Callable[[str, int], Found | None]


def alternation(words: Sequence[str]) -> str:
    """A regex alternation of `words`, longest first so that 一昨年 wins over 昨年."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def scan(text: str, parsers: Sequence[Parser], starts: Callable[[str, int], bool]) -> list[Found]:
    """Every expression in `text`, leftmost-longest, tried only where `starts(text, i)` holds."""
    out: list[Found] = []
    i = 0
    while i < len(text):
        best: Found | None = None
        if starts(text, i):
            for parser in parsers:
                found = parser(text, i)
                if found is not None and found.end > i and (best is None or found.end > best.end):
                    best = found
        if best is None:
            i += 1
        else:
            out.append(best)
            i = best.end
    return out


def with_range(date_at: Parser, joiner: re.Pattern[str], end_at: Parser | None = None) -> Parser:
    """Wraps a date parser so that `date joiner date` reads as one `DateRange`; `end_at` reads the
    second date where it needs a looser parser (a bare year after "to"). An end that counts from a
    date the story named (同月5日, 同年6月) counts from the start instead."""

    def parse(text: str, i: int) -> Found | None:
        first = date_at(text, i)
        if first is None or not isinstance(first.expr, DATE_LIKE) or first.expr.mod:
            return first
        join = joiner.match(text, first.end)
        if join is None:
            return first
        second = (end_at or date_at)(text, join.end())
        if second is None or not isinstance(second.expr, DATE_LIKE) or second.expr.mod:
            return first
        # an end that counts from a named date (3日から同月5日) counts from the start
        from_start = second.story and not first.story
        expr = DateRange(first.expr, second.expr, end_from_start=from_start)
        return Found(first.start, second.end, expr, story=first.story)

    return parse
