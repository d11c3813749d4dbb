"""Datelines: place, agency and date at the head of a report, and the date they give an undated one."""

from __future__ import annotations

import pytest

from newsgraph.model import Document
from newsgraph.segment import dateline_day, infer_published, read_dateline, segment


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
        ("【北京共同】中国外務省の報道官は", "北京", "wiki:Kyodo_News"),
        ("【ニューヨーク時事】国連安全保障理事会は", "ニューヨーク", "wiki:Jiji_Press"),
        ("【パリAFP時事】フランス政府は", "パリ", "wiki:Agence_France-Presse"),
        ("(AP) — The Pentagon said", None, "wiki:Associated_Press"),
        ("(AFP) - Israel struck", None, "wiki:Agence_France-Presse"),
        ("WASHINGTON (Reuters) - The United States", "WASHINGTON", "wiki:Reuters"),
        ("BEIJING, Jan. 5 (Xinhua) -- China", "BEIJING", "wiki:Xinhua_News_Agency"),
        ("［東京　８日　ロイター］ - 日銀は８日、", "東京", "wiki:Reuters"),
        ("［モスクワ　７日　ロイター］　ロシアと米国は", "モスクワ", "wiki:Reuters"),
        ("【11月26日 AFP】フランス当局は", None, "wiki:Agence_France-Presse"),
        ("【新華社北京４月２６日】中国国家発展改革委員会は", "北京", "wiki:Xinhua_News_Agency"),
        ("【ソウル聯合ニュース】韓国政府は", "ソウル", "wiki:Yonhap_News_Agency"),
        # a correspondent's place alone, with its country after a comma
        ("BEIRUT — The Israeli military launched", "BEIRUT", None),
        ("ABUJA, Nigeria — The Economic Community", "ABUJA", None),
        ("BANGKOK -- Airstrikes by Burma's military", "BANGKOK", None),
    ],
)
def test_dateline_place_and_agency(text: str, place: str | None, agency: str | None) -> None:
    dateline = read_dateline(text)
    assert dateline is not None
    if place is not None or agency is not None:
        assert (dateline.place, dateline.agency) == (place, agency)
    assert text[dateline.span.start : dateline.span.end].strip().startswith(("【", "(", "［", place or "("))
    if dateline.place is not None:  # the place's own span, what its entity is looked for in
        assert dateline.place_span is not None
        assert text[dateline.place_span.start : dateline.place_span.end] == dateline.place


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


@pytest.mark.parametrize(
    ("text", "month", "day"),
    [
        ("［東京　８日　ロイター］ - 日銀は", None, 8),
        ("[東京 8日 ロイター] -日銀は", None, 8),
        ("【11月26日 AFP】フランス当局は", 11, 26),
        ("【ワシントン 8日 AFP】米国は", None, 8),
        ("【新華社北京４月２６日】中国は", 4, 26),
        ("【ソウル共同】北朝鮮は", None, None),
    ],
)
def test_a_japanese_dateline_gives_its_day(text: str, month: int | None, day: int | None) -> None:
    dateline = read_dateline(text)
    assert dateline is not None and (dateline.month, dateline.day, dateline.date) == (month, day, None)


@pytest.mark.parametrize(
    ("text", "given", "day"),
    [
        # a day without a month takes the month that puts it nearest the given date
        ("［東京　８日　ロイター］ - x", "2024-02-09", "2024-02-08"),
        ("［東京　３１日　ロイター］ - x", "2024-02-01", "2024-01-31"),
        ("［東京　８日　ロイター］ - x", "2024-02", "2024-02-08"),
        ("［東京　８日　ロイター］ - x", "2024", None),  # no month to put it in
        ("【11月26日 AFP】x", "2025-11-27", "2025-11-26"),
        # a yearless day takes the year that puts it nearest the date the source gave
        ("LONDON, Feb. 8 (Yonhap) -- x", "2024-02-09", "2024-02-08"),
        ("NEW YORK, Dec. 31 (AP) — x", "2025-01-01", "2024-12-31"),
        ("TOKYO, Jan. 2 (Kyodo) -- x", "2024-12-30", "2025-01-02"),
        ("SEOUL, Sept. 30 (Yonhap) -- x", "2023-10", "2023-09-30"),
        ("SEOUL, Feb. 29 (Yonhap) -- x", "2024-03-01", "2024-02-29"),
        # with its year it is its own, whatever the source gave
        ("LONDON, Feb. 8, 2023 (Yonhap) -- x", "2024-02-09", "2023-02-08"),
        # without a given date a yearless day dates nothing; without a day nothing either
        ("LONDON, Feb. 8 (Yonhap) -- x", None, None),
        ("SEOUL (Reuters) - x", "2024-02-09", None),
        ("【ソウル共同】x", "2024-02-09", None),
    ],
)
def test_dateline_day(text: str, given: str | None, day: str | None) -> None:
    assert dateline_day(read_dateline(text), given) == day


@pytest.mark.parametrize(
    ("text", "given", "expected"),
    [
        # a date coarser than a day takes the dateline's day inside it
        ("［ワシントン　８日　ロイター］ - 米政府は", "2024-02", ("2024-02-08", "dateline")),
        ("【11月26日 AFP】フランス当局は", "2025", ("2025-11-26", "dateline")),
        ("LONDON, Feb. 8 (Yonhap) -- x", "2024", ("2024-02-08", "dateline")),
        ("LONDON, Feb. 8, 2024 (Yonhap) -- x", "2024-02", ("2024-02-08", "dateline")),
        # a day outside it, or a day without the month a year needs, leaves the given date
        ("【11月26日 AFP】フランス当局は", "2025-10", ("2025-10", "file-name")),
        ("LONDON, Feb. 8, 2023 (Yonhap) -- x", "2024", ("2024", "file-name")),
        ("［ワシントン　８日　ロイター］ - 米政府は", "2024", ("2024", "file-name")),
        ("【ソウル共同】北朝鮮は", "2024-02", ("2024-02", "file-name")),
        # a day given stands
        ("［ワシントン　８日　ロイター］ - 米政府は", "2024-02-09", ("2024-02-09", "file-name")),
    ],
)
def test_a_dateline_gives_its_day_to_a_coarser_date(text: str, given: str, expected: tuple[str, str]) -> None:
    doc = Document(id="d", text=text, published=given, published_how="file-name")
    assert infer_published(doc, ()) == expected


def test_a_yearless_dateline_dates_no_document() -> None:
    # the dateline's day is kept beside a given date, never in its place
    dated = Document(
        id="d", text="LONDON, Feb. 8 (Yonhap) -- x", published="2024-02-09", published_how="metadata"
    )
    assert infer_published(dated, ()) == ("2024-02-09", "metadata")


def test_segment_keeps_the_dateline() -> None:
    seg = segment(
        Document(id="d", text="見出し\n【ソウル共同】北朝鮮は15日、発射した。", published="2024-06-16")
    )
    assert seg.dateline is not None and (seg.dateline.place, seg.dateline.agency) == (
        "ソウル",
        "wiki:Kyodo_News",
    )
    assert segment(Document(id="d", text="北朝鮮は15日、発射した。")).dateline is None


@pytest.mark.parametrize(
    "text", ["UPDATE - The talks resumed", "US - China trade talks resumed", "Talks — resumed"]
)
def test_a_label_or_a_pair_of_names_is_no_dateline(text: str) -> None:
    assert read_dateline(text) is None
