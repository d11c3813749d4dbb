"""Character classes of Japanese text, shared by every stage that reads names."""

from __future__ import annotations

__all__ = ["is_kanji", "is_katakana"]


def is_katakana(ch: str) -> bool:
    """True for a katakana letter or the long-vowel and iteration marks (ー, ヽ, ヾ)."""
    return "\u30a1" <= ch <= "\u30fa" or ch in "ーヽヾ"


def is_kanji(ch: str) -> bool:
    """True for a CJK ideograph (the unified block and extension A) or 々, 〆, ヶ."""
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or ch in "々〆ヶ"
