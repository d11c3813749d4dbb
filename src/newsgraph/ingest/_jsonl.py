"""JSON Lines corpora: one document per line.

Each line is `{"id", "text" or "html", "url", "published", "title", "language"}`, `id` and `text`
(or `html`, read like an HTML page) required.

A corpus can be far larger than one document, so it is read line by line and `max_bytes` caps each
line rather than the file. A bad line becomes a `Skip` whose source is `file.jsonl:LINE`; the
lines after it are still read.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import Any

from newsgraph.dates import plausible_day
from newsgraph.errors import InputError, UnsupportedInput
from newsgraph.ingest._common import (
    DEFAULT_OPTIONS,
    IngestOptions,
    Item,
    canonical_text,
    guarded,
    make_document,
    normalise_date,
)
from newsgraph.ingest._html import read_html
from newsgraph.model import Document
from newsgraph.timex.interval import interval

log = logging.getLogger(__name__)

OPTIONAL_FIELDS = ("url", "published", "title", "language")


def _optional(record: dict[str, Any], name: str) -> str | None:
    value = record.get(name)
    if value is None:
        return None
    if not isinstance(value, str):
        raise InputError(f"field {name!r} must be a string or null, not {type(value).__name__}")
    return value.strip() or None


def _checked_date(value: str) -> str | None:
    """A record's `published` if it names plausible days: an ISO value at any granularity kept as
    written (`2024-W10`, `2024-Q1`), other date forms normalised; None for `2024-13-45`."""
    days = interval(value)
    if days is not None:
        return value if plausible_day(days[0].year) and plausible_day(days[1].year) else None
    return normalise_date(value)


def record_document(record: Any, source: str) -> Document:
    """The `Document` for one parsed JSON Lines record; raises `InputError` naming what is wrong."""
    if not isinstance(record, dict):
        raise InputError(f"expected a JSON object, got {type(record).__name__}")
    doc_id = record.get("id")
    if isinstance(doc_id, int) and not isinstance(doc_id, bool):
        doc_id = str(doc_id)
    if not isinstance(doc_id, str) or not doc_id.strip():
        raise InputError("missing 'id' (a non-empty string); every line needs one")
    url, raw_published, title, language = (_optional(record, name) for name in OPTIONAL_FIELDS)
    published = _checked_date(raw_published) if raw_published else None
    if raw_published and published is None:
        # the date is inferred from the text as if none was given, never taken on trust
        log.warning(
            "%s: refused the date %r (not a real date); inferring it from the text", source, raw_published
        )
    text = record.get("text")
    html = record.get("html")
    if isinstance(text, str):
        document = make_document(id=doc_id, text=canonical_text(text), source=source, url=url, title=title)
    elif isinstance(html, str):
        document = read_html(html, id=doc_id, source=source, url=url)
    else:
        raise InputError("missing 'text' (or 'html'), a string with the document")
    # The corpus's own metadata is more trusted than what the text or page says.
    changes: dict[str, Any] = {}
    if published:
        changes.update(published=published, published_how="metadata")
    if title:
        changes["title"] = title
    if language:
        changes["language"] = language
    return replace(document, **changes) if changes else document


def _read_line(raw: bytes, source: str, options: IngestOptions) -> Iterator[Item]:
    if len(raw) > options.max_bytes:
        raise UnsupportedInput(f"line larger than {options.max_bytes} bytes; raise max_bytes to read it")
    try:
        record = json.loads(raw.decode("utf-8"))
        # A lone surrogate (`"\\ud800"`) parses but is not text: it cannot be stored or hashed.
        json.dumps(record, ensure_ascii=False).encode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"not UTF-8 ({exc.reason}); JSON Lines files must be UTF-8") from exc
    except UnicodeEncodeError as exc:
        raise InputError("a lone surrogate escape (such as \\ud800) in a string; fix the line") from exc
    except json.JSONDecodeError as exc:
        raise InputError(f"invalid JSON ({exc.msg} at column {exc.colno})") from exc
    except RecursionError as exc:
        raise InputError("JSON nested too deeply; a document is one flat object") from exc
    yield record_document(record, source)


def read_jsonl(path: Path, options: IngestOptions) -> Iterator[Item]:
    """Yield a `Document` per good line of a JSON Lines file and a `Skip` per bad one; skip blank lines."""
    if not path.is_file():
        raise UnsupportedInput("not a regular file", str(path))
    with path.open("rb") as lines:
        yield from read_json_lines(lines, str(path), options)


def read_json_lines(lines: Iterable[bytes], source: str, options: IngestOptions) -> Iterator[Item]:
    """A `Document` per good line and a `Skip` per bad one, each named `source:N`; blank lines and
    the UTF-8 BOM some editors write before the first line are skipped."""
    for number, raw in enumerate(lines, start=1):
        if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        if raw.strip():
            yield from read_json_line(raw, f"{source}:{number}", options)


def read_json_line(raw: bytes, source: str, options: IngestOptions = DEFAULT_OPTIONS) -> Iterator[Item]:
    """The document of one JSON Lines line (`{"id", "text", ...}`), or a `Skip` saying what is wrong."""
    yield from guarded(source, partial(_read_line, raw, source, options))
