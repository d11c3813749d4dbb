"""Read-only snapshots of the database file, so the web server keeps answering while it is written.

DuckDB lets one process write a file, and a read-only open fails while a writer holds it (the
writer's open fails too while a reader holds it). So the server never opens the database itself: it
copies the file (and its `.wal`) to a private folder and serves from the copy.

    source file ──(mtime changed and quiet for `settle` seconds)──► copy ──► check ──► swap
                     └─ changed during the copy, or the copy does not open ──► keep the last snapshot

A copy is kept only when the file's size, mtime and inode (and the WAL's) are the same before and
after copying it, so the copy is the file as it stood at one moment: what a crashed writer would
have left, which DuckDB recovers to the last committed transaction. Taking the copy takes no lock,
so `newsgraph ingest` is never refused because the server is reading. While the file keeps changing
the server keeps the last good snapshot and reports it as stale, with the time its data was written.

Requests lease the current snapshot; a replaced snapshot is closed and deleted when its last lease
ends.
"""

from __future__ import annotations

import itertools
import logging
import shutil
import tempfile
import threading
import time
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import duckdb

from newsgraph.errors import StoreError
from newsgraph.store import Store, schema

log = logging.getLogger(__name__)

# (size, mtime_ns, inode) of the database file and of its write-ahead log; None where absent
FileStamp = tuple[int, int, int] | None
Signature = tuple[FileStamp, FileStamp]


class SnapshotUnavailable(StoreError):
    """No snapshot could be taken yet (the file is missing, or being written since the start)."""


def wal_path(db: Path) -> Path:
    """The write-ahead log DuckDB keeps beside `db`."""
    return db.with_name(db.name + ".wal")


def _stamp(path: Path) -> FileStamp:
    try:
        st = path.stat()
    except FileNotFoundError:
        return None
    return (st.st_size, st.st_mtime_ns, st.st_ino)


def signature(db: Path) -> Signature:
    """What identifies one state of the database file and its WAL."""
    return (_stamp(db), _stamp(wal_path(db)))


def written_at(sig: Signature) -> float | None:
    """The last modification time (epoch seconds) recorded in a signature."""
    times = [s[1] for s in sig if s is not None]
    return max(times) / 1e9 if times else None


