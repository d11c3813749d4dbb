"""Batches on one machine: the pipeline in this process or in a pool of worker processes.

Each worker builds its `Pipeline` once (the GiNZA model and the knowledge base load once per
process) and analyses the documents it is sent. A document whose analysis fails becomes a `Skip`
with the error, and the batch goes on. Results are written to the store in batches, each in one
transaction.
"""

from __future__ import annotations

import logging
import multiprocessing as mp
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from itertools import islice

from newsgraph.model import Analysis, Document, Skip
from newsgraph.pipeline import Options, Pipeline
from newsgraph.store import Store

log = logging.getLogger(__name__)

_worker: Pipeline | None = None


@dataclass
class IngestReport:
    """What an ingest did: ids stored or replaced, and every skip with its reason."""

    stored: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    skipped: list[Skip] = field(default_factory=list)
    events: int = 0


def _init_worker(options: Options) -> None:
    global _worker
    _worker = Pipeline(options)


def _run_one(document: Document) -> Analysis | Skip:
    assert _worker is not None, "worker not initialised"
    return _safe_run(_worker, document)


def _safe_run(pipeline: Pipeline, document: Document) -> Analysis | Skip:
    try:
        return pipeline.run(document)
    except Exception as exc:  # one bad document never stops a batch
        log.exception("analysis of %s failed", document.id)
        return Skip(document.source or document.id, f"analysis failed: {type(exc).__name__}: {exc}")


def analyse(
    documents: Iterable[Document], options: Options | None = None, jobs: int = 1
) -> Iterator[Analysis | Skip]:
    """Analyse documents, in order, with `jobs` worker processes (1: in this process)."""
    options = options or Options()
    if jobs <= 1:
        pipeline = Pipeline(options)
        for doc in documents:
            yield _safe_run(pipeline, doc)
        return
    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context("spawn")
    with ProcessPoolExecutor(jobs, mp_context=ctx, initializer=_init_worker, initargs=(options,)) as pool:
        yield from pool.map(_run_one, documents, chunksize=2)


def ingest(
    items: Iterable[Document | Skip],
    store: Store,
    options: Options | None = None,
    *,
    jobs: int = 1,
    batch_size: int = 50,
    progress: Callable[[int], None] | None = None,
) -> IngestReport:
    """Analyse and store documents; skips from reading are recorded with the rest.

    Writes one transaction per `batch_size` documents. `progress(n)` is called after each document.
    """
    report = IngestReport()
    pending_skips: list[Skip] = []

    def documents() -> Iterator[Document]:
        for item in items:
            if isinstance(item, Skip):
                pending_skips.append(item)
                if progress:
                    progress(1)
            else:
                yield item

    results = analyse(documents(), options, jobs)
    while True:
        chunk: Sequence[Analysis | Skip] = list(islice(results, batch_size))
        if not chunk and not pending_skips:
            break
        analyses = [r for r in chunk if isinstance(r, Analysis)]
        skips = [*pending_skips, *(r for r in chunk if isinstance(r, Skip))]
        pending_skips.clear()
        result = store.write(analyses, skips)
        report.stored += result.stored
        report.replaced += result.replaced
        report.skipped += [*skips, *result.skipped]
        report.events += sum(
            len(a.events) for a in analyses if a.document.id in {*result.stored, *result.replaced}
        )
        if progress:
            progress(len(chunk))
        if not chunk:
            break
    return report
