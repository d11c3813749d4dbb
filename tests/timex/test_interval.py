"""ISO values as the days they cover (`timex.interval`)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.timex.interval import interval, parse_bound

D = dt.date


@pytest.mark.parametrize(
    ("value", "days"),
    [
        ("2024", (D(2024, 1, 1), D(2024, 12, 31))),
        ("2024-02", (D(2024, 2, 1), D(2024, 2, 29))),
        ("2024-03-15", (D(2024, 3, 15), D(2024, 3, 15))),
        ("2024-03-15T15:00", (D(2024, 3, 15), D(2024, 3, 15))),
        ("2024-W10", (D(2024, 3, 4), D(2024, 3, 10))),
        ("2024-W10-2", (D(2024, 3, 5), D(2024, 3, 5))),
        ("2020-W53", (D(2020, 12, 28), D(2021, 1, 3))),
        ("2024-Q2", (D(2024, 4, 1), D(2024, 6, 30))),
        ("2024-H2", (D(2024, 7, 1), D(2024, 12, 31))),
        ("199", (D(1990, 1, 1), D(1999, 12, 31))),
        ("2024-06-18/2024-06-19", (D(2024, 6, 18), D(2024, 6, 19))),
        ("2024-03/2024-W20", (D(2024, 3, 1), D(2024, 5, 19))),
    ],
)
def test_values_cover_their_days(value: str, days: tuple[dt.date, dt.date]) -> None:
    assert interval(value) == days


@pytest.mark.parametrize(
    "value",
    [None, "", "2024-13", "2024-02-30", "2024-W54", "0000", "P3D", "R/P1Y", "PRESENT_REF", "yesterday"],
)
def test_what_names_no_day_has_no_interval(value: str | None) -> None:
    assert interval(value) is None


def test_a_range_that_ends_before_it_starts_has_none() -> None:
    assert interval("2024-05/2024-03") is None


def test_a_week_sorts_inside_its_month() -> None:
    values = ["2024-04", "2024-W10", "2024-03-20", "2024"]
    assert sorted(values, key=lambda v: interval(v) or ()) == ["2024", "2024-W10", "2024-03-20", "2024-04"]


@pytest.mark.parametrize("value", ["2024-13", "yesterday", "2024-03/2024-04", "24-03"])
def test_filters_refuse_what_is_not_a_date(value: str) -> None:
    with pytest.raises(ValueError, match="2024-W10"):
        parse_bound(value)
