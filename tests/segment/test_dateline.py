"""Datelines: place, agency and date at the head of a report, and the date they give an undated one."""

from __future__ import annotations

import pytest

from newsgraph.model import Document
from newsgraph.segment import infer_published, read_dateline


@pytest.mark.parametrize(
    ("text", "place", "agency"),
    [
        ("【ソウル共同】北朝鮮は15日、", "ソウル", "wiki:Kyodo_News"),
        ("【北京時事】中国外務省は", "北京", "wiki:Jiji_Press"),
        ("【モスクワ=タス】", None, None),  # = with a name: a correspondent, see below
        ("韓国で戒厳令\n【ワシントン=山田太郎】米政府は", "ワシントン", None),
        ("(Reuters) - The United Nations said", None, "wiki:Reuters"),
        ("SEOUL (Reuters) - North Korea fired", "SEOUL", "wiki:Reuters"),
        ("NEW YORK, Sept. 30 (AP) — Talks", "NEW YORK", "wiki:Associated_Press"),
        ("TOKYO, March 3 (Kyodo) -- Japan", "TOKYO", "wiki:Kyodo_News"),
    ],
)
def test_dateline_place_and_agency(text: str, place: str | None, agency: str | None) -> None:
    dateline = read_dateline(text)
    assert dateline is not None
    if place is not None or agency is not None:
        assert (dateline.place, dateline.agency) == (place, agency)
    assert text[dateline.span.start : dateline.span.end].strip().startswith(("【", "(", place or "("))


@pytest.mark.parametrize(
    "text",
    [
        "【速報】#プーチン氏 24年ぶり訪朝へ",
        "The talks (Reuters) - resumed",
        "北朝鮮は15日、",
        "A\nB\nC\n【ソウル共同】",
    ],
)
def test_no_dateline(text: str) -> None:
    assert read_dateline(text) is None


def test_a_dated_dateline_dates_an_undated_document() -> None:
    dateline = read_dateline("LONDON, Feb. 8 (Yonhap) -- x")
    assert dateline is not None and (dateline.place, dateline.month, dateline.day, dateline.date) == (
        "LONDON",
        2,
        8,
        None,
    )
    text = "LONDON, Feb. 8, 2024 (Yonhap) -- South Korea's envoy met officials."
    assert infer_published(Document(id="d", text=text, language="en"), ()) == ("2024-02-08", "dateline")
    # a date from metadata stands
    dated = Document(id="d", text=text, language="en", published="2024-02-09", published_how="metadata")
    assert infer_published(dated, ()) == ("2024-02-09", "metadata")
    # without a year the dateline dates nothing
    assert infer_published(Document(id="d", text="LONDON, Feb. 8 (Yonhap) -- x"), ()) == (None, "unknown")
