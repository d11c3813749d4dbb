"""Measured quality on the hand-annotated sets, held to the floors in tests/baseline.json.

`tests/data/dev` is the development set (rules may be tuned against it); `tests/data/blind` is held
out: it is measured here and never tuned against. A floor is raised when a change improves a score.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsgraph.evaluate import load_records, score
from newsgraph.export.records import to_record
from newsgraph.ingest import read_inputs
from newsgraph.model import Document
from newsgraph.pipeline import Pipeline
from tests.conftest import ROOT

pytestmark = pytest.mark.slow
BASELINE = json.loads((ROOT / "tests" / "baseline.json").read_text(encoding="utf-8"))


def _inputs(folder: Path) -> list[str]:
    """The set's corpus.jsonl (articles with metadata dates) and the post articles as text files."""
    in_corpus = {
        json.loads(line)["id"] for line in (folder / "corpus.jsonl").read_text().splitlines() if line
    }
    files = [str(p) for p in sorted(folder.glob("*.txt")) if p.stem not in in_corpus]
    return [str(folder / "corpus.jsonl"), *files]


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


@pytest.mark.parametrize("name", ["dev", "blind"])
def test_scores_hold_the_floors(pipeline: Pipeline, name: str) -> None:
    folder = ROOT / "tests" / "data" / name
    docs = [d for d in read_inputs(_inputs(folder)) if isinstance(d, Document)]
    outputs = {d.id: to_record(pipeline.run(d)) for d in docs}
    scores = score(outputs, load_records(folder)).as_dict()
    assert scores["docs"]["missing"] == 0
    for layer, key in (
        ("posts", "f1"),
        ("entities", "f1"),
        ("events", "f1"),
        ("events_strict", "f1"),
        ("times", "accuracy"),
    ):
        assert scores[layer][key] >= BASELINE[f"{name}_{layer}_{key}"], (layer, scores[layer])


def test_wikipedia_set_holds_its_floor(pipeline: Pipeline) -> None:
    """tests/data/wiki: Wikipedia sentences with only the event layer annotated, so only events count."""
    folder = ROOT / "tests" / "data" / "wiki"
    docs = [d for d in read_inputs([str(folder / "corpus.jsonl")]) if isinstance(d, Document)]
    outputs = {d.id: to_record(pipeline.run(d)) for d in docs}
    scores = score(outputs, load_records(folder / "gold.jsonl")).as_dict()
    assert scores["docs"]["missing"] == 0
    assert scores["events"]["f1"] >= BASELINE["wiki_events_f1"], scores["events"]
    assert scores["events_strict"]["f1"] >= BASELINE["wiki_events_strict_f1"], scores["events_strict"]


def test_plover_english_set_holds_its_floor(pipeline: Pipeline) -> None:
    """The PLOVER development half: English wire sentences, each coded with one event (countries only)."""
    plover = ROOT.parent / "shared" / "data" / "plover-gsr-dev"
    if not plover.exists():
        pytest.skip("the PLOVER development half is not at ../shared/data/plover-gsr-dev")
    docs = [d for d in read_inputs([str(plover / "docs.jsonl")]) if isinstance(d, Document)]
    outputs = {d.id: to_record(pipeline.run(d)) for d in docs}
    scores = score(outputs, load_records(plover / "gold.jsonl")).as_dict()
    assert scores["docs"]["missing"] == 0
    assert scores["events"]["f1"] >= BASELINE["plover_events_f1"], scores["events"]
