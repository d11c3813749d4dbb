"""A headline the text opens with is found, and its clauses are not coded as events."""

from __future__ import annotations

import pytest

from newsgraph.model import Document, Span
from newsgraph.segment import find_headline, segment


def doc(text: str, title: str | None = None) -> Document:
    return Document(id="h", source="t", text=text, title=title, language="ja")


@pytest.mark.parametrize(
    ("text", "title", "headline"),
    [
        # the title the metadata gives, where the text starts with it
        (
            "日韓首脳が会談 輸出規制は解除へ\n岸田首相は16日、尹大統領と会談した。",
            "日韓首脳が会談 輸出規制は解除へ",
            "日韓首脳が会談 輸出規制は解除へ",
        ),
        # no title: a short first line without a sentence end, with body text after it
        (
            "\nTrump meets Syria's leader in Riyadh\nU.S. President Donald Trump met ...",
            None,
            "Trump meets Syria's leader in Riyadh",
        ),
        (
            "ロシア、交渉を中断 制裁への対抗措置\n\nロシア外務省は21日、声明を出した。",
            None,
            "ロシア、交渉を中断 制裁への対抗措置",
        ),
    ],
)
def test_headlines(text: str, title: str | None, headline: str) -> None:
    span = find_headline(doc(text, title))
    assert span is not None and text[span.start : span.end] == headline


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "ロシアのプーチン大統領が18日から北朝鮮を訪問する予定です。\n平壌では会談が開かれる。",
            None,
        ),  # a sentence
        ("India and Pakistan agreed on Saturday to halt the strikes.\nThe truce held.", None),
        ("北朝鮮がミサイルを発射", None),  # one line, no body after it
        ("北朝鮮がミサイルを発射\n", None),
        ("x" * 130 + "\n本文。", None),  # too long for a headline
    ],
)
def test_no_headline(text: str, title: str | None) -> None:
    assert find_headline(doc(text, title)) is None


def test_a_title_the_text_does_not_start_with_is_no_headline_but_a_short_first_line_is() -> None:
    text = "岸田首相が訪米へ\n岸田首相は来月、米国を訪問する。"
    assert find_headline(doc(text, "首相、4月に国賓待遇で訪米")) == Span(0, 8)


def test_headline_sentences_are_marked_in_the_segmentation() -> None:
    text = "日韓首脳が会談 輸出規制は解除へ\n岸田首相は16日、尹大統領と会談した。"
    seg = segment(doc(text, "日韓首脳が会談 輸出規制は解除へ"))
    marked = [seg.in_headline(s) for s in seg.sentences]
    assert marked[0] and not any(marked[1:])


def test_events_are_coded_from_the_body_not_the_headline() -> None:
    from newsgraph import analyze

    text = "北朝鮮がミサイル発射 日本政府が抗議\n北朝鮮は12日朝、弾道ミサイル1発を日本海に向けて発射した。"
    record = analyze(text, published="2024-07-12")
    assert record["events"], record
    assert all("抗議" not in e["evidence"] for e in record["events"])
    assert all(e["evidence"].startswith("北朝鮮は12日朝") for e in record["events"])
