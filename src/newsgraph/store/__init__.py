"""The store: one DuckDB file (`newsgraph.duckdb` by default) that analysts can open with any tool.

Tables (see `schema.TABLES`): documents, posts, entities, mentions, times, events (merged across
documents), event_mentions (one row per event and document, GDELT-style), skips, schema_version.

Writes go through Arrow in bulk, one transaction per batch: a killed ingest leaves the file as it
was before that batch. The same content is stored once (by content hash); a document id seen again
with new content replaces the old version.

DuckDB allows one writing process per file, or many reading ones, and an open that meets the other
kind fails at once ("Could not set lock on file"). `Store` connects for each batch and lets go in
between, and an open that meets another process's lock waits for it (polling, up to `lock_wait`
seconds, with one warning), so that `newsgraph events` run during an ingest waits a moment instead of
breaking it, and a second ingest writes its batches between the first one's.
"""

from __future__ import annotations

import dataclasses
import logging
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb

from newsgraph.errors import StoreError
from newsgraph.model import Analysis, Event, Skip
from newsgraph.resolve import merge, same_event_across
from newsgraph.store import schema
from newsgraph.store.convert import (
    analysis_from_rows,
    event_from_row,
    event_row,
    rows,
    to_arrow,
)
from newsgraph.timex.interval import interval

DEFAULT_DB = Path("newsgraph.duckdb")
LOCK_WAIT = 120.0  # seconds an open waits for another process's lock: longer than any one batch

log = logging.getLogger(__name__)

__all__ = ["DEFAULT_DB", "BatchResult", "Store"]


def richness(published: str | None, published_how: str | None, title: str | None, url: str | None) -> int:
    """How much metadata a document carries: a date given with it (not inferred from its posts), a
    title, a URL; of two inputs with the same text the store keeps the richer."""
    given = bool(published) and published_how not in ("unknown", "newest-post")
    return int(given) + int(bool(title)) + int(bool(url))


@dataclass
class BatchResult:
    """What one `Store.write` did."""

    stored: list[str] = dataclasses.field(default_factory=list)
    replaced: list[str] = dataclasses.field(default_factory=list)
    skipped: list[Skip] = dataclasses.field(default_factory=list)


