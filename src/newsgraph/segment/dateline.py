"""Datelines: where a report was filed, by which agency, and on which day.

    【ソウル共同】                       place ソウル, agency 共同 (wiki:Kyodo_News)
    【ワシントン=山田太郎】               place ワシントン, no agency (a correspondent)
    ［東京　８日　ロイター］ -             place 東京, agency ロイター (wiki:Reuters), day 8
    【11月26日 AFP】                      agency AFP, month 11, day 26
    【新華社北京４月２６日】               agency 新華社, place 北京, month 4, day 26
    (Reuters) -                          agency Reuters
    SEOUL (Reuters) -                    place SEOUL, agency Reuters
    LONDON, Feb. 8, 2024 (Yonhap) --     place LONDON, agency Yonhap, date 2024-02-08
    ABUJA, Nigeria —                     place ABUJA, no agency (a correspondent)

A dateline stands at the head of the body: the first line, or the line after a headline. Agencies
and month names live in `datelines.yaml`. A dateline's day without a year (Feb. 8, 8日) is kept as
`month`/`day` only: `dateline_day` gives it the year (and the month) of a date known from elsewhere
(the document's metadata, coarser than a day or not), else it dates nothing. Full-width digits,
brackets and spaces read as their ASCII forms.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from importlib import resources

import yaml

from newsgraph.model import Dateline, Span
from newsgraph.timex.lexicon import fold_width
from newsgraph.timex.values import valid_day

__all__ = ["Dateline", "dateline_day", "read_dateline"]

HEAD_LINES = 3  # a dateline opens the body, which may follow a headline and a byline


@cache
def _tables() -> tuple[dict[str, str], dict[str, int], tuple[re.Pattern[str], ...], re.Pattern[str]]:
    data = yaml.safe_load(resources.files("newsgraph.segment").joinpath("datelines.yaml").read_text("utf-8"))
    agencies = {str(k): str(v) for k, v in data["agencies"].items()}
    months = {str(k): int(v) for k, v in data["months"].items()}
    names = "|".join(re.escape(a) for a in sorted(agencies, key=len, reverse=True))
    month = "|".join(re.escape(m) for m in sorted(months, key=len, reverse=True))
    # a Japanese day: 8日, 4月26日, 2024年4月26日 (digits folded to ASCII)
    day = r"(?:(?:(?P<year>[0-9]{4})年)?(?P<mon>[0-9]{1,2})月)?(?P<day>[0-9]{1,2})日"
    place = r"(?P<place>[^】\]=\s0-9]{1,15}?)"
    ja = (
        re.compile(
            rf"【{place}(?:(?P<agency>{names})|=[^】]{{1,20}})】"
        ),  # 【ソウル共同】, 【ワシントン=山田太郎】
        re.compile(rf"【(?:{place}\s*)?{day}\s*(?P<agency>{names})】"),  # 【11月26日 AFP】
        re.compile(rf"【(?P<agency>{names}){place}{day}】"),  # 【新華社北京4月26日】
        re.compile(
            rf"\[{place}\s+{day}\s+(?P<agency>{names})\]\s*(?:-{{1,2}}|–|—)?"
        ),  # [東京 8日 ロイター] -
    )
    en = re.compile(
        rf"(?:(?P<place>[A-Z][A-Z.'\- ]{{1,30}}?)(?:,\s+(?P<mon>{month})\.?\s+(?P<day>[0-9]{{1,2}})"
        rf"(?:,\s+(?P<year>[0-9]{{4}}))?)?\s+)?\((?P<agency>{names})\)\s*(?:-{{1,2}}|–|—)"
    )
    return agencies, months, ja, en


# A place alone, in capitals, with its country or state after a comma (BEIRUT —, ABUJA, Nigeria —,
# BANGKOK --): a correspondent's dateline; not a label (UPDATE -, BREAKING —).
_EN_PLACE = re.compile(
    r"(?!(?:UPDATE|UPDATED|BREAKING|EXCLUSIVE|ANALYSIS|OPINION|WATCH|LIVE|VIDEO|PHOTOS|FACTBOX|EXPLAINER)\b)"
    r"(?P<place>[A-Z][A-Z.'\-]{2,}(?: [A-Z][A-Z.'\-]+){0,3})"
    r"(?:,\s+[A-Z][A-Za-z.'\-]+(?: [A-Z][A-Za-z.'\-]+){0,2})?"
    r"\s*(?:--|—|–|-)\s+(?=[A-Z\"“‘'])(?:(?P<agency>(?!)))?"
)


def read_dateline(text: str) -> Dateline | None:
    """The dateline at the head of `text` (see the module docstring), or None."""
    agencies, months, ja, en = _tables()
    folded = fold_width(text[: _head_end(text)])  # same length: spans hold in `text`
    pos = 0
    for _ in range(HEAD_LINES):
        line_end = folded.find("\n", pos)
        line_end = len(folded) if line_end < 0 else line_end
        start = pos + len(folded[pos:line_end]) - len(folded[pos:line_end].lstrip())
        for pattern in ja:
            if m := pattern.match(folded, start, line_end):
                return _dateline(m, agencies[m["agency"]] if m["agency"] else None, None)
        if m := en.match(folded, start, line_end):
            return _dateline(m, agencies[m["agency"]], months[m["mon"]] if m["mon"] else None)
        if m := _EN_PLACE.match(folded, start, line_end):
            return _dateline(m, None, None)
        if line_end >= len(folded):
            return None
        pos = line_end + 1
    return None


def _head_end(text: str) -> int:
    """Where the first `HEAD_LINES` lines of `text` end."""
    end = -1
    for _ in range(HEAD_LINES):
        end = text.find("\n", end + 1)
        if end < 0:
            return len(text)
    return end


def _dateline(m: re.Match[str], agency: str | None, month: int | None) -> Dateline:
    """The dateline `m` read: its place (stripped), `agency`, and the day it names; `month` is the
    English month name's number, a Japanese dateline's month is its digits."""
    groups = m.groupdict()
    place = m["place"].strip() if m["place"] else None
    place_span = Span(m.start("place"), m.start("place") + len(place)) if place else None
    if month is None and groups.get("mon"):
        month = int(groups["mon"])
    day = int(groups["day"]) if groups.get("day") else None
    year = int(groups["year"]) if groups.get("year") else None
    date = None
    if year and month and day and 1 <= month <= 12 and valid_day(year, month, day):
        date = dt.date(year, month, day).isoformat()
    if (month is not None and not 1 <= month <= 12) or (day is not None and not 1 <= day <= 31):
        month = day = None
    agency_span = Span(m.start("agency"), m.end("agency")) if m["agency"] else None
    return Dateline(Span(m.start(), m.end()), place, agency, date, month, day, place_span, agency_span)


def dateline_day(dateline: Dateline | None, given: str | None) -> str | None:
    """The day (ISO YYYY-MM-DD) `dateline` names: its own date when it gives a year, else its month
    and day in the year that puts them nearest `given` (a date known from elsewhere, ISO at any
    granularity: Dec. 31 against 2025-01-01 is 2024-12-31), and a day without a month (8日) in the
    month that puts it nearest `given`, which then needs its month; None without a day, or without a
    year from either."""
    if dateline is None:
        return None
    if dateline.date is not None:
        return dateline.date
    m = re.match(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", given or "")
    if dateline.day is None or m is None or (dateline.month is None and m[2] is None):
        return None
    year = int(m[1])
    try:
        target = dt.date(year, int(m[2] or 7), int(m[3] or 1))  # a bare year: its middle
    except ValueError:
        return None
    if m[3] is None and m[2] is not None:
        target = target.replace(day=15)  # a bare month: its middle
    if dateline.month is not None:
        months = [(y, dateline.month) for y in (year - 1, year, year + 1)]
    else:
        index = target.year * 12 + target.month - 1
        months = [(i // 12, i % 12 + 1) for i in (index - 1, index, index + 1)]
    days = []
    for y, month in months:
        try:
            days.append(dt.date(y, month, dateline.day))
        except ValueError:  # Feb. 29 outside a leap year, Sept. 31
            continue
    if not days:
        return None
    return min(days, key=lambda d: abs((d - target).days)).isoformat()
