"""A threat reacts to what its target might do: with no actor marked by に or を, the subject of the
condition or report it states is its target (real model, real knowledge base)."""

from __future__ import annotations

import pytest

from newsgraph.model import Document
from newsgraph.pipeline import Pipeline


def threats(pipeline: Pipeline, text: str) -> list[tuple[set[str | None], set[str | None]]]:
    doc = Document(id="t", text=text, published="2024-06-18", published_how="metadata")
    return [
        ({r.country for r in e.source}, {r.country for r in e.target})
        for e in pipeline.run(doc).events
        if e.type == "THREATEN"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the speaker threatens the subject of the condition
        ("米国は、北朝鮮がミサイルを発射すれば制裁を強化すると警告した。", ({"USA"}, {"PRK"})),
        ("ロシア外務省は、日本が制裁を強めれば対抗措置を取ると警告した。", ({"RUS"}, {"JPN"})),
        # に marks the target
        ("北朝鮮は米国に対し、報復を警告した。", ({"PRK"}, {"USA"})),
        # a threat made with a demand backs it: the one asked is threatened
        (
            "共に民主党は尹大統領の即時辞任を求め、応じなければ弾劾訴追案を提出すると警告した。",
            ({"KOR"}, {"KOR"}),
        ),
    ],
)
def test_the_threatened_is_the_subject_of_the_condition(
    pipeline: Pipeline, text: str, expected: tuple[set[str], set[str]]
) -> None:
    assert expected in threats(pipeline, text)


def _english(pipeline: Pipeline, text: str) -> list[tuple[set[str | None], set[str | None]]]:
    doc = Document(id="t", text=text, language="en", published="2024-03-21", published_how="metadata")
    return [
        ({r.country for r in e.source}, {r.country for r in e.target})
        for e in pipeline.run(doc).events
        if e.type == "THREATEN"
    ]


def test_an_english_warning_that_the_speakers_own_country_will_act_is_aimed_at_the_other_side(
    pipeline: Pipeline,
) -> None:
    text = (
        "The US blamed Iran-backed militias in Iraq for the attack. "
        "President Joe Biden warned that America would respond forcefully."
    )
    assert _english(pipeline, text) == [({"USA"}, {"IRN", "IRQ"})]


def test_an_english_vow_of_retribution_answers_the_other_side_of_its_own_sentences_attack(
    pipeline: Pipeline,
) -> None:
    # a threat names its parties less often than an attack: the attack told in its sentence gives them
    text = (
        "Russia fired more than 30 missiles at Kyiv, the largest attack in weeks after Russian "
        "President Vladimir Putin vowed retribution for strikes on Russia's border regions."
    )
    assert _english(pipeline, text) == [({"RUS"}, {"UKR"})]


def test_who_must_act_or_face_a_measure_is_threatened_by_who_set_the_choice(pipeline: Pipeline) -> None:
    text = "The US told Iran to halt enrichment or face sanctions."
    assert _english(pipeline, text) == [({"USA"}, {"IRN"})]