class SnapshotStore(Store):
    """A `Store` over one open snapshot: each unit of work gets its own cursor on one connection."""

    def __init__(self, path: Path, con: duckdb.DuckDBPyConnection) -> None:
        # the file is opened here once, read-only; Store.__init__ would open and migrate it
        self.path = path
        self.read_only = True
        self._con = con
        self._lock = threading.Lock()

    @contextmanager
    def connect(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A cursor on the snapshot, usable from the calling thread, closed afterwards."""
        with self._lock:
            cur = self._con.cursor()
        try:
            yield cur
        finally:
            cur.close()


@dataclass
class Snapshot:
    """One copy of the database, open read-only."""

    path: Path
    signature: Signature
    store: SnapshotStore
    leases: int = 0
    retired: bool = False

    @property
    def written_at(self) -> float | None:
        """When the data in this snapshot was written (epoch seconds)."""
        return written_at(self.signature)

    def discard(self) -> None:
        try:
            self.store._con.close()
        finally:
            for p in (self.path, wal_path(self.path)):
                p.unlink(missing_ok=True)


@dataclass(frozen=True)
class Freshness:
    """How current the served data is: `stale` when the file has changed since the snapshot."""

    stale: bool
    as_of: datetime | None

    @property
    def note(self) -> str | None:
        """The line shown on pages while the snapshot is stale."""
        if not self.stale:
            return None
        if self.as_of is None:
            return "The database is being updated."
        today = datetime.now().date()
        when = self.as_of.strftime("%H:%M" if self.as_of.date() == today else "%Y-%m-%d %H:%M")
        return f"The database is being updated; showing data as of {when}."


class Snapshots:
    """Keeps a current read-only copy of `source` and hands it to requests.

    `check_interval`: at most one look at the file's mtime per this many seconds.
    `settle`: a file modified less than this many seconds ago is still being written; wait.
    `folder`: where copies go (a new temporary folder by default, removed on `close`).
    """

    def __init__(
        self,
        source: Path,
        *,
        folder: Path | None = None,
        check_interval: float = 0.5,
        settle: float = 0.3,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.source = Path(source)
        self.check_interval = check_interval
        self.settle = settle
        self._clock = clock
        self._own_folder = folder is None
        self.folder = Path(tempfile.mkdtemp(prefix="newsgraph-web-")) if folder is None else Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self._current: Snapshot | None = None
        self._seen: Signature | None = None
        self._checked = float("-inf")
        self._counter = itertools.count(1)
        self._state = threading.Lock()  # guards _current, leases and retirement
        self._taking = threading.Lock()  # one copy at a time
        self._finalizer = weakref.finalize(self, _cleanup, self.folder if self._own_folder else None)

    # -- public ------------------------------------------------------------------------------------

    def check(self, *, force: bool = False) -> None:
        """Look at the file and take a new snapshot if it changed and has settled."""
        now = self._clock()
        if not force and self._current is not None and now - self._checked < self.check_interval:
            return
        self._checked = now
        sig = signature(self.source)
        self._seen = sig
        current = self._current
        if current is not None and sig == current.signature:
            return
        if sig[0] is None:
            return  # the file is gone: keep serving what we have
        wrote = written_at(sig)
        if current is not None and wrote is not None and now - wrote < self.settle:
            return  # still being written; the first snapshot does not wait (a torn copy is dropped)
        # a request that finds a snapshot does not wait for a copy in progress; the first one does
        if not self._taking.acquire(blocking=current is None):
            return
        try:
            if self._current is None or self._current.signature != sig:
                self._take(sig)
        finally:
            self._taking.release()

    def freshness(self) -> Freshness:
        """Whether the served snapshot lags behind the file, and when its data was written."""
        current = self._current
        if current is None:
            return Freshness(stale=True, as_of=None)
        wrote = current.written_at
        as_of = datetime.fromtimestamp(wrote) if wrote is not None else None
        stale = self._seen is not None and self._seen != current.signature and self._seen[0] is not None
        return Freshness(stale=stale, as_of=as_of)

    @contextmanager
    def lease(self) -> Iterator[Store]:
        """The current snapshot's store, kept open until the `with` block ends.

        Raises `SnapshotUnavailable` when no snapshot could be taken yet.
        """
        self.check()
        with self._state:
            snap = self._current
            if snap is None:
                raise SnapshotUnavailable(self._unavailable_reason())
            snap.leases += 1
        try:
            yield snap.store
        finally:
            with self._state:
                snap.leases -= 1
                done = snap.retired and snap.leases == 0
            if done:
                snap.discard()

    def close(self) -> None:
        """Close the current snapshot and remove the copies."""
        with self._state:
            snap, self._current = self._current, None
        if snap is not None:
            snap.discard()
        self._finalizer()

    # -- internals ---------------------------------------------------------------------------------

    def _unavailable_reason(self) -> str:
        if not self.source.exists():
            return f"{self.source}: no such database; run `newsgraph ingest` first"
        return (
            f"{self.source} is being written and no snapshot of it could be taken yet; retry in a few seconds"
        )

    def _take(self, sig: Signature) -> bool:
        dest = self.folder / f"snapshot-{next(self._counter)}.duckdb"
        try:
            shutil.copyfile(self.source, dest)
            if sig[1] is not None:
                shutil.copyfile(wal_path(self.source), wal_path(dest))
            if signature(self.source) != sig:
                raise _Changed()
            # replay the copied WAL into the copy, check that it is a newsgraph database, and bring
            # the copy's schema up to date (a file written by an older version lacks date intervals)
            with duckdb.connect(str(dest)) as con:
                con.execute("CHECKPOINT")
                con.execute("SELECT count(*) FROM documents").fetchone()
                con.execute("BEGIN")
                schema.migrate(con)
                con.execute("COMMIT")
                con.execute("CHECKPOINT")
            ro = duckdb.connect(str(dest), read_only=True)
        except (_Changed, FileNotFoundError):
            log.debug("%s changed while it was copied; keeping the last snapshot", self.source)
            _remove(dest)
            return False
        except (duckdb.Error, OSError) as exc:
            log.warning("snapshot of %s failed (%s); keeping the last snapshot", self.source, exc)
            _remove(dest)
            return False
        snap = Snapshot(dest, sig, SnapshotStore(dest, ro))
        with self._state:
            old, self._current = self._current, snap
            done = False
            if old is not None:
                old.retired = True
                done = old.leases == 0
        if done and old is not None:
            old.discard()
        log.info("serving a snapshot of %s written at %s", self.source, snap.written_at)
        return True


class _Changed(Exception):
    pass


def _remove(dest: Path) -> None:
    for p in (dest, wal_path(dest)):
        p.unlink(missing_ok=True)


def _cleanup(folder: Path | None) -> None:
    if folder is not None:
        shutil.rmtree(folder, ignore_errors=True)
