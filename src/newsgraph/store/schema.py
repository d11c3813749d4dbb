"""The database schema, as versioned migrations registered in order.

Each migration is a function that takes a DuckDB connection and brings the schema from version N-1
to N. `migrate` applies the missing ones inside the caller's transaction and records each version in
`schema_version`. The same tables are written as Parquet by the Spark engine (`TABLES` gives the
column order both use).
"""

from __future__ import annotations

from collections.abc import Callable

import duckdb

Migration = Callable[[duckdb.DuckDBPyConnection], None]
MIGRATIONS: list[Migration] = []


def migration(fn: Migration) -> Migration:
    """Register `fn` as the next schema version."""
    MIGRATIONS.append(fn)
    return fn


# Column order of each table, shared by the DuckDB store, Arrow batches and Spark's Parquet output.
TABLES: dict[str, list[tuple[str, str]]] = {
    "documents": [
        ("doc_id", "VARCHAR"),
        ("content_hash", "VARCHAR"),
        ("source", "VARCHAR"),
        ("url", "VARCHAR"),
        ("title", "VARCHAR"),
        ("published", "VARCHAR"),
        ("published_how", "VARCHAR"),
        ("language", "VARCHAR"),
        ("text", "VARCHAR"),
        ("text_how", "VARCHAR"),
        ("origin", "VARCHAR"),
        ("agency", "VARCHAR"),
        ("dateline_date", "VARCHAR"),
    ],
    "posts": [
        ("doc_id", "VARCHAR"),
        ("idx", "INTEGER"),
        ("platform", "VARCHAR"),
        ("author", "VARCHAR"),
        ("handle", "VARCHAR"),
        ("posted", "VARCHAR"),
        ("first_line", "VARCHAR"),
        ("urls", "VARCHAR[]"),
        ("hashtags", "VARCHAR[]"),
        ("status_url", "VARCHAR"),
        ("language", "VARCHAR"),
        ("start_char", "INTEGER"),
        ("end_char", "INTEGER"),
    ],
    "entities": [
        ("entity_id", "VARCHAR"),
        ("type", "VARCHAR"),
        ("country", "VARCHAR"),
        ("sector", "VARCHAR"),
        ("label", "VARCHAR"),
    ],
    "mentions": [
        ("doc_id", "VARCHAR"),
        ("start_char", "INTEGER"),
        ("end_char", "INTEGER"),
        ("surface", "VARCHAR"),
        ("entity_id", "VARCHAR"),
        ("type", "VARCHAR"),
        ("confidence", "DOUBLE"),
        ("how", "VARCHAR"),
    ],
    "times": [
        ("doc_id", "VARCHAR"),
        ("start_char", "INTEGER"),
        ("end_char", "INTEGER"),
        ("text", "VARCHAR"),
        ("value", "VARCHAR"),
        ("kind", "VARCHAR"),
        ("part", "VARCHAR"),
        ("mod", "VARCHAR"),
        ("anchor", "VARCHAR"),
    ],
    "event_mentions": [
        ("event_id", "VARCHAR"),
        ("doc_id", "VARCHAR"),
        ("start_char", "INTEGER"),
        ("end_char", "INTEGER"),
        ("trigger", "VARCHAR"),
        ("trigger_start", "INTEGER"),
        ("trigger_end", "INTEGER"),
        ("type", "VARCHAR"),
        ("mode", "VARCHAR"),
        ("source_ids", "VARCHAR[]"),
        ("source_countries", "VARCHAR[]"),
        ("source_sectors", "VARCHAR[]"),
        ("target_ids", "VARCHAR[]"),
        ("target_countries", "VARCHAR[]"),
        ("target_sectors", "VARCHAR[]"),
        ("date", "VARCHAR"),
        ("location", "VARCHAR"),
        ("status", "VARCHAR"),
        ("attribution", "VARCHAR[]"),
        ("evidence", "VARCHAR"),
        ("confidence", "DOUBLE"),
    ],
    "events": [
        ("event_id", "VARCHAR"),
        ("type", "VARCHAR"),
        ("mode", "VARCHAR"),
        ("quad_class", "VARCHAR"),
        ("source_ids", "VARCHAR[]"),
        ("source_countries", "VARCHAR[]"),
        ("target_ids", "VARCHAR[]"),
        ("target_countries", "VARCHAR[]"),
        ("date", "VARCHAR"),
        ("location", "VARCHAR"),
        ("status", "VARCHAR"),
        ("attribution", "VARCHAR[]"),
        ("evidence", "VARCHAR"),
        ("confidence", "DOUBLE"),
        ("n_mentions", "INTEGER"),
        ("n_documents", "INTEGER"),
        ("first_doc", "VARCHAR"),
    ],
    "skips": [
        ("source", "VARCHAR"),
        ("reason", "VARCHAR"),
    ],
}


def columns(table: str) -> tuple[str, ...]:
    """The column names of a table, in the order of `TABLES`."""
    return tuple(c for c, _ in TABLES[table])


# Keys are kept unique by the store's code; `documents.doc_id` also by a unique index (since
# version 3); DuckDB accepts a delete and re-insert of one id inside a transaction.
KEYS = {"documents": "doc_id", "entities": "entity_id", "events": "event_id"}


def _create(con: duckdb.DuckDBPyConnection, name: str) -> None:
    cols = ", ".join(f"{c} {t}" for c, t in TABLES[name])
    con.execute(f"CREATE TABLE {name} ({cols})")


