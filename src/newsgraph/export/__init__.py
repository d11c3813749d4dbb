"""Exports: document records (JSON Lines), and every table as CSV or Parquet files."""

from __future__ import annotations

import sys
from pathlib import Path

from newsgraph.export.records import to_record, write_records
from newsgraph.store import Store
from newsgraph.store.schema import TABLES

__all__ = ["export_tables", "to_record", "write_records", "write_records_file"]


def write_records_file(store: Store, path: Path) -> int:
    """Write the records of every stored document to `path` (`-` for stdout); returns the count."""
    if str(path) == "-":
        return write_records(store.analyses(), sys.stdout)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".part")
    with tmp.open("w", encoding="utf-8") as fh:
        n = write_records(store.analyses(), fh)
    tmp.replace(path)  # a reader never sees half a file
    return n


def export_tables(store: Store, folder: Path, fmt: str) -> list[Path]:
    """Write each table to `folder/<table>.<fmt>` (csv or parquet) with DuckDB's COPY."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    options = "(FORMAT parquet)" if fmt == "parquet" else "(FORMAT csv, HEADER)"
    with store.connect() as con:
        for table in TABLES:
            target = folder / f"{table}.{fmt}"
            con.execute(f"COPY {table} TO '{target.as_posix()}' {options}")
            written.append(target)
    return written
