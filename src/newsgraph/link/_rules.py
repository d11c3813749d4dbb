"""The linking rules read from `link/data/rules.yaml` (see the comments in that file)."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from newsgraph.errors import KnowledgeBaseError

RULES_FILE = Path(__file__).parent / "data" / "rules.yaml"


@dataclass(frozen=True)
class Rules:
    """Linking rules: honorifics, breakers, abbreviation classes, compound heads, NER label types."""

    honorifics: tuple[str, ...]
    title_modifiers: tuple[str, ...]
    licensing_words: tuple[str, ...]
    title_blockers: tuple[str, ...]
    breakers: tuple[str, ...]
    country_blockers: tuple[str, ...]
    strong: frozenset[str]
    weak: frozenset[str]
    contextual: frozenset[str]
    prefixes: dict[str, frozenset[str]]
    suffixes: dict[str, frozenset[str]]
    relation_heads: tuple[str, ...]
    not_compounds: frozenset[str]
    ambiguous_runs: frozenset[str]
    korea_cues: tuple[str, ...]
    standalone_after: frozenset[str]
    ner_types: dict[str, str]
    name_suffixes: tuple[str, ...]
    name_suffix_labels: dict[str, str]
    name_labels: frozenset[str]
    work_nouns: tuple[str, ...]
    work_after: tuple[str, ...]
    title_max: int
    thing_labels: frozenset[str]
    local_sectors: dict[str, tuple[str, ...]]
    home_government: str | None
    naming: Naming
    ship_prefixes: dict[str, str] = field(default_factory=dict)  # USS → USA: a named ship's navy
    # English news about Korea: "the North" and "the South" are the two Koreas where a cue is named
    korea_sides: dict[str, str] = field(default_factory=dict)
    korea_cues_en: tuple[str, ...] = ()


@dataclass(frozen=True)
class Naming:
    """How an unlinked name is typed (`link._types`): endings by category in order of precedence,
    GiNZA labels by category, and the labels too unreliable to name anything alone."""

    categories: tuple[tuple[str, tuple[str, ...]], ...]
    company_prefixes: tuple[str, ...]
    person_short_endings: frozenset[str]
    surname_endings: frozenset[str]
    family_tails: tuple[str, ...]
    battle_tails: tuple[str, ...]
    ner_categories: dict[str, str]  # GiNZA label → category
    untrusted_labels: frozenset[str]


def _naming(data: dict[str, Any]) -> Naming:
    return Naming(
        categories=tuple((c["category"], tuple(c["endings"])) for c in data["name_categories"]),
        company_prefixes=tuple(data["company_prefixes"]),
        person_short_endings=frozenset(data["person_short_endings"]),
        surname_endings=frozenset(data["surname_endings"]),
        family_tails=tuple(data["family_tails"]),
        battle_tails=tuple(data["battle_tails"]),
        ner_categories={label: cat for cat, labels in data["ner_categories"].items() for label in labels},
        untrusted_labels=frozenset(data["untrusted_labels"]),
    )


def _expand(items: list[str], strong: frozenset[str], weak: frozenset[str]) -> frozenset[str]:
    """Resolve the class names `strong` and `weak` in a list of abbreviations."""
    out: set[str] = set()
    for item in items:
        out |= strong if item == "strong" else weak if item == "weak" else {item}
    return frozenset(out)


def _longest_first(words: list[str]) -> tuple[str, ...]:
    return tuple(sorted(words, key=len, reverse=True))


@functools.cache
def load_rules(path: Path = RULES_FILE) -> Rules:
    """Read and check the rules file once per process."""
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    try:
        strong = frozenset(data["strong"])
        weak = frozenset(data["weak"])
        return Rules(
            honorifics=_longest_first(data["honorifics"]),
            title_modifiers=_longest_first(data["title_modifiers"]),
            licensing_words=_longest_first(data["licensing_words"]),
            title_blockers=tuple(data["title_blockers"]),
            breakers=tuple(data["breakers"]),
            country_blockers=tuple(data["country_blockers"]),
            strong=strong,
            weak=weak,
            contextual=frozenset(data["contextual"]),
            prefixes={k: _expand(v, strong, weak) for k, v in data["prefixes"].items()},
            suffixes={k: _expand(v, strong, weak) for k, v in data["suffixes"].items()},
            relation_heads=_longest_first(data["relation_heads"]),
            not_compounds=frozenset(data["not_compounds"]),
            ambiguous_runs=frozenset(data["ambiguous_runs"]),
            korea_cues=tuple(data["korea_cues"]),
            standalone_after=frozenset(data["standalone_after"]),
            ner_types=dict(data["ner_types"]),
            name_suffixes=_longest_first(list(data["name_suffixes"])),
            name_suffix_labels=dict(data["name_suffixes"]),
            name_labels=frozenset(data["name_labels"]),
            work_nouns=_longest_first(data["work_nouns"]),
            work_after=_longest_first(data["work_after"]),
            title_max=int(data["title_max"]),
            thing_labels=frozenset(data["thing_labels"]),
            local_sectors={k: tuple(v) for k, v in data.get("local_sectors", {}).items()},
            home_government=data.get("home_government"),
            naming=_naming(data),
            ship_prefixes={str(k): str(v) for k, v in (data.get("ship_prefixes") or {}).items()},
            korea_sides={str(k): str(v) for k, v in (data.get("korea_sides") or {}).items()},
            korea_cues_en=tuple(data.get("korea_cues_en") or ()),
        )
    except (KeyError, TypeError) as exc:
        raise KnowledgeBaseError(f"linking rules are missing or malformed ({exc!r})", str(path)) from exc
