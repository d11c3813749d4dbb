"""Documents from data already in memory: a file's bytes or one parsed record (one JSON Lines
line is `_jsonl.read_json_line`).

Engines that fetch the data themselves (the Spark job reads files from any Hadoop file system) hand
them here, so that they read every format exactly as `read_path` does.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from pathlib import PurePosixPath
from typing import Any

from newsgraph.ingest._common import (
    DEFAULT_OPTIONS,
    FEED_SUFFIXES,
    HTML_SUFFIXES,
    IngestOptions,
    Item,
    guarded,
    make_document,
)
from newsgraph.ingest._feed import read_feed
from newsgraph.ingest._html import decode_html, read_html
from newsgraph.ingest._jsonl import read_json_lines, record_document
from newsgraph.ingest._text import decode_bytes
from newsgraph.model import Skip

JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz")


def suffix_of(name: str) -> str:
    """A file name's format suffix, lower case (`.jsonl.gz` counts as one)."""
    lower = name.lower()
    return ".jsonl.gz" if lower.endswith(".jsonl.gz") else PurePosixPath(lower).suffix


def read_data(
    data: bytes, name: str, source: str, options: IngestOptions = DEFAULT_OPTIONS
) -> Iterator[Item]:
    """The documents in the bytes of the file called `name` (read by its extension, as `read_path`
    does; `.jsonl.gz` is decompressed), each bad one a `Skip` naming `source`."""
    suffix = suffix_of(name)
    stem = name.split(".")[0] if suffix == ".jsonl.gz" else PurePosixPath(name).stem
    if suffix in JSONL_SUFFIXES:
        if suffix == ".jsonl.gz":
            try:
                data = gzip.decompress(data)
            except (OSError, EOFError) as exc:
                yield Skip(source, f"not a readable gzip file ({exc}); check the file")
                return
        yield from read_json_lines(data.splitlines(), source, options)
    elif suffix in HTML_SUFFIXES:
        yield from guarded(source, lambda: [read_html(decode_html(data, source), id=stem, source=source)])
    elif suffix in FEED_SUFFIXES:
        yield from guarded(source, lambda: read_feed(data, source, options))
    else:
        yield from guarded(
            source, lambda: [make_document(id=stem, text=decode_bytes(data, source), source=source)]
        )


def read_record(record: dict[str, Any], source: str) -> Iterator[Item]:
    """The document of one parsed record (a JSON Lines object or a Parquet row; None means absent)."""

    def read() -> list[Item]:
        return [record_document({k: v for k, v in record.items() if v is not None}, source)]

    yield from guarded(source, read)
