"""Dates as intervals end to end: stored beside their ISO value, migrated into older files, and used
to filter and sort by the CLI, the API and the pages (a week falls inside its month)."""

from __future__ import annotations

import datetime as dt
import json
import warnings
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest
import web_data
from typer.testing import CliRunner

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from newsgraph.cli import app as cli
from newsgraph.store import Store, schema
from newsgraph.store.queries import EventFilter, find_events
from newsgraph.web import create_app
from newsgraph.web.pages import date_bounds


@pytest.fixture(scope="module")
def dated_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return web_data.build(tmp_path_factory.mktemp("dated") / "dated.duckdb", web_data.dated())


@pytest.fixture(scope="module")
def dated_client(dated_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    with TestClient(create_app(dated_db, snapshot_dir=tmp_path_factory.mktemp("snap"))) as c:
        yield c


def test_every_stored_date_has_its_days(dated_db: Path) -> None:
    store = Store(dated_db, read_only=True)
    _, rows = store.query("SELECT date, start_day, end_day FROM events ORDER BY start_day")
    assert ("2024-W10", dt.date(2024, 3, 4), dt.date(2024, 3, 10)) in rows
    assert ("2024-05", dt.date(2024, 5, 1), dt.date(2024, 5, 31)) in rows
    for table, col in schema.INTERVALS.items():
        _, missing = store.query(
            f"SELECT count(*) FROM {table} WHERE {col} LIKE '2024%' AND start_day IS NULL"
        )
        assert missing[0][0] == 0, table


def test_a_week_is_inside_its_months_and_sorts_in_march(dated_db: Path) -> None:
    rows = find_events(Store(dated_db, read_only=True), EventFilter(since="2024-03", until="2024-04"))
    assert [r["date"] for r in rows] == ["2024-W10", "2024-03-20", "2024-03-21", "2024-04-15", "2024-04-16"]
    weeks = find_events(Store(dated_db, read_only=True), EventFilter(since="2024-W10", until="2024-W10"))
    assert [r["date"] for r in weeks] == ["2024-W10"]
    # a month-dated event reaches into a day filter inside it
    may = find_events(Store(dated_db, read_only=True), EventFilter(since="2024-05-15", until="2024-05-15"))
    assert [r["date"] for r in may] == ["2024-05"]


def test_an_older_file_is_migrated_and_filled(tmp_path: Path) -> None:
    path = tmp_path / "old.duckdb"
    with duckdb.connect(str(path)) as con:  # a file as the first schema version wrote it
        schema.version(con)
        schema.MIGRATIONS[0](con)
        con.execute("INSERT INTO schema_version VALUES (1, current_timestamp)")
        con.execute("INSERT INTO events (event_id, type, date) VALUES ('e1', 'CONSULT', '2024-W10')")
    # even a read-only open (`newsgraph events`) brings the file up to date first
    rows = find_events(Store(path, read_only=True), EventFilter(since="2024-03", until="2024-03"))
    assert [r["event_id"] for r in rows] == ["e1"]
    _, days = Store(path, read_only=True).query("SELECT start_day, end_day FROM events")
    assert days == [(dt.date(2024, 3, 4), dt.date(2024, 3, 10))]


def test_cli_filters_on_days_and_refuses_a_month_13(dated_db: Path) -> None:
    runner = CliRunner()
    ok = runner.invoke(
        cli, ["events", "--db", str(dated_db), "--since", "2024-03", "--until", "2024-04", "--json"]
    )
    assert ok.exit_code == 0, ok.output
    assert json.loads(ok.stdout)[0]["date"] == "2024-W10"
    for bad in ("2024-13", "yesterday"):
        refused = runner.invoke(cli, ["events", "--db", str(dated_db), "--since", bad])
        assert refused.exit_code == 2, refused.output
        assert "2024-W10" in refused.output


def test_api_and_pages_filter_on_days(dated_client: TestClient) -> None:
    r = dated_client.get("/api/events", params={"since": "2024-03", "until": "2024-04"})
    assert r.status_code == 200
    assert r.json()["items"][0]["date"] == "2024-W10"
    assert len(r.json()["items"]) == 5
    assert dated_client.get("/api/events", params={"since": "2024-W10"}).status_code == 200
    assert dated_client.get("/api/events", params={"since": "2024-13"}).status_code == 422
    assert dated_client.get("/api/pairs", params={"until": "2024-02-30"}).status_code == 422
    pairs = dated_client.get("/api/pairs", params={"since": "2024-03", "until": "2024-03"}).json()["items"]
    assert sum(p["total"] for p in pairs) == 3
    assert dated_client.get("/timeline", params={"since": "2024-13"}).status_code == 400
    page = dated_client.get("/timeline", params={"since": "2024-03", "until": "2024-03"})
    assert page.status_code == 200 and "ev_d_w10" in page.text and "ev_d_0415" not in page.text


def test_the_timeline_draws_a_week_as_a_week() -> None:
    assert date_bounds("2024-W10") == ("2024-03-04", "2024-03-11")
    assert date_bounds("2024-03-20") == ("2024-03-20", None)
    assert date_bounds("2024") == ("2024-01-01", "2025-01-01")
    assert date_bounds("P3D") is None
