"""A line without sentence ends is cut into pieces of bounded length, so that its cost stays linear."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsgraph.model import Document
from newsgraph.segment import MAX_SENTENCE, segment, split_sentences

PHRASE = "北朝鮮はロシアに弾薬を供与し日本政府は抗議し"


def test_a_long_line_is_cut_at_the_limit() -> None:
    text = PHRASE * 1000  # 22,000 characters, no sentence end
    spans = split_sentences(text)
    assert len(spans) >= len(text) // MAX_SENTENCE
    assert all(0 < s.end - s.start <= MAX_SENTENCE for s in spans)
    assert "".join(text[s.start : s.end] for s in spans) == text  # nothing lost, nothing repeated
    assert [s.start for s in spans[1:]] == [s.end for s in spans[:-1]]


def test_cuts_fall_after_a_comma_where_there_is_one() -> None:
    text = ("日本政府は抗議し、" * 200) + "た。"
    spans = split_sentences(text)
    assert len(spans) > 1
    assert all(text[s.end - 1] == "、" for s in spans[:-1])


def test_ordinary_sentences_are_untouched() -> None:
    text = "岸田首相は10日、バイデン大統領と会談した。「協力を深める」と述べた。\nNew line here."
    assert [text[s.start : s.end] for s in split_sentences(text)] == [
        "岸田首相は10日、バイデン大統領と会談した。",
        "「協力を深める」と述べた。",
        "New line here.",
    ]


def test_segment_caps_every_sentence() -> None:
    seg = segment(Document(id="x", text="a " * 20_000, published="2024-06-01"))
    assert max(s.span.end - s.span.start for s in seg.sentences) <= MAX_SENTENCE


@pytest.mark.slow
def test_ingest_stores_a_long_unpunctuated_line(tmp_path: Path) -> None:
    # 300 KB without punctuation ran past 400 s before sentences were capped
    src = tmp_path / "line.txt"
    src.write_text(("長い行には句読点がなく" + PHRASE) * 9000 + "\n", encoding="utf-8")
    db = tmp_path / "t.duckdb"
    done = subprocess.run(
        [sys.executable, "-m", "newsgraph.cli", "ingest", "--db", str(db), "--json", str(src)],
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["stored"] == ["line"]
