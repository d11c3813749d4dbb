"""The Japanese grammar: dates, relative words, parts, times of day, durations, ranges and sets.

Input is width-folded text (`lexicon.fold_width`), so ２０２４ reads as 2024 and spans still match the
original. Numbers may be Arabic or kanji (十九日, 二〇二四年, 二千二十四年). A date is read as a chain of
components, each optional but in order: year (era, western, relative word, fiscal), month, day,
weekday, part, time of day, modifier (18日夜, 去年9月, 令和6年6月19日(水)午後3時ごろ).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from newsgraph.timex.lexicon import Relative, Unit, lexicon, parse_number
from newsgraph.timex.scan import NUMERALS, Found, alternation, scan, with_range
from newsgraph.timex.values import (
    AbsoluteDate,
    Clock,
    DateRange,
    DayOnly,
    Decade,
    Duration,
    FiscalYear,
    MonthOnly,
    Recurrence,
    RelativeDate,
    TimeExpr,
    TimeOnly,
    Weekday,
)

NUM = r"(?:[0-9]{1,4}|[〇零一二三四五六七八九十百千]{1,7})"
_DASH = r"[〜~－\-–—―‐]"


@dataclass
class _Chain:
    """Components of one date as they are read."""

    year: int | None = None
    relative: Relative | None = None
    month: int | None = None
    month_kanji1: bool = False  # a single kanji numeral: 一月 alone is too often ひと月
    day: int | None = None
    day_kanji1: bool = False
    day_to: int | None = None  # 4月1〜3日
    weekday: int | None = None
    clock: Clock | None = None
    part: str | None = None
    mod: str | None = None
    numeric: bool = False  # 2024/6/19: year, month and day at once
    numeric_md: bool = False  # 6/19 without a year: only with a weekday
    fiscal: bool = False  # 2024年度
    anaphoric: bool = False  # 同年4月: the year is the story's, not the reference's (the caller's base)


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    ja = lexicon().ja
    eras = alternation(list(lexicon().eras))
    parts = {g: re.compile(alternation(list(w))) for g, w in ja.parts.items()}
    return {
        "decade": re.compile(rf"(?P<y>{NUM})年代"),
        "year": re.compile(rf"(?:(?P<era>{eras})(?P<eray>{NUM}|元)|(?P<y>{NUM}))年(?P<fy>度)?"),
        "year_range": re.compile(rf"(?P<y>[0-9]{{4}}){_DASH}(?P<y2>[0-9]{{2,4}})年(?!度)"),
        "numeric": re.compile(
            r"(?P<y>[0-9]{4})(?P<sep>[/.\-])(?P<m>[0-9]{1,2})(?P=sep)(?P<d>[0-9]{1,2})(?![0-9])"
        ),
        "numeric_md": re.compile(r"(?P<m>[0-9]{1,2})/(?P<d>[0-9]{1,2})(?=\s?\()"),
        "relative": re.compile(alternation(list(ja.relative))),
        "anaphoric": re.compile(alternation(list(ja.anaphoric))),
        "month": re.compile(rf"(?P<m>{NUM})月"),
        "day": re.compile(rf"(?P<d>{NUM})(?:(?P<dd>日)?(?P<dash>{_DASH})(?P<d2>{NUM}))?日"),
        "weekday": re.compile(
            r"\s?\((?P<w>[月火水木金土日])(?:曜日?)?(?:・祝)?\)|(?P<w2>[月火水木金土日])曜日?"
        ),
        "week_day": re.compile(r"の?(?P<w>[月火水木金土日])曜日?"),  # 先週の火曜日, 来週月曜
        "bare_weekday": re.compile(r"(?P<w>[月火水木金土日])曜日?"),  # 日曜の朝, 土曜夜
        "day_of_relative": re.compile(rf"(?:前日|翌日|当日)の?(?P<d>{NUM})日"),
        "time": re.compile(
            rf"(?P<ampm>午前|午後)?(?:(?P<h>{NUM})時(?!間)(?:(?P<min>{NUM})分|(?P<half>半))?"
            r"|(?P<hh>[0-9]{1,2}):(?P<mm>[0-9]{2})(?![0-9]))|(?P<noon>正午)"
        ),
        "mod": re.compile(alternation(list(ja.date_mods))),
        "joiner": re.compile(rf"\s?(?:{alternation(list(ja.range_joiners))})\s?"),
        "set": re.compile(alternation(list(ja.sets))),
        "duration": _duration_pattern(compound=False),
        "compound": _duration_pattern(compound=True),
        **{f"part_{g}": p for g, p in parts.items()},
    }


def _duration_pattern(compound: bool) -> re.Pattern[str]:
    """A length (3日間, 約70年, 24年ぶり) or an offset (70年前); `compound` reads a second, smaller
    unit after the first (2年3か月ぶり, 1時間20分)."""
    ja = lexicon().ja
    units = alternation(list(ja.units))
    second = rf"(?P<n2>{NUM})(?P<unit2>{units})" if compound else ""
    return re.compile(
        rf"(?P<pre>{alternation(list(ja.duration_prefix))})?"
        rf"(?P<n>[0-9]+\.[0-9]+|{NUM}|数十|数|半)(?P<unit>{units})(?P<half>半)?{second}"
        rf"(?P<kan>間)?(?P<suf>{alternation(list(ja.duration_suffix))})?"
        r"(?P<tail>ぶり|(?<=年)来(?![日年月週場訪航])|前(?![倒進線回年日夜半週月])|後(?![半任継者退援押]))?"
    )


# The unit pairs a compound length is written in (2年3か月, 1日3時間, 1時間20分, 1分30秒). A day
# count before hours reads as one length, not a date and a length: news writes a date apart from a
# length (10日、3時間にわたり), and the day alone (1日) would be read as the 1st.
_COMPOUNDS = frozenset({("Y", "M"), ("D", "H"), ("H", "MIN"), ("MIN", "S")})

_UNIT_OF: dict[str, Unit] = {"Y": "year", "M": "month", "W": "week", "D": "day"}


def _blocked(text: str, end: int, word: str) -> bool:
    """True when `word` ending at `end` is the head of a longer word (朝鮮, 初めて, 前日比)."""
    rules = lexicon().ja.not_before
    tails = (*rules.get(word, ()), *rules.get("*", ()))
    return any(text.startswith(t, end) for t in tails)


def _number_start(text: str, i: int) -> bool:
    """A number may start at `i` only if it does not continue one (no 9 out of 19, no 4 out of 2024,
    no 6 out of 5-6)."""
    return i == 0 or (text[i - 1] not in NUMERALS and text[i - 1] not in ".,/:-－~〜")


def _western_year(token: str) -> int | None:
    year = parse_number(token)
    return year if 1000 <= year <= 2999 else None


def _era_year(era: str, token: str) -> int:
    return lexicon().eras[era].year + (1 if token == "元" else parse_number(token)) - 1


def _read_year(text: str, i: int, c: _Chain) -> int | None:
    """Reads the head of a date at `i` into `c`: a numeric date (2024/6/19, 6/19), a relative word
    (去年, 先月, 昨夜) or a year (令和6年, 1950年, 2024年度). Returns where it ends, or None."""
    p = _patterns()
    if (m := p["numeric"].match(text, i)) and _number_start(text, i):
        c.year, c.month, c.day, c.numeric = int(m["y"]), int(m["m"]), int(m["d"]), True
        return m.end()
    if (m := p["numeric_md"].match(text, i)) and _number_start(text, i):
        c.month, c.day, c.numeric_md = int(m["m"]), int(m["d"]), True
        return m.end()
    if (m := p["relative"].match(text, i)) and _number_start(text, i):
        if _blocked(text, m.end(), m.group()):
            return None
        c.relative = lexicon().ja.relative[m.group()]
        c.part = c.relative.part
        return m.end()
    if (m := p["anaphoric"].match(text, i)) and not _blocked(text, m.end(), m.group()):
        c.relative, c.anaphoric = lexicon().ja.anaphoric[m.group()], True
        return m.end()
    if text.startswith("同", i) and _number_start(text, i + 1):
        # 同5日 is the 5th of the month named before, 同6月 June of the year named before
        if p["day"].match(text, i + 1):
            c.relative, c.anaphoric = lexicon().ja.anaphoric["同月"], True
            return i + 1
        if p["month"].match(text, i + 1):
            c.relative, c.anaphoric = lexicon().ja.anaphoric["同年"], True
            return i + 1
    if (m := p["year"].match(text, i)) and (m["era"] or _number_start(text, i)):
        year = _era_year(m["era"], m["eray"]) if m["era"] else _western_year(m["y"])
        if year is None:
            return None
        c.year, c.fiscal = year, bool(m["fy"])
        return m.end()
    return None


def _read_clock(text: str, i: int, c: _Chain, after_date: bool) -> int | None:
    m = _patterns()["time"].match(text, i)
    if m is None:
        return None
    if m["noon"]:
        c.clock, c.part = Clock(12), None
        return m.end()
    minute: int | None
    if m["hh"] is not None:
        if not (after_date or m["ampm"]):
            return None
        hour, minute = int(m["hh"]), int(m["mm"])
    else:
        if not (after_date or m["ampm"] or m["h"].isascii()):
            return None  # 一時 alone is "for a while"
        hour = parse_number(m["h"])
        minute = 30 if m["half"] else parse_number(m["min"]) if m["min"] else None
    if hour < 12 and (m["ampm"] == "午後" or c.part in ("afternoon", "evening")):
        hour += 12
    elif c.part == "night" and 6 <= hour < 12:
        hour += 12  # 夜10時 is 22; 深夜2時 stays 2
    if hour > 24 or (minute is not None and minute > 59):
        return None
    c.clock, c.part = Clock(hour, minute), None
    return m.end()


def _read_part(text: str, i: int, c: _Chain, granularity: str) -> int | None:
    """Reads a part word for `granularity` at `i` into `c` (18日夜, 4月前半); a part of the day may
    follow の (日曜の朝, 18日の夜). Returns where it ends, or None."""
    if granularity == "day" and text.startswith("の", i) and _read_part(text, i + 1, c, "day"):
        return _read_part(text, i + 1, c, "day")
    m = _patterns()[f"part_{granularity}"].match(text, i)
    if m is None or _blocked(text, m.end(), m.group()):
        return None
    c.part = lexicon().ja.parts[granularity][m.group()]
    return m.end()


def _granularity(c: _Chain) -> str:
    if c.weekday is not None:
        return "day"
    if c.relative is not None and c.month is None and c.day is None:
        return {"fiscal_year": "year"}.get(c.relative.unit, c.relative.unit)
    if c.day is not None:
        return "day"
    if c.month is not None:
        return "month"
    return "year"


# What makes a number of days before it a span, an offset or a count, not a date (3日前, 3日間,
# 3日ぶり, 3日連続, 3日目に; 3日目撃された is a date).
_NOT_A_DATE = re.compile(r"前|後|間|ぶり|連続|目(?![\u4e00-\u9fff])")


def _date_at(text: str, i: int) -> Found | None:
    """One date-like expression starting at `i`: the chain described in the module docstring."""
    p = _patterns()
    if (m := p["decade"].match(text, i)) and _number_start(text, i):
        year = parse_number(m["y"])
        year = year if year >= 1000 else year + (1900 if year >= 30 else 2000)
        return Found(i, m.end(), Decade(year))
    if (m := p["year_range"].match(text, i)) and _number_start(text, i):
        y1, y2 = int(m["y"]), int(m["y2"])
        y2 = y2 if y2 >= 1000 else y1 // 100 * 100 + y2
        return Found(i, m.end(), DateRange(AbsoluteDate(y1), AbsoluteDate(y2))) if y1 < y2 else None
    if text.startswith("翌", i) and (p["day"].match(text, i + 1)) and _number_start(text, i + 1):
        # 翌16日: the 16th after the day the story named (the caller counts from it)
        found = _date_at(text, i + 1)
        if found is None or not isinstance(found.expr, DayOnly):
            return None
        return Found(i, found.end, replace(found.expr, direction=1))
    if (m := p["day_of_relative"].match(text, i)) and _number_start(text, m.start("d")):
        # 会談前日の30日, 翌日の16日: the day is the number's, its month the reference's, as for 30日 alone
        found = _date_at(text, m.start("d"))
        return Found(i, found.end, found.expr) if found and isinstance(found.expr, DayOnly) else None
    c = _Chain()
    pos = _read_year(text, i, c) or i
    if (
        pos == i
        and (m := p["bare_weekday"].match(text, i))
        and not text.endswith("毎週", 0, i)
        and not _blocked(text, m.end(), "曜")
    ):
        c.weekday, pos = lexicon().ja.weekdays[m["w"]], m.end()
        pos = _read_part(text, pos, c, "day") or pos
        pos = _read_clock(text, pos, c, after_date=True) or pos
        return Found(i, pos, Weekday(c.weekday, part=c.part, clock=c.clock))
    fixed = c.relative is not None and c.relative.part is not None  # 年末, 昨夜: nothing finer follows
    if (
        c.relative is not None
        and c.relative.unit == "week"
        and (m := p["day"].match(text, pos))
        and not m["d2"]
        and 1 <= (day := parse_number(m["d"])) <= 31
        and not _NOT_A_DATE.match(text, m.end())
    ):
        # 来週15日, 先週3日: the number's day, after (before) the story's day as the week says
        offset = c.relative.offset
        return Found(i, m.end(), DayOnly(day, direction=(offset > 0) - (offset < 0)))
    if c.relative is not None and c.relative.unit == "week" and (m := p["week_day"].match(text, pos)):
        c.weekday = lexicon().ja.weekdays[m["w"]]
        pos = m.end()
    if not c.numeric and not c.numeric_md and not fixed:
        month_may_follow = c.relative is None or c.relative.unit == "year"
        if month_may_follow and (m := p["month"].match(text, pos)) and (pos > i or _number_start(text, pos)):
            c.month, c.month_kanji1 = parse_number(m["m"]), len(m["m"]) == 1 and not m["m"].isascii()
            pos = m.end()
        day_may_follow = (
            c.month is not None or pos == i or (c.relative is not None and c.relative.unit == "month")
        )
        if day_may_follow and (m := p["day"].match(text, pos)) and (pos > i or _number_start(text, pos)):
            c.day, c.day_kanji1 = parse_number(m["d"]), len(m["d"]) == 1 and not m["d"].isascii()
            c.day_to = parse_number(m["d2"]) if m["d2"] else None
            bare = c.month is None and c.relative is None and not m["dd"]
            if c.day_to is not None and bare and m["dash"] in "-－":
                return None  # 5-6日 alone is more often "five to six days" than a range of dates
            pos = m.end()
    if c.day is not None and (m := p["weekday"].match(text, pos)):
        c.weekday = lexicon().ja.weekdays[m["w"] or m["w2"]]
        pos = m.end()
    elif c.numeric_md:
        return None
    is_day = (
        c.day is not None or c.weekday is not None or (c.relative is not None and c.relative.unit == "day")
    )
    if pos == i:  # a time of day alone, maybe after a part word (深夜2時, 夜10時)
        start = _read_part(text, i, c, "day") or i
        pos = _read_clock(text, start, c, after_date=start > i) or i
        if pos == i:
            return None
    elif c.day_to is None:
        if not fixed:
            pos = _read_part(text, pos, c, _granularity(c)) or pos
        if is_day:
            pos = _read_clock(text, pos, c, after_date=True) or pos
    if (m := p["mod"].match(text, pos)) and not _blocked(text, m.end(), m.group()):
        c.mod = lexicon().ja.date_mods.get(m.group())
        pos = m.end()
    expr = _build(c, text, pos)
    # 同年4月 counts from a date the story named: the caller finds its base (`Found.story`)
    return Found(i, pos, expr, story=c.anaphoric) if expr is not None else None


def _build(c: _Chain, text: str, end: int) -> TimeExpr | None:
    """The typed value for a chain, or None when the chain is not a date after all."""
    if not 1 <= (c.month or 1) <= 12 or not 1 <= (c.day or 1) <= 31:
        return None
    tail_blocked = _blocked(text, end, "日") if c.day is not None and c.clock is None else False
    if tail_blocked or _NOT_A_DATE.match(text, end):
        return None  # 3日も早く, 3日前: not a date here
    part, mod, clock = c.part, c.mod, c.clock
    if c.fiscal and c.year is not None:
        return FiscalYear(year=c.year, part=part, mod=mod)
    if c.relative is not None:
        unit, offset = c.relative.unit, c.relative.offset
        if unit == "fiscal_year":
            return FiscalYear(offset=offset, part=part, mod=mod)
        if c.day_to is not None:
            return DateRange(RelativeDate(unit, offset, c.month, c.day), DayOnly(c.day_to))
        return RelativeDate(unit, offset, c.month, c.day, clock, part, mod, c.weekday)
    if c.year is not None:
        if c.day_to is not None:
            return DateRange(AbsoluteDate(c.year, c.month, c.day), DayOnly(c.day_to))
        return AbsoluteDate(c.year, c.month, c.day, clock, part, mod)
    if c.month is not None:
        if c.month_kanji1 and c.day is None:
            return None
        if c.day_to is not None:
            return DateRange(MonthOnly(c.month, c.day), DayOnly(c.day_to))
        return MonthOnly(c.month, c.day, clock, part, mod)
    if c.day is not None:
        if c.day_kanji1:
            return None  # 一日, 三日: too often "one day", 三日月, 四日市
        if c.day_to is not None:
            return DateRange(DayOnly(c.day), DayOnly(c.day_to))
        return DayOnly(c.day, c.weekday, clock, part, mod)
    if clock is not None:
        return TimeOnly(clock, mod=mod)
    return None


def _duration_at(text: str, i: int) -> Found | None:
    """Durations (24年ぶり, 約70年, 3日間, 半年, 数年) and offsets (70年前, 3日後)."""
    ja = lexicon().ja
    m = _patterns()["compound"].match(text, i)
    more: tuple[tuple[float, str], ...] = ()
    if m is not None and (ja.units[m["unit"]], ja.units[m["unit2"]]) in _COMPOUNDS and not m["half"]:
        more = ((float(parse_number(m["n2"])), ja.units[m["unit2"]]),)
    else:
        m = _patterns()["duration"].match(text, i)
    if m is None or not _number_start(text, m.start("n")):
        return None
    iso = ja.units[m["unit"]]
    n, pre, suf, tail = m["n"], m["pre"], m["suf"], m["tail"]
    if more and n in ja.vague | {"半": None}:
        return None
    if n in ja.vague:
        amount, vague_unit = None, ja.vague[n]
        iso = vague_unit or iso
    elif n == "半":
        if iso not in ("Y", "M"):
            return None
        amount, iso = (6.0, "M") if iso == "Y" else (0.5, "M")
    else:
        amount = float(n) if "." in n else float(parse_number(n))
        if m["half"]:  # 1年半 is P18M; 3時間半 PT3H30M, 2日半 P2.5D
            amount, iso = (amount * 12 + 6, "M") if iso == "Y" else (amount + 0.5, iso)
    mod = ja.duration_suffix.get(suf) if suf else ja.duration_prefix.get(pre) if pre else None
    after = next((w for w in ja.duration_after if text.endswith(w, 0, i)), None)
    after_length = after is not None and not text.endswith(("年", "月", "日"), 0, i - len(after))
    has_cue = bool(pre or suf or m["kan"] or tail or m["half"] or n == "半" or after_length or more)
    if m["unit"] in ja.cue_units and not has_cue and amount is not None:
        return None
    if iso == "Y" and amount is not None and amount >= 1000:
        return None  # 2020年以降 is a year
    if tail in ("前", "後"):
        lead = next((w for w in ("その", "同") if text.endswith(w, 0, i)), "")
        unit = _UNIT_OF.get(iso)
        if more and iso == "Y" and amount is not None:  # 2年3か月前: 27 months
            amount, unit = amount * 12 + more[0][0], "month"
        elif more:
            unit = None
        if amount is None or unit is None or amount != int(amount):
            return Found(i, m.end(), _Unresolvable())
        offset = int(amount) if tail == "後" else -int(amount)
        # その3日後 counts from a day the story named: the caller anchors it there, or drops it.
        return Found(i - len(lead), m.end(), RelativeDate(unit, offset, mod=mod))
    return Found(i, m.end(), Duration(amount, iso, mod, more=more))


@dataclass(frozen=True)
class _Unresolvable:
    """Consumes text that is a time expression we will not normalise (数年前, その3日前)."""

    part: str | None = None
    mod: str | None = None

    def resolve(self, reference: object) -> None:
        return None


def _set_at(text: str, i: int) -> Found | None:
    m = _patterns()["set"].match(text, i)
    if m is None or _blocked(text, m.end(), m.group()):
        return None
    period, part = lexicon().ja.sets[m.group()]
    return Found(i, m.end(), Recurrence(period, part))


@cache
def _start_chars() -> frozenset[str]:
    ja = lexicon().ja
    words = [*ja.relative, *ja.anaphoric, *ja.sets, *ja.duration_prefix, *ja.parts["day"], *lexicon().eras]
    words += ["正午", "数", "半", *ja.weekdays]
    return frozenset(w[0] for w in words) | NUMERALS


def _starts(text: str, i: int) -> bool:
    return text[i] in _start_chars()


def find(text: str) -> list[Found]:
    """Every Japanese time expression in width-folded `text`."""
    date = with_range(_date_at, _patterns()["joiner"])
    return scan(text, (date, _duration_at, _set_at), _starts)
