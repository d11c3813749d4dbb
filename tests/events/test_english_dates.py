"""An English event is dated by the time of its own clause: a time inside a relative clause dates that
clause, not the verb of the sentence (real English model)."""

from __future__ import annotations

import pytest

from newsgraph.pipeline import Pipeline
from tests.events.composed import PUBLISHED, coded


@pytest.mark.parametrize(
    ("text", "type_", "date"),
    [
        # the treaty's year and the day the memorandum was signed are not when the act happened
        (
            "The United States condemned the attack on the Philippines, which is bound to Washington "
            "by a 1951 treaty.",
            "ACCUSE",
            PUBLISHED[:7],
        ),
        (
            "Somalia has rejected a memorandum of understanding that Ethiopia signed on Jan 1 with "
            "Somaliland.",
            "REJECT",
            PUBLISHED[:7],
        ),
        # a time of the verb's own clause dates it
        ("Japan on Monday condemned North Korea.", "ACCUSE", "2024-06-17"),
        # a time inside a noun phrase set beside the verb dates that noun, not the verb with a time
        # of its own
        (
            "Biden and Xi spoke by phone Monday, the first such call between the U.S. and China since 2022.",
            "CONSULT",
            "2024-06-17",
        ),
    ],
)
def test_an_english_event_takes_the_time_of_its_own_clause(
    pipeline: Pipeline, text: str, type_: str, date: str
) -> None:
    assert [e.date for e in coded(pipeline, text) if e.type == type_] == [date]
