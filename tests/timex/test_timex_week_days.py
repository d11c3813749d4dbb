"""A weekday of a named week (先週の火曜日) and "last Tuesday" resolve to the day, not the week."""

from __future__ import annotations

import pytest

from newsgraph.timex import find_times

FRIDAY, MONDAY, SUNDAY = "2024-03-15", "2024-03-11", "2024-03-17"


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        ("先週の火曜日に会談した。", FRIDAY, [("先週の火曜日", "2024-03-05")]),
        ("先週火曜日に会談した。", FRIDAY, [("先週火曜日", "2024-03-05")]),
        ("先週の火曜に会談した。", MONDAY, [("先週の火曜", "2024-03-05")]),
        ("先週の火曜日に会談した。", SUNDAY, [("先週の火曜日", "2024-03-05")]),
        ("今週金曜に発表した。", FRIDAY, [("今週金曜", "2024-03-15")]),
        ("来週の月曜日に訪問する。", FRIDAY, [("来週の月曜日", "2024-03-18")]),
        ("先々週の日曜日夜に発射した。", FRIDAY, [("先々週の日曜日夜", "2024-03-03")]),
        ("先週、会談した。", FRIDAY, [("先週", "2024-W10")]),  # a week alone stays a week
        ("先週の月例会合で", FRIDAY, [("先週", "2024-W10")]),  # 月例 is no weekday
        # a day of the month after a week word: the number's day on that side of the story's day
        ("来週20日に会談する。", FRIDAY, [("来週20日", "2024-03-20")]),
        ("先週9日に会談した。", FRIDAY, [("先週9日", "2024-03-09")]),
        ("来週3日間の日程で訪問する。", FRIDAY, [("来週", "2024-W12"), ("3日間", "P3D")]),
    ],
)
def test_japanese_weekday_of_a_week(text: str, reference: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in find_times(text, reference)] == expected


@pytest.mark.parametrize(
    ("reference", "expected"),
    [(FRIDAY, "2024-03-12"), ("2024-03-12", "2024-03-05"), (MONDAY, "2024-03-05"), (SUNDAY, "2024-03-12")],
)
def test_last_tuesday_is_a_day(reference: str, expected: str) -> None:
    found = find_times("The ministers met last Tuesday.", reference, language="en")
    assert [(t.text, t.value) for t in found] == [("last Tuesday", expected)]
