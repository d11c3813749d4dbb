"""The nlp stage: GiNZA (`ja_ginza`) loaded once per process, sentence splitting and chunking.

`load()` returns the shared spaCy pipeline; `parse(texts)` runs it over many texts in batches.
GiNZA refuses inputs above Sudachi's limit (49,149 bytes), so long texts are cut into chunks at
sentence ends first (see `chunks`).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from newsgraph.errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

MODEL = "ja_ginza"
MAX_BYTES = 40_000  # under Sudachi's 49,149-byte input limit, with room for multi-byte growth
SENTENCE_ENDS = "。！？!?\n"


@functools.cache
def load(model: str = MODEL, disable: tuple[str, ...] = ()) -> Language:
    """Load a GiNZA pipeline once per process (cached by name and disabled pipes)."""
    try:
        import spacy

        return spacy.load(model, disable=list(disable))
    except OSError as exc:  # model package missing
        raise ModelError(
            f"cannot load the {model!r} model ({exc}); install it with `pip install ja-ginza`"
        ) from exc


def chunks(text: str, max_bytes: int = MAX_BYTES) -> Iterator[tuple[int, str]]:
    """Yield `(offset, chunk)` pieces of `text`, each under `max_bytes` UTF-8 bytes.

    Cuts after a sentence end where possible, else at the byte limit.
    """
    start = 0
    while start < len(text):
        end = start
        size = 0
        last_break = -1
        while end < len(text):
            size += len(text[end].encode("utf-8"))
            if size > max_bytes:
                break
            if text[end] in SENTENCE_ENDS:
                last_break = end + 1
            end += 1
        if end < len(text) and last_break > start:
            end = last_break
        yield start, text[start:end]
        start = end


def parse(texts: Iterable[str], model: str = MODEL, batch_size: int = 64) -> Iterator[Doc]:
    """Run GiNZA over `texts` (each under the input limit) and yield one spaCy Doc per text."""
    nlp = load(model)
    yield from nlp.pipe(texts, batch_size=batch_size)


def ner_spans(texts: Sequence[str], model: str = MODEL) -> list[list[tuple[int, int, str]]]:
    """GiNZA's named-entity spans `(start, end, label)` per text, offsets relative to each text."""
    return [[(e.start_char, e.end_char, e.label_) for e in doc.ents] for doc in parse(texts, model)]
