"""A wire report's dateline in the document: origin (the place's entity), agency and the dateline's day
reach the record, the store (also one written before the columns existed) and `newsgraph show`; the
agency does not become the attribution of the report's events."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.export.records import to_record
from newsgraph.model import Analysis, Document
from newsgraph.pipeline import Options, Pipeline
from newsgraph.store import Store
from newsgraph.store.schema import MIGRATIONS, TABLES

DATELINE_COLUMNS = ("origin", "agency", "dateline_date")


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(Options(parse=False))  # the knowledge base and the linker, no parser


@pytest.mark.parametrize(
    ("text", "language", "given", "expected"),
    [
        (
            "北朝鮮がミサイル発射\n【北京共同】北朝鮮は15日、弾道ミサイルを発射した。",
            "ja",
            "2024-06-16",
            ("wiki:Beijing", "wiki:Kyodo_News", None),
        ),
        (
            "【ニューヨーク時事】国連安全保障理事会は15日、北朝鮮を非難した。",
            "ja",
            "2024-06-16",
            ("wiki:New_York_City", "wiki:Jiji_Press", None),
        ),
        (
            "WASHINGTON (Reuters) - The United States condemned North Korea on Monday.",
            "en",
            "2024-02-09",
            ("wiki:Washington,_D.C.", "wiki:Reuters", None),
        ),
        (
            "LONDON, Feb. 8 (Yonhap) -- South Korea's envoy met British officials.",
            "en",
            "2024-02-09",
            ("wiki:London", "wiki:Yonhap_News_Agency", "2024-02-08"),
        ),
        (
            "(AFP) - Israel struck Gaza on Tuesday.",
            "en",
            "2024-02-09",
            (None, "wiki:Agence_France-Presse", None),
        ),
        # a correspondent's dateline: a place, no agency
        (
            "【ワシントン=山田太郎】米政府は15日、声明を出した。",
            "ja",
            "2024-06-16",
            ("wiki:Washington,_D.C.", None, None),
        ),
        # no dateline: nothing
        ("北朝鮮は15日、弾道ミサイルを発射した。", "ja", "2024-06-16", (None, None, None)),
    ],
)
def test_the_dateline_reaches_the_document(
    pipeline: Pipeline, text: str, language: str, given: str, expected: tuple[str | None, ...]
) -> None:
    doc = Document(id="d", text=text, language=language, published=given, published_how="metadata")
    analysis = pipeline.run(doc)
    assert tuple(getattr(analysis.document, c) for c in DATELINE_COLUMNS) == expected
    record = to_record(analysis)
    assert tuple(record[c] for c in DATELINE_COLUMNS) == expected
    assert record["published"] == given  # the dateline's day never replaces a given date


def test_a_yearless_dateline_without_a_given_date_dates_nothing(pipeline: Pipeline) -> None:
    doc = Document(
        id="d", text="LONDON, Feb. 8 (Yonhap) -- South Korea's envoy met officials.", language="en"
    )
    analysis = pipeline.run(doc)
    assert (analysis.document.published, analysis.document.dateline_date) == (None, None)
    assert analysis.document.agency == "wiki:Yonhap_News_Agency"


@pytest.mark.parametrize(
    ("text", "language", "given", "published", "times"),
    [
        # the dateline is the document's only date: relative times count from its day
        (
            "LONDON, Feb. 8, 2024 (Yonhap) -- South Korea's envoy met British officials yesterday."
            " The talks had been set two days earlier.",
            "en",
            None,
            "2024-02-08",
            {"Feb. 8, 2024": ("2024-02-08", None), "yesterday": ("2024-02-07", "published")},
        ),
        # a Japanese dateline gives a day without a year: it dates a document given only its month
        (
            "［ワシントン　８日　ロイター］ - 米政府は７日、北朝鮮を非難する声明を出した。昨日には会談した。",
            "ja",
            "2024-02",
            "2024-02-08",
            {
                "８日": ("2024-02-08", "published"),
                "７日": ("2024-02-07", "published"),
                "昨日": ("2024-02-07", "published"),
            },
        ),
        (
            "【11月26日 AFP】フランス当局は25日、容疑者4人を新たに拘束したと発表した。",
            "ja",
            "2025",
            "2025-11-26",
            {"11月26日": ("2025-11-26", "published"), "25日": ("2025-11-25", "published")},
        ),
    ],
)
def test_the_dateline_dates_an_undated_document(
    pipeline: Pipeline,
    text: str,
    language: str,
    given: str | None,
    published: str,
    times: dict[str, tuple[str, str | None]],
) -> None:
    doc = Document(
        id="d",
        text=text,
        language=language,
        published=given,
        published_how="file-name" if given else "unknown",
    )
    analysis = pipeline.run(doc)
    assert (analysis.document.published, analysis.document.published_how) == (published, "dateline")
    assert analysis.document.dateline_date == published
    assert (analysis.segmentation.blocks[0].reference, analysis.segmentation.blocks[0].anchor) == (
        published,
        "published",
    )
    found = {t.text: (t.value, t.anchor) for t in analysis.times}
    assert {k: found.get(k) for k in times} == times
    assert to_record(analysis)["published_how"] == "dateline"


def test_the_agency_is_not_the_attribution_of_the_events(pipeline: Pipeline) -> None:
    text = "【ソウル共同】北朝鮮は15日、日本海に向けて弾道ミサイルを発射した。"
    analysis = pipeline.run(Document(id="d", text=text, published="2024-06-16", published_how="metadata"))
    assert analysis.events
    assert all("wiki:Kyodo_News" not in e.attribution for e in analysis.events)


def _wire(pipeline: Pipeline) -> Analysis:
    text = "【ソウル共同】北朝鮮は15日、弾道ミサイルを発射した。"
    return pipeline.run(Document(id="wire", text=text, published="2024-06-16", published_how="metadata"))


def test_the_store_keeps_the_dateline_and_show_prints_it(pipeline: Pipeline, tmp_path: Path) -> None:
    store = Store(tmp_path / "t.duckdb")
    store.write([_wire(pipeline)])
    (back,) = store.analyses(["wire"])
    assert (back.document.origin, back.document.agency) == ("wiki:Seoul", "wiki:Kyodo_News")
    shown = CliRunner().invoke(app, ["show", "wire", "--db", str(store.path)])
    assert shown.exit_code == 0, shown.output
    line = next(x for x in shown.stdout.splitlines() if x.startswith("dateline:"))
    assert "wiki:Seoul" in line and "wiki:Kyodo_News" in line


def test_a_database_written_before_the_dateline_columns_opens(pipeline: Pipeline, tmp_path: Path) -> None:
    db = tmp_path / "old.duckdb"
    old = len(MIGRATIONS) - 1  # the version before the dateline columns
    with duckdb.connect(str(db)) as con:  # a database as the version before wrote it
        con.execute("CREATE TABLE schema_version (version INTEGER, applied_at TIMESTAMP)")
        con.execute("BEGIN")
        tables = dict(TABLES)
        TABLES["documents"] = [c for c in TABLES["documents"] if c[0] not in DATELINE_COLUMNS]
        try:
            for n, fn in enumerate(MIGRATIONS[:old], start=1):
                fn(con)
                con.execute("INSERT INTO schema_version VALUES (?, current_timestamp)", [n])
        finally:
            TABLES.update(tables)
        con.execute("COMMIT")
        con.execute(
            "INSERT INTO documents (doc_id, text, published) VALUES ('old', '古い記事', '2024-01-01')"
        )
        columns = {r[0] for r in con.execute("DESCRIBE documents").fetchall()}
        assert not columns & set(DATELINE_COLUMNS)
    store = Store(db)  # opening for writing migrates
    store.write([_wire(pipeline)])
    by_id = {a.document.id: a.document for a in store.analyses()}
    assert (by_id["old"].text, by_id["old"].origin, by_id["old"].agency) == ("古い記事", None, None)
    assert tuple(getattr(by_id["wire"], c) for c in DATELINE_COLUMNS) == (
        "wiki:Seoul",
        "wiki:Kyodo_News",
        None,
    )
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT max(version) FROM schema_version").fetchone() == (len(MIGRATIONS),)
