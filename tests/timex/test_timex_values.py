"""Typed values and their resolution: the news past bias, weeks, fiscal years, ranges, references."""

from __future__ import annotations

import pytest

from newsgraph.timex import find_times
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
    Reference,
    RelativeDate,
    TimeOnly,
    Weekday,
)

JUNE_18 = Reference(2024, 6, 18)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024", Reference(2024)),
        ("2024-06", Reference(2024, 6)),
        ("2024-06-18", JUNE_18),
        ("2024-06-18T09:00:00+09:00", JUNE_18),
        ("2024-13-01", None),
        ("2024-02-30", None),
        ("June 2024", None),
        ("", None),
        (None, None),
    ],
)
def test_reference_parse(text: str | None, expected: Reference | None) -> None:
    assert Reference.parse(text) == expected


@pytest.mark.parametrize(
    ("value", "resolved"),
    [
        (AbsoluteDate(1945, 8), "1945-08"),
        (AbsoluteDate(2024, 6, 18, Clock(15, 30)), "2024-06-18T15:30"),
        (RelativeDate("year", -1, 9), "2023-09"),
        (RelativeDate("month", -1, day=18), "2024-05-18"),
        (RelativeDate("week", -1), "2024-W24"),
        (RelativeDate("day", -1, clock=Clock(15)), "2024-06-17T15:00"),
        (RelativeDate("year", -70), "1954"),
        (Duration(24, "Y"), "P24Y"),
        (Duration(None, "DE"), "PXDE"),
        (Duration(3, "H"), "PT3H"),
        (Duration(1.5, "M"), "P1.5M"),
        (Recurrence("P1W"), "R/P1W"),
        (FiscalYear(2024), "2024-04/2025-03"),
        (FiscalYear(offset=1), "2025-04/2026-03"),
        (Decade(1990), "199"),
        (DateRange(DayOnly(30), DayOnly(2)), "2024-05-30/2024-06-02"),
        (DateRange(MonthOnly(12, 28), MonthOnly(1, 3)), "2023-12-28/2024-01-03"),
        (DateRange(DayOnly(18), TimeOnly(Clock(17))), "2024-06-18/2024-06-18T17:00"),
        (Weekday(1), "2024-06-17"),
        (Weekday(5), "2024-06-14"),
        (Weekday(6), "2024-06-15"),
        (Weekday(7), "2024-06-16"),
        (Weekday(3), "2024-06-12"),  # the most recent Wednesday
        (Weekday(2), "2024-06-18"),
        (Weekday(2, offset=-1), "2024-06-11"),
        (Weekday(1, offset=1), "2024-06-24"),
        (MonthOnly(6, direction=-1), "2023-06"),
        (MonthOnly(6, direction=1), "2025-06"),
        (MonthOnly(5, direction=1), "2025-05"),
    ],
)
def test_resolve(value: object, resolved: str) -> None:
    result = value.resolve(JUNE_18)  # type: ignore[attr-defined]
    assert result is not None and result.value == resolved


@pytest.mark.parametrize(
    ("reference", "month", "expected"),
    [
        ("2024-06-18", 5, "2024-05"),
        ("2024-06-18", 6, "2024-06"),
        ("2024-06-18", 9, "2023-09"),  # the most recent September: ahead only with a future tense
        ("2024-06-18", 10, "2023-10"),
        ("2024-06-18", 12, "2023-12"),
        ("2024-12-20", 1, "2024-01"),
        ("2024-12-20", 3, "2024-03"),
        ("2024-12-20", 4, "2024-04"),
        ("2024-01-10", 12, "2023-12"),
        ("2024-01-10", 4, "2023-04"),
        ("2024", 9, "2024-09"),
    ],
)
def test_month_only_past_bias(reference: str, month: int, expected: str) -> None:
    (t,) = find_times(f"{month}月に", reference)
    assert t.value == expected and t.anchor == "published"


@pytest.mark.parametrize(
    ("reference", "day", "expected"),
    [
        ("2024-06-18", 18, "2024-06-18"),
        ("2024-06-18", 25, "2024-06-25"),  # at most seven days ahead
        ("2024-06-18", 26, "2024-05-26"),
        ("2024-06-18", 1, "2024-06-01"),
        ("2024-06-28", 3, "2024-07-03"),
        ("2024-12-30", 2, "2025-01-02"),
        ("2024-03-05", 30, "2024-01-30"),  # no 30 February
        ("2024-03-05", 29, "2024-02-29"),
    ],
)
def test_day_only_past_bias(reference: str, day: int, expected: str) -> None:
    (t,) = find_times(f"{day}日に", reference)
    assert t.value == expected


