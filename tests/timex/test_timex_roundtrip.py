"""Round-trips: a date written in each supported form normalises back to itself."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from hypothesis import given
from hypothesis import strategies as st

from newsgraph.timex import find_times
from newsgraph.timex.lexicon import lexicon

DATES = st.dates(min_value=dt.date(1868, 10, 23), max_value=dt.date(2099, 12, 31))
DIGITS = "〇一二三四五六七八九"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]  # fmt: skip


def counted_kanji(n: int) -> str:
    """1..9999 in counted kanji: 19 -> 十九, 2024 -> 二千二十四."""
    out = ""
    for value, sign in ((1000, "千"), (100, "百"), (10, "十")):
        q, n = divmod(n, value)
        if q:
            out += ("" if q == 1 else DIGITS[q]) + sign
    return out + (DIGITS[n] if n else "")


def positional_kanji(n: int) -> str:
    return "".join(DIGITS[int(c)] for c in str(n))


def full_width(text: str) -> str:
    return text.translate({c: c + 0xFEE0 for c in range(0x21, 0x7F)})


def era(d: dt.date, gannen: bool) -> str:
    name, start = max(((k, v) for k, v in lexicon().eras.items() if v <= d), key=lambda kv: kv[1])
    n = d.year - start.year + 1
    year = "元" if n == 1 and gannen else str(n)
    return f"{name}{year}年{d.month}月{d.day}日"


JA_FORMS: dict[str, Callable[[dt.date], str]] = {
    "western": lambda d: f"{d.year}年{d.month}月{d.day}日",
    "padded": lambda d: f"{d.year}年{d.month:02d}月{d.day:02d}日",
    "kanji_positional": lambda d: (
        f"{positional_kanji(d.year)}年{counted_kanji(d.month)}月{counted_kanji(d.day)}日"
    ),
    "kanji_counted": lambda d: f"{counted_kanji(d.year)}年{counted_kanji(d.month)}月{counted_kanji(d.day)}日",
    "full_width": lambda d: full_width(f"{d.year}年{d.month}月{d.day}日"),
    "era": lambda d: era(d, gannen=True),
    "era_one": lambda d: era(d, gannen=False),
    "slash": lambda d: f"{d.year}/{d.month}/{d.day}",
    "dot": lambda d: f"{d.year}.{d.month}.{d.day}",
    "iso": lambda d: d.isoformat(),
    "weekday": lambda d: f"{d.year}年{d.month}月{d.day}日({'月火水木金土日'[d.weekday()]})",
}

EN_FORMS: dict[str, Callable[[dt.date], str]] = {
    "month_day_year": lambda d: f"{MONTHS[d.month - 1]} {d.day}, {d.year}",
    "day_month_year": lambda d: f"{d.day} {MONTHS[d.month - 1]} {d.year}",
    "weekday_first": lambda d: f"{d.strftime('%A')}, {MONTHS[d.month - 1]} {d.day}, {d.year}",
    "iso": lambda d: d.isoformat(),
}


def _single(text: str, written: str, reference: str | None, language: str = "ja") -> str:
    found = find_times(text, reference, language=language)
    assert [t.text for t in found] == [written]
    return found[0].value


@given(DATES, st.sampled_from(sorted(JA_FORMS)))
def test_japanese_forms_round_trip(day: dt.date, form: str) -> None:
    written = JA_FORMS[form](day)
    assert _single(f"政府は{written}に発表した。", written, None) == day.isoformat()


@given(DATES, st.sampled_from(sorted(EN_FORMS)))
def test_english_forms_round_trip(day: dt.date, form: str) -> None:
    written = EN_FORMS[form](day)
    assert _single(f"The ministry said on {written} that talks", written, None, "en") == day.isoformat()


@given(DATES)
def test_year_month_round_trip(day: dt.date) -> None:
    assert _single(f"{day.year}年{day.month}月に", f"{day.year}年{day.month}月", None) == day.isoformat()[:7]
    written = f"{MONTHS[day.month - 1]} {day.year}"
    assert _single(f"in {written} the", written, None, "en") == day.isoformat()[:7]


@given(DATES, st.integers(min_value=-7, max_value=20))
def test_day_only_resolves_within_the_window(day: dt.date, days_after: int) -> None:
    reference = (day + dt.timedelta(days=days_after)).isoformat()
    assert _single(f"{day.day}日に", f"{day.day}日", reference) == day.isoformat()


@given(DATES, st.integers(min_value=0, max_value=11))
def test_month_only_resolves_within_the_window(day: dt.date, months_after: int) -> None:
    index = day.year * 12 + day.month - 1 + months_after
    reference = f"{index // 12:04d}-{index % 12 + 1:02d}-15"
    assert _single(f"{day.month}月に", f"{day.month}月", reference) == day.isoformat()[:7]


@given(DATES, st.integers(min_value=1, max_value=60))
def test_days_ago_round_trip(day: dt.date, n: int) -> None:
    reference = (day + dt.timedelta(days=n)).isoformat()
    assert _single(f"{n}日前に", f"{n}日前", reference) == day.isoformat()
    assert _single(f"{n} days ago", f"{n} days ago", reference, "en") == day.isoformat()


@given(st.integers(min_value=1, max_value=99), st.sampled_from(["年間", "年ぶり", "か月間", "日間", "週間"]))
def test_durations_round_trip(n: int, unit: str) -> None:
    iso = {"年間": "Y", "年ぶり": "Y", "か月間": "M", "日間": "D", "週間": "W"}[unit]
    for number in (str(n), counted_kanji(n)):
        assert _single(f"{number}{unit}の", f"{number}{unit}", None) == f"P{n}{iso}"
