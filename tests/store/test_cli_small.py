"""Small promises of the commands, run as real processes on real files: `%` and `_` in `--actor` are
characters, not wildcards; `process` fails when no document could be analysed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.process import run


@pytest.mark.parametrize(
    ("actor", "types"),
    [("%", []), ("%%", []), ("North%Korea", []), ("_", ["AID"]), ("h_K", ["AID"]), ("a_J", [])],
)
def test_like_wildcards_match_only_themselves(small_db: Path, actor: str, types: list[str]) -> None:
    # only wiki:North_Korea holds an underscore; China → Japan holds none
    found = run("events", "--db", str(small_db), "--actor", actor, "--json")
    assert found.returncode == 0, found.stderr
    assert [e["type"] for e in json.loads(found.stdout)] == types


@pytest.mark.parametrize(("actor", "type_"), [("North_Korea", "AID"), ("north", "AID"), ("China", "ACCUSE")])
def test_names_and_ids_still_match(small_db: Path, actor: str, type_: str) -> None:
    found = run("events", "--db", str(small_db), "--actor", actor, "--json")
    assert [e["type"] for e in json.loads(found.stdout)] == [type_]


def test_process_fails_when_every_analysis_fails(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("北朝鮮はロシアに弾薬を供与した。\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("中国は日本を非難した。\n", encoding="utf-8")
    # a knowledge-base entry without a valid id: the pipeline cannot load, so every analysis fails
    (tmp_path / "bad.yaml").write_text("entities: [{id: 3}]\n", encoding="utf-8")
    done = run(
        "process", "--kb", str(tmp_path / "bad.yaml"), str(tmp_path / "a.txt"), str(tmp_path / "b.txt")
    )
    assert done.returncode != 0
    assert done.stdout == ""
