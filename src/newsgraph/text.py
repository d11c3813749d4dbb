"""Character classes of Japanese text, shared by every stage that reads names."""

from __future__ import annotations

__all__ = ["is_kanji", "is_katakana", "quotations"]


def is_katakana(ch: str) -> bool:
    """True for a katakana letter or the long-vowel and iteration marks (ー, ヽ, ヾ)."""
    return "\u30a1" <= ch <= "\u30fa" or ch in "ーヽヾ"


def is_kanji(ch: str) -> bool:
    """True for a CJK ideograph (the unified block and extension A) or 々, 〆, ヶ."""
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or ch in "々〆ヶ"


def quotations(text: str) -> list[tuple[int, int]]:
    """The spans (start, end) of the outermost 「…」 and 『…』 quotations of `text`, brackets included;
    an unclosed quotation is none."""
    out: list[tuple[int, int]] = []
    depth, start = 0, 0
    for i, ch in enumerate(text):
        if ch in "「『":
            if depth == 0:
                start = i
            depth += 1
        elif ch in "」』" and depth:
            depth -= 1
            if depth == 0:
                out.append((start, i + 1))
    return out
