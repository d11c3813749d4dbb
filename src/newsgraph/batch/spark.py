"""The Spark engine: the pipeline over a corpus on a cluster, writing the store's tables as Parquet.

    counts = run_spark("corpus.jsonl", "out/", master="local[2]")   # {"documents": 120, ...}
    load_parquet("out/", Store("newsgraph.duckdb"))                  # into DuckDB, one transaction

Input is JSON Lines (`{"id", "text", "url", "published", "title"}` per line, as `newsgraph ingest`
reads it), Parquet with those columns, or a folder (or one file) of documents: each file is read in
an executor by the ingest stage's readers (text, HTML, feeds, JSON Lines), its id the file name
without extension. Each partition runs one `Pipeline` (`mapPartitions`); the pipeline is built once
per executor Python process and kept in a module-level cache, so the models load once per process.

Output is one folder of Parquet files per table of the store, with its columns and types
(`store.schema.TABLES`, `store.convert.arrow_schema`): documents, posts, entities (one row per
id), mentions, times, event_mentions, events and skips. Events are merged within each document
here; merging across documents is left to `load_parquet`, which imports the tables through
`Store.write` in one transaction: content already stored is skipped, as ingest does, and the merged
events are rebuilt. Spark is imported only when a job runs (`pip install 'newsgraph[spark]'`).
"""

from __future__ import annotations

import dataclasses
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlsplit

import pyarrow as pa

from newsgraph.batch.local import run_safely
from newsgraph.errors import InputError, NewsgraphError
from newsgraph.ingest import JSONL_SUFFIXES, read_data, read_json_line, read_path, read_record, suffix_of
from newsgraph.model import Analysis, Document, Skip
from newsgraph.pipeline import Options, Pipeline
from newsgraph.resolve import merged_events
from newsgraph.store import Store, schema
from newsgraph.store.convert import analysis_from_rows, arrow_schema, event_row, rows

if TYPE_CHECKING:
    from pyspark import RDD
    from pyspark.sql import SparkSession
    from pyspark.sql.types import StructType

__all__ = ["TABLES", "analysis_rows", "load_parquet", "run_spark", "session", "spark_schema"]

TABLES = ("documents", "posts", "entities", "mentions", "times", "event_mentions", "events", "skips")
PER_DOCUMENT = ("documents", "posts", "mentions", "times", "event_mentions")
LOAD_BATCH = 50  # documents per batch of `load_parquet`, as `newsgraph ingest --batch-size` by default
INPUT_COLUMNS = ("id", "text", "html", "url", "published", "title", "language")

# One input to read inside an executor: ("line", source, text), ("record", source, dict),
# ("file", local path) or ("bytes", uri, content).
Source = tuple[Any, ...]
TableRow = tuple[str, tuple[Any, ...]]

_pipelines: dict[str, Pipeline] = {}


class SparkJobError(NewsgraphError):
    """The Spark job could not run or its output cannot be read."""


# -- tables ----------------------------------------------------------------------------------------


def spark_schema(table: str) -> StructType:
    """The Spark schema of a store table: the columns and types of `arrow_schema(table)`."""
    from pyspark.sql.types import ArrayType, DoubleType, IntegerType, StringType, StructField, StructType

    def spark_type(t: pa.DataType) -> Any:
        if pa.types.is_list(t):
            return ArrayType(spark_type(t.value_type))
        if pa.types.is_int32(t):
            return IntegerType()
        if pa.types.is_float64(t):
            return DoubleType()
        if pa.types.is_string(t):
            return StringType()
        raise TypeError(f"no Spark type for {t} in table {table}")

    return StructType([StructField(f.name, spark_type(f.type), True) for f in arrow_schema(table)])


def _cast(kind: str, value: Any) -> Any:
    if value is None:
        return None
    if kind == "INTEGER":
        return int(value)
    if kind == "DOUBLE":
        return float(value)
    if kind == "VARCHAR[]":
        return list(value)
    return value


def _tuple(table: str, row: dict[str, Any]) -> tuple[Any, ...]:
    return tuple(_cast(kind, row.get(col)) for col, kind in schema.TABLES[table])


def analysis_rows(result: Analysis | Skip) -> Iterator[TableRow]:
    """`(table, row)` pairs for one result, each row a tuple in the table's column order.

    An analysis gives the rows of `store.convert.rows` and its events merged per `event_id`; a skip
    gives one `skips` row.
    """
    if isinstance(result, Skip):
        yield "skips", _tuple("skips", {"source": result.source, "reason": result.reason})
        return
    for table, rs in rows(result).items():
        for r in rs:
            yield table, _tuple(table, r)
    for ev in merged_events(result.events):
        yield "events", _tuple("events", event_row(ev, 1, result.document.id))


# -- executors -------------------------------------------------------------------------------------


def executor_pipeline(options: Options) -> Pipeline:
    """The pipeline of this process for `options`, built on first use and kept for later partitions."""
    key = repr(options)
    if key not in _pipelines:
        _pipelines[key] = Pipeline(options)
    return _pipelines[key]


