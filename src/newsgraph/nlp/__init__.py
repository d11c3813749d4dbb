"""The nlp stage: GiNZA (`ja_ginza`) loaded once per process, sentence splitting and chunking.

`load()` returns the shared spaCy pipeline; `parse(texts)` runs it over many texts in batches.
GiNZA refuses inputs above Sudachi's limit (49,149 bytes), so long texts are cut into chunks at
sentence ends first (see `chunks`).

The pipeline asks only for what its stages read: `entity_spans(sentences)` runs a copy of the model
with the `tok2vec` and `ner` pipes alone (`load_pipes`), which gives the same entities as the full
model in less time and memory. `read_docs(texts, read)` runs the whole model, parser included, and
hands each Doc to `read`: the pipeline reads entity spans and clauses off one parse that way. Its
callers send it only the sentences that can hold an event. Both parse in batches of at most
`BATCH_CHARS` characters and keep no Doc after reading it, so that memory stays bounded on any input.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, TypeVar

from newsgraph.errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

MODEL = "ja_ginza"
T = TypeVar("T")
ENTITY_PIPES = ("tok2vec", "ner")
# What the event coder's clauses read: the parse, POS, entities and bunsetsu; the compound splitter
# and the attribute ruler change nothing they read (same spans and clauses without them).
PARSE_PIPES = ("tok2vec", "parser", "ner", "morphologizer", "bunsetu_recognizer")
MAX_BYTES = 40_000  # under Sudachi's 49,149-byte input limit, with room for multi-byte growth
# Characters parsed at once. The model keeps every layer's output for a whole batch until the batch
# is done (about 37 KB a character for ja_ginza), so a batch is bounded by its length as well as by
# its number of texts: 10,000 characters hold the process near 900 MB however long the input.
BATCH_CHARS = 10_000
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


def pipe_names(model: str = MODEL) -> tuple[str, ...]:
    """The names of the pipes a model package declares, read from its metadata without loading it."""
    import spacy.util

    try:
        meta = spacy.util.load_meta(spacy.util.get_package_path(model) / "meta.json")
    except (OSError, ValueError) as exc:  # not an installed package: a model folder
        try:
            meta = spacy.util.load_meta(spacy.util.ensure_path(model) / "meta.json")
        except (OSError, ValueError):
            raise ModelError(
                f"cannot read the {model!r} model ({exc}); install it with `pip install ja-ginza`"
            ) from exc
    return tuple(meta.get("pipeline") or meta.get("components") or ())


@functools.cache
def load_pipes(model: str = MODEL, keep: tuple[str, ...] = ENTITY_PIPES) -> Language:
    """Load `model` with only the pipes in `keep` (the others are not loaded at all); once per process."""
    try:
        import spacy

        exclude = [name for name in pipe_names(model) if name not in keep]
        return spacy.load(model, exclude=exclude)
    except OSError as exc:
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


# A gloss in brackets after a word (ジェノサイド(民族大量虐殺)条約, 即応支援部隊(RSF)は, ビザ(査証)の): the
# parser reads the words around it better without it. Words put in brackets with their particle are
# part of the sentence («(ウクライナは)代償を払う»: who is meant), and stay.
_GLOSS = re.compile(r"[(（][^()（）「」『』。\n]{0,29}[^()（）「」『』。\n\u3040-\u309f][)）]")


def without_glosses(text: str) -> tuple[str, list[int]]:
    """`text` with its bracketed glosses taken out, and for each offset of the result (and its end)
    the offset it has in `text`."""
    kept: list[str] = []
    where: list[int] = []
    last = 0
    for m in _GLOSS.finditer(text):
        kept.append(text[last : m.start()])
        where.extend(range(last, m.start()))
        last = m.end()
    kept.append(text[last:])
    where.extend(range(last, len(text)))
    where.append(len(text))
    return "".join(kept), where


def parse(texts: Iterable[str], model: str = MODEL, batch_size: int = 64) -> Iterator[Doc]:
    """Run GiNZA over `texts` (each under the input limit) and yield one spaCy Doc per text."""
    nlp = load(model)
    yield from nlp.pipe(texts, batch_size=batch_size)


def read_docs(
    texts: Sequence[str],
    read: Callable[[Doc, int], list[T]],
    model: str = MODEL,
    keep: tuple[str, ...] | None = None,
    batch_size: int = 256,
    batch_chars: int = BATCH_CHARS,
) -> list[list[T]]:
    """What `read(doc, offset)` finds in each text, parsed in batches of at most `batch_size` texts
    and `batch_chars` characters (a longer text is a batch of its own).

    `keep` names the pipes to load (None: the whole model, parser included). Texts over the input
    limit are cut with `chunks`; `offset` is where the piece starts in its text, so that `read` can
    give offsets relative to the text.
    """
    nlp = load(model) if keep is None else load_pipes(model, keep)
    pieces: list[tuple[int, int, str]] = []  # (text index, offset in it, piece)
    for i, text in enumerate(texts):
        if len(text.encode("utf-8")) <= MAX_BYTES:
            pieces.append((i, 0, text))
        else:
            pieces.extend((i, offset, chunk) for offset, chunk in chunks(text))
    out: list[list[T]] = [[] for _ in texts]
    for batch in batches(pieces, lambda p: len(p[2]), batch_size, batch_chars):
        docs = nlp.pipe([p[2] for p in batch], batch_size=len(batch))
        for (i, offset, _), doc in zip(batch, docs, strict=True):
            out[i].extend(read(doc, offset))
    return out


def batches(items: Iterable[T], size: Callable[[T], int], max_items: int, max_size: int) -> Iterator[list[T]]:
    """`items` in order, in lists of at most `max_items` items whose sizes add up to at most
    `max_size` (an item larger than that makes a list of its own)."""
    batch: list[T] = []
    total = 0
    for item in items:
        n = size(item)
        if batch and (len(batch) >= max_items or total + n > max_size):
            yield batch
            batch, total = [], 0
        batch.append(item)
        total += n
    if batch:
        yield batch


def entity_spans(
    texts: Sequence[str],
    model: str = MODEL,
    batch_size: int = 256,
    spans: Callable[[Doc], list[tuple[int, int, str]]] | None = None,
) -> list[list[tuple[int, int, str]]]:
    """Entity spans `(start, end, label)` per text from the entity-only pipes, in one `nlp.pipe` call.

    `spans` reads the spans off a parsed Doc (default: its `ents`; the linker passes its repairs).
    Texts over the input limit are cut with `chunks`; offsets stay relative to each text.
    """
    get = spans or (lambda doc: [(e.start_char, e.end_char, e.label_) for e in doc.ents])

    def read(doc: Doc, offset: int) -> list[tuple[int, int, str]]:
        return [(offset + a, offset + b, label) for a, b, label in get(doc)]

    return read_docs(texts, read, model, ENTITY_PIPES, batch_size)
