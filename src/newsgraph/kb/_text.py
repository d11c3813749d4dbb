"""Text normalisation shared by the knowledge base (alias keys) and the linker (text to match).

Both sides go through `normalize`, so an alias matches whatever width, case or separator variant
the text uses: NFKC (full-width Latin and half-width katakana fold to one form), ASCII lowercase,
Latin letters without accents (Bogotá, Bogota),
and separators inside names dropped between non-Latin characters (ウラジーミル・プーチン,
ウラジーミル＝プーチン, ウラジーミル プーチン and ウラジーミルプーチン all become one key). Spaces
next to Latin letters are kept (collapsed to one) so that English words do not run together, and a
hyphen between two Latin letters counts as a space: romanized Korean names are written both ways
(Kim Yong-hyun, Kim Yong Hyun).
`normalize` also returns an offset map back into the original text.
"""

from __future__ import annotations

import unicodedata

# Name separators that Japanese writes between the parts of a foreign name.
SEPARATORS = frozenset("・･·=＝\u30a0")
_COMBINING_KANA = frozenset("\u3099\u309a")


def _is_latin(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _is_letter(ch: str) -> bool:
    return ch.isascii() and ch.isalpha()


def _fold(ch: str) -> str:
    """NFKC and a length-preserving lowercase of one character; a Latin letter without its accent
    (Bogotá and Bogota, Guaidó and Guaido are one key)."""
    out = unicodedata.normalize("NFKC", ch)
    if len(out) == 1 and "\u00c0" <= out <= "\u024f":  # Latin with diacritics, not kana or kanji
        bare = unicodedata.normalize("NFD", out)[0]
        out = bare if bare.isascii() and bare.isalpha() else out
    lowered = out.lower()
    return lowered if len(lowered) == len(out) else out


def normalize(text: str) -> tuple[str, list[int]]:
    """Return `(normalized, offsets)`; `offsets[i]` is the index in `text` of normalized char `i`.

    The normalized text is NFKC, lowercased, with separators and whitespace removed between
    non-Latin characters and whitespace runs collapsed to one space elsewhere.
    """
    chars: list[str] = []
    offsets: list[int] = []
    pending_gap: int | None = None  # index of a dropped separator/space run, decided at the next char
    for i, raw in enumerate(text):
        if raw == "-" and 0 < i < len(text) - 1 and _is_letter(text[i - 1]) and _is_letter(text[i + 1]):
            # Kim Yong-hyun and Kim Yong Hyun are one key; the hyphen stands where the space would.
            raw = " "
        for ch in _fold(raw):
            if ch in _COMBINING_KANA and chars:
                # Half-width ｶﾞ folds to カ + combining mark; compose it into one character.
                composed = unicodedata.normalize("NFC", chars[-1] + ch)
                if len(composed) == 1:
                    chars[-1] = composed
                    continue
            if ch.isspace() or ch in SEPARATORS:
                if pending_gap is None:
                    pending_gap = i
                continue
            if pending_gap is not None:
                # Keep one space only where a Latin word meets anything (English word boundaries).
                if chars and (_is_latin(chars[-1]) or _is_latin(ch)):
                    chars.append(" ")
                    offsets.append(pending_gap)
                pending_gap = None
            chars.append(ch)
            offsets.append(i)
    return "".join(chars), offsets


def key(name: str) -> str:
    """The normalized lookup key of a name (what the alias index stores)."""
    return normalize(name.strip())[0]
