"""The Spark job's pieces that need no Spark: input items read by the ingest stage, and table rows."""

from __future__ import annotations

import json

from newsgraph.batch.spark import TABLES, analysis_rows, read_source, spark_schema
from newsgraph.model import Document, Skip
from newsgraph.pipeline import Options, Pipeline
from newsgraph.store import schema
from newsgraph.store.convert import arrow_schema

TEXT = "岸田首相は19日、米国のバイデン大統領と会談した。\n"


def test_remote_files_are_read_by_the_ingest_readers() -> None:
    (doc,) = read_source(("bytes", "s3://news/2024/a_summit.txt", TEXT.encode("cp932")))
    assert isinstance(doc, Document)
    assert (doc.id, doc.text, doc.source) == ("a_summit", TEXT, "s3://news/2024/a_summit.txt")
    html = f"<html><head><title>首脳会談</title></head><body><article><p>{TEXT}</p></article></body></html>"
    (page,) = read_source(("bytes", "hdfs://nn/pages/b.html", html.encode()))
    assert isinstance(page, Document) and page.id == "b" and "バイデン" in page.text
    (binary,) = read_source(("bytes", "s3://news/c.txt", b"\x00\x01\x02binary"))
    assert isinstance(binary, Skip) and "binary" in binary.reason


def test_json_lines_keep_their_line_numbers() -> None:
    good = json.dumps({"id": "d1", "text": TEXT, "published": "2024-06-19"}, ensure_ascii=False)
    data = "\ufeff".encode() + f"{good}\n\n{{broken\n".encode()
    items = list(read_source(("bytes", "s3://news/corpus.jsonl", data)))
    assert isinstance(items[0], Document) and items[0].published == "2024-06-19"
    assert isinstance(items[1], Skip) and items[1].source == "s3://news/corpus.jsonl:3"
    (line,) = read_source(("line", "corpus.jsonl:7", good))
    assert isinstance(line, Document) and line.source == "corpus.jsonl:7"
    (record,) = read_source(("record", "corpus.parquet", {"id": 5, "text": TEXT, "url": None}))
    assert isinstance(record, Document) and record.id == "5"


def test_rows_follow_the_store_schema() -> None:
    analysis = Pipeline(Options(parse=False)).run(Document(id="a", text=TEXT, published="2024-06-19"))
    rows = list(analysis_rows(analysis))
    assert {t for t, _ in rows} <= set(TABLES)
    for table, row in rows:
        assert len(row) == len(schema.TABLES[table])
    events = [r for t, r in rows if t == "events"]
    assert len(events) == 1 and events[0][-2:] == (1, "a")  # n_documents, first_doc
    assert list(analysis_rows(Skip("x.txt", "empty document"))) == [("skips", ("x.txt", "empty document"))]


def test_spark_schemas_match_the_arrow_schemas() -> None:
    for table in TABLES:
        spark = spark_schema(table)
        assert spark.names == arrow_schema(table).names
    assert spark_schema("posts")["urls"].dataType.simpleString() == "array<string>"
    assert spark_schema("mentions")["start_char"].dataType.simpleString() == "int"