def read_source(item: Source) -> Iterator[Document | Skip]:
    """The documents (and skips) of one input item, read where it is called (in an executor)."""
    kind = item[0]
    if kind == "line":
        _, source, line = item
        yield from read_json_line(line.encode("utf-8"), source)
    elif kind == "record":
        yield from read_record(item[2], item[1])
    elif kind == "file":
        yield from read_path(Path(item[1]))
    elif kind == "bytes":
        uri = item[1]
        yield from read_data(item[2], PurePosixPath(urlsplit(uri).path).name, uri)
    else:
        raise ValueError(f"unknown input item kind {kind!r}")


def _analyse_partition(options: Options) -> Callable[[Iterable[Source]], Iterator[TableRow]]:
    def run(items: Iterable[Source]) -> Iterator[TableRow]:
        pipeline = executor_pipeline(options)
        for item in items:
            for doc in read_source(item):
                yield from analysis_rows(doc if isinstance(doc, Skip) else run_safely(pipeline, doc))

    return run


# -- the driver ------------------------------------------------------------------------------------


def session(master: str = "local[*]", app_name: str = "newsgraph") -> SparkSession:
    """A Spark session for newsgraph jobs: UTC, quiet (WARN), and on loopback when the master is local.

    An active session is returned as it is.
    """
    try:
        from pyspark.sql import SparkSession
    except ImportError as exc:
        raise SparkJobError(
            "Spark is not installed; install it with `pip install 'newsgraph[spark]'`"
        ) from exc
    active = SparkSession.getActiveSession()
    if active is not None:
        return active
    local = master.startswith("local")
    if local:
        # Executors are Python processes on this machine: the same interpreter and venv as the driver.
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    builder = (
        SparkSession.builder.master(master)
        .appName(app_name)
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.python.worker.reuse", "true")
        .config("spark.hadoop.mapreduce.input.fileinputformat.input.dir.recursive", "true")
    )
    if local:
        builder = (
            builder.config("spark.ui.enabled", "false")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
        )
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("WARN")
    return spark


def _is_local(path: str) -> bool:
    scheme = urlsplit(path).scheme
    return scheme in ("", "file") or len(scheme) == 1  # a Windows drive letter is no scheme


def _local_path(path: str) -> Path:
    return Path(unquote(urlsplit(path).path)) if path.startswith("file:") else Path(path)


def _local_files(root: Path) -> list[str]:
    """Files under `root` in the local reader's order: depth first by name, no hidden entries."""
    if not root.is_dir():
        return [str(root)]
    out: list[str] = []
    for entry in sorted(p for p in root.iterdir() if not p.name.startswith(".")):
        if entry.is_dir():
            if not entry.is_symlink():
                out += _local_files(entry)
        else:
            out.append(str(entry))
    return out


def _has_parquet(spark: SparkSession, path: str) -> bool:
    if path.lower().rstrip("/").endswith(".parquet"):
        return True
    if _is_local(path):
        folder = _local_path(path)
        return folder.is_dir() and any(folder.glob("*.parquet"))
    jvm = spark.sparkContext._jvm
    assert jvm is not None
    hpath = jvm.org.apache.hadoop.fs.Path(path.rstrip("/") + "/*.parquet")
    fs = hpath.getFileSystem(spark.sparkContext._jsc.hadoopConfiguration())  # type: ignore[union-attr]
    return bool(fs.globStatus(hpath))


def read_sources(spark: SparkSession, path: str, partitions: int | None = None) -> RDD[Source]:
    """The input items of a corpus, partitioned; reading and analysis both happen in the executors."""
    sc = spark.sparkContext
    n = partitions or sc.defaultParallelism
    source_name = str(_local_path(path)) if _is_local(path) else path
    rdd: RDD[Source]
    if suffix_of(path.rstrip("/")) in JSONL_SUFFIXES:
        lines = sc.textFile(path, minPartitions=n).zipWithIndex()
        rdd = lines.filter(lambda li: bool(li[0].strip(" \t\r\n\x0b\x0c"))).map(
            lambda li: ("line", f"{source_name}:{li[1] + 1}", li[0].lstrip("\ufeff") if li[1] == 0 else li[0])
        )
    elif _has_parquet(spark, path):
        df = spark.read.parquet(path)
        wanted = [c for c in INPUT_COLUMNS if c in df.columns]
        if "id" not in wanted or not {"text", "html"} & set(wanted):
            raise SparkJobError(f"{path}: Parquet input needs an `id` and a `text` (or `html`) column")
        rdd = df.select(*wanted).rdd.map(lambda r: ("record", source_name, r.asDict()))
    elif _is_local(path):
        root = _local_path(path)
        if not root.exists():
            raise SparkJobError(f"{path}: no such file or folder; check the path")
        files = _local_files(root)
        return sc.parallelize([("file", f) for f in files], max(1, min(n, len(files))))
    else:
        rdd = sc.binaryFiles(path, minPartitions=n).map(lambda kv: ("bytes", kv[0], kv[1]))
    return rdd.repartition(n) if partitions and rdd.getNumPartitions() != n else rdd


