"""The command line keeps its exit-code contract (0 success, 1 nothing found, 2 bad usage or unreadable
input), dates undated documents from --published or the file name, and a folder ingest reads only
articles, keeping the copy with more metadata when two inputs carry the same text.

Usage errors go through typer's runner; what creates files or loads the model runs as a real process.
"""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.ingest import IngestOptions, read_inputs
from newsgraph.model import Document, Skip
from newsgraph.store import Store
from tests.process import run
from tests.store.test_store import A, analysis

runner = CliRunner()


@pytest.mark.parametrize(
    "args",
    [
        ["--type", "BOGUS"],
        ["--status", "bogus"],
        ["--since", "yesterday"],
        ["--until", "2024-13"],
    ],
)
def test_events_refuses_bad_filters(small_db: Path, args: list[str]) -> None:
    done = runner.invoke(app, ["events", "--db", str(small_db), *args])
    assert done.exit_code == 2, done.output


def test_events_accepts_types_and_statuses_in_any_case(small_db: Path) -> None:
    done = runner.invoke(
        app, ["events", "--db", str(small_db), "--type", "aid", "--status", "ASSERTED", "--json"]
    )
    assert done.exit_code == 0, done.output
    assert [e["type"] for e in json.loads(done.stdout)] == ["AID"]


def test_events_that_match_nothing_exit_1(small_db: Path) -> None:
    assert runner.invoke(app, ["events", "--db", str(small_db), "--type", "ASSAULT"]).exit_code == 1


def test_timex_refuses_a_reference_that_is_no_date() -> None:
    done = runner.invoke(app, ["timex", "--reference", "foo", "去年9月"])
    assert done.exit_code == 2
    assert "not a date" in done.output


def test_timex_jsonl_reads_lines_in_the_language_given(tmp_path: Path) -> None:
    lines = tmp_path / "t.jsonl"
    lines.write_text(json.dumps({"sentence": "They met last Tuesday.", "reference": "2024-03-15"}) + "\n")
    en = runner.invoke(app, ["timex", "--jsonl", str(lines), "--language", "en"])
    ja = runner.invoke(app, ["timex", "--jsonl", str(lines), "--language", "ja"])
    assert en.exit_code == ja.exit_code == 0
    assert [t["value"] for t in json.loads(en.stdout)["times"]] == ["2024-03-12"]
    assert json.loads(ja.stdout)["times"] == []


def test_timex_reads_a_text_in_the_language_it_is_written_in(tmp_path: Path) -> None:
    en = runner.invoke(app, ["timex", "--reference", "2024-03-15", "They met last Tuesday."])
    ja = runner.invoke(app, ["timex", "--reference", "2024-03-15", "両氏は3日後に会談した。"])
    assert en.exit_code == ja.exit_code == 0
    assert en.stdout.split("\t")[:2] == ["last Tuesday", "2024-03-12"]
    assert ja.stdout.split("\t")[:2] == ["3日後", "2024-03-18"]
    lines = tmp_path / "t.jsonl"
    rows = [
        {"sentence": "They met last Tuesday.", "reference": "2024-03-15"},
        {"sentence": "先月会談した。", "reference": "2024-03-15"},
    ]
    lines.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    done = runner.invoke(app, ["timex", "--jsonl", str(lines)])
    assert done.exit_code == 0
    values = [[t["value"] for t in json.loads(line)["times"]] for line in done.stdout.splitlines()]
    assert values == [["2024-03-12"], ["2024-02"]]


def test_timex_refuses_a_language_it_does_not_read() -> None:
    done = runner.invoke(app, ["timex", "--language", "fr", "hier"])
    assert done.exit_code == 2
    assert "ja or en" in done.output


def test_kb_validate_reports_an_impossible_date_without_a_traceback(tmp_path: Path) -> None:
    kb = tmp_path / "k.yaml"
    kb.write_text(
        "entities:\n  - id: wiki:Foo_Bar\n    type: PERSON\n    names: {en: [Foo Bar]}\n"
        "    roles: [{title: prime_minister, country: JPN, start: 2024-13-01}]\n",
        encoding="utf-8",
    )
    done = run("kb", "validate", str(kb))
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert "impossible date" in done.stderr


def test_ingest_of_nothing_readable_exits_2_and_creates_no_database(tmp_path: Path) -> None:
    (tmp_path / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64))
    target = tmp_path / "out.duckdb"
    done = run("ingest", "--db", str(target), str(tmp_path / "missing.txt"), str(tmp_path / "photo.png"))
    assert done.returncode == 2
    assert "missing.txt" in done.stderr and "photo.png" in done.stderr
    assert not target.exists()


def test_process_of_a_missing_file_exits_2(tmp_path: Path) -> None:
    done = run("process", str(tmp_path / "missing.txt"))
    assert done.returncode == 2
    assert done.stdout == ""


