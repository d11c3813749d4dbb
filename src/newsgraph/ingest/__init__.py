"""The ingest stage: turn files, folders, JSON Lines corpora, feeds and URLs into `Document`s.

    read_inputs(inputs)          any mix of paths and http(s) URLs
    ├── read_path(path)          a folder (recursive, sorted, hidden entries skipped) or one file:
    │   ├── .txt .md .text       plain text in UTF-8, UTF-16, Shift_JIS or EUC-JP (_text)
    │   ├── .html .htm           main text, tweets kept as posts, title, date (_html)
    │   ├── .jsonl               one document per line (_jsonl)
    │   ├── .xml .rss .atom      one document per feed entry (_feed)
    │   └── anything else        tried as plain text; binary is refused
    └── read_url(url)            fetched (_url), then read as HTML, text or a feed by content type
    read_data(bytes, name, src)  a file's bytes fetched elsewhere, read by its name as read_path would
    read_json_line / read_record one JSON Lines line (_jsonl), or one record already parsed (_data)

Every reader yields a `Document` per readable document and a `Skip(source, reason)` per dropped
one; no reader raises for a bad document. `Document.text` is the canonical text every later offset
points into: decoded text with `\\n` line ends and no BOM, or the extracted main text of a page.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

from newsgraph.ingest._common import DEFAULT_OPTIONS, IngestOptions, content_hash, detect_language, guarded
from newsgraph.ingest._data import JSONL_SUFFIXES, read_data, read_record, suffix_of
from newsgraph.ingest._folder import read_path as _read_path
from newsgraph.ingest._jsonl import read_json_line
from newsgraph.ingest._url import read_url as _read_url
from newsgraph.model import Document, Skip

__all__ = [
    "JSONL_SUFFIXES",
    "IngestOptions",
    "content_hash",
    "detect_language",
    "read_data",
    "read_inputs",
    "read_json_line",
    "read_path",
    "read_record",
    "read_url",
    "suffix_of",
]


def _is_url(value: str) -> bool:
    scheme, sep, _ = value.partition("://")
    return bool(sep) and scheme.isalpha()


def read_path(path: Path, options: IngestOptions = DEFAULT_OPTIONS) -> Iterator[Document | Skip]:
    """Yield the documents of a file or folder (see the module docstring for the formats)."""
    yield from _read_path(path, options)


def read_url(url: str, options: IngestOptions = DEFAULT_OPTIONS) -> Iterator[Document | Skip]:
    """Fetch an http(s) URL and yield its document (a page or a text) or its entries (a feed).

    Failures (other schemes, HTTP errors, timeouts, bodies over `options.max_bytes`) are one `Skip`.
    """
    yield from guarded(url, lambda: _read_url(url, options))


def read_inputs(inputs: Sequence[str], options: IngestOptions = DEFAULT_OPTIONS) -> Iterator[Document | Skip]:
    """Yield a `Document` per readable document in `inputs` and a `Skip` per dropped one.

    Each input is a file, a folder, a JSON Lines corpus, an RSS/Atom feed file, or a URL (anything
    with a `scheme://` prefix; schemes other than http and https are skipped). A missing path is a
    `Skip` too; only programming errors raise.
    """
    for value in inputs:
        if _is_url(value):
            yield from read_url(value, options)
        else:
            yield from read_path(Path(value), options)
