"""Datelines: where a report was filed, by which agency, and on which day.

    【ソウル共同】                       place ソウル, agency 共同 (wiki:Kyodo_News)
    【ワシントン=山田太郎】               place ワシントン, no agency (a correspondent)
    (Reuters) -                          agency Reuters
    SEOUL (Reuters) -                    place SEOUL, agency Reuters
    LONDON, Feb. 8, 2024 (Yonhap) --     place LONDON, agency Yonhap, date 2024-02-08

A dateline stands at the head of the body: the first line, or the line after a headline. Agencies
and month names live in `datelines.yaml`. A dateline's day without a year (Feb. 8) is kept as
`month`/`day` only: `dateline_day` gives it the year of a date known from elsewhere (the document's
metadata), else it dates nothing.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from importlib import resources

import yaml

from newsgraph.model import Dateline, Span

__all__ = ["Dateline", "dateline_day", "read_dateline"]

HEAD_LINES = 3  # a dateline opens the body, which may follow a headline and a byline


@cache
def _tables() -> tuple[dict[str, str], dict[str, int], re.Pattern[str], re.Pattern[str]]:
    data = yaml.safe_load(resources.files("newsgraph.segment").joinpath("datelines.yaml").read_text("utf-8"))
    agencies = {str(k): str(v) for k, v in data["agencies"].items()}
    months = {str(k): int(v) for k, v in data["months"].items()}
    names = "|".join(re.escape(a) for a in sorted(agencies, key=len, reverse=True))
    month = "|".join(re.escape(m) for m in sorted(months, key=len, reverse=True))
    ja = re.compile(rf"【(?P<place>[^】=＝\s]{{1,15}}?)(?:(?P<agency>{names})|[=＝][^】]{{1,20}})】")
    en = re.compile(
        rf"(?:(?P<place>[A-Z][A-Z.'\- ]{{1,30}}?)(?:,\s+(?P<mon>{month})\.?\s+(?P<day>[0-9]{{1,2}})"
        rf"(?:,\s+(?P<year>[0-9]{{4}}))?)?\s+)?\((?P<agency>{names})\)\s*(?:-{{1,2}}|–|—)"
    )
    return agencies, months, ja, en


def read_dateline(text: str) -> Dateline | None:
    """The dateline at the head of `text` (see the module docstring), or None."""
    agencies, months, ja, en = _tables()
    pos = 0
    for _ in range(HEAD_LINES):
        line_end = text.find("\n", pos)
        line_end = len(text) if line_end < 0 else line_end
        start = pos + len(text[pos:line_end]) - len(text[pos:line_end].lstrip())
        if m := ja.match(text, start, line_end):
            agency = agencies.get(m["agency"]) if m["agency"] else None
            where = Span(m.start("place"), m.end("place"))
            return Dateline(Span(m.start(), m.end()), m["place"], agency, place_span=where)
        if m := en.match(text, start, line_end):
            place = m["place"].strip() if m["place"] else None
            place_span = Span(m.start("place"), m.start("place") + len(place)) if place else None
            month = months[m["mon"]] if m["mon"] else None
            day = int(m["day"]) if m["day"] else None
            date = f"{int(m['year']):04d}-{month:02d}-{day:02d}" if m["year"] and month and day else None
            agency = agencies[m["agency"]]
            return Dateline(Span(m.start(), m.end()), place, agency, date, month, day, place_span)
        if line_end >= len(text):
            return None
        pos = line_end + 1
    return None


def dateline_day(dateline: Dateline | None, given: str | None) -> str | None:
    """The day (ISO YYYY-MM-DD) `dateline` names: its own date when it gives a year, else its month
    and day in the year that puts them nearest `given` (a date known from elsewhere, ISO at any
    granularity: Dec. 31 against 2025-01-01 is 2024-12-31); None without a day, or without a year
    from either."""
    if dateline is None:
        return None
    if dateline.date is not None:
        return dateline.date
    m = re.match(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", given or "")
    if dateline.month is None or dateline.day is None or m is None:
        return None
    year = int(m[1])
    try:
        target = dt.date(year, int(m[2] or 7), int(m[3] or 1))  # a bare year: its middle
    except ValueError:
        return None
    days = []
    for y in (year - 1, year, year + 1):
        try:
            days.append(dt.date(y, dateline.month, dateline.day))
        except ValueError:  # Feb. 29 outside a leap year, Sept. 31
            continue
    if not days:
        return None
    return min(days, key=lambda d: abs((d - target).days)).isoformat()
