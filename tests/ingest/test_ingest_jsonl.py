"""JSON Lines corpora: one document per line, a Skip per bad line, the rest still read."""

from __future__ import annotations

import json
from pathlib import Path

from newsgraph.ingest import IngestOptions, read_path
from newsgraph.model import Document, Skip


def write_lines(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_bad_lines_are_skips_with_line_numbers(tmp_path: Path) -> None:
    good = {
        "id": "a1",
        "text": "北朝鮮が弾道ミサイルを発射した。\r\n防衛省が発表した。",
        "published": "2024-06-18",
    }
    path = write_lines(
        tmp_path / "corpus.jsonl",
        [
            json.dumps(good, ensure_ascii=False),
            '{"id": "a2", "text": "unterminated',
            "",  # blank lines are not documents and not errors
            json.dumps({"text": "no id"}),
            json.dumps({"id": "a4"}),
            json.dumps([1, 2]),
            json.dumps({"id": "a6", "text": "   "}),
            json.dumps({"id": "a7", "text": "ok", "published": 20240618}),
            json.dumps(
                {"id": 8, "text": "Seoul and Tokyo agreed to resume talks.", "url": "https://e.example/8"}
            ),
        ],
    )
    items = list(read_path(path))
    assert [type(i).__name__ for i in items] == [
        "Document",
        "Skip",
        "Skip",
        "Skip",
        "Skip",
        "Skip",
        "Skip",
        "Document",
    ]
    first, last = items[0], items[-1]
    assert isinstance(first, Document) and isinstance(last, Document)
    assert first.id == "a1"
    assert first.text == "北朝鮮が弾道ミサイルを発射した。\n防衛省が発表した。"
    assert (first.published, first.published_how, first.language) == ("2024-06-18", "metadata", "ja")
    assert first.source == f"{path}:1"
    assert (last.id, last.url, last.language, last.published) == ("8", "https://e.example/8", "en", None)
    skips = {i.source: i.reason for i in items if isinstance(i, Skip)}
    assert list(skips) == [f"{path}:{n}" for n in (2, 4, 5, 6, 7, 8)]
    assert skips[f"{path}:2"].startswith("invalid JSON")
    assert skips[f"{path}:4"].startswith("missing 'id'")
    assert skips[f"{path}:5"].startswith("missing 'text'")
    assert skips[f"{path}:6"].startswith("expected a JSON object")
    assert skips[f"{path}:7"] == "empty document"
    assert "'published' must be a string" in skips[f"{path}:8"]


def test_html_lines_go_through_the_html_reader(tmp_path: Path, tweet_page: str) -> None:
    record = {"id": "page", "html": tweet_page, "title": "コーパスの見出し", "language": "ja"}
    (doc,) = read_path(write_lines(tmp_path / "pages.jsonl", [json.dumps(record, ensure_ascii=False)]))
    assert isinstance(doc, Document)
    assert doc.title == "コーパスの見出し"  # the corpus's metadata wins over the page's
    assert (doc.published, doc.published_how) == ("2024-06-18T09:30:00+09:00", "json-ld")
    assert [p.handle for p in doc.posts] == ["hst_tvasahi", "sputnik_jp"]


def test_oversized_line_is_skipped_and_the_rest_read(tmp_path: Path) -> None:
    lines = [json.dumps({"id": "big", "text": "x" * 500}), json.dumps({"id": "small", "text": "short text"})]
    items = list(read_path(write_lines(tmp_path / "c.jsonl", lines), IngestOptions(max_bytes=200)))
    assert isinstance(items[0], Skip) and items[0].reason.startswith("line larger than 200 bytes")
    assert isinstance(items[1], Document) and items[1].id == "small"


def test_utf8_bom_and_crlf_lines(tmp_path: Path) -> None:
    path = tmp_path / "bom.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + b'{"id": "x", "text": "first"}\r\n{"id": "y", "text": "second"}\r\n')
    assert [d.id for d in read_path(path) if isinstance(d, Document)] == ["x", "y"]


def test_deep_nesting_and_lone_surrogates_are_skips_and_the_file_goes_on(tmp_path: Path) -> None:
    path = write_lines(
        tmp_path / "hostile.jsonl",
        [
            "[" * 1000 + "]" * 1000,
            '{"id": "s1", "text": "lone \\ud800 surrogate"}',
            json.dumps({"id": "ok", "text": "Seoul and Tokyo agreed to resume talks."}),
        ],
    )
    deep, lone, good = read_path(path)
    assert deep == Skip(f"{path}:1", "JSON nested too deeply; a document is one flat object")
    assert isinstance(lone, Skip) and lone.source == f"{path}:2" and "lone surrogate" in lone.reason
    assert isinstance(good, Document) and good.id == "ok"


def test_impossible_dates_are_refused_and_the_document_kept(tmp_path: Path) -> None:
    dates = [
        "not-a-date",
        "2024-13-45",
        "9999-12-31",
        "0000-01-01",
        "0001-01-01",
        "2024-06-18",
        "2024-06",
        "2024-W10",
    ]
    lines = [json.dumps({"id": f"d{i}", "text": f"Talks {i}.", "published": d}) for i, d in enumerate(dates)]
    docs = list(read_path(write_lines(tmp_path / "dates.jsonl", lines)))
    assert all(isinstance(d, Document) for d in docs)
    assert [(d.published, d.published_how) for d in docs if isinstance(d, Document)] == [
        *[(None, "unknown")] * 5,
        ("2024-06-18", "metadata"),
        ("2024-06", "metadata"),
        ("2024-W10", "metadata"),
    ]
