"""Per-type behaviour of the event coder, read from `types.yaml`: quad class, speech acts, reactions,
whose source a post's author is, two-party events, omitted targets, and the role a place takes."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from newsgraph.errors import KnowledgeBaseError
from newsgraph.model import PLOVER_TYPES

HERE = Path(__file__).parent
QUADS = ("verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict")
_KEYS = {
    "quad", "verbal", "reaction", "author_speaks", "two_party", "mutual", "counterpart", "place", "intent",
    "moves", "civil", "state", "joint", "stance", "outward", "fired", "about", "home", "armed", "declared",
}  # fmt: skip


@dataclass(frozen=True)
class TypeInfo:
    """What one PLOVER type means to the coder (see the comments in `types.yaml`)."""

    name: str
    quad: str
    verbal: bool = False
    stance: bool = False  # a speech act that holds a position: 〜ている on it goes on (反対している)
    declared: bool = False  # the act is a stated intention (a threat): 考えを示した tells it made
    reaction: bool = False
    about: bool = False  # aimed at no one abroad, at the owner of what the sentence is about
    author_speaks: bool = False
    two_party: bool = False
    mutual: bool = False  # through a symmetric trigger, each party acts on every other (会談, 衝突)
    counterpart: bool = False
    place: str | None = None  # "source" | "target"
    intent: str | None = None  # the type an expressed intention to do this act codes as (THREATEN)
    moves: bool = False  # に names where the act sends its forces, never who acts (国境に投入された)
    outward: bool = False  # done to another: never aimed at its source's own country (日本からの輸出を禁止)
    home: bool = False  # with no one named, aimed at its source's own country (a protest: its state)
    civil: str | None = None  # the type a crowd of civilians doing this act in the street codes as
    joint: str | None = None  # the type the act codes as when two countries or more do it together
    armed: str | None = None  # the type an arrival codes as when forces arrive (troops arrived in Poland)
    state: tuple[
        str, ...
    ] = ()  # the modes only a state does (arrest): a passive with no agent is the state's
    # by mode, the type a launch aimed at another country's ground codes as (fired drones at Kyiv)
    fired: Mapping[str, str] = field(default_factory=dict)


def load_types(path: Path = HERE / "types.yaml") -> dict[str, TypeInfo]:
    """Read and check the table: every PLOVER type once; raises KnowledgeBaseError naming the entry."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    table = data.get("types") if isinstance(data, dict) else None
    if not isinstance(table, dict) or set(table) != set(PLOVER_TYPES):
        raise KnowledgeBaseError("`types` must list every PLOVER type once", path=str(path), entry="types")
    out: dict[str, TypeInfo] = {}
    for name, raw in table.items():
        if not isinstance(raw, dict) or set(raw) - _KEYS or raw.get("quad") not in QUADS:
            raise KnowledgeBaseError(f"keys {sorted(_KEYS)}, quad one of {QUADS}", path=str(path), entry=name)
        if raw.get("place") not in (None, "source", "target"):
            raise KnowledgeBaseError("place is `source` or `target`", path=str(path), entry=name)
        if any(raw.get(k) not in (None, *PLOVER_TYPES) for k in ("intent", "civil", "joint", "armed")):
            raise KnowledgeBaseError(
                "intent, civil, joint and armed are PLOVER types", path=str(path), entry=name
            )
        fired = raw.get("fired", {})
        if not isinstance(fired, dict) or not all(
            isinstance(m, str) and v in PLOVER_TYPES for m, v in fired.items()
        ):
            raise KnowledgeBaseError("fired maps modes to PLOVER types", path=str(path), entry=name)
        state = raw.pop("state", [])
        if not isinstance(state, list) or not all(isinstance(m, str) for m in state):
            raise KnowledgeBaseError("state is a list of modes", path=str(path), entry=name)
        out[name] = TypeInfo(name, **raw, state=tuple(state))
    return out


@functools.cache
def types() -> dict[str, TypeInfo]:
    """The built-in table, loaded once per process."""
    return load_types()


def having(flag: str) -> tuple[str, ...]:
    """The types whose `flag` (verbal, reaction, author_speaks, two_party) is set, in PLOVER order."""
    table = types()
    return tuple(t for t in PLOVER_TYPES if getattr(table[t], flag))
