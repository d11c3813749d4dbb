"""Batches on one machine: chunking, the worker pool, and where the pipeline calls GiNZA.

The model is replaced by a stub that records what it is asked, so these tests run without loading it.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from newsgraph import nlp
from newsgraph.batch.local import WorkerPool, analyse, chunked, run_safely
from newsgraph.model import Analysis, Document, Skip
from newsgraph.pipeline import Options, Pipeline

TEXTS = {
    "summit": "岸田首相は19日、米国のバイデン大統領と会談した。\n天気は晴れだった。\n",
    "weather": "関東地方は11日、梅雨入りした。\n向こう1週間は雨の日が多い見込みだ。\n",
    "visit": "ロシアのプーチン大統領が北朝鮮を訪問した。\n現地では山田太郎氏が取材した。\n",
}
DOCS = [Document(id=k, text=v, published="2024-06-19") for k, v in TEXTS.items()]
NAME = "山田太郎"


class StubModel:
    """Stands in for `nlp.read_docs`: records the sentences sent and tags 山田太郎 as a person (with
    no clauses)."""

    def __init__(self) -> None:
        self.calls: list[list[str]] = []

    def __call__(
        self, texts: Sequence[str], read: object = None, model: str = nlp.MODEL, **_: object
    ) -> list[list[object]]:
        self.calls.append(list(texts))
        return [
            [([(t.find(NAME), t.find(NAME) + len(NAME), "Person")] if NAME in t else [], [])] for t in texts
        ]


@pytest.fixture
def stub(monkeypatch: pytest.MonkeyPatch) -> StubModel:
    model = StubModel()
    monkeypatch.setattr(nlp, "read_docs", model)
    return model


def test_chunks_hold_a_few_documents_in_order() -> None:
    docs = [Document(id=str(i), text="あ" * 900) for i in range(7)]
    chunks = list(chunked(docs, max_chars=2_000, max_docs=32))
    assert [[d.id for d in c] for c in chunks] == [["0", "1", "2"], ["3", "4", "5"], ["6"]]
    assert [len(c) for c in chunked(docs, max_chars=10**6, max_docs=2)] == [2, 2, 2, 1]


def test_a_failing_document_becomes_a_skip(monkeypatch: pytest.MonkeyPatch) -> None:
    pipeline = Pipeline(Options(parse=False))

    def boom(document: Document) -> Analysis:
        raise RuntimeError("broken")

    monkeypatch.setattr(pipeline, "run", boom)
    result = run_safely(pipeline, Document(id="x", text="本文", source="x.txt"))
    assert isinstance(result, Skip)
    assert result.source == "x.txt" and "RuntimeError: broken" in result.reason


def test_only_sentences_with_a_trigger_and_a_known_name_reach_the_model(stub: StubModel) -> None:
    analysis = Pipeline().run(DOCS[0])
    (sent,) = stub.calls
    # The weather sentence has no trigger and no actor; the summit sentence has both.
    assert sent == ["岸田首相は19日、米国のバイデン大統領と会談した。"]
    assert {m.entity_id for m in analysis.mentions} >= {"wiki:Fumio_Kishida", "wiki:Joe_Biden"}


def test_model_entities_reach_the_linker_as_local_entities(stub: StubModel) -> None:
    analysis = Pipeline().run(DOCS[2])
    assert stub.calls == [["ロシアのプーチン大統領が北朝鮮を訪問した。"]]
    # 山田太郎 sits in a sentence without a trigger: the model never sees it.
    assert not any(m.entity_id.startswith("local:") for m in analysis.mentions)
    text = "ロシアのプーチン大統領は山田太郎氏と会談した。\n"
    found = Pipeline().run(Document(id="meet", text=text, published="2024-06-19"))
    local = [m for m in found.mentions if m.how == "ner"]
    assert [(m.surface, m.entity_id, m.type) for m in local] == [("山田太郎", "local:山田太郎", "PERSON")]
    assert text[local[0].span.start : local[0].span.end] == "山田太郎"


def test_parse_off_never_calls_the_model(stub: StubModel) -> None:
    Pipeline(Options(parse=False)).run(DOCS[0])
    assert stub.calls == []
    # ner off: the parse still serves the clauses, but no model entity reaches the linker
    text = "ロシアのプーチン大統領は山田太郎氏と会談した。\n"
    found = Pipeline(Options(ner=False)).run(Document(id="meet", text=text, published="2024-06-19"))
    assert not [m for m in found.mentions if m.how == "ner"]


def test_worker_pool_gives_what_one_process_gives() -> None:
    options = Options(parse=False)
    alone = list(analyse(DOCS * 2, options, jobs=1))
    with WorkerPool(options, jobs=2) as pool:
        pooled = list(pool.analyse(DOCS * 2))
        usage = pool.usage()
    assert len({u.pid for u in usage}) == 2 and all(u.peak_rss_mb > 0 for u in usage)
    assert [a.document.id for a in pooled if isinstance(a, Analysis)] == [d.id for d in DOCS * 2]
    assert [(a.mentions, a.times, a.events) for a in pooled if isinstance(a, Analysis)] == [
        (a.mentions, a.times, a.events) for a in alone if isinstance(a, Analysis)
    ]


@pytest.mark.slow
def test_entity_pipes_find_what_the_full_model_finds() -> None:
    sentences = [
        "ロシアのプーチン大統領が18日夜から北朝鮮を訪問する予定です。",
        "山田太郎氏は東京で記者会見した。",
    ]
    full = [[(e.start_char, e.end_char, e.label_) for e in doc.ents] for doc in nlp.parse(sentences)]
    assert nlp.entity_spans(sentences) == full
    assert nlp.load_pipes().pipe_names == list(nlp.ENTITY_PIPES)
