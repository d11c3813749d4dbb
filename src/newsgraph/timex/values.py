"""Typed time values and their resolution against a reference date.

The grammars (`ja.py`, `en.py`) turn text into one of these objects; `resolve(reference)` turns the
object into the record notation. The reference is the document's or the post's date, never today.

    AbsoluteDate   1945年8月, June 17, 2024, 2024年6月18日午後3時     needs no reference
    MonthOnly      9月, 4月1日, June 17 (a month, maybe a day, no year)  news past bias
    DayOnly        18日, 17日(月)                                     news past bias, weekday checked
    TimeOnly       午後3時, 15時半                                    the reference day, or T15:30 alone
    RelativeDate   去年9月, 先月, 昨日午後, 70年前, two days ago       offset in one unit
    Weekday        on Monday (English)                                 nearest occurrence, past bias
    FiscalYear     2024年度, 今年度                                    range April-March
    Decade         1990年代, the 1990s                                 199
    Duration       24年ぶり, 約70年, 3日間                             P24Y
    DateRange      18日から19日, 4月1日〜3日                            A/B, the end inherits from the start
    Recurrence     毎年, every month                                   R/P1Y

Granularity follows the text: 去年9月 is `2023-09`, 70年前 is `1954`, 先週 is the ISO week `2024-W24`.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, replace
from typing import Literal, Protocol

from newsgraph.timex.lexicon import Unit, lexicon

Kind = Literal["date", "range", "duration", "set", "time"]
Tense = Literal["past", "future"]

_REFERENCE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


@dataclass(frozen=True)
class Reference:
    """The date relative expressions resolve against, at the granularity it is known."""

    year: int
    month: int | None = None
    day: int | None = None
    # Which way the sentence looks (past: "was held", future: "is scheduled"); steers month-only,
    # day-only and weekday values, see `MonthOnly`.
    tense: Tense | None = None

    @classmethod
    def parse(cls, reference: str | None) -> Reference | None:
        """`YYYY`, `YYYY-MM`, `YYYY-MM-DD` (a time part is ignored); None for None or anything else."""
        m = _REFERENCE.match(reference or "")
        if not m:
            return None
        year, month, day = (int(g) if g else None for g in m.groups())
        assert year is not None
        if month is not None and not 1 <= month <= 12:
            return None
        if day is not None and (month is None or not valid_day(year, month, day)):
            return None
        return cls(year, month, day)

    @property
    def date(self) -> dt.date | None:
        if self.month is None or self.day is None:
            return None
        return dt.date(self.year, self.month, self.day)


@dataclass(frozen=True)
class Clock:
    hour: int
    minute: int | None = None


@dataclass(frozen=True)
class Point:
    """A calendar point at the granularity the text gives: a year, month, ISO week, day or hour."""

    year: int
    month: int | None = None
    day: int | None = None
    clock: Clock | None = None
    week: int | None = None

    def iso(self) -> str:
        if self.week is not None:
            return f"{self.year:04d}-W{self.week:02d}"
        out = f"{self.year:04d}"
        if self.month is not None:
            out += f"-{self.month:02d}"
            if self.day is not None:
                out += f"-{self.day:02d}"
                if self.clock is not None:
                    out += clock_iso(self.clock)
        return out

    @property
    def kind(self) -> Kind:
        return "time" if self.clock is not None and self.day is not None else "date"


@dataclass(frozen=True)
class Resolved:
    """A value in record notation; `relative` is True when the reference was needed."""

    value: str
    kind: Kind
    relative: bool


class TimeExpr(Protocol):
    """What every typed value offers: `resolve(reference)`, with its part and mod."""

    @property
    def part(self) -> str | None: ...

    @property
    def mod(self) -> str | None: ...

    def resolve(self, reference: Reference | None) -> Resolved | None: ...


def clock_iso(clock: Clock) -> str:
    """`T15:00`, `T15:30`: hours and minutes always, as TIMEX3 values write a clock time."""
    return f"T{clock.hour:02d}:{clock.minute or 0:02d}"


def valid_day(year: int, month: int, day: int) -> bool:
    return 1 <= day <= calendar.monthrange(year, month)[1]


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + delta
    return index // 12, index % 12 + 1


def _day_point(day: dt.date, clock: Clock | None) -> Point:
    return Point(day.year, day.month, day.day, clock)


class _DateLike:
    """Shared `resolve` for the values that stand for one calendar point."""

    part: str | None
    mod: str | None
    relative = True

    def point(self, ref: Reference | None) -> Point | None:
        raise NotImplementedError

    def point_after(self, ref: Reference | None, start: Point) -> Point | None:
        """The point as the end of a range beginning at `start` (fields the text leaves out come from it)."""
        return self.point(ref)

    def resolve(self, reference: Reference | None) -> Resolved | None:
        point = self.point(reference)
        if point is None:
            return None
        return Resolved(point.iso(), point.kind, self.relative)


@dataclass(frozen=True)
class AbsoluteDate(_DateLike):
    year: int
    month: int | None = None
    day: int | None = None
    clock: Clock | None = None
    part: str | None = None
    mod: str | None = None
    relative = False

    def point(self, ref: Reference | None) -> Point | None:
        if self.month is not None and not 1 <= self.month <= 12:
            return None
        if self.day is not None and (self.month is None or not valid_day(self.year, self.month, self.day)):
            return None
        return Point(self.year, self.month, self.day, self.clock if self.day else None)


@dataclass(frozen=True)
class MonthOnly(_DateLike):
    """A month, maybe with a day, and no year.

    It takes the year that puts it at the latest occurrence at most `month_ahead` months after the
    reference month (news past bias). When the sentence looks back (`Reference.tense` past) it takes
    the latest occurrence not after the reference; when it looks ahead, the earliest not before it.
    """

    month: int
    day: int | None = None
    clock: Clock | None = None
    part: str | None = None
    mod: str | None = None
    direction: int = 0  # -1: strictly before the reference month (last June), +1: strictly after

    def point(self, ref: Reference | None) -> Point | None:
        if ref is None or not 1 <= self.month <= 12:
            return None
        if ref.month is None:
            return self._at(ref.year)
        now = (ref.year * 12 + ref.month - 1, (ref.day or 0) if self.day else 0)
        keys = {y: (y * 12 + self.month - 1, self.day or 0) for y in (ref.year - 1, ref.year, ref.year + 1)}
        if self.direction:
            beyond = [y for y, k in keys.items() if (k[0] - now[0]) * self.direction > 0]
            year = min(beyond) if self.direction > 0 else max(beyond)
        elif ref.tense == "past":
            year = max(y for y, k in keys.items() if k <= now)
        elif ref.tense == "future":
            year = min(y for y, k in keys.items() if k >= now)
        else:
            limit = now[0] + lexicon().policy.month_ahead
            year = max(y for y, k in keys.items() if k[0] <= limit)
        return self._at(year)

    def _at(self, year: int) -> Point | None:
        if self.day is not None and not valid_day(year, self.month, self.day):
            return None
        return Point(year, self.month, self.day, self.clock if self.day else None)

    def point_after(self, ref: Reference | None, start: Point) -> Point | None:
        point = self._at(start.year)
        if point is not None and (point.month, point.day or 0) < (start.month or 0, start.day or 0):
            point = self._at(start.year + 1)
        return point


@dataclass(frozen=True)
class DayOnly(_DateLike):
    """A day of the month: the latest such day at most `day_ahead` days after the reference, or with
    a tense the latest not after it (past) or the earliest not before it (future).

    With a weekday (17日(月)), the first such day in that order that falls on it is preferred.
    `direction` +1 takes the first such day strictly after the reference (翌16日, counted from the day
    the story named), -1 the last strictly before it.
    """

    day: int
    weekday: int | None = None  # ISO: Monday 1 ... Sunday 7
    clock: Clock | None = None
    part: str | None = None
    mod: str | None = None
    direction: int = 0

    def point(self, ref: Reference | None) -> Point | None:
        if ref is None or ref.month is None:
            return None
        if ref.date is None:
            valid = valid_day(ref.year, ref.month, self.day)
            return Point(ref.year, ref.month, self.day, self.clock) if valid else None
        months = (_shift_month(ref.year, ref.month, back) for back in range(2, -13, -1))
        days = [dt.date(y, m, self.day) for y, m in months if valid_day(y, m, self.day)]  # newest first
        if self.direction:
            after = [d for d in reversed(days) if d > ref.date]
            pool = after if self.direction > 0 else [d for d in days if d < ref.date]
        elif ref.tense == "future":
            pool = [d for d in reversed(days) if d >= ref.date]
        elif ref.tense == "past":
            pool = [d for d in days if d <= ref.date]
        else:
            limit = ref.date + dt.timedelta(days=lexicon().policy.day_ahead)
            pool = [d for d in days if d <= limit]
        if not pool:
            return None
        matching = [d for d in pool if d.isoweekday() == self.weekday]
        return _day_point((matching or pool)[0], self.clock)

    def point_after(self, ref: Reference | None, start: Point) -> Point | None:
        if start.month is None:
            return None
        y, m = start.year, start.month
        if start.day is not None and self.day < start.day:
            y, m = _shift_month(y, m, 1)
        return Point(y, m, self.day, self.clock) if valid_day(y, m, self.day) else None


@dataclass(frozen=True)
class TimeOnly(_DateLike):
    """A clock time without a date: on the reference day, or `T15:30` alone without a reference."""

    clock: Clock
    part: str | None = None
    mod: str | None = None

    def point(self, ref: Reference | None) -> Point | None:
        if ref is None or ref.date is None:
            return None
        return _day_point(ref.date, self.clock)

    def point_after(self, ref: Reference | None, start: Point) -> Point | None:
        if start.day is None:
            return self.point(ref)
        return replace(start, clock=self.clock)

    def resolve(self, reference: Reference | None) -> Resolved | None:
        point = self.point(reference)
        if point is None:
            return Resolved(clock_iso(self.clock), "time", False)
        return Resolved(point.iso(), "time", True)


@dataclass(frozen=True)
class RelativeDate(_DateLike):
    """`offset` units from the reference, with finer fields the text gives (去年9月: year -1, month 9)."""

    unit: Unit
    offset: int
    month: int | None = None
    day: int | None = None
    clock: Clock | None = None
    part: str | None = None
    mod: str | None = None
    weekday: int | None = None  # 先週の火曜日: a day (ISO 1-7) of the week `offset` weeks away

    def point(self, ref: Reference | None) -> Point | None:
        if ref is None:
            return None
        if self.unit == "year":
            base = AbsoluteDate(ref.year + self.offset, self.month, self.day, self.clock)
            return base.point(ref)
        if self.unit == "month":
            if ref.month is None:
                return None
            y, m = _shift_month(ref.year, ref.month, self.offset)
            return AbsoluteDate(y, m, self.day, self.clock).point(ref)
        if ref.date is None:
            return None
        if self.unit == "week":
            if self.weekday is not None:  # weeks run Monday to Sunday, as in ISO and in Japan
                monday = ref.date - dt.timedelta(days=ref.date.isoweekday() - 1)
                day = monday + dt.timedelta(weeks=self.offset, days=self.weekday - 1)
                return _day_point(day, self.clock)
            iso = (ref.date + dt.timedelta(weeks=self.offset)).isocalendar()
            return Point(iso.year, week=iso.week)
        if self.unit == "day":
            return _day_point(ref.date + dt.timedelta(days=self.offset), self.clock)
        return None


@dataclass(frozen=True)
class Weekday(_DateLike):
    """A weekday name (Sunday, 日曜): the occurrence within [-weekday_back, 6 - weekday_back] days,
    or within the past or the coming week when the sentence has a tense; maybe with a part of the
    day (日曜の朝, Sunday morning) or a clock time (土曜午後3時)."""

    weekday: int
    offset: int = 0  # -1 for "last Monday", +1 for "next Monday"
    part: str | None = None
    mod: str | None = None
    clock: Clock | None = None

    def point(self, ref: Reference | None) -> Point | None:
        if ref is None or ref.date is None:
            return None
        back = {"past": 6, "future": 0}.get(ref.tense or "", lexicon().policy.weekday_back)
        delta = (self.weekday - ref.date.isoweekday() + back) % 7 - back
        if self.offset < 0 and delta >= 0:
            delta -= 7
        elif self.offset > 0 and delta <= 0:
            delta += 7
        return _day_point(ref.date + dt.timedelta(days=delta), self.clock)


@dataclass(frozen=True)
class FiscalYear:
    """A Japanese fiscal year (April to March): `2024-04/2025-03`; `year` absolute or `offset` relative."""

    year: int | None = None
    offset: int = 0
    part: str | None = None
    mod: str | None = None

    def resolve(self, reference: Reference | None) -> Resolved | None:
        year = self.year
        if year is None:
            if reference is None or reference.month is None:
                return None
            year = (reference.year if reference.month >= 4 else reference.year - 1) + self.offset
        return Resolved(f"{year:04d}-04/{year + 1:04d}-03", "range", self.year is None)


@dataclass(frozen=True)
class Decade:
    start: int
    part: str | None = None
    mod: str | None = None

    def resolve(self, reference: Reference | None) -> Resolved | None:
        return Resolved(f"{self.start // 10:03d}", "date", False)


# Duration units from the largest down, as ISO 8601 writes them; H, MIN and S come after the T.
DURATION_UNITS = ("DE", "Y", "M", "W", "D", "H", "MIN", "S")
_TIME_UNITS = ("H", "MIN", "S")
# A fraction of an hour or a minute is written in the next unit: 3時間半 is PT3H30M, not PT3.5H.
_SPLIT = {"H": ("MIN", 60), "MIN": ("S", 60)}


@dataclass(frozen=True)
class Duration:
    """A length: `amount` of `unit` (Y, M, W, D, H, MIN, S, DE), None for a vague amount (数年: PXY),
    and `more` components in smaller units (2年3か月: P2Y3M; 1時間20分: PT1H20M)."""

    amount: float | None
    unit: str
    mod: str | None = None
    part: str | None = None
    more: tuple[tuple[float, str], ...] = ()

    def resolve(self, reference: Reference | None) -> Resolved | None:
        if self.amount is None:  # 数年: PXY
            vague = f"PTX{self.unit[0]}" if self.unit in _TIME_UNITS else f"PX{self.unit}"
            return Resolved(vague, "duration", False)
        parts: list[tuple[float, str]] = []
        for amount, unit in ((self.amount, self.unit), *self.more):
            if amount != int(amount) and unit in _SPLIT:
                smaller, factor = _SPLIT[unit]
                parts += [(float(int(amount)), unit), ((amount - int(amount)) * factor, smaller)]
            else:
                parts.append((amount, unit))
        date = "".join(f"{_number(a)}{u}" for a, u in parts if u not in _TIME_UNITS and a)
        time = "".join(f"{_number(a)}{u[0]}" for a, u in parts if u in _TIME_UNITS and a)
        if not date and not time:  # 0日間
            date, time = ("", f"0{self.unit[0]}") if self.unit in _TIME_UNITS else (f"0{self.unit}", "")
        return Resolved(f"P{date}" + (f"T{time}" if time else ""), "duration", False)


def _number(amount: float) -> str:
    return str(int(amount)) if amount == int(amount) else f"{amount:g}"


@dataclass(frozen=True)
class Recurrence:
    period: str
    part: str | None = None
    mod: str | None = None

    def resolve(self, reference: Reference | None) -> Resolved | None:
        return Resolved(f"R/{self.period}", "set", False)


@dataclass(frozen=True)
class DateRange:
    """From `start` to `end`; fields the end leaves out come from the start (4月1日〜3日). With
    `end_from_start` the end counts from the start's date, not the reference (3日から同月5日,
    2023年4月から同年6月); a start without a year takes the year of an end that has one (from March
    3 to March 5, 2023)."""

    start: _DateLike
    end: _DateLike
    part: str | None = None
    mod: str | None = None
    end_from_start: bool = False

    def resolve(self, reference: Reference | None) -> Resolved | None:
        first, relative = self._first(reference)
        if first is None:
            return None
        if self.end_from_start:
            last = self.end.point(Reference(first.year, first.month, first.day))
        else:
            last = self.end.point_after(reference, first)
        if last is None or last.iso() < first.iso()[: len(last.iso())]:
            return None
        relative = relative or (self.end.relative and not self.end_from_start)
        return Resolved(f"{first.iso()}/{last.iso()}", "range", relative)

    def _first(self, reference: Reference | None) -> tuple[Point | None, bool]:
        """The start's point, and whether it needed the reference."""
        end = self.end
        if isinstance(self.start, MonthOnly) and isinstance(end, AbsoluteDate) and end.month is not None:
            year = end.year  # from Dec. 28 to Jan. 3, 2024: the start is in 2023
            if (self.start.month, self.start.day or 0) > (end.month, end.day or 0):
                year -= 1
            return self.start._at(year), False
        return self.start.point(reference), self.start.relative


DATE_LIKE = (AbsoluteDate, MonthOnly, DayOnly, TimeOnly, RelativeDate, Weekday)
