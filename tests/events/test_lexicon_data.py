"""The lexicon and cue files load, and every entry in them is reachable."""

from __future__ import annotations

import pytest

from newsgraph.errors import KnowledgeBaseError
from newsgraph.events.lexicon import Lexicon, default_lexicon, english_forms
from tests.events.annotate import code

LEX = default_lexicon()


def test_every_trigger_word_finds_its_own_entry() -> None:
    for trigger in LEX.triggers:
        for word in trigger.words:
            sentence = word if not trigger.context else f"{word} {trigger.context[0]}"
            found = [m for m in LEX.find(sentence) if m.start == 0]
            assert found, f"{word!r} is not found"
            # a word listed twice belongs to the first entry; it must at least code the same type
            assert any(m.trigger.type == trigger.type or word in m.trigger.words for m in found), (
                f"{word!r} of {trigger.type} is shadowed by {found[0].trigger.type}"
            )


@pytest.mark.parametrize("status", ["negated", "desired", "suspected", "expected", "planned", "ongoing"])
def test_every_japanese_status_cue_is_reachable(status: str) -> None:
    missed = []
    for cue in LEX.cues.clause[status]:
        if cue.isascii():
            continue
        events = [e for e in code(f"北朝鮮はロシアに弾薬を供与{cue}") if e.type == "AID"]
        if not events or events[0].status != status:
            missed.append((cue, events[0].status if events else None))
    assert missed == []


def test_english_inflections() -> None:
    assert set(english_forms("attack")) == {"attack", "attacks", "attacked", "attacking"}
    assert set(english_forms("supply")) == {"supply", "supplies", "supplied", "supplying"}
    assert set(english_forms("impose sanctions")) >= {"imposed sanctions", "imposes sanctions"}


def test_a_broken_lexicon_names_file_and_entry(tmp_path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "lexicon.yaml"
    bad.write_text("triggers:\n  - {type: HUG, ja: [抱擁]}\n", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match=r"lexicon.yaml:triggers\[0\].*PLOVER"):
        Lexicon.load(lexicon=bad)
