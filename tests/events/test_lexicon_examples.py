"""Every Japanese stem of the lexicon codes a sentence written for it: the lexicon maps each stem to a
news sentence (`ja: {stem: sentence}`), and that sentence, run through the real pipeline, holds the
stem as a match of its own entry (no longer stem of another entry swallows it) and codes an event of
the entry's type on it."""

from __future__ import annotations

import pytest

from newsgraph.errors import KnowledgeBaseError
from newsgraph.events.lexicon import Lexicon, Trigger, TriggerMatch, default_lexicon
from newsgraph.pipeline import Pipeline
from tests.events.annotate import code
from tests.events.composed import coded

LEX = default_lexicon()
JAPANESE = [t for t in LEX.triggers if any(not w.isascii() for w in t.words)]
PROOFS = [(t, stem, sentence) for t in JAPANESE for stem, sentence in t.proofs]


def _own(sentence: str, stem: str, entry: Trigger) -> list[TriggerMatch]:
    return [m for m in LEX.find(sentence) if m.surface == stem and m.trigger is entry]


def test_every_japanese_stem_has_its_sentence() -> None:
    missing = [(t.type, w) for t in JAPANESE for w in t.words if not w.isascii() and w not in dict(t.proofs)]
    assert missing == []


def test_the_lexicon_is_at_news_scale() -> None:
    stems = [w for t in JAPANESE for w in t.words if not w.isascii()]
    assert len(stems) == len(set(stems)), "a stem belongs to one entry"
    assert len(stems) >= 800
    assert {t.type for t in JAPANESE} == {
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
        "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
    }  # fmt: skip


@pytest.mark.parametrize(
    ("entry", "stem", "sentence"),
    [pytest.param(t, s, x, id=f"{t.type}:{s}") for t, s, x in PROOFS],
)
def test_every_stem_codes_its_sentence(pipeline: Pipeline, entry: Trigger, stem: str, sentence: str) -> None:
    matches = _own(sentence, stem, entry)
    assert matches, f"{stem!r} is not found for its own entry in {sentence!r}: {LEX.find(sentence)}"
    events = coded(pipeline, sentence)
    on_stem = [
        e
        for e in events
        if e.type == entry.type
        and e.trigger_span is not None
        and any(e.trigger_span.start < m.end and m.start < e.trigger_span.end for m in matches)
    ]
    assert on_stem, (sentence, [(e.type, e.trigger) for e in events])


def test_everyday_senses_code_nothing() -> None:
    for sentence in (
        "岸田首相は記者会見し、日本の立場を説明した。",
        "日本は金融緩和した。",
        "ロシアと日本の意見が衝突した。",
    ):
        assert code(sentence) == [], sentence


def test_a_sentence_must_hold_its_stem(tmp_path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "lexicon.yaml"
    bad.write_text("triggers:\n  - {type: ASSAULT, ja: {砲撃: ロシア軍は町を攻撃した。}}\n", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match=r"triggers\[0\]\.ja\.砲撃.*does not hold it"):
        Lexicon.load(lexicon=bad)
