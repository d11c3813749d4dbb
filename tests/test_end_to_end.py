"""The whole product on the reference article and the bundled examples, through the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsgraph.cli import app
from tests.conftest import ROOT, need_shared

pytestmark = pytest.mark.slow
runner = CliRunner()
STATUSES = {"asserted", "ongoing", "planned", "expected", "suspected", "negated", "desired"}
BASELINE = json.loads((ROOT / "tests" / "baseline.json").read_text(encoding="utf-8"))


def _run(*args: str) -> str:
    result = runner.invoke(app, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.fixture(scope="module")
def seed_records(tmp_path_factory) -> Path:  # type: ignore[no-untyped-def]
    shared = need_shared()
    out = tmp_path_factory.mktemp("seed") / "records.jsonl"
    out.write_text(_run("process", "--format", "records", str(shared / "seeds" / "000_ee4defb6909103be.txt")))
    return out


def test_seed_scores_hold_the_baseline(seed_records: Path) -> None:
    shared = need_shared()
    gold = str(shared / "gold")
    scores = json.loads(_run("eval", "--gold", gold, "--records", str(seed_records), "--json"))
    rec = scores["records"]
    assert rec["posts"]["f1"] == 1.0  # all eight posts, nothing else
    assert rec["posts"]["f1"] >= BASELINE["seed_posts_f1"]
    assert rec["entities"]["f1"] >= BASELINE["seed_entities_f1"]
    assert rec["times"]["accuracy"] >= BASELINE["seed_times_accuracy"]
    assert rec["events"]["f1"] >= BASELINE["seed_events_f1"]
    assert rec["events_strict"]["f1"] >= BASELINE["seed_events_strict_f1"]


def test_seed_record_follows_the_contract(seed_records: Path) -> None:
    (record,) = [json.loads(line) for line in seed_records.read_text(encoding="utf-8").splitlines()]
    assert record["doc_id"] == "000_ee4defb6909103be"
    assert record["published"] == "2024-06-18" and record["published_how"] == "newest-post"
    assert len(record["posts"]) == 8
    text = (need_shared() / "seeds" / "000_ee4defb6909103be.txt").read_text(encoding="utf-8")
    for t in record["times"]:
        assert text[t["start"] : t["end"]] == t["text"]
    for e in record["events"]:
        assert e["evidence"] == text[e["start"] : e["end"]]
        assert e["status"] in STATUSES
        assert 0 < e["confidence"] <= 1


def test_ingest_export_round_trip_and_reingest_adds_nothing(tmp_path: Path, seed_records: Path) -> None:
    shared = need_shared()
    db = str(tmp_path / "t.duckdb")
    first = json.loads(_run("ingest", "--db", db, "--json", str(shared / "seeds"), str(ROOT / "examples")))
    assert "000_ee4defb6909103be" in first["stored"]
    assert first["skipped"] == []
    again = json.loads(_run("ingest", "--db", db, "--json", str(shared / "seeds"), str(ROOT / "examples")))
    assert again["stored"] == [] and again["replaced"] == []
    assert all("duplicate content" in s["reason"] for s in again["skipped"])
    out = tmp_path / "records.jsonl"
    _run("export", "--db", db, "--format", "records", "--out", str(out))
    exported = {json.loads(line)["doc_id"]: json.loads(line) for line in out.read_text().splitlines()}
    processed = json.loads(seed_records.read_text().splitlines()[0])
    seed = exported["000_ee4defb6909103be"]
    for key in ("posts", "entities", "times"):
        assert seed[key] == processed[key]
    strip = lambda evs: [{k: v for k, v in e.items() if k != "event_id"} for e in evs]  # noqa: E731
    assert strip(seed["events"]) == strip(processed["events"])
    scores = json.loads(_run("eval", "--db", db, "--gold", str(shared / "gold"), "--json"))
    assert scores["records"]["posts"]["f1"] == 1.0


def test_events_and_show_commands(tmp_path: Path) -> None:
    db = str(tmp_path / "t.duckdb")
    _run("ingest", "--db", db, str(ROOT / "examples"))
    rows = json.loads(_run("events", "--db", db, "--json"))
    assert rows and all(r["n_mentions"] >= 1 for r in rows)
    korea = json.loads(_run("events", "--db", db, "--json", "--actor", "KOR"))
    assert korea and all("KOR" in r["source_countries"] + r["target_countries"] for r in korea)
    assert json.loads(_run("events", "--db", db, "--json", "--type", "consult"))
    shown = json.loads(_run("show", "--db", db, "--json", "ja_summit_talks"))
    assert shown["doc_id"] == "ja_summit_talks" and shown["events"]
    missing = runner.invoke(app, ["show", "--db", db, "nope"])
    assert missing.exit_code == 1


def test_a_binary_file_is_skipped_and_the_rest_stored(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text("日本政府は北朝鮮に抗議した。", encoding="utf-8")
    (folder / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    report = json.loads(_run("ingest", "--db", str(tmp_path / "t.duckdb"), "--json", str(folder)))
    assert report["stored"] == ["good"]
    assert [s["source"].endswith("image.png") for s in report["skipped"]] == [True]
    assert "binary" in report["skipped"][0]["reason"]


def test_export_tables(tmp_path: Path) -> None:
    db = str(tmp_path / "t.duckdb")
    _run("ingest", "--db", db, str(ROOT / "examples"))
    _run("export", "--db", db, "--format", "parquet", "--out", str(tmp_path / "pq"))
    _run("export", "--db", db, "--format", "csv", "--out", str(tmp_path / "csv"))
    import duckdb

    n = duckdb.sql(f"SELECT count(*) FROM '{tmp_path / 'pq' / 'documents.parquet'}'").fetchall()
    assert n == [(5,)]
    assert (tmp_path / "csv" / "event_mentions.csv").read_text().startswith("event_id,doc_id")
    _run("export", "--db", db, "--format", "graphml", "--out", str(tmp_path / "actors.graphml"))
    import xml.etree.ElementTree as ET

    graph = ET.parse(tmp_path / "actors.graphml").getroot()
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    assert graph.findall(".//g:node", ns) and graph.findall(".//g:edge", ns)
