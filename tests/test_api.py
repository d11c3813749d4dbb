"""The one-line API: `newsgraph.analyze` and `analyze_many`, and the README's doctest of them."""

from __future__ import annotations

import doctest
import re

import pytest

import newsgraph
from newsgraph.errors import InputError
from tests.conftest import ROOT

pytestmark = pytest.mark.slow


def test_analyze_gives_a_record_with_the_document_date() -> None:
    record = newsgraph.analyze("北朝鮮は先月、弾道ミサイルを発射した。", published="2024-06-18")
    assert record["published"] == "2024-06-18"
    assert record["language"] == "ja"
    assert any(t["value"] == "2024-05" for t in record["times"])


def test_analyze_many_keeps_order_and_ids_and_reuses_one_pipeline() -> None:
    items = [{"id": "one", "text": "ロシアがウクライナを攻撃した。"}, "日米首脳が会談した。"]
    records = list(newsgraph.analyze_many(items, published="2024-01-01"))
    assert records[0]["doc_id"] == "one"
    assert len(records) == 2 and records[1]["doc_id"] != "one"
    assert newsgraph.api._pipeline.cache_info().currsize == 1


def test_analyze_refuses_an_empty_text() -> None:
    with pytest.raises(InputError):
        newsgraph.analyze("   ")


def test_the_readme_python_example_runs() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"## Python API.*?```python\n(.*?)```", readme, re.S)
    assert block, "README.md has no Python API example"
    test = doctest.DocTestParser().get_doctest(block.group(1), {}, "README", "README.md", 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    runner.run(test)
    assert runner.summarize(verbose=False).failed == 0
