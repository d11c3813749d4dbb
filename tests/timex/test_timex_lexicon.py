"""The lexicon loads, rejects entries outside its schema, and every entry is reachable from text."""

from __future__ import annotations

from importlib import resources

import pytest

from newsgraph.errors import KnowledgeBaseError
from newsgraph.timex import find_times
from newsgraph.timex.lexicon import lexicon, load, parse_number

REF = "2024-06-18"
LEX = lexicon()


def _shipped() -> str:
    return resources.files("newsgraph.timex").joinpath("lexicon.yaml").read_text(encoding="utf-8")


def _only(text: str, language: str = "ja") -> tuple[str, str, str | None, str | None]:
    found = find_times(text, REF, language=language)
    assert len(found) == 1, (text, found)
    t = found[0]
    return t.text, t.value, t.part, t.mod


def test_shipped_lexicon_loads() -> None:
    assert load(_shipped()) == LEX
    assert LEX.eras["令和"].year == 2019


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("去年: [year, -1]", "去年: [decade, -1]"),
        ("上旬: early", "上旬: beginning"),
        ("以上: more_than", "以上: plenty"),
        ("令和: 2019-05-01", "令和: soon"),
        ("day_ahead: 7", "day_ahead: seven"),
        ("policy:", "rules:"),
        ('- "予定|', '- "(予定|'),
    ],
)
def test_malformed_lexicon_is_rejected(old: str, new: str) -> None:
    text = _shipped()
    assert old in text
    with pytest.raises(KnowledgeBaseError):
        load(text.replace(old, new, 1))


@pytest.mark.parametrize(
    ("token", "value"),
    [
        ("19", 19),
        ("十九", 19),
        ("二十四", 24),
        ("二〇二四", 2024),
        ("二千二十四", 2024),
        ("千九百四十五", 1945),
        ("百", 100),
    ],
)
def test_parse_number(token: str, value: int) -> None:
    assert parse_number(token) == value


@pytest.mark.parametrize("word", sorted(LEX.ja.relative))
def test_every_japanese_relative_word_is_read(word: str) -> None:
    text, _, part, _ = _only(f"{word}、")
    assert text == word and part == LEX.ja.relative[word].part


@pytest.mark.parametrize(
    ("granularity", "word"), sorted((g, w) for g, words in LEX.ja.parts.items() for w in words)
)
def test_every_part_word_is_read(granularity: str, word: str) -> None:
    head = {"year": "2023年", "month": "6月", "week": "来週", "day": "18日"}[granularity]
    text, _, part, _ = _only(f"{head}{word}、")
    assert text == head + word and part == LEX.ja.parts[granularity][word]


@pytest.mark.parametrize("era", sorted(LEX.eras))
def test_every_era_is_read(era: str) -> None:
    assert _only(f"{era}2年")[1] == str(LEX.eras[era].year + 1)


@pytest.mark.parametrize("unit", sorted(LEX.ja.units))
def test_every_duration_unit_is_read(unit: str) -> None:
    text, value, _, mod = _only(f"約3{unit}、")
    iso = LEX.ja.units[unit]
    assert text == f"約3{unit}" and mod == "approx"
    assert value == (f"PT3{iso[0]}" if iso in ("H", "MIN", "S") else f"P3{iso}")


@pytest.mark.parametrize("word", sorted(LEX.ja.duration_prefix))
def test_every_duration_prefix_is_read(word: str) -> None:
    assert _only(f"{word}5年間")[1:] == ("P5Y", None, LEX.ja.duration_prefix[word])


@pytest.mark.parametrize("word", sorted(LEX.ja.duration_suffix))
def test_every_duration_suffix_is_read(word: str) -> None:
    assert _only(f"5年{word}、")[1:] == ("P5Y", None, LEX.ja.duration_suffix[word])


@pytest.mark.parametrize("word", sorted(LEX.ja.date_mods))
def test_every_date_modifier_is_read(word: str) -> None:
    assert _only(f"2020年{word}、")[1:] == ("2020", None, LEX.ja.date_mods[word])


