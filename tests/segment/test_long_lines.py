"""A line without sentence ends is cut into pieces of bounded length, so that its cost stays linear."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsgraph.export.records import to_record
from newsgraph.model import Document
from newsgraph.nlp import batches
from newsgraph.pipeline import Pipeline
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


def test_a_signature_without_line_breaks_is_capped_too() -> None:
    # on one line the signature runs from the dash to the handle, whatever lies between
    name = "ロシアと北朝鮮が軍事協力を強化し" * 60
    text = "北朝鮮がミサイルを発射した。—" + name + " (@abc_news) May 10, 2025"
    seg = segment(Document(id="x", text=text, language="ja"))
    assert len(seg.posts) == 1
    assert max(len(s.text) for s in seg.sentences) <= MAX_SENTENCE
    assert [s.span.start for s in seg.sentences] == sorted(s.span.start for s in seg.sentences)


def test_batches_are_bounded_by_count_and_size() -> None:
    texts = ["a" * n for n in (300, 300, 300, 2000, 10, 10, 10, 10)]
    got = list(batches(texts, len, 3, 1000))
    assert [len(t) for b in got for t in b] == [len(t) for t in texts]  # all, in order
    assert [[len(t) for t in b] for b in got] == [[300, 300, 300], [2000], [10, 10, 10], [10]]


def test_a_100_kb_line_without_punctuation_yields_a_record() -> None:
    # filler the cheap stages pass over, with news (a name and a trigger) every 9,000
    # characters (the pieces the model parses): bounded sentences, events found, one record
    news = "北朝鮮はロシアに弾薬を供与し日本政府は強く抗議し"
    unit = "長い行には句読点がなく文がどこまでも終わらないまま続いていく" * 300 + " " + news
    text = (unit * (100_000 // len(unit) + 1))[:100_000]
    analysis = Pipeline().run(Document(id="line", text=text, language="ja", published="2024-06-01"))
    assert max(len(s.text) for s in analysis.segmentation.sentences) <= MAX_SENTENCE
    assert sum(len(s.text) for s in analysis.segmentation.sentences) >= 0.99 * len(text)
    record = to_record(analysis)
    assert record["doc_id"] == "line"
    assert record["events"]
    assert len(analysis.events) >= text.count(news)
    assert {"wiki:North_Korea", "wiki:Russia"} <= {e["id"] for e in record["entities"]}


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


def test_the_parse_budget_keeps_the_leading_sentences_and_the_rules_read_the_rest() -> None:
    from newsgraph.model import Sentence, Span
    from newsgraph.pipeline import Options, within_budget

    chosen = [(i, Sentence(Span(i * 100, i * 100 + 100), 0, "あ" * 100)) for i in range(10)]
    assert within_budget(chosen, 1_000) == chosen
    assert [i for i, _ in within_budget(chosen, 450)] == [0, 1, 2, 3]
    assert within_budget(chosen, 50) == []
    # past the budget no sentence is parsed, yet the case rules still code the events
    news = "北朝鮮はロシアに弾薬を供与した。"
    text = news * 40
    unparsed = Pipeline(Options(parse_budget=0)).run(Document(id="b", text=text, language="ja"))
    assert len(unparsed.events) >= 1
