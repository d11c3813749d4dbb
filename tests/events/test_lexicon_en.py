"""The English lexicon (lexicon_en.yaml): every entry is a PLOVER type, the lexicon is news-sized,
each entry codes the sentences written for it with the real English model, lemmas cover
inflection, and a trigger in the complement of a governing act is no event of its own."""

from __future__ import annotations

import pytest

from newsgraph.events.lexicon_en import default_english, verb_forms
from newsgraph.model import PLOVER_TYPES
from newsgraph.pipeline import Pipeline

EN = default_english()
WITH_EXAMPLES = [e for e in EN.entries if e.examples]


def _types(sentence: str) -> list[str]:
    from newsgraph.model import Document

    doc = Document(id="t", text=sentence, language="en")
    return [e.type for e in _pipeline().run(doc).events]


_PIPE: list[Pipeline] = []


def _pipeline() -> Pipeline:
    if not _PIPE:
        _PIPE.append(Pipeline())
    return _PIPE[0]


def test_every_entry_is_a_plover_type() -> None:
    assert {e.type for e in EN.entries} <= set(PLOVER_TYPES)


def test_the_lexicon_holds_at_least_800_lemmas_and_phrases() -> None:
    assert sum(e.size for e in EN.entries) >= 800


def test_inflections_come_from_the_lemma() -> None:
    assert {"banned", "bans", "banning"} <= set(verb_forms("ban", {}))
    assert "withdrew" in verb_forms("withdraw", {"withdraw": ("withdrew", "withdrawn")})


@pytest.mark.parametrize("entry", WITH_EXAMPLES, ids=lambda e: f"{e.type}:{e.mode}:{e.size}")
def test_every_entry_codes_its_examples(entry) -> None:  # type: ignore[no-untyped-def]
    hits = [s for s in entry.examples if entry.type in _types(s)]
    assert hits, (entry.examples, [_types(s) for s in entry.examples])


def test_the_content_of_a_threat_is_no_event_of_its_own() -> None:
    types = _types("Iran threatened to shell Iraqi border towns.")
    assert "THREATEN" in types and "ASSAULT" not in types


def test_a_light_verb_carries_its_noun() -> None:
    assert "ASSAULT" in _types("Ethiopia launched an attack on Eritrean positions on Monday.")


def test_every_lemma_finds_its_own_entry() -> None:
    """Without a parse each lemma and phrase is found in the text, in an entry of its own type (a
    lemma listed twice belongs to the first entry)."""
    shadowed = []
    for e in EN.entries:
        if e.objects or e.modals:
            continue  # coded only on a parse, by their object or the modal of what they report
        for word in (*e.verbs, *e.nouns, *e.phrases):
            sentence = word if not e.context else f"{word} {e.context[0]}"
            found = [m for m in EN.find(sentence) if m.start == 0]
            if not found or found[0].trigger.type != e.type:
                shadowed.append((e.type, word, found[0].trigger.type if found else None))
    assert shadowed == []


def test_every_entry_has_an_example() -> None:
    assert [(e.type, e.mode) for e in EN.entries if not e.examples] == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Kenya called on Uganda to release the detained journalists.", ["REQUEST"]),
        ("Ethiopia accused Eritrea of shelling border towns.", ["ACCUSE"]),
        ("Chile and Argentina agreed to withdraw their troops from the border.", ["AGREE"]),
        ("Russia imposed sanctions on Georgia.", ["SANCTION"]),
    ],
)
def test_a_governing_act_keeps_its_content(sentence: str, expected: list[str]) -> None:
    assert _types(sentence) == expected


def test_a_phrasal_verb_is_its_verb_and_particle() -> None:
    assert _types("Nigeria called off its planned strikes on Cameroon.") == ["CONCEDE"]
    assert _types("The minister called Ghana a close friend.") == []


def test_a_noun_without_an_event_argument_is_no_trigger() -> None:
    assert _types("Japan and China discussed the attack at the United Nations.") == []
    assert "ASSAULT" in _types("Japan condemned Russia's attack on Ukraine.") or "ACCUSE" in _types(
        "Japan condemned Russia's attack on Ukraine."
    )


def test_a_trigger_file_without_english_words_matches_no_empty_string() -> None:
    from newsgraph.events.lexicon import Lexicon

    lexicon = Lexicon.load(english=None)  # lexicon.yaml holds Japanese only
    assert [m.surface for m in lexicon.find("Russia attacked Ukraine. ロシアが攻撃した。")] == ["攻撃"]


def test_a_prepositional_verb_is_its_verb_and_preposition() -> None:
    assert _types("Syria called on Thursday on Jordan to close the border.") == ["REQUEST"]


def test_a_condition_is_content_of_the_act_it_conditions() -> None:
    sentence = "Syria threatened to close its embassy in Amman unless Jordan withdrew its troops."
    assert _types(sentence) == ["THREATEN"]


def test_forms_are_found_as_one_alternation_of_them_finds_them() -> None:
    """The word look-up finds what `\\b(?:form|…)\\b` (longest first, any case) finds: whole words,
    the longest form at a place, no match inside a longer word or a match already made."""
    import re

    forms = sorted(EN._forms, key=len, reverse=True)
    alternation = re.compile(r"\b(?:" + "|".join(map(re.escape, forms)) + r")\b", re.IGNORECASE)
    sentences = [
        "Protesters WENT ON STRIKE and Went on strikes; the army re-imposed a ban_list ban.",
        "Israel's attacks, attacking-attacked, ATTACK: the U.S. sanctioned Iran's 3-day visit.",
        "Russia called off the talks, called on China to mediate and calls for calm.",
        *(e for entry in EN.entries for e in entry.examples),
    ]
    for s in sentences:
        assert list(EN._any.finditer(s)) == [(m.start(), m.end()) for m in alternation.finditer(s)]
        assert EN._any.search(s) == bool(alternation.search(s))


def test_a_verb_with_objects_codes_only_with_one_of_them() -> None:
    """lift, ease: CONCEDE only where the parsed object is a restriction (a night curfew, emergency
    measures), not elsewhere (lifted the box) and never in unparsed text."""
    assert "CONCEDE" in _types("Serbia lifted a night curfew in Montenegro on Sunday.")
    assert "CONCEDE" in _types("Croatia eased the emergency measures in Serbia's border towns.")
    assert "CONCEDE" not in _types("Serbia lifted the heavy box onto a truck for Montenegro.")
    assert EN.has_trigger("Serbia lifted a night curfew.")
    assert not any(m.trigger.type == "CONCEDE" for m in EN.find("Serbia lifted a night curfew."))


def test_a_wrong_named_by_its_noun_is_read_as_data_and_checked(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from newsgraph.errors import KnowledgeBaseError
    from newsgraph.events.lexicon_en import read_english

    assert any(e.of_role == "target" and "aggression" in e.nouns for e in EN.entries)
    bad = tmp_path / "lexicon_en.yaml"
    bad.write_text("triggers:\n- {type: ACCUSE, nouns: [aggression], of: source}\n", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match=r"triggers\[0\]"):
        read_english(bad)
