"""Loads `lexicon.yaml` into typed tables, and reads numbers written in any Japanese form.

The lexicon is read once per process (`lexicon()` is cached). A malformed file raises
`KnowledgeBaseError` naming the entry, so an edit that breaks it fails at load, not mid-document.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, Literal, cast

import yaml

from newsgraph.errors import KnowledgeBaseError

Unit = Literal["year", "fiscal_year", "month", "week", "day"]
UNITS: tuple[str, ...] = ("year", "fiscal_year", "month", "week", "day")
PARTS: frozenset[str] = frozenset(
    {"early", "mid", "late", "morning", "midday", "afternoon", "evening", "night", "dawn"}
    | {"spring", "summer", "autumn", "winter"}
)
MODS: frozenset[str] = frozenset({"approx", "more_than", "less_than", "after", "before"})

KANJI_DIGITS = {ch: i for i, ch in enumerate("〇一二三四五六七八九")} | {"零": 0}
KANJI_MULTIPLIERS = {"十": 10, "百": 100, "千": 1000}
# Full-width ASCII maps one to one onto ASCII, so spans found in the folded text stay valid.
_WIDTH = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}


def fold_width(text: str) -> str:
    """`text` with full-width ASCII (digits, letters, punctuation) as ASCII; same length."""
    return text.translate(_WIDTH)


def parse_number(token: str) -> int:
    """The value of `token`: ASCII digits, or kanji numerals positional (二〇二四) or counted (二千二十四)."""
    if token.isascii():
        return int(token)
    if not any(ch in KANJI_MULTIPLIERS for ch in token):
        return int("".join(str(KANJI_DIGITS[ch]) for ch in token))
    total = current = 0
    for ch in token:
        if ch in KANJI_MULTIPLIERS:
            total += (current or 1) * KANJI_MULTIPLIERS[ch]
            current = 0
        else:
            current = current * 10 + KANJI_DIGITS[ch]
    return total + current


@dataclass(frozen=True)
class Relative:
    """A word meaning an offset from the reference in one unit, maybe with a part (昨夜 = day -1, night)."""

    unit: Unit
    offset: int
    part: str | None = None


@dataclass(frozen=True)
class Policy:
    day_ahead: int
    month_ahead: int
    weekday_back: int


@dataclass(frozen=True)
class Japanese:
    relative: dict[str, Relative]
    anaphoric: dict[str, Relative]  # 同年, 翌月: offsets from a date the story named
    parts: dict[str, dict[str, str]]  # granularity -> word -> part
    not_before: dict[str, tuple[str, ...]]
    date_mods: dict[str, str | None]
    duration_prefix: dict[str, str | None]
    duration_suffix: dict[str, str]
    units: dict[str, str]  # word -> ISO designator
    cue_units: frozenset[str]
    vague: dict[str, str | None]
    duration_after: tuple[str, ...]
    sets: dict[str, tuple[str, str | None]]
    weekdays: dict[str, int]
    range_joiners: tuple[str, ...]


@dataclass(frozen=True)
class English:
    months: dict[str, int]
    weekdays: dict[str, int]
    numbers: dict[str, int]
    relative: dict[str, Relative]
    story_relative: dict[str, Relative]
    day_parts: dict[str, str]
    parts: dict[str, str]
    seasons: dict[str, str]
    units: dict[str, str]
    duration_prefix: dict[str, str]
    sets: dict[str, str]
    year_cues: tuple[str, ...]
    month_cues: tuple[str, ...]
    weekday_not_after: tuple[str, ...]
    offset_not_after: tuple[str, ...]
    year_determiners: tuple[str, ...]
    year_not_before: tuple[str, ...]


@dataclass(frozen=True)
class TenseCues:
    """Regular expressions, by language, for sentences that look back or ahead. `intent` (English)
    is a verb of asking, agreeing or planning with its infinitive (called on voters to march): it looks
    ahead for a time after it and is its own verb's tense for a time before it."""

    past: dict[str, tuple[str, ...]]
    future: dict[str, tuple[str, ...]]
    intent: dict[str, tuple[str, ...]]


@dataclass(frozen=True)
class Lexicon:
    policy: Policy
    eras: dict[str, dt.date]
    ja: Japanese
    en: English
    tense: TenseCues


def _tense(table: dict[str, dict[str, list[str]]], path: str) -> TenseCues:
    for language, cues in table.items():
        for pattern in (*cues["past"], *cues["future"], *cues.get("intent", ())):
            try:
                re.compile(pattern)
            except re.error as exc:
                raise KnowledgeBaseError(f"bad pattern ({exc})", f"{path}:tense.{language}", pattern) from exc
    return TenseCues(
        past={lang: tuple(c["past"]) for lang, c in table.items()},
        future={lang: tuple(c["future"]) for lang, c in table.items()},
        intent={lang: tuple(c.get("intent", ())) for lang, c in table.items()},
    )


