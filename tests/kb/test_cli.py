from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from newsgraph.kb.cli import kb_app

runner = CliRunner()


def test_search_json() -> None:
    result = runner.invoke(kb_app, ["search", "プーチン", "--json"])
    assert result.exit_code == 0
    assert json.loads(result.output)[0]["id"] == "wiki:Vladimir_Putin"


def test_list_filters() -> None:
    result = runner.invoke(kb_app, ["list", "--type", "COUNTRY", "--country", "PRK"])
    assert result.exit_code == 0
    assert result.output.split("\t")[0] == "wiki:North_Korea"


def test_validate_builtin_and_broken(tmp_path: Path) -> None:
    assert runner.invoke(kb_app, ["validate"]).exit_code == 0
    broken = tmp_path / "user.yaml"
    broken.write_text("entities:\n  - {id: wiki:X, type: BAD, names: {ja: [某]}}\n", encoding="utf-8")
    result = runner.invoke(kb_app, ["validate", str(broken)])
    assert result.exit_code == 1
    assert f"{broken}:wiki:X: type must be one of" in result.output
