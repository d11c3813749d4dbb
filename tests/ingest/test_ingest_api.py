"""The ingest stage's public surface."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

import newsgraph.ingest
from newsgraph.ingest import IngestOptions


def test_exported_names() -> None:
    assert sorted(newsgraph.ingest.__all__) == [
        "IngestOptions",
        "JSONL_SUFFIXES",
        "content_hash",
        "detect_language",
        "read_data",
        "read_inputs",
        "read_json_line",
        "read_path",
        "read_record",
        "read_url",
        "suffix_of",
    ]
    for name in newsgraph.ingest.__all__:
        assert getattr(newsgraph.ingest, name).__doc__


def test_options_defaults_and_frozen() -> None:
    options = IngestOptions()
    assert (options.timeout, options.max_bytes, options.follow_feed_links) == (20.0, 20_000_000, False)
    assert options.user_agent.startswith("newsgraph/")
    with pytest.raises(dataclasses.FrozenInstanceError):
        options.timeout = 1.0  # type: ignore[misc]


def test_bytes_read_by_their_name_as_files_are(tmp_path: Path) -> None:
    """Data fetched elsewhere (the Spark engine's files) reads like the same file on disk."""
    import gzip

    from newsgraph.ingest import read_data
    from newsgraph.model import Document, Skip

    lines = (
        '{"id": "a", "text": "ロシアが発表した。"}\n{"id": 3}\n\n{"id": "b", "text": "米国が反発した。"}\n'
    )
    got = list(read_data(gzip.compress(lines.encode()), "corpus.jsonl.gz", "s3://bucket/corpus.jsonl.gz"))
    assert [d.id for d in got if isinstance(d, Document)] == ["a", "b"]
    assert [s.source for s in got if isinstance(s, Skip)] == ["s3://bucket/corpus.jsonl.gz:2"]
    broken = list(read_data(b"not gzip", "corpus.jsonl.gz", "corpus.jsonl.gz"))
    assert len(broken) == 1 and isinstance(broken[0], Skip) and "gzip" in broken[0].reason
    text = "北朝鮮がミサイルを発射した。".encode("shift_jis")
    (tmp_path / "note.txt").write_bytes(text)
    from_disk = [d for d in newsgraph.ingest.read_path(tmp_path / "note.txt") if isinstance(d, Document)]
    from_data = [
        d for d in read_data(text, "note.txt", str(tmp_path / "note.txt")) if isinstance(d, Document)
    ]
    assert (
        [(d.id, d.text) for d in from_data]
        == [(d.id, d.text) for d in from_disk]
        == [("note", "北朝鮮がミサイルを発射した。")]
    )
    html = (
        b"<html><head><title>T</title></head><body><article><p>"
        + "本文です。".encode() * 30
        + b"</p></article></body></html>"
    )
    assert [d.id for d in read_data(html, "page.html", "page.html") if isinstance(d, Document)] == ["page"]
