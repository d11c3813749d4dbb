"""What an unlinked name names: its naming category from its ending, else from its GiNZA label.

`categorize(text, start, end, label, naming)` gives the name's extent and category: a family
(伊藤家) is named by its family name, a person; a battle grows over its tail (関ヶ原の戦い); an
event's year or edition written before it is part of its name (2008年北京オリンピック, 第25回…);
then the first category whose ending the name has (`name_categories` in `link/data/rules.yaml`),
then the category of its GiNZA label unless that label is untrusted. `entity_type` turns a category
into the type and sector of a `local:` entity.
"""

from __future__ import annotations

import re

from newsgraph.link._rules import Naming
from newsgraph.model import EntityType
from newsgraph.text import is_katakana

__all__ = ["CATEGORIES", "categorize", "entity_type"]

CATEGORIES = ("person", "company", "political", "organization", "place", "facility", "product", "event")
POLITICAL_SECTORS = frozenset({"GOV", "LEG", "PTY", "MIL", "JUD", "IGO"})
_EDITION = re.compile(r"(?:\d{4}年?|第\d+回)\s?$")


def categorize(text: str, start: int, end: int, label: str, naming: Naming) -> tuple[int, int, str | None]:
    """The extent `(start, end)` and naming category of the name `text[start:end]` GiNZA labelled
    `label` (`""` when no label); the category is None when nothing shows what it names."""
    if label == "Family":
        for tail in naming.family_tails:
            if text.endswith(tail, start, end) and end - start > len(tail):
                return start, end - len(tail), "person"
        return start, end, None
    for tail in naming.battle_tails:
        if text.startswith(tail, end):
            return _with_edition(text, start), end + len(tail), "event"
    category = _by_ending(text[start:end], label, naming)
    if category is None and label not in naming.untrusted_labels:
        category = naming.ner_categories.get(label)
    if category == "event":
        start = _with_edition(text, start)
    return start, end, category


def entity_type(category: str, label_type: str | None, sector: str | None) -> tuple[EntityType, str | None]:
    """The type and sector of a local entity of `category`. `label_type` is the type its GiNZA label
    gives (a newspaper is MEDIA), `sector` the one its wording gives (軍 → MIL), if any."""
    if category == "person":
        return "PERSON", sector
    if category == "company":
        if label_type == "MEDIA" or sector == "MED":
            return "MEDIA", "MED"
        return "ORG", "BUS"
    if category == "political":
        return "ORG", sector if sector in POLITICAL_SECTORS else "GOV"
    if category == "organization":
        return "ORG", sector if sector not in POLITICAL_SECTORS and sector != "BUS" else None
    if category == "place":
        return ("LOC" if label_type == "LOC" else "GPE"), None
    if category == "facility":
        return "FACILITY", None
    if category == "product":
        return ("MEDIA", "MED") if label_type == "MEDIA" else ("WORK", None)
    return "EVENT", None


def _by_ending(surface: str, label: str, naming: Naming) -> str | None:
    """The category a name's ending shows; a person's name only counts one-character endings that
    cannot end a surname (高橋 is a surname, not a bridge)."""
    if surface[:1].isdigit():
        return None  # 3社, 2010年大会: counts and dates, not names
    if surface.startswith(naming.company_prefixes):
        return "company"
    person = label == "Person"
    short_ok = not person or len(surface) >= 4 or any(is_katakana(c) for c in surface)
    for category, endings in naming.categories:
        for ending in endings:
            if person and len(ending) == 1 and not (short_ok and ending in naming.person_short_endings):
                continue
            if not surface.endswith(ending) or len(surface) <= len(ending):
                continue
            # in a person's span, an ending that also ends surnames must be a word of its own
            # (ペイン・フィールド), not the end of the surname (マンスフィールド)
            before = surface[-len(ending) - 1]
            if person and ending in naming.surname_endings and (is_katakana(before) or before == "ー"):
                continue
            return category
    return None


def _with_edition(text: str, start: int) -> int:
    m = _EDITION.search(text[max(0, start - 8) : start])
    return start - len(m.group(0)) if m else start
