"""Batches on one machine: the pipeline in this process or in a pool of worker processes.

Each worker builds its `Pipeline` once and warms it up before it takes work (the GiNZA model, the
knowledge base and the linker load once per process), then analyses the chunks of documents it is
sent. Chunks are a few documents long (`CHUNK_CHARS`), so that a worker's share of the corpus stays
even up to the last chunk, and only a few are in flight at a time, so that a corpus is never read
into memory whole. A document whose analysis fails becomes a `Skip` with the error, and the batch
goes on. Results are written to the store in batches, each in one transaction.

A worker watches the process that started it and exits when that process is gone: after a
`kill -9` of `newsgraph ingest` nothing else would stop it (its parent is the forkserver, and its
task queue stays open because every worker holds both ends).
"""

from __future__ import annotations

import logging
import multiprocessing as mp
import os
import resource
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from itertools import islice
from multiprocessing.synchronize import Barrier
from pathlib import Path
from types import TracebackType

from newsgraph.model import Analysis, Document, Skip
from newsgraph.pipeline import Options, Pipeline
from newsgraph.store import Store

log = logging.getLogger(__name__)

CHUNK_CHARS = 2_000  # characters per task: a second or two of work, small against a worker's share
CHUNK_DOCS = 32
READY_TIMEOUT = 900.0  # seconds a worker may take to load its models
PARENT_CHECK = 0.5  # seconds between a worker's looks at the process that started it

# A document that goes through every stage, model included, so that loading happens before work.
WARM_UP = Document(
    id="warm-up",
    text="ロシアのプーチン大統領は北朝鮮を訪問し、金正恩総書記と会談した。\n",
    published="2024-06-19",
)

_worker: Pipeline | None = None
_barrier: Barrier | None = None


@dataclass
class IngestReport:
    """What an ingest did: ids stored or replaced, and every skip with its reason."""

    stored: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    skipped: list[Skip] = field(default_factory=list)
    events: int = 0


def run_safely(pipeline: Pipeline, document: Document) -> Analysis | Skip:
    """`pipeline.run(document)`, or a `Skip` naming the error when the analysis fails."""
    try:
        return pipeline.run(document)
    except Exception as exc:  # one bad document never stops a batch
        log.exception("analysis of %s failed", document.id)
        return Skip(document.source or document.id, f"analysis failed: {type(exc).__name__}: {exc}")


def warm_up(pipeline: Pipeline) -> Pipeline:
    """Load every resource of `pipeline` now (models, knowledge base) by analysing a short document."""
    pipeline.run(WARM_UP)
    return pipeline


def alive(pid: int) -> bool:
    """Whether process `pid` still runs (a zombie, killed but not yet reaped, does not)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return True  # no /proc: the signal test is all there is
    return state not in ("Z", "X")


def _exit_with(parent: int) -> None:
    while alive(parent):
        time.sleep(PARENT_CHECK)
    log.warning("the ingest process %d is gone; worker %d exits", parent, os.getpid())
    os._exit(1)


def _init_worker(options: Options, barrier: Barrier | None, parent: int | None = None) -> None:
    global _worker, _barrier
    if parent is not None:  # watch from the start: loading the models takes a while
        threading.Thread(target=_exit_with, args=(parent,), name="parent-watch", daemon=True).start()
    _worker = warm_up(Pipeline(options))
    _barrier = barrier


@dataclass(frozen=True)
class WorkerUsage:
    """What one worker process has used so far: peak resident memory (MB) and CPU time (seconds)."""

    pid: int
    peak_rss_mb: float
    cpu_seconds: float


def _ready() -> WorkerUsage:
    # Every worker holds one of these tasks at the same time, so each answers once (after warm-up).
    if _barrier is not None:
        _barrier.wait(READY_TIMEOUT)
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return WorkerUsage(os.getpid(), usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime)


def _run_chunk(documents: list[Document]) -> list[Analysis | Skip]:
    assert _worker is not None, "worker not initialised"
    return [run_safely(_worker, d) for d in documents]


def chunked(
    documents: Iterable[Document], max_chars: int = CHUNK_CHARS, max_docs: int = CHUNK_DOCS
) -> Iterator[list[Document]]:
    """Consecutive lists of documents of at most `max_docs` documents and about `max_chars` characters."""
    chunk: list[Document] = []
    size = 0
    for doc in documents:
        chunk.append(doc)
        size += len(doc.text)
        if size >= max_chars or len(chunk) >= max_docs:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


class WorkerPool:
    """Worker processes, each with its own warmed-up `Pipeline`; use as a context manager.

    `start()` returns once every worker has loaded its models (so timings can leave loading out);
    `analyse(documents)` yields results in input order.
    """

    def __init__(self, options: Options | None = None, jobs: int = 2) -> None:
        self.options = options or Options()
        self.jobs = max(1, jobs)
        self._pool: ProcessPoolExecutor | None = None

    def start(self) -> WorkerPool:
        """Start the workers and wait until each has warmed up."""
        if self._pool is not None:
            return self
        methods = mp.get_all_start_methods()
        ctx = mp.get_context("forkserver" if "forkserver" in methods else "spawn")
        barrier = ctx.Barrier(self.jobs)
        self._pool = ProcessPoolExecutor(
            self.jobs, mp_context=ctx, initializer=_init_worker, initargs=(self.options, barrier, os.getpid())
        )
        log.info("workers ready: %s", self.usage())
        return self

    def usage(self) -> list[WorkerUsage]:
        """The peak memory and CPU time of each worker so far, by process id."""
        pool = self.start()._pool
        assert pool is not None
        futures = [pool.submit(_ready) for _ in range(self.jobs)]
        return sorted((f.result() for f in futures), key=lambda u: u.pid)

    def analyse(self, documents: Iterable[Document]) -> Iterator[Analysis | Skip]:
        """Analyse documents in the workers; results come back in input order."""
        pool = self.start()._pool
        assert pool is not None
        pending: deque[Future[list[Analysis | Skip]]] = deque()
        chunks = chunked(documents)
        for chunk in chunks:
            pending.append(pool.submit(_run_chunk, chunk))
            if len(pending) >= 2 * self.jobs:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()

    def close(self) -> None:
        """Stop the workers."""
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None

    def __enter__(self) -> WorkerPool:
        return self.start()

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def analyse(
    documents: Iterable[Document], options: Options | None = None, jobs: int = 1
) -> Iterator[Analysis | Skip]:
    """Analyse documents, in order, with `jobs` worker processes (1: in this process)."""
    options = options or Options()
    if jobs <= 1:
        pipeline = Pipeline(options)
        for doc in documents:
            yield run_safely(pipeline, doc)
        return
    with WorkerPool(options, jobs) as pool:
        yield from pool.analyse(documents)


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