def run_spark(
    input: str,
    output: str,
    *,
    master: str = "local[*]",
    options: Options | None = None,
    partitions: int | None = None,
) -> dict[str, int]:
    """Analyse a corpus with Spark and write the store's tables as Parquet under `output`.

    `input` is a JSON Lines file, Parquet, or a folder or file of documents (see the module
    docstring); any Hadoop file system URL works on a cluster. Returns the row count of each table
    written. Existing table folders under `output` are replaced.
    """
    from pyspark import StorageLevel

    options = options or Options()
    had_session = _active_session() is not None
    spark = session(master)
    try:
        results = read_sources(spark, input, partitions).mapPartitions(_analyse_partition(options))
        results.persist(StorageLevel.MEMORY_AND_DISK)
        # One pass runs the pipeline; the writes below read the cached rows.
        counts = {t: 0 for t in TABLES} | dict(results.map(lambda tr: tr[0]).countByValue())
        out = output.rstrip("/")
        for table in TABLES:
            table_rows = results.filter(partial(_in_table, table)).map(lambda tr: tr[1])
            df = spark.createDataFrame(table_rows, spark_schema(table))
            if table == "entities":
                df = df.dropDuplicates(["entity_id"])
                counts[table] = df.count()
            df.write.mode("overwrite").parquet(f"{out}/{table}")
        results.unpersist()
        return {t: int(counts[t]) for t in TABLES}
    finally:
        if not had_session:
            spark.stop()


def _in_table(table: str, row: TableRow) -> bool:
    return row[0] == table


def _active_session() -> SparkSession | None:
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        return None
    return SparkSession.getActiveSession()


# -- loading ---------------------------------------------------------------------------------------


def _read_table(folder: Path, table: str) -> list[dict[str, Any]]:
    import pyarrow.parquet as pq

    files = sorted((folder / table).glob("*.parquet"))
    if not files:
        return []
    names = [c for c, _ in schema.TABLES[table]]
    out: list[dict[str, Any]] = []
    for f in files:
        found = pq.read_table(f)
        missing = set(names) - set(found.column_names)
        if missing:
            raise SparkJobError(
                f"{f}: columns {sorted(missing)} missing; was it written by `newsgraph spark`?"
            )
        out += found.select(names).to_pylist()
    return out


def load_parquet(folder: Path | str, store: Store) -> dict[str, int]:
    """Import the Parquet tables written by `run_spark` into `store`, in one transaction.

    Documents go in by id order, in batches as `newsgraph ingest` writes them: content already
    stored is skipped, a document id seen again with new content is replaced, and each event is
    merged with the stored events it repeats, its merged row rebuilt.
    Returns counts: documents stored, replaced, skips recorded, and the rows of the stored documents.
    """
    folder = Path(folder)
    if not (folder / "documents").is_dir():
        raise SparkJobError(f"{folder}: no `documents` table; give the OUTPUT folder of `newsgraph spark`")
    by_doc: dict[str, dict[str, list[dict[str, Any]]]] = {}
    for table in PER_DOCUMENT:
        for r in _read_table(folder, table):
            by_doc.setdefault(r["doc_id"], {t: [] for t in PER_DOCUMENT})[table].append(r)
    entity_rows = {r["entity_id"]: r for r in _read_table(folder, "entities")}
    skips = [Skip(r["source"], r["reason"]) for r in _read_table(folder, "skips")]
    analyses = []
    for doc_id in sorted(by_doc):
        if not by_doc[doc_id]["documents"]:
            raise InputError(f"rows for document {doc_id!r} but no `documents` row", str(folder))
        a = analysis_from_rows(by_doc[doc_id], entity_rows)
        # The stored label is the only name a Parquet row keeps; it is what the store writes back.
        entities = tuple(
            dataclasses.replace(e, names={"en": (entity_rows[e.id]["label"],)})
            if e.id in entity_rows and entity_rows[e.id].get("label")
            else e
            for e in a.entities
        )
        analyses.append(dataclasses.replace(a, entities=entities))
    # Batches as `newsgraph ingest` writes them, so that events merge across documents alike: a
    # batch merges with the events of the batches before it; all in one transaction.
    result = store.write_batches(
        (analyses[start : start + LOAD_BATCH], skips if start == 0 else ())
        for start in range(0, max(1, len(analyses)), LOAD_BATCH)
    )
    kept = {*result.stored, *result.replaced}
    counts = {
        "documents": len(result.stored),
        "replaced": len(result.replaced),
        "skips": len(skips) + len(result.skipped),
    }
    for table in ("mentions", "times", "event_mentions"):
        counts[table] = sum(len(by_doc[d][table]) for d in kept)
    return counts