def test_weekday_picks_the_month() -> None:
    # 28 May 2024 is a Tuesday; a Thursday the 28th was last in March.
    assert find_times("28日(火)", "2024-06-18")[0].value == "2024-05-28"
    assert find_times("28日(木)", "2024-06-18")[0].value == "2024-03-28"


def test_fiscal_year_turns_in_april() -> None:
    assert find_times("今年度", "2024-02-10")[0].value == "2023-04/2024-03"
    assert find_times("今年度", "2024-04-01")[0].value == "2024-04/2025-03"
    assert find_times("今年度", "2024") == []


def test_invalid_dates_are_left_out() -> None:
    assert find_times("2023年2月29日、13月、32日", "2024-06-18") == []
    assert [t.value for t in find_times("2024年2月29日", None)] == ["2024-02-29"]


def test_era_years_follow_lexicon_starts() -> None:
    assert find_times("平成元年", None)[0].value == "1989"
    assert find_times("昭和64年", None)[0].value == "1989"
    assert find_times("令和元年", None)[0].value == "2019"


def test_anaphoric_and_vague_offsets_are_not_guessed() -> None:
    assert find_times("その3日前、数年前", "2024-06-18") == []


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        ("米大統領選挙は11月5日に実施される。", "ja", "2024-11-05"),  # ahead: the coming November
        ("首相は9月に訪問した。", "ja", "2023-09"),  # behind: the last September
        ("首相は9月に訪問する予定だ。", "ja", "2024-09"),
        ("次回会合は5月に開催する予定だ。", "ja", "2025-05"),
        ("両首脳は25日に会談した。", "ja", "2024-05-25"),
        ("両首脳は28日に会談する予定だ。", "ja", "2024-06-28"),
        ("5月から続いている。", "ja", "2024-05"),  # ている is perfect: behind
        ("両首脳は28日に会談。", "ja", "2024-05-28"),  # no cue: the window
        ("The council will meet on Friday.", "en", "2024-06-21"),
        ("The ministry said on Friday that talks would resume.", "en", "2024-06-14"),
        ("The vote is scheduled for Nov. 5.", "en", "2024-11-05"),
        ("Elections were held in September.", "en", "2023-09"),
        ("Elections in September.", "en", "2023-09"),  # no tense: the most recent
        ("Elections will be held in September.", "en", "2024-09"),
        # an obligation looks ahead
        ("Armenia must hand over the district by Nov. 5.", "en", "2024-11-05"),
        ("首脳会談は水曜に行われた。", "ja", "2024-06-12"),
        ("首脳会談は水曜に行われる予定だ。", "ja", "2024-06-19"),
        ("The council met on Wednesday.", "en", "2024-06-12"),
        ("選挙は9月に行われる。", "ja", "2024-09"),
        ("選挙は9月に行われた。", "ja", "2023-09"),
        # a clause closed by が is a whole statement: the comment after it does not date the day
        ("外相は10日、停戦を求めていましたが、相手は無視する構えです。", "ja", "2024-06-10"),
        ("外相は10日、会談する予定ですが、議題は決まっていました。", "ja", "2024-07-10"),
        # an act reported in the dictionary form lies ahead of the report (…すると表明した)
        ("両首脳は12日に会談すると表明した。", "ja", "2024-07-12"),
        ("通信社は首相が14日に訪問すると伝えた。", "ja", "2024-07-14"),
        # hearsay or a judgement closing the sentence has the tense of what it reports
        ("首相は12日、中国を訪問したという。", "ja", "2024-06-12"),
        ("軍が12日、基地を空爆したことへの報復とみられる。", "ja", "2024-06-12"),
        ("発射は12日、夜に行われたとされる。", "ja", "2024-06-12"),
        ("首相は12日、中国を訪問するとみられる。", "ja", "2024-07-12"),
        ("首相は12日、中国を訪問するという。", "ja", "2024-07-12"),
    ],
)
def test_tense_steers_month_day_and_weekday(sentence: str, language: str, expected: str) -> None:
    (t,) = find_times(sentence, "2024-06-18", language=language)
    assert t.value == expected


def test_tense_steers_a_range_start() -> None:
    (t,) = find_times("NATO首脳会議は7月9〜11日に開催された。", "2024-06-18")
    assert t.value == "2023-07-09/2023-07-11"


def test_relative_values_ignore_tense() -> None:
    assert find_times("先月開かれる予定だった", "2024-06-18")[0].value == "2024-05"
