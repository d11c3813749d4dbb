"""The timex stage: finds Japanese and English time expressions and normalises them.

    find_times(text, reference)       -> [TimeValue]   what the pipeline calls, per block
    annotate(text, reference)         -> [{"text", "value", ...}] in record notation, for the CLI
    annotate_jsonl(lines)             -> one result per JSON line {"sentence", "reference"}

Text is read by a grammar per language (`ja.py`, `en.py`) into typed values (`values.py`), which
`resolve` against the reference date: the document's publication date for prose, the post's date
inside an embedded post, never today. Words, eras and resolution policy live in `lexicon.yaml`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from newsgraph.model import Anchor, Span, TimeValue
from newsgraph.timex import en, ja
from newsgraph.timex.lexicon import fold_width
from newsgraph.timex.scan import Found
from newsgraph.timex.tense import tense_near
from newsgraph.timex.values import (
    DateRange,
    DayOnly,
    MonthOnly,
    Reference,
    RelativeDate,
    TimeExpr,
    TimeOnly,
    Weekday,
)

__all__ = ["annotate", "annotate_jsonl", "find_times", "last_named_day"]


def find_times(
    text: str,
    reference: str | None,
    *,
    anchor: Anchor = "published",
    language: str | None = "ja",
    offset: int = 0,
    story: str | None = None,
) -> list[TimeValue]:
    """All time expressions in `text`, normalised.

    `reference` is the ISO date (YYYY-MM-DD, or coarser) that relative expressions resolve against (the
    document's publication date for prose, the post's date inside an embedded post); never today's date.
    Spans are `offset` + index into `text`. `anchor` is recorded on each value that needed the reference
    (relative, day-only, month-only); absolute values have anchor None. With reference None, expressions
    that need it are left out. `language` "en" reads English, None the language `text` is written
    in, anything else Japanese. `story` is the last day named before `text` in the same document
    (see `last_named_day`), what 同日 or 同年 at the start of `text` counts from; inside an embedded
    post (`anchor` "post") it is left aside, as a post is read from its own date. A value that counts
    from a date the text named (同日, 3日後, 同年4月, 翌月5日, later that month) takes the last one
    named at its unit or finer, anchor "context"; with none, a day counts from `reference` and a
    month or a year is left out.
    """
    folded = fold_width(text)
    if language is None:
        from newsgraph.ingest import detect_language

        language = detect_language(text)
    grammar = "en" if language.lower().startswith("en") else "ja"
    found = en.find(folded) if grammar == "en" else ja.find(folded)
    ref = Reference.parse(reference)
    # the last dates the text named, what 同日, 同年4月 and later that month count from
    context = _Context.after(None if anchor == "post" else story)
    out: list[TimeValue] = []
    day_here: str | None = None  # the last full day this text named
    for item in found:
        surface = text[item.start : item.end]
        expr = item.expr
        base = ref
        if day_here is not None and day_here != reference and _clock_only(expr):
            # 30日には午前8時から午後6時まで, 同日正午(日本時間午後2時): a clock time with no day of its
            # own is on the day the text named last
            base = Reference.parse(day_here)
        elif item.story or STORY_RELATIVE.match(surface):
            unit = _context_unit(expr)
            named = context.named.get(unit)
            if named is not None:
                base = Reference.parse(named)
            elif unit != "day" or _COUNTED.match(surface):
                continue  # 同年, その3日後 with no date named before: nothing to count from
        if isinstance(expr, DayOnly) and expr.direction and base is ref:
            expr = replace(expr, direction=0)  # 翌16日 with no day named before: the 16th nearest
        resolved = expr.resolve(_with_tense(base, folded, item, grammar))
        if resolved is None:
            continue
        context.note(resolved.kind, resolved.value)
        day_here = _full_day(resolved.kind, resolved.value) or day_here
        out.append(
            TimeValue(
                span=Span(offset + item.start, offset + item.end),
                text=text[item.start : item.end],
                value=resolved.value,
                kind=resolved.kind,
                part=item.expr.part,
                mod=item.expr.mod,
                anchor=("context" if base is not ref else anchor) if resolved.relative else None,
            )
        )
    return out


@dataclass
class _Context:
    """The last date the text named at each granularity (`year`, `month`, `day`): a day is named by
    2024-06-18, a month by 2021-02 or a day, a year by any of them."""

    named: dict[str, str] = field(default_factory=dict)

    @classmethod
    def after(cls, story: str | None) -> _Context:
        """The context at the start of a text that follows the day `story`."""
        context = cls()
        if story is not None:
            context.note("date", story)
        return context

    def note(self, kind: str, value: str) -> None:
        if kind not in ("date", "time") or not value[:4].isdigit():
            return
        self.named["year"] = value[:4]
        if len(value) >= 7 and value[4] == "-" and value[5:7].isdigit():
            self.named["month"] = value[:7]
        if day := _full_day(kind, value):
            self.named["day"] = day


def _clock_only(expr: TimeExpr) -> bool:
    """Whether `expr` is a clock time, or a span of clock times, with no day of its own."""
    if isinstance(expr, DateRange):
        return isinstance(expr.start, TimeOnly) and isinstance(expr.end, TimeOnly)
    return isinstance(expr, TimeOnly)


def _context_unit(expr: TimeExpr) -> str:
    """The granularity of the named date a story-relative value counts from: 同年4月 a year,
    翌月5日 a month, 同日 and 3日後 a day."""
    if isinstance(expr, DateRange):
        expr = expr.start
    if isinstance(expr, RelativeDate):
        return {"year": "year", "fiscal_year": "year", "month": "month"}.get(expr.unit, "day")
    return "day"


def last_named_day(times: Sequence[TimeValue], before: str | None = None) -> str | None:
    """The last full day (YYYY-MM-DD) among `times` in text order, else `before`: the day a later
    同日 or 翌日 in the same document counts from."""
    story = before
    for tv in sorted(times, key=lambda t: t.span.start):
        story = _full_day(tv.kind, tv.value) or story
    return story


def _full_day(kind: str, value: str) -> str | None:
    """The day (YYYY-MM-DD) a date or time value names, if it names a whole day."""
    if kind in ("date", "time") and len(value) >= 10 and value[:4].isdigit():
        return value[:10]
    return None


# Expressions that count from a day the story has named, not from the publication date:
# 15日に…、同日… / 3日後 / 翌日 (同年, 翌月 are marked by the grammar: `Found.story`). Deictic ones
# (昨日, 3日前, 先月) keep the document's date.
STORY_RELATIVE = re.compile(
    r"^(?:わずか)?(?:同日|同じ日|前日(?!の?[0-9０-９〇一二三四五六七八九十])|翌日(?!の?[0-9０-９〇一二三四五六七八九十])"
    r"|当日(?!の?[0-9０-９〇一二三四五六七八九十])"
    r"|翌[0-9０-９〇一二三四五六七八九十]+日|[0-9０-９〇一二三四五六七八九十]+日後"
    r"|(?:その|同)[0-9０-９〇一二三四五六七八九十]+(?:日|週間|か月|カ月|ヶ月|年)[後前])"
)


# その3日後, 同3日前: an offset from a day the story named, meaningless without one
_COUNTED = re.compile(r"^(?:その|同)[0-9０-９〇一二三四五六七八九十]")


def _with_tense(ref: Reference | None, text: str, item: Found, language: str) -> Reference | None:
    """`ref` with the sentence's tense when the value's year or month depends on it (5月, 18日, Friday)."""
    expr = item.expr.start if isinstance(item.expr, DateRange) else item.expr
    if ref is None or not isinstance(expr, MonthOnly | DayOnly | Weekday):
        return ref
    return replace(ref, tense=tense_near(text, item.start, item.end, language))


def _record(value: TimeValue, *, with_anchor: bool) -> dict[str, str]:
    """A time value in record notation: text and value, and part, mod, anchor only when set."""
    out = {"text": value.text, "value": value.value}
    extras = {"part": value.part, "mod": value.mod, "anchor": value.anchor if with_anchor else None}
    out.update({k: v for k, v in extras.items() if v is not None})
    return out


def annotate(text: str, reference: str | None, language: str | None = None) -> list[dict[str, str]]:
    """`[{"text", "value", ...}]` in record notation (part/mod/anchor keys only when set): used by the CLI.
    `language` None reads `text` in the language it is written in (ja or en)."""
    return [_record(v, with_anchor=True) for v in find_times(text, reference, language=language)]


def annotate_jsonl(lines: Iterable[str], language: str | None = None) -> Iterator[dict[str, Any]]:
    """Reads lines `{"sentence", "reference"}` (optional "language") and yields each back with a `times`
    list of `{"text", "value"}` (plus part/mod when set); a line without "language" is read in
    `language`, or with None in the language its sentence is written in. A bad line yields
    `{"line": n, "error": "..."}` and goes on. Blank lines are skipped; `n` counts from 1."""
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            yield {
                "line": n,
                "error": f"not JSON ({exc.msg} at column {exc.colno}); write one object per line",
            }
            continue
        problem = _check_row(row)
        if problem:
            yield {"line": n, "error": problem}
            continue
        values = find_times(row["sentence"], row.get("reference"), language=row.get("language", language))
        yield {**row, "times": [_record(v, with_anchor=False) for v in values]}


def _check_row(row: object) -> str | None:
    if not isinstance(row, dict):
        return 'expected an object {"sentence": ..., "reference": ...}'
    if not isinstance(row.get("sentence"), str):
        return 'missing "sentence" (a string)'
    if not isinstance(row.get("reference"), str | None):
        return '"reference" must be an ISO date string (YYYY-MM-DD, YYYY-MM, YYYY) or null'
    if not isinstance(row.get("language", "ja"), str):
        return '"language" must be a string such as "ja" or "en"'
    return None