def _relative(table: dict[str, list[Any]], where: str) -> dict[str, Relative]:
    out: dict[str, Relative] = {}
    for word, entry in table.items():
        unit, offset, *rest = entry
        part = rest[0] if rest else None
        if unit not in UNITS or not isinstance(offset, int) or (part is not None and part not in PARTS):
            raise KnowledgeBaseError(f"bad relative entry {entry!r}", where, word)
        out[str(word)] = Relative(cast(Unit, unit), offset, part)
    return out


def _checked(table: dict[str, Any], allowed: frozenset[str], where: str) -> dict[str, Any]:
    for word, value in table.items():
        if value is not None and value not in allowed:
            raise KnowledgeBaseError(f"{value!r} is not one of {sorted(allowed)}", where, str(word))
    return {str(k): v for k, v in table.items()}


def load(text: str, path: str = "lexicon.yaml") -> Lexicon:
    """Builds a `Lexicon` from YAML `text`; raises `KnowledgeBaseError` on an entry outside its schema."""
    try:
        raw = yaml.safe_load(text)
        ja, en, pol = raw["ja"], raw["en"], raw["policy"]
        parts = {g: _checked(words, PARTS, f"{path}:ja.parts.{g}") for g, words in ja["parts"].items()}
        japanese = Japanese(
            relative=_relative(ja["relative"], f"{path}:ja.relative"),
            anaphoric=_relative(ja["anaphoric"], f"{path}:ja.anaphoric"),
            parts=parts,
            not_before={str(k): tuple(v) for k, v in ja["not_before"].items()},
            date_mods=_checked(ja["date_mods"], MODS, f"{path}:ja.date_mods"),
            duration_prefix=_checked(ja["duration_prefix"], MODS, f"{path}:ja.duration_prefix"),
            duration_suffix=_checked(ja["duration_suffix"], MODS, f"{path}:ja.duration_suffix"),
            units={str(k): v["iso"] for k, v in ja["units"].items()},
            cue_units=frozenset(str(k) for k, v in ja["units"].items() if v.get("cue")),
            vague=dict(ja["vague"]),
            duration_after=tuple(ja["duration_after"]),
            sets={str(k): (v[0], v[1] if len(v) > 1 else None) for k, v in ja["sets"].items()},
            weekdays={str(k): int(v) for k, v in ja["weekdays"].items()},
            range_joiners=tuple(ja["range_joiners"]),
        )
        english = English(
            months={str(k): int(v) for k, v in en["months"].items()},
            weekdays={str(k): int(v) for k, v in en["weekdays"].items()},
            numbers={str(k): int(v) for k, v in en["numbers"].items()},
            relative=_relative(en["relative"], f"{path}:en.relative"),
            story_relative=_relative(en["story_relative"], f"{path}:en.story_relative"),
            day_parts=_checked(en["day_parts"], PARTS, f"{path}:en.day_parts"),
            parts=_checked(en["parts"], PARTS, f"{path}:en.parts"),
            seasons=_checked(en["seasons"], PARTS, f"{path}:en.seasons"),
            units=dict(en["units"]),
            duration_prefix=_checked(en["duration_prefix"], MODS, f"{path}:en.duration_prefix"),
            sets=dict(en["sets"]),
            year_cues=tuple(en["year_cues"]),
            month_cues=tuple(en["month_cues"]),
            weekday_not_after=tuple(en["weekday_not_after"]),
            offset_not_after=tuple(en["offset_not_after"]),
            year_determiners=tuple(en["year_determiners"]),
            year_not_before=tuple(en["year_not_before"]),
        )
        eras = {str(k): v for k, v in raw["eras"].items()}
        if not all(isinstance(v, dt.date) for v in eras.values()):
            raise KnowledgeBaseError("each era needs a start date YYYY-MM-DD", path, "eras")
        policy = Policy(int(pol["day_ahead"]), int(pol["month_ahead"]), int(pol["weekday_back"]))
        tense = _tense(raw["tense"], path)
    except (KeyError, TypeError, ValueError, AttributeError, yaml.YAMLError) as exc:
        raise KnowledgeBaseError(f"malformed lexicon ({exc!r}); compare with the shipped file", path) from exc
    return Lexicon(policy, eras, japanese, english, tense)


@cache
def lexicon() -> Lexicon:
    """The shipped lexicon, loaded once."""
    text = resources.files("newsgraph.timex").joinpath("lexicon.yaml").read_text(encoding="utf-8")
    return load(text)
