"""English times as wire reports write them: months short without a period, the tense of the clause a
weekday or a month stands in, offsets counted from the day the story named, a month with its year
said in words, and bare years before a noun. Reference 2024-06-18, a Tuesday.

Each case is inline markup (see `timex_markup`); the expressions found must be exactly the marked ones.
"""

from __future__ import annotations

import pytest

from newsgraph.timex import find_times
from tests.timex.timex_markup import parse_markup

REF = "2024-06-18"


def _check(markup: str, **options: object) -> None:
    text, expected = parse_markup(markup)
    found = find_times(text, REF, language="en", **options)  # type: ignore[arg-type]
    got = [(t.text, t.value, t.part, t.mod) for t in found]
    assert got == [(e.text, e.value, e.part, e.mod) for e in expected]
    spans = [(t.span.start, t.span.end) for t in found]
    assert spans == [(e.start, e.end) for e in expected]
    by_span = {(t.span.start, t.span.end): t for t in found}
    for e in expected:
        if e.check_anchor:
            assert by_span[(e.start, e.end)].anchor == (e.anchor or None), e.text


ABBREVIATED_MONTHS = [
    # datelines and dates in running text, with and without the period
    "ADDIS ABABA, <t v='2024-02-17' a='published'>Feb 17</t> (Reuters) - Leaders met.",
    "WASHINGTON, <t v='2023-09-12'>Sept 12</t> (Reuters) - "
    "The order was signed on <t v='2024-01-01'>Jan 1</t> and on <t v='2024-01-05'>Jan. 5</t>.",
    "They voted on <t v='2024-06-06'>Jun 6</t>, <t v='2023-10-06'>Oct 6</t> and <t v='2023-12-01'>Dec 1</t>.",
    "Ships collided on <t v='2023-08-19'>Aug 19</t>; talks on <t v='2024-03-04'>Mar 4</t>, "
    "<t v='2024-04-30'>Apr 30</t>.",
    "Experts will stay from <t v='2024-08-29/2024-09-05'>Aug 29 to Sept 5</t>.",
    "It opened on <t v='2023-11-17'>17 Nov 2023</t> and closed in <t v='2023-09'>Sep 2023</t>.",
    "Rain fell in <t v='2023-07' p='late'>late Jul</t> and then stopped.",
    # alone, a short form without a period is a word or a name, not a month
    "Jan Egeland said in Jan the Mar Mikhael district and Dec were calm.",
]


@pytest.mark.parametrize("markup", ABBREVIATED_MONTHS)
def test_months_written_short_without_a_period(markup: str) -> None:
    _check(markup)
