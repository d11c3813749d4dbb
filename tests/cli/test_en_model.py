"""`--en-model` picks the spaCy model English sentences are parsed with, by package name or folder; a
model that is not installed ends ingest, process and spark at once with exit 2 and one line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.process import run

STORY = {"id": "en1", "text": "Russia and China signed a trade agreement on Monday.", "language": "en"}


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    path = tmp_path / "en.jsonl"
    path.write_text(json.dumps(STORY) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("command", ["ingest", "process", "spark"])
def test_a_missing_english_model_exits_2_with_one_line(command: str, corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "out.duckdb"
    extra = {"ingest": ["--db", str(db)], "process": [], "spark": [str(tmp_path / "tables")]}[command]
    done = run(command, "--en-model", "en_no_such_model", str(corpus), *extra)
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "en_no_such_model" in lines[0]
    assert done.stdout == ""
    assert not db.exists()


def test_an_english_model_folder_parses_the_english_sentences(corpus: Path, tmp_path: Path) -> None:
    from newsgraph.nlp import english

    folder = tmp_path / "my_en_model"
    english.load("en_core_web_sm").to_disk(folder)
    done = run("process", "--en-model", str(folder), str(corpus))
    assert done.returncode == 0, done.stderr
    record = json.loads(done.stdout)
    events = [(e["type"], {a["country"] for a in e["source"]}) for e in record["events"]]
    assert ("AGREE", {"RUS", "CHN"}) in events