@migration
def _v1_tables(con: duckdb.DuckDBPyConnection) -> None:
    for name in TABLES:
        _create(con, name)
    con.execute("ALTER TABLE documents ADD COLUMN ingested_at TIMESTAMP DEFAULT current_timestamp")
    con.execute("ALTER TABLE skips ADD COLUMN skipped_at TIMESTAMP DEFAULT current_timestamp")
    con.execute("CREATE INDEX documents_hash ON documents (content_hash)")
    con.execute("CREATE INDEX documents_id ON documents (doc_id)")
    con.execute("CREATE INDEX mentions_doc ON mentions (doc_id)")
    con.execute("CREATE INDEX event_mentions_event ON event_mentions (event_id)")
    con.execute("CREATE INDEX event_mentions_doc ON event_mentions (doc_id)")


# ISO values stored with the days they cover (`timex.interval`), so that filters and sorting compare
# days: `2024-W10` is inside `2024-03`, not after it as a string. Filled by `fill_intervals`.
INTERVALS: dict[str, str] = {
    "documents": "published",
    "times": "value",
    "event_mentions": "date",
    "events": "date",
}


def fill_intervals(con: duckdb.DuckDBPyConnection) -> None:
    """Write `start_day` and `end_day` for every ISO value that lacks them (see `INTERVALS`)."""
    from newsgraph.timex.interval import interval

    for table, col in INTERVALS.items():
        values = con.execute(
            f"SELECT DISTINCT {col} FROM {table} WHERE {col} IS NOT NULL AND start_day IS NULL"
        ).fetchall()
        days = [(v, *iv) for (v,) in values if (iv := interval(v))]
        if days:
            con.executemany(
                f"UPDATE {table} SET start_day = ?, end_day = ? WHERE {col} = ? AND start_day IS NULL",
                [(first, last, v) for v, first, last in days],
            )


@migration
def _v2_intervals(con: duckdb.DuckDBPyConnection) -> None:
    for table in INTERVALS:
        con.execute(f"ALTER TABLE {table} ADD COLUMN start_day DATE")
        con.execute(f"ALTER TABLE {table} ADD COLUMN end_day DATE")
    fill_intervals(con)


@migration
def _v3_one_document_per_id(con: duckdb.DuckDBPyConnection) -> None:
    """One document per id, enforced by a unique index; `documents.text_how`.

    Older versions could store two documents under one id (twice in one JSON Lines batch). The
    last ingested stays; the analysis rows of such an id mix both texts and cannot be told apart,
    so they go too, and a `skips` row asks for the document to be ingested again. The table is
    rebuilt rather than deleted from: inside a transaction DuckDB's new index still sees deleted rows.
    """
    doubled = [
        r[0]
        for r in con.execute("SELECT doc_id FROM documents GROUP BY doc_id HAVING count(*) > 1").fetchall()
    ]
    con.execute("DROP INDEX IF EXISTS documents_hash")
    con.execute("DROP INDEX IF EXISTS documents_id")
    con.execute("ALTER TABLE documents RENAME TO documents_v1")
    con.execute(
        "CREATE TABLE documents AS SELECT * FROM documents_v1 "
        "QUALIFY row_number() OVER (PARTITION BY doc_id ORDER BY ingested_at DESC, rowid DESC) = 1"
    )
    con.execute("ALTER TABLE documents ALTER COLUMN ingested_at SET DEFAULT current_timestamp")
    con.execute("ALTER TABLE documents ADD COLUMN IF NOT EXISTS text_how VARCHAR")
    con.execute("DROP TABLE documents_v1")
    con.execute("CREATE INDEX documents_hash ON documents (content_hash)")
    con.execute("CREATE UNIQUE INDEX documents_id ON documents (doc_id)")
    if doubled:
        for table in ("posts", "mentions", "times", "event_mentions"):
            con.execute(f"DELETE FROM {table} WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))", [doubled])
        con.execute("DELETE FROM events WHERE event_id NOT IN (SELECT event_id FROM event_mentions)")
        con.execute(
            "INSERT INTO skips (source, reason) SELECT unnest(?::VARCHAR[]), "
            "'stored twice under one id by an older version; its analysis was removed: ingest it again'",
            [doubled],
        )


@migration
def _v4_datelines(con: duckdb.DuckDBPyConnection) -> None:
    """`documents.origin`, `agency` and `dateline_date`: what a wire report's dateline says (the
    place it was filed from, the agency, the day). Documents stored before stay NULL until ingested
    again."""
    for col in ("origin", "agency", "dateline_date"):
        con.execute(f"ALTER TABLE documents ADD COLUMN IF NOT EXISTS {col} VARCHAR")


def version(con: duckdb.DuckDBPyConnection) -> int:
    """The schema version of an open database (0 for an empty file)."""
    con.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER, applied_at TIMESTAMP)")
    row = con.execute("SELECT max(version) FROM schema_version").fetchone()
    return int(row[0]) if row and row[0] is not None else 0


def migrate(con: duckdb.DuckDBPyConnection) -> int:
    """Apply every migration the database lacks; returns the resulting version."""
    current = version(con)
    for n, fn in enumerate(MIGRATIONS, start=1):
        if n > current:
            fn(con)
            con.execute("INSERT INTO schema_version VALUES (?, current_timestamp)", [n])
    return len(MIGRATIONS)
