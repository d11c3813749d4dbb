"""A protest whose protesters are no actor of their own is of the one country its sentence names, and
against that country's government, as is a protest that names no one it is against; a count of people
after a generic noun leaves it an actor (real model, real knowledge base)."""

from __future__ import annotations

import pytest

from newsgraph.pipeline import Pipeline
from tests.events.composed import sides


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("パリでは数千人が年金改革に抗議するデモを行った。", ({"FRA"}, {"FRA"})),
        ("ソウル中心部では市民数万人が大統領の退陣を求めてデモを行った。", ({"KOR"}, {"KOR"})),
        # a protest that names no one it is against is against the state it happens in
        ("韓国の市民団体が抗議集会を開いた。", ({"KOR"}, {"KOR"})),
        ("Thousands of people protested in Tbilisi on Thursday.", ({"GEO"}, {"GEO"})),
    ],
)
def test_a_protest_is_of_the_country_of_its_place(
    pipeline: Pipeline, text: str, expected: tuple[set[str], set[str]]
) -> None:
    assert sides(pipeline, text, "PROTEST") == [expected]
