"""The Spark job in `local[2]`: its Parquet tables and a load of them equal a local ingest.

The corpus is a few short articles written here, plus the seed when ../shared is beside the checkout.
One Spark session serves the module; the executors load the model once each.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest

from newsgraph.batch import ingest
from newsgraph.batch.spark import TABLES, load_parquet, run_spark, session
from newsgraph.ingest import read_inputs
from newsgraph.store import Store, schema
from newsgraph.store.convert import arrow_schema
from tests.conftest import SEED

pytestmark = pytest.mark.spark

# File names sort as their ids do, so that a folder walk and `load_parquet` take them in one order.
ARTICLES = {
    "a_summit": "岸田首相は19日、首相官邸で韓国の尹錫悦大統領と会談した。\n"
    "両首脳は北朝鮮のミサイル発射を非難した。\n",
    "b_weather": "関東甲信地方は11日、梅雨入りしたとみられる。\n向こう1週間は雨の日が多くなる見込みだ。\n",
    "c_aid": "日本政府は20日、ウクライナに発電機を供与すると発表した。\nロシアは日本の支援を批判した。\n",
    "d_visit": "ロシアのプーチン大統領は18日、北朝鮮を訪問した。\n平壌では金正恩総書記と会談した。\n",
}
COMPARED = ("documents", "posts", "mentions", "times", "event_mentions", "entities", "events")


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    s = session("local[2]", "newsgraph-tests")
    yield s
    s.stop()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    for name, text in ARTICLES.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    if SEED.exists():
        shutil.copy(SEED, folder / f"z_{SEED.name}")
    (folder / "empty.txt").write_text("  \n", encoding="utf-8")  # a recorded skip
    return folder


@pytest.fixture(scope="module")
def local_db(tmp_path_factory: pytest.TempPathFactory, corpus: Path) -> Store:
    store = Store(tmp_path_factory.mktemp("local") / "local.duckdb")
    ingest(read_inputs([str(corpus)]), store)
    return store


def _sorted(rows: Iterable[Sequence[Any]]) -> list[tuple[Any, ...]]:
    # Lists become tuples so that rows compare and sort.
    return sorted((tuple(tuple(v) if isinstance(v, list) else v for v in r) for r in rows), key=repr)


def table(store: Store, name: str) -> list[tuple[Any, ...]]:
    """A table's rows without load times, sorted."""
    cols = [c for c, _ in schema.TABLES[name]]
    return _sorted(store.query(f"SELECT {', '.join(cols)} FROM {name}")[1])


def parquet_rows(folder: Path, name: str) -> list[tuple[Any, ...]]:
    """The rows of one table written by the Spark job, sorted."""
    cols = [c for c, _ in schema.TABLES[name]]
    files = sorted((folder / name).glob("*.parquet"))
    return _sorted([r[c] for c in cols] for f in files for r in pq.read_table(f).to_pylist())


def without(rows: list[tuple[Any, ...]], name: str, column: str) -> list[tuple[Any, ...]]:
    """`rows` of table `name` without one column."""
    k = [c for c, _ in schema.TABLES[name]].index(column)
    return sorted((r[:k] + r[k + 1 :] for r in rows), key=repr)


def test_folder_job_writes_the_store_tables(
    spark: Any, corpus: Path, local_db: Store, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    counts = run_spark(str(corpus), str(out), master="local[2]")
    assert sorted(p.name for p in out.iterdir()) == sorted(TABLES)
    for name in TABLES:
        files = sorted((out / name).glob("*.parquet"))
        assert files, f"{name}: no Parquet file"
        assert pq.read_schema(files[0]).remove_metadata().names == arrow_schema(name).names
        for f in files:
            got = pq.read_schema(f)
            for field in arrow_schema(name):
                # Spark names a list's items `element`, Arrow `item`: the same type.
                written = str(got.field(field.name).type).replace("element", "item")
                assert written == str(field.type), (name, field.name)
        assert counts[name] == len(parquet_rows(out, name))
    assert counts["documents"] == len(ARTICLES) + SEED.exists()
    assert counts["skips"] == 1
    # Per-document rows equal the local ingest's (event ids aside: merging across documents is the load's).
    for name in ("documents", "posts", "mentions", "times"):
        assert parquet_rows(out, name) == table(local_db, name), name
    assert without(parquet_rows(out, "event_mentions"), "event_mentions", "event_id") == without(
        table(local_db, "event_mentions"), "event_mentions", "event_id"
    )
    assert parquet_rows(out, "event_mentions"), "the corpus holds events"

    loaded = Store(tmp_path / "loaded.duckdb")
    got = load_parquet(out, loaded)
    assert got["documents"] == counts["documents"]
    for name in COMPARED:
        assert table(loaded, name) == table(local_db, name), name
    assert table(loaded, "skips") == table(local_db, "skips")
    again = load_parquet(out, loaded)  # idempotent: the same content is stored once
    assert again["documents"] == 0 and again["skips"] == counts["documents"] + 1
    for name in COMPARED:
        assert table(loaded, name) == table(local_db, name), name


def test_json_lines_and_parquet_inputs(spark: Any, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    lines = [
        json.dumps({"id": k, "text": v, "published": "2024-06-19", "title": k}, ensure_ascii=False)
        for k, v in ARTICLES.items()
    ]
    corpus.write_text("\n".join([*lines[:2], "", "{not json", *lines[2:]]) + "\n", encoding="utf-8")
    local = Store(tmp_path / "local.duckdb")
    ingest(read_inputs([str(corpus)]), local)

    counts = run_spark(str(corpus), str(tmp_path / "from_jsonl"), master="local[2]", partitions=3)
    assert counts["documents"] == len(ARTICLES) and counts["skips"] == 1
    for name in ("documents", "mentions", "times"):
        assert parquet_rows(tmp_path / "from_jsonl", name) == table(local, name), name
    assert parquet_rows(tmp_path / "from_jsonl", "skips") == [(f"{corpus}:4", table(local, "skips")[0][1])]

    spark.read.json(str(corpus)).where("id IS NOT NULL").write.parquet(str(tmp_path / "corpus.parquet"))
    run_spark(str(tmp_path / "corpus.parquet"), str(tmp_path / "from_parquet"), master="local[2]")
    from_parquet = without(parquet_rows(tmp_path / "from_parquet", "documents"), "documents", "source")
    assert from_parquet == without(table(local, "documents"), "documents", "source")
    assert parquet_rows(tmp_path / "from_parquet", "mentions") == table(local, "mentions")
