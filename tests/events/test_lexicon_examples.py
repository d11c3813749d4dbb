"""Every lexicon entry codes at least one sentence written for it (the entry's `examples`)."""

from __future__ import annotations

import pytest

from newsgraph.events.lexicon import default_lexicon
from tests.events.annotate import code

LEX = default_lexicon()
JAPANESE = [t for t in LEX.triggers if any(not w.isascii() for w in t.words)]


def test_every_japanese_entry_has_an_example() -> None:
    assert [t.words[:3] for t in JAPANESE if not t.examples] == []


@pytest.mark.parametrize("entry", JAPANESE, ids=lambda t: f"{t.type}:{t.words[0]}")
def test_every_entry_codes_its_examples(entry) -> None:  # type: ignore[no-untyped-def]
    for sentence in entry.examples:
        types = {e.type for e in code(sentence)}
        assert entry.type in types, (sentence, types)


def test_everyday_senses_code_nothing() -> None:
    for sentence in (
        "岸田首相は記者会見し、日本の立場を説明した。",
        "日本は金融緩和した。",
        "ロシアと日本の意見が衝突した。",
    ):
        assert code(sentence) == [], sentence