@pytest.mark.parametrize("word", sorted(LEX.ja.sets))
def test_every_set_word_is_read(word: str) -> None:
    period, part = LEX.ja.sets[word]
    assert _only(f"{word}、") == (word, f"R/{period}", part, None)


@pytest.mark.parametrize("joiner", LEX.ja.range_joiners)
def test_every_range_joiner_is_read(joiner: str) -> None:
    assert _only(f"18日{joiner}19日")[1] == "2024-06-18/2024-06-19"


@pytest.mark.parametrize("weekday", sorted(LEX.ja.weekdays))
def test_every_japanese_weekday_is_read(weekday: str) -> None:
    text, value, _, _ = _only(f"14日({weekday})")
    assert text == f"14日({weekday})" and value.endswith("-14")


@pytest.mark.parametrize("phrase", sorted(LEX.en.relative))
def test_every_english_relative_phrase_is_read(phrase: str) -> None:
    text, _, part, _ = _only(f"It happened {phrase}.", "en")
    assert text == phrase and part == LEX.en.relative[phrase].part


@pytest.mark.parametrize("name", sorted(LEX.en.months))
def test_every_month_name_is_read(name: str) -> None:
    value = _only(f"on {name} 5, 2023", "en")[1]
    assert value == f"2023-{LEX.en.months[name]:02d}-05"


@pytest.mark.parametrize("name", sorted(LEX.en.weekdays))
def test_every_weekday_name_is_read(name: str) -> None:
    assert _only(f"said on {name} that", "en")[0] == name


@pytest.mark.parametrize("word", sorted(LEX.en.numbers))
def test_every_number_word_is_read(word: str) -> None:
    assert _only(f"about {word} years", "en")[1] == f"P{LEX.en.numbers[word]}Y"


@pytest.mark.parametrize("word", sorted(LEX.en.parts))
def test_every_english_part_is_read(word: str) -> None:
    assert _only(f"by {word} 2025", "en")[1:3] == ("2025", LEX.en.parts[word])


@pytest.mark.parametrize("word", sorted(LEX.en.seasons))
def test_every_season_is_read(word: str) -> None:
    assert _only(f"in {word} 2025", "en")[1:3] == ("2025", LEX.en.seasons[word])


@pytest.mark.parametrize("unit", sorted(LEX.en.units))
def test_every_english_unit_is_read(unit: str) -> None:
    iso = LEX.en.units[unit]
    assert _only(f"for 3 {unit}s", "en")[1] == (f"PT3{iso}" if iso == "H" else f"P3{iso}")


@pytest.mark.parametrize("word", sorted(LEX.en.duration_prefix))
def test_every_english_duration_prefix_is_read(word: str) -> None:
    assert _only(f"for {word} 5 years", "en")[1:] == ("P5Y", None, LEX.en.duration_prefix[word])


@pytest.mark.parametrize("phrase", sorted(LEX.en.sets))
def test_every_english_set_is_read(phrase: str) -> None:
    assert _only(f"held {phrase}.", "en")[:2] == (phrase, f"R/{LEX.en.sets[phrase]}")


@pytest.mark.parametrize("cue", LEX.en.year_cues)
def test_every_year_cue_is_read(cue: str) -> None:
    found = find_times(f"x {cue} 1950 x", None, language="en")
    assert [t.value for t in found][-1:] == ["1950"]


@pytest.mark.parametrize("cue", LEX.en.month_cues)
def test_every_month_cue_is_read(cue: str) -> None:
    found = find_times(f"x {cue} June x", REF, language="en")
    assert len(found) == 1 and found[0].value.endswith("-06")


@pytest.mark.parametrize("word", LEX.en.weekday_not_after)
def test_every_weekday_name_word_is_read(word: str) -> None:
    assert find_times(f"{word.title()} Friday", REF, language="en") == []
