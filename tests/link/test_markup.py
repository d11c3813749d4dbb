from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.link.markup import parse, render


def test_parse_markup() -> None:
    text, spans = parse("<e id='wiki:Vladimir_Putin'>プーチン大統領</e>が訪<e id='wiki:North_Korea'>朝</e>")
    assert text == "プーチン大統領が訪朝"
    assert spans == [(0, 7, "wiki:Vladimir_Putin"), (9, 10, "wiki:North_Korea")]


@given(st.lists(st.tuples(st.text("あいう北朝", max_size=3), st.text("プーチン", min_size=1, max_size=4))))
def test_render_round_trip(parts: list[tuple[str, str]]) -> None:
    markup = "".join(f'{gap}<e id="wiki:X">{name}</e>' for gap, name in parts)
    text, spans = parse(markup)
    assert render(text, spans) == markup
