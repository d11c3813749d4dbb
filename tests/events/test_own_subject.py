"""The source of an act is its own clause's subject where the parse gives one, not the first actor
of the sentence (real model, real knowledge base)."""

from __future__ import annotations

import pytest

from newsgraph.model import Document
from newsgraph.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def sources(pipeline: Pipeline, text: str, type_: str) -> list[set[str | None]]:
    doc = Document(id="t", text=text, published="2024-06-18", published_how="metadata")
    return [{r.country for r in e.source} for e in pipeline.run(doc).events if e.type == type_]


@pytest.mark.parametrize(
    ("text", "type_", "source"),
    [
        # two clauses, two subjects: each act is its own subject's
        ("ロシア軍はウクライナ東部を攻撃し、米国はロシアを非難した。", "ACCUSE", {"USA"}),
        ("ロシア軍はウクライナ東部を攻撃し、米国はロシアを非難した。", "ASSAULT", {"RUS"}),
        ("中国は台湾周辺で軍事演習を行い、日本政府は中国に抗議した。", "ACCUSE", {"JPN"}),
        # も marks the subject as ga does
        ("韓国政府も20日、北朝鮮を強く非難した。", "ACCUSE", {"KOR"}),
    ],
)
def test_the_source_is_the_clauses_own_subject(
    pipeline: Pipeline, text: str, type_: str, source: set[str]
) -> None:
    assert sources(pipeline, text, type_) == [source]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # X や Y など: every name of the list is a party, whatever particle closes it
        ("米国や日本などは、北朝鮮を非難した。", {"USA", "JPN"}, {"PRK"}),
        ("中国は米国や日本などを非難した。", {"CHN"}, {"USA", "JPN"}),
    ],
)
def test_listed_names_are_all_parties(
    pipeline: Pipeline, text: str, source: set[str], target: set[str]
) -> None:
    doc = Document(id="t", text=text, published="2024-06-18", published_how="metadata")
    (ev,) = [e for e in pipeline.run(doc).events if e.type == "ACCUSE"]
    assert {r.country for r in ev.source} == source
    assert {r.country for r in ev.target} == target


def test_those_acting_with_the_subject_are_no_targets(pipeline: Pipeline) -> None:
    doc = Document(id="t", text="米国は日本や韓国とともに北朝鮮を非難した。", published="2024-06-18")
    (ev,) = [e for e in pipeline.run(doc).events if e.type == "ACCUSE"]
    assert "USA" in {r.country for r in ev.source}
    assert {r.country for r in ev.target} == {"PRK"}