def test_published_must_be_a_date(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("本文。", encoding="utf-8")
    for command in ("ingest", "process"):
        done = runner.invoke(app, [command, "--published", "2024-13-01", str(tmp_path / "a.txt")])
        assert done.exit_code == 2, done.output


def test_published_dates_an_undated_file_and_resolves_its_relative_times(tmp_path: Path) -> None:
    text = "岸田首相は先月、ワシントンでバイデン大統領と会談した。\n"
    (tmp_path / "undated.txt").write_text(text, encoding="utf-8")
    (tmp_path / "2023-11-20_named.txt").write_text("別の記事。" + text, encoding="utf-8")
    done = run("process", "--published", "2024-04-11", str(tmp_path))
    assert done.returncode == 0, done.stderr
    recs = {r["doc_id"]: r for r in map(json.loads, done.stdout.splitlines())}
    assert recs["undated"]["published"] == "2024-04-11"
    assert [t["value"] for t in recs["undated"]["times"]] == ["2024-03"]
    # a date written in the file name is the file's own: --published does not override it
    assert recs["2023-11-20_named"]["published"] == "2023-11-20"
    assert [t["value"] for t in recs["2023-11-20_named"]["times"]] == ["2023-10"]


def test_a_file_name_dates_a_document_its_text_does_not(tmp_path: Path) -> None:
    (tmp_path / "2024-03-15_summit.txt").write_text("会談した。", encoding="utf-8")
    (tmp_path / "2024-02-30_bad.txt").write_text("協議した。", encoding="utf-8")
    (tmp_path / "20240315.txt").write_text("発射した。", encoding="utf-8")
    docs = {d.id: d for d in read_inputs([str(tmp_path)]) if isinstance(d, Document)}
    assert (docs["2024-03-15_summit"].published, docs["2024-03-15_summit"].published_how) == (
        "2024-03-15",
        "file-name",
    )
    assert docs["2024-02-30_bad"].published is None
    assert docs["20240315"].published is None


def _folder(root: Path) -> Path:
    (root / "sub").mkdir(parents=True)
    for name in ("001_a.txt", "sub/002_b.md", "README.md", "LICENSE", "001_a.gold.json", ".draft.txt"):
        (root / name).write_text(f"{name}: 北朝鮮が弾道ミサイルを発射した。\n", encoding="utf-8")
    (root / "out.records.jsonl").write_text(json.dumps({"id": "r", "text": "記録。"}) + "\n")
    return root


def test_a_folder_ingest_reads_only_articles_by_default(tmp_path: Path) -> None:
    items = list(read_inputs([str(_folder(tmp_path / "news"))]))
    assert sorted(i.id for i in items if isinstance(i, Document)) == ["001_a", "002_b"]
    skipped = sorted(Path(i.source).name for i in items if isinstance(i, Skip))
    assert skipped == ["001_a.gold.json", "LICENSE", "README.md", "out.records.jsonl"]
    assert all("not an article" in i.reason for i in items if isinstance(i, Skip))


def test_include_and_exclude_globs(tmp_path: Path) -> None:
    root = str(_folder(tmp_path / "news"))

    def ids(**globs: tuple[str, ...]) -> list[str]:
        return sorted(i.id for i in read_inputs([root], IngestOptions(**globs)) if isinstance(i, Document))

    assert ids(exclude=("sub/*",)) == ["001_a"]
    assert ids(include=("*.md",)) == ["002_b", "README"]
    assert ids(include=("*.txt",), exclude=("001_*",)) == []
    done = runner.invoke(app, ["ingest", "--help"])
    assert "--include" in done.output and "--exclude" in done.output


def test_the_copy_with_more_metadata_is_kept_and_each_skip_names_the_other(tmp_path: Path) -> None:
    text = "中国は日本を強く非難した。"
    bare = analysis("plain", text)
    bare = dataclasses.replace(
        bare, document=dataclasses.replace(bare.document, published=None, published_how="unknown")
    )
    rich = analysis("dated", text, published="2023-01-05")
    rich = dataclasses.replace(rich, document=dataclasses.replace(rich.document, title="抗議"))
    store = Store(tmp_path / "t.duckdb")
    result = store.write([bare, rich])  # in one batch
    assert result.stored == ["dated"]
    assert [(s.source, s.reason) for s in result.skipped] == [
        ("plain.txt", "duplicate content of dated, which carries more metadata")
    ]
    again = Store(tmp_path / "t.duckdb").write([bare])  # in a later batch
    assert [(s.source, s.reason) for s in again.skipped] == [("plain.txt", "duplicate content of dated")]
    assert [a.document.id for a in store.analyses()] == ["dated"]


def test_a_url_slug_date_is_not_a_file_name_date(tmp_path: Path) -> None:
    (tmp_path / "2024-06-18-news.txt").write_text("会談した。", encoding="utf-8")
    (tmp_path / "2024-06-18.txt").write_text("協議した。", encoding="utf-8")
    docs = {d.id: d.published for d in read_inputs([str(tmp_path)]) if isinstance(d, Document)}
    assert docs == {"2024-06-18-news": None, "2024-06-18": "2024-06-18"}


def test_show_says_what_a_missing_date_costs(tmp_path: Path) -> None:
    undated = analysis("undated", "中国は日本を強く非難した。")
    undated = dataclasses.replace(
        undated, document=dataclasses.replace(undated.document, published=None, published_how="unknown")
    )
    path = tmp_path / "t.duckdb"
    Store(path).write([undated, A])
    done = run("show", "undated", "--db", str(path))
    assert done.returncode == 0, done.stderr
    assert "no publication date" in done.stderr and "--published" in done.stderr
    assert "no publication date" not in run("show", "a", "--db", str(path)).stderr


def test_actor_takes_a_name_in_any_language_the_knowledge_base_knows(tmp_path: Path) -> None:
    path = tmp_path / "t.duckdb"
    Store(path).write([analysis("k", "岸田首相は中国を強く非難した。"), A])
    labels = Store(path, read_only=True).query(
        "SELECT label FROM entities WHERE entity_id = 'wiki:Fumio_Kishida'"
    )
    assert "岸田文雄" not in str(labels[1])  # found through the knowledge base's names, not the label
    for name in ("岸田文雄", "Fumio Kishida", "kishida", "wiki:Fumio_Kishida"):
        done = runner.invoke(app, ["events", "--db", str(path), "--actor", name, "--json"])
        assert done.exit_code == 0, (name, done.output)
        assert [e["source_ids"] for e in json.loads(done.stdout)] == [["wiki:Fumio_Kishida"]], name
    assert runner.invoke(app, ["events", "--db", str(path), "--actor", "Zelensky"]).exit_code == 1


def test_documents_lists_what_is_stored_with_filters(tmp_path: Path) -> None:
    undated = analysis("undated", "中国は日本を強く非難した。")
    undated = dataclasses.replace(
        undated, document=dataclasses.replace(undated.document, published=None, published_how="unknown")
    )
    kishida = analysis("k", "岸田首相は米国を訪問した。", published="2024-04-10")
    path = tmp_path / "t.duckdb"
    Store(path).write([A, kishida, undated])

    def ids(*args: str) -> list[str]:
        done = runner.invoke(app, ["documents", "--db", str(path), *args, "--json"])
        assert done.exit_code == 0, done.output
        return [d["doc_id"] for d in json.loads(done.stdout)]

    assert ids() == ["a", "k", "undated"]  # newest first, undated last
    assert ids("--since", "2024-05") == ["a"]
    assert ids("--until", "2024-04") == ["k"]
    assert ids("--undated") == ["undated"]
    assert ids("--actor", "岸田文雄") == ["k"]
    assert ids("--title", "undat") == ["undated"]
    assert ids("--language", "en") == []
    text = runner.invoke(app, ["documents", "--db", str(path)])
    assert "no date" in text.stdout and "2024-06-18" in text.stdout
    assert runner.invoke(app, ["documents", "--db", str(path), "--language", "en"]).exit_code == 1
    assert runner.invoke(app, ["documents", "--db", str(path), "--since", "2024-13"]).exit_code == 2


def test_show_and_the_document_page_print_names_and_places_not_ids(tmp_path: Path) -> None:
    import warnings

    with warnings.catch_warnings():  # Starlette asks for httpx2 and warns when it finds httpx
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient

    from newsgraph.web import create_app

    path = tmp_path / "t.duckdb"
    Store(path).write([analysis("p", "岸田首相は平壌で金正恩総書記と会談した。\n\n両者は協議を続けた。")])
    done = run("show", "p", "--db", str(path))
    assert done.returncode == 0, done.stderr
    line = next(x for x in done.stdout.splitlines() if "CONSULT" in x)
    assert "wiki:" not in line
    assert "at Pyongyang" in line
    with TestClient(create_app(path, snapshot_dir=tmp_path / "snap")) as client:
        html = client.get("/documents/p").text
    assert "at <a href=" in html and ">Pyongyang</a>" in html
    assert ">wiki:Pyongyang<" not in html
    # the paragraph break survives into the page's text, which keeps white space
    assert "会談した。\n\n両者" in re.sub(r"<[^>]+>", "", html)


def test_the_search_box_finds_actors_by_any_name(tmp_path: Path) -> None:
    import warnings

    with warnings.catch_warnings():  # Starlette asks for httpx2 and warns when it finds httpx
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient

    from newsgraph.web import create_app

    path = tmp_path / "t.duckdb"
    Store(path).write([analysis("k", "岸田首相は中国を強く非難した。"), A])
    with TestClient(create_app(path, snapshot_dir=tmp_path / "snap")) as client:
        for q in ("岸田文雄", "Kishida"):
            hits = client.get("/api/search", params={"q": q}).json()
            assert [a["id"] for a in hits["actors"]] == ["wiki:Fumio_Kishida"], q
            assert "/actors/wiki:Fumio_Kishida" in client.get("/search", params={"q": q}).text
        assert client.get("/api/search", params={"q": "Zelensky"}).json()["actors"] == []


def test_events_print_places_by_name(tmp_path: Path) -> None:
    path = tmp_path / "t.duckdb"
    Store(path).write([analysis("p", "岸田首相は平壌で金正恩総書記と会談した。")])
    done = run("events", "--db", str(path))
    assert done.returncode == 0, done.stderr
    assert "at Pyongyang" in done.stdout and "wiki:" not in done.stdout
