"""The DuckDB store: round trips, duplicates, replacement, transactions, cross-document events."""

from __future__ import annotations

import dataclasses
import hashlib

import duckdb
import pytest

from newsgraph.events import EventCoder
from newsgraph.export.records import to_record
from newsgraph.model import Analysis, Document, Skip
from newsgraph.resolve import dates_agree, resolve_document
from newsgraph.segment import dated, segment
from newsgraph.store import Store
from newsgraph.store.schema import MIGRATIONS, version
from tests.events.annotate import annotate


def analysis(doc_id: str, text: str, published: str = "2024-06-18") -> Analysis:
    """An analysis built by hand: alias-table mentions, the real event coder, no model."""
    doc = Document(
        id=doc_id,
        text=text,
        published=published,
        published_how="metadata",
        source=f"{doc_id}.txt",
        content_hash=hashlib.sha256(text.encode()).hexdigest(),
    )
    seg = segment(doc)
    doc = dated(doc, seg)
    mentions, entities = annotate(text)
    used = {m.entity_id for m in mentions}
    entities = [e for e in entities if e.id in used]
    events = resolve_document(doc_id, EventCoder().code(doc, seg, mentions, entities, []))
    return Analysis(doc, seg, tuple(mentions), tuple(entities), (), tuple(events))


A = analysis("a", "北朝鮮はロシアに弾薬を供与した。\n— 共同通信 (@kyodo) June 17, 2024\n")
B = analysis("b", "読売新聞によると、北朝鮮がロシアに弾薬を供与した。")
C = analysis("c", "中国は日本を強く非難した。", published="2023-01-05")


def test_round_trip_gives_the_same_records(tmp_path) -> None:  # type: ignore[no-untyped-def]
    store = Store(tmp_path / "t.duckdb")
    result = store.write([A, C])
    assert result.stored == ["a", "c"]
    back = {a.document.id: a for a in store.analyses()}
    for original in (A, C):
        rec, rec2 = to_record(original), to_record(back[original.document.id])
        rec["events"] = [{k: v for k, v in e.items() if k != "event_id"} for e in rec["events"]]
        rec2["events"] = [{k: v for k, v in e.items() if k != "event_id"} for e in rec2["events"]]
        assert rec == rec2


def test_same_content_is_stored_once(tmp_path) -> None:  # type: ignore[no-untyped-def]
    store = Store(tmp_path / "t.duckdb")
    store.write([A])
    before = store.counts()
    dup = dataclasses.replace(A, document=dataclasses.replace(A.document, id="a-copy"))
    result = store.write([dup])
    assert result.stored == [] and "duplicate content of a" in result.skipped[0].reason
    after = store.counts()
    assert {k: v for k, v in after.items() if k != "skips"} == {
        k: v for k, v in before.items() if k != "skips"
    }


def test_new_content_under_an_old_id_replaces_it(tmp_path) -> None:  # type: ignore[no-untyped-def]
    store = Store(tmp_path / "t.duckdb")
    store.write([A])
    newer = analysis("a", "中国は日本を強く非難した。また抗議した。")
    result = store.write([newer])
    assert result.replaced == ["a"]
    (back,) = list(store.analyses(["a"]))
    assert back.document.text == newer.document.text
    _, rows = store.query("SELECT count(*) FROM events WHERE type = 'AID'")
    assert rows[0][0] == 0  # the old document's events went with it


def test_a_failed_batch_leaves_the_database_as_it_was(tmp_path) -> None:  # type: ignore[no-untyped-def]
    store = Store(tmp_path / "t.duckdb")
    store.write([A])
    before = store.counts()
    broken = dataclasses.replace(C, events=(dataclasses.replace(C.events[0], span=None),))  # type: ignore[arg-type]
    with pytest.raises(AttributeError):
        store.write([B, broken])
    assert store.counts() == before


@pytest.mark.parametrize("one_batch", [True, False])
def test_events_merge_across_documents(tmp_path, one_batch: bool) -> None:  # type: ignore[no-untyped-def]
    store = Store(tmp_path / "t.duckdb")
    if one_batch:
        store.write([A, B])
    else:
        store.write([A])
        store.write([B])
    _, rows = store.query("SELECT n_mentions, n_documents, attribution FROM events WHERE type = 'AID'")
    assert len(rows) == 1
    n_mentions, n_documents, attribution = rows[0]
    assert (n_mentions, n_documents) == (2, 2)
    assert set(attribution) >= {"wiki:Kyodo_News", "wiki:The_Yomiuri_Shimbun"}


def test_skips_are_recorded_with_reasons(tmp_path) -> None:  # type: ignore[no-untyped-def]
    store = Store(tmp_path / "t.duckdb")
    store.write([], [Skip("x.bin", "binary file")])
    _, rows = store.query("SELECT source, reason FROM skips")
    assert rows == [("x.bin", "binary file")]


def test_schema_is_versioned_and_migrations_run_once(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "t.duckdb"
    Store(path)
    Store(path)
    con = duckdb.connect(str(path))
    assert version(con) == len(MIGRATIONS)
    assert con.execute("SELECT count(*) FROM schema_version").fetchone() == (len(MIGRATIONS),)
    con.close()


def test_read_only_store_needs_an_existing_file(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from newsgraph.errors import StoreError

    with pytest.raises(StoreError, match="newsgraph ingest"):
        Store(tmp_path / "missing.duckdb", read_only=True)


@pytest.mark.parametrize(
    ("a", "b", "agree"),
    [
        ("2024-06-18", "2024-06-18/2024-06-19", True),
        ("2024-06", "2024-06-18", True),
        ("2024-05", "2024-06-18", False),
        ("1950", "1950-06-25", True),
        (None, "2024", True),
        ("2023-09", "2024-09", False),
    ],
)
def test_dates_agree_at_the_coarser_granularity(a: str | None, b: str, agree: bool) -> None:
    assert dates_agree(a, b) is agree
    assert dates_agree(b, a) is agree
