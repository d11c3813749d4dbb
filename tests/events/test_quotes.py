"""Quotations: the words written before 「 belong to the clause that reports the quotation, not to
the quoted predicate the parse may hang them on (real model, real knowledge base)."""

from __future__ import annotations

from newsgraph.pipeline import Pipeline
from tests.events.composed import sides
from tests.events.test_clauses import by_lemma, parse, words

KISHIDA = (
    "岸田首相は22日の参院予算委員会で、ロシアの対応は「極めて不当で、断じて受け入れられない」と述べ、"
    "ロシア側に強く抗議したことを明らかにした。"
)


def test_the_speaker_is_the_topic_of_the_verb_of_saying() -> None:
    found = parse(KISHIDA)
    assert words(KISHIDA, by_lemma(found, "述べる"), "topic") == ["岸田首相"]
    assert not by_lemma(found, "受け入れる").args("topic")


def test_words_inside_the_quotation_stay_with_it() -> None:
    text = "外相は「日本は制裁を強化する」と述べた。"
    found = parse(text)
    assert [w.lstrip("「") for w in words(text, by_lemma(found, "強化"), "topic")] == ["日本"]
    assert words(text, by_lemma(found, "述べる"), "topic") == ["外相"]


def test_the_speaker_acts_in_the_clause_coordinated_with_the_report(pipeline: Pipeline) -> None:
    assert sides(pipeline, KISHIDA, "ACCUSE") == [({"JPN"}, {"RUS"})]


def test_a_name_inside_quoted_speech_is_no_party_of_the_verb_around_it(pipeline: Pipeline) -> None:
    text = "中国外務省の報道官は「日本は歴史を直視すべきだ」と述べ、日本を批判した。"
    assert sides(pipeline, text, "ACCUSE") == [({"CHN"}, {"JPN"})]


def test_a_name_or_slogan_in_brackets_stays_a_party(pipeline: Pipeline) -> None:
    # 「ハマス」 is a name set off by brackets, not speech
    assert sides(pipeline, "米国は「ハマス」を強く非難した。", "ACCUSE") == [({"USA"}, {"PSE"})]
