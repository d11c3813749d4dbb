"""The public facade: exported names, spans and offsets, references, annotate and annotate_jsonl."""

from __future__ import annotations

import json

import pytest

import newsgraph.timex as timex
from newsgraph.model import Span
from newsgraph.timex import annotate, annotate_jsonl, find_times

SEED_LINE = "ロシアのプーチン大統領が18日夜から北朝鮮を訪問する予定です。24年ぶりの訪朝となります。"


def test_exported_members() -> None:
    assert timex.__all__ == ["annotate", "annotate_jsonl", "find_times", "last_named_day"]


def test_empty_text() -> None:
    assert find_times("", "2024-06-18") == []
    assert find_times("", None, language="en") == []


def test_spans_point_into_text_with_offset() -> None:
    offset = 1000
    found = find_times(SEED_LINE, "2024-06-18", offset=offset)
    assert [t.text for t in found] == ["18日夜", "24年ぶり"]
    for t in found:
        assert SEED_LINE[t.span.start - offset : t.span.end - offset] == t.text
    assert found[0].span == Span(1012, 1016)


def test_full_width_text_keeps_original_spans() -> None:
    text = "会談は２０２４年６月１９日に"
    (t,) = find_times(text, None)
    assert t.text == "２０２４年６月１９日" and t.value == "2024-06-19"
    assert text[t.span.start : t.span.end] == t.text


def test_no_reference_keeps_only_absolute_values() -> None:
    text = "去年9月と18日、1950年、24年ぶり、毎年、15時半"
    got = [(t.text, t.value, t.anchor) for t in find_times(text, None)]
    assert got == [
        ("1950年", "1950", None),
        ("24年ぶり", "P24Y", None),
        ("毎年", "R/P1Y", None),
        ("15時半", "T15:30", None),
    ]


def test_unreadable_reference_is_no_reference() -> None:
    assert [t.text for t in find_times("去年9月", "sometime")] == []


def test_coarse_reference_resolves_what_it_can() -> None:
    assert [(t.text, t.value) for t in find_times("去年、先月、18日", "2024")] == [("去年", "2023")]
    got = [(t.text, t.value) for t in find_times("去年、先月、18日", "2024-06")]
    assert got == [("去年", "2023"), ("先月", "2024-05"), ("18日", "2024-06-18")]


def test_reference_with_time_part() -> None:
    assert find_times("昨日", "2024-06-18T09:30:00+09:00")[0].value == "2024-06-17"


def test_anchor_only_on_values_that_needed_the_reference() -> None:
    found = find_times("1950年と去年と24年ぶりと4月前半", "2024-06-09", anchor="post")
    assert [(t.text, t.anchor) for t in found] == [
        ("1950年", None),
        ("去年", "post"),
        ("24年ぶり", None),
        ("4月前半", "post"),
    ]


def test_kinds() -> None:
    found = find_times("2024年6月18日、18日から19日、3日間、毎年、午後3時", "2024-06-18")
    assert [t.kind for t in found] == ["date", "range", "duration", "set", "time"]


def test_annotate_record_notation() -> None:
    got = annotate(SEED_LINE, "2024-06-18")
    assert got == [
        {"text": "18日夜", "value": "2024-06-18", "part": "night", "anchor": "published"},
        {"text": "24年ぶり", "value": "P24Y"},
    ]
    assert annotate("about 70 years", None, language="en") == [
        {"text": "about 70 years", "value": "P70Y", "mod": "approx"}
    ]


def test_annotate_jsonl_good_and_bad_lines() -> None:
    lines = [
        json.dumps({"sentence": "去年9月に訪問", "reference": "2024-06-18", "id": "a"}, ensure_ascii=False),
        "not json",
        "",
        json.dumps({"reference": "2024-06-18"}),
        json.dumps(["a list"]),
        json.dumps({"sentence": "last month", "reference": "2024-06-18", "language": "en"}),
        json.dumps({"sentence": "x", "reference": 2024}),
        json.dumps({"sentence": "18日夜", "reference": None}),
    ]
    out = list(annotate_jsonl(lines))
    assert out[0] == {
        "sentence": "去年9月に訪問",
        "reference": "2024-06-18",
        "id": "a",
        "times": [{"text": "去年9月", "value": "2023-09"}],
    }
    assert out[1]["line"] == 2 and "not JSON" in out[1]["error"]
    assert out[2] == {"line": 4, "error": 'missing "sentence" (a string)'}
    assert out[3]["line"] == 5
    assert out[4]["times"] == [{"text": "last month", "value": "2024-05"}]
    assert out[5]["line"] == 7 and "reference" in out[5]["error"]
    assert out[6]["times"] == []
    assert len(out) == 7


def test_annotate_jsonl_keeps_part_and_mod() -> None:
    line = json.dumps({"sentence": "18日夜、約70年", "reference": "2024-06-18"}, ensure_ascii=False)
    (row,) = annotate_jsonl([line])
    assert row["times"] == [
        {"text": "18日夜", "value": "2024-06-18", "part": "night"},
        {"text": "約70年", "value": "P70Y", "mod": "approx"},
    ]


@pytest.mark.parametrize("language", ["en", "EN", "en-US"])
def test_english_language_codes(language: str) -> None:
    assert [t.value for t in find_times("yesterday", "2024-06-18", language=language)] == ["2024-06-17"]


def test_a_day_named_in_an_earlier_block_is_what_同日_counts_from() -> None:
    """A post names 23日; the prose after it says 同日: the 23rd, not the publication date."""
    post = find_times("東部戦区は23日、演習を開始したと発表した。", "2024-05-23", anchor="post")
    story = timex.last_named_day(post)
    assert story == "2024-05-23"
    prose = find_times("台湾国防部は同日、演習を非難した。", "2024-05-24", story=story)
    assert [(t.text, t.value, t.anchor) for t in prose] == [("同日", "2024-05-23", "context")]
    # with no day named before, 同日 is the block's own date
    alone = find_times("台湾国防部は同日、演習を非難した。", "2024-05-24")
    assert [(t.value, t.anchor) for t in alone] == [("2024-05-24", "published")]
    assert timex.last_named_day([], "2024-01-01") == "2024-01-01"
