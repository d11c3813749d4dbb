"""Checks for the dates newsgraph is given: document metadata, post signatures, filters.

A date that names no real day (`2024-13-45`, `not-a-date`) or that lies outside the years news can
be about (`December 31, 9999`, year 0 or 1) is refused rather than stored: every relative time of
a document is resolved against its date, and date arithmetic near the calendar's edges overflows.
"""

from __future__ import annotations

import re
from datetime import date

# News is dated within these years; the margin keeps history pages and near-future plans.
MIN_YEAR = 1800
MAX_YEAR = 2200


def plausible_day(year: int, month: int = 1, day: int = 1) -> bool:
    """True when `year-month-day` is a real calendar day between `MIN_YEAR` and `MAX_YEAR`."""
    if not MIN_YEAR <= year <= MAX_YEAR:
        return False
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def plausible_iso(value: str) -> bool:
    """True when the ISO 8601 date or timestamp `value` starts with a plausible `YYYY[-MM[-DD]]`."""
    match = re.match(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value)
    if not match:
        return False
    year, month, day = (int(g) if g else 1 for g in match.groups())
    return plausible_day(year, month, day)
