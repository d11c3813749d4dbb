"""The days an ISO time value covers, as a closed interval [first day, last day].

Dates are stored beside their ISO value as such an interval, so that they filter and sort as days
whatever their granularity: `2024-W10` (4-10 March) falls inside `2024-03`, and sorts in March, not
after every month as its string would.

    2024          2024-01-01 … 2024-12-31      199 (a decade)   1990-01-01 … 1999-12-31
    2024-03       2024-03-01 … 2024-03-31      2024-W10         2024-03-04 … 2024-03-10
    2024-03-15    2024-03-15 … 2024-03-15      2024-W10-2       2024-03-05
    2024-Q2       2024-04-01 … 2024-06-30      2024-H2          2024-07-01 … 2024-12-31
    A/B           first day of A … last day of B   (a time of day, `T15:00`, is cut)

Durations (`P3D`), sets (`R/P1Y`) and what is not a calendar value have no interval.
"""

from __future__ import annotations

import datetime as dt
import re

Interval = tuple[dt.date, dt.date]

_VALUE = re.compile(
    r"^(?P<year>\d{4})(?:-(?:W(?P<week>\d{2})(?:-(?P<wday>[1-7]))?|Q(?P<quarter>[1-4])|H(?P<half>[12])"
    r"|(?P<month>\d{2})(?:-(?P<day>\d{2}))?))?(?:T[\d:.]+)?$"
    r"|^(?P<decade>\d{3})$"
)


def _month_end(year: int, month: int) -> dt.date:
    nxt = dt.date(year + 1, 1, 1) if month == 12 else dt.date(year, month + 1, 1)
    return nxt - dt.timedelta(days=1)


def _point(value: str) -> Interval | None:
    m = _VALUE.match(value)
    if m is None:
        return None
    g = m.groupdict()
    try:
        if g["decade"]:
            y = int(g["decade"]) * 10
            return dt.date(y, 1, 1), dt.date(y + 9, 12, 31)
        y = int(g["year"])
        if g["week"]:
            first = dt.date.fromisocalendar(y, int(g["week"]), int(g["wday"] or 1))
            return first, first + dt.timedelta(days=0 if g["wday"] else 6)
        if g["quarter"] or g["half"]:
            span = 3 if g["quarter"] else 6
            first_month = (int(g["quarter"] or g["half"]) - 1) * span + 1
            return dt.date(y, first_month, 1), _month_end(y, first_month + span - 1)
        if g["month"]:
            mo = int(g["month"])
            if g["day"]:
                d = dt.date(y, mo, int(g["day"]))
                return d, d
            return dt.date(y, mo, 1), _month_end(y, mo)
        return dt.date(y, 1, 1), dt.date(y, 12, 31)
    except ValueError:  # year 0, month 13, 30 February, week 54: not a calendar value
        return None


def interval(value: str | None) -> Interval | None:
    """The first and last day `value` covers (an ISO date at any granularity, or a range `A/B`);
    None for a duration, a set, an empty value or one that names no calendar day."""
    if not value or value.startswith(("P", "R")):
        return None
    left, _, right = value.partition("/")
    first, last = _point(left), _point(right or left)
    if first is None or last is None or first[0] > last[1]:
        return None
    return first[0], last[1]


def parse_bound(value: str) -> Interval:
    """A `--since`/`--until` filter as an interval; raises ValueError, with the accepted forms, for
    what is not a calendar value (`2024-13`, `yesterday`)."""
    found = interval(value.strip()) if "/" not in value else None
    if found is None:
        raise ValueError(
            f"{value!r} is not a date; write a year, month, week or day such as 2024, 2024-03, "
            "2024-W10 or 2024-03-15"
        )
    return found
