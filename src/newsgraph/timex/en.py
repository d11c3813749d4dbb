"""The English grammar: dates, relative phrases, parts, offsets, durations, decades, ranges and sets.

Month and weekday names must be capitalised (May the month, not the verb). A bare year or month counts
only after a cue word (`in 1950`, `since June`), or for a year between a determiner and a noun (`a
1951 treaty`), so numbers and names elsewhere stay out. A month written short without a period (Feb)
stands only before a day or a year.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from newsgraph.timex.lexicon import Unit, lexicon
from newsgraph.timex.scan import Found, alternation, scan, with_range
from newsgraph.timex.values import (
    AbsoluteDate,
    Clock,
    DateRange,
    Decade,
    Duration,
    MonthOnly,
    Point,
    Recurrence,
    Reference,
    RelativeDate,
    Resolved,
    TimeOnly,
    Weekday,
    valid_day,
)


@dataclass(frozen=True)
class OnWeekday(MonthOnly):
    """A month and day with the weekday it falls on (Friday, Oct. 4): of the years around the
    reference, the one in which the day falls on that weekday, else the year of the day alone."""

    weekday: int = 1  # ISO: Monday 1 ... Sunday 7

    def point(self, ref: Reference | None) -> Point | None:
        alone = super().point(ref)
        if ref is None or alone is None or self.day is None:
            return alone
        years = [
            y
            for y in (alone.year - 1, alone.year, alone.year + 1)
            if valid_day(y, self.month, self.day)
            and dt.date(y, self.month, self.day).isoweekday() == self.weekday
        ]
        return self._at(min(years, key=lambda y: abs(y - alone.year))) if years else alone


@dataclass(frozen=True)
class Weekend(Weekday):
    """A weekend, Saturday to Sunday: the last one begun by the reference (over the weekend), or
    with a tense that looks ahead the first not yet over; `this` weekend is the reference week's,
    `last` the week's before, `next` the week's after (weeks run Monday to Sunday)."""

    weekday: int = 6
    this: bool = False

    def resolve(self, reference: Reference | None) -> Resolved | None:
        if reference is None or reference.date is None:
            return None
        day = reference.date
        monday = day - dt.timedelta(days=day.isoweekday() - 1)
        if self.offset or self.this or reference.tense == "future":
            saturday = monday + dt.timedelta(weeks=self.offset, days=5)
        else:
            saturday = day - dt.timedelta(days=(day.isoweekday() - 6) % 7)
        sunday = saturday + dt.timedelta(days=1)
        return Resolved(f"{saturday.isoformat()}/{sunday.isoformat()}", "range", True)


_UNIT_OF: dict[str, Unit] = {"Y": "year", "M": "month", "W": "week", "D": "day"}


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    en = lexicon().en
    month = rf"(?P<mon>{alternation(list(en.months))})(?![A-Za-z])"
    weekday = alternation(list(en.weekdays))
    lead = rf"(?:(?P<lead>{weekday}),?\s+)?"
    day = r"(?P<d>[0-9]{1,2})(?:st|nd|rd|th)?(?![0-9:])"
    year = r"(?P<y>[0-9]{4})(?![0-9])"
    number = rf"(?:[0-9]+|(?:{alternation(list(en.numbers))})(?:-(?:{alternation(list(en.numbers))}))?)"
    units = alternation(list(en.units))
    parts = alternation(list(en.parts))
    return {
        "month_day": re.compile(
            rf"{lead}{month}\.?\s+{day}(?:(?:\s?[-–]\s?|\s+(?:to|through|until)\s+)(?P<d2>[0-9]{{1,2}})(?![0-9:%]|\s+percent))?"
            rf"(?:,?\s+{year})?"
        ),
        "day_month": re.compile(rf"{lead}{day}\s+{month}(?:,?\s+{year})?"),
        "month_year": re.compile(rf"{month}\s+(?:of\s+)?{year}"),
        "month_rel_year": re.compile(rf"{month}\s+(?:of\s+)?(?P<rel>(?i:this|next|last)\s+year)(?![A-Za-z])"),
        "numeric": re.compile(
            r"(?P<y>[0-9]{4})(?P<sep>[-/])(?P<m>[0-9]{1,2})(?P=sep)(?P<d>[0-9]{1,2})(?![0-9])"
        ),
        "part": re.compile(
            rf"(?P<part>(?i:{parts}))[- ]?(?:{month}(?:,?\s+{year}"
            # early October last year: one time, that month of that year
            rf"|\s+(?:of\s+)?(?P<mrel>(?i:this|next|last)\s+year)(?![A-Za-z]))?|(?P<py>[0-9]{{4}})(?![0-9s])"
            r"|(?P<rel>(?i:this|next|last)\s+(?:year|month))|(?P<the>the\s+year))"
        ),
        "season": re.compile(rf"(?P<season>(?i:{alternation(list(en.seasons))}))\s+(?:of\s+)?{year}"),
        "month_rel": re.compile(rf"(?P<dir>(?i:last|next))\s+{month}"),
        "month": re.compile(month),
        "year": re.compile(rf"{year}(?!s|\s?(?:-|–|/)[0-9]{{2}}(?![0-9]))"),
        # a 1951 treaty, the 2015 deal: a year before a noun (news writes counts of a thousand and more
        # with a comma, so 1,500 troops stays a number), not before a measure (the 1200 km border)
        "year_before_noun": re.compile(
            rf"(?P<y>(?:19|20)[0-9]{{2}})\s+(?!(?i:{alternation(list(en.year_not_before))})(?![A-Za-z]))[A-Za-z]"
        ),
        "decade": re.compile(r"(?:the\s+)?(?P<y>[0-9]{3}0)s(?![A-Za-z])"),
        "relative": re.compile(rf"(?i:{alternation(list(en.relative))})(?![A-Za-z])"),
        "story_relative": re.compile(rf"(?i:{alternation(list(en.story_relative))})(?![A-Za-z])"),
        "day_part": re.compile(rf"\s+(?P<part>(?i:{alternation(list(en.day_parts))}))(?![A-Za-z])"),
        "weekend": re.compile(r"(?P<dir>(?i:last|next|this|the))\s+(?i:weekend)(?![A-Za-z])"),
        "weekday": re.compile(rf"(?:(?P<dir>(?i:last|next|this))\s+)?(?P<wd>{weekday})(?![A-Za-z])"),
        "later": re.compile(
            rf"(?P<n>(?i:{number}))[\s-](?P<unit>(?i:{units}))s?\s+(?P<dir>(?i:later|earlier))(?![A-Za-z])"
        ),
        # a week after a court issued a warrant: the day of what follows, counted back from the day
        # the story named (Gonzalez flew to Spain on Sunday, a week after ...)
        "after": re.compile(
            rf"(?P<n>(?i:{number}))[\s-](?P<unit>(?i:{units}))s?\s+(?P<dir>(?i:after|before))\s+(?=[A-Za-z])"
        ),
        "ago": re.compile(
            rf"(?P<pre>(?i:{alternation(list(en.duration_prefix))})\s+)?(?P<n>(?i:{number}))[\s-]"
            rf"(?P<unit>(?i:{units}))s?\s+(?i:ago)(?![A-Za-z])"
        ),
        "duration": re.compile(
            rf"(?P<pre>(?i:{alternation(list(en.duration_prefix))})\s+)?(?P<n>(?i:{number}))[\s-]"
            rf"(?P<unit>(?i:{units}))s?(?:-long)?(?![A-Za-z])(?!-old|\s+old)"
        ),
        "vague": re.compile(
            r"(?i:(?<=for )|(?<=over )|(?<=in ))(?P<unit>decades|years|months|weeks)(?![A-Za-z])"
        ),
        "time": re.compile(r"(?P<h>[0-9]{1,2})(?::(?P<mm>[0-9]{2}))?\s?(?P<ap>[ap]\.m\.|[ap]m)(?![A-Za-z])"),
        "set": re.compile(rf"(?i:{alternation(list(lexicon().en.sets))})(?![A-Za-z])"),
        "joiner": re.compile(r"\s?[-–]\s?|\s+(?i:to|until|through)\s+"),
        # between June 1 and June 3: "and" joins two dates only after "between"
        "between_joiner": re.compile(r"\s?[-–]\s?|\s+(?i:and)\s+"),
        "and_day": re.compile(
            rf"\s+and\s+(?P<d2>[0-9]{{1,2}})(?:st|nd|rd|th)?(?![0-9:%]|\s+percent|\s?[ap]\.?m\b)"
            rf"(?:,?\s+{year})?"
        ),
    }


def _number(token: str) -> int:
    numbers = lexicon().en.numbers
    if token.isdigit():
        return int(token)
    return sum(numbers[w] for w in token.lower().split("-"))


# Month names that are also ordinary words after "the" (the March on Washington).
_ALSO_WORDS = frozenset({"March", "May", "Mar", "August", "Aug"})


def _cue_before(text: str, i: int, cues: tuple[str, ...]) -> bool:
    m = re.search(r"([A-Za-z]+)[\s-]+$", text[max(0, i - 16) : i])
    return m is not None and m.group(1).lower() in cues


def _month(name: str) -> int:
    months = lexicon().en.months
    return months.get(name, months.get(name + ".", 0))


def _abbreviated(name: str) -> bool:
    """Whether `name` is a month written short without a period (Feb, Sept): read only before a day
    or a year, as alone it is a word or a name as often (Jan Egeland, the Mar Mikhael district)."""
    months = lexicon().en.months
    full = max((k for k, v in months.items() if v == months[name]), key=len)
    return not name.endswith(".") and len(name) < len(full)


def _year(token: str | None) -> int | None:
    return int(token) if token is not None else None


def _date_at(text: str, i: int, *, cued: bool = True) -> Found | None:
    """One English date at `i`; with `cued` False a bare year needs no cue word (the end of a range)."""
    p = _patterns()
    en = lexicon().en
    if m := p["numeric"].match(text, i):
        return Found(i, m.end(), AbsoluteDate(int(m["y"]), int(m["m"]), int(m["d"])))
    for name in ("month_day", "day_month"):
        if m := p[name].match(text, i):
            mon, d, y = _month(m["mon"]), int(m["d"]), _year(m["y"])
            d2 = int(m["d2"]) if name == "month_day" and m["d2"] else None
            start = AbsoluteDate(y, mon, d) if y else MonthOnly(mon, d)
            if m["lead"] and not y:  # Friday, Oct. 4: the year in which it is a Friday
                start = OnWeekday(mon, d, weekday=en.weekdays[m["lead"]])
            between = name == "month_day" and d2 is None and y is None and _cue_before(text, i, ("between",))
            if between and (a := p["and_day"].match(text, m.end())):  # between June 1 and 3
                d2, y = int(a["d2"]), _year(a["y"])
                start, m = (AbsoluteDate(y, mon, d) if y else start), a
            if d2 is not None:
                end = AbsoluteDate(y, mon, d2) if y else MonthOnly(mon, d2)
                return Found(i, m.end(), DateRange(start, end))
            return Found(i, m.end(), start)
    if m := p["month_year"].match(text, i):
        return Found(i, m.end(), AbsoluteDate(int(m["y"]), _month(m["mon"])))
    if m := p["month_rel_year"].match(text, i):
        # October last year: that month of the year before the reference's
        rel = en.relative[" ".join(m["rel"].lower().split())]
        return Found(i, m.end(), RelativeDate("year", rel.offset, month=_month(m["mon"])))
    if m := p["part"].match(text, i):
        part = en.parts[m["part"].lower()]
        if m["rel"]:
            rel = en.relative[m["rel"].lower()]
            return Found(i, m.end(), RelativeDate(rel.unit, rel.offset, part=part))
        if m["the"]:
            return Found(i, m.end(), RelativeDate("year", 0, part=part))
        if m["mon"] and m["mrel"]:
            rel = en.relative[" ".join(m["mrel"].lower().split())]
            return Found(i, m.end(), RelativeDate("year", rel.offset, month=_month(m["mon"]), part=part))
        if m["mon"]:
            mon = _month(m["mon"])
            value = AbsoluteDate(int(m["y"]), mon, part=part) if m["y"] else MonthOnly(mon, part=part)
            return Found(i, m.end(), value)
        return Found(i, m.end(), AbsoluteDate(int(m["py"]), part=part))
    if m := p["season"].match(text, i):
        return Found(i, m.end(), AbsoluteDate(int(m["y"]), part=en.seasons[m["season"].lower()]))
    if m := p["month_rel"].match(text, i):
        direction = -1 if m["dir"].lower() == "last" else 1
        return Found(i, m.end(), MonthOnly(_month(m["mon"]), direction=direction))
    if m := p["relative"].match(text, i):
        rel = en.relative[m.group().lower()]
        of_day, stop = rel.part, m.end()
        if rel.unit == "day" and of_day is None and (dp := p["day_part"].match(text, stop)):
            of_day, stop = en.day_parts[dp["part"].lower()], dp.end()  # yesterday afternoon
        return Found(i, stop, RelativeDate(rel.unit, rel.offset, part=of_day))
    if m := p["story_relative"].match(text, i):
        rel = en.story_relative[m.group().lower()]
        return Found(i, m.end(), RelativeDate(rel.unit, rel.offset), story=True)
    if m := p["weekend"].match(text, i):  # over the weekend, last weekend
        which = m["dir"].lower()
        return Found(i, m.end(), Weekend(6, {"last": -1, "next": 1}.get(which, 0), this=which == "this"))
    if (m := p["weekday"].match(text, i)) and not _cue_before(text, i, en.weekday_not_after):
        offset = {"last": -1, "next": 1}.get((m["dir"] or "").lower(), 0)
        of_day, stop = None, m.end()
        if dp := p["day_part"].match(text, stop):
            of_day, stop = en.day_parts[dp["part"].lower()], dp.end()  # Sunday morning
        return Found(i, stop, Weekday(en.weekdays[m["wd"]], offset, part=of_day))
    if m := p["time"].match(text, i):
        hour, minute = int(m["h"]), int(m["mm"]) if m["mm"] else None
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if m["ap"][0] == "p" else 0)
        return Found(i, m.end(), TimeOnly(Clock(hour, minute)))
    if (
        (m := p["month"].match(text, i))
        and not _abbreviated(m["mon"])
        and (
            _cue_before(text, i, en.month_cues)
            # the April attack; but the March on Washington, the May Fourth Movement
            or (_cue_before(text, i, ("the",)) and m["mon"].rstrip(".") not in _ALSO_WORDS)
        )
    ):
        return Found(i, m.end(), MonthOnly(_month(m["mon"])))
    if (m := p["year"].match(text, i)) and (not cued or _cue_before(text, i, en.year_cues)):
        year = int(m["y"])
        return Found(i, m.end(), AbsoluteDate(year)) if 1000 <= year <= 2099 else None
    if (m := p["year_before_noun"].match(text, i)) and _cue_before(text, i, en.year_determiners):
        return Found(i, m.end("y"), AbsoluteDate(int(m["y"])))
    return None


def _duration_at(text: str, i: int) -> Found | None:
    """Offsets (two days ago), durations (for 24 years, about 70 years, a three-day visit), decades."""
    p = _patterns()
    en = lexicon().en
    if m := p["decade"].match(text, i):
        return Found(i, m.end(), Decade(int(m["y"])))
    if m := p["ago"].match(text, i):
        iso = en.units[m["unit"].lower()]
        amount = _number(m["n"]) * (10 if iso == "DE" else 1)
        unit = _UNIT_OF.get("Y" if iso == "DE" else iso)
        mod = en.duration_prefix.get(m["pre"].strip().lower()) if m["pre"] else None
        if unit is None:
            return None
        return Found(i, m.end(), RelativeDate(unit, -amount, mod=mod))
    if m := p["later"].match(text, i):  # two days later: counted from the day the story named
        unit = _UNIT_OF.get(en.units[m["unit"].lower()])
        amount = _number(m["n"]) * (1 if m["dir"].lower() == "later" else -1)
        if unit == "week":  # a week from a day is a day
            unit, amount = "day", amount * 7
        return Found(i, m.end(), RelativeDate(unit, amount), story=True) if unit else None
    if (m := p["after"].match(text, i)) and (found := _offset_to_clause(text, i, m)):
        return found
    if m := p["duration"].match(text, i):
        n = m["n"].lower()
        if (n in ("a", "an") or (n == "one" and m["unit"].lower() == "day")) and not m["pre"]:
            return None  # "a day after", "once a year", "one day he...": not a measured length
        mod = en.duration_prefix.get(m["pre"].strip().lower()) if m["pre"] else None
        return Found(i, m.end(), Duration(_number(n), en.units[m["unit"].lower()], mod))
    if m := p["vague"].match(text, i):
        iso = {"decades": "DE", "years": "Y", "months": "M", "weeks": "W"}[m["unit"].lower()]
        return Found(i, m.end(), Duration(None, iso))
    if m := p["set"].match(text, i):
        return Found(i, m.end(), Recurrence(en.sets[m.group().lower()]))
    return None


def _offset_to_clause(text: str, i: int, m: re.Match[str]) -> Found | None:
    """`a week after` + a clause (Gonzalez flew to Spain on Sunday, a week after a court issued a
    warrant): the day of the clause, a week before the day the story named last; `two days before`
    counts ahead. None where no such day can be meant: the phrase opens its sentence or a clause of
    its own (Two days after the vote, police ...; said that two days after ...), names a period (for
    two weeks after, in the days before) or a date follows (two days after June 3)."""
    en = lexicon().en
    unit = _UNIT_OF.get(en.units[m["unit"].lower()])
    head = text[max(0, i - 40) : i].rstrip()
    if unit is None or not head or head[-1] in '.!?"“(' or _cue_before(text, i, en.offset_not_after):
        return None
    if _date_at(text, m.end()) is not None:
        return None
    amount = _number(m["n"]) * (-1 if m["dir"].lower() == "after" else 1)
    if unit == "week":  # a week from a day is a day
        unit, amount = "day", amount * 7
    return Found(i, m.start("dir") + len(m["dir"]), RelativeDate(unit, amount), story=True)


def _starts(text: str, i: int) -> bool:
    return text[i].isalnum() and (i == 0 or not text[i - 1].isalnum())


def find(text: str) -> list[Found]:
    """Every English time expression in width-folded `text`."""

    def end_at(t: str, j: int) -> Found | None:
        return _date_at(t, j, cued=False)

    date = with_range(_date_at, _patterns()["joiner"], end_at)
    between = with_range(_date_at, _patterns()["between_joiner"], end_at)

    def date_or_between(t: str, j: int) -> Found | None:
        return (between if _cue_before(t, j, ("between",)) else date)(t, j)

    return scan(text, (date_or_between, _duration_at), _starts)