class Store:
    """A newsgraph database file. `read_only` opens it for queries only."""

    def __init__(
        self, path: Path | str = DEFAULT_DB, *, read_only: bool = False, lock_wait: float = LOCK_WAIT
    ) -> None:
        self.path = Path(path)
        self.read_only = read_only
        self.lock_wait = lock_wait
        if read_only and not self.path.exists():
            raise StoreError(f"{self.path}: no such database; run `newsgraph ingest` first")
        if not read_only:
            with self.connect() as con:
                con.execute("BEGIN")
                schema.migrate(con)
                con.execute("COMMIT")
        elif self._schema_behind():
            # a file written by an older version: opening it for writing once migrates it
            Store(self.path)

    def _schema_behind(self) -> bool:
        with self.connect() as con:
            found = con.execute(
                "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version'"
            ).fetchone()
            if not found or not found[0]:
                return False
            row = con.execute("SELECT max(version) FROM schema_version").fetchone()
        return bool(row and row[0] is not None and int(row[0]) < len(schema.MIGRATIONS))

    @contextmanager
    def connect(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A connection for one unit of work, closed afterwards.

        Waits up to `lock_wait` seconds while another process holds the file; raises `StoreError`
        after that, or at once when the file cannot be opened for another reason.
        """
        con = self._open()
        try:
            yield con
        finally:
            con.close()

    def _open(self) -> duckdb.DuckDBPyConnection:
        deadline: float | None = None
        delay = 0.02
        while True:
            try:
                return duckdb.connect(str(self.path), read_only=self.read_only)
            except duckdb.IOException as exc:
                if "lock" not in str(exc).lower():
                    raise StoreError(f"{self.path}: cannot open the database ({exc})") from exc
                now = time.monotonic()
                if deadline is None:
                    deadline = now + self.lock_wait
                    log.warning(
                        "%s is in use by another newsgraph process; waiting up to %.0f s for it",
                        self.path,
                        self.lock_wait,
                    )
                if now >= deadline:
                    raise StoreError(
                        f"{self.path}: another process kept the database locked for {self.lock_wait:.0f} s "
                        f"({exc}); try again when it has finished"
                    ) from exc
                # short polls: a writer lets go between batches, a reader after one query
                time.sleep(min(delay, max(0.0, deadline - now)))
                delay = min(delay * 2, 0.2)

    # -- writing ---------------------------------------------------------------------------------------

    def write(self, analyses: Sequence[Analysis], skips: Sequence[Skip] = ()) -> BatchResult:
        """Store a batch in one transaction; duplicates by content hash are recorded as skips."""
        return self.write_batches([(analyses, skips)])

    def write_batches(self, batches: Iterable[tuple[Sequence[Analysis], Sequence[Skip]]]) -> BatchResult:
        """Store several batches in one transaction, each as `write` stores it (its events merged
        with those of the batches before it): all of them, or none when anything fails."""
        result = BatchResult()
        with self.connect() as con:
            con.execute("BEGIN")
            try:
                for analyses, skips in batches:
                    part = BatchResult()  # the skips a batch records are its own
                    self._write(con, analyses, skips, part)
                    result.stored += part.stored
                    result.replaced += part.replaced
                    result.skipped += part.skipped
                con.execute("COMMIT")
            except Exception:
                con.execute("ROLLBACK")
                raise
        return result

    def _write(
        self,
        con: duckdb.DuckDBPyConnection,
        analyses: Sequence[Analysis],
        skips: Sequence[Skip],
        result: BatchResult,
    ) -> None:
        batch: dict[str, list[dict[str, Any]]] = {t: [] for t in schema.TABLES}
        seen_hashes: dict[str, tuple[str, str, int]] = {}  # content hash → id, source, richness
        batch_ids: set[str] = set()
        touched_events: set[str] = set()
        entity_rows: dict[str, dict[str, Any]] = {}
        for a in analyses:
            doc = a.document
            row = con.execute(
                "SELECT doc_id, source, published, published_how, title, url FROM documents"
                " WHERE content_hash = ?",
                [doc.content_hash],
            ).fetchone()
            prior = seen_hashes.get(doc.content_hash) or (
                (row[0], row[1] or row[0], richness(*row[2:])) if row else None
            )
            mine = richness(doc.published, doc.published_how, doc.title, doc.url)
            if prior is not None:
                old_id, old_source, old_rich = prior
                if mine <= old_rich:  # the same text again: the copy with more metadata stays
                    result.skipped.append(Skip(doc.source or doc.id, f"duplicate content of {old_id}"))
                    continue
                if old_id != doc.id:  # this copy carries more (a date, a title): it takes the other's place
                    touched_events |= self._delete_document(con, old_id)
                    for table, rs in batch.items():
                        batch[table] = [r for r in rs if r.get("doc_id") != old_id]
                    if old_id in result.stored:
                        result.stored.remove(old_id)
                    batch_ids.discard(old_id)
                    result.skipped.append(
                        Skip(old_source, f"duplicate content of {doc.id}, which carries more metadata")
                    )
            seen_hashes[doc.content_hash] = (doc.id, doc.source or doc.id, mine)
            if doc.id in batch_ids:
                # one id twice in a batch (a JSON Lines file): the later replaces the earlier, whose
                # rows are still waiting in `batch` (its event mentions are in the table already)
                touched_events |= self._delete_document(con, doc.id)
                for table, rs in batch.items():
                    batch[table] = [r for r in rs if r.get("doc_id") != doc.id]
                result.replaced.append(doc.id)
            elif con.execute("SELECT 1 FROM documents WHERE doc_id = ?", [doc.id]).fetchone():
                touched_events |= self._delete_document(con, doc.id)
                result.replaced.append(doc.id)
            else:
                result.stored.append(doc.id)
            batch_ids.add(doc.id)
            a, renamed = self._assign_global_events(con, a)
            touched_events |= renamed | {e.event_id for e in a.events if e.event_id}
            for table, rs in rows(a).items():
                if table == "entities":
                    for r in rs:
                        entity_rows.setdefault(r["entity_id"], r)
                elif table == "event_mentions" and rs:
                    # in the table now, so that the next document meets it exactly as it would
                    # in a later batch: merges do not depend on where batches end
                    self._insert(con, table, rs)
                else:
                    batch[table].extend(rs)
        batch["skips"] = [{"source": s.source, "reason": s.reason} for s in (*skips, *result.skipped)]
        if entity_rows:
            con.execute(
                "DELETE FROM entities WHERE entity_id IN (SELECT unnest(?::VARCHAR[]))", [list(entity_rows)]
            )
            batch["entities"] = list(entity_rows.values())
        for table, rs in batch.items():
            if rs and table != "events":
                self._insert(con, table, rs)
        self._refresh_events(con, touched_events)
        schema.fill_intervals(con)

    @staticmethod
    def _insert(con: duckdb.DuckDBPyConnection, table: str, rs: list[dict[str, Any]]) -> None:
        arrow = to_arrow(table, rs)  # noqa: F841 - read by name in the SQL below
        cols = ", ".join(c for c, _ in schema.TABLES[table])
        con.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM arrow")

    def _delete_document(self, con: duckdb.DuckDBPyConnection, doc_id: str) -> set[str]:
        ids = {
            r[0]
            for r in con.execute("SELECT event_id FROM event_mentions WHERE doc_id = ?", [doc_id]).fetchall()
        }
        for table in ("documents", "posts", "mentions", "times", "event_mentions"):
            con.execute(f"DELETE FROM {table} WHERE doc_id = ?", [doc_id])
        return ids

    def _assign_global_events(self, con: duckdb.DuckDBPyConnection, a: Analysis) -> tuple[Analysis, set[str]]:
        """Join each of the document's events to the stored events it repeats (`same_event_across`).

        An event is a connected group: a document's event joins every stored event one of whose
        documents reports the same happening (those it bridges become one, under the smallest of
        their ids). So the groups are the same whatever the order of documents and the batch size,
        and so are the ids for one order (a stored event keeps its id when a document joins it).
        Returns the analysis with global ids, and the stored ids that were renamed.
        """
        mapping: dict[str, str] = {}
        renamed: set[str] = set()
        cols = [c for c, _ in schema.TABLES["event_mentions"]]
        for lid, mentions in _by_event(a.events).items():
            ev = merge(mentions)
            days = interval(ev.date)
            if not lid or days is None:
                continue  # an undated event never joins another document's
            fetched = con.execute(
                f"SELECT {', '.join(cols)} FROM event_mentions WHERE type = ? AND doc_id <> ? "
                "AND date IS NOT NULL AND substr(date, 1, 4) <= ? "
                "AND substr(split_part(date, '/', -1), 1, 4) >= ? ORDER BY event_id, doc_id, start_char, "
                "trigger_start, end_char, mode, source_ids, target_ids, date",
                [ev.type, a.document.id, f"{days[1].year:04d}", f"{days[0].year:04d}"],
            ).fetchall()
            groups: dict[tuple[str, str], list[Event]] = {}
            for row in fetched:
                r = dict(zip(cols, row, strict=True))
                groups.setdefault((r["event_id"], r["doc_id"]), []).append(event_from_row(r))
            matched = {eid for (eid, _), g in groups.items() if same_event_across(merge(g), ev)}
            if not matched:
                continue
            target = min(matched)
            merged_away = matched - {target}
            if merged_away:
                con.execute(
                    "UPDATE event_mentions SET event_id = ? WHERE event_id IN (SELECT unnest(?::VARCHAR[]))",
                    [target, sorted(merged_away)],
                )
                renamed |= merged_away
                mapping = {k: target if v in merged_away else v for k, v in mapping.items()}
            mapping[lid] = target
        if not mapping:
            return a, renamed
        events = tuple(
            dataclasses.replace(e, event_id=mapping.get(e.event_id or "", e.event_id)) for e in a.events
        )
        return dataclasses.replace(a, events=events), renamed

    def _refresh_events(self, con: duckdb.DuckDBPyConnection, event_ids: Iterable[str]) -> None:
        """Rebuild the merged `events` rows of the given ids from their mentions."""
        ids = sorted(set(event_ids))
        if not ids:
            return
        con.execute("DELETE FROM events WHERE event_id IN (SELECT unnest(?::VARCHAR[]))", [ids])
        cols = [c for c, _ in schema.TABLES["event_mentions"]]
        fetched = con.execute(
            f"SELECT {', '.join(cols)} FROM event_mentions WHERE event_id IN (SELECT unnest(?::VARCHAR[])) "
            # a full order (several events share a sentence), so that the merged row never
            # depends on the order rows were written in
            "ORDER BY event_id, doc_id, start_char, trigger_start, end_char, type, mode, source_ids, "
            "target_ids, date, status, evidence",
            [ids],
        ).fetchall()
        groups: dict[str, list[dict[str, Any]]] = {}
        for row in fetched:
            r = dict(zip(cols, row, strict=True))
            groups.setdefault(r["event_id"], []).append(r)
        out = []
        for eid, rs in groups.items():
            merged = dataclasses.replace(merge([event_from_row(r) for r in rs]), event_id=eid)
            docs = sorted({r["doc_id"] for r in rs})
            out.append(event_row(merged, len(docs), docs[0]))
        if out:
            arrow = to_arrow("events", out)  # noqa: F841
            names = ", ".join(c for c, _ in schema.TABLES["events"])
            con.execute(f"INSERT INTO events ({names}) SELECT {names} FROM arrow")

    # -- reading ---------------------------------------------------------------------------------------

    def doc_ids(self) -> list[str]:
        with self.connect() as con:
            return [r[0] for r in con.execute("SELECT doc_id FROM documents ORDER BY doc_id").fetchall()]

    def analyses(self, doc_ids: Sequence[str] | None = None) -> Iterator[Analysis]:
        """The stored analyses, rebuilt from the tables, in doc_id order."""
        with self.connect() as con:
            ids = (
                doc_ids
                if doc_ids is not None
                else [r[0] for r in con.execute("SELECT doc_id FROM documents ORDER BY doc_id").fetchall()]
            )
            ent_cols = [c for c, _ in schema.TABLES["entities"]]
            entities = {
                r[0]: dict(zip(ent_cols, r, strict=True))
                for r in con.execute(f"SELECT {', '.join(ent_cols)} FROM entities").fetchall()
            }
            for doc_id in ids:
                tables: dict[str, list[dict[str, Any]]] = {}
                for table in ("documents", "posts", "mentions", "times", "event_mentions"):
                    cols = [c for c, _ in schema.TABLES[table]]
                    fetched = con.execute(
                        f"SELECT {', '.join(cols)} FROM {table} WHERE doc_id = ?", [doc_id]
                    ).fetchall()
                    tables[table] = [dict(zip(cols, r, strict=True)) for r in fetched]
                if tables["documents"]:
                    yield analysis_from_rows(tables, entities)

    def query(self, sql: str, params: Sequence[Any] = ()) -> tuple[list[str], list[tuple[Any, ...]]]:
        """Run a read query; returns (column names, rows)."""
        with self.connect() as con:
            cur = con.execute(sql, list(params))
            names = [d[0] for d in cur.description or []]
            return names, cur.fetchall()

    def counts(self) -> dict[str, int]:
        """Row counts of every table."""
        with self.connect() as con:
            return {
                t: int(con.execute(f"SELECT count(*) FROM {t}").fetchone()[0])  # type: ignore[index]
                for t in schema.TABLES
            }


def _by_event(events: Iterable[Event]) -> dict[str, list[Event]]:
    groups: dict[str, list[Event]] = {}
    for e in events:
        groups.setdefault(e.event_id or "", []).append(e)
    return groups
