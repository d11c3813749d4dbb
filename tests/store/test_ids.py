"""One document per id: the later of two documents with one id replaces the earlier, in one batch or
across batches, and a unique index (schema version 3) enforces it, also on databases made before it."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from newsgraph.store import Store
from newsgraph.store.schema import MIGRATIONS, TABLES
from tests.store.test_store import analysis

FIRST = analysis("z1", "北朝鮮はロシアに弾薬を供与した。")
SECOND = analysis("z1", "中国は日本を強く非難した。", published="2023-01-05")
OTHER = analysis("z2", "ロシアは北朝鮮と軍事協力で合意した。")


def _documents(db: Path) -> list[tuple[str, str]]:
    with duckdb.connect(str(db), read_only=True) as con:
        return [
            (r[0], r[1]) for r in con.execute("SELECT doc_id, text FROM documents ORDER BY doc_id").fetchall()
        ]


def test_one_id_twice_in_one_batch_keeps_the_later(tmp_path: Path) -> None:
    store = Store(tmp_path / "t.duckdb")
    result = store.write([FIRST, OTHER, SECOND])
    assert (result.stored, result.replaced) == (["z1", "z2"], ["z1"])
    assert _documents(store.path) == [("z1", SECOND.document.text), ("z2", OTHER.document.text)]
    (back,) = store.analyses(["z1"])
    # nothing of the replaced text is left: its mentions and event mentions went with it
    assert {m.surface for m in back.mentions} == {m.surface for m in SECOND.mentions}
    with duckdb.connect(str(store.path), read_only=True) as con:
        row = con.execute("SELECT count(*) FROM event_mentions WHERE doc_id = 'z1'").fetchone()
    assert row is not None and row[0] == len(SECOND.events)


def test_one_id_across_batches_keeps_the_later(tmp_path: Path) -> None:
    store = Store(tmp_path / "t.duckdb")
    store.write([FIRST])
    result = store.write([SECOND])
    assert (result.stored, result.replaced) == ([], ["z1"])
    assert _documents(store.path) == [("z1", SECOND.document.text)]


def test_the_store_refuses_a_second_row_for_an_id(tmp_path: Path) -> None:
    Store(tmp_path / "t.duckdb")
    with duckdb.connect(str(tmp_path / "t.duckdb")) as con:
        con.execute("INSERT INTO documents (doc_id, text) VALUES ('x', 'one')")
        with pytest.raises(duckdb.ConstraintException):
            con.execute("INSERT INTO documents (doc_id, text) VALUES ('x', 'two')")


def test_migration_keeps_the_last_row_of_a_doubled_id(tmp_path: Path) -> None:
    db = tmp_path / "old.duckdb"
    with duckdb.connect(str(db)) as con:  # a version-1 database as older releases wrote it
        con.execute("CREATE TABLE schema_version (version INTEGER, applied_at TIMESTAMP)")
        con.execute("BEGIN")
        tables = dict(TABLES)
        TABLES["documents"] = [c for c in TABLES["documents"] if c[0] != "text_how"]
        try:
            MIGRATIONS[0](con)
        finally:
            TABLES.update(tables)
        con.execute("INSERT INTO schema_version VALUES (1, current_timestamp)")
        con.execute("COMMIT")
        con.execute("INSERT INTO documents (doc_id, text, ingested_at) VALUES ('z1', 'old', '2024-01-01')")
        con.execute("INSERT INTO documents (doc_id, text, ingested_at) VALUES ('z1', 'new', '2024-02-01')")
        con.execute("INSERT INTO documents (doc_id, text, ingested_at) VALUES ('z2', 'alone', '2024-01-01')")
        con.execute("INSERT INTO mentions (doc_id, surface) VALUES ('z1', 'mixed'), ('z2', 'kept')")
    Store(db)  # opening for writing migrates
    assert _documents(db) == [("z1", "new"), ("z2", "alone")]
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT doc_id FROM mentions").fetchall() == [("z2",)]
        skip = con.execute("SELECT source, reason FROM skips").fetchall()
        assert skip[0][0] == "z1" and "ingest it again" in skip[0][1]
        assert con.execute("SELECT max(version) FROM schema_version").fetchone() == (len(MIGRATIONS),)
