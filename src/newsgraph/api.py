"""The one-line Python API: text in, a document record (the shared record format) out.

    >>> import newsgraph
    >>> record = newsgraph.analyze("岸田首相は10日、ホワイトハウスでバイデン大統領と会談した。",
    ...                            published="2024-04-10")            # doctest: +SKIP
    >>> record["events"][0]["type"]                                    # doctest: +SKIP
    'CONSULT'

Both functions reuse one loaded `Pipeline` per set of knowledge-base files, as spaCy's `nlp` object is
reused: the first call loads the models, later calls only analyse.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Iterable, Iterator
from os import PathLike
from pathlib import Path
from typing import Any

from newsgraph.errors import InputError
from newsgraph.export.records import to_record
from newsgraph.ingest import read_record
from newsgraph.model import Document
from newsgraph.pipeline import Options, Pipeline

__all__ = ["analyze", "analyze_many"]

TextLike = str | dict[str, Any]


@functools.cache
def _pipeline(kb_files: tuple[Path, ...]) -> Pipeline:
    return Pipeline(Options(kb_files=kb_files))


def _document(item: TextLike, published: str | None, language: str | None) -> Document:
    """A `Document` from a text, or from a record `{"id", "text", "published", "language", ...}`."""
    record: dict[str, Any] = {"text": item} if isinstance(item, str) else dict(item)
    text = record.get("text")
    if not isinstance(text, str):
        raise InputError("a document needs its text as a string", "analyze")
    record.setdefault("id", hashlib.sha256(text.encode("utf-8")).hexdigest()[:16])
    if published is not None:
        record.setdefault("published", published)
    if language is not None:
        record.setdefault("language", language)
    for found in read_record(record, "analyze"):
        if isinstance(found, Document):
            return found
        raise InputError(found.reason, "analyze")
    raise InputError("nothing to analyse", "analyze")


def analyze(
    text: str,
    *,
    published: str | None = None,
    language: str | None = None,
    kb_files: Iterable[str | PathLike[str]] = (),
) -> dict[str, Any]:
    """Analyse one text and return its document record (`shared/spec/record-format.md`).

    `published` (ISO 8601, any granularity) is the date relative times resolve against; without it
    the date is inferred from the text (the newest embedded post) or left unknown. `language` (`ja`,
    `en`) is detected when not given. `kb_files` are knowledge-base files added to the built-in one.
    Raises `InputError` for an empty text.
    """
    pipeline = _pipeline(tuple(Path(p) for p in kb_files))
    return to_record(pipeline.run(_document(text, published, language)))


def analyze_many(
    texts: Iterable[TextLike],
    *,
    published: str | None = None,
    language: str | None = None,
    kb_files: Iterable[str | PathLike[str]] = (),
) -> Iterator[dict[str, Any]]:
    """Analyse many texts with one loaded pipeline, yielding one record per text, in order.

    Each item is a text, or a dict with `text` and optionally `id`, `published`, `language`, `title`
    and `url` (the JSON Lines corpus shape); `published` and `language` fill what an item leaves out.
    """
    pipeline = _pipeline(tuple(Path(p) for p in kb_files))
    for item in texts:
        yield to_record(pipeline.run(_document(item, published, language)))
