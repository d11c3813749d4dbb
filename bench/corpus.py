"""The benchmarks' corpus: documents at hand, repeated to a given size, optionally mixed with ordinary news.

    from corpus import build_corpus
    docs, stats = build_corpus(200)               # the examples and the seed, cycled
    docs, stats = build_corpus(200, mixed=True)   # plus sports, weather and business news

The seed-like documents are `examples/` (when present) and `../shared/seeds/*.txt` (when present;
`NEWSGRAPH_SHARED` points elsewhere). The ordinary news under `bench/data/mixed/` was written for
the benchmark: few geopolitical actors. A mixed corpus takes, document by document, from whichever
pool brings the share of sentences without a knowledge-base mention closer to one half.

Copies of a document get their own id and content hash (`<id>-<n>`), so that a store keeps each.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from newsgraph.ingest import content_hash, read_inputs
from newsgraph.model import Document
from newsgraph.pipeline import Options, Pipeline
from newsgraph.segment import segment

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSGRAPH_SHARED", REPO.parent / "shared"))
MIXED_DIR = Path(__file__).resolve().parent / "data" / "mixed"


@dataclass(frozen=True)
class CorpusStats:
    """Size of a corpus and how many of its sentences name a knowledge-base entity."""

    documents: int
    chars: int
    sentences: int
    with_actor: int

    @property
    def without_actor_share(self) -> float:
        return 1 - self.with_actor / self.sentences if self.sentences else 0.0

    def line(self) -> str:
        """One printable line."""
        return (
            f"corpus: {self.documents} docs, {self.chars} chars, {self.sentences} sentences, "
            f"{self.without_actor_share:.0%} without an actor"
        )


def _documents(inputs: Sequence[Path]) -> list[Document]:
    found = [str(p) for p in inputs if p.exists()]
    return [d for d in read_inputs(found) if isinstance(d, Document)] if found else []


def seed_like_documents() -> list[Document]:
    """The examples and the seed, as read by the ingest stage."""
    return _documents([REPO / "examples", *sorted((SHARED / "seeds").glob("*.txt"))])


def ordinary_documents() -> list[Document]:
    """The benchmark's own sports, weather and business news."""
    return _documents([MIXED_DIR])


def _sentence_counts(docs: Sequence[Document]) -> list[tuple[int, int]]:
    """(sentences, sentences with a knowledge-base mention) per document, without the model."""
    pipeline = Pipeline(Options(parse=False))
    out = []
    for doc in docs:
        seg = segment(doc)
        spans = [m.span for m in pipeline.run(doc).mentions]
        with_actor = sum(1 for s in seg.sentences if any(s.span.contains(m) for m in spans))
        out.append((len(seg.sentences), with_actor))
    return out


def _copy(doc: Document, n: int) -> Document:
    return dataclasses.replace(doc, id=f"{doc.id}-{n:04d}", content_hash=content_hash(f"{n}\n{doc.text}"))


def build_corpus(size: int, *, mixed: bool = False) -> tuple[list[Document], CorpusStats]:
    """`size` documents (copies of the documents at hand) and their statistics."""
    pools = [seed_like_documents()]
    if not pools[0]:
        raise SystemExit("no documents: add examples/ or ../shared/seeds/*.txt")
    if mixed:
        pools.append(ordinary_documents())
        if not pools[1]:
            raise SystemExit(f"no ordinary news under {MIXED_DIR}")
    counts = [_sentence_counts(p) for p in pools]
    docs: list[Document] = []
    sentences = with_actor = 0
    nxt = [0] * len(pools)
    for n in range(size):
        # The seed-like pool while half or more of the sentences so far lack an actor, else ordinary news.
        k = 0 if not mixed or with_actor * 2 <= sentences else 1
        i = nxt[k] % len(pools[k])
        nxt[k] += 1
        docs.append(_copy(pools[k][i], n))
        sentences += counts[k][i][0]
        with_actor += counts[k][i][1]
    stats = CorpusStats(len(docs), sum(len(d.text) for d in docs), sentences, with_actor)
    return docs, stats
